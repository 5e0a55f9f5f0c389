using System.Diagnostics;
using Mediator;

namespace Antq.Api.Common.Behaviors;

/// <summary>
/// Logs each message's name, outcome and duration — at Debug when it went well and fast, at Warning when it took longer
/// than Logging:SlowMessageMs (500 by default) or failed on the server's side, so a busy server writes a line only when
/// there is something to see (an Information line per message cost a measurable share of a fast request). Never the
/// payload: it can hold personal data.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, IConfiguration configuration)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (elapsed >= SlowMs)
                LogSlow(logger, MessageName, elapsed);
            else
                LogHandled(logger, MessageName, elapsed);
            return response;
        }
        catch (Exception exception)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var failure = exception.GetType().Name;
            LogFailed(logger, MessageName, elapsed, failure);
            throw;
        }
    }

    private double SlowMs => configuration.GetValue("Logging:SlowMessageMs", 500.0);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} was slow: handled in {ElapsedMs:0.0} ms")]
    private static partial void LogSlow(ILogger logger, string message, double elapsedMs);

    // A refusal (400, 404, 409…) is the client's affair and in the audit log; Information keeps it visible in a default set-up.
    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed in {ElapsedMs:0.0} ms with {Exception}")]
    private static partial void LogFailed(ILogger logger, string message, double elapsedMs, string exception);
}
