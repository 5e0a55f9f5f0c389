using System.Reflection;
using Antq.Api.Common.Api;
using Antq.Api.Domain;

namespace Antq.Api.Common.Errors;

/// <summary>The addressed record does not exist, or the caller may not know it does (404).</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    /// <summary>"Không tìm thấy sự kiện '…'." with the record's name from its <see cref="RecordNameAttribute"/>.</summary>
    public static NotFoundException Of<T>(object id)
    {
        var name = typeof(T).GetCustomAttribute<RecordNameAttribute>() ?? new RecordNameAttribute("bản ghi", "record");
        return new NotFoundException(Localized.Text($"Không tìm thấy {name.Vietnamese} '{id}'.", $"No {name.English} '{id}' was found."));
    }
}
