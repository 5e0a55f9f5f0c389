using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Attendances;
using Antq.Api.Features.Events;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Features.Attendances;

public sealed class AttendanceEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(EventResponse Event, Guid HostUnitId)> OngoingEventAsync(string title = "Ngày hội toàn dân bảo vệ ANTQ")
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(ward.Id, title, kind: "festival");
        foreach (var status in new[] { "scheduled", "ongoing" })
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status }, Json)).StatusCode);
        return (evt, ward.Id);
    }

    private async Task<ParticipantResponse> PersonAsync(string fullName, Guid? unitId = null, params string[] positions)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName, unitId, positions }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
    }

    private async Task<AttendanceResponse> AddAsync(Guid eventId, Guid participantId, string role = "guest", HttpClient? client = null)
    {
        var response = await (client ?? Client).PostAsJsonAsync($"/api/v1/events/{eventId}/participants", new { participantId, role }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!;
    }

    private Task<HttpResponseMessage> CheckInAsync(Guid eventId, object body, HttpClient? client = null) =>
        (client ?? Client).PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", body, Json);

    private async Task<AttendanceList> ListAsync(Guid eventId, string query = "") =>
        (await Client.GetFromJsonAsync<AttendanceList>($"/api/v1/events/{eventId}/participants{query}", Json))!;

    [Fact]
    public async Task Adding_puts_a_person_on_the_list_invited_with_a_code_and_the_same_person_twice_is_409()
    {
        var (evt, _) = await OngoingEventAsync();
        var phuong = await PersonAsync("Nguyễn Thị Phượng", null, "Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường");

        var response = await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = phuong.Id, role = "organizer" }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/events/{evt.Id}/participants/{phuong.Id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var added = (await response.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!;
        Assert.Equal((AttendanceRole.Organizer, AttendanceStatus.Invited, "Nguyễn Thị Phượng"), (added.Role, added.Status, added.FullName));
        Assert.Equal(["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"], added.Positions);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{10}$", added.Code);
        Assert.Null(added.CheckedInAt);

        var again = await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = phuong.Id, role = "guest" }, Json);
        Assert.Contains("Nguyễn Thị Phượng", await AssertProblemAsync(again, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(1, (await ListAsync(evt.Id)).TotalCount);
    }

    [Fact]
    public async Task Codes_are_random_not_derived_from_ids()
    {
        var (evt, _) = await OngoingEventAsync();
        var codes = new List<string>();
        for (var n = 0; n < 12; n++)
            codes.Add((await AddAsync(evt.Id, (await PersonAsync($"Khách mời {n}")).Id)).Code!);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Neighbouring records (sequential v7 ids) share no long common prefix, as they would if codes came from ids.
        Assert.True(codes.Zip(codes.Skip(1)).Count(p => p.First[..3] == p.Second[..3]) <= 1);
    }

    [Fact]
    public async Task Bad_input_to_add_is_400_naming_the_field_and_unknown_event_404()
    {
        var (evt, _) = await OngoingEventAsync();
        var person = await PersonAsync("Nguyễn Quang Hiếu");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { role = "guest" }, Json), "participantId");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = Guid.NewGuid(), role = "guest" }, Json), "participantId");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = person.Id, role = "guest,speaker" }, Json), "role");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = person.Id }, Json), "role");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = person.Id, role = "guest", status = "checked_in" }, Json), "status");
        await AssertProblemAsync(await Client.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/participants", new { participantId = person.Id, role = "guest" }, Json), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/events/{evt.Id}/participants/{person.Id}"), HttpStatusCode.NotFound);
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events/{evt.Id}/participants?page=0"), "page");
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events/{evt.Id}/participants?status=invited,absent"), "status");
        Assert.Empty((await ListAsync(evt.Id, "?page=2147483647")).Items);
        Assert.Equal(0, (await ListAsync(evt.Id)).TotalCount);
    }

    [Fact]
    public async Task The_list_searches_without_diacritics_filters_and_counts_the_whole_list()
    {
        var (evt, _) = await OngoingEventAsync();
        var phuong = await PersonAsync("Nguyễn Thị Phượng", null, "Chủ tịch UBND phường");
        var hieu = await PersonAsync("Nguyễn Quang Hiếu", null, "Bí thư Quận ủy");
        var dung = await PersonAsync("Đinh Tiến Dũng");
        await AddAsync(evt.Id, phuong.Id, "organizer");
        await AddAsync(evt.Id, hieu.Id, "speaker");
        await AddAsync(evt.Id, dung.Id, "guest");
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { participantId = dung.Id })).StatusCode);

        Assert.Equal(["Nguyễn Thị Phượng"], (await ListAsync(evt.Id, "?q=NGUYEN%20thi%20phuong")).Items.Select(a => a.FullName));
        Assert.Equal(["Nguyễn Quang Hiếu"], (await ListAsync(evt.Id, "?q=bi%20thu")).Items.Select(a => a.FullName));
        var checkedIn = await ListAsync(evt.Id, "?status=checkedIn");
        Assert.Equal(["Đinh Tiến Dũng"], checkedIn.Items.Select(a => a.FullName));
        Assert.Equal(new AttendanceCounts(3, new RoleCounts(1, 1, 1, 0, 0), new StatusCounts(2, 0, 1, 0)), checkedIn.Counts);
        // Vietnamese order: Đ comes after D and before N.
        Assert.Equal(["Đinh Tiến Dũng", "Nguyễn Quang Hiếu", "Nguyễn Thị Phượng"], (await ListAsync(evt.Id)).Items.Select(a => a.FullName));
        Assert.Equal(["Nguyễn Quang Hiếu"], (await ListAsync(evt.Id, "?role=speaker")).Items.Select(a => a.FullName));
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events/{evt.Id}/participants?sort=code"), "sort");
    }

    [Fact]
    public async Task Check_in_by_code_is_idempotent_and_live_counts_rise_once()
    {
        var (evt, _) = await OngoingEventAsync();
        var hieu = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Quang Hiếu")).Id, "speaker");
        var typed = $" {hieu.Code![..5].ToLowerInvariant()}-{hieu.Code[5..]} ";

        var first = await CheckInAsync(evt.Id, new { code = typed });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var checkedIn = (await first.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!;
        Assert.Equal(AttendanceStatus.CheckedIn, checkedIn.Status);
        Assert.NotNull(checkedIn.CheckedInAt);
        Assert.Equal(TimeSpan.FromHours(7), checkedIn.CheckedInAt!.Value.Offset);

        var repeat = await CheckInAsync(evt.Id, new { code = hieu.Code });
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(checkedIn.CheckedInAt, (await repeat.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!.CheckedInAt);
        var byId = await CheckInAsync(evt.Id, new { participantId = hieu.ParticipantId });
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(1, (await ListAsync(evt.Id)).Counts.ByStatus.CheckedIn);
    }

    [Fact]
    public async Task A_resent_offline_check_in_with_the_same_id_and_time_counts_once()
    {
        var (evt, _) = await OngoingEventAsync();
        var guest = await AddAsync(evt.Id, (await PersonAsync("Vũ Chiến Thắng")).Id);
        var checkInId = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddMinutes(-20);

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CheckInAsync(evt.Id, new { code = guest.Code, checkInId, checkedInAt = at })));
        Assert.Equal(1, sent.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, sent.Count(r => r.StatusCode == HttpStatusCode.OK));
        var list = await ListAsync(evt.Id);
        Assert.Equal(1, list.Counts.ByStatus.CheckedIn);
        Assert.Equal(at.ToUnixTimeSeconds(), list.Items.Single().CheckedInAt!.Value.ToUnixTimeSeconds());

        // Resent after the event closed: still the same answer, not a refusal.
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "completed" }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckInAsync(evt.Id, new { code = guest.Code, checkInId, checkedInAt = at })).StatusCode);
    }

    [Fact]
    public async Task A_walk_in_is_added_and_checked_in_in_one_step_and_two_gates_at_once_make_one_row()
    {
        var (evt, _) = await OngoingEventAsync();
        var walkIn = await PersonAsync("Trần Văn Bình");

        var gates = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CheckInAsync(evt.Id, new { participantId = walkIn.Id, checkInId = Guid.NewGuid() })));
        Assert.All(gates, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(1, gates.Count(r => r.StatusCode == HttpStatusCode.Created));
        var row = Assert.Single((await ListAsync(evt.Id)).Items);
        Assert.Equal((AttendanceRole.Attendee, AttendanceStatus.CheckedIn), (row.Role, row.Status));

        var volunteer = await PersonAsync("Lê Thị Hoa");
        var added = await CheckInAsync(evt.Id, new { participantId = volunteer.Id, role = "volunteer" });
        Assert.Equal(AttendanceRole.Volunteer, (await added.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!.Role);
    }

    [Fact]
    public async Task Completed_and_cancelled_events_refuse_new_check_ins_and_a_code_of_another_event_is_refused()
    {
        var (evt, ward) = await OngoingEventAsync();
        var other = await CreateEventAsync(ward, "Hội nghị khác");
        var guest = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Hải Trung")).Id);
        var elsewhere = await AddAsync(other.Id, (await PersonAsync("Nguyễn Quang Đức")).Id);

        Assert.Contains("Hội nghị khác", await AssertProblemAsync(await CheckInAsync(evt.Id, new { code = elsewhere.Code }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { code = "ZZZZZ-ZZZZZ" }), HttpStatusCode.NotFound);
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = "abc" }), "code");
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { }), "participantId");
        // Not looked up first: the foreign key refuses an unknown walk-in with the same field error, and nothing is kept.
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { participantId = Guid.NewGuid() }), "participantId");
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = guest.Code, participantId = guest.ParticipantId }), "participantId");
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = guest.Code, checkedInAt = DateTimeOffset.UtcNow.AddHours(1) }), "checkedInAt");
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = "ABCDE\u0000FGHIJ" }), "code");

        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "completed" }, Json)).StatusCode);
        Assert.Contains("completed", await AssertProblemAsync(await CheckInAsync(evt.Id, new { code = guest.Code }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { participantId = (await PersonAsync("Khách vãng lai")).Id }), HttpStatusCode.Conflict);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}/participants/{guest.ParticipantId}", new { role = "guest", status = "checkedIn" }),
            HttpStatusCode.Conflict);
        Assert.Equal(0, (await ListAsync(evt.Id)).Counts.ByStatus.CheckedIn);
        Assert.Equal(1, (await ListAsync(evt.Id)).Counts.Total);

        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{other.Id}/status", new { status = "cancelled" }, Json)).StatusCode);
        Assert.Contains("cancelled", await AssertProblemAsync(await CheckInAsync(other.Id, new { code = elsewhere.Code }), HttpStatusCode.Conflict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_and_status_change_with_etags_and_absent_clears_the_check_in()
    {
        var (evt, _) = await OngoingEventAsync();
        var guest = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Xuân Phong")).Id);
        var url = $"/api/v1/events/{evt.Id}/participants/{guest.ParticipantId}";

        var registered = await Client.SendJsonAsync(HttpMethod.Put, url, new { role = "guest", status = "registered" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("\"2\"", registered.Headers.ETag?.Tag);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Put, url, new { role = "speaker", status = "registered" }, ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);

        var came = (await (await Client.SendJsonAsync(HttpMethod.Put, url, new { role = "guest", status = "checkedIn" })).Content.ReadFromJsonAsync<AttendanceResponse>(Json))!;
        Assert.NotNull(came.CheckedInAt);
        var absent = (await (await Client.SendJsonAsync(HttpMethod.Put, url, new { role = "guest", status = "absent" })).Content.ReadFromJsonAsync<AttendanceResponse>(Json))!;
        Assert.Equal((AttendanceStatus.Absent, (DateTimeOffset?)null), (absent.Status, absent.CheckedInAt));
        await AssertFieldErrorAsync(await Client.SendJsonAsync(HttpMethod.Put, url, new { role = "guest" }), "status");

        var etag = (await Client.GetAsync(url)).Headers.ETag!.Tag;
        var conditional = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "If-None-Match", etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(conditional)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendJsonAsync(HttpMethod.Delete, url, null)).StatusCode);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Delete, url, null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Programme_speakers_are_participants_put_on_the_list_and_named_in_the_programme()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var phuong = await PersonAsync("Nguyễn Thị Phượng");
        var hieu = await PersonAsync("Nguyễn Quang Hiếu");
        var starts = new DateTimeOffset(2026, 8, 19, 19, 0, 0, TimeSpan.FromHours(7));
        object[] agenda =
        [
            new { startsAt = starts, title = "Phát biểu khai mạc", speakerId = phuong.Id },
            new { startsAt = starts.AddMinutes(20), title = "Phát biểu chỉ đạo", speakerId = hieu.Id },
            new { startsAt = starts.AddMinutes(40), title = "Báo cáo kết quả", speaker = "Trưởng Công an phường" },
        ];
        var created = await Client.PostAsJsonAsync("/api/v1/events", EventBody(ward.Id, "Ngày hội", starts, "festival", agenda: agenda), Json);
        var evt = (await created.Content.ReadFromJsonAsync<EventResponse>(Json))!;
        Assert.Equal(["Nguyễn Thị Phượng", "Nguyễn Quang Hiếu", null], evt.Agenda.Select(a => a.SpeakerName));
        Assert.Equal("Trưởng Công an phường", evt.Agenda[2].Speaker);

        var list = await ListAsync(evt.Id);
        Assert.Equal(2, list.Counts.ByRole.Speaker);
        Assert.All(list.Items, a => Assert.True(a.Speaks));

        // Taking a speaker off the list while the programme names them is refused; off the programme, they may go.
        var url = $"/api/v1/events/{evt.Id}/participants/{hieu.Id}";
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Delete, url, null), HttpStatusCode.Conflict);
        var revised = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", EventBody(ward.Id, "Ngày hội", starts, "festival", agenda: agenda[..1]));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendJsonAsync(HttpMethod.Delete, url, null)).StatusCode);

        // Someone already on the list keeps their role when the programme names them.
        var organizer = await PersonAsync("Đinh Tiến Dũng");
        await AddAsync(evt.Id, organizer.Id, "organizer");
        object[] withOrganizer = [agenda[0], new { startsAt = starts.AddMinutes(10), title = "Phát biểu", speakerId = organizer.Id }];
        Assert.Equal(HttpStatusCode.OK, (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", EventBody(ward.Id, "Ngày hội", starts, "festival", agenda: withOrganizer))).StatusCode);
        var dung = (await Client.GetFromJsonAsync<AttendanceResponse>($"/api/v1/events/{evt.Id}/participants/{organizer.Id}", Json))!;
        Assert.Equal((AttendanceRole.Organizer, true), (dung.Role, dung.Speaks));

        object[] unknownSpeaker = [new { startsAt = starts, title = "Phát biểu", speakerId = Guid.NewGuid() }];
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/events", EventBody(ward.Id, "Khác", starts, agenda: unknownSpeaker), Json), "agenda[0].speakerId");
    }

    [Fact]
    public async Task A_participants_page_lists_their_events_and_a_person_on_a_list_is_not_deleted()
    {
        var (festival, ward) = await OngoingEventAsync("Ngày hội 2026");
        var meeting = await CreateEventAsync(ward, "Hội nghị sơ kết", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        var phuong = await PersonAsync("Nguyễn Thị Phượng");
        await AddAsync(festival.Id, phuong.Id, "organizer");
        await AddAsync(meeting.Id, phuong.Id, "speaker");
        await CheckInAsync(festival.Id, new { participantId = phuong.Id });

        var events = await Client.GetPageAsync<ParticipantEventResponse>($"/api/v1/participants/{phuong.Id}/events");
        Assert.Equal(["Ngày hội 2026", "Hội nghị sơ kết"], events.Items.Select(e => e.Title));
        Assert.Equal((AttendanceRole.Organizer, AttendanceStatus.CheckedIn), (events.Items[0].Role, events.Items[0].Status));
        // Anonymous callers do not see the draft meeting.
        Assert.Equal(["Ngày hội 2026"], (await Anonymous.GetPageAsync<ParticipantEventResponse>($"/api/v1/participants/{phuong.Id}/events")).Items.Select(e => e.Title));
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/participants/{Guid.NewGuid()}/events"), HttpStatusCode.NotFound);

        Assert.Contains("2", await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/participants/{phuong.Id}"), HttpStatusCode.Conflict), StringComparison.Ordinal);
        // Deleting an event takes its list with it.
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/events/{meeting.Id}")).StatusCode);
        Assert.Single((await Client.GetPageAsync<ParticipantEventResponse>($"/api/v1/participants/{phuong.Id}/events")).Items);
    }

    [Fact]
    public async Task Codes_reach_only_those_who_may_check_in_and_editors_work_only_on_their_units_events()
    {
        var (evt, ward) = await OngoingEventAsync();
        var elsewhere = await CreateUnitAsync("UBND phường Hoàng Liệt");
        var guest = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Minh Tâm")).Id);
        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [ward]);
        var stranger = await Fixture.ClientForUserAsync("khac@antq.example", [Roles.Editor], [elsewhere.Id]);

        Assert.Null((await viewer.GetFromJsonAsync<AttendanceList>($"/api/v1/events/{evt.Id}/participants", Json))!.Items.Single().Code);
        Assert.Null((await Anonymous.GetFromJsonAsync<AttendanceList>($"/api/v1/events/{evt.Id}/participants", Json))!.Items.Single().Code);
        Assert.Equal(guest.Code, (await editor.GetFromJsonAsync<AttendanceList>($"/api/v1/events/{evt.Id}/participants", Json))!.Items.Single().Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/events/{evt.Id}/gate-list")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CheckInAsync(evt.Id, new { code = guest.Code }, viewer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CheckInAsync(evt.Id, new { code = guest.Code }, stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { code = guest.Code }, editor)).StatusCode);

        var gate = (await editor.GetFromJsonAsync<GateList>($"/api/v1/events/{evt.Id}/gate-list", Json))!;
        Assert.Equal((guest.Code, AttendanceStatus.CheckedIn, true), (gate.Items.Single().Code, gate.Items.Single().Status, gate.AcceptsCheckIns));
        Assert.Equal(1, gate.Counts.ByStatus.CheckedIn);
    }

    [Fact]
    public async Task A_draft_events_list_is_hidden_from_anonymous_callers()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var draft = await CreateEventAsync(ward.Id);
        await AddAsync(draft.Id, (await PersonAsync("Nguyễn Thị Phượng")).Id);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/events/{draft.Id}/participants"), HttpStatusCode.NotFound);
        Assert.Equal(1, (await ListAsync(draft.Id)).TotalCount);
    }

    [Fact]
    public async Task A_failed_walk_in_leaves_nothing_behind()
    {
        var (evt, _) = await OngoingEventAsync();
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "cancelled" }, Json)).StatusCode);
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { participantId = (await PersonAsync("Khách")).Id }), HttpStatusCode.Conflict);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Attendances.CountAsync()));
    }

    [Fact]
    public async Task The_list_exports_as_csv_with_bom_and_xlsx_with_codes_and_contacts_only_for_writers()
    {
        var (evt, _) = await OngoingEventAsync();
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Thị Phượng", phone = "0912 345 678", positions = new[] { "=Chủ tịch", "Trưởng ban" } }, Json);
        var phuong = (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
        var added = await AddAsync(evt.Id, phuong.Id, "organizer");
        await CheckInAsync(evt.Id, new { code = added.Code, checkedInAt = new DateTimeOffset(2026, 8, 19, 19, 4, 0, TimeSpan.FromHours(7)) });

        var csv = await Client.GetAsync($"/api/v1/events/{evt.Id}/participants/export");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("participantId,fullName,kind,rank,positions,unit,role,status,checkedInAt,speaks,phone,email,code", lines[0]);
        Assert.Equal($"{phuong.Id},Nguyễn Thị Phượng,individual,,'=Chủ tịch | Trưởng ban,,organizer,checkedIn,19/08/2026 19:04,false,0912 345 678,,{added.Code}", lines[1]);

        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);
        var forViewer = await viewer.GetStringAsync($"/api/v1/events/{evt.Id}/participants/export?format=csv");
        Assert.DoesNotContain("0912", forViewer, StringComparison.Ordinal);
        Assert.DoesNotContain(added.Code!, forViewer, StringComparison.Ordinal);
        Assert.Contains("checkedInAt,speaks\r\n", forViewer, StringComparison.Ordinal);

        var xlsx = await Client.GetAsync($"/api/v1/events/{evt.Id}/participants/export?format=xlsx&status=checkedIn");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Nguyễn Thị Phượng", Assert.Single(rows)["fullName"]);
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events/{evt.Id}/participants/export?format=pdf"), "format");
        await AssertProblemAsync(await Client.GetAsync($"/api/v1/events/{Guid.NewGuid()}/participants/export"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Check_ins_a_gate_made_offline_before_the_event_closed_still_count_after_it_closed()
    {
        var (evt, _) = await OngoingEventAsync();
        var queued = await AddAsync(evt.Id, (await PersonAsync("Trần Đức Mạnh")).Id);
        var walkIn = await PersonAsync("Hoàng Thị Thu Hương");
        var madeOffline = DateTimeOffset.UtcNow.AddMinutes(-3);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "completed" }, Json)).StatusCode);

        // The phone comes back online after the officer closed the event: what it recorded while the event was open counts.
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { code = queued.Code, checkInId = Guid.NewGuid(), checkedInAt = madeOffline })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { participantId = walkIn.Id, checkInId = Guid.NewGuid(), checkedInAt = madeOffline })).StatusCode);
        var list = await ListAsync(evt.Id);
        Assert.Equal(2, list.Counts.ByStatus.CheckedIn);
        Assert.All(list.Items, a => Assert.Equal(madeOffline.ToUnixTimeSeconds(), a.CheckedInAt!.Value.ToUnixTimeSeconds()));

        // A check-in timed after the close is a new one, and refused.
        var late = await PersonAsync("Vũ Quốc Khánh");
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { participantId = late.Id, checkedInAt = DateTimeOffset.UtcNow.AddSeconds(5) }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_device_clock_far_off_and_a_check_in_id_reused_for_someone_else_are_refused()
    {
        var (evt, _) = await OngoingEventAsync();
        var first = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Hải Trung")).Id);
        var second = await AddAsync(evt.Id, (await PersonAsync("Nguyễn Quang Đức")).Id);

        // The event starts 19/08/2026 08:00: a time more than 12 hours before that is a wrong clock, not a check-in.
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = first.Code, checkedInAt = evt.StartsAt.AddHours(-13) }), "checkedInAt");
        await AssertFieldErrorAsync(await CheckInAsync(evt.Id, new { code = first.Code, checkedInAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)) }), "checkedInAt");
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { code = first.Code, checkedInAt = evt.StartsAt.AddHours(-1) })).StatusCode);

        var checkInId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(evt.Id, new { participantId = second.ParticipantId, checkInId })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckInAsync(evt.Id, new { code = second.Code, checkInId })).StatusCode);
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { participantId = first.ParticipantId, checkInId }), HttpStatusCode.Conflict);
        await AssertProblemAsync(await CheckInAsync(evt.Id, new { code = first.Code, checkInId }), HttpStatusCode.Conflict);
    }
}
