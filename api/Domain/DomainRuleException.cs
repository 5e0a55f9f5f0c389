using Antq.Api.Common.Api;
using Antq.Api.Common.Json;

namespace Antq.Api.Domain;

/// <summary>A request that is well-formed but breaks a rule of the current state (answered with 409).</summary>
public sealed class DomainRuleException(string message) : Exception(message)
{
    /// <summary>"Không thể chuyển sự kiện từ draft sang completed (được phép: scheduled, cancelled)." — for any record with a status.</summary>
    public static DomainRuleException TransitionNotAllowed<TStatus>(string recordVi, string recordEn, TStatus from, TStatus to, IReadOnlyList<TStatus> allowed)
        where TStatus : struct, Enum
    {
        var list = string.Join(", ", allowed.Select(s => s.ApiName()));
        return new(Localized.Text(
            $"Không thể chuyển {recordVi} từ {from.ApiName()} sang {to.ApiName()} ({(allowed.Count == 0 ? "đây là trạng thái cuối" : "được phép: " + list)}).",
            $"{char.ToUpperInvariant(recordEn[0])}{recordEn[1..]} cannot move from {from.ApiName()} to {to.ApiName()} ({(allowed.Count == 0 ? "it is final" : "allowed: " + list)})."));
    }
}
