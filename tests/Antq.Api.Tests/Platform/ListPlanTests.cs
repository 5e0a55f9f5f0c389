using System.Globalization;
using System.Text.RegularExpressions;
using Antq.Api.Common.Search;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Awards;
using Antq.Api.Features.Events;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Antq.Api.Tests.Platform;

/// <summary>
/// The lists' first pages on seeded tables (30,000 rows each) are read through indexes: the default order's index, or the
/// trigram index for a search. A missing index fails here, not in production at a million rows.
/// </summary>
public sealed partial class ListPlanTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int Rows = 30_000;

    [Fact]
    public async Task The_lists_default_order_and_search_are_read_through_indexes()
    {
        var unit = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO participants (id, kind, full_name, positions, unit_id, is_placeholder, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'Individual',
                   (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng'])[n % 5 + 1] || ' ' || (ARRAY['Văn','Thị','Hữu','Minh'])[n % 4 + 1] || ' ' || 'Người ' || n,
                   ARRAY[]::text[], {0}::uuid, false, 1, now(), now()
            FROM generate_series(1, {{Rows}}) n;
            INSERT INTO events (id, title, kind, status, starts_at, ends_at, host_unit_id, services, agenda, times_are_tentative, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'Hội nghị số ' || n, 'Meeting', 'Completed', timestamptz '2016-01-01 08:00+07' + n * interval '3 hours',
                   timestamptz '2016-01-01 10:00+07' + n * interval '3 hours', {0}::uuid, '[]', '[]', false, 1, now(), now()
            FROM generate_series(1, {{Rows}}) n;
            INSERT INTO awards (id, form, issuer_unit_id, decision_number, decision_date, recipient_id, citation, status, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'CertificateOfCommendation', {0}::uuid, p.n || '/QĐ', date '2016-01-01' + (p.n % 3000)::int, p.id, 'Thành tích ' || p.n, 'Approved', 1, now(), now()
            FROM (SELECT id, row_number() OVER () AS n FROM participants) p;
            ANALYZE participants;
            ANALYZE events;
            ANALYZE awards;
            """, unit.Id);

        var participants = db.Participants.AsNoTracking();
        var events = db.Events.AsNoTracking();
        var awards = db.Awards.AsNoTracking();
        (string List, IQueryable Query, string Index)[] cases =
        [
            ("participants", FirstPage(ListParticipantsHandler.Sorts.Apply(participants, null)), "ix_participants_full_name_id"),
            ("participants?q=", FirstPage(ListParticipantsHandler.Sorts.Apply(participants.WhereMatches("nguoi 1234"), null)), "ix_participants_search_text"),
            ("events", FirstPage(ListEventsHandler.Sorts.Apply(events, null)), "ix_events_starts_at_id"),
            ("events?q=", FirstPage(ListEventsHandler.Sorts.Apply(events.WhereMatches("hoi nghi so 1234"), null)), "ix_events_search_text"),
            ("awards", FirstPage(ListAwardsHandler.Sorts.Apply(awards, null)), "ix_awards_list_order"),
        ];
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        foreach (var (list, query, index) in cases)
        {
            var plan = await ExplainAsync(connection, query.ToQueryString());
            Assert.True(plan.Contains(index, StringComparison.Ordinal) && !plan.Contains("Seq Scan on " + list.Split('?')[0], StringComparison.Ordinal),
                $"{list}: expected {index}, no sequential scan:\n{plan}");
        }
    }

    private static IQueryable<T> FirstPage<T>(IQueryable<T> query) => query.Skip(0).Take(20);

    /// <summary>EXPLAIN of EF's SQL, its parameters (listed by ToQueryString as comments) written in as literals.</summary>
    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string queryString)
    {
        var lines = queryString.Split('\n');
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith("-- @", StringComparison.Ordinal)));
        foreach (var match in lines.Select(l => Parameter().Match(l)).Where(m => m.Success))
        {
            var value = match.Groups["value"].Value;
            var literal = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
            sql = Regex.Replace(sql, Regex.Escape(match.Groups["name"].Value) + @"\b", literal.Replace("$", "$$", StringComparison.Ordinal));
        }
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(0));
        return string.Join('\n', plan);
    }

    [GeneratedRegex("^-- (?<name>@\\w+)='(?<value>.*)'")]
    private static partial Regex Parameter();
}
