using Antq.Api.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Data;

public static partial class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = WithQuickConnectTimeout(builder.Configuration.GetConnectionString("Default") ?? "");
        // Lists, search, statistics and exports may read from standbys (e.g. a multi-host string with
        // Target Session Attributes=prefer-standby); unset, they read from the primary like everything else.
        var readConnectionString = builder.Configuration.GetConnectionString("Read") is { Length: > 0 } read
            ? WithQuickConnectTimeout(read) : connectionString;
        builder.Services.AddDbContext<AntqDbContext>(options => UsePostgres(options, connectionString));
        builder.Services.AddDbContext<AntqReadDbContext>(options => UsePostgres(options, readConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString, name: "database", tags: ["ready"]);
        return builder;
    }

    // A lost connection is retried once (a restart, a dropped pooled connection); a database that stays down or stops
    // answering is a 503 + Retry-After after at most two connection attempts of a second each, instead of holding the request.
    private static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(100), errorCodesToAdd: null))
        .UseSnakeCaseNamingConvention();

    /// <summary>Npgsql waits 15 s for a connection by default; unless the connection string names a Timeout, give up after 1 s.</summary>
    private static string WithQuickConnectTimeout(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)
            || new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Timeout"))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 1 }.ConnectionString;
    }

    /// <summary>
    /// Applies committed migrations (unless Database:MigrateOnStartup is false) and loads the demo data when asked; then
    /// loads the keys that sign tokens (<see cref="LoadSigningKeysAsync"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Configuration.GetValue("Database:MigrateOnStartup", true);
        var seed = app.Configuration.GetValue("Database:SeedDemoData", false);
        var connectionString = app.Configuration.GetConnectionString("Default");
        if (migrate || seed)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
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
        if (string.IsNullOrWhiteSpace(connectionString))
            return;
        try
        {
            await LoadSigningKeysAsync(app.Services, connectionString);
        }
        catch (Exception ex) when (!migrate && ex is NpgsqlException or InvalidOperationException)
        {
            // Started without touching the schema while the database is away: the keys load on first use instead.
            KeysNotLoaded(app.Logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection keys could not be loaded at start-up; they load on first use.")]
    private static partial void KeysNotLoaded(ILogger logger, Exception exception);

    /// <summary>A PostgreSQL advisory lock held while an instance loads its key ring at start-up.</summary>
    private const string KeyRingLock = "antq:data-protection-key-ring";

    /// <summary>
    /// Loads the data-protection key ring (the keys that sign bearer and refresh tokens, in data_protection_keys) before
    /// the first request, under an advisory lock: of several instances starting together on an empty table, the first
    /// creates the key and the others wait and read it, instead of each creating its own and refusing the others' tokens
    /// once DataProtection's two-minute refresh-on-unknown-key window after start-up has passed. Later keys are created
    /// days before they activate, so every instance reads them (it reloads the ring daily) before they sign anything.
    /// </summary>
    private static async Task LoadSigningKeysAsync(IServiceProvider services, string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection))
        {
            take.Parameters.AddWithValue("name", KeyRingLock);
            await take.ExecuteNonQueryAsync();
        }
        try
        {
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector(KeyRingLock).Protect([1]);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
            release.Parameters.AddWithValue("name", KeyRingLock);
            await release.ExecuteNonQueryAsync();
        }
    }
}
