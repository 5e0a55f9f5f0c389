using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>Renames, moves or dissolves a unit.</summary>
[AcceptsRepresentation(typeof(UnitResponse))]
public sealed record UpdateUnitCommand : UnitFields, ICommand<UnitResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateUnitValidator : UnitFieldsValidator<UpdateUnitCommand>
{
    public UpdateUnitValidator(AntqDbContext db) : base(db)
    {
        RuleFor(x => x.ParentId)
            .MustAsync(async (command, parentId, ct) => !await IsSelfOrDescendantAsync(db, command.Id, parentId!.Value, ct))
            .When(x => x.ParentId is not null)
            .WithMessage(_ => Localized.Text(
                "Không thể đặt một đơn vị dưới chính nó hoặc dưới đơn vị cấp dưới của nó.",
                "A unit cannot be placed under itself or one of its own descendants."));
    }

    /// <summary>Walks up from the proposed parent: if the unit itself is met, the move would make a cycle.</summary>
    private static async Task<bool> IsSelfOrDescendantAsync(AntqDbContext db, Guid unitId, Guid parentId, CancellationToken ct)
    {
        var ancestors = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE chain(id, parent_id) AS (
                SELECT id, parent_id FROM units WHERE id = {parentId}
                UNION
                SELECT u.id, u.parent_id FROM units u JOIN chain c ON u.id = c.parent_id
            )
            SELECT id AS "Value" FROM chain
            """).ToListAsync(ct);
        return ancestors.Contains(unitId);
    }
}

public sealed class UpdateUnitScope(AntqDbContext db) : IUnitScope<UpdateUnitCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateUnitCommand command, CancellationToken ct) =>
        await db.Units.AnyAsync(u => u.Id == command.Id, ct)
            ? command.ParentId is { } parent ? [command.Id, parent] : [command.Id]
            : null;
}

public sealed class UpdateUnitHandler(AntqDbContext db, ISender sender) : ICommandHandler<UpdateUnitCommand, UnitResponse>
{
    public async ValueTask<UnitResponse> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindForWriteAsync(command, cancellationToken);
        unit.Update(command.Name, command.Kind!.Value, command.Level!.Value, command.ParentId, command.DissolvedOn);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetUnitQuery(unit.Id), cancellationToken);
    }
}
