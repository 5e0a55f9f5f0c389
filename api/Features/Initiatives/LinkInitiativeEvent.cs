using System.Text.Json.Serialization;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Records that the initiative was presented or reviewed at an event; linking twice changes nothing.</summary>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record LinkInitiativeEventCommand(Guid Id, Guid EventId) : ICommand<InitiativeResponse>, IVersionedCommand
{
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

/// <summary>Forgets the link to an event; unlinking an unlinked event changes nothing.</summary>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record UnlinkInitiativeEventCommand(Guid Id, Guid EventId) : ICommand<InitiativeResponse>, IVersionedCommand
{
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class LinkInitiativeEventScope(AntqDbContext db) : IUnitScope<LinkInitiativeEventCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(LinkInitiativeEventCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class UnlinkInitiativeEventScope(AntqDbContext db) : IUnitScope<UnlinkInitiativeEventCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UnlinkInitiativeEventCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class LinkInitiativeEventHandler(AntqDbContext db, ISender sender) : ICommandHandler<LinkInitiativeEventCommand, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(LinkInitiativeEventCommand command, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeScope.FindForWriteAsync(db, command, cancellationToken);
        if (!await db.Events.AnyAsync(e => e.Id == command.EventId, cancellationToken))
            throw NotFoundException.Of<Event>(command.EventId);
        if (initiative.Link(command.EventId))
            await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetInitiativeQuery(initiative.Id), cancellationToken);
    }
}

public sealed class UnlinkInitiativeEventHandler(AntqDbContext db, ISender sender) : ICommandHandler<UnlinkInitiativeEventCommand, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(UnlinkInitiativeEventCommand command, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeScope.FindForWriteAsync(db, command, cancellationToken);
        if (initiative.Unlink(command.EventId))
            await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetInitiativeQuery(initiative.Id), cancellationToken);
    }
}
