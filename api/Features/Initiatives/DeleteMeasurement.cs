using System.Text.Json.Serialization;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Deletes a value recorded by mistake (to correct it, delete it and record it again).</summary>
/// <param name="Id">The initiative.</param>
/// <param name="IndicatorId">Its indicator.</param>
/// <param name="MeasurementId">The value to delete.</param>
/// <param name="MeasurementVersion">From If-Match: a measurement's version is always 1, so any other is a 412.</param>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record DeleteMeasurementCommand(Guid Id, Guid IndicatorId, Guid MeasurementId, int? MeasurementVersion) : ICommand, IVersionedCommand
{
    /// <summary>The initiative's version is not the client's to match here: last writer wins on it.</summary>
    [JsonIgnore]
    public int? ExpectedVersion => null;
}

public sealed class DeleteMeasurementScope(AntqDbContext db) : IUnitScope<DeleteMeasurementCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteMeasurementCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class DeleteMeasurementHandler(AntqDbContext db) : ICommandHandler<DeleteMeasurementCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteMeasurementCommand command, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeScope.FindForWriteAsync(db, command, cancellationToken, withLinks: false);
        var measurement = await db.Measurements.SingleOrDefaultAsync(m => m.Id == command.MeasurementId && m.IndicatorId == command.IndicatorId, cancellationToken)
            ?? throw NotFoundException.Of<Measurement>(command.MeasurementId);
        if (command.MeasurementVersion is { } version && version != 1)
            throw new PreconditionFailedException();
        initiative.Forget(measurement);
        db.Measurements.Remove(measurement);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
