using System.Net.Http.Headers;
using System.Text;
using Antq.Api.Client;
using Antq.Api.Data.Seeding;
using Roles = Antq.Api.Domain.Roles;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.ClientTests;

/// <summary>
/// An integrator's view: the NSwag client generated from the app's OpenAPI document, with no edits, against the real
/// app and PostgreSQL. What fails here is a document that a generated client cannot use.
/// </summary>
public sealed class GeneratedClientTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string AdminEmail = "admin@antq.example";

    [Fact]
    public async Task Admin_signs_in_adds_a_participant_finds_it_without_diacritics_and_reads_the_festival_calendar()
    {
        await Fixture.WithDbAsync(async db => { await DemoData.SeedAsync(db); return true; });
        await Fixture.CreateUserAsync(AdminEmail, [Roles.Admin]);
        using var http = Fixture.Factory.CreateClient();
        var api = new AntqClient(http);

        var tokens = await api.LoginAsync(new LoginCommand { Email = AdminEmail, Password = Principals.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Result.AccessToken);
        Assert.Contains("admin", (await api.GetMeAsync()).Result.Roles);

        var created = (await api.CreateParticipantAsync(new CreateParticipantCommand
        {
            Kind = ParticipantKind.Individual,
            FullName = "Nguyễn Thị Phượng",
            Positions = ["Chủ tịch UBND phường", "Trưởng Ban Chỉ đạo 138 phường"],
            UnitId = DemoData.DinhCongPeoplesCommittee,
        })).Result;
        Assert.Equal("Nguyễn Thị Phượng", created.FullName);

        var found = await api.ListParticipantsAsync(q: "nguyen thi phuong", pageSize: 100);
        Assert.Contains(found.Result.Items, p => p.Id == created.Id);

        using var calendar = await api.GetEventCalendarAsync(DemoData.Festival2023);
        Assert.Equal(200, calendar.StatusCode);
        using var reader = new StreamReader(calendar.Stream, Encoding.UTF8);
        var ics = await reader.ReadToEndAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("Toàn dân bảo vệ an ninh Tổ quốc", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_problem_with_a_traceId_and_a_current_If_None_Match_is_not_modified()
    {
        await Fixture.CreateUserAsync(AdminEmail, [Roles.Admin]);
        using var http = Fixture.Factory.CreateClient();
        var api = new AntqClient(http);
        var tokens = await api.LoginAsync(new LoginCommand { Email = AdminEmail, Password = Principals.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Result.AccessToken);

        var created = await api.CreateParticipantAsync(new CreateParticipantCommand { Kind = ParticipantKind.Household, FullName = "Hộ ông Lê Văn Đạt" });
        var stale = Assert.Single(created.Headers["ETag"]);
        var id = created.Result.Id;
        var updated = await api.UpdateParticipantAsync(id, new UpdateParticipantCommand { Kind = ParticipantKind.Household, FullName = "Hộ bà Lê Thị Đào" }, if_Match: stale);
        Assert.NotEqual(stale, Assert.Single(updated.Headers["ETag"]));

        var refused = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() =>
            api.UpdateParticipantAsync(id, new UpdateParticipantCommand { Kind = ParticipantKind.Household, FullName = "Hộ ông Lê Văn Đạt" }, if_Match: stale));
        Assert.Equal(412, refused.StatusCode);
        Assert.False(string.IsNullOrEmpty(refused.Result.TraceId));

        var invalid = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(() =>
            api.CreateParticipantAsync(new CreateParticipantCommand { Kind = ParticipantKind.Individual, FullName = "" }));
        Assert.Contains("fullName", invalid.Result.Errors.Keys);

        var current = await api.GetParticipantAsync(id);
        // NSwag clients answer every status outside 2xx with an exception, the declared 304 included.
        var notModified = await Assert.ThrowsAsync<ApiException>(() => api.GetParticipantAsync(id, if_None_Match: Assert.Single(current.Headers["ETag"])));
        Assert.Equal(304, notModified.StatusCode);
    }
}
