using System.Net;
using Antq.Api.Common.Paging;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Platform;

/// <summary>Totals counted exactly up to a limit and then as a lower bound, and the cursor that walks a whole list.</summary>
public sealed class PagingTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int People = Paging.ExactCountLimit + 45;

    private Task<int> AddPeopleAsync(int count, string name = "Nguyễn Thị Phượng") => Fixture.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
        INSERT INTO participants (id, kind, full_name, positions, is_placeholder, version, created_at, updated_at)
        SELECT gen_random_uuid(), 'Individual', {name} || ' ' || lpad(n::text, 4, '0'), ARRAY[]::text[], false, 1, now(), now()
        FROM generate_series(1, {count}) n
        """));

    [Fact]
    public async Task Past_the_limit_the_total_is_a_lower_bound_that_says_so_and_exact_again_near_the_end()
    {
        await AddPeopleAsync(People);

        var first = await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=phuong");
        Assert.Equal((Paging.ExactCountLimit, true), (first.TotalCount, first.TotalCountIsLowerBound));
        Assert.Equal("Nguyễn Thị Phượng 0001", first.Items[0].FullName);

        // A page near the end counts to its end and beyond: the total there is exact.
        var last = await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=phuong&page=11&pageSize=100");
        Assert.Equal((People, false), (last.TotalCount, last.TotalCountIsLowerBound));
        Assert.Equal(People - 1000, last.Items.Count);

        var small = await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=phuong 0001");
        Assert.Equal((1, false), (small.TotalCount, small.TotalCountIsLowerBound));

        // Past the end the count runs to where the page would be: exact.
        var beyond = await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?page=2147483647&pageSize=100");
        Assert.Empty(beyond.Items);
        Assert.Equal((People, false), (beyond.TotalCount, beyond.TotalCountIsLowerBound));
    }

    [Fact]
    public async Task A_cursor_walks_every_record_once_in_id_order_with_filters_applied()
    {
        await AddPeopleAsync(250);
        await AddPeopleAsync(30, "Trần Văn Bình");

        var seen = new List<Guid>();
        var after = Guid.Empty; // a walk starts after the nil id
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Client.GetPageAsync<ParticipantResponse>($"/api/v1/participants?q=phuong&pageSize=100&after={after}");
            seen.AddRange(page.Items.Select(p => p.Id));
            if (page.Items.Count < 100)
                break;
            after = page.Items[^1].Id;
        }

        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());
        // PostgreSQL orders uuids by their bytes: as their text, ordinally.
        Assert.Equal([.. seen.Select(id => id.ToString()).Order(StringComparer.Ordinal)], seen.Select(id => id.ToString()));
        var expected = await Fixture.WithDbAsync(db => db.Participants.Where(p => p.FullName.StartsWith("Nguyễn")).Select(p => p.Id).ToListAsync());
        Assert.Equal(expected.ToHashSet(), seen.ToHashSet());
    }

    [Fact]
    public async Task A_cursor_is_not_combined_with_a_page_or_a_sort_and_must_be_an_id()
    {
        var id = Guid.NewGuid();
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/participants?after={id}&page=2"), "page");
        await AssertFieldErrorAsync(await Client.GetAsync($"/api/v1/events?after={id}&sort=title"), "sort");
        await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/awards?after=not-an-id"), "after");
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/events?after={id}&page=1")).StatusCode);
    }
}
