using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Paging;
using Antq.Api.Domain;
using Antq.Api.Features.Attendances;
using Antq.Api.Features.Events;
using Antq.Api.Features.Participants;
using Antq.Api.Features.Stats;
using Npgsql;

namespace Antq.Bench;

/// <summary>
/// The raw baseline: the same routes, the same SQL statements the API sends for them (copied from its command log), the
/// same JSON (the API's response records and JSON settings) — and nothing else: no EF Core, no mediator pipeline, no
/// validation, authentication or rate limiting. What the API costs beyond this is the framework's share.
/// </summary>
public static class Baseline
{
    private const string EventColumns = """
        e.id, e.title, e.kind, e.description, e.starts_at, e.ends_at, e.venue, e.host_unit_id, u.name, e.organizer_unit_id, u0.name, e.status,
        e.times_are_tentative, e.services, e.version, a."StartsAt", a."Title", a."SpeakerId", a."Speaker"
        """;

    // GetEventQuery's statement, as EF Core sends it.
    private const string EventById = """
        SELECT s.id, s.title, s.kind, s.description, s.starts_at, s.ends_at, s.venue, s.host_unit_id, s.name, s.organizer_unit_id, s.name0, s.status, s.times_are_tentative, s.closed_at, s.created_at, s.search_text, s.updated_at, s.version, s.c, s.c0, s.id0, s.id1, a."StartsAt", a."Title", a."SpeakerId", a."Speaker", a.ordinality
        FROM (
            SELECT e.id, e.title, e.kind, e.description, e.starts_at, e.ends_at, e.venue, e.host_unit_id, u.name, e.organizer_unit_id, u0.name AS name0, e.status, e.times_are_tentative, e.closed_at, e.created_at, e.search_text, e.updated_at, e.version, e.agenda AS c, e.services AS c0, u.id AS id0, u0.id AS id1, e.agenda
            FROM events AS e
            INNER JOIN units AS u ON e.host_unit_id = u.id
            LEFT JOIN units AS u0 ON e.organizer_unit_id = u0.id
            WHERE e.id = @id
            LIMIT 2
        ) AS s
        LEFT JOIN LATERAL ROWS FROM (jsonb_to_recordset(s.agenda) AS ("Speaker" text, "SpeakerId" uuid, "StartsAt" timestamp with time zone, "Title" text)) WITH ORDINALITY AS a ON TRUE
        ORDER BY s.id, s.id0, s.id1
        """;

