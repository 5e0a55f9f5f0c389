using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>The fields a client writes when recording or revising an award. Status changes go through transitions.</summary>
public abstract record AwardFields
{
    /// <example>certificateOfCommendation</example>
    [Required]
    [FieldLabel("Hình thức khen thưởng", "Form")]
    public AwardForm? Form { get; init; }

    /// <summary>The unit whose decision it is (a People's Committee, a ministry, an organisation).</summary>
    [Required]
    [FieldLabel("Cơ quan khen thưởng", "Issuing unit")]
    public Guid? IssuerUnitId { get; init; }

    /// <summary>Unique per issuer and year; required once the award is approved.</summary>
    /// <example>1234/QĐ-UBND</example>
    [FieldLabel("Số quyết định", "Decision number")]
    public string? DecisionNumber { get; init; }

    /// <example>2023-08-10</example>
    [FieldLabel("Ngày quyết định", "Decision date")]
    public DateOnly? DecisionDate { get; init; }

    /// <summary>An individual, a collective or a household participant.</summary>
    [Required]
    [FieldLabel("Người/tập thể được khen", "Recipient")]
    public Guid? RecipientId { get; init; }

    /// <summary>What the award is for, as the decision words it.</summary>
    /// <example>Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023</example>
    [FieldLabel("Thành tích", "Citation")]
    public string Citation { get; init; } = "";

    /// <summary>The event where it was (or will be) presented.</summary>
    [FieldLabel("Sự kiện trao", "Event")]
    public Guid? EventId { get; init; }

    /// <summary>The security initiative whose results it rewards.</summary>
    [FieldLabel("Mô hình", "Initiative")]
    public Guid? InitiativeId { get; init; }

    /// <summary>The participant who presented it; need not belong to the issuer.</summary>
    [FieldLabel("Người trao", "Presenter")]
    public Guid? PresentedById { get; init; }

    /// <example>2023-08-14</example>
    [FieldLabel("Ngày trao", "Presentation date")]
    public DateOnly? PresentedOn { get; init; }

    [FieldLabel("Ghi chú", "Notes")]
    public string? Notes { get; init; }

    public AwardDetails ToDetails() => new(Form!.Value, IssuerUnitId!.Value, DecisionNumber, DecisionDate, RecipientId!.Value, Citation, EventId,
        InitiativeId, PresentedById, PresentedOn, Notes);
}

