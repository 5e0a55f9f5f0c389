using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Events;

public sealed class EventsEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Create_returns_201_as_a_draft_with_services_agenda_and_vietnam_times()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var starts = new DateTimeOffset(2026, 8, 14, 19, 0, 0, Vietnam);
        var body = EventBody(host.Id, "Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2026", starts, "festival",
            services: [new { kind = "citizenId", description = "Cấp căn cước", count = 120 }],
            agenda:
            [
                new { startsAt = starts.AddMinutes(20), title = "Trao Bằng khen" },
                new { startsAt = starts, title = "Phát biểu khai mạc" },
            ]);

        var response = await Client.PostAsJsonAsync("/api/v1/events", body, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"startsAt\":\"2026-08-14T19:00:00+07:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"draft\"", json, StringComparison.Ordinal);
        var evt = (await response.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Equal($"/api/v1/events/{evt.Id}", response.Headers.Location?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("UBND phường Định Công", evt.HostUnitName);
        Assert.Equal(new EventService(ServiceKind.CitizenId, "Cấp căn cước", 120), Assert.Single(evt.Services));
        Assert.Equal(["Phát biểu khai mạc", "Trao Bằng khen"], evt.Agenda.Select(a => a.Title));
    }

    [Fact]
    public async Task Create_with_end_before_start_is_400_naming_endsAt()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var response = await Client.PostRawJsonAsync("/api/v1/events", $$"""
            {"title":"Diễn tập PCCC","kind":"drill","startsAt":"2026-09-01T09:00:00+07:00","endsAt":"2026-09-01T08:00:00+07:00","hostUnitId":"{{host.Id}}"}
            """);

        var messages = await AssertFieldErrorAsync(response, "endsAt");
        Assert.Contains("The end must be after the start.", messages);
        Assert.Empty((await Client.GetPageAsync<EventResponse>("/api/v1/events")).Items);
    }

    [Fact]
    public async Task Field_errors_are_in_vietnamese_when_the_client_asks_for_it()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        HttpRequestMessage InVietnamese() => new(HttpMethod.Post, "/api/v1/events")
        {
            Content = new StringContent($$"""
                {"kind":"drill","startsAt":"2026-09-01T09:00:00+07:00","endsAt":"2026-09-01T08:00:00+07:00","hostUnitId":"{{host.Id}}"}
                """, System.Text.Encoding.UTF8, "application/json"),
            Headers = { AcceptLanguage = { new("vi-VN"), new("vi", 0.9) } },
        };

        Assert.Contains("Thời gian kết thúc phải sau thời gian bắt đầu.", await AssertFieldErrorAsync(await Client.SendAsync(InVietnamese()), "endsAt"));
        var titleMessage = Assert.Single(await AssertFieldErrorAsync(await Client.SendAsync(InVietnamese()), "title"));
        // The field is named the way the form labels it, not by its JSON property.
        Assert.Equal("Tên sự kiện không được để trống.", titleMessage);
        using var english = await Client.PostAsJsonAsync("/api/v1/events", new { kind = "drill" }, Json);
        Assert.Contains("Start is required.", await AssertFieldErrorAsync(english, "startsAt"));
    }

    [Theory]
    [InlineData("""{"kind":"drill"}""", "title")]
    [InlineData("""{"title":"Diễn tập","kind":"parade"}""", "kind")]
    [InlineData("""{"title":"Diễn tập","kind":3}""", "kind")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":12345}""", "startsAt")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":"14/08/2023 19:00"}""", "startsAt")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":"2026-09-01T08:00:00+07:00"}""", "endsAt")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":"2026-09-01T08:00:00+07:00","endsAt":"2026-09-01T09:00:00+07:00"}""", "hostUnitId")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":"2026-09-01T08:00:00+07:00","endsAt":"2026-09-01T09:00:00+07:00","hostUnitId":"0190a1b2-0000-7000-8000-000000009999"}""", "hostUnitId")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","services":[{"kind":"passport"}]}""", "services[0].kind")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","services":[{"kind":"citizenId","count":"many"}]}""", "services[0].count")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","services":[{"kind":"citizenId","count":-1}]}""", "services[0].count")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","services":[{"kind":"citizenId"},{"kind":"citizenId"}]}""", "services")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","agenda":[{"startsAt":"2026-09-01T08:00:00+07:00","title":""}]}""", "agenda[0].title")]
    [InlineData("""{"title":"Diễn tập","kind":"drill","startsAt":"2026-09-01T08:00:00+07:00","endsAt":"2026-09-01T09:00:00+07:00","agenda":[{"startsAt":"2026-09-01T10:00:00+07:00","title":"Tổng kết"}]}""", "agenda[0]")]
    public async Task Create_with_a_bad_field_is_400_naming_it(string json, string field)
    {
        var response = await Client.PostRawJsonAsync("/api/v1/events", json);
        await AssertFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Create_with_a_body_that_is_not_json_is_400_and_with_no_body_is_400()
    {
        var truncated = Assert.Single(await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/events", "{\n  \"title\": "), ""));
        Assert.Contains("line 2, position 12", truncated, StringComparison.Ordinal);
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/events", "{bad"), "");
        await AssertFieldErrorAsync(await Client.PostRawJsonAsync("/api/v1/events", ""), "");
        var text = await Client.PostAsync("/api/v1/events", new StringContent("title=x"));
        await AssertProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Create_for_a_host_dissolved_before_the_event_is_400_naming_hostUnitId()
    {
        var district = await CreateUnitAsync("UBND quận Hoàng Mai", UnitKind.Authority, UnitLevel.District, dissolvedOn: new DateOnly(2025, 7, 1));

        var response = await Client.PostAsJsonAsync("/api/v1/events", EventBody(district.Id, startsAt: new DateTimeOffset(2026, 8, 19, 8, 0, 0, Vietnam)), Json);

        var messages = await AssertFieldErrorAsync(response, "hostUnitId");
        Assert.Contains(messages, m => m.Contains("dissolved on 2025-07-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_replaces_details_and_moves_the_etag_but_not_the_status()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);

        var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}",
            new
            {
                title = "Hội nghị sơ kết 6 tháng",
                kind = "meeting",
                status = "completed",
                startsAt = evt.StartsAt,
                endsAt = evt.EndsAt,
                hostUnitId = host.Id,
                services = new[] { new { kind = "residenceRegistration", count = 12 } },
            }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var updated = (await response.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Equal("Hội nghị sơ kết 6 tháng", updated.Title);
        Assert.Equal(EventStatus.Draft, updated.Status);
        Assert.Null(updated.Venue);
        Assert.Equal(12, Assert.Single(updated.Services).Count);
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_412_and_a_weak_or_garbled_one_never_matches()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);
        var body = EventBody(host.Id, "Tên mới");

        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", body, ifMatch: "\"7\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", body, ifMatch: "W/\"1\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", body, ifMatch: "garbage"), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", body, ifMatch: "*")).StatusCode);
    }

    [Fact]
    public async Task Update_and_delete_of_an_unknown_event_are_404()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{Guid.NewGuid()}", EventBody(host.Id)), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/events/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/events/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/status", new { status = "scheduled" }, Json), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Status_moves_draft_scheduled_ongoing_completed_and_then_no_further()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);

        foreach (var status in new[] { "scheduled", "ongoing", "completed" })
        {
            var moved = await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status }, Json);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Contains($"\"status\":\"{status}\"", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var back = await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "draft" }, Json);
        var detail = await AssertProblemAsync(back, HttpStatusCode.Conflict);
        Assert.Contains("from completed to draft", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_transitions_are_on_the_event_and_each_of_them_works()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);
        Assert.Equal([EventStatus.Scheduled, EventStatus.Cancelled], evt.AllowedTransitions);

        var scheduled = (await (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "scheduled" }, Json))
            .Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Equal([EventStatus.Ongoing, EventStatus.Cancelled, EventStatus.Draft], scheduled.AllowedTransitions);

        var cancelled = (await (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "cancelled" }, Json))
            .Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Empty(cancelled.AllowedTransitions);
        var listed = await Client.GetPageAsync<EventResponse>("/api/v1/events");
        Assert.Empty(Assert.Single(listed.Items).AllowedTransitions);
    }

    [Fact]
    public async Task Skipping_a_status_is_409_and_an_unknown_status_is_400()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);

        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "completed" }, Json), HttpStatusCode.Conflict);
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "finished" }, Json), "status");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { }, Json), "status");
    }

    [Fact]
    public async Task A_cancelled_event_cannot_be_revised()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);
        await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "cancelled" }, Json);

        var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", EventBody(host.Id, "Đổi tên"));

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Status_change_with_a_stale_etag_is_412()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);
        await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", EventBody(host.Id, "Đổi tên"));

        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{evt.Id}/status", new { status = "scheduled" }, ifMatch: "\"1\"");

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Delete_removes_the_event_and_a_stale_etag_is_412()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);

        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/events/{evt.Id}", null, ifMatch: "\"9\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/events/{evt.Id}", null, ifMatch: "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/events/{evt.Id}")).StatusCode);
    }

    [Fact]
    public async Task List_searches_without_diacritics_and_filters_by_status_kind_host_and_days()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var other = await CreateUnitAsync("UBND phường Hoàng Liệt");
        var festival = await CreateEventAsync(ward.Id, "Ngày hội Toàn dân bảo vệ ANTQ phường Định Công", new DateTimeOffset(2026, 8, 14, 19, 0, 0, Vietnam), "festival");
        await CreateEventAsync(ward.Id, "Diễn tập phương án chữa cháy", new DateTimeOffset(2026, 9, 1, 8, 0, 0, Vietnam), "drill");
        await CreateEventAsync(other.Id, "Hội nghị tuyên truyền phòng chống trộm cắp", new DateTimeOffset(2026, 8, 15, 0, 30, 0, Vietnam), "outreach");
        await Client.PostAsJsonAsync($"/api/v1/events/{festival.Id}/status", new { status = "scheduled" }, Json);

        async Task<string[]> Titles(string query) =>
            [.. (await Client.GetPageAsync<EventResponse>($"/api/v1/events?{query}")).Items.Select(e => e.Title)];

        Assert.Equal(["Ngày hội Toàn dân bảo vệ ANTQ phường Định Công"], await Titles("q=dinh%20cong"));
        Assert.Equal(["Diễn tập phương án chữa cháy"], await Titles("q=CHUA%20CHAY"));
        Assert.Equal(["Ngày hội Toàn dân bảo vệ ANTQ phường Định Công"], await Titles("status=scheduled"));
        Assert.Equal(["Diễn tập phương án chữa cháy"], await Titles("kind=drill"));
        Assert.Equal(["Hội nghị tuyên truyền phòng chống trộm cắp"], await Titles($"hostUnitId={other.Id}"));
        // 00:30 on 15 August in Hà Nội is still 14 August in UTC: days are Vietnam days.
        Assert.Equal(["Hội nghị tuyên truyền phòng chống trộm cắp"], await Titles("from=2026-08-15&to=2026-08-15"));
        Assert.Equal(["Diễn tập phương án chữa cháy", "Hội nghị tuyên truyền phòng chống trộm cắp", "Ngày hội Toàn dân bảo vệ ANTQ phường Định Công"],
            await Titles("sort=title"));
        Assert.Equal(["Diễn tập phương án chữa cháy", "Hội nghị tuyên truyền phòng chống trộm cắp", "Ngày hội Toàn dân bảo vệ ANTQ phường Định Công"],
            await Titles("sort=-startsAt"));
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("status=finished", "status")]
    [InlineData("kind=party", "kind")]
    [InlineData("from=14/08/2023", "from")]
    [InlineData("from=2023-08-15&to=2023-08-14", "to")]
    [InlineData("sort=-venue", "sort")]
    [InlineData("hostUnitId=42", "hostUnitId")]
    public async Task List_with_a_bad_parameter_is_400_naming_it(string query, string field)
    {
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events?{query}"), field);
    }

    [Fact]
    public async Task Calendar_is_an_icalendar_file_with_folded_escaped_lines()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id, "Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2026, phường Định Công; quận Hoàng Mai",
            new DateTimeOffset(2026, 8, 14, 19, 0, 0, Vietnam), "festival");

        var response = await Client.GetAsync($"/api/v1/events/{evt.Id}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260814T120000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"UID:{evt.Id}@antq\r\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2026\\, phường Định Công\\; quận Hoàng Mai\r\n", unfolded, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/events/{Guid.NewGuid()}/calendar.ics")).StatusCode);
    }
}
