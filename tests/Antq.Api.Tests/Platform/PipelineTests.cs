using Antq.Api.Common.Behaviors;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Features.Units;
using Antq.Api.Tests.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Antq.Api.Tests.Platform;

/// <summary>The mediator pipeline's rules, exercised through the real ISender and database.</summary>
public sealed class PipelineTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_command_that_fails_after_writing_leaves_nothing_behind()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntqDbContext>();
        var behavior = new TransactionBehavior<CreateUnitCommand, UnitResponse>(db, scope.ServiceProvider.GetRequiredService<AuditTrail>());

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new CreateUnitCommand(), async (_, ct) =>
            {
                db.Units.Add(new Antq.Api.Domain.Unit("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, null));
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("a later step failed");
            }, CancellationToken.None));

        Assert.Equal(0, await Fixture.WithDbAsync(d => d.Units.CountAsync()));
    }

    [Fact]
    public async Task Validation_runs_before_the_handler_and_names_the_field()
    {
        var host = await Fixture.SendAsync(new CreateUnitCommand { Name = "UBND phường Định Công", Kind = UnitKind.Authority, Level = UnitLevel.Commune });
        var starts = new DateTimeOffset(2026, 8, 19, 8, 0, 0, TimeSpan.FromHours(7));

        var error = await Assert.ThrowsAsync<ValidationException>(async () => await Fixture.SendAsync(new CreateEventCommand
        {
            Title = "Diễn tập",
            Kind = EventKind.Drill,
            StartsAt = starts,
            EndsAt = starts.AddHours(-1),
            HostUnitId = host.Id,
        }));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(CreateEventCommand.EndsAt));
        Assert.Equal(0, await Fixture.WithDbAsync(d => d.Events.CountAsync()));
    }

    [Fact]
    public async Task The_entity_refuses_an_invalid_transition_whoever_sends_it()
    {
        var host = await Fixture.SendAsync(new CreateUnitCommand { Name = "UBND phường Định Công", Kind = UnitKind.Authority, Level = UnitLevel.Commune });
        var starts = new DateTimeOffset(2026, 8, 19, 8, 0, 0, TimeSpan.FromHours(7));
        var evt = await Fixture.SendAsync(new CreateEventCommand
        {
            Title = "Diễn tập", Kind = EventKind.Drill, StartsAt = starts, EndsAt = starts.AddHours(2), HostUnitId = host.Id,
        });

        var error = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await Fixture.SendAsync(new ChangeEventStatusCommand { Id = evt.Id, Status = EventStatus.Ongoing }));

        Assert.Contains("allowed: scheduled, cancelled", error.Message, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Draft, (await Fixture.SendAsync(new GetEventQuery(evt.Id))).Status);
    }

    [Fact]
    public async Task Logs_name_a_refused_message_and_its_duration_but_never_its_payload()
    {
        // A fast success is logged at Debug only (below the default level); a refusal shows at Information.
        const string marker = "Nguyễn Văn Nhật Ký 0912345678";
        await Fixture.SendAsync(new CreateUnitCommand { Name = marker, Kind = UnitKind.Organization, Level = UnitLevel.Grassroots });
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(async () =>
            await Fixture.SendAsync(new CreateUnitCommand { Name = marker, Kind = UnitKind.Organization, Level = UnitLevel.Grassroots, ParentId = Guid.NewGuid() }));

        Assert.DoesNotContain(Fixture.Logs, line => line.Contains("CreateUnitCommand handled in", StringComparison.Ordinal));
        Assert.Contains(Fixture.Logs, line => line.Contains("CreateUnitCommand failed in", StringComparison.Ordinal) && line.Contains("ValidationException", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Logs, line => line.Contains("0912345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_folds_names_typed_with_decomposed_marks()
    {
        // "Nguyễn Thị Phượng" as some keyboards send it: base letters followed by combining marks (NFD).
        var decomposed = "Nguyễn Thị Phượng".Normalize(System.Text.NormalizationForm.FormD);
        await Fixture.SendAsync(new CreateUnitCommand { Name = decomposed, Kind = UnitKind.Organization, Level = UnitLevel.Grassroots });

        foreach (var q in new[] { "nguyen thi phuong", "NGUYỄN THỊ PHƯỢNG", "Phượng".Normalize(System.Text.NormalizationForm.FormD) })
        {
            var page = await Fixture.SendAsync(new ListUnitsQuery(Q: q));
            Assert.Equal("Nguyễn Thị Phượng", Assert.Single(page.Items).Name);
        }
    }
}
