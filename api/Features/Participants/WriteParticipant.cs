using System.Text.Json.Serialization;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Adds a participant: an official, resident, household or collective.</summary>
public sealed record CreateParticipantCommand : ParticipantFields, ICommand<ParticipantResponse>;

public sealed class CreateParticipantValidator(AntqDbContext db) : ParticipantFieldsValidator<CreateParticipantCommand>(db);

/// <summary>A participant belongs to its unit; one without a unit is for unrestricted writers only.</summary>
public sealed class CreateParticipantScope : IUnitScope<CreateParticipantCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateParticipantCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.UnitId is { } unit ? [unit] : []);
}

public sealed class CreateParticipantHandler(AntqDbContext db) : ICommandHandler<CreateParticipantCommand, ParticipantResponse>
{
    public async ValueTask<ParticipantResponse> Handle(CreateParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = new Participant(command.ToDetails());
        db.Participants.Add(participant);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => p.Id == participant.Id).ProjectToResponse().SingleAsync(cancellationToken);
    }
}

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

/// <summary>Deletes a participant.</summary>
public sealed record DeleteParticipantCommand(Guid Id, int? ExpectedVersion) : ICommand;

public sealed class DeleteParticipantScope(AntqDbContext db) : IUnitScope<DeleteParticipantCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteParticipantCommand command, CancellationToken ct)
    {
        var current = await db.Participants.Where(p => p.Id == command.Id).Select(p => new { p.UnitId }).SingleOrDefaultAsync(ct);
        return current is null ? null : current.UnitId is { } unit ? [unit] : [];
    }
}

public sealed class DeleteParticipantHandler(AntqDbContext db) : ICommandHandler<DeleteParticipantCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteParticipantCommand command, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindAsync([command.Id], cancellationToken) ?? throw new NotFoundException("Participant", command.Id);
        if (command.ExpectedVersion is { } expected && expected != participant.Version)
            throw new PreconditionFailedException();
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
