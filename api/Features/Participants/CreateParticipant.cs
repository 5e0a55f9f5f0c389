using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Participants;

/// <summary>Adds a participant: an official, resident, household or collective.</summary>
[AuditRecord(AuditRecordType.Participant)]
[AcceptsRepresentation(typeof(ParticipantResponse))]
public sealed record CreateParticipantCommand : ParticipantFields, ICommand<ParticipantResponse>;

public sealed class CreateParticipantValidator : ParticipantFieldsValidator<CreateParticipantCommand>;

/// <summary>A participant belongs to its unit; one without a unit is for unrestricted writers only.</summary>
public sealed class CreateParticipantScope : IUnitScope<CreateParticipantCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateParticipantCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.UnitId is { } unit ? [unit] : []);
}

public sealed class CreateParticipantHandler(AntqDbContext db, ISender sender) : ICommandHandler<CreateParticipantCommand, ParticipantResponse>
{
    public async ValueTask<ParticipantResponse> Handle(CreateParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = new Participant(command.ToDetails());
        db.Participants.Add(participant);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetParticipantQuery(participant.Id), cancellationToken);
    }
}
