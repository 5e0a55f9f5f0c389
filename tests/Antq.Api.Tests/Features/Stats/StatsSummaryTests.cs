using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Features.Initiatives;
using Antq.Api.Features.Participants;
using Antq.Api.Features.Stats;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Antq.Api.Tests.Features.Stats;

/// <summary>
/// The statistics against a small world counted by hand: a province P, ward W with residential group G below it, and
/// another ward O. Every figure asserted below is written next to the records that make it.
/// </summary>
public sealed class StatsSummaryTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private sealed record World(Guid Province, Guid Ward, Guid Group, Guid OtherWard, Guid Higher, Guid HigherIndicator, EventResponse March10);

    private async Task<World> WorldAsync()
    {
        var p = await CreateUnitAsync("UBND Thành phố", UnitKind.Authority, UnitLevel.Province);
        var w = await CreateUnitAsync("Phường Định Công", UnitKind.Area, UnitLevel.Commune, p.Id);
        var g = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, w.Id);
        var o = await CreateUnitAsync("Phường Thịnh Liệt", UnitKind.Area, UnitLevel.Commune, p.Id);
        var (a, b, c) = (await PersonAsync("Nguyễn Văn A", g.Id), await PersonAsync("Trần Thị B", w.Id), await PersonAsync("Lê Văn C", null));

        // Counted in 2025 for W: e1 (W hosts), e2 (G, below W, hosts), e3 (W organises, O hosts), e8 (1 January 00:30 in Hà Nội).
        var e1 = await EventAsync(w.Id, "Ngày hội 2025", At(2025, 3, 10, 19), EventStatus.Completed,
            services: [new { kind = "citizenId", count = 10 }, new { kind = "residenceRegistration", count = (int?)null }],
            list: [(a.Id, "checkedIn"), (b.Id, "checkedIn"), (c.Id, "invited")]);
        await EventAsync(g.Id, "Họp tổ dân phố", At(2025, 3, 20, 19), EventStatus.Scheduled, services: [new { kind = "citizenId", count = 5 }], list: [(a.Id, "checkedIn")]);
        await EventAsync(o.Id, "Diễn tập PCCC", At(2025, 7, 1, 8), EventStatus.Ongoing, organizer: w.Id);
        await EventAsync(w.Id, "Giao thừa", At(2025, 1, 1, 0, 30), EventStatus.Scheduled);
        // Not counted: a draft, a cancelled event, another ward's, and 31 December 23:30 in Hà Nội (2024 there).
        await EventAsync(w.Id, "Bản nháp", At(2025, 5, 5, 8), EventStatus.Draft);
        await EventAsync(w.Id, "Đã hủy", At(2025, 6, 6, 8), EventStatus.Cancelled);
        await EventAsync(o.Id, "Của phường khác", At(2025, 3, 1, 8), EventStatus.Completed, list: [(b.Id, "checkedIn")]);
        await EventAsync(w.Id, "Cuối năm 2024", At(2024, 12, 31, 23, 30), EventStatus.Completed);

        // Awards of 2025 for W: issued by W; to a person of G (issued by P); presented at W's event (issued by O). Not: revoked, 2024, unrelated.
        await AwardAsync("certificateOfCommendation", w.Id, a.Id, "Thành tích 1", presentedOn: new DateOnly(2025, 3, 10));
        await AwardAsync("certificateOfMerit", p.Id, a.Id, "Thành tích 2", decision: ("1/QĐ", new DateOnly(2025, 2, 1)));
        await AwardAsync("certificateOfCommendation", o.Id, c.Id, "Thành tích 3", eventId: e1.Id, presentedOn: new DateOnly(2025, 3, 10));
        var revoked = await AwardAsync("certificateOfCommendation", w.Id, b.Id, "Thành tích 4", decision: ("2/QĐ", new DateOnly(2025, 4, 1)));
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/awards/{revoked}/revocation",
            new { decisionNumber = "3/QĐ", decisionDate = new DateOnly(2025, 5, 1), reason = "Sai sót hồ sơ" }, Json)).StatusCode);
        await AwardAsync("certificateOfCommendation", w.Id, b.Id, "Thành tích 5", decision: ("4/QĐ", new DateOnly(2024, 4, 1)));
        await AwardAsync("certificateOfCommendation", o.Id, c.Id, "Thành tích 6", decision: ("5/QĐ", new DateOnly(2025, 4, 1)));

        // Initiatives of 2025 for W: one W leads (from 2025 on, measured in 2025 and again in 2026), one O leads with G as partner
        // (dated within 2025). Not: a proposal, one starting in 2026, one of O alone.
        var higher = await InitiativeAsync(w.Id, "Tổ liên gia an toàn PCCC", [], new DateOnly(2025, 1, 1), null, "active",
            new { name = "Tổ liên gia", unit = "tổ", target = 40, direction = "higherIsBetter" });
        await MeasureAsync(higher, 0, 10, new DateOnly(2025, 6, 1));
        await MeasureAsync(higher, 0, 30, new DateOnly(2026, 1, 5));
        var lower = await InitiativeAsync(o.Id, "Phòng chống trộm cắp", [g.Id], new DateOnly(2025, 2, 1), new DateOnly(2025, 11, 30), "active",
            new { name = "Số vụ trộm", unit = "vụ", target = 4, baseline = 12, direction = "lowerIsBetter" });
        await MeasureAsync(lower, 0, 8, new DateOnly(2025, 9, 1));
        await InitiativeAsync(w.Id, "Đề xuất", [], null, null, null, new { name = "X", unit = "lần", target = 1, direction = "higherIsBetter" });
        await InitiativeAsync(w.Id, "Năm sau", [], new DateOnly(2026, 1, 1), null, "active", new { name = "Y", unit = "lần", target = 1, direction = "higherIsBetter" });
        await InitiativeAsync(o.Id, "Phường khác", [], null, null, "active", new { name = "Z", unit = "lần", target = 1, direction = "higherIsBetter" });
        return new World(p.Id, w.Id, g.Id, o.Id, higher.Id, higher.Indicators[0].Id, e1);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Vietnam);

    private async Task<ParticipantResponse> PersonAsync(string fullName, Guid? unitId)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName, unitId }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
    }

    private async Task<EventResponse> EventAsync(Guid host, string title, DateTimeOffset startsAt, EventStatus status, object[]? services = null,
        (Guid Participant, string Status)[]? list = null, Guid? organizer = null)
    {
        var body = new { title, kind = "meeting", startsAt, endsAt = startsAt.AddHours(2), hostUnitId = host, organizerUnitId = organizer, services = services ?? [], agenda = Array.Empty<object>() };
        var created = await Client.PostAsJsonAsync("/api/v1/events", body, Json);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var evt = (await created.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        EventStatus[] path = status switch
        {
            EventStatus.Draft => [],
            EventStatus.Scheduled => [EventStatus.Scheduled],
            EventStatus.Ongoing => [EventStatus.Scheduled, EventStatus.Ongoing],
            EventStatus.Completed => [EventStatus.Scheduled, EventStatus.Ongoing, EventStatus.Completed],
            _ => [EventStatus.Cancelled],
        };
        foreach (var (step, index) in path.Select((s, i) => (s, i)))
        {
            // The list is made while the event is open, before it is completed.
            if (step is EventStatus.Completed or EventStatus.Cancelled || index == path.Length - 1)
            {
                foreach (var (participant, attendance) in list ?? [])
                    Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants",
                        new { participantId = participant, role = "attendee", status = attendance }, Json)).StatusCode);
                list = null;
            }
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = step }, Json)).StatusCode);
        }
        return evt;
    }

    private async Task<Guid> AwardAsync(string form, Guid issuer, Guid recipient, string citation, (string Number, DateOnly Date)? decision = null,
        Guid? eventId = null, DateOnly? presentedOn = null)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/awards", new
        {
            form, issuerUnitId = issuer, recipientId = recipient, citation, eventId, presentedOn,
            decisionNumber = decision?.Number, decisionDate = decision?.Date, status = decision is null ? "proposed" : "approved",
        }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private async Task<InitiativeResponse> InitiativeAsync(Guid lead, string name, Guid[] partners, DateOnly? start, DateOnly? end, string? status, object indicator)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/initiatives",
            new { name, kind = "model", category = "other", leadUnitId = lead, partnerUnitIds = partners, startDate = start, endDate = end, indicators = new[] { indicator } }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var initiative = (await response.Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        if (status is not null)
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/status", new { status }, Json)).StatusCode);
        return initiative;
    }

    private async Task MeasureAsync(InitiativeResponse initiative, int indicator, decimal value, DateOnly on) =>
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync(
            $"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[indicator].Id}/measurements", new { value, measuredOn = on }, Json)).StatusCode);

    private async Task<StatsSummaryResponse> SummaryAsync(string query)
    {
        var response = await Anonymous.GetAsync($"/api/v1/stats/summary?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StatsSummaryResponse>(Json))!;
    }

    [Fact]
    public async Task A_wards_year_is_counted_over_the_ward_and_the_units_below_it()
    {
        var w = await WorldAsync();
        var summary = await SummaryAsync($"unitId={w.Ward}&year=2025");
        Assert.Equal((w.Ward, "Phường Định Công", 2025), (summary.Unit!.Id, summary.Unit.Name, summary.Year));
        Assert.Equal(4, summary.Events);
        Assert.Equal(3, summary.Participants); // A, B, C — A on two lists counts once
        Assert.Equal(3, summary.CheckIns); // A and B at e1, A at e2
        Assert.Equal(4, summary.ListPlaces); // A, B, C at e1, A at e2
        Assert.Equal(2, summary.ActiveInitiatives);
        Assert.Equal(new AwardsByForm(1, 2, 0, 0, 0), summary.AwardsByForm);
        Assert.Equal([1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0], summary.EventsByMonth.OrderBy(m => m.Month).Select(m => m.Events));

        var services = summary.Services.ToDictionary(s => s.Kind);
        Assert.Equal((2, (long?)15), (services[ServiceKind.CitizenId].Events, services[ServiceKind.CitizenId].Count));
        Assert.Equal((1, (long?)null), (services[ServiceKind.ResidenceRegistration].Events, services[ServiceKind.ResidenceRegistration].Count));
        Assert.Equal(2, services.Count);

        // The latest value up to the year's end: 10 of 40 in 2025 (30 came in 2026); 12 → 8 toward 4 is half way.
        var progress = summary.IndicatorProgress.ToDictionary(i => i.InitiativeName);
        Assert.Equal(2, progress.Count);
        Assert.Equal((10m, 0.25m), (progress["Tổ liên gia an toàn PCCC"].LatestValue!.Value, progress["Tổ liên gia an toàn PCCC"].Progress!.Value));
        Assert.Equal((8m, 0.5m, IndicatorDirection.LowerIsBetter), (progress["Phòng chống trộm cắp"].LatestValue!.Value,
            progress["Phòng chống trộm cắp"].Progress!.Value, progress["Phòng chống trộm cắp"].Direction));
        Assert.Equal(["Phòng chống trộm cắp", "Tổ liên gia an toàn PCCC"], summary.Initiatives.Select(i => i.Name));
        Assert.Equal(["Diễn tập PCCC", "Họp tổ dân phố", "Ngày hội 2025", "Giao thừa"], summary.RecentEvents.Select(e => e.Title));
    }

    [Fact]
    public async Task Other_units_years_and_the_whole_country_count_their_own()
    {
        var w = await WorldAsync();
        var group = await SummaryAsync($"unitId={w.Group}&year=2025");
        Assert.Equal((1, 1, 1, 1), (group.Events, group.Participants, group.CheckIns, group.ActiveInitiatives));
        Assert.Equal(new AwardsByForm(1, 1, 0, 0, 0), group.AwardsByForm); // A, a person of G, has the Bằng khen and W's Giấy khen

        var everyone = await SummaryAsync("year=2025");
        Assert.Null(everyone.Unit);
        Assert.Equal(5, everyone.Events); // W's four and O's own
        Assert.Equal(2, everyone.ActiveInitiatives); // O's own was activated (so dated) only now
        Assert.Equal(new AwardsByForm(1, 3, 0, 0, 0), everyone.AwardsByForm);

        var next = await SummaryAsync($"unitId={w.Ward}&year=2026");
        Assert.Equal(0.75m, next.IndicatorProgress.Single(i => i.InitiativeName == "Tổ liên gia an toàn PCCC").Progress);
        Assert.Equal(["Năm sau", "Tổ liên gia an toàn PCCC"], next.Initiatives.Select(i => i.Name));
        var before = await SummaryAsync($"unitId={w.Ward}&year=2024");
        Assert.Equal((1, 0), (before.Events, before.AwardsByForm.CertificateOfMerit));
    }

    [Fact]
    public async Task Upcoming_events_are_the_next_scheduled_ones_whatever_the_year()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var soon = DateTimeOffset.UtcNow.AddDays(3);
        await EventAsync(ward.Id, "Sắp tới", soon, EventStatus.Scheduled);
        await EventAsync(ward.Id, "Nháp sắp tới", soon.AddDays(1), EventStatus.Draft);
        await EventAsync(ward.Id, "Đã qua", soon.AddDays(-30), EventStatus.Completed);
        var summary = await SummaryAsync($"unitId={ward.Id}&year=2020");
        Assert.Equal(["Sắp tới"], summary.UpcomingEvents.Select(e => e.Title));
        Assert.Equal(0, summary.Events);
    }

    [Fact]
    public async Task Service_counts_sum_beyond_one_events_range()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        await EventAsync(ward.Id, "Ngày hội 1", At(2025, 3, 1, 8), EventStatus.Scheduled, services: [new { kind = "citizenId", count = int.MaxValue }]);
        await EventAsync(ward.Id, "Ngày hội 2", At(2025, 4, 1, 8), EventStatus.Scheduled, services: [new { kind = "citizenId", count = 5 }]);
        var summary = await SummaryAsync($"unitId={ward.Id}&year=2025");
        Assert.Equal((long)int.MaxValue + 5, Assert.Single(summary.Services).Count);
    }

    [Fact]
    public async Task The_etag_follows_the_figures_and_bad_requests_get_clear_answers()
    {
        var w = await WorldAsync();
        var url = $"/api/v1/stats/summary?unitId={w.Ward}&year=2025";
        var first = await Client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.Equal(etag, (await Client.GetAsync(url)).Headers.ETag);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync(
            $"/api/v1/initiatives/{w.Higher}/indicators/{w.HigherIndicator}/measurements", new { value = 20, measuredOn = new DateOnly(2025, 12, 1) }, Json)).StatusCode);
        var changed = new HttpRequestMessage(HttpMethod.Get, url);
        changed.Headers.IfNoneMatch.Add(etag);
        var response = await Client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);

        await AssertProblemAsync(await Client.GetAsync($"/api/v1/stats/summary?unitId={Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/stats/summary?year=0"), "year");
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/v1/stats/summary?year=2147483648")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/v1/stats/summary?unitId=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/stats/summary")).StatusCode);
    }

    [Fact]
    public async Task The_statistics_query_reads_a_seeded_events_table_through_its_indexes()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var others = await CreateUnitAsync("Phường khác", UnitKind.Area);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        // 500 other units with 100 events each over ten years, and 20 events of this ward: a dashboard must not read them all.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'Tổ dân phố ' || n, 'ResidentialGroup', 'Grassroots', {1}::uuid, 1, now(), now() FROM generate_series(1, 500) AS n;
            INSERT INTO events (id, title, kind, status, starts_at, ends_at, host_unit_id, services, agenda, times_are_tentative, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'Sự kiện ' || n, 'Meeting', 'Completed',
                   timestamptz '2016-01-01 08:00+07' + (n % 3650) * interval '1 day', timestamptz '2016-01-01 10:00+07' + (n % 3650) * interval '1 day',
                   CASE WHEN n % 2500 = 0 THEN {0}::uuid ELSE (SELECT id FROM units WHERE name = 'Tổ dân phố ' || (n % 500 + 1)) END, '[]', '[]', false, 1, now(), now()
            FROM generate_series(1, 50000) AS n;
            ANALYZE units;
            ANALYZE events;
            """, ward.Id, others.Id);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT TEXT) " + GetStatsSummaryHandler.Sql(forUnit: true), connection);
        explain.Parameters.AddWithValue("unit", ward.Id);
        explain.Parameters.AddWithValue("units", new[] { ward.Id });
        explain.Parameters.AddWithValue("year", 2020);
        explain.Parameters.AddWithValue("from", new DateTimeOffset(2020, 1, 1, 0, 0, 0, Vietnam).ToUniversalTime());
        explain.Parameters.AddWithValue("to", new DateTimeOffset(2021, 1, 1, 0, 0, 0, Vietnam).ToUniversalTime());
        explain.Parameters.AddWithValue("first_day", new DateOnly(2020, 1, 1));
        explain.Parameters.AddWithValue("last_day", new DateOnly(2020, 12, 31));
        explain.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        var text = string.Join("\n", plan);
        Assert.False(text.Contains("Seq Scan on events", StringComparison.Ordinal), text);
        Assert.True(text.Contains("ix_events_host_unit_id_starts_at", StringComparison.Ordinal), text);

        var summary = await SummaryAsync($"unitId={ward.Id}&year=2020");
        Assert.Equal(2, summary.Events); // n % 2500 = 0 puts 20 events over ten years, two of them in 2020
    }
}
