using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Units;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Units;

public sealed class UnitsEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Create_returns_201_with_location_etag_and_the_name_with_its_diacritics()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/units",
            new { name = "  Ban Chỉ đạo 138 phường Định Công ", kind = "steeringCommittee", level = "commune" }, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var unit = (await response.Content.ReadFromJsonAsync<UnitResponse>(Json))!;
        Assert.Equal($"/api/v1/units/{unit.Id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Ban Chỉ đạo 138 phường Định Công", unit.Name);
        Assert.Equal(UnitKind.SteeringCommittee, unit.Kind);

        var fetched = await Client.GetFromJsonAsync<UnitResponse>($"/api/v1/units/{unit.Id}", Json);
        Assert.Equal("Ban Chỉ đạo 138 phường Định Công", fetched!.Name);
    }

    [Theory]
    [InlineData("""{"kind":"police","level":"commune"}""", "name")]
    [InlineData("""{"name":"","kind":"police","level":"commune"}""", "name")]
    [InlineData("""{"name":"Công an phường","level":"commune"}""", "kind")]
    [InlineData("""{"name":"Công an phường","kind":"army","level":"commune"}""", "kind")]
    [InlineData("""{"name":"Công an phường","kind":"police","level":7}""", "level")]
    [InlineData("""{"name":"Công an phường","kind":"police","level":"commune","parentId":"not-a-guid"}""", "parentId")]
    [InlineData("""{"name":"Công an phường","kind":"police","level":"commune","parentId":"0190a1b2-0000-7000-8000-000000009999"}""", "parentId")]
    [InlineData("""{"name":"Công an phường","kind":"police","level":"commune","dissolvedOn":"01/07/2025"}""", "dissolvedOn")]
    public async Task Create_with_a_bad_field_is_400_naming_it(string json, string field)
    {
        var response = await Client.PostRawJsonAsync("/api/v1/units", json);
        await AssertFieldErrorAsync(response, field);
        Assert.Empty((await Client.GetPageAsync<UnitResponse>("/api/v1/units")).Items);
    }

    [Fact]
    public async Task Create_with_malformed_json_is_400()
    {
        var response = await Client.PostRawJsonAsync("/api/v1/units", """{"name": "Tổ dân phố 41",""");
        await AssertFieldErrorAsync(response, "");
    }

    [Fact]
    public async Task Get_an_unknown_unit_is_404_problem()
    {
        var response = await Client.GetAsync($"/api/v1/units/{Guid.NewGuid()}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_answers_304_when_the_client_copy_is_current()
    {
        var unit = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/units/{unit.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Update_with_the_current_etag_succeeds_and_moves_the_etag()
    {
        var unit = await CreateUnitAsync("Quận Hoàng Mai", UnitKind.Area, UnitLevel.District);

        var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{unit.Id}",
            new { name = "Quận Hoàng Mai", kind = "area", level = "district", dissolvedOn = "2025-07-01" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var updated = (await response.Content.ReadFromJsonAsync<UnitResponse>(Json))!;
        Assert.Equal(new DateOnly(2025, 7, 1), updated.DissolvedOn);
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var unit = await CreateUnitAsync("Tổ dân phố 42", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{unit.Id}", new { name = "Tổ dân phố số 42", kind = "residentialGroup", level = "grassroots" });

        var stale = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{unit.Id}",
            new { name = "Tổ 42 (cũ)", kind = "residentialGroup", level = "grassroots" }, ifMatch: "\"1\"");

        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var current = await Client.GetFromJsonAsync<UnitResponse>($"/api/v1/units/{unit.Id}", Json);
        Assert.Equal("Tổ dân phố số 42", current!.Name);
    }

    [Fact]
    public async Task Update_of_an_unknown_unit_is_404()
    {
        var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{Guid.NewGuid()}", new { name = "X", kind = "area", level = "province" });
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_own_descendant_is_400_naming_parentId()
    {
        var city = await CreateUnitAsync("Thành phố Hà Nội", UnitKind.Area, UnitLevel.Province);
        var district = await CreateUnitAsync("Quận Hoàng Mai", UnitKind.Area, UnitLevel.District, city.Id);
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area, UnitLevel.Commune, district.Id);

        var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{city.Id}",
            new { name = "Thành phố Hà Nội", kind = "area", level = "province", parentId = ward.Id });

        var messages = await AssertFieldErrorAsync(response, "parentId");
        Assert.Contains(messages, m => m.Contains("descendant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_of_a_unit_with_children_is_409_and_a_leaf_can_be_deleted()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area, UnitLevel.Commune);
        var group = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, ward.Id);

        var refused = await Client.DeleteAsync($"/api/v1/units/{ward.Id}");
        var detail = await AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("1 child unit", detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/units/{group.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/units/{group.Id}")).StatusCode);
    }

    [Fact]
    public async Task Delete_of_a_unit_hosting_an_event_is_409()
    {
        var committee = await CreateUnitAsync("UBND phường Định Công");
        await CreateEventAsync(committee.Id);

        var response = await Client.DeleteAsync($"/api/v1/units/{committee.Id}");

        var detail = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("1 event", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("participant", "1 participant")]
    [InlineData("organizedEvent", "1 event")]
    [InlineData("user", "1 user account")]
    [InlineData("apiKey", "1 API key")]
    public async Task Delete_of_a_unit_that_any_kind_of_record_points_at_is_409_naming_it_and_deletes_nothing(string referrer, string named)
    {
        var unit = await CreateUnitAsync("Ban Chỉ đạo 138 phường Định Công", UnitKind.SteeringCommittee);
        switch (referrer)
        {
            case "participant":
                Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/participants",
                    new { kind = "individual", fullName = "Nguyễn Thị Phượng", unitId = unit.Id }, Json)).StatusCode);
                break;
            case "organizedEvent":
                var host = await CreateUnitAsync("UBND phường Định Công");
                var body = new Dictionary<string, object?>
                {
                    ["title"] = "Ngày hội", ["kind"] = "festival", ["startsAt"] = "2026-08-14T19:00:00+07:00", ["endsAt"] = "2026-08-14T21:30:00+07:00",
                    ["hostUnitId"] = host.Id, ["organizerUnitId"] = unit.Id,
                };
                Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/events", body, Json)).StatusCode);
                break;
            case "user":
                await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Editor], [unit.Id]);
                break;
            case "apiKey":
                await Fixture.ClientForApiKeyAsync(Client, ["write"], [unit.Id]);
                break;
        }

        var detail = await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{unit.Id}"), HttpStatusCode.Conflict);

        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/units/{unit.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_holds_its_unit()
    {
        var unit = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        var (_, key) = await Fixture.ClientForApiKeyAsync(Client, ["write"], [unit.Id]);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{unit.Id}"), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/api-keys/{key.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/units/{unit.Id}")).StatusCode);
        var listed = await Client.GetPageAsync<Antq.Api.Features.ApiKeys.ApiKeyResponse>("/api/v1/api-keys");
        Assert.NotNull(Assert.Single(listed.Items).RevokedAt);
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_is_412()
    {
        var unit = await CreateUnitAsync("Tổ dân phố 41");
        await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/units/{unit.Id}", new { name = "Tổ dân phố 41A", kind = "authority", level = "commune" });

        var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/units/{unit.Id}", null, ifMatch: "\"1\"");

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("dinh cong")]
    [InlineData("ĐỊNH CÔNG")]
    [InlineData("Định Công")]
    [InlineData("phuong   dinh")]
    public async Task Search_ignores_diacritics_and_case(string q)
    {
        await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        await CreateUnitAsync("Phường Định Công Hạ", UnitKind.Area);
        await CreateUnitAsync("Phường Hoàng Liệt", UnitKind.Area);

        var page = await Client.GetPageAsync<UnitResponse>($"/api/v1/units?q={Uri.EscapeDataString(q)}");

        Assert.Equal(["Phường Định Công", "Phường Định Công Hạ"], page.Items.Select(u => u.Name));
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task Search_treats_like_wildcards_as_plain_text()
    {
        await CreateUnitAsync("Tổ dân phố 41");
        var page = await Client.GetPageAsync<UnitResponse>("/api/v1/units?q=%25");
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task List_filters_by_kind_level_parent_and_dissolution()
    {
        var city = await CreateUnitAsync("Thành phố Hà Nội", UnitKind.Area, UnitLevel.Province);
        var district = await CreateUnitAsync("Quận Hoàng Mai", UnitKind.Area, UnitLevel.District, city.Id, new DateOnly(2025, 7, 1));
        await CreateUnitAsync("UBND Thành phố Hà Nội", UnitKind.Authority, UnitLevel.Province, city.Id);
        await CreateUnitAsync("UBND quận Hoàng Mai", UnitKind.Authority, UnitLevel.District, district.Id);

        Assert.Equal(["UBND quận Hoàng Mai", "UBND Thành phố Hà Nội"],
            (await Client.GetPageAsync<UnitResponse>("/api/v1/units?kind=authority")).Items.Select(u => u.Name));
        Assert.Equal(["Quận Hoàng Mai", "UBND quận Hoàng Mai"],
            (await Client.GetPageAsync<UnitResponse>("/api/v1/units?level=district")).Items.Select(u => u.Name));
        Assert.Equal(["Quận Hoàng Mai", "UBND Thành phố Hà Nội"],
            (await Client.GetPageAsync<UnitResponse>($"/api/v1/units?parentId={city.Id}")).Items.Select(u => u.Name));
        Assert.Equal(["Quận Hoàng Mai"],
            (await Client.GetPageAsync<UnitResponse>("/api/v1/units?dissolved=true")).Items.Select(u => u.Name));
    }

    [Fact]
    public async Task List_pages_and_sorts()
    {
        foreach (var n in new[] { 41, 42, 43, 44, 45 })
            await CreateUnitAsync($"Tổ dân phố {n}", UnitKind.ResidentialGroup, UnitLevel.Grassroots);

        var page = await Client.GetPageAsync<UnitResponse>("/api/v1/units?page=2&pageSize=2&sort=-name");

        Assert.Equal(["Tổ dân phố 43", "Tổ dân phố 42"], page.Items.Select(u => u.Name));
        Assert.Equal((2, 2, 5), (page.Page, page.PageSize, page.TotalCount));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("sort=colour", "sort")]
    [InlineData("kind=army", "kind")]
    [InlineData("level=99", "level")]
    [InlineData("parentId=xyz", "parentId")]
    [InlineData("dissolved=maybe", "dissolved")]
    public async Task List_with_a_bad_parameter_is_400_naming_it(string query, string field)
    {
        var response = await Client.GetAsync($"/api/v1/units?{query}");
        await AssertFieldErrorAsync(response, field);
    }
}
