using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>
/// Checks a participant in at the gate, by id or by the code on their badge. Repeating it (the same person, or the same
/// checkInId) answers the existing check-in; someone not on the list is added as a walk-in and checked in at once.
/// </summary>
[AuditRecord(AuditRecordType.Event)]
public sealed record CheckInCommand : ICommand<CheckInOutcome>, IVersionedCommand, IIdempotentCommand
{
    /// <summary>The event (from the route).</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    // A check-in never conflicts with a stale copy: two gates checking the same person in agree.
    [JsonIgnore]
    public int? ExpectedVersion => null;

    /// <summary>The participant; give this or code. Someone not on the list is added (a walk-in).</summary>
    [FieldLabel("Người tham gia", "Participant")]
    public Guid? ParticipantId { get; init; }

    /// <summary>The code on the badge or invitation (case, spaces and dashes do not matter); give this or participantId.</summary>
    /// <example>7KQ2M-9XDRA</example>
    [FieldLabel("Mã điểm danh", "Check-in code")]
    public string? Code { get; init; }

    /// <summary>An id the device makes up for this check-in, so sending it again (after a lost answer, or from an offline queue) is recognised.</summary>
    [FieldLabel("Mã lượt điểm danh", "Check-in id")]
    public Guid? CheckInId { get; init; }

    /// <summary>When the person came, if the device checked them in earlier (offline); default now. At most 5 minutes ahead of the server's clock.</summary>
    /// <example>2023-08-14T18:52:00+07:00</example>
    [FieldLabel("Giờ điểm danh", "Check-in time")]
    public DateTimeOffset? CheckedInAt { get; init; }

    /// <summary>The role a walk-in gets (default attendee); ignored for someone already on the list.</summary>
    /// <example>attendee</example>
    [FieldLabel("Vai trò", "Role")]
    public AttendanceRole? Role { get; init; }
}

/// <summary>The attendance after a check-in, and whether this request made it (false: it had been made before).</summary>
public sealed record CheckInOutcome(AttendanceResponse Attendance, bool IsNew);

public sealed class CheckInValidator : AbstractValidator<CheckInCommand>
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The gate may open this long before the event starts; an earlier time is a device's wrong clock.</summary>
    public static readonly TimeSpan GateOpensBefore = TimeSpan.FromHours(12);

    public CheckInValidator(AntqDbContext db, TimeProvider time)
    {
        RuleFor(x => x).Must(x => x.ParticipantId is null != x.Code is null)
            .OverridePropertyName(nameof(CheckInCommand.ParticipantId))
            .WithMessage(_ => Localized.Text("Cho biết người tham gia hoặc mã điểm danh (một trong hai).", "Give either the participant or the check-in code (one of the two)."));
        // A walk-in's participant is not looked up first: the foreign key refuses a missing one with the same 400 on
        // participantId (ProblemExceptionHandler), one statement less per check-in.
        RuleFor(x => x.Code).Must(code => Attendance.NormalizeCode(code) is not null).When(x => x.Code is not null)
            .WithMessage(_ => Localized.Text(
                $"Mã điểm danh gồm {Attendance.CodeLength} chữ và số (như 7KQ2M-9XDRA).", $"A check-in code is {Attendance.CodeLength} letters and digits (like 7KQ2M-9XDRA)."));
        RuleFor(x => x.CheckedInAt).Must(t => VietnamTime.IsOnTheCalendar(t!.Value)).When(x => x.CheckedInAt is not null)
            .WithMessage(_ => VietnamTime.NotOnTheCalendarMessage)
            .Must(t => t <= time.GetUtcNow() + ClockSkew).When(x => x.CheckedInAt is not null)
            .WithMessage(_ => Localized.Text("Giờ điểm danh ở tương lai: kiểm tra đồng hồ của thiết bị.", "The check-in time is in the future: check the device's clock."))
            .MustAsync(async (command, at, ct) => await db.Events.Where(e => e.Id == command.Id).Select(e => (DateTimeOffset?)e.StartsAt).SingleOrDefaultAsync(ct) is not { } starts
                                                  || at >= starts - GateOpensBefore)
            .When(x => x.CheckedInAt is not null)
            .WithMessage(_ => Localized.Text(
                "Giờ điểm danh sớm hơn 12 tiếng trước khi sự kiện bắt đầu: kiểm tra đồng hồ của thiết bị.",
                "The check-in time is more than 12 hours before the event starts: check the device's clock."));
        RuleFor(x => x.Role).IsInEnum();
    }
}

public sealed class CheckInScope(AntqDbContext db) : IUnitScope<CheckInCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CheckInCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class CheckInHandler(AntqDbContext db, ISender sender, TimeProvider time) : ICommandHandler<CheckInCommand, CheckInOutcome>
{
    public async ValueTask<CheckInOutcome> Handle(CheckInCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FindAsync([command.Id], cancellationToken) ?? throw NotFoundException.Of<Event>(command.Id);

        // A check-in the device already sent: answer it as it was recorded, whatever has happened since — if it is the
        // same check-in. The same id for someone else (or another event) is a device bug, not a repeat.
        if (command.CheckInId is { } checkInId
            && await db.Attendances.Where(a => a.CheckInId == checkInId).Select(a => new { a.EventId, a.ParticipantId, a.Code }).SingleOrDefaultAsync(cancellationToken) is { } sent)
        {
            var samePerson = command.Code is { } sentCode ? Attendance.NormalizeCode(sentCode) == sent.Code : command.ParticipantId == sent.ParticipantId;
            if (sent.EventId != evt.Id || !samePerson)
                throw new DomainRuleException(Localized.Text(
                    "Mã lượt điểm danh này đã dùng cho một lượt điểm danh khác (người khác hoặc sự kiện khác).",
                    "This check-in id was used for another check-in (another person or another event)."));
            return new CheckInOutcome(await sender.Send(new GetAttendanceQuery(evt.Id, sent.ParticipantId), cancellationToken), IsNew: false);
        }

        var attendance = command.Code is { } code
            ? await FindByCodeAsync(evt, Attendance.NormalizeCode(code)!, cancellationToken)
            : await db.Attendances.SingleOrDefaultAsync(a => a.EventId == evt.Id && a.ParticipantId == command.ParticipantId, cancellationToken);
        var at = command.CheckedInAt ?? time.GetUtcNow();
        if (attendance is null)
        {
            Attendance.EnsureOpenForCheckIns(evt, at);
            attendance = new Attendance(evt.Id, command.ParticipantId!.Value, command.Role ?? AttendanceRole.Attendee);
            db.Attendances.Add(attendance);
        }

        var isNew = attendance.CheckIn(evt, at, command.CheckInId);
        await db.SaveChangesAsync(cancellationToken);
        return new CheckInOutcome(await sender.Send(new GetAttendanceQuery(evt.Id, attendance.ParticipantId), cancellationToken), isNew);
    }

    private async Task<Attendance> FindByCodeAsync(Event evt, string code, CancellationToken ct)
    {
        var attendance = await db.Attendances.Include(a => a.Event).SingleOrDefaultAsync(a => a.Code == code, ct)
            ?? throw new NotFoundException(Localized.Text($"Không có ai mang mã điểm danh {code}.", $"Nobody holds the check-in code {code}."));
        if (attendance.EventId != evt.Id)
            throw new DomainRuleException(Localized.Text(
                $"Mã {code} là của sự kiện khác: \"{attendance.Event!.Title}\".", $"The code {code} is for another event: \"{attendance.Event!.Title}\"."));
        return attendance;
    }
}
