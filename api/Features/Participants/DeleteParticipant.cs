using Antq.Api.Common.Api;
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
        // Who came to which event is a record of the movement: it is not deleted with the person behind the officers' backs.
        var events = await db.Attendances.CountAsync(a => a.ParticipantId == command.Id, cancellationToken);
        if (events > 0)
            throw new DomainRuleException(Localized.Text(
                $"Người này có trong danh sách của {events} sự kiện: bỏ họ khỏi các danh sách đó trước.",
                $"This person is on the list of {events} event(s): take them off those lists first."));
        var awards = await db.Awards.CountAsync(a => a.RecipientId == command.Id || a.PresentedById == command.Id, cancellationToken);
        if (awards > 0)
            throw new DomainRuleException(Localized.Text(
                $"Người này nhận hoặc trao {awards} khen thưởng: hồ sơ khen thưởng được giữ, nên không xóa được người này.",
                $"This person received or presented {awards} award(s): award records are kept, so the person cannot be deleted."));
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
