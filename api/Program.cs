using Antq.Api.Common.Api;
using Antq.Api.Common.Http;
using Antq.Api.Common.OpenApi;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Features.ApiKeys;
using Antq.Api.Features.Attendances;
using Antq.Api.Features.Audit;
using Antq.Api.Features.Auth;
using Antq.Api.Features.Awards;
using Antq.Api.Features.Events;
using Antq.Api.Features.Initiatives;
using Antq.Api.Features.Participants;
using Antq.Api.Features.Stats;
using Antq.Api.Features.Units;
using Antq.Api.Features.Users;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiPlatform();
builder.AddDatabase();
builder.AddSecurity();
builder.AddSwagger();

var app = builder.Build();
app.UseForwardedClient();
app.UseApiPlatform();
app.UseSpaFiles();
app.UseSwaggerDocs();
app.UseSecurity();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();
app.MapAuthEndpoints();
app.MapUnitsEndpoints();
app.MapEventsEndpoints();
app.MapParticipantsEndpoints();
app.MapAttendanceEndpoints();
app.MapAwardsEndpoints();
app.MapInitiativesEndpoints();
app.MapStatsEndpoints();
app.MapUsersEndpoints();
app.MapApiKeysEndpoints();
app.MapAuditEndpoints();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host the app.</summary>
public partial class Program;
