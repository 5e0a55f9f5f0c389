using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Units;

/// <summary>Creates a unit, under a parent or at the top of the tree.</summary>
public sealed record CreateUnitCommand : UnitFields, ICommand<UnitResponse>;

public sealed class CreateUnitValidator : UnitFieldsValidator<CreateUnitCommand>
{
    public CreateUnitValidator(AntqDbContext db) : base(db) { }
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
