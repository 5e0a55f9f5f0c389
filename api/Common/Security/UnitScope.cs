using Antq.Api.Common.Errors;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Security;

/// <summary>
/// Says which units a command touches: for a new record the unit it will belong to, for an existing one the unit it
/// belongs to now (and the one it moves to). Null means the record does not exist, so the handler answers 404.
/// One per command that unit-scoped callers may send, next to the command in its use-case file.
/// </summary>
public interface IUnitScope<in TCommand>
{
    ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(TCommand command, CancellationToken ct);
}

public static class UnitScopes
{
    /// <summary>
    /// The units a change of an existing record touches: the unit it belongs to now (<paramref name="owner"/>, from the
    /// record's own query), plus the one it would move to; null when the record does not exist (the handler answers 404).
    /// </summary>
    public static async ValueTask<IReadOnlyCollection<Guid>?> OwnerAndMoveAsync(Task<Guid?> owner, Guid? movedTo)
    {
        if (await owner is not { } current)
            return null;
        return movedTo is { } moved && moved != current ? [current, moved] : [current];
    }
}

/// <summary>
/// A command about the caller's own account (signing in, refreshing, changing one's password), not about the movement's
/// records: unit scope does not apply to it.
/// </summary>
public interface IOwnAccountCommand;

/// <summary>
/// A read that only those who may change the record may make (a gate device's list, with the check-in codes): unit
/// scope applies to it as to a command, through its <see cref="IUnitScope{TCommand}"/>.
/// </summary>
public interface IScopedQuery;

/// <summary>
/// The one place where object-level authorization happens (OWASP API1): editors, and API keys limited to units, may only
/// send commands whose units lie within their own units or those units' descendants. A command with no
/// <see cref="IUnitScope{TCommand}"/> is out of reach for them (creating a top-level unit, say). Admins, unscoped keys
/// and the system itself are not limited.
/// </summary>
public sealed class UnitScopeBehavior<TMessage, TResponse>(CurrentActor actor, AntqDbContext db, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is (IBaseCommand and not IOwnAccountCommand) or IScopedQuery && await AllowedUnitsAsync(cancellationToken) is { } allowed)
        {
            var scope = services.GetService<IUnitScope<TMessage>>();
            var touched = scope is null ? [] : await scope.UnitsAsync(message, cancellationToken);
            if (touched is not null && (touched.Count == 0 || !touched.All(allowed.Contains)))
                throw new ForbiddenException();
        }
        return await next(message, cancellationToken);
    }

    /// <summary>The units the actor may write in, with all their descendants; null when the actor is not limited.</summary>
    private async Task<HashSet<Guid>?> AllowedUnitsAsync(CancellationToken ct)
    {
        if (actor.IsSystem || actor.IsAdmin)
            return null;

        Guid[] roots;
        if (actor.Kind == ActorKind.ApiKey)
        {
            if (actor.KeyUnitIds.Count == 0)
                return null;
            roots = [.. actor.KeyUnitIds];
        }
        else
        {
            roots = await db.Set<UserUnit>().Where(u => u.UserId == actor.Id).Select(u => u.UnitId).ToArrayAsync(ct);
        }
        if (roots.Length == 0)
            return [];

        var units = await db.WithDescendants(roots).ToListAsync(ct);
        return [.. units];
    }
}
