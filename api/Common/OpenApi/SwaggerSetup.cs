using Antq.Api.Common.Security;
using Microsoft.OpenApi;

namespace Antq.Api.Common.OpenApi;

/// <summary>Swagger UI at /swagger in every environment: admins use it in production.</summary>
public static class SwaggerSetup
{
    public static WebApplicationBuilder AddSwagger(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ANTQ API",
                Version = "v1",
                Description = """
                    The All-People National Security Protection movement (Phong trào Toàn dân bảo vệ An ninh Tổ quốc):
                    units, events, participants, security initiatives and awards.

                    Instants are ISO 8601 with Vietnam's offset (+07:00); dates are YYYY-MM-DD. Lists take `q`
                    (case- and diacritic-insensitive), `page`, `pageSize` (1..100) and `sort` (`field` or `-field`).
                    Every single resource carries an ETag; send it back as If-Match to refuse stale writes (412).
                    Errors are application/problem+json with a traceId; invalid fields are listed under `errors`.
                    """,
                // Fill in the maintainers' address and the licence the product is released under when they are decided.
                Contact = new OpenApiContact { Name = "ANTQ maintainers" },
                License = new OpenApiLicense { Name = "Proprietary: all rights reserved" },
            });
            // Relative, so the document works behind any host name or proxy that serves the app.
            c.AddServer(new OpenApiServer { Url = "/" });
            c.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Antq.Api.xml"), includeControllerXmlComments: true);
            c.OperationFilter<QueryParameterFilter>();
            c.OperationFilter<AccessDocumentation>();
            c.OperationFilter<FileResponseDocumentation>();
            c.OperationFilter<RequestBodyDocumentation>();
            c.DocumentFilter<ConditionalRequestsDocumentation>();
            c.DocumentFilter<ProblemSchemaDocumentation>();
            c.DocumentFilter<AuditCommandDocumentation>();
            c.DocumentFilter<DocumentOverview>();
            c.AddSecurityDefinition(AccessDocumentation.Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = $"A person's access token from POST {AuthPaths.Login}.",
            });
            c.AddSecurityDefinition(AccessDocumentation.ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyClaims.Header,
                Description = "An integrator's key, issued by an admin at POST /api/v1/api-keys.",
            });
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            c.CustomSchemaIds(type => type.IsGenericType
                ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(a => a.Name))
                : type.Name);
        });
        return builder;
    }

    public static WebApplication UseSwaggerDocs(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/swagger/v1/swagger.json", "ANTQ API v1");
            ui.DocumentTitle = "ANTQ API";
            ui.DisplayRequestDuration();
            ui.EnableTryItOutByDefault();
            ui.EnablePersistAuthorization();
        });
        return app;
    }
}
