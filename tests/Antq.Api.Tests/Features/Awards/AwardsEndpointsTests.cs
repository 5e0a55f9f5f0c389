using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Awards;
using Antq.Api.Features.Participants;
using Antq.Api.Features.Units;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Awards;

public sealed class AwardsEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private sealed record World(UnitResponse City, UnitResponse District, UnitResponse Ward, UnitResponse WardCommittee, UnitResponse CityPolice,
        ParticipantResponse Collective, ParticipantResponse Person, ParticipantResponse Presenter);

    private async Task<World> WorldAsync()
    {
        var city = await CreateUnitAsync("UBND Thành phố Hà Nội", UnitKind.Authority, UnitLevel.Province);
        var district = await CreateUnitAsync("UBND quận Hoàng Mai", UnitKind.Authority, UnitLevel.District, city.Id, dissolvedOn: new DateOnly(2025, 7, 1));
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area, UnitLevel.Commune, city.Id);
        var wardCommittee = await CreateUnitAsync("UBND phường Định Công", UnitKind.Authority, UnitLevel.Commune, ward.Id);
        var police = await CreateUnitAsync("Công an Thành phố Hà Nội", UnitKind.Police, UnitLevel.Province, city.Id);
        return new World(city, district, ward, wardCommittee, police,
            await PersonAsync("Nhân dân và cán bộ phường Định Công", "collective"), await PersonAsync("Nguyễn Thị Phượng"), await PersonAsync("Nguyễn Hải Trung"));
    }

    private async Task<ParticipantResponse> PersonAsync(string fullName, string kind = "individual")
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind, fullName }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
    }

    private static object Body(Guid issuer, Guid recipient, string form = "certificateOfCommendation", string? decisionNumber = null, DateOnly? decisionDate = null,
        string citation = "Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023", string? status = null, Guid? eventId = null,
        Guid? presentedById = null, DateOnly? presentedOn = null) =>
        new { form, issuerUnitId = issuer, recipientId = recipient, decisionNumber, decisionDate, citation, status, eventId, presentedById, presentedOn };

    private Task<HttpResponseMessage> CreateAsync(object body, HttpClient? client = null) => (client ?? Client).PostAsJsonAsync("/api/v1/awards", body, Json);

    private async Task<AwardResponse> CreatedAsync(object body)
    {
        var response = await CreateAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AwardResponse>(Json))!;
    }

    private Task<HttpResponseMessage> MoveAsync(Guid id, string status) => Client.PostAsJsonAsync($"/api/v1/awards/{id}/status", new { status }, Json);

    [Fact]
    public async Task A_proposal_is_created_with_location_and_etag_and_names_its_issuer_and_recipient()
    {
        var w = await WorldAsync();
        var response = await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, presentedById: w.Presenter.Id));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var award = (await response.Content.ReadFromJsonAsync<AwardResponse>(Json))!;
        Assert.Equal($"/api/v1/awards/{award.Id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal((AwardStatus.Proposed, "UBND phường Định Công", "Nguyễn Thị Phượng", "Nguyễn Hải Trung"),
            (award.Status, award.IssuerUnitName, award.RecipientName, award.PresentedByName));
        Assert.Equal([AwardStatus.Approved], award.AllowedTransitions);
        Assert.Null(award.Revocation);
    }

    [Fact]
    public async Task The_form_must_fit_the_issuers_level()
    {
        var w = await WorldAsync();
        // Bằng khen: central or province only.
        var fromDistrict = await AssertFieldErrorAsync(await CreateAsync(Body(w.District.Id, w.Collective.Id, "certificateOfMerit", decisionDate: new DateOnly(2023, 8, 10))), "issuerUnitId");
        Assert.Contains(fromDistrict, m => m.Contains("Bằng khen", StringComparison.Ordinal) && m.Contains("district", StringComparison.Ordinal));
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Collective.Id, "certificateOfMerit")), "issuerUnitId");
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.City.Id, w.Collective.Id, "certificateOfMerit"))).StatusCode);
        // Giấy khen: district, commune, grassroots, or the head of an agency at any level; not a province's People's Committee.
        await AssertFieldErrorAsync(await CreateAsync(Body(w.City.Id, w.Person.Id, citation: "Khác")), "issuerUnitId");
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.CityPolice.Id, w.Person.Id, citation: "Khác"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.District.Id, w.Person.Id, decisionNumber: "12/QĐ-UBND", decisionDate: new DateOnly(2023, 8, 10)))).StatusCode);
        // Other forms have no level rule here.
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, "emulationFighter"))).StatusCode);
    }

    [Fact]
    public async Task A_dissolved_issuer_cannot_decide_after_its_dissolution()
    {
        var w = await WorldAsync();
        await AssertFieldErrorAsync(await CreateAsync(Body(w.District.Id, w.Person.Id, decisionNumber: "1/QĐ-UBND", decisionDate: new DateOnly(2025, 7, 2))), "issuerUnitId");
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.District.Id, w.Person.Id, decisionNumber: "1/QĐ-UBND", decisionDate: new DateOnly(2025, 6, 30)))).StatusCode);
        await AssertFieldErrorAsync(await CreateAsync(Body(Guid.NewGuid(), w.Person.Id)), "issuerUnitId");
    }

    [Fact]
    public async Task A_decision_number_is_unique_per_issuer_and_year()
    {
        var w = await WorldAsync();
        await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1234/QĐ-UBND", decisionDate: new DateOnly(2023, 8, 10)));
        var duplicate = await CreateAsync(Body(w.WardCommittee.Id, w.Collective.Id, decisionNumber: "1234/QĐ-UBND", decisionDate: new DateOnly(2023, 12, 1)));
        Assert.Contains("1234/QĐ-UBND", await AssertProblemAsync(duplicate, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.WardCommittee.Id, w.Collective.Id, decisionNumber: "1234/QĐ-UBND", decisionDate: new DateOnly(2024, 1, 5)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.District.Id, w.Collective.Id, decisionNumber: "1234/QĐ-UBND", decisionDate: new DateOnly(2023, 8, 10)))).StatusCode);
    }

    [Fact]
    public async Task The_same_achievement_is_not_awarded_twice_unless_the_first_was_revoked()
    {
        var w = await WorldAsync();
        var first = await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10), status: "approved"));
        // The same citation written in another case is the same achievement.
        var again = Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "2/QĐ", decisionDate: new DateOnly(2023, 9, 1),
            citation: "CÓ THÀNH TÍCH XUẤT SẮC TRONG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2023");
        await AssertProblemAsync(await CreateAsync(again), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "3/QĐ", decisionDate: new DateOnly(2024, 9, 1)))).StatusCode);

        var revoked = await Client.PostAsJsonAsync($"/api/v1/awards/{first.Id}/revocation", new { decisionNumber = "9/QĐ-UBND", decisionDate = new DateOnly(2023, 10, 1), reason = "Hồ sơ không trung thực" }, Json);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Approved_needs_its_decision_and_presented_its_date_not_before_the_decision_and_within_the_event()
    {
        var w = await WorldAsync();
        var starts = new DateTimeOffset(2023, 8, 14, 19, 0, 0, TimeSpan.FromHours(7));
        var festival = await CreateEventAsync(w.WardCommittee.Id, "Ngày hội 2023", starts);

        var noDecision = await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, status: "approved")), "decisionNumber");
        Assert.NotEmpty(noDecision);
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", status: "approved")), "decisionDate");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10), status: "presented")), "presentedOn");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10),
            presentedOn: new DateOnly(2023, 8, 9))), "presentedOn");
        var outside = await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10),
            eventId: festival.Id, presentedOn: new DateOnly(2023, 8, 15))), "presentedOn");
        Assert.Contains(outside, m => m.Contains("2023-08-14", StringComparison.Ordinal));
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, presentedById: Guid.NewGuid())), "presentedById");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, Guid.NewGuid())), "recipientId");
        await AssertFieldErrorAsync(await CreateAsync(new { form = "certificateOfCommendation", issuerUnitId = w.WardCommittee.Id, recipientId = w.Person.Id, citation = "x", initiativeId = Guid.NewGuid() }), "initiativeId");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, form: "certificateOfMerit,other")), "form");

        // The presenter need not belong to the issuer: the city police director presents the ward's award.
        var presented = await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10), status: "presented",
            eventId: festival.Id, presentedById: w.Presenter.Id, presentedOn: new DateOnly(2023, 8, 14)));
        Assert.Equal((AwardStatus.Presented, "Ngày hội 2023"), (presented.Status, presented.EventTitle));
    }

    [Fact]
    public async Task The_lifecycle_moves_only_as_allowed_and_revocation_keeps_the_record()
    {
        var w = await WorldAsync();
        var award = await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id));
        Assert.Contains("decision", await AssertProblemAsync(await MoveAsync(award.Id, "approved"), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/awards/{award.Id}/revocation", new { decisionNumber = "9/QĐ", decisionDate = new DateOnly(2023, 10, 1), reason = "x" }, Json), HttpStatusCode.Conflict);

        var url = $"/api/v1/awards/{award.Id}";
        Assert.Equal(HttpStatusCode.OK, (await Client.SendJsonAsync(HttpMethod.Put, url,
            Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: new DateOnly(2023, 8, 10), presentedOn: new DateOnly(2023, 8, 14)), ifMatch: "\"1\"")).StatusCode);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, url, Body(w.WardCommittee.Id, w.Person.Id), ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(award.Id, "approved")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(award.Id, "proposed")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(award.Id, "approved")).StatusCode);
        var presented = (await (await MoveAsync(award.Id, "presented")).Content.ReadFromJsonAsync<AwardResponse>(Json))!;
        Assert.Empty(presented.AllowedTransitions);
        await AssertProblemAsync(await MoveAsync(award.Id, "approved"), HttpStatusCode.Conflict);
        await AssertProblemAsync(await MoveAsync(award.Id, "revoked"), HttpStatusCode.Conflict);
        await AssertProblemAsync(await Client.DeleteAsync(url), HttpStatusCode.Conflict);

        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"{url}/revocation", new { decisionNumber = "9/QĐ", decisionDate = new DateOnly(2023, 8, 1), reason = "x" }, Json), "decisionDate");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"{url}/revocation", new { decisionNumber = "9/QĐ", decisionDate = new DateOnly(2023, 10, 1) }, Json), "reason");
        var revoked = await Client.PostAsJsonAsync($"{url}/revocation", new { decisionNumber = "9/QĐ-UBND", decisionDate = new DateOnly(2023, 10, 1), reason = "Hồ sơ không trung thực" }, Json);
        var kept = (await revoked.Content.ReadFromJsonAsync<AwardResponse>(Json))!;
        Assert.Equal((AwardStatus.Revoked, "9/QĐ-UBND", "Hồ sơ không trung thực", "1/QĐ"), (kept.Status, kept.Revocation!.DecisionNumber, kept.Revocation.Reason, kept.DecisionNumber));
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, url, Body(w.WardCommittee.Id, w.Person.Id)), HttpStatusCode.Conflict);
        await AssertProblemAsync(await Client.DeleteAsync(url), HttpStatusCode.Conflict);
        // The same revocation sent again (a lost answer) is the same answer; another one is refused.
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"{url}/revocation", new { decisionNumber = "9/QĐ-UBND", decisionDate = new DateOnly(2023, 10, 1), reason = "Hồ sơ không trung thực" }, Json)).StatusCode);
        await AssertProblemAsync(await Client.PostAsJsonAsync($"{url}/revocation", new { decisionNumber = "10/QĐ-UBND", decisionDate = new DateOnly(2023, 10, 2), reason = "Khác" }, Json), HttpStatusCode.Conflict);
        Assert.Equal(AwardStatus.Revoked, (await Client.GetFromJsonAsync<AwardResponse>(url, Json))!.Status);

        var proposal = await CreatedAsync(Body(w.WardCommittee.Id, w.Collective.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/awards/{proposal.Id}")).StatusCode);
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/awards/{proposal.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_editor_records_awards_only_for_issuers_in_their_units()
    {
        var w = await WorldAsync();
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [w.Ward.Id]);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id), editor)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateAsync(Body(w.District.Id, w.Person.Id), editor)).StatusCode);
        var cityAward = await CreatedAsync(Body(w.City.Id, w.Collective.Id, "certificateOfMerit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"/api/v1/awards/{cityAward.Id}/status", new { status = "approved" }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync($"/api/v1/awards/{cityAward.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_list_searches_without_diacritics_and_filters_by_issuer_with_its_units_below_recipient_event_form_status_and_year()
    {
        var w = await WorldAsync();
        var festival = await CreateEventAsync(w.WardCommittee.Id, "Ngày hội 2023", new DateTimeOffset(2023, 8, 14, 19, 0, 0, TimeSpan.FromHours(7)));
        await CreatedAsync(Body(w.City.Id, w.Collective.Id, "certificateOfMerit", "1234/QĐ-UBND", new DateOnly(2023, 8, 10), eventId: festival.Id));
        await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "7/QĐ", decisionDate: new DateOnly(2024, 2, 1)));
        await CreatedAsync(Body(w.CityPolice.Id, w.Presenter.Id, citation: "Có thành tích trong công tác phòng cháy"));

        async Task<string[]> Names(string query) => [.. (await Client.GetPageAsync<AwardResponse>($"/api/v1/awards{query}")).Items.Select(a => a.RecipientName).Order(StringComparer.Ordinal)];
        Assert.Equal(["Nguyễn Thị Phượng"], await Names("?q=nguyen%20thi%20phuong"));
        Assert.Equal(["Nhân dân và cán bộ phường Định Công"], await Names("?q=1234"));
        Assert.Equal(["Nguyễn Hải Trung"], await Names("?q=phong%20chay"));
        Assert.Equal(["Nguyễn Hải Trung", "Nguyễn Thị Phượng", "Nhân dân và cán bộ phường Định Công"], await Names($"?issuerUnitId={w.City.Id}"));
        Assert.Equal(["Nguyễn Thị Phượng"], await Names($"?issuerUnitId={w.Ward.Id}"));
        Assert.Equal(["Nhân dân và cán bộ phường Định Công"], await Names($"?eventId={festival.Id}"));
        Assert.Equal(["Nhân dân và cán bộ phường Định Công"], await Names("?form=certificateOfMerit"));
        Assert.Equal(["Nguyễn Thị Phượng"], await Names("?year=2024"));
        Assert.Equal(["Nguyễn Thị Phượng"], (await Client.GetPageAsync<AwardResponse>($"/api/v1/participants/{w.Person.Id}/awards")).Items.Select(a => a.RecipientName));
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/awards?status=approved,presented"), "status");
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/awards?year=99999"), "year");
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/awards?sort=citation"), "sort");
        Assert.Empty((await Client.GetPageAsync<AwardResponse>("/api/v1/awards?page=2147483647")).Items);

        var csv = await Client.GetByteArrayAsync($"/api/v1/awards/export?eventId={festival.Id}");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("id,form,status,issuer,decisionNumber,decisionDate,recipient", text, StringComparison.Ordinal);
        Assert.Contains("certificateOfMerit,proposed,UBND Thành phố Hà Nội,1234/QĐ-UBND,10/08/2023,Nhân dân và cán bộ phường Định Công", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_a_person_or_an_event_with_awards_is_kept()
    {
        var w = await WorldAsync();
        var festival = await CreateEventAsync(w.WardCommittee.Id, "Ngày hội 2023", new DateTimeOffset(2023, 8, 14, 19, 0, 0, TimeSpan.FromHours(7)));
        await CreatedAsync(Body(w.CityPolice.Id, w.Person.Id, eventId: festival.Id, presentedById: w.Presenter.Id));
        Assert.Contains("award", await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{w.CityPolice.Id}"), HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Contains("award", await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/participants/{w.Person.Id}"), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/participants/{w.Presenter.Id}"), HttpStatusCode.Conflict);
        Assert.Contains("award", await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/events/{festival.Id}"), HttpStatusCode.Conflict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_cases_dates_off_the_calendar_decision_number_variants_dissolved_issuers_and_a_different_revocation()
    {
        var w = await WorldAsync();
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, presentedOn: new DateOnly(1, 1, 1))), "presentedOn");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "1/QĐ", decisionDate: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3))), "decisionDate");

        await CreatedAsync(Body(w.WardCommittee.Id, w.Person.Id, decisionNumber: "12/QĐ-UBND", decisionDate: new DateOnly(2023, 9, 10)));
        foreach (var variant in new[] { "12/qđ-ubnd", "12 / QĐ-UBND", "12/QD-UBND" })
            await AssertProblemAsync(await CreateAsync(Body(w.WardCommittee.Id, w.Collective.Id, decisionNumber: variant, decisionDate: new DateOnly(2023, 11, 1), citation: variant)), HttpStatusCode.Conflict);

        // A dissolved issuer: a new proposal today is refused; recording what it did before its dissolution is fine.
        await AssertFieldErrorAsync(await CreateAsync(Body(w.District.Id, w.Person.Id, citation: "Mới")), "issuerUnitId");
        await AssertFieldErrorAsync(await CreateAsync(Body(w.District.Id, w.Person.Id, citation: "Mới", presentedOn: new DateOnly(2026, 1, 1))), "issuerUnitId");
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(Body(w.District.Id, w.Person.Id, citation: "Cũ", presentedOn: new DateOnly(2023, 8, 14)))).StatusCode);

        var approved = await CreatedAsync(Body(w.WardCommittee.Id, w.Collective.Id, decisionNumber: "13/QĐ-UBND", decisionDate: new DateOnly(2023, 9, 10), status: "approved"));
        var url = $"/api/v1/awards/{approved.Id}/revocation";
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync(url, new { decisionNumber = "9/QĐ", decisionDate = new DateOnly(2023, 10, 1), reason = "Lý do một" }, Json)).StatusCode);
        await AssertProblemAsync(await Client.PostAsJsonAsync(url, new { decisionNumber = "9/QĐ", decisionDate = new DateOnly(2023, 10, 1), reason = "Lý do hai" }, Json), HttpStatusCode.Conflict);
    }
}
