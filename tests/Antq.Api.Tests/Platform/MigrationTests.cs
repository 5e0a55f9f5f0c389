using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Antq.Api.Tests.Platform;

/// <summary>Migrations that reshape data carry it over, on a database of their own (the shared one stays at the latest).</summary>
[Collection(Infrastructure.ApiCollection.Name)]
public sealed class MigrationTests(Infrastructure.ApiFixture fixture)
{
    [Fact]
    public async Task Data_written_before_the_schema_changes_is_carried_over()
    {
        var database = "antq_migration_" + Guid.NewGuid().ToString("N")[..8];
        var server = new NpgsqlConnectionStringBuilder(fixture.ConnectionString);
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
        }
        server.Database = database;
        server.Pooling = false;
        try
        {
            var options = new DbContextOptionsBuilder<AntqDbContext>().UseNpgsql(server.ConnectionString).UseSnakeCaseNamingConvention().Options;
            await using var db = new AntqDbContext(options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261127050317_AccountsParticipantsAudit");

            Guid ward = Guid.NewGuid(), user = Guid.NewGuid(), key = Guid.NewGuid(), gone = Guid.NewGuid(), orphanKey = Guid.NewGuid(), openKey = Guid.NewGuid();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO units (id, name, kind, level, version, created_at, updated_at) VALUES ({ward}, 'Phường A', 'Area', 'Commune', 1, now(), now());
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AspNetUsers" (id, email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, unit_ids, created_at)
                VALUES ({user}, 'bien.tap@antq.example', true, false, false, true, 0, {new[] { ward, gone }}, now());
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO api_keys (id, name, prefix, secret_hash, scopes, unit_ids, created_at)
                VALUES ({key}, 'Cổng', 'antq_00000000', {new byte[32]}, {new[] { "Write" }}, {new[] { ward }}, now());
                """);
            // A key limited only to a unit deleted since, and a key limited to nothing (unlimited by design).
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO api_keys (id, name, prefix, secret_hash, scopes, unit_ids, created_at)
                VALUES ({orphanKey}, 'Cổng cũ', 'antq_00000001', {new byte[32]}, {new[] { "Write" }}, {new[] { gone }}, now()),
                       ({openKey}, 'Cổng thành phố', 'antq_00000002', {new byte[32]}, {new[] { "Write" }}, {Array.Empty<Guid>()}, now());
                """);

            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_entries (at, actor_kind, command, record_id, outcome, status)
                VALUES (now(), 'User', 'UpdateEventCommand', {Guid.NewGuid()}, 'Succeeded', 200),
                       (now(), 'ApiKey', 'RevokeApiKeyCommand', {key}, 'Succeeded', 200);
                """);

            await migrator.MigrateAsync();

            Assert.Equal([ward], await db.Database.SqlQuery<Guid>($"""SELECT unit_id AS "Value" FROM user_units WHERE user_id = {user}""").ToListAsync());
            Assert.Equal([ward], await db.Database.SqlQuery<Guid>($"""SELECT unit_id AS "Value" FROM api_key_units WHERE api_key_id = {key}""").ToListAsync());
            // The orphaned key must not come out unlimited: it is revoked. The unlimited one stays as it was.
            Assert.Equal([true, false], await db.Database.SqlQuery<bool>(
                $"""SELECT revoked_at IS NOT NULL AS "Value" FROM api_keys WHERE id IN ({orphanKey}, {openKey}) ORDER BY prefix""").ToListAsync());
            // Entries from before record types were declared get theirs from the command, and the log is append-only again.
            Assert.Equal(["Event", "ApiKey"], await db.Database.SqlQuery<string>($"""SELECT record_type AS "Value" FROM audit_entries ORDER BY id""").ToListAsync());
            await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries"));
            var restricted = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM units WHERE id = {ward}"));
            Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, restricted.SqlState);
        }
        finally
        {
            server.Database = "postgres";
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }
}
