using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>A service offered at the event, as a client writes it.</summary>
public sealed record EventServiceInput
{
    /// <example>citizenId</example>
    [Required]
    [FieldLabel("Dịch vụ", "Service")]
    public ServiceKind? Kind { get; init; }

    /// <example>Cấp căn cước cho người dân</example>
    [FieldLabel("Ghi chú", "Note")]
    public string? Description { get; init; }

    /// <summary>How many people or families were served; null until counted.</summary>
    [FieldLabel("Số lượt", "Count")]
    public int? Count { get; init; }
}

/// <summary>A programme item, as a client writes it.</summary>
public sealed record AgendaItemInput
{
    /// <example>2023-08-14T19:00:00+07:00</example>
    [Required]
    [FieldLabel("Giờ", "Time")]
    public DateTimeOffset? StartsAt { get; init; }

    /// <example>Phát biểu khai mạc</example>
    [FieldLabel("Nội dung", "Item")]
    public string Title { get; init; } = "";

    /// <summary>The participant who speaks, picked from the participants; they are put on the event's list as a speaker if they are not on it.</summary>
    [FieldLabel("Người trình bày", "Speaker")]
    public Guid? SpeakerId { get; init; }

    /// <summary>The speaker as written, for someone not in the system (or a title to show with the linked participant).</summary>
    /// <example>đồng chí Chủ tịch UBND phường</example>
    [FieldLabel("Người trình bày (ghi tay)", "Speaker (as written)")]
    public string? Speaker { get; init; }
}

/// <summary>The fields a client writes when planning or revising an event. Status changes go through transitions.</summary>
public abstract record EventFields
{
    /// <example>Ngày hội "Toàn dân bảo vệ an ninh Tổ quốc" năm 2023</example>
    [FieldLabel("Tên sự kiện", "Title")]
    public string Title { get; init; } = "";

    /// <example>festival</example>
    [Required]
    [FieldLabel("Loại sự kiện", "Kind")]
    public EventKind? Kind { get; init; }

    [FieldLabel("Mô tả", "Description")]

    public string? Description { get; init; }

    /// <example>2023-08-14T19:00:00+07:00</example>
    [Required]
    [FieldLabel("Thời gian bắt đầu", "Start")]
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Must be after startsAt.</summary>
    /// <example>2023-08-14T21:30:00+07:00</example>
    [Required]
    [FieldLabel("Thời gian kết thúc", "End")]
    public DateTimeOffset? EndsAt { get; init; }

    /// <example>Phường Định Công, quận Hoàng Mai, Hà Nội</example>
    [FieldLabel("Địa điểm", "Venue")]
    public string? Venue { get; init; }

    /// <summary>The unit whose event this is (the ward's People's Committee for a ward festival).</summary>
    [Required]
    [FieldLabel("Đơn vị chủ trì", "Host unit")]
    public Guid? HostUnitId { get; init; }

    /// <summary>The unit that organises it (e.g. the ward's Steering Committee 138), when different.</summary>
    [FieldLabel("Đơn vị tổ chức", "Organising unit")]
    public Guid? OrganizerUnitId { get; init; }

    [FieldLabel("Dịch vụ lồng ghép", "Services")]

    public IReadOnlyList<EventServiceInput>? Services { get; init; }

    [FieldLabel("Chương trình", "Programme")]

    public IReadOnlyList<AgendaItemInput>? Agenda { get; init; }

    /// <summary>The programme's times are provisional; clients show them with a note.</summary>
    [FieldLabel("Giờ dự kiến", "Tentative times")]
    public bool? TimesAreTentative { get; init; }

    public EventPlan ToPlan() => new(
        Title,
        Kind!.Value,
        Description,
        StartsAt!.Value,
        EndsAt!.Value,
        Venue,
        HostUnitId!.Value,
        OrganizerUnitId,
        [.. (Services ?? []).Select(s => new EventService(s.Kind!.Value, s.Description, s.Count))],
        [.. (Agenda ?? []).Select(a => new AgendaItem(a.StartsAt!.Value, a.Title, a.SpeakerId, a.Speaker))],
        TimesAreTentative ?? false);
}

/// <summary>Rules shared by create and update.</summary>
public abstract class EventFieldsValidator<T> : AbstractValidator<T> where T : EventFields
{
    private const int MaxServices = 20;
    private const int MaxAgendaItems = 100;

