using System.Collections.Concurrent;
using System.Reflection;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;

namespace Antq.Api.Common.Behaviors;

/// <summary>
/// A command sent before anyone is signed in (a sign-in): the audit log names the actor it claims to be — the email
/// tried, never the password.
/// </summary>
public interface INamesItsActor
{
    string? ActorName { get; }
}

/// <summary>
/// Records every command — who, which command, which record, when, how it ended — in the append-only audit log. A
/// command that succeeds in its own transaction is recorded inside it (<see cref="TransactionBehavior{TMessage,TResponse}"/>
/// adds the row before its one commit); a refused or failed command, whose transaction was rolled back, and a command
/// that runs without one are recorded here through a DbContext of their own, so the record survives any rollback.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(CurrentActor actor, AuditTrail trail, AntqDbContext db, IServiceScopeFactory scopes)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || actor.IsSystem)
            return await next(message, cancellationToken);

        var recordedByTransaction = CommandTransaction.Wraps(message, db);
        try
        {
            var response = await next(message, cancellationToken);
            if (!recordedByTransaction)
                await RecordApartAsync(trail.Entry(message, AuditTrail.IdOf(response) ?? AuditTrail.IdOf(message), AuditOutcome.Succeeded, StatusCodes.Status200OK));
            return response;
        }
        catch (Exception exception)
        {
            var status = ProblemExceptionHandler.ToProblem(exception).Status ?? StatusCodes.Status500InternalServerError;
            var outcome = status >= 500 ? AuditOutcome.Failed : AuditOutcome.Rejected;
            await RecordApartAsync(trail.Entry(message, AuditTrail.IdOf(message), outcome, exception is ValidationException ? StatusCodes.Status400BadRequest : status));
            throw;
        }
    }

    private async Task RecordApartAsync(AuditEntry entry)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        own.AuditEntries.Add(entry);
        await own.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>Builds audit rows: the actor, the command's name, the record it touched and how it ended.</summary>
public sealed class AuditTrail(CurrentActor actor, TimeProvider time)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> IdProperties = new();
    private static readonly ConcurrentDictionary<Type, AuditRecordType?> RecordTypes = new();

    public AuditEntry Entry(object message, Guid? recordId, AuditOutcome outcome, int status)
    {
        var type = message.GetType();
        var recordType = RecordTypes.GetOrAdd(type, t => t.GetCustomAttribute<AuditRecordAttribute>()?.Type);
        return message is INamesItsActor claimed
            ? new AuditEntry(time.GetUtcNow(), ActorKind.Anonymous, null, claimed.ActorName, type.Name, recordId, recordType, outcome, status)
            : new AuditEntry(time.GetUtcNow(), actor.Kind, actor.Id, actor.Name, type.Name, recordId, recordType, outcome, status);
    }

    /// <summary>A successful command's row, for the transaction that is about to commit.</summary>
    public AuditEntry? Succeeded(object message, object? response) => actor.IsSystem
        ? null
        : Entry(message, IdOf(response) ?? IdOf(message), AuditOutcome.Succeeded, StatusCodes.Status200OK);

    public static Guid? IdOf(object? value)
    {
        if (value is null)
            return null;
        var property = IdProperties.GetOrAdd(value.GetType(), type => type.GetProperty("Id") is { } p && p.PropertyType == typeof(Guid) ? p : null);
        return property?.GetValue(value) is Guid id && id != Guid.Empty ? id : null;
    }
}
