using Antq.Api.Common.Api;
using Antq.Api.Common.Http;
using Antq.Api.Common.OpenApi;
using Antq.Api.Data;
using Antq.Api.Features.Events;
using Antq.Api.Features.Units;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiPlatform();
builder.AddDatabase();
builder.AddSwagger();

var app = builder.Build();
app.UseApiPlatform();
app.UseSpaFiles();
app.UseSwaggerDocs();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapUnitsEndpoints();
app.MapEventsEndpoints();
app.MapSpaFallback();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host the app.</summary>
public partial class Program;
