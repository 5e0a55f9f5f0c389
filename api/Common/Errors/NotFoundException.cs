namespace Antq.Api.Common.Errors;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException(string resource, Guid id) : Exception($"{resource} '{id}' was not found.");
