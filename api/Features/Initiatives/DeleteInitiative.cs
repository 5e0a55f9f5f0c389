using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Deletes an initiative entered by mistake: one with measured values or awards is completed or suspended instead.</summary>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record DeleteInitiativeCommand(Guid Id, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class DeleteInitiativeScope(AntqDbContext db) : IUnitScope<DeleteInitiativeCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteInitiativeCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class DeleteInitiativeHandler(AntqDbContext db) : ICommandHandler<DeleteInitiativeCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteInitiativeCommand command, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.FindForWriteAsync(command, cancellationToken);
        var measurements = await db.Measurements.CountAsync(m => db.Set<Indicator>().Any(i => i.Id == m.IndicatorId && i.InitiativeId == initiative.Id), cancellationToken);
        var awards = await db.Awards.CountAsync(a => a.InitiativeId == initiative.Id, cancellationToken);
        if (measurements + awards > 0)
            throw new DomainRuleException(Localized.Text(
                $"Mô hình đã có {measurements} số liệu đo và {awards} khen thưởng: không xóa được, hãy chuyển sang tạm dừng hoặc kết thúc.",
                $"The initiative has {measurements} measured value(s) and {awards} award(s): it cannot be deleted; suspend or complete it instead."));
        db.Initiatives.Remove(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
