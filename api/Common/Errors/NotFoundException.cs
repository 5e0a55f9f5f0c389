using Antq.Api.Common.Api;
namespace Antq.Api.Common.Errors;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException(string resource, Guid id)
    : Exception(Localized.Text($"Không tìm thấy {VietnameseName(resource)} '{id}'.", $"{resource} '{id}' was not found."))
{
    private static string VietnameseName(string resource) => resource switch
    {
        "Unit" => "đơn vị",
        "Event" => "sự kiện",
        "Participant" => "người tham gia",
        "User" => "tài khoản",
        "API key" => "khóa API",
        _ => resource,
    };
}
