using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Json;
using Antq.Api.Data;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Features.Stats;

/// <summary>The dashboard's figures for a unit and every unit below it, for a year.</summary>
/// <param name="UnitId">The unit; absent for every unit.</param>
/// <param name="Year">The year (Vietnam time); absent for the current one.</param>
public sealed record GetStatsSummaryQuery(Guid? UnitId = null, int? Year = null) : IQuery<StatsSummary>;

/// <summary>The figures, and an entity tag of their content (the same figures, the same tag).</summary>
public sealed record StatsSummary(StatsSummaryResponse Response, string ETag);

public sealed class GetStatsSummaryValidator : AbstractValidator<GetStatsSummaryQuery>
{
    public GetStatsSummaryValidator() => RuleFor(x => x.Year).InclusiveBetween(VietnamTime.FirstDay.Year, VietnamTime.LastDay.Year);
}

/// <summary>
/// The unit's subtree, then one SQL statement of aggregate queries: nothing but the figures leaves the database. Written as SQL
/// rather than LINQ because EF Core would send each aggregate as a query of its own; the progress formula is the
/// database function antq_indicator_progress, which the indicator_progress view behind the initiatives API uses too.
/// </summary>
public sealed class GetStatsSummaryHandler(AntqReadDbContext db, TimeProvider time) : IQueryHandler<GetStatsSummaryQuery, StatsSummary>
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async ValueTask<StatsSummary> Handle(GetStatsSummaryQuery query, CancellationToken cancellationToken)
    {
        // The unit's subtree first: its ids as a parameter let the planner see how few units (so events) it is about.
        Guid[] units = [];
        if (query.UnitId is { } unitId && (units = [.. await db.WithDescendants([unitId]).ToListAsync(cancellationToken)]).Length == 0)
            throw NotFoundException.Of<Domain.Unit>(unitId);
        var now = time.GetUtcNow();
        var year = query.Year ?? VietnamTime.DayOf(now).Year;
        DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
        NpgsqlParameter[] parameters =
        [
            new("unit", (object?)query.UnitId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new("units", units),
            new("year", year),
            new("from", VietnamTime.StartOf(first)),
            new("to", VietnamTime.StartOf(last.AddDays(1))),
            new("first_day", first),
            new("last_day", last),
            new("now", now),
        ];
        var json = await db.Database.SqlQueryRaw<string>(Sql(query.UnitId is not null), parameters).SingleAsync(cancellationToken);
        var response = JsonSerializer.Deserialize<StatsSummaryResponse>(json, ReadOptions)!;
        return new StatsSummary(response, $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 16)}\"");
    }

    /// <summary>The statement, with or without the unit filter (both fixed texts: nothing from the request goes into it).</summary>
    internal static string Sql(bool forUnit)
    {
        string InScope(string column) => forUnit ? $"{column} = ANY(@units)" : "TRUE";
        return $"""
            WITH year_events AS (
                SELECT e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.venue, e.services
                FROM events e
                WHERE e.starts_at >= @from AND e.starts_at < @to
                  AND e.status IN ('Scheduled', 'Ongoing', 'Completed')
                  AND ({InScope("e.host_unit_id")} OR {InScope("e.organizer_unit_id")})
            ),
            attendance AS (
                SELECT count(DISTINCT a.participant_id) AS participants,
                       count(*) AS places,
                       count(*) FILTER (WHERE a.status = 'CheckedIn') AS check_ins
                FROM attendances a JOIN year_events e ON e.id = a.event_id
            ),
            year_initiatives AS (
                SELECT i.id, i.name, i.kind, i.category, i.status
                FROM initiatives i
                WHERE i.status <> 'Proposed'
                  AND (i.start_date IS NULL OR i.start_date <= @last_day)
                  AND (i.end_date IS NULL OR i.end_date >= @first_day)
                  AND ({InScope("i.lead_unit_id")}
                       OR EXISTS (SELECT 1 FROM initiative_partners p WHERE p.initiative_id = i.id AND {InScope("p.unit_id")}))
            ),
            progress AS (
                SELECT i.id AS initiative_id, i.name AS initiative_name, i.category, i.status,
                       d.id AS indicator_id, d.name AS indicator_name, d.unit, d.direction, d.target, d.baseline, d.position,
                       m.value AS latest_value, m.measured_on AS latest_measured_on,
                       antq_indicator_progress(d.direction, d.target, d.baseline, m.value) AS progress
                FROM year_initiatives i
                JOIN indicators d ON d.initiative_id = i.id
                LEFT JOIN LATERAL (
                    SELECT value, measured_on FROM measurements
                    WHERE indicator_id = d.id AND measured_on <= @last_day
                    ORDER BY measured_on DESC LIMIT 1) m ON TRUE
            ),
            year_awards AS (
                SELECT a.form
                FROM awards a
                WHERE a.status <> 'Revoked'
                  AND coalesce(a.decision_date, a.presented_on) BETWEEN @first_day AND @last_day
                  AND ({InScope("a.issuer_unit_id")}
                       OR EXISTS (SELECT 1 FROM participants p WHERE p.id = a.recipient_id AND {InScope("p.unit_id")})
                       OR EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id AND ({InScope("e.host_unit_id")} OR {InScope("e.organizer_unit_id")})))
            ),
            services AS (
                SELECT s ->> 'Kind' AS kind, count(DISTINCT e.id) AS events, sum((s ->> 'Count')::int) AS count
                FROM year_events e CROSS JOIN LATERAL jsonb_array_elements(e.services) s
                GROUP BY 1
            ),
            months AS (
                SELECT m.month, count(e.id) AS events
                FROM generate_series(1, 12) AS m(month)
                LEFT JOIN year_events e ON extract(month FROM e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = m.month
                GROUP BY m.month
            ),
            upcoming AS (
                SELECT e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.venue
                FROM events e
                WHERE e.status IN ('Scheduled', 'Ongoing') AND e.ends_at >= @now
                  AND ({InScope("e.host_unit_id")} OR {InScope("e.organizer_unit_id")})
                ORDER BY e.starts_at LIMIT 5
            ),
            recent AS (
                SELECT id, title, kind, status, starts_at, ends_at, venue
                FROM year_events WHERE starts_at <= @now
                ORDER BY starts_at DESC LIMIT 5
            )
            SELECT json_build_object(
                'unit', (SELECT json_build_object('id', id, 'name', name) FROM units WHERE id = @unit),
                'year', @year,
                'events', (SELECT count(*) FROM year_events),
                'participants', (SELECT participants FROM attendance),
                'listPlaces', (SELECT places FROM attendance),
                'checkIns', (SELECT check_ins FROM attendance),
                'activeInitiatives', (SELECT count(*) FROM year_initiatives),
                'initiatives', coalesce((SELECT json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'category', category, 'status', status)
                    ORDER BY name COLLATE "vi-VN-x-icu", id) FROM year_initiatives), '[]'),
                'awardsByForm', (SELECT json_build_object(
                    'certificateOfMerit', count(*) FILTER (WHERE form = 'CertificateOfMerit'),
                    'certificateOfCommendation', count(*) FILTER (WHERE form = 'CertificateOfCommendation'),
                    'emulationFlag', count(*) FILTER (WHERE form = 'EmulationFlag'),
                    'emulationFighter', count(*) FILTER (WHERE form = 'EmulationFighter'),
                    'other', count(*) FILTER (WHERE form = 'Other')) FROM year_awards),
                'indicatorProgress', coalesce((SELECT json_agg(json_build_object(
                    'initiativeId', initiative_id, 'initiativeName', initiative_name, 'category', category, 'status', status,
                    'indicatorId', indicator_id, 'indicatorName', indicator_name, 'unit', unit, 'direction', direction,
                    'target', target, 'baseline', baseline, 'latestValue', latest_value, 'latestMeasuredOn', latest_measured_on,
                    'progress', progress) ORDER BY initiative_name COLLATE "vi-VN-x-icu", initiative_id, position) FROM progress), '[]'),
                'eventsByMonth', (SELECT json_agg(json_build_object('month', month, 'events', events) ORDER BY month) FROM months),
                'services', coalesce((SELECT json_agg(json_build_object('kind', kind, 'events', events, 'count', count) ORDER BY kind) FROM services), '[]'),
                'upcomingEvents', coalesce((SELECT json_agg(json_build_object('id', id, 'title', title, 'kind', kind, 'status', status,
                    'startsAt', starts_at, 'endsAt', ends_at, 'venue', venue) ORDER BY starts_at) FROM upcoming), '[]'),
                'recentEvents', coalesce((SELECT json_agg(json_build_object('id', id, 'title', title, 'kind', kind, 'status', status,
                    'startsAt', starts_at, 'endsAt', ends_at, 'venue', venue) ORDER BY starts_at DESC) FROM recent), '[]')
            )::text AS "Value"
            """;
    }
}
