using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>Renames, moves or dissolves a unit.</summary>
[AuditRecord(AuditRecordType.Unit)]
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

/// <summary>
/// A unit belongs to itself; a move also touches where it leaves and where it goes, so a unit-limited writer cannot take
/// a unit out of a tree they do not hold, nor lift it to the top (which only unrestricted writers may create).
/// </summary>
public sealed class UpdateUnitScope(AntqDbContext db) : IUnitScope<UpdateUnitCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateUnitCommand command, CancellationToken ct)
    {
        var current = await db.Units.Where(u => u.Id == command.Id).Select(u => new { u.ParentId }).SingleOrDefaultAsync(ct);
        if (current is null)
            return null;
        if (current.ParentId == command.ParentId)
            return [command.Id];
        if (command.ParentId is not { } to)
            return [];
        return current.ParentId is { } from ? [command.Id, from, to] : [command.Id, to];
    }
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
