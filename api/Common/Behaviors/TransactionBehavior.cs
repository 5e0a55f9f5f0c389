using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Behaviors;

/// <summary>
/// A command whose refusal must keep what it wrote, so it runs without the command transaction: a wrong password still
/// counts towards the lockout, a reused refresh token still revokes its family. Each of its writes is atomic on its own.
/// </summary>
public interface IKeepsWritesWhenRefused;

/// <summary>
/// Wraps each command in one database transaction, inside the execution strategy so a transient failure retries
/// the whole unit of work; a command that throws leaves nothing behind. Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AntqDbContext db)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || message is IKeepsWritesWhenRefused || db.Database.CurrentTransaction is not null)
            return await next(message, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            await transaction.CommitAsync(ct);
            return response;
        }, cancellationToken);
    }
}
