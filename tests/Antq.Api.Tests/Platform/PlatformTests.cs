using System.Net;
using System.Text.Json;
using Antq.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Antq.Api.Tests.Platform;

public sealed class PlatformTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/events/not-a-guid")]
    [InlineData("/api/v2/events")]
    public async Task Unknown_api_paths_are_404_problems_not_the_spa(string path)
    {
        await AssertProblemAsync(await Client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_on_a_known_path_is_a_405_problem()
    {
        var response = await Client.PatchAsync("/api/v1/units", new StringContent("{}"));
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_the_database()
    {
        Assert.Equal("Healthy", await Client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await Client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Swagger_documents_every_api_route_with_camel_case_parameters_and_string_enums()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var paths = doc.RootElement.GetProperty("paths");

        // Every API route the app maps, with route constraints dropped as OpenAPI writes them.
        var expected = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimEnd('/').Replace(":guid", "", StringComparison.Ordinal))
            .Select(p => p.StartsWith('/') ? p : "/" + p)
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct();
        Assert.Equal(expected.Order(), paths.EnumerateObject().Select(p => p.Name).Order());

        var listParameters = paths.GetProperty("/api/v1/events").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["q", "status", "kind", "hostUnitId", "from", "to", "page", "pageSize", "sort", "after"], listParameters);

        var kinds = doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("EventKind").GetProperty("enum");
        Assert.Contains("festival", kinds.EnumerateArray().Select(k => k.GetString()));

        var swaggerUi = await Client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swaggerUi.StatusCode);
    }
}
