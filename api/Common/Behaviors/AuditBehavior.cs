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
/// Records every command — who, which command, which record, when, how it ended — in the append-only audit log.
/// It sits outside the command's transaction and writes through its own DbContext, so refused and failed commands are
/// recorded too, and a rollback never takes the record with it.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(CurrentActor actor, IServiceScopeFactory scopes, TimeProvider time)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> IdProperties = new();

    private static readonly AuditRecordType? RecordType = typeof(TMessage).GetCustomAttribute<AuditRecordAttribute>()?.Type;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || actor.IsSystem)
            return await next(message, cancellationToken);

        try
        {
            var response = await next(message, cancellationToken);
            await RecordAsync(message, IdOf(response) ?? IdOf(message), AuditOutcome.Succeeded, StatusCodes.Status200OK);
            return response;
        }
        catch (Exception exception)
        {
            var status = ProblemExceptionHandler.ToProblem(exception).Status ?? StatusCodes.Status500InternalServerError;
            var outcome = status >= 500 ? AuditOutcome.Failed : AuditOutcome.Rejected;
            await RecordAsync(message, IdOf(message), outcome, exception is ValidationException ? StatusCodes.Status400BadRequest : status);
            throw;
        }
    }

    private async Task RecordAsync(TMessage message, Guid? recordId, AuditOutcome outcome, int status)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        var entry = message is INamesItsActor claimed
            ? new AuditEntry(time.GetUtcNow(), ActorKind.Anonymous, null, claimed.ActorName, typeof(TMessage).Name, recordId, RecordType, outcome, status)
            : new AuditEntry(time.GetUtcNow(), actor.Kind, actor.Id, actor.Name, typeof(TMessage).Name, recordId, RecordType, outcome, status);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static Guid? IdOf(object? value)
    {
        if (value is null)
            return null;
        var property = IdProperties.GetOrAdd(value.GetType(), type => type.GetProperty("Id") is { } p && p.PropertyType == typeof(Guid) ? p : null);
        return property?.GetValue(value) is Guid id && id != Guid.Empty ? id : null;
    }
}
