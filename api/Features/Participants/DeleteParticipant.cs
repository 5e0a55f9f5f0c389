using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Deletes a participant.</summary>
[AuditRecord(AuditRecordType.Participant)]
public sealed record DeleteParticipantCommand(Guid Id, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class DeleteParticipantScope(AntqDbContext db) : IUnitScope<DeleteParticipantCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteParticipantCommand command, CancellationToken ct)
    {
        var current = await db.Participants.Where(p => p.Id == command.Id).Select(p => new { p.UnitId }).SingleOrDefaultAsync(ct);
        return current is null ? null : current.UnitId is { } unit ? [unit] : [];
    }
}

public sealed class DeleteParticipantHandler(AntqDbContext db) : ICommandHandler<DeleteParticipantCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindForWriteAsync(command, cancellationToken);
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
