using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Participants;

public sealed class ParticipantsEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(ParticipantResponse Participant, HttpResponseMessage Response)> CreateAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", body, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!, response);
    }

    [Fact]
    public async Task Search_terms_with_percent_or_underscore_match_them_literally()
    {
        var (full, _) = await CreateAsync(new { kind = "collective", fullName = "Tổ dân phố đạt 100% hộ có bình chữa cháy" });
        var (underscored, _) = await CreateAsync(new { kind = "individual", fullName = "Nguyễn Văn A_B" });
        await CreateAsync(new { kind = "individual", fullName = "Nguyễn Văn AxB" });
        await CreateAsync(new { kind = "collective", fullName = "Tổ dân phố 1000 hộ" });
        Assert.Equal([full.Id], (await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=100%25")).Items.Select(p => p.Id));
        Assert.Equal([underscored.Id], (await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=a_b")).Items.Select(p => p.Id));
        Assert.Empty((await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=a%5Cb")).Items);
    }

    [Fact]
    public async Task Create_returns_201_with_location_etag_and_every_diacritic_kept()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var (created, response) = await CreateAsync(new
        {
            kind = "individual", fullName = "  Nguyễn Thị Phượng ", positions = new[] { "Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường" },
            unitId = ward.Id, phone = "0912 345 678", email = "Phuong.NT@HaNoi.gov.vn",
        });

        Assert.Equal($"/api/v1/participants/{created.Id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Nguyễn Thị Phượng", created.FullName);
        Assert.Equal(["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"], created.Positions);
        Assert.Equal("UBND phường Định Công", created.UnitName);
        Assert.Equal("phuong.nt@hanoi.gov.vn", created.Email);
        Assert.False(created.IsPlaceholder);
    }

    [Fact]
    public async Task Get_answers_304_to_the_current_etag_and_update_with_a_stale_one_is_412()
    {
        var (created, _) = await CreateAsync(new { kind = "collective", fullName = "Nhân dân và cán bộ phường Định Công" });
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/participants/{created.Id}") { Headers = { { "If-None-Match", "\"1\"" } } };
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(conditional)).StatusCode);

        var updated = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{created.Id}",
            new { kind = "collective", fullName = "Cán bộ và Nhân dân phường Định Công" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        var stale = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{created.Id}",
            new { kind = "collective", fullName = "Ghi đè" }, ifMatch: "\"1\"");
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/participants/{created.Id}", null, ifMatch: "\"1\""),
            HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/participants/{created.Id}", null, ifMatch: "\"2\"")).StatusCode);
        var gone = await AssertProblemAsync(await Client.GetAsync($"/api/v1/participants/{created.Id}"), HttpStatusCode.NotFound);
        Assert.Contains("participant", gone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_case_in_names_and_positions_and_filters_by_kind_and_unit()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        await CreateAsync(new { kind = "individual", fullName = "Nguyễn Thị Phượng", positions = new[] { "Chủ tịch UBND phường" }, unitId = ward.Id });
        await CreateAsync(new { kind = "individual", fullName = "Nguyễn Quang Hiếu", positions = new[] { "Bí thư Quận ủy" } });
        await CreateAsync(new { kind = "household", fullName = "Hộ ông Trần Văn Phương" });

        Assert.Equal(["Nguyễn Thị Phượng"], (await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=NGUYEN%20THI%20phuong")).Items.Select(p => p.FullName));
        Assert.Equal(["Nguyễn Quang Hiếu"], (await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=bi%20thu")).Items.Select(p => p.FullName));
        Assert.Equal(["Hộ ông Trần Văn Phương"], (await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?kind=household")).Items.Select(p => p.FullName));
        Assert.Equal(["Nguyễn Thị Phượng"], (await Client.GetPageAsync<ParticipantResponse>($"/api/v1/participants?unitId={ward.Id}")).Items.Select(p => p.FullName));
    }

    [Fact]
    public async Task Phone_and_email_reach_only_admins_editors_and_write_keys()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var (created, _) = await CreateAsync(new { kind = "individual", fullName = "Nguyễn Thị Phượng", unitId = ward.Id, phone = "0912 345 678", email = "phuong@hanoi.gov.vn" });
        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [ward.Id]);
        var (readKey, _) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        var (writeKey, _) = await Fixture.ClientForApiKeyAsync(Client, ["write"]);

        foreach (var (client, sees) in new[] { (Anonymous, false), (viewer, false), (readKey, false), (editor, true), (writeKey, true), (Client, true) })
        {
            var one = (await client.GetFromJsonAsync<ParticipantResponse>($"/api/v1/participants/{created.Id}", Json))!;
            var listed = Assert.Single((await client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=phuong")).Items);
            Assert.Equal(sees ? "0912 345 678" : null, one.Phone);
            Assert.Equal(sees ? "phuong@hanoi.gov.vn" : null, listed.Email);
        }
    }

    [Fact]
    public async Task A_placeholder_is_flagged_rather_than_named_as_one()
    {
        var (created, _) = await CreateAsync(new { kind = "individual", fullName = "Cá nhân có thành tích xuất sắc 1", isPlaceholder = true });
        Assert.True(created.IsPlaceholder);
        Assert.True((await Client.GetFromJsonAsync<ParticipantResponse>($"/api/v1/participants/{created.Id}", Json))!.IsPlaceholder);
    }

    [Fact]
    public async Task Positions_are_at_most_20_and_phone_numbers_must_look_like_one()
    {
        var positions = Enumerable.Range(1, 21).Select(i => $"Chức vụ {i}").ToArray();
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", positions }, Json), "positions");
        var ok = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Phượng", positions = positions[..20], phone = "+84 912 345 678" }, Json);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(20, (await ok.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!.Positions.Count);

        foreach (var phone in new[] { "gọi tôi", "12", "0912-345-678-000-111-222", "<script>" })
        {
            var message = Assert.Single(await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants",
                new { kind = "individual", fullName = "Phượng", phone }, Json), "phone"));
            Assert.Contains("phone", message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
