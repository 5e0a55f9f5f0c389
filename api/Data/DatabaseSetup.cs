using Antq.Api.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Data;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = WithQuickConnectTimeout(builder.Configuration.GetConnectionString("Default") ?? "");
        // A lost connection is retried once (a restart, a dropped pooled connection); a database that stays down or stops
        // answering is a 503 + Retry-After after at most two connection attempts of a second each, instead of holding the request.
        builder.Services.AddDbContext<AntqDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(100), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString, name: "database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Npgsql waits 15 s for a connection by default; unless the connection string names a Timeout, give up after 1 s.</summary>
    private static string WithQuickConnectTimeout(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)
            || new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Timeout"))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 1 }.ConnectionString;
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
