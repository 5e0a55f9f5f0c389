using System.Text.Json.Serialization;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>Corrects an award's details (not its status); a revoked award is no longer changed.</summary>
[AuditRecord(AuditRecordType.Award)]
[AcceptsRepresentation(typeof(AwardResponse))]
public sealed record UpdateAwardCommand : AwardFields, ICommand<AwardResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

/// <summary>The same rules, for the status the award has now.</summary>
public sealed class UpdateAwardValidator(AntqDbContext db, TimeProvider time) : AwardFieldsValidator<UpdateAwardCommand>(db, time, async (command, ct) =>
    await db.Awards.Where(a => a.Id == command.Id).Select(a => (AwardStatus?)a.Status).SingleOrDefaultAsync(ct));

public sealed class UpdateAwardScope(AntqDbContext db) : IUnitScope<UpdateAwardCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateAwardCommand command, CancellationToken ct) =>
        AwardScope.IssuersAsync(db, command.Id, command.IssuerUnitId, ct);
}

public sealed class UpdateAwardHandler(AntqDbContext db, ISender sender) : ICommandHandler<UpdateAwardCommand, AwardResponse>
{
    public async ValueTask<AwardResponse> Handle(UpdateAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await db.Awards.FindForWriteAsync(command, cancellationToken);
        award.Revise(command.ToDetails());
        await AwardConflicts.EnsureNoneAsync(db, award, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAwardQuery(award.Id), cancellationToken);
    }
}
