using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Antq.Api.Common.Api;
using Antq.Api.Common.Errors;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Antq.Api.Common.Security;

/// <summary>Accounts, bearer tokens, API keys, policies, rate limits and the HTTP hardening around them.</summary>
public static class SecuritySetup
{
    private const string CombinedScheme = "BearerOrApiKey";
    private const string ApiPrefix = "/api";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<Antq.Api.Common.Behaviors.AuditTrail>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<SessionCheck>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton(TimeProvider.System);

        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = config.GetValue("Security:LockoutAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Security:LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddEntityFrameworkStores<AntqDbContext>();
        // The keys that sign bearer and refresh tokens live in the database, under one application name, so every
        // instance reads the others' tokens; DatabaseSetup loads them at start-up.
        services.AddDataProtection().SetApplicationName("antq").PersistKeysToDbContext<AntqDbContext>();
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
        {
            options.BearerTokenExpiration = TimeSpan.FromMinutes(config.GetValue("Security:AccessTokenMinutes", 30));
            options.RefreshTokenExpiration = TimeSpan.FromDays(config.GetValue("Security:RefreshTokenDays", 14));
        });

        // One default scheme: an X-Api-Key header means an integrator, anything else a person's bearer token.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CombinedScheme;
                options.DefaultAuthenticateScheme = CombinedScheme;
                options.DefaultChallengeScheme = CombinedScheme;
                options.DefaultForbidScheme = CombinedScheme;
            })
            .AddPolicyScheme(CombinedScheme, "Bearer token or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyClaims.Header) ? ApiKeyClaims.Scheme : IdentityConstants.BearerScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyClaims.Scheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Write, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Editor)
                || context.User.HasClaim(ApiKeyClaims.Scope, nameof(ApiKeyScope.Write))))
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.Identity?.AuthenticationType != ApiKeyClaims.Scheme));

        services.AddRateLimiter(options => ConfigureRateLimits(options, config));

        var origins = config.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After")));

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(proxy));
        });

        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes(config));
        return builder;
    }

    /// <summary>Forwarded headers first (the client's real address feeds the rate limits), then authentication.</summary>
    public static WebApplication UseForwardedClient(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        return app;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseRejectInvalidCredentials();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseBodyLimits();
        return app;
    }

    private static long MaxRequestBodyBytes(IConfiguration config) => config.GetValue<long>("Limits:MaxRequestBodyBytes", 1_048_576);

    /// <summary>
    /// A declared Content-Length over the endpoint's limit (its <see cref="IRequestSizeLimitMetadata"/>, such as an import's
    /// larger one, else Limits:MaxRequestBodyBytes) is a 413 before anything reads the body. Kestrel applies the same limit
    /// to bodies of unknown length as they are read; this also holds where Kestrel does not run (the test server).
    /// </summary>
    private static void UseBodyLimits(this WebApplication app)
    {
        var global = MaxRequestBodyBytes(app.Configuration);
        app.Use((context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? global;
            if (context.Request.ContentLength > limit)
            {
                Localized.FollowRequest(context);
                throw new BadHttpRequestException(Localized.Text(
                    $"Nội dung yêu cầu lớn hơn {limit} byte, mức tối đa cho phép.", $"The request body is larger than the {limit} bytes allowed."),
                    StatusCodes.Status413PayloadTooLarge);
            }
            return next(context);
        });
    }

    private static void ConfigureRateLimits(RateLimiterOptions options, IConfiguration config)
    {
        var permits = config.GetValue("RateLimiting:PermitsPerMinute", 600);
        var loginPermits = config.GetValue("RateLimiting:LoginPermitsPerMinute", 10);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

        // Per user, per key, or per client address for anonymous callers.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        options.AddPolicy(Policies.LoginRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter("login:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = loginPermits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        options.OnRejected = async (rejected, ct) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var http = rejected.HttpContext;
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Detail = Localized.Text(
                        "Bạn đã gửi quá nhiều yêu cầu. Hãy thử lại sau ít phút.",
                        "Slow down: this client sent more requests than its rate allows. Retry after the number of seconds in Retry-After."),
                },
            });
        };
    }

    private static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
            return $"{user.Identity.AuthenticationType}:{user.FindFirstValue(ClaimTypes.NameIdentifier)}";
        return "ip:" + context.Connection.RemoteIpAddress;
    }

    /// <summary>
    /// Credentials that were sent but did not authenticate (a malformed or revoked key, an expired, garbled or outdated
    /// token) are refused with 401 even on endpoints anonymous callers may use: treating them as anonymous would hide the
    /// problem from the client. When both a key and a bearer token are sent, both must authenticate. A person's token
    /// must also still match the account (<see cref="SessionCheck"/>), and an account that must change its password may
    /// do nothing else.
    /// </summary>
    private static void UseRejectInvalidCredentials(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var sentKey = request.Headers.ContainsKey(ApiKeyClaims.Header);
        var sentAuthorization = request.Headers.Authorization.Count > 0;
        if (!(sentKey || sentAuthorization) || !request.Path.StartsWithSegments(ApiPrefix) || AuthPaths.IsSignIn(request))
        {
            await next(context);
            return;
        }

        var valid = context.User.Identity?.IsAuthenticated == true;
        var person = valid && context.User.Identity!.AuthenticationType != ApiKeyClaims.Scheme ? context.User : null;
        if (valid && sentKey && sentAuthorization)
        {
            // The default scheme took the key; the Authorization header must hold a valid bearer token too.
            var bearer = await context.AuthenticateAsync(IdentityConstants.BearerScheme);
            valid = bearer.Succeeded;
            person = bearer.Principal;
        }
        var session = valid && person is not null
            ? await context.RequestServices.GetRequiredService<SessionCheck>().CheckAsync(person, context.RequestAborted)
            : SessionState.Current;
        if (!valid || session == SessionState.Ended)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            await context.ChallengeAsync();
            return;
        }
        if (session == SessionState.MustChangePassword && !AuthPaths.AllowedBeforePasswordChange(request))
            throw new ForbiddenException(Localized.Text(
                $"Bạn cần đổi mật khẩu trước (POST {AuthPaths.Password}).",
                $"Change your password first (POST {AuthPaths.Password}): it was set by an administrator."));
        await next(context);
    });

    private static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
        // Swagger UI ships inline bootstrap code; the SPA needs nothing beyond its own files (Mantine sets inline styles).
        // worker-src: the gate's QR scanner (qr-scanner) decodes in a worker that it starts from a blob: URL made from
        // code in its own chunk (served from here and precached), on browsers without a built-in BarcodeDetector; the
        // service worker itself is /sw.js ('self'). Without it workers fall back to script-src, which refuses blob:.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
            : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        await next(context);
    });
}
