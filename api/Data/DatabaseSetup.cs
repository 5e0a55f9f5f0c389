using Antq.Api.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Data;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = Tuned(builder.Configuration.GetConnectionString("Default") ?? "");
        // A lost connection is retried once (a restart, a dropped pooled connection); a database that stays down or stops
        // answering is a 503 + Retry-After after at most two connection attempts of a second each, instead of holding the request.
        // Pooled: a request borrows a ready DbContext instead of building one (measured in bench/RESULTS.md).
        builder.Services.AddDbContextPool<AntqDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(100), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            // Lists count their matches with an unordered LIMIT on purpose (Paging.ToPagedListAsync).
            .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString, name: "database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Npgsql waits 15 s for a connection by default; unless the connection string names a Timeout, give up after 1 s.
    /// Unless it names No Reset On Close, a connection going back to the pool is not reset with DISCARD ALL: the app sets
    /// no session state, and the reset was one extra round trip for every query (bench/RESULTS.md).
    /// </summary>
    private static string Tuned(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return connectionString;
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.ContainsKey("Timeout"))
            tuned.Timeout = 1;
        if (!named.ContainsKey("No Reset On Close") && !named.ContainsKey("NoResetOnClose"))
            tuned.NoResetOnClose = true;
        return tuned.ConnectionString;
    }

    /// <summary>Applies committed migrations (unless Database:MigrateOnStartup is false) and loads the demo data when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Configuration.GetValue("Database:MigrateOnStartup", true);
        var seed = app.Configuration.GetValue("Database:SeedDemoData", false);
        if (!migrate && !seed)
            return;

        if (string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString("Default")))
            throw new InvalidOperationException("ConnectionStrings:Default is not set. Start the app with ./scripts/run, or set ConnectionStrings__Default.");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        if (migrate)
            await db.Database.MigrateAsync();
        await IdentitySeeder.EnsureRolesAsync(scope.ServiceProvider);
        await IdentitySeeder.EnsureFirstAdminAsync(scope.ServiceProvider, app.Configuration, app.Logger);
        if (seed)
            await DemoData.SeedAsync(db);
    }
}
