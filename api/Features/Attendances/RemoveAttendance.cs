using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Mediator;

namespace Antq.Api.Features.Attendances;

/// <summary>Takes a participant off an event's list.</summary>
[AuditRecord(AuditRecordType.Event)]
public sealed record RemoveAttendanceCommand(Guid Id, Guid ParticipantId, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class RemoveAttendanceScope(AntqDbContext db) : IUnitScope<RemoveAttendanceCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(RemoveAttendanceCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class RemoveAttendanceHandler(AntqDbContext db) : ICommandHandler<RemoveAttendanceCommand>
{
    public async ValueTask<Mediator.Unit> Handle(RemoveAttendanceCommand command, CancellationToken cancellationToken)
    {
        var attendance = await db.FindAttendanceForWriteAsync(command.Id, command.ParticipantId, command.ExpectedVersion, cancellationToken);
        // The programme's speakers stay on the list: the programme names them.
        if (attendance.Event!.Agenda.Any(a => a.SpeakerId == command.ParticipantId))
            throw new DomainRuleException(Localized.Text(
                "Người này trình bày trong chương trình của sự kiện: bỏ họ khỏi chương trình trước.",
                "This person speaks in the event's programme: take them off the programme first."));
        db.Attendances.Remove(attendance);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
