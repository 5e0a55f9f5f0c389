using Antq.Api.Common.Api;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Events;

/// <summary>Moves an event along draft → scheduled → ongoing → completed, or to cancelled.</summary>
[AuditRecord(AuditRecordType.Event)]
public sealed record ChangeEventStatusCommand : ICommand<EventResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>One of the event's allowedTransitions.</summary>
    /// <example>scheduled</example>
    [Required]
    [FieldLabel("Trạng thái", "Status")]
    public EventStatus? Status { get; init; }
}

public sealed class ChangeEventStatusValidator : AbstractValidator<ChangeEventStatusCommand>
{
    public ChangeEventStatusValidator() => RuleFor(x => x.Status).NotNull().IsInEnum();
}

public sealed class ChangeEventStatusScope(AntqDbContext db) : IUnitScope<ChangeEventStatusCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(ChangeEventStatusCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class ChangeEventStatusHandler(AntqDbContext db, ISender sender) : ICommandHandler<ChangeEventStatusCommand, EventResponse>
{
    public async ValueTask<EventResponse> Handle(ChangeEventStatusCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FindForWriteAsync(command, cancellationToken);
        evt.MoveTo(command.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetEventQuery(evt.Id), cancellationToken);
    }
}
