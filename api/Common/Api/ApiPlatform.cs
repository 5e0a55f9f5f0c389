using System.Text.Json;
using System.Text.Json.Serialization;
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
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));

        // Binding failures throw, so the one exception handler answers them as 400 problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
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
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Outermost first: log, audit (records refusals too), authorize by unit, validate, then one transaction.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuditBehavior<,>),
                typeof(UnitScopeBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        foreach (var (service, implementation) in UnitScopes())
            services.AddScoped(service, implementation);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, includeInternalTypes: true);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        return builder;
    }

    private static IEnumerable<(Type Service, Type Implementation)> UnitScopes() =>
        from type in typeof(Program).Assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false }
        from service in type.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IUnitScope<>)
        select (service, type);

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new VietnamDateTimeOffsetConverter());
    }

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
        return app;
    }
}
