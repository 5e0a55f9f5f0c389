using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Antq.Api.Common.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem responses. Everything a client can cause maps to a 4xx;
/// only real faults reach 500, and those never echo internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before retrying while the database is unreachable.</summary>
    private const int DatabaseRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Localized.FollowRequest(httpContext);
        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = DatabaseRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            LogDatabaseUnavailable(logger, exception.GetType().Name);
        }
        else if (problem.Status >= 500)
        {
            LogUnexpected(logger, exception.GetType().Name, exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException v => Validation(v.Errors
            .GroupBy(e => FieldName.ToJsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        BadHttpRequestException bad => BadRequest(bad),
        NotFoundException => Problem(StatusCodes.Status404NotFound, exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, exception.Message),
        UnauthorizedException => Problem(StatusCodes.Status401Unauthorized, exception.Message),
        DomainRuleException => Problem(StatusCodes.Status409Conflict, exception.Message),
        PreconditionFailedException or DbUpdateConcurrencyException =>
            Problem(StatusCodes.Status412PreconditionFailed, new PreconditionFailedException().Message),
        DbUpdateException { InnerException: PostgresException pg } => Database(pg),
        _ when IsDatabaseUnavailable(exception) => Unavailable(),
        OperationCanceledException => Problem(499, "The request was cancelled."),
        _ => ServerError(),
    };

    /// <summary>A connection that could not be opened or was lost (server down, restarting, network), as opposed to a bad query.</summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // Class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now), 53300 (too many connections).
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case NpgsqlException { IsTransient: true }:
                case System.Net.Sockets.SocketException:
                case TimeoutException:
                    return true;
            }
        }
        return exception is RetryLimitExceededException;
    }

    /// <summary>
    /// References that commands do not look up before writing: the database's foreign key refuses a missing record, and
    /// the refusal is the same 400 on the field that a validator's look-up gave (one statement less per write).
    /// </summary>
    private static readonly Dictionary<string, (string Field, Func<string> Message)> UncheckedReferences = new(StringComparer.Ordinal)
    {
        ["fk_participants_units_unit_id"] = ("unitId", () => Rules.UnitRules.NoSuchUnit),
        ["fk_attendances_participants_participant_id"] = ("participantId", () => Rules.ParticipantRules.NoSuchParticipant),
    };

    private static ProblemDetails Database(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.ForeignKeyViolation when pg.MessageText.StartsWith("insert or update", StringComparison.Ordinal)
                                                    && pg.ConstraintName is { } constraint && UncheckedReferences.TryGetValue(constraint, out var reference) =>
            Field(reference.Field, reference.Message()),
        PostgresErrorCodes.UniqueViolation => Problem(StatusCodes.Status409Conflict, Localized.Text("Đã có bản ghi trùng khóa.", "A record with the same key already exists.")),
        PostgresErrorCodes.ForeignKeyViolation => Problem(StatusCodes.Status409Conflict, Localized.Text("Bản ghi vẫn được bản ghi khác tham chiếu, hoặc tham chiếu tới bản ghi không tồn tại.",
                "The record is still referenced by other records, or refers to one that does not exist.")),
        _ when IsDatabaseUnavailable(pg) => Unavailable(),
        _ => ServerError(),
    };

    private static ProblemDetails Unavailable() => Problem(StatusCodes.Status503ServiceUnavailable,
        Localized.Text($"Cơ sở dữ liệu tạm thời không truy cập được. Hãy thử lại sau {DatabaseRetryAfterSeconds} giây.",
            $"The database is unreachable for the moment. Retry after {DatabaseRetryAfterSeconds} seconds."));

    private static ProblemDetails ServerError() => Problem(StatusCodes.Status500InternalServerError, Localized.Text("Máy chủ gặp lỗi. Hãy báo kèm traceId.", "Something went wrong on our side. Quote the traceId when you report it."));

    /// <summary>Binding failures: malformed JSON, wrong types, unknown enum values, unparseable query values.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
            return Problem(bad.StatusCode, bad.Message);

        if (bad.InnerException is JsonException json)
            return Json(json);

        var parameter = BindFailure().Match(bad.Message);
        if (parameter.Success)
        {
            var value = parameter.Groups["value"].Value;
            var enumType = QueryEnumType(parameter.Groups["type"].Value);
            return Field(FieldName.ToJsonPath(parameter.Groups["name"].Value), enumType is null
                ? Localized.Text($"'{value}' không phải giá trị hợp lệ.", $"'{value}' is not a valid value.")
                : StrictEnumConverter.AllowedMessage(enumType));
        }

        var required = RequiredFailure().Match(bad.Message);
        if (required.Success)
            return Field(FieldName.ToJsonPath(required.Groups["name"].Value), Localized.Text("Cần có giá trị.", "A value is required."));

        return Field("", Localized.Text("Thiếu nội dung yêu cầu, hoặc nội dung không phải JSON.", "The request body is missing or not JSON."));
    }

    /// <summary>What the JSON reader or a converter refused, under the field it was reading.</summary>
    private static HttpValidationProblemDetails Json(JsonException json)
    {
        var unmapped = UnmappedMember().Match(json.Message);
        if (unmapped.Success)
        {
            var parent = FieldName.FromJsonPath(json.Path);
            var property = unmapped.Groups["name"].Value;
            var field = parent.Length == 0 || parent.EndsWith(property, StringComparison.Ordinal) ? parent : $"{parent}.{property}";
            return Field(field.Length == 0 ? property : field,
                Localized.Text($"Trường '{property}' không có trong tài nguyên này.", $"'{property}' is not a field of this resource."));
        }

        // Syntax errors come from the reader; point at the line and column so the client can find them.
        if (json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null)
        {
            var line = (json.LineNumber ?? 0) + 1;
            var column = (json.BytePositionInLine ?? 0) + 1;
            return Field("", Localized.Text(
                $"Nội dung yêu cầu không phải JSON hợp lệ (dòng {line}, vị trí {column}).",
                $"The request body is not valid JSON (line {line}, position {column})."));
        }

        var path = FieldName.FromJsonPath(json.Path);
        if (json.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
            return Field(path, Localized.Text("Trường này xuất hiện hơn một lần trong nội dung.", "This field appears more than once in the body."));
        return Field(path, (json as JsonValueException ?? json.InnerException as JsonValueException)?.Message
            ?? Localized.Text("Giá trị bị thiếu, sai định dạng hoặc sai kiểu.", "The value is missing, malformed or of the wrong type."));
    }

    /// <summary>The enum behind a QueryEnum&lt;T&gt; parameter named in a binding failure, to list its values.</summary>
    private static Type? QueryEnumType(string parameterType)
    {
        var match = QueryEnumName().Match(parameterType);
        return match.Success
            ? typeof(Event).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == match.Groups["enum"].Value)
            : null;
    }

    private static HttpValidationProblemDetails Field(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Detail = Localized.Text("Xem errors để biết các trường cần sửa.", "See errors for the fields to correct."),
    };

    /// <summary>The title comes from the status, in the caller's language, in one place (ApiPlatform's CustomizeProblemDetails).</summary>
    private static ProblemDetails Problem(int status, string detail) =>
        new() { Status = status, Detail = detail };

    [GeneratedRegex("""The JSON property '(?<name>[^']*)' could not be mapped""")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("""QueryEnum<(?<enum>\w+)>""")]
    private static partial Regex QueryEnumName();

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]*) (?<name>[^" ]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?<type>[^"]*) (?<name>[^" ]+)" was not provided""")]
    private static partial Regex RequiredFailure();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}); answered 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} while handling a request")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, Exception exception);
}