/// <summary>The law's rules, written once for create and update; the constructor is told which status the award will have.</summary>
public abstract class AwardFieldsValidator<T> : AbstractValidator<T> where T : AwardFields
{
    protected AwardFieldsValidator(AntqDbContext db, TimeProvider time, Func<T, CancellationToken, Task<AwardStatus?>> statusOf)
    {
        var today = VietnamTime.DayOf(time.GetUtcNow());
        RuleFor(x => x.Form).NotNull().IsInEnum();
        RuleFor(x => x.IssuerUnitId).NotNull();
        RuleFor(x => x.RecipientId).NotNull().MustBeAnExistingParticipant(db);
        RuleFor(x => x.PresentedById).MustBeAnExistingParticipant(db);
        RuleFor(x => x.Citation).NotEmpty().MaximumLength(1000).SingleLine();
        RuleFor(x => x.DecisionNumber).MaximumLength(100).SingleLine();
        RuleFor(x => x.Notes).MaximumLength(4000);
        // A decision is recorded once it is made: not dated in the future.
        RuleFor(x => x.DecisionDate).InclusiveBetween(VietnamTime.FirstDay, today)
            .WithMessage(_ => Localized.Text("Ngày quyết định phải từ năm 1900 đến hôm nay.", "The decision date must lie between 1900 and today."));
        RuleFor(x => x.PresentedOn).InclusiveBetween(VietnamTime.FirstDay, VietnamTime.LastDay);
        RuleFor(x => x.PresentedOn)
            .GreaterThanOrEqualTo(x => x.DecisionDate).When(x => x.DecisionDate is not null && x.PresentedOn is not null)
            .WithMessage(_ => Localized.Text("Ngày trao không được trước ngày quyết định.", "The presentation date must not be before the decision date."));
        RuleFor(x => x.InitiativeId).MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Initiatives.AnyAsync(i => i.Id == id, ct))
            .WithMessage(_ => Localized.Text("Không có mô hình này.", "There is no such initiative."));
        RuleFor(x => x.EventId).MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Events.AnyAsync(e => e.Id == id, ct))
            .WithMessage(_ => Localized.Text("Không có sự kiện này.", "There is no such event."));

        // What the status asks for: an approved award has its decision, a presented one its date too.
        RuleFor(x => x).CustomAsync(async (fields, context, ct) =>
        {
            if (await statusOf(fields, ct) is not { } status)
                return;
            if (status is AwardStatus.Approved or AwardStatus.Presented)
            {
                if (string.IsNullOrWhiteSpace(fields.DecisionNumber))
                    context.AddFailure(nameof(AwardFields.DecisionNumber), Localized.Text(
                        "Khen thưởng đã duyệt phải có số quyết định.", "An approved award needs its decision number."));
                if (fields.DecisionDate is null)
                    context.AddFailure(nameof(AwardFields.DecisionDate), Localized.Text(
                        "Khen thưởng đã duyệt phải có ngày quyết định.", "An approved award needs its decision date."));
            }
            if (status is AwardStatus.Presented && fields.PresentedOn is null)
                context.AddFailure(nameof(AwardFields.PresentedOn), Localized.Text(
                    "Khen thưởng đã trao phải có ngày trao.", "A presented award needs its presentation date."));
        });

        // The issuer exists, was not dissolved before its decision, and may issue this form at its level.
        RuleFor(x => x).CustomAsync(async (fields, context, ct) =>
        {
            if (fields.IssuerUnitId is not { } issuerId || fields.Form is not { } form)
                return;
            var issuer = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == issuerId, ct);
            if (issuer is null)
            {
                context.AddFailure(nameof(AwardFields.IssuerUnitId), UnitRules.NoSuchUnit);
                return;
            }
            // The day the issuer acts on: its decision's, else the presentation's, else today for a new proposal.
            if (issuer.IsDissolvedBy(fields.DecisionDate ?? fields.PresentedOn ?? today))
                context.AddFailure(nameof(AwardFields.IssuerUnitId), Localized.Text(
                    $"{issuer.Name} đã giải thể ngày {issuer.DissolvedOn:dd/MM/yyyy}: không quyết định khen thưởng từ ngày đó.",
                    $"{issuer.Name} was dissolved on {issuer.DissolvedOn:yyyy-MM-dd}: it decides no awards from that day on."));
            if (AwardLaw.WhyNotIssuable(form, issuer) is { } why)
                context.AddFailure(nameof(AwardFields.IssuerUnitId), why);
        });

        // Presented at an event: on one of the event's days (Vietnam time).
        RuleFor(x => x).CustomAsync(async (fields, context, ct) =>
        {
            if (fields.EventId is not { } eventId || fields.PresentedOn is not { } presented)
                return;
            var evt = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.StartsAt, e.EndsAt }).SingleOrDefaultAsync(ct);
            if (evt is not null && (presented < VietnamTime.DayOf(evt.StartsAt) || presented > VietnamTime.DayOf(evt.EndsAt)))
                context.AddFailure(nameof(AwardFields.PresentedOn), Localized.Text(
                    $"Trao tại sự kiện thì ngày trao phải trong thời gian sự kiện ({VietnamTime.DayOf(evt.StartsAt):dd/MM/yyyy}–{VietnamTime.DayOf(evt.EndsAt):dd/MM/yyyy}).",
                    $"Presented at the event, the date must fall within it ({VietnamTime.DayOf(evt.StartsAt):yyyy-MM-dd} to {VietnamTime.DayOf(evt.EndsAt):yyyy-MM-dd})."));
        });
    }
}

/// <summary>Who may issue which form (Law on Emulation and Commendation 06/2022/QH15, arts. 74 and 80, as domain.md reads them).</summary>
public static class AwardLaw
{
    /// <summary>Null when <paramref name="issuer"/> may issue <paramref name="form"/>; otherwise why not, in the officer's words.</summary>
    public static string? WhyNotIssuable(AwardForm form, Unit issuer) => form switch
    {
        AwardForm.CertificateOfMerit when issuer.Level is not (UnitLevel.Central or UnitLevel.Province) => Localized.Text(
            $"Bằng khen do cấp trung ương hoặc cấp tỉnh trao; {issuer.Name} là cấp {LevelName(issuer.Level)}. Cấp này trao Giấy khen.",
            $"A Bằng khen comes from a central or province-level issuer; {issuer.Name} is at {issuer.Level.ApiName()} level. It may give a Giấy khen."),
        // The head of an agency (an organisation, a police force) gives Giấy khen at any level, as a provincial police director does.
        AwardForm.CertificateOfCommendation when issuer.Level is UnitLevel.Central or UnitLevel.Province && issuer.Kind is not (UnitKind.Organization or UnitKind.Police) => Localized.Text(
            $"Giấy khen do cấp huyện, cấp xã, cơ sở hoặc thủ trưởng cơ quan, đơn vị trao; {issuer.Name} là cấp {LevelName(issuer.Level)} nên trao Bằng khen.",
            $"A Giấy khen comes from a district, commune or grassroots issuer or the head of an organisation; {issuer.Name} is at {issuer.Level.ApiName()} level and gives a Bằng khen."),
        _ => null,
    };

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Central => "trung ương",
        UnitLevel.Province => "tỉnh",
        UnitLevel.District => "huyện",
        UnitLevel.Commune => "xã",
        _ => "cơ sở",
    };
}
