using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.ApiKeys;

/// <summary>Revokes a key at once; it stays listed, with its revocation time.</summary>
[AuditRecord(AuditRecordType.ApiKey)]
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand;

public sealed class RevokeApiKeyHandler(AntqDbContext db, ApiKeyCache keys, TimeProvider time) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Mediator.Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FindAsync([command.Id], cancellationToken) ?? throw NotFoundException.Of<ApiKey>(command.Id);
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        keys.Forget(key.Prefix);
        return Mediator.Unit.Value;
    }
}
