namespace Antq.Api.Common.Errors;

/// <summary>The caller could not be recognised (401): a wrong password, an unknown or spent refresh token.</summary>
public sealed class UnauthorizedException(string message) : Exception(message);
