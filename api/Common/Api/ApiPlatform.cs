using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using FluentValidation;
using Microsoft.AspNetCore.Localization;

namespace Antq.Api.Common.Api;

/// <summary>The cross-cutting parts every feature relies on: JSON, the mediator pipeline, validation and errors.</summary>
public static class ApiPlatform
{
    public static WebApplicationBuilder AddApiPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The run and test commands start the build output, not a publish: let it find the web client's files and their
        // build-time compressed copies in every environment (a published app has them in wwwroot and ignores this).
        builder.WebHost.UseStaticWebAssets();
        // Serve the build-time compressed copies as they are: the development re-compression on the fly (meant for files
        // edited under wwwroot while the app runs) would send them uncompressed. The web client is rebuilt, not edited there.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        services.ConfigureHttpJsonOptions(options =>
        {
            ConfigureJson(options.SerializerOptions);
            // Bodies are strict: an unknown property is a 400 naming it, except the read-only fields of a representation
            // that an update command accepts back (AcceptsRepresentationAttribute).
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // "title" twice in one body is ambiguous: refuse it rather than let the last one win silently.
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers = { StrictJsonModifiers.IgnoreRepresentationFields },
            };
        });

        // Binding failures throw, so the one exception handler answers them as 400 problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            Localized.FollowRequest(context.HttpContext);
            context.ProblemDetails.Extensions.Remove("exception");
            // Challenges and refusals from the authorization middleware come without words: say what to do.
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => Localized.Text(
                    $"Cần đăng nhập (Authorization: Bearer) hoặc khóa API hợp lệ ({ApiKeyClaims.Header}).",
                    $"Sign in (Authorization: Bearer) or send a valid API key ({ApiKeyClaims.Header})."),
                StatusCodes.Status403Forbidden => Localized.Text(
                    "Vai trò hoặc quyền của khóa API không cho phép thao tác này.",
                    "Your role, or your API key's scope, does not allow this."),
                _ => null,
            };
            // Every problem's title, from its status, in the caller's language (the framework writes them in English).
            context.ProblemDetails.Title = context.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest => Localized.Text("Dữ liệu chưa hợp lệ", "One or more fields are invalid."),
                StatusCodes.Status401Unauthorized => Localized.Text("Chưa xác thực", "Unauthorized"),
                StatusCodes.Status403Forbidden => Localized.Text("Không có quyền", "Forbidden"),
                StatusCodes.Status404NotFound => Localized.Text("Không tìm thấy", "Not found"),
                StatusCodes.Status405MethodNotAllowed => Localized.Text("Phương thức không được hỗ trợ", "Method not allowed"),
                StatusCodes.Status413PayloadTooLarge => Localized.Text("Nội dung quá lớn", "Payload too large"),
                StatusCodes.Status415UnsupportedMediaType => Localized.Text("Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
                StatusCodes.Status409Conflict => Localized.Text("Xung đột", "Conflict"),
                StatusCodes.Status412PreconditionFailed => Localized.Text("Phiên bản đã cũ", "Precondition failed"),
                StatusCodes.Status429TooManyRequests => Localized.Text("Quá nhiều yêu cầu", "Too many requests"),
                StatusCodes.Status500InternalServerError => Localized.Text("Lỗi máy chủ", "Server error"),
                StatusCodes.Status503ServiceUnavailable => Localized.Text("Tạm thời không phục vụ được", "Service unavailable"),
                _ => context.ProblemDetails.Title,
            };
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Outermost first: log, audit (records refusals too), run a lost last-writer-wins race again, authorize by unit,
            // validate, then one transaction.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuditBehavior<,>),
                typeof(LastWriterWinsBehavior<,>),
                typeof(UnitScopeBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        foreach (var (service, implementation) in UnitScopes())
            services.AddScoped(service, implementation);
        // A validator is built once where it holds nothing per request (building its rules per request cost a measurable
        // share of a write); those that look records up through the request's DbContext stay scoped.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, result => IsStateless(result.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, result => !IsStateless(result.ValidatorType), includeInternalTypes: true);
        FieldLabels.Use();
        return builder;
    }

    private static bool IsStateless(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider)));

    private static IEnumerable<(Type Service, Type Implementation)> UnitScopes() =>
        from type in typeof(Program).Assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false }
        from service in type.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IUnitScope<>)
        select (service, type);

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new StrictEnumConverter());
        options.Converters.Add(new CleanTextConverter());
        options.Converters.Add(new VietnamDateTimeOffsetConverter());
    }

    /// <summary>Query values with control characters (a NUL in q, say) are a 400 naming the parameter, before any handler sees them.</summary>
    private static void UseCleanQueryStrings(this WebApplication app) => app.Use(async (context, next) =>
    {
        var bad = context.Request.Query.Where(p => CleanTextConverter.ContainsControlCharacters(p.Key) || p.Value.Any(v => v is not null && CleanTextConverter.ContainsControlCharacters(v)))
            .Select(p => new FluentValidation.Results.ValidationFailure(p.Key, CleanTextConverter.ControlCharactersMessage))
            .ToList();
        if (bad.Count > 0)
            throw new ValidationException(bad);
        await next(context);
    });

    public static WebApplication UseApiPlatform(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Client mistakes (4xx) are answered, not logged as errors; real faults are logged by the handler itself.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages();
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Localized.Cultures[0]);
            options.SupportedCultures = Localized.Cultures;
            options.SupportedUICultures = Localized.Cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseCleanQueryStrings();
        return app;
    }
}
