using Antq.Api.Common.Api;
using FluentValidation;

namespace Antq.Api.Common.Rules;

/// <summary>Rules for text fields that several records share.</summary>
public static class TextRules
{
    /// <summary>
    /// Names, titles and ranks are one line: a line break in one is a mistake (in a spreadsheet, usually a stray quote that
    /// swallowed the next rows), and it would break badges, lists and exports.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || text.AsSpan().IndexOfAny('\r', '\n') < 0)
            .WithMessage(_ => Localized.Text("{PropertyName} phải viết trên một dòng (không xuống dòng).", "{PropertyName} must be on one line (no line breaks)."));
}
