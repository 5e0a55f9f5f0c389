using Antq.Api.Data.Seeding;
using Antq.Api.Domain;
using System.Net.Http.Json;
using Antq.Api.Features.Attendances;
using Antq.Api.Features.Awards;
using Antq.Api.Features.Events;
using Antq.Api.Features.Initiatives;
using Antq.Api.Features.Participants;
using Antq.Api.Features.Stats;
using Antq.Api.Features.Units;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Platform;

public sealed class DemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_data_loads_once_and_the_festival_is_found_by_dinh_cong()
    {
        await Fixture.WithDbAsync(async db => { await DemoData.SeedAsync(db); return 0; });
        await Fixture.WithDbAsync(async db => { await DemoData.SeedAsync(db); return 0; });

        Assert.Equal(12, await Fixture.WithDbAsync(db => db.Units.CountAsync()));
        var events = await Client.GetPageAsync<EventResponse>("/api/v1/events?q=dinh%20cong");
        var festival = Assert.Single(events.Items);
        Assert.Equal("Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2023", festival.Title);
        Assert.Equal(EventStatus.Completed, festival.Status);
        Assert.Equal("Ban Chỉ đạo 138 phường Định Công", festival.OrganizerUnitName);
        Assert.Equal(
            [ServiceKind.AdministrativeProcedures, ServiceKind.CitizenId, ServiceKind.ElectronicId, ServiceKind.ResidenceRegistration, ServiceKind.PolicyFamilyVisit],
            festival.Services.Select(s => s.Kind));
        Assert.Equal(new DateTimeOffset(2023, 8, 14, 12, 0, 0, TimeSpan.Zero), festival.StartsAt);

        Assert.Equal(11, await Fixture.WithDbAsync(db => db.Participants.CountAsync()));
        var phuong = Assert.Single((await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=nguyen%20thi%20phuong")).Items);
        Assert.Equal(["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"], phuong.Positions);
        Assert.Equal("Trung tướng", Assert.Single((await Client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=giam%20doc%20cong%20an")).Items).Rank);

        var attendance = (await Client.GetFromJsonAsync<AttendanceList>($"/api/v1/events/{festival.Id}/participants?pageSize=100", Json))!;
        Assert.Equal(11, attendance.Counts.Total);
        Assert.Equal(11, attendance.Counts.ByStatus.CheckedIn);
        Assert.Equal(new RoleCounts(Guest: 6, Speaker: 1, Organizer: 1, Attendee: 3, Volunteer: 0), attendance.Counts.ByRole);
        var opening = festival.Agenda[0];
        Assert.Equal(("Phát biểu khai mạc", "Nguyễn Thị Phượng"), (opening.Title, opening.SpeakerName));
        Assert.Equal("Nguyễn Quang Hiếu", festival.Agenda[1].SpeakerName);
        Assert.Equal(AttendanceRole.Organizer, attendance.Items.Single(a => a.FullName == "Nguyễn Thị Phượng").Role);
        Assert.Equal(["Nguyễn Quang Hiếu", "Nguyễn Thị Phượng"], attendance.Items.Where(a => a.Speaks).Select(a => a.FullName).Order());
        Assert.Equal(2, attendance.Items.Count(a => a.IsPlaceholder));

        // The festival's awards, as proposals: the report gives no decision numbers or dates, and none are invented.
        var awards = (await Client.GetPageAsync<AwardResponse>($"/api/v1/awards?eventId={festival.Id}&sort=recipient")).Items;
        Assert.Equal(3, awards.Count);
        Assert.All(awards, a => Assert.Equal((AwardStatus.Proposed, (string?)null, new DateOnly(2023, 8, 14)), (a.Status, a.DecisionNumber, a.PresentedOn!.Value)));
        var merit = Assert.Single(awards, a => a.Form == AwardForm.CertificateOfMerit);
        Assert.Equal(("UBND Thành phố Hà Nội", "Nhân dân và cán bộ phường Định Công", "Nguyễn Hải Trung"), (merit.IssuerUnitName, merit.RecipientName, merit.PresentedByName));
        Assert.All(awards.Where(a => a.Form == AwardForm.CertificateOfCommendation), a =>
            Assert.Equal(("UBND quận Hoàng Mai", true, "Nguyễn Minh Tâm"), (a.IssuerUnitName, a.RecipientIsPlaceholder, a.PresentedByName)));

        var dissolved = await Client.GetPageAsync<UnitResponse>("/api/v1/units?dissolved=true");
        Assert.Equal(["Quận Hoàng Mai", "UBND quận Hoàng Mai"], dissolved.Items.Select(u => u.Name));
    }

    [Fact]
    public async Task The_wards_six_initiatives_carry_the_reports_figures_and_invent_none()
    {
        await Fixture.WithDbAsync(async db => { await DemoData.SeedAsync(db); return 0; });
        var initiatives = (await Client.GetPageAsync<InitiativeResponse>($"/api/v1/initiatives?unitId={DemoData.DinhCong}&pageSize=100")).Items;
        Assert.Equal(6, initiatives.Count);
        Assert.All(initiatives, i => Assert.Equal(("Công an phường Định Công", DemoData.Festival2023), (i.LeadUnitName, Assert.Single(i.Events).Id)));
        var hospital = Assert.Single(initiatives, i => i.Category == InitiativeCategory.CrimePrevention);
        Assert.Equal(["Bệnh viện Bưu điện", "Tổ dân phố 41", "Tổ dân phố 42"], hospital.Partners.Select(p => p.Name));

        var fire = Assert.Single(initiatives, i => i.Category == InitiativeCategory.FireSafety);
        Assert.Equal((InitiativeStatus.Completed, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (fire.Status, fire.StartDate!.Value, fire.EndDate!.Value));
        Assert.Equal([32m, 35m], fire.Indicators.Where(i => i.LatestValue is not null).Select(i => i.LatestValue!.Value));
        Assert.All(fire.Indicators.Where(i => i.LatestValue is not null), i => Assert.Equal((new DateOnly(2023, 8, 14), (decimal?)null), (i.LatestMeasuredOn!.Value, i.Target)));
        Assert.Equal(4, fire.Indicators.Count(i => i.LatestValue is null));
        Assert.Equal([100m, 100m], fire.Indicators.Where(i => i.Unit == "%").Select(i => i.Target!.Value));

        // The fall in offences the report notes, without figures it does not give.
        var crime = initiatives.SelectMany(i => i.Indicators).Where(i => i.Direction == IndicatorDirection.LowerIsBetter).ToList();
        Assert.Equal(2, crime.Count);
        Assert.All(crime, i => Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null), (i.LatestValue, i.Baseline, i.Target)));

        // What the dashboard of phường Định Công for 2023 reads.
        var summary = (await Anonymous.GetFromJsonAsync<StatsSummaryResponse>($"/api/v1/stats/summary?unitId={DemoData.DinhCong}&year=2023", Json))!;
        Assert.Equal((1, 11, 11, 6), (summary.Events, summary.Participants, summary.CheckIns, summary.ActiveInitiatives));
        Assert.Equal(new AwardsByForm(1, 2, 0, 0, 0), summary.AwardsByForm);
        Assert.Equal(DemoData.Festival2023, Assert.Single(summary.RecentEvents).Id);
        Assert.Equal(5, summary.Services.Count);
        Assert.All(summary.Services, s => Assert.Equal((1, (long?)null), (s.Events, s.Count)));
        Assert.Equal([32m, 35m], summary.IndicatorProgress.Where(i => i.LatestValue is not null).Select(i => i.LatestValue!.Value));
        Assert.Equal(1, summary.EventsByMonth.Single(m => m.Month == 8).Events);
    }
}
