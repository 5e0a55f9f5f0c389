using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Common.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem responses. Everything a client can cause maps to a 4xx;
/// only real faults reach 500, and those never echo internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // This middleware sits outside request localization, whose culture does not flow back out: take it from the request.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture)
            CultureInfo.CurrentUICulture = culture;
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
            LogUnexpected(logger, exception.GetType().Name, exception);

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
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
        UnauthorizedException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", exception.Message),
        DomainRuleException => Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message),
        PreconditionFailedException or DbUpdateConcurrencyException =>
            Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", new PreconditionFailedException().Message),
        DbUpdateException { InnerException: PostgresException pg } => Database(pg),
        OperationCanceledException => Problem(499, "Client closed request", "The request was cancelled."),
        _ => ServerError(),
    };

    private static ProblemDetails Database(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => Problem(StatusCodes.Status409Conflict, "Conflict",
            Localized.Text("Đã có bản ghi trùng khóa.", "A record with the same key already exists.")),
        PostgresErrorCodes.ForeignKeyViolation => Problem(StatusCodes.Status409Conflict, "Conflict",
            Localized.Text("Bản ghi vẫn được bản ghi khác tham chiếu, hoặc tham chiếu tới bản ghi không tồn tại.",
                "The record is still referenced by other records, or refers to one that does not exist.")),
        _ => ServerError(),
    };

    private static ProblemDetails ServerError() => Problem(StatusCodes.Status500InternalServerError, "Server error",
        Localized.Text("Máy chủ gặp lỗi. Hãy báo kèm traceId.", "Something went wrong on our side. Quote the traceId when you report it."));

    /// <summary>Binding failures: malformed JSON, wrong types, unknown enum values, unparseable query values.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
            return Problem(bad.StatusCode, "Bad request", bad.Message);

        if (bad.InnerException is JsonException json)
        {
            var field = FieldName.FromJsonPath(json.Path);
            return Validation(new Dictionary<string, string[]>
            {
                [field] = [field.Length == 0
                    ? Localized.Text("Nội dung yêu cầu không phải JSON hợp lệ.", "The request body is not valid JSON.")
                    : Localized.Text("Giá trị bị thiếu, sai định dạng hoặc sai kiểu.", "The value is missing, malformed or of the wrong type.")],
            });
        }

        var parameter = BindFailure().Match(bad.Message);
        if (parameter.Success)
        {
            return Validation(new Dictionary<string, string[]>
            {
                [FieldName.ToJsonPath(parameter.Groups["name"].Value)] =
                    [Localized.Text($"'{parameter.Groups["value"].Value}' không phải giá trị hợp lệ.", $"'{parameter.Groups["value"].Value}' is not a valid value.")],
            });
        }

        var required = RequiredFailure().Match(bad.Message);
        if (required.Success)
            return Validation(new Dictionary<string, string[]> { [FieldName.ToJsonPath(required.Groups["name"].Value)] = [Localized.Text("Cần có giá trị.", "A value is required.")] });

        return Validation(new Dictionary<string, string[]>
        {
            [""] = [Localized.Text("Thiếu nội dung yêu cầu, hoặc nội dung không phải JSON.", "The request body is missing or not JSON.")],
        });
    }

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more fields are invalid.",
        Detail = Localized.Text("Xem errors để biết các trường cần sửa.", "See errors for the fields to correct."),
    };

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]*) (?<name>[^" ]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?<type>[^"]*) (?<name>[^" ]+)" was not provided""")]
    private static partial Regex RequiredFailure();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} while handling a request")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, Exception exception);
}
