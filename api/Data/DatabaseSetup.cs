using Antq.Api.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Default") ?? "";
        builder.Services.AddDbContext<AntqDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString, name: "database", tags: ["ready"]);
        return builder;
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
