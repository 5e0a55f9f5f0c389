using Microsoft.Net.Http.Headers;

namespace Antq.Api.Common.Http;

/// <summary>Serves the built web client from wwwroot, with client-side routes falling back to index.html.</summary>
public static class SpaHosting
{
    public static WebApplication UseSpaFiles(this WebApplication app)
    {
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

    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        // Unknown API paths are 404 problems, never the SPA's HTML.
        app.Map("/api/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "No API endpoint at this path. See /swagger.")).ExcludeFromDescription();

        if (app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.MapFallbackToFile("index.html", new StaticFileOptions
            {
                OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
            });
        }
        return app;
    }
}
