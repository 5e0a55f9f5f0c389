using System.Collections.Concurrent;
using Antq.Api.Data;
using Antq.Api.Data.Seeding;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Respawn;
using Testcontainers.PostgreSql;

namespace Antq.Api.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL for the whole run: the server the test script started (ANTQ_TEST_DATABASE), otherwise a
/// Testcontainers one. The app applies its committed migrations at start-up; Respawn empties the tables between tests.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private PostgreSqlContainer? _container;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = "";

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>Every log line the app wrote, so tests can prove what never reaches the logs.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public async Task InitializeAsync()
    {
        ConnectionString = Environment.GetEnvironmentVariable("ANTQ_TEST_DATABASE") ?? await StartContainerAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:Default", ConnectionString);
            web.UseSetting("Database:MigrateOnStartup", "true");
            web.UseSetting("Database:SeedDemoData", "false");
            web.UseSetting("RateLimiting:PermitsPerMinute", "1000000");
            web.UseSetting("RateLimiting:LoginPermitsPerMinute", "1000000");
            web.ConfigureTestServices(services =>
                // Identity's default 100,000 PBKDF2 rounds would make every test's sign-in slow; the algorithm is the same.
                services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000));
            web.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        });
        _ = Factory.Server; // starts the app, which migrates the database

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The signing keys stay: every app instance of the run (WithSettings) signs and reads tokens with them.
            TablesToIgnore = ["__EFMigrationsHistory", "data_protection_keys"],
        });
    }

    /// <summary>Empties every table, then puts back the roles the app seeds at start-up.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }
        await using var scope = Factory.Services.CreateAsyncScope();
        await IdentitySeeder.EnsureRolesAsync(scope.ServiceProvider);
    }

    /// <summary>A new app instance on the same database with other settings (e.g. tight rate limits).</summary>
    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        Factory.WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
                web.UseSetting(key, value);
        });

    /// <summary>Sends a message through the real mediator pipeline (validation, transaction, logging) in its own scope.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<T> WithDbAsync<T>(Func<AntqDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AntqDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_container is not null)
            await _container.DisposeAsync();
    }

    private async Task<string> StartContainerAsync()
    {
        _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        await _container.StartAsync();
        return _container.GetConnectionString();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
