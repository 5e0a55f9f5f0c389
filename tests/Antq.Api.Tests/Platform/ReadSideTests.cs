using System.Net;
using System.Net.Http.Json;
using Antq.Api.Common.Paging;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Tests.Platform;

/// <summary>
/// ConnectionStrings:Read (a standby in production) serves lists and search; reads by id and writes stay on Default (the
/// primary). Here the "standby" is a second database that only the test writes to, so each answer shows where it came from.
/// </summary>
public sealed class ReadSideTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Lists_come_from_the_read_connection_while_reads_by_id_and_writes_use_the_primary()
    {
        var server = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString);
        var database = "antq_read_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE {database}");
        var read = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Database = database, Pooling = false }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<AntqDbContext>().UseNpgsql(read).UseSnakeCaseNamingConvention().Options;
            Guid onlyOnReadSide;
            await using (var standby = new AntqDbContext(options))
            {
                await standby.Database.MigrateAsync();
                var participant = new Participant(new ParticipantDetails(ParticipantKind.Individual, "Trần Thị Dự Phòng", null, [], null, null, null, null, false));
                standby.Participants.Add(participant);
                await standby.SaveChangesAsync();
                onlyOnReadSide = participant.Id;
            }

            await using var app = Fixture.WithSettings(("ConnectionStrings:Read", read));
            using var client = app.CreateClient();
            // A token the first instance issued: the second reads the signing key from the shared database.
            client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;

            var created = await client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Văn Chính" }, Json);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var onPrimary = (await created.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;

            // By id: the primary, which has the new record and not the other.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/participants/{onPrimary.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/participants/{onlyOnReadSide}")).StatusCode);

            // Lists and search: the read side, which has only the record written there.
            var list = (await client.GetFromJsonAsync<PagedList<ParticipantResponse>>("/api/v1/participants", Json))!;
            Assert.Equal([onlyOnReadSide], list.Items.Select(p => p.Id));
            var search = (await client.GetFromJsonAsync<PagedList<ParticipantResponse>>("/api/v1/participants?q=phong", Json))!;
            Assert.Equal([onlyOnReadSide], search.Items.Select(p => p.Id));

            // Without ConnectionStrings:Read, lists read the primary.
            var primaryList = (await Client.GetFromJsonAsync<PagedList<ParticipantResponse>>("/api/v1/participants", Json))!;
            Assert.Equal([onPrimary.Id], primaryList.Items.Select(p => p.Id));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    [Fact]
    public async Task The_read_context_refuses_to_save()
    {
        var options = new DbContextOptionsBuilder<AntqReadDbContext>().UseNpgsql(Fixture.ConnectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new AntqReadDbContext(options);
        db.Participants.Add(new Participant(new ParticipantDetails(ParticipantKind.Individual, "Không Lưu", null, [], null, null, null, null, false)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Empty(await Fixture.WithDbAsync(primary => primary.Participants.Where(p => p.FullName == "Không Lưu").ToListAsync()));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
