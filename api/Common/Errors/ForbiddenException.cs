using Antq.Api.Common.Api;

namespace Antq.Api.Common.Errors;

/// <summary>
/// The caller is known but may not do this here (403), e.g. an editor writing another ward's record; without a message,
/// the unit-scope refusal.
/// </summary>
public sealed class ForbiddenException(string? message = null) : Exception(message ?? Localized.Text(
    "Bạn không có quyền ghi dữ liệu của đơn vị này.",
    "You may not change records of this unit: it is outside the units you are assigned to."));
