using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Rules;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>The fields a client writes when creating or updating a participant.</summary>
public abstract record ParticipantFields
{
    /// <example>individual</example>
    [Required]
    [FieldLabel("Loại", "Kind")]
    public ParticipantKind? Kind { get; init; }

    /// <example>Nguyễn Thị Phượng</example>
    [FieldLabel("Họ tên / tên tập thể", "Name")]
    public string FullName { get; init; } = "";

    [FieldLabel("Cấp bậc", "Rank")]

    public string? Rank { get; init; }

    [FieldLabel("Chức vụ", "Positions")]

    public IReadOnlyList<string>? Positions { get; init; }

    /// <summary>The unit the participant belongs to; unit-scoped editors and keys may write only their units' participants.</summary>
    [FieldLabel("Đơn vị", "Unit")]
    public Guid? UnitId { get; init; }

    /// <example>0912 345 678</example>
    [FieldLabel("Điện thoại", "Phone")]
    public string? Phone { get; init; }

    [FieldLabel("Email", "Email")]

    public string? Email { get; init; }

    [FieldLabel("Ghi chú", "Notes")]

    public string? Notes { get; init; }

    /// <summary>The record holds a place for someone not yet named.</summary>
    [FieldLabel("Bản ghi giữ chỗ", "Placeholder")]
    public bool? IsPlaceholder { get; init; }

    public ParticipantDetails ToDetails() => new(Kind!.Value, FullName, Rank, Positions ?? [], UnitId, Phone, Email, Notes, IsPlaceholder ?? false);
}

public abstract class ParticipantFieldsValidator<T> : AbstractValidator<T> where T : ParticipantFields
{
    // The unit is not looked up before writing: its foreign key refuses a missing one with the same 400 on unitId
    // (ProblemExceptionHandler), one statement less per write. The import checks its rows' units itself.
    protected ParticipantFieldsValidator()
    {
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(300).SingleLine();
        RuleFor(x => x.Rank).MaximumLength(100).SingleLine();
        RuleFor(x => x.Positions).Must(p => p!.Count <= 20).When(x => x.Positions is not null);
        RuleForEach(x => x.Positions).NotEmpty().MaximumLength(300).SingleLine();
        RuleFor(x => x.Phone).Matches(@"^\+?[0-9 .()-]{6,20}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage(_ => Localized.Text("Số điện thoại không hợp lệ.", "Not a valid phone number."));
        RuleFor(x => x.Email).EmailAddress().MaximumLength(254).When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Notes).MaximumLength(4000);
    }
}
