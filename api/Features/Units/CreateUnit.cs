using Antq.Api.Common.Security;
using Antq.Api.Data;
using Mediator;

namespace Antq.Api.Features.Units;

/// <summary>Creates a unit, under a parent or at the top of the tree.</summary>
public sealed record CreateUnitCommand : UnitFields, ICommand<UnitResponse>;

public sealed class CreateUnitValidator : UnitFieldsValidator<CreateUnitCommand>
{
    public CreateUnitValidator(AntqDbContext db) : base(db) { }
}

/// <summary>A new unit belongs where it is placed: a unit-scoped editor may add units only under their own.</summary>
public sealed class CreateUnitScope : IUnitScope<CreateUnitCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateUnitCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.ParentId is { } parent ? [parent] : []);
}

public sealed class CreateUnitHandler(AntqDbContext db) : ICommandHandler<CreateUnitCommand, UnitResponse>
{
    public async ValueTask<UnitResponse> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = new Unit(command.Name, command.Kind!.Value, command.Level!.Value, command.ParentId, command.DissolvedOn);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToResponse();
    }
}
