using System.Text.Json.Serialization;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Replaces a participant's details.</summary>
[AuditRecord(AuditRecordType.Participant)]
[AcceptsRepresentation(typeof(ParticipantResponse))]
public sealed record UpdateParticipantCommand : ParticipantFields, ICommand<ParticipantResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateParticipantValidator : ParticipantFieldsValidator<UpdateParticipantCommand>;

public sealed class UpdateParticipantScope(AntqDbContext db) : IUnitScope<UpdateParticipantCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateParticipantCommand command, CancellationToken ct)
    {
        var current = await db.Participants.Where(p => p.Id == command.Id).Select(p => new { p.UnitId }).SingleOrDefaultAsync(ct);
        if (current is null)
            return null;
        return current.UnitId is { } from && command.UnitId is { } to ? [from, to] : [];
    }
}

public sealed class UpdateParticipantHandler(AntqDbContext db, ISender sender) : ICommandHandler<UpdateParticipantCommand, ParticipantResponse>
{
    public async ValueTask<ParticipantResponse> Handle(UpdateParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindForWriteAsync(command, cancellationToken);
        participant.Update(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetParticipantQuery(participant.Id), cancellationToken);
    }
}
