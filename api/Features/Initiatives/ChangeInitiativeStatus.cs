using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Initiatives;

/// <summary>Moves an initiative along proposed → active ⇄ suspended → completed.</summary>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record ChangeInitiativeStatusCommand : ICommand<InitiativeResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>One of the initiative's allowedTransitions.</summary>
    /// <example>active</example>
    [Required]
    [FieldLabel("Trạng thái", "Status")]
    public InitiativeStatus? Status { get; init; }
}

public sealed class ChangeInitiativeStatusValidator : AbstractValidator<ChangeInitiativeStatusCommand>
{
    public ChangeInitiativeStatusValidator() => RuleFor(x => x.Status).NotNull().IsInEnum();
}

public sealed class ChangeInitiativeStatusScope(AntqDbContext db) : IUnitScope<ChangeInitiativeStatusCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(ChangeInitiativeStatusCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class ChangeInitiativeStatusHandler(AntqDbContext db, ISender sender, TimeProvider time) : ICommandHandler<ChangeInitiativeStatusCommand, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(ChangeInitiativeStatusCommand command, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.FindForWriteAsync(command, cancellationToken);
        initiative.MoveTo(command.Status!.Value, VietnamTime.DayOf(time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetInitiativeQuery(initiative.Id), cancellationToken);
    }
}
