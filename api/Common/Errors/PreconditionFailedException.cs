namespace Antq.Api.Common.Errors;

/// <summary>The client's If-Match names a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException()
    : Exception("The resource was changed by someone else since you read it. Reload it and apply your change again.");
