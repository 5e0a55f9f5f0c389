namespace Antq.Api.Domain;

/// <summary>A request that is well-formed but breaks a rule of the current state (answered with 409).</summary>
public sealed class DomainRuleException(string message) : Exception(message);
