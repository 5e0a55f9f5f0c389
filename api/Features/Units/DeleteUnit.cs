using Antq.Api.Common.Api;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>Deletes a unit that nothing refers to. Units with history are dissolved instead.</summary>
public sealed record DeleteUnitCommand(Guid Id, int? ExpectedVersion) : ICommand;

public sealed class DeleteUnitScope(AntqDbContext db) : IUnitScope<DeleteUnitCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteUnitCommand command, CancellationToken ct) =>
        await db.Units.AnyAsync(u => u.Id == command.Id, ct) ? [command.Id] : null;
}

public sealed class DeleteUnitHandler(AntqDbContext db) : ICommandHandler<DeleteUnitCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.Id], cancellationToken) ?? throw new NotFoundException("Unit", command.Id);
        if (command.ExpectedVersion is { } expected && expected != unit.Version)
            throw new PreconditionFailedException();

        var children = await db.Units.CountAsync(u => u.ParentId == command.Id, cancellationToken);
        var events = await db.Events.CountAsync(e => e.HostUnitId == command.Id || e.OrganizerUnitId == command.Id, cancellationToken);
        if (children + events > 0)
        {
            throw new DomainRuleException(Localized.Text(
                $"Đơn vị vẫn còn {children} đơn vị trực thuộc và {events} sự kiện. Hãy đánh dấu giải thể, hoặc chuyển các bản ghi đó trước.",
                $"The unit is still referenced by {children} child unit(s) and {events} event(s). Mark it dissolved instead, or move those records first."));
        }

        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
