using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Common.Behaviors;

/// <summary>
/// A command that, sent again after losing a race to insert the same unique row (two gates checking in one walk-in),
/// finds the other writer's row and answers with it: such a race is retried like a lost version race.
/// </summary>
public interface IIdempotentCommand;

/// <summary>
/// A write without If-Match that loses a race with another writer is sent again, from the unit-scope check on, against
/// the record as it is now: the last writer wins, and is authorized and validated against what it overwrites. Only a
/// client that sent If-Match gets the 412.
/// </summary>
public sealed class LastWriterWinsBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    /// <summary>Each lost race lets one competing writer through, so this many covers a burst of that many writers.</summary>
    private const int MaxAttempts = 50;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IVersionedCommand { ExpectedVersion: null })
            return await next(message, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts && (e is DbUpdateConcurrencyException || IsDuplicateOfIdempotent(message, e)))
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    private static bool IsDuplicateOfIdempotent(TMessage message, DbUpdateException e) =>
        message is IIdempotentCommand && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
