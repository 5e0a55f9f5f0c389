using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Resources;

namespace Antq.Api.Common.Api;

/// <summary>
/// How the web client's form labels a field ("Thời gian bắt đầu"), put on the property a client writes. Validation
/// messages name fields this way, so an officer reads "Thời gian bắt đầu phải có giá trị", not "'startsAt' …".
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class FieldLabelAttribute(string vietnamese, string english) : Attribute
{
    public string Vietnamese { get; } = vietnamese;
    public string English { get; } = english;
}

/// <summary>Field names for validation messages: the property's label, else a label shared by every list, else its JSON name.</summary>
public static class FieldLabels
{
    /// <summary>Query parameters every list shares.</summary>
    private static readonly Dictionary<string, (string Vi, string En)> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["page"] = ("Trang", "Page"),
        ["pageSize"] = ("Số dòng mỗi trang", "Page size"),
        ["q"] = ("Từ khóa tìm kiếm", "Search"),
        ["sort"] = ("Sắp xếp", "Sort"),
        ["from"] = ("Từ ngày", "From"),
        ["to"] = ("Đến ngày", "To"),
    };

    public static void Use()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Of(member);
        ValidatorOptions.Global.LanguageManager = new PlainLanguageManager();
    }

    public static string Of(MemberInfo member)
    {
        if (member.GetCustomAttribute<FieldLabelAttribute>() is { } label)
            return Localized.Text(label.Vietnamese, label.English);
        var name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        return Shared.TryGetValue(name, out var shared) ? Localized.Text(shared.Vi, shared.En) : name;
    }

    /// <summary>FluentValidation's messages without quotes around the field, since the field is now a label.</summary>
    private sealed class PlainLanguageManager : LanguageManager
    {
        public PlainLanguageManager()
        {
            Add("NotEmptyValidator", "{PropertyName} không được để trống.", "{PropertyName} must not be empty.");
            Add("NotNullValidator", "{PropertyName} phải có giá trị.", "{PropertyName} is required.");
            Add("MaximumLengthValidator", "{PropertyName} dài tối đa {MaxLength} ký tự (đang có {TotalLength}).",
                "{PropertyName} must be at most {MaxLength} characters long (it has {TotalLength}).");
            Add("MinimumLengthValidator", "{PropertyName} phải dài ít nhất {MinLength} ký tự.", "{PropertyName} must be at least {MinLength} characters long.");
            Add("LengthValidator", "{PropertyName} phải dài từ {MinLength} đến {MaxLength} ký tự.", "{PropertyName} must be {MinLength} to {MaxLength} characters long.");
            Add("GreaterThanValidator", "{PropertyName} phải lớn hơn {ComparisonValue}.", "{PropertyName} must be greater than {ComparisonValue}.");
            Add("GreaterThanOrEqualValidator", "{PropertyName} phải từ {ComparisonValue} trở lên.", "{PropertyName} must be at least {ComparisonValue}.");
            Add("LessThanValidator", "{PropertyName} phải nhỏ hơn {ComparisonValue}.", "{PropertyName} must be less than {ComparisonValue}.");
            Add("LessThanOrEqualValidator", "{PropertyName} không được quá {ComparisonValue}.", "{PropertyName} must be at most {ComparisonValue}.");
            Add("InclusiveBetweenValidator", "{PropertyName} phải từ {From} đến {To}.", "{PropertyName} must be from {From} to {To}.");
            Add("EmailValidator", "{PropertyName} không phải địa chỉ email hợp lệ.", "{PropertyName} is not a valid email address.");
            Add("EnumValidator", "{PropertyName} có giá trị không hợp lệ.", "{PropertyName} has a value that is not allowed.");
            Add("RegularExpressionValidator", "{PropertyName} không đúng định dạng.", "{PropertyName} is not in the expected format.");
            Add("PredicateValidator", "{PropertyName} không hợp lệ.", "{PropertyName} is not valid.");
            Add("AsyncPredicateValidator", "{PropertyName} không hợp lệ.", "{PropertyName} is not valid.");
        }

        private void Add(string key, string vi, string en)
        {
            AddTranslation("vi", key, vi);
            AddTranslation("en", key, en);
        }
    }
}