    private static string NoEmptyItem(T fields) => Localized.Text("Mục này trống (null): bỏ đi hoặc điền vào.", "This item is empty (null): remove it or fill it in.");

    protected EventFieldsValidator(AntqDbContext db)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300).SingleLine();
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.Venue).MaximumLength(300).SingleLine();
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.StartsAt).Must(t => VietnamTime.IsOnTheCalendar(t!.Value)).When(x => x.StartsAt is not null)
            .WithMessage(_ => VietnamTime.NotOnTheCalendarMessage);
        RuleFor(x => x.EndsAt).Must(t => VietnamTime.IsOnTheCalendar(t!.Value)).When(x => x.EndsAt is not null)
            .WithMessage(_ => VietnamTime.NotOnTheCalendarMessage);
        RuleFor(x => x.EndsAt).NotNull()
            .GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null).WithMessage(_ => Localized.Text("Thời gian kết thúc phải sau thời gian bắt đầu.", "The end must be after the start."));

        RuleFor(x => x.HostUnitId).NotNull().DependentRules(() =>
            RuleFor(x => x).CustomAsync(async (fields, context, ct) =>
            {
                var host = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == fields.HostUnitId, ct);
                if (host is null)
                    context.AddFailure(nameof(EventFields.HostUnitId), UnitRules.NoSuchUnit);
                else if (fields.StartsAt is { } starts && host.IsDissolvedBy(VietnamTime.DayOf(starts)))
                    context.AddFailure(nameof(EventFields.HostUnitId), Localized.Text(
                        $"Đơn vị đã giải thể ngày {host.DissolvedOn:dd/MM/yyyy}, trước khi sự kiện bắt đầu.",
                        $"The unit was dissolved on {host.DissolvedOn:yyyy-MM-dd}, before the event starts."));
            }));
        RuleFor(x => x.OrganizerUnitId)
            .MustBeAnExistingUnit(db);

        RuleForEach(x => x.Services).NotNull().WithMessage(NoEmptyItem);
        RuleForEach(x => x.Agenda).NotNull().WithMessage(NoEmptyItem);
        RuleFor(x => x.Services).Must(s => s!.Count <= MaxServices).When(x => x.Services is not null)
            .WithMessage(_ => Localized.Text($"Tối đa {MaxServices} dịch vụ.", $"At most {MaxServices} services."))
            .Must(s => s!.Where(i => i?.Kind is not null and not ServiceKind.Other).GroupBy(i => i.Kind).All(g => g.Count() == 1))
            .When(x => x.Services is not null)
            .WithMessage(_ => Localized.Text("Mỗi loại dịch vụ chỉ ghi một lần (dùng 'other' cho các loại khác).", "Each kind of service is listed once (use 'other' for the rest)."));
        RuleForEach(x => x.Services).ChildRules(service =>
        {
            service.RuleFor(s => s.Kind).NotNull().IsInEnum();
            service.RuleFor(s => s.Description).MaximumLength(500);
            service.RuleFor(s => s.Count).GreaterThanOrEqualTo(0);
        });

        RuleFor(x => x.Agenda).Must(a => a!.Count <= MaxAgendaItems).When(x => x.Agenda is not null)
            .WithMessage(_ => Localized.Text($"Tối đa {MaxAgendaItems} mục chương trình.", $"At most {MaxAgendaItems} programme items."));
        RuleForEach(x => x.Agenda).ChildRules(item =>
        {
            item.RuleFor(a => a.Title).NotEmpty().MaximumLength(300).SingleLine();
            item.RuleFor(a => a.StartsAt).NotNull();
            item.RuleFor(a => a.Speaker).MaximumLength(300).SingleLine();
            item.RuleFor(a => a.SpeakerId).MustBeAnExistingParticipant(db);
        });
        RuleForEach(x => x.Agenda)
            .Must((fields, item) => item?.StartsAt is null || (item.StartsAt >= fields.StartsAt && item.StartsAt <= fields.EndsAt))
            .When(x => x.StartsAt is not null && x.EndsAt is not null)
            .WithMessage(_ => Localized.Text("Mục chương trình phải nằm trong thời gian diễn ra sự kiện.", "A programme item starts between the event's start and end."));
    }
}
