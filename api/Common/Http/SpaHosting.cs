namespace Antq.Api.Common.Http;

/// <summary>Serves the built web client from wwwroot; client-side routes get index.html.</summary>
public static class SpaHosting
{
    public static WebApplication UseSpaFiles(this WebApplication app)
    {
        var hasIndex = app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists;
        // Routing has already run: a GET that matched no endpoint, outside the API, Swagger UI and health checks, and
        // not for a file, is a client-side route. API paths never get the SPA's HTML: an unknown one stays a 404 problem,
        // a known one with the wrong method or body type stays 405/415.
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (hasIndex && context.GetEndpoint() is null
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/swagger") && !path.StartsWithSegments("/health")
                && !Path.HasExtension(path.Value))
            {
                context.Request.Path = "/index.html";
            }
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // Vite fingerprints everything under /assets; index.html must always be revalidated.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        return app;
    }
}
