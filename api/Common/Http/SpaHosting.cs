namespace Antq.Api.Common.Http;

/// <summary>
/// Serves the built web client from wwwroot through ASP.NET Core's static-asset endpoints: each file is compressed once
/// at build time (gzip and brotli), negotiated by Accept-Encoding, and given an ETag. Client-side routes get index.html.
/// </summary>
public static class SpaHosting
{
    /// <summary>Vite fingerprints every file under /assets, so they never change under the same name.</summary>
    private const string ImmutableCaching = "public, max-age=31536000, immutable";

    public static WebApplication UseSpaFiles(this WebApplication app)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{app.Environment.ApplicationName}.staticwebassets.endpoints.json");
        var hasSpa = File.Exists(manifest) && app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists;

        // Before routing: a GET outside the API, Swagger UI and health checks, and not for a file, is a client-side route.
        // API paths never get the SPA's HTML: an unknown one stays a 404 problem, a known one with the wrong method or
        // body type stays 405/415.
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (hasSpa
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/swagger") && !path.StartsWithSegments("/health")
                && !Path.HasExtension(path.Value))
            {
                context.Request.Path = "/index.html";
            }
            if (path.StartsWithSegments("/assets"))
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                        context.Response.Headers.CacheControl = ImmutableCaching;
                    return Task.CompletedTask;
                });
            return next(context);
        });
        app.UseRouting();
        // The web client's files are not API calls: a page load fetches dozens of them, which must not use up the
        // client's request rate (a busy office behind one address would be locked out of the app).
        if (hasSpa)
            app.MapStaticAssets(manifest).DisableRateLimiting();
        return app;
    }
}
