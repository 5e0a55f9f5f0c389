using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Antq.Api.Common.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Awards;
using Antq.Api.Features.Initiatives;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Initiatives;

public sealed class InitiativesEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateOnly Today = VietnamTime.DayOf(DateTimeOffset.UtcNow);

    private static object Indicator(string name = "Tổ liên gia an toàn PCCC", string unit = "tổ", decimal? target = 40, decimal? baseline = null,
        string direction = "higherIsBetter", Guid? id = null) => new { id, name, unit, target, baseline, direction };

    private static object Body(Guid leadUnitId, object[]? indicators = null, Guid[]? partnerUnitIds = null, string name = "Công tác phòng cháy, chữa cháy",
        DateOnly? startDate = null, DateOnly? endDate = null, string kind = "campaign", string category = "fireSafety") =>
        new { name, kind, category, description = "Mô tả", leadUnitId, partnerUnitIds = partnerUnitIds ?? [], startDate, endDate, indicators = indicators ?? [Indicator()] };

    private Task<HttpResponseMessage> CreateAsync(object body) => Client.PostAsJsonAsync("/api/v1/initiatives", body, Json);

    private async Task<InitiativeResponse> CreatedAsync(object body)
    {
        var response = await CreateAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
    }

    private async Task<InitiativeResponse> GetAsync(Guid id) => (await Client.GetFromJsonAsync<InitiativeResponse>($"/api/v1/initiatives/{id}", Json))!;

    private Task<HttpResponseMessage> MeasureAsync(InitiativeResponse initiative, int indicator, object value, DateOnly measuredOn, string? note = null) =>
        Client.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[indicator].Id}/measurements", new { value, measuredOn, note }, Json);

    private async Task<MeasurementResponse> MeasuredAsync(InitiativeResponse initiative, int indicator, decimal value, DateOnly measuredOn)
    {
        var response = await MeasureAsync(initiative, indicator, value, measuredOn);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeasurementResponse>(Json))!;
    }

    private Task<HttpResponseMessage> MoveAsync(Guid id, string status) => Client.PostAsJsonAsync($"/api/v1/initiatives/{id}/status", new { status }, Json);

    [Fact]
    public async Task An_initiative_is_proposed_with_its_lead_partners_and_indicators()
    {
        var police = await CreateUnitAsync("Công an phường Định Công", UnitKind.Police);
        var hospital = await CreateUnitAsync("Bệnh viện Bưu điện", UnitKind.Organization, UnitLevel.Grassroots);
        var group41 = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        // The lead unit listed among the partners is the lead, not a partner too.
        var response = await CreateAsync(Body(police.Id, [Indicator(), Indicator("Số vụ trộm cắp", "vụ", 4, 12, "lowerIsBetter")], [hospital.Id, group41.Id, police.Id]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var initiative = (await response.Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        Assert.Equal($"/api/v1/initiatives/{initiative.Id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal((InitiativeStatus.Proposed, "Công an phường Định Công"), (initiative.Status, initiative.LeadUnitName));
        Assert.Equal([InitiativeStatus.Active], initiative.AllowedTransitions);
        Assert.Equal(["Bệnh viện Bưu điện", "Tổ dân phố 41"], initiative.Partners.Select(p => p.Name));
        Assert.Equal(2, initiative.PartnerUnitIds.Count);
        Assert.Equal(["Tổ liên gia an toàn PCCC", "Số vụ trộm cắp"], initiative.Indicators.Select(i => i.Name));
        Assert.All(initiative.Indicators, i => Assert.Null(i.Progress));
    }

    [Fact]
    public async Task Progress_is_latest_over_target_when_higher_is_better_and_the_fall_from_the_baseline_when_lower_is_better()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id,
        [
            Indicator("Tổ liên gia", "tổ", target: 40),
            Indicator("Số vụ trộm cắp", "vụ", target: 4, baseline: 12, direction: "lowerIsBetter"),
            Indicator("Điểm chữa cháy", "điểm", target: null),
            Indicator("Số vụ cháy", "vụ", target: 0, direction: "lowerIsBetter"),
        ]));
        var day = Today.AddDays(-30);
        await MeasuredAsync(initiative, 0, 32, day);
        await MeasuredAsync(initiative, 1, 8, day);
        await MeasuredAsync(initiative, 2, 35, day);
        await MeasuredAsync(initiative, 3, 2, day);
        var read = await GetAsync(initiative.Id);
        Assert.Equal(0.8m, read.Indicators[0].Progress);
        Assert.Equal(0.5m, read.Indicators[1].Progress);
        Assert.Null(read.Indicators[2].Progress); // no target
        Assert.Null(read.Indicators[3].Progress); // lower is better without a baseline
        Assert.Equal((32m, day), (read.Indicators[0].LatestValue!.Value, read.Indicators[0].LatestMeasuredOn!.Value));

        // Beyond the target shows above 1; worse than the baseline shows 0, not a negative share.
        await MeasuredAsync(initiative, 0, 50, day.AddDays(1));
        await MeasuredAsync(initiative, 1, 14, day.AddDays(1));
        // An older value recorded later does not become the latest.
        await MeasuredAsync(initiative, 0, 10, day.AddDays(-10));
        read = await GetAsync(initiative.Id);
        Assert.Equal((50m, 1.25m), (read.Indicators[0].LatestValue!.Value, read.Indicators[0].Progress!.Value));
        Assert.Equal(0m, read.Indicators[1].Progress);

        // The list carries the same figures.
        var listed = (await Client.GetPageAsync<InitiativeResponse>($"/api/v1/initiatives?unitId={police.Id}")).Items.Single();
        Assert.Equal(read.Indicators.Select(i => i.Progress), listed.Indicators.Select(i => i.Progress));
    }

    [Fact]
    public async Task A_measurement_is_refused_in_the_future_negative_above_100_percent_or_after_a_completed_initiatives_end()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id, [Indicator(), Indicator("Hộ có bình chữa cháy", "%", target: 100)],
            startDate: Today.AddDays(-60), endDate: Today.AddDays(-10)));
        await AssertFieldErrorAsync(await MeasureAsync(initiative, 0, 5, Today.AddDays(1)), "measuredOn");
        await AssertFieldErrorAsync(await MeasureAsync(initiative, 0, -1, Today), "value");
        await AssertFieldErrorAsync(await MeasureAsync(initiative, 1, 100.5m, Today), "value");
        await AssertFieldErrorAsync(await MeasureAsync(initiative, 0, "12,5", Today), "value");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[0].Id}/measurements",
            new { value = 3, measuredOn = Today, note = "a\u0000b" }, Json), "note");
        Assert.Equal(HttpStatusCode.Created, (await MeasureAsync(initiative, 1, 100, Today)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "active")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "completed")).StatusCode);
        var messages = await AssertFieldErrorAsync(await MeasureAsync(initiative, 0, 5, Today.AddDays(-5)), "measuredOn");
        Assert.Contains(messages, m => m.Contains(Today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, (await MeasureAsync(initiative, 0, 5, Today.AddDays(-10))).StatusCode);
    }

    [Fact]
    public async Task A_second_value_of_an_indicator_on_the_same_day_is_a_conflict_and_deleting_it_restores_the_previous_latest()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id));
        var first = await MeasuredAsync(initiative, 0, 20, Today.AddDays(-2));
        var second = await MeasuredAsync(initiative, 0, 30, Today.AddDays(-1));
        var detail = await AssertProblemAsync(await MeasureAsync(initiative, 0, 31, Today.AddDays(-1)), HttpStatusCode.Conflict);
        Assert.Contains("30", detail, StringComparison.Ordinal);

        var history = await Client.GetPageAsync<MeasurementResponse>($"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[0].Id}/measurements");
        Assert.Equal([second.Id, first.Id], history.Items.Select(m => m.Id));
        var path = $"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[0].Id}/measurements/{second.Id}";
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync(path)).StatusCode);
        Assert.Equal(20m, (await GetAsync(initiative.Id)).Indicators[0].LatestValue);
    }

    [Fact]
    public async Task Targets_and_baselines_must_agree_with_the_direction()
    {
        var police = await CreateUnitAsync("Công an phường");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(target: 10, baseline: 20)])), "indicators[0].target");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(target: 0)])), "indicators[0].target");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(), Indicator("Số vụ", "vụ", target: 12, baseline: 4, direction: "lowerIsBetter")])), "indicators[1].target");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(target: -1)])), "indicators[0].target");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator("Tỷ lệ", "%", target: 120)])), "indicators[0].target");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(), Indicator(" tổ LIÊN gia an toàn pccc ")])), "indicators");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(direction: "higherIsBetter,lowerIsBetter")])), "indicators[0].direction");
    }

    [Fact]
    public async Task Hostile_input_gets_a_clear_answer()
    {
        var police = await CreateUnitAsync("Công an phường");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, name: "Mô hình\u0000")), "name");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, kind: "model,topic")), "kind");
        await AssertFieldErrorAsync(await CreateAsync(Body(Guid.NewGuid())), "leadUnitId");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, partnerUnitIds: [Guid.NewGuid()])), "partnerUnitIds");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, startDate: new DateOnly(2024, 5, 1), endDate: new DateOnly(2024, 4, 30))), "endDate");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/initiatives",
            $$"""{"name":"A","kind":"model","category":"other","leadUnitId":"{{police.Id}}","indicators":[null]}"""), "indicators[0]");
        var nullPartner = await Client.PostRawJsonAsync("/api/v1/initiatives", $$"""{"name":"A","kind":"model","category":"other","leadUnitId":"{{police.Id}}","partnerUnitIds":[null]}""");
        Assert.Equal(HttpStatusCode.BadRequest, nullPartner.StatusCode);
        var page = await Client.GetPageAsync<InitiativeResponse>("/api/v1/initiatives?page=2147483647");
        Assert.Empty(page.Items);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/v1/initiatives?status=active,completed")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/v1/initiatives?sort=budget")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/initiatives/{Guid.NewGuid()}")).StatusCode);
        var initiative = await CreatedAsync(Body(police.Id));
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/initiatives/{initiative.Id}/indicators/{Guid.NewGuid()}/measurements"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/indicators/{Guid.NewGuid()}/measurements",
            new { value = 1, measuredOn = Today }, Json), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revising_keeps_indicators_with_their_history_and_refuses_to_drop_a_measured_one_without_changing_anything()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id, [Indicator(), Indicator("Điểm chữa cháy", "điểm", 35)]));
        await MeasuredAsync(initiative, 0, 32, Today);
        var (measured, unmeasured) = (initiative.Indicators[0].Id, initiative.Indicators[1].Id);

        // Renamed, retargeted, reordered and one added: the measured indicator keeps its id and value.
        var revised = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}",
            Body(police.Id, [Indicator("Buổi diễn tập", "buổi", 4), Indicator("Tổ liên gia an toàn PCCC (đã thành lập)", target: 50, id: measured)]), ifMatch: "\"2\"");
        Assert.True(revised.StatusCode == HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        var read = (await revised.Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        Assert.Equal(["Buổi diễn tập", "Tổ liên gia an toàn PCCC (đã thành lập)"], read.Indicators.Select(i => i.Name));
        Assert.Equal((measured, 32m, 0.64m), (read.Indicators[1].Id, read.Indicators[1].LatestValue!.Value, read.Indicators[1].Progress!.Value));
        Assert.DoesNotContain(read.Indicators, i => i.Id == unmeasured);

        // Dropping the measured indicator is refused, and nothing else of the request is applied.
        var dropped = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}", Body(police.Id, [Indicator("Khác", "lần", 3)], name: "Tên mới"));
        Assert.Contains("Tổ liên gia an toàn PCCC (đã thành lập)", await AssertProblemAsync(dropped, HttpStatusCode.Conflict), StringComparison.Ordinal);
        var unchanged = await GetAsync(initiative.Id);
        Assert.Equal(read.Name, unchanged.Name);
        Assert.Equal(read.Indicators.Select(i => i.Id), unchanged.Indicators.Select(i => i.Id));

        // An indicator id that is not this initiative's is a field error.
        var other = await CreatedAsync(Body(police.Id, name: "Khác"));
        await AssertFieldErrorAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}",
            Body(police.Id, [Indicator(id: measured), Indicator("Khác", id: other.Indicators[0].Id)])), "indicators[1].id");
        // What a client read can be sent back as it is.
        var roundTrip = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}", unchanged);
        Assert.True(roundTrip.StatusCode == HttpStatusCode.OK, await roundTrip.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Status_moves_through_its_transitions_dating_the_initiative_and_etags_follow_measurements()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id));
        await AssertProblemAsync(await MoveAsync(initiative.Id, "completed"), HttpStatusCode.Conflict);
        var active = (await (await MoveAsync(initiative.Id, "active")).Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        Assert.Equal((InitiativeStatus.Active, Today, (DateOnly?)null), (active.Status, active.StartDate!.Value, active.EndDate));
        Assert.Equal([InitiativeStatus.Suspended, InitiativeStatus.Completed], active.AllowedTransitions);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "suspended")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "active")).StatusCode);
        var completed = (await (await MoveAsync(initiative.Id, "completed")).Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        Assert.Equal((Today, 0), (completed.EndDate!.Value, completed.AllowedTransitions.Count));
        await AssertProblemAsync(await MoveAsync(initiative.Id, "active"), HttpStatusCode.Conflict);
        await AssertFieldErrorAsync(await MoveAsync(initiative.Id, "finished"), "status");

        // The ETag moves with a new measurement (the latest value is part of the representation).
        var get = await Client.GetAsync($"/api/v1/initiatives/{initiative.Id}");
        var etag = get.Headers.ETag!;
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/initiatives/{initiative.Id}");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(conditional)).StatusCode);
        await MeasuredAsync(initiative, 0, 12, Today);
        var after = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/initiatives/{initiative.Id}");
        after.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(after)).StatusCode);
        var stale = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}", Body(police.Id), ifMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task The_unit_filter_takes_lead_and_partners_with_the_units_below_and_other_filters_narrow()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var police = await CreateUnitAsync("Công an phường Định Công", UnitKind.Police, parentId: ward.Id);
        var group = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, ward.Id);
        var otherWard = await CreateUnitAsync("Phường Thịnh Liệt", UnitKind.Area);
        var hospital = await CreateUnitAsync("Bệnh viện Bưu điện", UnitKind.Organization, UnitLevel.Grassroots, otherWard.Id);

        var led = await CreatedAsync(Body(police.Id, name: "Phòng cháy, chữa cháy năm 2023", startDate: new DateOnly(2023, 1, 1), endDate: new DateOnly(2023, 12, 31)));
        var partnered = await CreatedAsync(Body(hospital.Id, partnerUnitIds: [group.Id], name: "Phòng ngừa tội phạm tại bệnh viện", kind: "model", category: "crimePrevention"));
        var elsewhere = await CreatedAsync(Body(otherWard.Id, name: "Khu chung cư an toàn", kind: "model", category: "safeCommunity"));

        async Task<Guid[]> Ids(string query) => [.. (await Client.GetPageAsync<InitiativeResponse>($"/api/v1/initiatives?{query}")).Items.Select(i => i.Id)];
        Assert.Equal(new[] { led.Id, partnered.Id }.Order(), (await Ids($"unitId={ward.Id}")).Order());
        Assert.Equal([partnered.Id], await Ids($"unitId={group.Id}"));
        Assert.Equal(new[] { partnered.Id, elsewhere.Id }.Order(), (await Ids($"unitId={otherWard.Id}")).Order());
        Assert.Equal([led.Id], await Ids("q=phong chay chua chay"));
        Assert.Equal([led.Id], await Ids("category=fireSafety"));
        Assert.Equal(new[] { partnered.Id, elsewhere.Id }.Order(), (await Ids("kind=model")).Order());
        // Undated initiatives run in any year; the dated one only in 2023.
        Assert.Equal(3, (await Ids("year=2023")).Length);
        Assert.Equal(new[] { partnered.Id, elsewhere.Id }.Order(), (await Ids("year=2024")).Order());
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(led.Id, "active")).StatusCode);
        Assert.Equal([led.Id], await Ids("status=active"));
        Assert.Equal([elsewhere.Id, led.Id, partnered.Id], await Ids("sort=name"));
    }

    [Fact]
    public async Task Events_are_linked_both_ways_idempotently()
    {
        var police = await CreateUnitAsync("Công an phường");
        var festival = await CreateEventAsync(police.Id, "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc");
        var initiative = await CreatedAsync(Body(police.Id));
        var path = $"/api/v1/initiatives/{initiative.Id}/events/{festival.Id}";
        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsync(path, null)).StatusCode);
        var linked = (await (await Client.PutAsync(path, null)).Content.ReadFromJsonAsync<InitiativeResponse>(Json))!;
        Assert.Equal(["Ngày hội Toàn dân bảo vệ an ninh Tổ quốc"], linked.Events.Select(e => e.Title));
        Assert.Equal([initiative.Id], (await Client.GetPageAsync<InitiativeResponse>($"/api/v1/initiatives?eventId={festival.Id}")).Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsync($"/api/v1/initiatives/{initiative.Id}/events/{Guid.NewGuid()}", null)).StatusCode);

        // Deleting the event forgets the link; unlinking twice is harmless.
        Assert.Equal(HttpStatusCode.OK, (await Client.DeleteAsync(path)).StatusCode);
        Assert.Empty((await GetAsync(initiative.Id)).Events);
        Assert.Equal(HttpStatusCode.OK, (await Client.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsync(path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/events/{festival.Id}")).StatusCode);
        Assert.Empty((await GetAsync(initiative.Id)).Events);
    }

    [Fact]
    public async Task Awards_name_an_existing_initiative_and_keep_it_from_being_deleted_as_measurements_do()
    {
        var committee = await CreateUnitAsync("UBND phường Định Công");
        var person = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "collective", fullName = "Tổ dân phố 41" }, Json);
        var recipient = (await person.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
        var initiative = await CreatedAsync(Body(committee.Id));
        object Award(Guid? initiativeId) => new { form = "certificateOfCommendation", issuerUnitId = committee.Id, recipientId = recipient.Id, citation = "Thành tích phòng cháy", initiativeId };

        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/awards", Award(Guid.NewGuid()), Json), "initiativeId");
        var created = await Client.PostAsJsonAsync("/api/v1/awards", Award(initiative.Id), Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var award = (await created.Content.ReadFromJsonAsync<AwardResponse>(Json))!;
        Assert.Equal(initiative.Name, award.InitiativeName);
        Assert.Equal([award.Id], (await Client.GetPageAsync<AwardResponse>($"/api/v1/awards?initiativeId={initiative.Id}")).Items.Select(a => a.Id));
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/initiatives/{initiative.Id}"), HttpStatusCode.Conflict);

        var measured = await CreatedAsync(Body(committee.Id, name: "Khác"));
        await MeasuredAsync(measured, 0, 1, Today);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/initiatives/{measured.Id}"), HttpStatusCode.Conflict);
        var empty = await CreatedAsync(Body(committee.Id, name: "Nhập nhầm"));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/initiatives/{empty.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/initiatives/{empty.Id}")).StatusCode);

        // A partner unit is not deleted behind the initiative's back.
        var partner = await CreateUnitAsync("Tổ dân phố 42", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        await CreatedAsync(Body(committee.Id, partnerUnitIds: [partner.Id], name: "Có đối tác"));
        Assert.Contains("initiative", await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{partner.Id}"), HttpStatusCode.Conflict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_writes_only_initiatives_led_in_their_units()
    {
        var ward = await CreateUnitAsync("Phường A", UnitKind.Area);
        var police = await CreateUnitAsync("Công an phường A", UnitKind.Police, parentId: ward.Id);
        var otherWard = await CreateUnitAsync("Phường B", UnitKind.Area);
        var mine = await CreatedAsync(Body(police.Id));
        var theirs = await CreatedAsync(Body(otherWard.Id));
        using var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Antq.Api.Domain.Roles.Editor], [ward.Id]);
        editor.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync(
            $"/api/v1/initiatives/{mine.Id}/indicators/{mine.Indicators[0].Id}/measurements", new { value = 1, measuredOn = Today }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync(
            $"/api/v1/initiatives/{theirs.Id}/indicators/{theirs.Indicators[0].Id}/measurements", new { value = 1, measuredOn = Today }, Json)).StatusCode);
        // Moving one's initiative to another ward's lead is refused too.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{mine.Id}", Body(otherWard.Id))).StatusCode);
    }

    [Fact]
    public async Task Proposals_are_hidden_from_anonymous_readers_until_they_start()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync($"/api/v1/initiatives/{initiative.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync($"/api/v1/initiatives/{initiative.Id}/indicators/{initiative.Indicators[0].Id}/measurements")).StatusCode);
        Assert.Empty((await Anonymous.GetPageAsync<InitiativeResponse>("/api/v1/initiatives")).Items);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "active")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync($"/api/v1/initiatives/{initiative.Id}")).StatusCode);
        Assert.Single((await Anonymous.GetPageAsync<InitiativeResponse>("/api/v1/initiatives")).Items);
    }

    [Fact]
    public async Task A_measured_value_never_changes_so_its_etag_is_1_and_a_stale_if_match_on_delete_is_412()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id));
        var created = await MeasureAsync(initiative, 0, 12, Today);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var path = created.Headers.Location!.ToString();
        var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(conditional)).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Delete, path);
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Client.SendAsync(stale)).StatusCode);
        var current = new HttpRequestMessage(HttpMethod.Delete, path);
        current.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(current)).StatusCode);
    }

    [Fact]
    public async Task Values_with_more_than_four_decimals_are_refused_rather_than_rounded()
    {
        var police = await CreateUnitAsync("Công an phường");
        await AssertFieldErrorAsync(await CreateAsync(Body(police.Id, [Indicator(target: 0.00001m)])), "indicators[0].target");
        var initiative = await CreatedAsync(Body(police.Id, [Indicator(target: 0.5m)]));
        await AssertFieldErrorAsync(await MeasureAsync(initiative, 0, 0.00001m, Today), "value");
        Assert.Equal(HttpStatusCode.Created, (await MeasureAsync(initiative, 0, 0.1250m, Today)).StatusCode);
        Assert.Equal(0.25m, (await GetAsync(initiative.Id)).Indicators[0].Progress);
    }

    [Fact]
    public async Task A_completed_initiative_keeps_an_end_date_not_before_its_last_value()
    {
        var police = await CreateUnitAsync("Công an phường");
        var initiative = await CreatedAsync(Body(police.Id, startDate: Today.AddDays(-90)));
        await MeasuredAsync(initiative, 0, 5, Today.AddDays(-3));
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "active")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(initiative.Id, "completed")).StatusCode);
        var keep = new[] { Indicator(id: initiative.Indicators[0].Id) };
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}",
            Body(police.Id, keep, startDate: Today.AddDays(-90), endDate: null)), HttpStatusCode.Conflict);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}",
            Body(police.Id, keep, startDate: Today.AddDays(-90), endDate: Today.AddDays(-4))), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/initiatives/{initiative.Id}",
            Body(police.Id, keep, startDate: Today.AddDays(-90), endDate: Today.AddDays(-3)))).StatusCode);
    }

    [Fact]
    public async Task Another_initiatives_indicator_is_not_found_and_racing_same_day_values_leave_one_with_a_clear_conflict()
    {
        var police = await CreateUnitAsync("Công an phường");
        var mine = await CreatedAsync(Body(police.Id));
        var theirs = await CreatedAsync(Body(police.Id, name: "Khác"));
        await MeasuredAsync(theirs, 0, 7, Today);
        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/initiatives/{mine.Id}/indicators/{theirs.Indicators[0].Id}/measurements",
            new { value = 1, measuredOn = Today }, Json), HttpStatusCode.NotFound);

        var day = Today.AddDays(-1);
        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => MeasureAsync(mine, 0, n, day)));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var winner = (await GetAsync(mine.Id)).Indicators[0].LatestValue!.Value;
        foreach (var loser in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            Assert.Contains($"({winner:0.####})", await AssertProblemAsync(loser, HttpStatusCode.Conflict), StringComparison.Ordinal);
    }
}
