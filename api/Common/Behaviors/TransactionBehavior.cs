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
/// A write without If-Match that loses a race with another writer is run again on the fresh record (last writer
/// wins); only a client that sent If-Match gets the 412.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AntqDbContext db)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    /// <summary>Each lost race lets one competing writer through, so this many covers a burst of that many writers.</summary>
    private const int MaxAttempts = 50;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || message is IKeepsWritesWhenRefused || db.Database.CurrentTransaction is not null)
            return await next(message, cancellationToken);

        var lastWriterWins = message is IVersionedCommand { ExpectedVersion: null };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(message, next, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (lastWriterWins && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    private async Task<TResponse> RunOnceAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
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
