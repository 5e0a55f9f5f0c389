using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Platform;

/// <summary>Inputs an attacker or a sloppy client sends: each is a clear 400 naming the field, never a 500, and saves nothing.</summary>
public sealed class HostileInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Lists =
        ["/api/v1/events", "/api/v1/units", "/api/v1/participants", "/api/v1/users", "/api/v1/api-keys", "/api/v1/audit"];

    private static readonly string[] SearchableLists = ["/api/v1/events", "/api/v1/units", "/api/v1/participants"];

    [Fact]
    public async Task A_page_far_past_the_end_is_empty_on_every_list()
    {
        foreach (var list in Lists)
        {
            foreach (var paging in new[] { "page=2147483647", "page=107374184&pageSize=20", "page=21474837&pageSize=100" })
            {
                var response = await Client.GetAsync($"{list}?{paging}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?{paging} → {(int)response.StatusCode}: {body}");
                using var page = JsonDocument.Parse(body);
                Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task A_nul_in_a_search_is_400_naming_q_on_every_searchable_list()
    {
        foreach (var list in SearchableLists)
            await AssertFieldErrorAsync(await Client.GetAsync($"{list}?q=dinh%00cong"), "q");
    }

    [Fact]
    public async Task A_nul_or_control_character_in_saved_text_is_400_naming_the_field_and_saves_nothing()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/units", new { name = "Tổ\0 41", kind = "residentialGroup", level = "grassroots" }, Json), "name");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events",
            new { title = "Hội\u0007nghị", kind = "meeting", startsAt = "2026-08-19T08:00:00+07:00", endsAt = "2026-08-19T10:00:00+07:00", hostUnitId = host.Id }, Json), "title");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn\0Phượng" }, Json), "fullName");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", notes = "a\0b" }, Json), "notes");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", email = "a\0@b.vn" }, Json), "email");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", positions = new[] { "Chủ\0tịch" } }, Json), "positions[0]");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Cổng\0quận", scopes = new[] { "read" } }, Json), "name");

        // Tabs and line breaks are text, not control characters.
        var notes = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", notes = "Dòng 1\r\nDòng 2\tcột" }, Json);
        Assert.Equal(HttpStatusCode.Created, notes.StatusCode);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.Participants.CountAsync()));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_null_item_in_services_agenda_or_positions_is_400_naming_the_item()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var body = $$"""
            {"title":"Hội nghị","kind":"meeting","startsAt":"2026-08-19T08:00:00+07:00","endsAt":"2026-08-19T10:00:00+07:00",
             "hostUnitId":"{{host.Id}}","services":[null],"agenda":[null]}
            """;
        var response = await Client.PostRawJsonAsync("/api/v1/events", body);
        await AssertFieldErrorAsync(response, "services[0]");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/events", body), "agenda[0]");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/participants", """{"kind":"individual","fullName":"A","positions":[null]}"""), "positions[0]");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/api-keys", """{"name":"Cổng","scopes":[null]}"""), "scopes[0]");
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Comma_joined_enum_values_are_refused_in_bodies_and_query_strings_listing_the_allowed_names()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var created = await CreateEventAsync(host.Id);
        foreach (var status in new[] { "scheduled", "ongoing" })
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{created.Id}/status", new { status }, Json)).StatusCode);

        var kind = await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events",
            new { title = "x", kind = "meeting,drill", startsAt = "2026-08-19T08:00:00+07:00", endsAt = "2026-08-19T10:00:00+07:00", hostUnitId = host.Id }, Json), "kind");
        Assert.Contains("festival, meeting, drill, outreach, ceremony, other", kind[0], StringComparison.Ordinal);
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{created.Id}/status", new { status = "scheduled,ongoing" }, Json), "status");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{created.Id}/status", new { status = 3 }, Json), "status");
        Assert.Equal(EventStatus.Ongoing, (await Client.GetFromJsonAsync<EventResponse>($"/api/v1/events/{created.Id}", Json))!.Status);

        var filter = await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/events?status=scheduled,ongoing"), "status");
        Assert.Contains("draft, scheduled, ongoing, completed, cancelled", filter[0], StringComparison.Ordinal);
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/participants?kind=individual,household"), "kind");
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/units?level=1"), "level");
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/events?status=ONGOING")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_property_is_400_naming_it_while_the_representation_read_back_is_accepted_on_put()
    {
        var typo = await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fulName = "Phượng" }, Json), "fulName");
        Assert.Contains("fulName", typo[0], StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Participants.CountAsync()));

        var host = await CreateUnitAsync("UBND phường Định Công");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/events", $$"""
            {"title":"x","kind":"meeting","startsAt":"2026-08-19T08:00:00+07:00","endsAt":"2026-08-19T10:00:00+07:00","hostUnitId":"{{host.Id}}",
             "services":[{"kind":"other","cnt":3}]}
            """), "services[0].cnt");

        // An integrator sends back what it read, with one change: the read-only fields are ignored.
        var created = await CreateEventAsync(host.Id, "Hội nghị triển khai");
        var read = await (await Client.GetAsync($"/api/v1/events/{created.Id}")).Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>(Json);
        read!["title"] = JsonSerializer.SerializeToElement("Hội nghị sơ kết");
        read["status"] = JsonSerializer.SerializeToElement("completed");
        var updated = await Client.PutAsJsonAsync($"/api/v1/events/{created.Id}", read, Json);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var evt = (await updated.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Equal("Hội nghị sơ kết", evt.Title);
        Assert.Equal(EventStatus.Draft, evt.Status);

        var participant = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Thị Phượng" }, Json);
        var person = await participant.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>(Json);
        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsJsonAsync($"/api/v1/participants/{person!["id"]}", person, Json)).StatusCode);
    }

    [Fact]
    public async Task A_field_given_twice_is_400_naming_it_rather_than_the_last_one_winning()
    {
        var messages = await AssertFieldErrorAsync(
            await Client.PostRawJsonAsync("/api/v1/participants", """{"kind":"individual","fullName":"Nguyễn Văn A","fullName":"Trần Thị B"}"""), "fullName");
        Assert.Contains("more than once", messages[0], StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Participants.CountAsync()));
    }

    [Fact]
    public async Task An_instant_outside_the_calendar_is_400_naming_the_field()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events",
            new { title = "x", kind = "meeting", startsAt = "9999-12-30T20:00:00Z", endsAt = "9999-12-30T21:00:00Z", hostUnitId = host.Id }, Json), "startsAt");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "Cổng", scopes = new[] { "read" }, expiresAt = "0001-01-01T00:00:00Z" }, Json), "expiresAt");
    }

    [Fact]
    public async Task An_instant_without_an_offset_is_400_naming_the_field()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var messages = await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events",
            new { title = "x", kind = "meeting", startsAt = "2026-08-19T08:00:00", endsAt = "2026-08-19T10:00:00+07:00", hostUnitId = host.Id }, Json), "startsAt");
        Assert.Contains("+07:00", messages[0], StringComparison.Ordinal);
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events",
            new { title = "x", kind = "meeting", startsAt = "2026-08-19T08:00:00Z", endsAt = "2026-08-19", hostUnitId = host.Id }, Json), "endsAt");
    }

    [Fact]
    public async Task Malformed_json_names_the_line_and_position_in_the_callers_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/participants")
        {
            Content = new StringContent("{\n  \"kind\": \"individual\",\n  \"fullName\": \"Phượng\",,\n}", System.Text.Encoding.UTF8, "application/json"),
            Headers = { AcceptLanguage = { new("vi") } },
        };
        var response = await Client.SendAsync(request);
        var message = Assert.Single(await AssertFieldErrorAsync(response, ""));
        // The position counts UTF-8 bytes within the line, as JSON readers do ("ượ" are five of them).
        Assert.Equal("Nội dung yêu cầu không phải JSON hợp lệ (dòng 3, vị trí 27).", message);
    }

    [Fact]
    public async Task Problem_titles_and_details_follow_accept_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events/{Guid.NewGuid()}") { Headers = { AcceptLanguage = { new("vi") } } };
        var response = await Client.SendAsync(request);
        var detail = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.StartsWith("Không tìm thấy sự kiện", detail, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Không tìm thấy", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Refusals_written_by_the_framework_are_in_the_callers_language_too()
    {
        HttpRequestMessage InVietnamese(HttpMethod method, string path, HttpContent? content = null) =>
            new(method, path) { Content = content, Headers = { AcceptLanguage = { new("vi") } } };
        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);

        var cases = new (HttpClient Client, HttpRequestMessage Request, HttpStatusCode Status, string Title)[]
        {
            (Anonymous, InVietnamese(HttpMethod.Post, "/api/v1/units", JsonContent.Create(new { name = "x" })), HttpStatusCode.Unauthorized, "Chưa xác thực"),
            (viewer, InVietnamese(HttpMethod.Post, "/api/v1/units", JsonContent.Create(new { name = "x" })), HttpStatusCode.Forbidden, "Không có quyền"),
            (Client, InVietnamese(HttpMethod.Get, "/api/v1/khong-co"), HttpStatusCode.NotFound, "Không tìm thấy"),
            (Client, InVietnamese(HttpMethod.Patch, "/api/v1/units"), HttpStatusCode.MethodNotAllowed, "Phương thức không được hỗ trợ"),
            (Client, InVietnamese(HttpMethod.Post, "/api/v1/units", new StringContent("name=x")), HttpStatusCode.UnsupportedMediaType, "Kiểu nội dung không được hỗ trợ"),
        };
        foreach (var (client, request, status, title) in cases)
        {
            var response = await client.SendAsync(request);
            await AssertProblemAsync(response, status);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        }
    }
}
