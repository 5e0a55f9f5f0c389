using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Units;

/// <summary>Creates a unit, under a parent or at the top of the tree.</summary>
[AuditRecord(AuditRecordType.Unit)]
[AcceptsRepresentation(typeof(UnitResponse))]
public sealed record CreateUnitCommand : UnitFields, ICommand<UnitResponse>;

public sealed class CreateUnitValidator(AntqDbContext db) : UnitFieldsValidator<CreateUnitCommand>(db);

/// <summary>A new unit belongs where it is placed: a unit-scoped editor may add units only under their own.</summary>
public sealed class CreateUnitScope : IUnitScope<CreateUnitCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateUnitCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.ParentId is { } parent ? [parent] : []);
}

public sealed class CreateUnitHandler(AntqDbContext db, ISender sender) : ICommandHandler<CreateUnitCommand, UnitResponse>
{
    public async ValueTask<UnitResponse> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = new Domain.Unit(command.Name, command.Kind!.Value, command.Level!.Value, command.ParentId, command.DissolvedOn);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetUnitQuery(unit.Id), cancellationToken);
    }
}
