using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>Cancels an award's decision: the award is kept, marked revoked, with the cancelling decision and its reason.</summary>
[AuditRecord(AuditRecordType.Award)]
public sealed record RevokeAwardCommand : ICommand<AwardResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <example>56/QĐ-UBND</example>
    [Required]
    [FieldLabel("Số quyết định thu hồi", "Cancelling decision number")]
    public string? DecisionNumber { get; init; }

    /// <example>2024-03-01</example>
    [Required]
    [FieldLabel("Ngày quyết định thu hồi", "Cancelling decision date")]
    public DateOnly? DecisionDate { get; init; }

    /// <example>Phát hiện hồ sơ đề nghị khen thưởng không trung thực.</example>
    [Required]
    [FieldLabel("Lý do thu hồi", "Reason")]
    public string? Reason { get; init; }
}

public sealed class RevokeAwardValidator : AbstractValidator<RevokeAwardCommand>
{
    public RevokeAwardValidator(AntqDbContext db, TimeProvider time)
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().MaximumLength(100).SingleLine();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.DecisionDate).NotNull().InclusiveBetween(VietnamTime.FirstDay, VietnamTime.DayOf(time.GetUtcNow()))
            .MustAsync(async (command, date, ct) => await db.Awards.Where(a => a.Id == command.Id).Select(a => a.DecisionDate).SingleOrDefaultAsync(ct) is not { } decided
                                                    || date >= decided)
            .WithMessage(_ => Localized.Text("Quyết định thu hồi không được trước quyết định khen thưởng.", "The cancelling decision cannot come before the award's decision."));
    }
}

public sealed class RevokeAwardScope(AntqDbContext db) : IUnitScope<RevokeAwardCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(RevokeAwardCommand command, CancellationToken ct) =>
        AwardScope.IssuersAsync(db, command.Id, null, ct);
}

public sealed class RevokeAwardHandler(AntqDbContext db, ISender sender) : ICommandHandler<RevokeAwardCommand, AwardResponse>
{
    public async ValueTask<AwardResponse> Handle(RevokeAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await db.Awards.FindForWriteAsync(command, cancellationToken);
        award.Revoke(command.DecisionNumber!, command.DecisionDate!.Value, command.Reason!);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAwardQuery(award.Id), cancellationToken);
    }
}
