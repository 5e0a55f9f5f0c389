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
/// the whole unit of work; a command that throws leaves nothing behind. The audit row of a command that succeeds is
/// written in the same transaction, so a command costs one commit. EF's automatic savepoints are off: the whole
/// transaction is the unit that fails or commits, and each savepoint was two more statements. Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AntqDbContext db, AuditTrail audit)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!CommandTransaction.Wraps(message, db))
            return await next(message, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            if (audit.Succeeded(message, response) is { } entry)
            {
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return response;
        }, cancellationToken);
    }
}

public static class CommandTransaction
{
    /// <summary>Whether <see cref="TransactionBehavior{TMessage,TResponse}"/> runs the message in a transaction of its own (and so records its success).</summary>
    public static bool Wraps(object message, AntqDbContext db) =>
        message is IBaseCommand && message is not IKeepsWritesWhenRefused && db.Database.CurrentTransaction is null;
}
