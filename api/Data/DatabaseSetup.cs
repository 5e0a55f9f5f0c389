using Antq.Api.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Data;

public static partial class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = Tuned(builder.Configuration.GetConnectionString("Default") ?? "");
        // Lists, search, statistics and exports may read from standbys (e.g. a multi-host string with
        // Target Session Attributes=prefer-standby); unset, they read from the primary like everything else.
        var readConnectionString = builder.Configuration.GetConnectionString("Read") is { Length: > 0 } read
            ? Tuned(read) : connectionString;
        // Pooled: a request borrows a ready DbContext instead of building one (measured in bench/RESULTS.md).
        builder.Services.AddDbContextPool<AntqDbContext>(options => UsePostgres(options, connectionString));
        builder.Services.AddDbContextPool<AntqReadDbContext>(options => UsePostgres(options, readConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString, name: "database", tags: ["ready"]);
        return builder;
    }

    // A lost connection is retried once (a restart, a dropped pooled connection); a database that stays down or stops
    // answering is a 503 + Retry-After after at most two connection attempts of a second each, instead of holding the request.
    private static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(100), errorCodesToAdd: null))
        .UseSnakeCaseNamingConvention()
        // Lists count their matches with an unordered LIMIT on purpose (Paging.ToPagedListAsync).
        .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));

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

    /// <summary>
    /// Applies committed migrations (unless Database:MigrateOnStartup is false), creates the roles and the first admin,
    /// loads the demo data when asked, and loads the keys that sign tokens — all under one PostgreSQL advisory lock, so
    /// instances starting together take turns: the first migrates, seeds and creates the signing key in an empty
    /// data_protection_keys table, and the others wait, then find the schema, the accounts and that key. (Each creating a
    /// key of its own would make it refuse the others' tokens once DataProtection's refresh-on-unknown-key window, two
    /// minutes after start-up, has passed. Later keys are created days before they activate, and every instance reloads
    /// the key ring daily, so they reach all instances before they sign anything.)
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Configuration.GetValue("Database:MigrateOnStartup", true);
        var seed = app.Configuration.GetValue("Database:SeedDemoData", false);
        var connectionString = app.Configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (migrate || seed)
                throw new InvalidOperationException("ConnectionStrings:Default is not set. Start the app with ./scripts/run, or set ConnectionStrings__Default.");
            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await AdvisoryLockAsync(connection, "pg_advisory_lock");
            try
            {
                if (migrate || seed)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
                    if (migrate)
                        await db.Database.MigrateAsync();
                    await IdentitySeeder.EnsureRolesAsync(scope.ServiceProvider);
                    await IdentitySeeder.EnsureFirstAdminAsync(scope.ServiceProvider, app.Configuration, app.Logger);
                    if (seed)
                        await DemoData.SeedAsync(db);
                }
                // Protecting anything loads the key ring, creating the first key in an empty table.
                app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(StartUpLock).Protect([1]);
            }
            finally
            {
                await AdvisoryLockAsync(connection, "pg_advisory_unlock");
            }
        }
        catch (Exception ex) when (!migrate && !seed && ex is not OutOfMemoryException)
        {
            // Started without touching the schema while the database is away: the keys load on first use instead.
            KeysNotLoaded(app.Logger, ex);
        }
    }

    /// <summary>The advisory lock that instances take in turn while they prepare the database at start-up.</summary>
    private const string StartUpLock = "antq:start-up";

    private static async Task AdvisoryLockAsync(NpgsqlConnection connection, string function)
    {
        // No command timeout: another instance may hold the lock for as long as its migrations take.
        await using var command = new NpgsqlCommand($"SELECT {function}(hashtext(@name))", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("name", StartUpLock);
        await command.ExecuteNonQueryAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be prepared at start-up; the data-protection keys load on first use.")]
    private static partial void KeysNotLoaded(ILogger logger, Exception exception);
}
