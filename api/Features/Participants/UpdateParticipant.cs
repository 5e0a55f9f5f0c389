using System.Text.Json.Serialization;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Replaces a participant's details.</summary>
public sealed record UpdateParticipantCommand : ParticipantFields, ICommand<ParticipantResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateParticipantValidator(AntqDbContext db) : ParticipantFieldsValidator<UpdateParticipantCommand>(db);

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

public sealed class UpdateParticipantHandler(AntqDbContext db) : ICommandHandler<UpdateParticipantCommand, ParticipantResponse>
{
    public async ValueTask<ParticipantResponse> Handle(UpdateParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindAsync([command.Id], cancellationToken) ?? throw new NotFoundException("Participant", command.Id);
        if (command.ExpectedVersion is { } expected && expected != participant.Version)
            throw new PreconditionFailedException();
        participant.Update(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => p.Id == participant.Id).ProjectToResponse().SingleAsync(cancellationToken);
    }
}