    // ListEventsQuery's statement for ?status=…: the page and its capped count in one round trip.
    private const string EventsPage = """
        SELECT e0.id, e0.title, e0.kind, e0.description, e0.starts_at, e0.ends_at, e0.venue, e0.host_unit_id, u.name, e0.organizer_unit_id, u0.name, e0.status, e0.times_are_tentative, e0.closed_at, e0.created_at, e0.search_text, e0.updated_at, e0.version, e0.c, e0.c0, u.id, u0.id, c."StartsAt", c."Title", c."SpeakerId", c."Speaker", c.ordinality, (
            SELECT count(*)::int FROM (SELECT 1 FROM events AS e1 WHERE e1.status = @status LIMIT @count) AS e2)
        FROM (
            SELECT e.id, e.closed_at, e.created_at, e.description, e.ends_at, e.host_unit_id, e.kind, e.organizer_unit_id, e.search_text, e.starts_at, e.status, e.times_are_tentative, e.title, e.updated_at, e.venue, e.version, e.agenda AS c, e.services AS c0
            FROM events AS e
            WHERE e.status = @status
            ORDER BY e.starts_at DESC, e.id
            LIMIT @take OFFSET @skip
        ) AS e0
        INNER JOIN units AS u ON e0.host_unit_id = u.id
        LEFT JOIN units AS u0 ON e0.organizer_unit_id = u0.id
        LEFT JOIN LATERAL ROWS FROM (jsonb_to_recordset(e0.c) AS ("Speaker" text, "SpeakerId" uuid, "StartsAt" timestamp with time zone, "Title" text)) WITH ORDINALITY AS c ON TRUE
        ORDER BY e0.starts_at DESC, e0.id, u.id, u0.id
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(options => ApiPlatform.ConfigureJson(options.SerializerOptions));
        var db = builder.Configuration["db"] ?? throw new ArgumentException("--db is required");
        builder.Services.AddSingleton(NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(db) { NoResetOnClose = true }.ConnectionString));
        var app = builder.Build();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiPlatform.ConfigureJson(json);

        app.MapGet("/api/v1/events/{id:guid}", async (Guid id, NpgsqlDataSource source) =>
        {
            await using var command = source.CreateCommand(EventById);
            command.Parameters.AddWithValue("id", id);
            var events = await ReadEventsAsync(command, json, columnOfServices: 19, countColumn: null);
            return events.Items.Count == 0 ? Results.NotFound() : Results.Ok(events.Items[0]);
        });
        app.MapGet("/api/v1/events", async (string status, NpgsqlDataSource source) =>
        {
            await using var command = source.CreateCommand(EventsPage);
            command.Parameters.AddWithValue("status", char.ToUpperInvariant(status[0]) + status[1..]);
            command.Parameters.AddWithValue("count", Paging.ExactCountLimit + 1);
            command.Parameters.AddWithValue("take", Paging.DefaultPageSize);
            command.Parameters.AddWithValue("skip", 0);
            var (items, counted) = await ReadEventsAsync(command, json, columnOfServices: 19, countColumn: 27);
            return Results.Ok(new PagedList<EventResponse>(items, 1, Paging.DefaultPageSize, Math.Min(counted, Paging.ExactCountLimit), counted > Paging.ExactCountLimit));
        });
        app.MapPost("/api/v1/participants", async (ParticipantInput input, NpgsqlDataSource source) =>
            Results.Created($"/api/v1/participants/{Guid.Empty}", await CreateParticipantAsync(source, input)));
        app.MapGet("/api/v1/participants", async (string q, NpgsqlDataSource source) => Results.Ok(await SearchParticipantsAsync(source, q)));
        app.MapGet("/api/v1/stats/summary", async (Guid unitId, int year, NpgsqlDataSource source) => Results.Ok(await StatsAsync(source, unitId, year)));
        app.MapPost("/api/v1/events/{id:guid}/check-ins", async (Guid id, CheckInInput input, NpgsqlDataSource source) =>
            Results.Created($"/api/v1/events/{id}/participants/{input.ParticipantId}", await CheckInAsync(source, id, input.ParticipantId)));

        await app.RunAsync();
        return 0;
    }

    /// <summary>Events from rows of EF's shape: one row per agenda item (or one with nulls), the count in its own column.</summary>
    private static async Task<(List<EventResponse> Items, int Counted)> ReadEventsAsync(NpgsqlCommand command, JsonSerializerOptions json, int columnOfServices, int? countColumn)
    {
        var items = new List<EventResponse>();
        var counted = 0;
        await using var reader = await command.ExecuteReaderAsync();
        List<AgendaItemResponse>? agenda = null;
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (items.Count == 0 || items[^1].Id != id)
            {
                agenda = [];
                var status = Enum.Parse<EventStatus>(reader.GetString(11));
                items.Add(new EventResponse
                {
                    Id = id,
                    Title = reader.GetString(1),
                    Kind = Enum.Parse<EventKind>(reader.GetString(2)),
                    Description = reader.IsDBNull(3) ? null : reader.GetString(3),
                    StartsAt = reader.GetFieldValue<DateTimeOffset>(4),
                    EndsAt = reader.GetFieldValue<DateTimeOffset>(5),
                    Venue = reader.IsDBNull(6) ? null : reader.GetString(6),
                    HostUnitId = reader.GetGuid(7),
                    HostUnitName = reader.GetString(8),
                    OrganizerUnitId = reader.IsDBNull(9) ? null : reader.GetGuid(9),
                    OrganizerUnitName = reader.IsDBNull(10) ? null : reader.GetString(10),
                    Status = status,
                    AllowedTransitions = Event.NextStatuses(status),
                    TimesAreTentative = reader.GetBoolean(12),
                    Services = reader.IsDBNull(columnOfServices) ? [] : JsonSerializer.Deserialize<List<EventService>>(reader.GetString(columnOfServices), json) ?? [],
                    Agenda = agenda,
                    Version = reader.GetInt32(17),
                });
                if (countColumn is { } c)
                    counted = reader.GetInt32(c);
            }
            if (!reader.IsDBNull(23))
                agenda!.Add(new AgendaItemResponse
                {
                    StartsAt = reader.GetFieldValue<DateTimeOffset>(22),
                    Title = reader.GetString(23),
                    SpeakerId = reader.IsDBNull(24) ? null : reader.GetGuid(24),
                    Speaker = reader.IsDBNull(25) ? null : reader.GetString(25),
                });
        }
        return (items, counted);
    }

    public sealed record ParticipantInput(string Kind, string FullName, string[]? Positions, Guid? UnitId, string? Phone);

    /// <summary>The statements the API sends to create a participant: the insert, the read-back, the audit row, in one transaction.</summary>
    private static async Task<ParticipantResponse> CreateParticipantAsync(NpgsqlDataSource source, ParticipantInput input)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO participants (id, created_at, email, full_name, is_placeholder, kind, notes, phone, positions, rank, unit_id, updated_at, version)
            VALUES (@id, @now, NULL, @name, FALSE, @kind, NULL, @phone, @positions, NULL, @unit, @now, 1)
            RETURNING search_text
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("name", input.FullName);
            insert.Parameters.AddWithValue("kind", char.ToUpperInvariant(input.Kind[0]) + input.Kind[1..]);
            insert.Parameters.AddWithValue("phone", (object?)input.Phone ?? DBNull.Value);
            insert.Parameters.AddWithValue("positions", input.Positions ?? []);
            insert.Parameters.AddWithValue("unit", (object?)input.UnitId ?? DBNull.Value);
            await insert.ExecuteScalarAsync();
        }
        ParticipantResponse response;
        await using (var read = new NpgsqlCommand("""
            SELECT p.id, p.kind, p.full_name, p.rank, p.positions::text[], p.unit_id, u.name, p.phone, p.email, p.notes, p.is_placeholder, p.version
            FROM participants AS p LEFT JOIN units AS u ON p.unit_id = u.id WHERE p.id = @id LIMIT 2
            """, connection, transaction))
        {
            read.Parameters.AddWithValue("id", id);
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            response = ReadParticipant(reader);
        }
        await using (var audit = new NpgsqlCommand("""
            INSERT INTO audit_entries (actor_id, actor_kind, actor_name, at, command, outcome, record_id, record_type, status)
            VALUES (NULL, 'ApiKey', 'bench', @now, 'CreateParticipantCommand', 'Succeeded', @id, 'Participant', 200)
            RETURNING id
            """, connection, transaction))
        {
            audit.Parameters.AddWithValue("now", now);
            audit.Parameters.AddWithValue("id", id);
            await audit.ExecuteScalarAsync();
        }
        await transaction.CommitAsync();
        return response;
    }

    /// <summary>ListParticipantsQuery's statement for q: each term a folded LIKE on the trigram-indexed column, the page by name and the capped count.</summary>
    private static async Task<PagedList<ParticipantResponse>> SearchParticipantsAsync(NpgsqlDataSource source, string q)
    {
        var terms = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string Matches(string alias) => string.Join(" AND ", terms.Select((_, i) => $"{alias}.search_text LIKE antq_fold(@pattern{i}) ESCAPE '\\'"));
        await using var command = source.CreateCommand($"""
            SELECT p0.id, p0.kind, p0.full_name, p0.rank, p0.positions::text[], p0.unit_id, u.name, p0.phone, p0.email, p0.notes, p0.is_placeholder, p0.version, (
                SELECT count(*)::int FROM (SELECT 1 FROM participants AS p1 WHERE {Matches("p1")} LIMIT @count) AS p2)
            FROM (
                SELECT p.id, p.email, p.full_name, p.is_placeholder, p.kind, p.notes, p.phone, p.positions, p.rank, p.unit_id, p.version
                FROM participants AS p
                WHERE {Matches("p")}
                ORDER BY p.full_name, p.id
                LIMIT @take OFFSET @skip
            ) AS p0
            LEFT JOIN units AS u ON p0.unit_id = u.id
            ORDER BY p0.full_name, p0.id
            """);
        for (var i = 0; i < terms.Length; i++)
            command.Parameters.AddWithValue($"pattern{i}", "%" + terms[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        command.Parameters.AddWithValue("count", Paging.ExactCountLimit + 1);
        command.Parameters.AddWithValue("take", Paging.DefaultPageSize);
        command.Parameters.AddWithValue("skip", 0);
        var items = new List<ParticipantResponse>();
        var counted = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(ReadParticipant(reader));
            counted = reader.GetInt32(12);
        }
        return new PagedList<ParticipantResponse>(items, 1, Paging.DefaultPageSize, Math.Min(counted, Paging.ExactCountLimit), counted > Paging.ExactCountLimit);
    }

    private static ParticipantResponse ReadParticipant(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        Kind = Enum.Parse<ParticipantKind>(reader.GetString(1)),
        FullName = reader.GetString(2),
        Rank = reader.IsDBNull(3) ? null : reader.GetString(3),
        Positions = reader.GetFieldValue<string[]>(4),
        UnitId = reader.IsDBNull(5) ? null : reader.GetGuid(5),
        UnitName = reader.IsDBNull(6) ? null : reader.GetString(6),
        Phone = reader.IsDBNull(7) ? null : reader.GetString(7),
        Email = reader.IsDBNull(8) ? null : reader.GetString(8),
        Notes = reader.IsDBNull(9) ? null : reader.GetString(9),
        IsPlaceholder = reader.GetBoolean(10),
        Version = reader.GetInt32(11),
    };

    private static readonly JsonSerializerOptions StatsReadOptions = new(JsonSerializerDefaults.Web) { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>GetStatsSummaryQuery's two statements: the unit's subtree, then the one aggregate statement returning JSON.</summary>
    private static async Task<StatsSummaryResponse> StatsAsync(NpgsqlDataSource source, Guid unitId, int year)
    {
        await using var connection = await source.OpenConnectionAsync();
        var units = new List<Guid>();
        await using (var tree = new NpgsqlCommand("""
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM units WHERE id = ANY(@roots)
                UNION
                SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
            )
            SELECT id AS "Value" FROM tree
            """, connection))
        {
            tree.Parameters.AddWithValue("roots", new[] { unitId });
            await using var reader = await tree.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                units.Add(reader.GetGuid(0));
        }
        DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
        await using var summary = new NpgsqlCommand($"SELECT s.\"Value\" FROM ({GetStatsSummaryHandler.Sql(forUnit: true)}) AS s LIMIT 2", connection);
        summary.Parameters.Add(new NpgsqlParameter("unit", unitId) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        summary.Parameters.AddWithValue("units", units.ToArray());
        summary.Parameters.AddWithValue("year", year);
        summary.Parameters.AddWithValue("from", Antq.Api.Common.Json.VietnamTime.StartOf(first));
        summary.Parameters.AddWithValue("to", Antq.Api.Common.Json.VietnamTime.StartOf(last.AddDays(1)));
        summary.Parameters.AddWithValue("first_day", first);
        summary.Parameters.AddWithValue("last_day", last);
        summary.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        var json = (string)(await summary.ExecuteScalarAsync())!;
        return JsonSerializer.Deserialize<StatsSummaryResponse>(json, StatsReadOptions)!;
    }

    public sealed record CheckInInput(Guid ParticipantId);

    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>CheckInCommand's statements for a walk-in: the event, the list row, the insert, the agenda, the read-back, the audit row.</summary>
    private static async Task<AttendanceResponse> CheckInAsync(NpgsqlDataSource source, Guid eventId, Guid participantId)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        async Task RunAsync(string sql, params (string Name, object Value)[] parameters)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
        }
        var now = DateTime.UtcNow;
        await RunAsync("""
            SELECT e.id, e.closed_at, e.created_at, e.description, e.ends_at, e.host_unit_id, e.kind, e.organizer_unit_id, e.search_text, e.starts_at, e.status, e.times_are_tentative, e.title, e.updated_at, e.venue, e.version, e.agenda, e.services
            FROM events AS e WHERE e.id = @p LIMIT 1
            """, ("p", eventId));
        await RunAsync("""
            SELECT a.id, a.check_in_id, a.checked_in_at, a.code, a.created_at, a.event_id, a.participant_id, a.role, a.status, a.updated_at, a.version
            FROM attendances AS a WHERE a.event_id = @e AND a.participant_id = @p LIMIT 2
            """, ("e", eventId), ("p", participantId));
        await RunAsync("""
            INSERT INTO attendances (id, check_in_id, checked_in_at, code, created_at, event_id, participant_id, role, status, updated_at, version)
            VALUES (@id, NULL, @now, @code, @now, @e, @p, 'Attendee', 'CheckedIn', @now, 1)
            """, ("id", Guid.CreateVersion7()), ("now", now), ("code", RandomNumberGenerator.GetString(CodeAlphabet, 10)), ("e", eventId), ("p", participantId));
        await RunAsync("SELECT e.agenda FROM events AS e WHERE e.id = @e LIMIT 2", ("e", eventId));
        AttendanceResponse response;
        await using (var read = new NpgsqlCommand("""
            SELECT a.event_id, a.participant_id, p.kind, p.full_name, p.rank, p.positions::text[], u.name, p.is_placeholder, a.role, a.status, a.checked_in_at, a.code, FALSE, a.version
            FROM attendances AS a
            INNER JOIN participants AS p ON a.participant_id = p.id
            LEFT JOIN units AS u ON p.unit_id = u.id
            WHERE a.event_id = @e AND a.participant_id = @p
            LIMIT 2
            """, connection, transaction))
        {
            read.Parameters.AddWithValue("e", eventId);
            read.Parameters.AddWithValue("p", participantId);
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            response = new AttendanceResponse
            {
                EventId = reader.GetGuid(0),
                ParticipantId = reader.GetGuid(1),
                Kind = Enum.Parse<ParticipantKind>(reader.GetString(2)),
                FullName = reader.GetString(3),
                Rank = reader.IsDBNull(4) ? null : reader.GetString(4),
                Positions = reader.GetFieldValue<string[]>(5),
                UnitName = reader.IsDBNull(6) ? null : reader.GetString(6),
                IsPlaceholder = reader.GetBoolean(7),
                Role = Enum.Parse<AttendanceRole>(reader.GetString(8)),
                Status = Enum.Parse<AttendanceStatus>(reader.GetString(9)),
                CheckedInAt = reader.GetFieldValue<DateTimeOffset>(10),
                Code = reader.GetString(11),
                Speaks = reader.GetBoolean(12),
                Version = reader.GetInt32(13),
            };
        }
        await RunAsync("""
            INSERT INTO audit_entries (actor_id, actor_kind, actor_name, at, command, outcome, record_id, record_type, status)
            VALUES (NULL, 'ApiKey', 'bench', @now, 'CheckInCommand', 'Succeeded', @e, 'Event', 200) RETURNING id
            """, ("now", now), ("e", eventId));
        await transaction.CommitAsync();
        return response;
    }
}
