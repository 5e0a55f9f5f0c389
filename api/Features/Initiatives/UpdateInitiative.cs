using System.Text.Json.Serialization;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Revises an initiative's details, partners and indicators (not its status or measured values).</summary>
[AuditRecord(AuditRecordType.Initiative)]
[AcceptsRepresentation(typeof(InitiativeResponse))]
public sealed record UpdateInitiativeCommand : InitiativeFields, ICommand<InitiativeResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateInitiativeValidator(AntqDbContext db)
    : InitiativeFieldsValidator<UpdateInitiativeCommand>(db, (command, ct) => IndicatorsOf(db, command.Id, ct));

public sealed class UpdateInitiativeScope(AntqDbContext db) : IUnitScope<UpdateInitiativeCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateInitiativeCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, command.LeadUnitId, ct);
}

public sealed class UpdateInitiativeHandler(AntqDbContext db, ISender sender) : ICommandHandler<UpdateInitiativeCommand, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(UpdateInitiativeCommand command, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeScope.FindForWriteAsync(db, command, cancellationToken);
        var indicatorIds = initiative.Indicators.Select(i => i.Id).ToList();
        var history = await db.Measurements.Where(m => indicatorIds.Contains(m.IndicatorId))
            .GroupBy(m => m.IndicatorId).Select(g => new { IndicatorId = g.Key, Last = g.Max(m => m.MeasuredOn) }).ToListAsync(cancellationToken);
        initiative.Revise(command.ToPlan(), history.Select(h => h.IndicatorId).ToHashSet(), history.Count == 0 ? null : history.Max(h => h.Last));
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetInitiativeQuery(initiative.Id), cancellationToken);
    }
}
