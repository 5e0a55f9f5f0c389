using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Awards;

/// <summary>Moves an award along proposed → approved → presented (or approved back to proposed).</summary>
[AuditRecord(AuditRecordType.Award)]
public sealed record ChangeAwardStatusCommand : ICommand<AwardResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>One of the award's allowedTransitions.</summary>
    /// <example>approved</example>
    [Required]
    [FieldLabel("Trạng thái", "Status")]
    public AwardStatus? Status { get; init; }
}

public sealed class ChangeAwardStatusValidator : AbstractValidator<ChangeAwardStatusCommand>
{
    public ChangeAwardStatusValidator() => RuleFor(x => x.Status).NotNull().IsInEnum();
}

public sealed class ChangeAwardStatusScope(AntqDbContext db) : IUnitScope<ChangeAwardStatusCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(ChangeAwardStatusCommand command, CancellationToken ct) =>
        AwardScope.IssuersAsync(db, command.Id, null, ct);
}

public sealed class ChangeAwardStatusHandler(AntqDbContext db, ISender sender) : ICommandHandler<ChangeAwardStatusCommand, AwardResponse>
{
    public async ValueTask<AwardResponse> Handle(ChangeAwardStatusCommand command, CancellationToken cancellationToken)
    {
        var award = await db.Awards.FindForWriteAsync(command, cancellationToken);
        award.MoveTo(command.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAwardQuery(award.Id), cancellationToken);
    }
}
