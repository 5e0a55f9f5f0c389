using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Platform;

/// <summary>The write path: one transaction with its audit row, references refused by the database as field errors.</summary>
public sealed class WritePathTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_created_participant_and_its_audit_row_are_committed_together()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Thị Phượng", unitId = ward.Id }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
        Assert.Equal("UBND phường Định Công", created.UnitName);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Command == "CreateParticipantCommand").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal((created.Id, AuditOutcome.Succeeded, 200), (entry.RecordId!.Value, entry.Outcome, entry.Status));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_400_on_unitId_from_the_foreign_key_nothing_is_kept_and_the_refusal_is_audited()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Thị Phượng", unitId = Guid.NewGuid() }, Json);

        await AssertFieldErrorAsync(response, "unitId");
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Participants.CountAsync()));
        var entry = Assert.Single(await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Command == "CreateParticipantCommand").ToListAsync()));
        Assert.Equal((AuditOutcome.Rejected, 400), (entry.Outcome, entry.Status));

        // Deleting a unit that is still referenced stays a 409, not a field error.
        var ward = await CreateUnitAsync("UBND phường Định Công");
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Trần Văn Bình", unitId = ward.Id }, Json)).StatusCode);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{ward.Id}"), HttpStatusCode.Conflict);
    }
}
