using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Awards;

/// <summary>Records an award: a proposal, or (to record a past one) an approved or presented award under the same rules.</summary>
[AuditRecord(AuditRecordType.Award)]
[AcceptsRepresentation(typeof(AwardResponse))]
public sealed record CreateAwardCommand : AwardFields, ICommand<AwardResponse>
{
    /// <summary>proposed (default), approved or presented; never revoked.</summary>
    /// <example>proposed</example>
    [FieldLabel("Trạng thái", "Status")]
    public AwardStatus? Status { get; init; }
}

public sealed class CreateAwardValidator : AwardFieldsValidator<CreateAwardCommand>
{
    public CreateAwardValidator(AntqDbContext db, TimeProvider time) : base(db, time, (command, _) => Task.FromResult<AwardStatus?>(command.Status ?? AwardStatus.Proposed)) =>
        RuleFor(x => x.Status).IsInEnum().NotEqual(AwardStatus.Revoked)
            .WithMessage(_ => Localized.Text("Thu hồi bằng POST …/revocation.", "Revoke through POST …/revocation."));
}

/// <summary>An award belongs to its issuer; without one the validator answers 400.</summary>
public sealed class CreateAwardScope : IUnitScope<CreateAwardCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateAwardCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.IssuerUnitId is { } issuer ? [issuer] : null);
}

public sealed class CreateAwardHandler(AntqDbContext db, ISender sender) : ICommandHandler<CreateAwardCommand, AwardResponse>
{
    public async ValueTask<AwardResponse> Handle(CreateAwardCommand command, CancellationToken cancellationToken)
    {
        var award = new Award(command.ToDetails(), command.Status ?? AwardStatus.Proposed);
        await AwardConflicts.EnsureNoneAsync(db, award, cancellationToken);
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAwardQuery(award.Id), cancellationToken);
    }
}
