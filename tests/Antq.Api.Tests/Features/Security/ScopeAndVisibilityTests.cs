using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Features.Security;

public sealed class ScopeAndVisibilityTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_editor_of_one_ward_writes_its_events_and_those_of_its_units_but_gets_403_on_another_wards()
    {
        var dinhCong = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var committee = await CreateUnitAsync("UBND phường Định Công", UnitKind.Authority, parentId: dinhCong.Id);
        var hoangLiet = await CreateUnitAsync("Phường Hoàng Liệt", UnitKind.Area);
        var own = await CreateEventAsync(committee.Id, "Ngày hội phường Định Công");
        var other = await CreateEventAsync(hoangLiet.Id, "Ngày hội phường Hoàng Liệt");
        var editor = await Fixture.ClientForUserAsync("bien.tap@dinhcong.example", [Roles.Editor], [dinhCong.Id]);

        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync($"/api/v1/events/{own.Id}", EventBody(committee.Id, "Ngày hội 2026"), Json)).StatusCode);
        await AssertProblemAsync(await editor.PutAsJsonAsync($"/api/v1/events/{other.Id}", EventBody(hoangLiet.Id, "Sửa hộ"), Json), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await editor.PostAsJsonAsync("/api/v1/events", EventBody(hoangLiet.Id), Json), HttpStatusCode.Forbidden);
        // Moving an own event to another ward is writing in that ward too.
        await AssertProblemAsync(await editor.PutAsJsonAsync($"/api/v1/events/{own.Id}", EventBody(hoangLiet.Id), Json), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await editor.DeleteAsync($"/api/v1/events/{other.Id}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await editor.PostAsJsonAsync("/api/v1/units", new { name = "Thành phố mới", kind = "area", level = "province" }, Json), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/v1/units",
            new { name = "Tổ dân phố 41", kind = "residentialGroup", level = "grassroots", parentId = dinhCong.Id }, Json)).StatusCode);

        var untouched = await Client.GetFromJsonAsync<EventResponse>($"/api/v1/events/{other.Id}", Json);
        Assert.Equal("Ngày hội phường Hoàng Liệt", untouched!.Title);
    }

    [Fact]
    public async Task An_editors_new_units_end_the_old_token_and_apply_at_the_next_sign_in()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Editor], [wardA.Id]);
        var editor = Fixture.Factory.CreateClient();
        editor.DefaultRequestHeaders.Authorization = new("Bearer", (await editor.LoginAsync("bien.tap@antq.example")).AccessToken);
        var body = new { kind = "individual", fullName = "Trần Văn B", unitId = wardB.Id };
        await AssertProblemAsync(await editor.PostAsJsonAsync("/api/v1/participants", body, Json), HttpStatusCode.Forbidden);

        await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "editor" }, unitIds = new[] { wardA.Id, wardB.Id } }, Json);

        await AssertProblemAsync(await editor.PostAsJsonAsync("/api/v1/participants", body, Json), HttpStatusCode.Unauthorized);
        editor.DefaultRequestHeaders.Authorization = new("Bearer", (await editor.LoginAsync("bien.tap@antq.example")).AccessToken);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/v1/participants", body, Json)).StatusCode);
    }

    [Fact]
    public async Task An_editor_may_rename_their_ward_and_move_units_within_it_but_not_lift_it_out_of_the_tree_above()
    {
        var district = await CreateUnitAsync("Quận Hoàng Mai", UnitKind.Area, UnitLevel.District);
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area, UnitLevel.Commune, district.Id);
        var group41 = await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, ward.Id);
        var group42 = await CreateUnitAsync("Tổ dân phố 42", UnitKind.ResidentialGroup, UnitLevel.Grassroots, ward.Id);
        var otherDistrict = await CreateUnitAsync("Quận Thanh Xuân", UnitKind.Area, UnitLevel.District);
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [ward.Id]);

        var renamed = await editor.PutAsJsonAsync($"/api/v1/units/{ward.Id}", new { name = "Phường Định Công (mới)", kind = "area", level = "commune", parentId = district.Id }, Json);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var moved = await editor.PutAsJsonAsync($"/api/v1/units/{group42.Id}", new { name = "Tổ dân phố 42", kind = "residentialGroup", level = "grassroots", parentId = group41.Id }, Json);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var lifted = await editor.PutAsJsonAsync($"/api/v1/units/{ward.Id}", new { name = "Phường Định Công", kind = "area", level = "commune", parentId = (Guid?)null }, Json);
        await AssertProblemAsync(lifted, HttpStatusCode.Forbidden);
        var elsewhere = await editor.PutAsJsonAsync($"/api/v1/units/{ward.Id}", new { name = "Phường Định Công", kind = "area", level = "commune", parentId = otherDistrict.Id }, Json);
        await AssertProblemAsync(elsewhere, HttpStatusCode.Forbidden);
        Assert.Equal(district.Id, (await Client.GetFromJsonAsync<Antq.Api.Features.Units.UnitResponse>($"/api/v1/units/{ward.Id}", Json))!.ParentId);
    }

    [Fact]
    public async Task Anonymous_callers_see_published_events_only_while_viewers_see_drafts()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var draft = await CreateEventAsync(host.Id, "Kế hoạch nháp");
        var published = await CreateEventAsync(host.Id, "Ngày hội đã công bố");
        await Client.PostAsJsonAsync($"/api/v1/events/{published.Id}/status", new { status = "scheduled" }, Json);
        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);

        Assert.Equal(["Ngày hội đã công bố"], (await Anonymous.GetPageAsync<EventResponse>("/api/v1/events")).Items.Select(e => e.Title));
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/events/{draft.Id}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/events/{draft.Id}/calendar.ics"), HttpStatusCode.NotFound);
        Assert.Equal(2, (await viewer.GetPageAsync<EventResponse>("/api/v1/events")).TotalCount);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/events/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Writes_ignore_fields_the_caller_may_not_set()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var forged = Guid.NewGuid();
        var body = new
        {
            id = forged, status = "completed", allowedTransitions = new[] { "completed" }, hostUnitName = "x",
            title = "Hội nghị", kind = "meeting", startsAt = "2026-08-19T08:00:00+07:00", endsAt = "2026-08-19T10:00:00+07:00", hostUnitId = host.Id,
        };

        var response = await Client.PostAsJsonAsync("/api/v1/events", body, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.NotEqual(forged, created.Id);
        Assert.Equal(EventStatus.Draft, created.Status);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/events/{forged}")).StatusCode);
    }

    [Fact]
    public async Task Fields_that_are_not_part_of_the_resource_are_400_naming_them()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        foreach (var field in new[] { "version", "createdAt", "searchText", "titel" })
        {
            var body = new Dictionary<string, object?>
            {
                ["title"] = "Hội nghị", ["kind"] = "meeting", ["startsAt"] = "2026-08-19T08:00:00+07:00", ["endsAt"] = "2026-08-19T10:00:00+07:00",
                ["hostUnitId"] = host.Id, [field] = "x",
            };
            await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events", body, Json), field);
        }
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Events.CountAsync()));
    }
}
