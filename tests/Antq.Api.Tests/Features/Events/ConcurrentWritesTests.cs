using System.Net;
using System.Net.Http.Json;
using Antq.Api.Features.Events;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Events;

/// <summary>Without If-Match the last writer wins, also when writers race; If-Match opts a client into 412.</summary>
public sealed class ConcurrentWritesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Twenty_parallel_puts_without_if_match_all_succeed_and_one_of_them_is_the_result()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);
        var titles = Enumerable.Range(1, 20).Select(i => $"Hội nghị lần {i}").ToArray();

        var responses = await Task.WhenAll(titles.Select(title => Client.PutAsJsonAsync($"/api/v1/events/{evt.Id}", EventBody(host.Id, title), Json)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var final = (await Client.GetFromJsonAsync<EventResponse>($"/api/v1/events/{evt.Id}", Json))!;
        Assert.Contains(final.Title, titles);
        var etag = (await Client.GetAsync($"/api/v1/events/{evt.Id}")).Headers.ETag?.Tag;
        Assert.Equal("\"21\"", etag); // every write counted: version 1 + 20
    }

    [Fact]
    public async Task Parallel_puts_with_the_same_if_match_let_exactly_one_through_and_the_rest_get_412()
    {
        var host = await CreateUnitAsync("UBND phường Định Công");
        var evt = await CreateEventAsync(host.Id);

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{evt.Id}", EventBody(host.Id, $"Hội nghị lần {i}"), ifMatch: "\"1\"")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task Parallel_changes_to_one_account_all_succeed_and_one_of_them_is_the_result()
    {
        var ward = await CreateUnitAsync("Phường Định Công", Antq.Api.Domain.UnitKind.Area);
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Antq.Api.Domain.Roles.Viewer]);
        var roles = new[] { "viewer", "editor", "admin" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { roles[i % 3] }, unitIds = new[] { ward.Id } }, Json)));

        foreach (var response in responses)
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var final = await Client.GetFromJsonAsync<Antq.Api.Features.Users.UserResponse>($"/api/v1/users/{user.Id}", Json);
        Assert.Contains(Assert.Single(final!.Roles), roles);
    }
}
