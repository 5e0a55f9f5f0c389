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

    public static IServiceCollection AddSpaRouting(this IServiceCollection services) =>
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<OutsideApiConstraint>("outsideApi"));

    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        // Client-side routes get index.html. API paths are left out, so an unknown one stays a 404 problem
        // (written by the status-code pages), and a known one with the wrong method or body type stays 405/415.
        if (app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.MapFallbackToFile("{*path:outsideApi:nonfile}", "index.html", new StaticFileOptions
            {
                OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
            });
        }
        return app;
    }
}

/// <summary>Matches every path except /api and what lies below it.</summary>
internal sealed class OutsideApiConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is null || !httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
