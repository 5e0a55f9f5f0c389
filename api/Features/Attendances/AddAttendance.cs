using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>Puts a participant on an event's list.</summary>
[AuditRecord(AuditRecordType.Event)]
[AcceptsRepresentation(typeof(AttendanceResponse))]
public sealed record AddAttendanceCommand : ICommand<AttendanceResponse>
{
    /// <summary>The event (from the route).</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    [Required]
    [FieldLabel("Người tham gia", "Participant")]
    public Guid? ParticipantId { get; init; }

    /// <example>guest</example>
    [Required]
    [FieldLabel("Vai trò", "Role")]
    public AttendanceRole? Role { get; init; }

    /// <summary>Default invited; checkedIn counts as a check-in now.</summary>
    /// <example>invited</example>
    [FieldLabel("Trạng thái", "Status")]
    public AttendanceStatus? Status { get; init; }
}

public sealed class AddAttendanceValidator : AbstractValidator<AddAttendanceCommand>
{
    public AddAttendanceValidator(AntqDbContext db)
    {
        RuleFor(x => x.ParticipantId).NotNull().MustBeAnExistingParticipant(db);
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
    }
}

/// <summary>An event's list belongs to the event's host unit.</summary>
public sealed class AddAttendanceScope(AntqDbContext db) : IUnitScope<AddAttendanceCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(AddAttendanceCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class AddAttendanceHandler(AntqDbContext db, ISender sender, TimeProvider time) : ICommandHandler<AddAttendanceCommand, AttendanceResponse>
{
    public async ValueTask<AttendanceResponse> Handle(AddAttendanceCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FindAsync([command.Id], cancellationToken) ?? throw NotFoundException.Of<Event>(command.Id);
        var participantId = command.ParticipantId!.Value;
        var existing = await db.Attendances.Where(a => a.EventId == evt.Id && a.ParticipantId == participantId)
            .Select(a => new { a.Participant.FullName, a.Role }).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
            throw new DomainRuleException(Localized.Text(
                $"{existing.FullName} đã có trong danh sách của sự kiện (vai trò {existing.Role.ApiName()}): đổi vai trò thay vì thêm lần nữa.",
                $"{existing.FullName} is already on the event's list (role {existing.Role.ApiName()}): change the role instead of adding them again."));

        var attendance = new Attendance(evt.Id, participantId, command.Role!.Value);
        if (command.Status is { } status and not AttendanceStatus.Invited)
            attendance.Change(evt, attendance.Role, status, time.GetUtcNow());
        db.Attendances.Add(attendance);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAttendanceQuery(evt.Id, participantId), cancellationToken);
    }
}
