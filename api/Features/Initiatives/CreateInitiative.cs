using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Initiatives;

/// <summary>Proposes an initiative with its partners and indicators; it starts as proposed and moves through POST …/status.</summary>
[AuditRecord(AuditRecordType.Initiative)]
[AcceptsRepresentation(typeof(InitiativeResponse))]
public sealed record CreateInitiativeCommand : InitiativeFields, ICommand<InitiativeResponse>;

public sealed class CreateInitiativeValidator(AntqDbContext db)
    : InitiativeFieldsValidator<CreateInitiativeCommand>(db, (_, _) => Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>()));

/// <summary>An initiative belongs to its lead unit; without one the validator answers 400.</summary>
public sealed class CreateInitiativeScope : IUnitScope<CreateInitiativeCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateInitiativeCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.LeadUnitId is { } lead ? [lead] : null);
}

public sealed class CreateInitiativeHandler(AntqDbContext db, ISender sender) : ICommandHandler<CreateInitiativeCommand, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(CreateInitiativeCommand command, CancellationToken cancellationToken)
    {
        var initiative = new Initiative(command.ToPlan());
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetInitiativeQuery(initiative.Id), cancellationToken);
    }
}
