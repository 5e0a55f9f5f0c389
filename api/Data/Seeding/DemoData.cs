using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data.Seeding;

/// <summary>
/// The demo data set: the 2023 festival of Định Công ward as the news report tells it (see docs/domain.md).
/// Ids are fixed so links in documentation keep working. Loaded only into an empty database.
/// </summary>
public static class DemoData
{
    public static readonly Guid HaNoi = Id(1);
    public static readonly Guid HaNoiPeoplesCommittee = Id(2);
    public static readonly Guid HoangMai = Id(3);
    public static readonly Guid HoangMaiPeoplesCommittee = Id(4);
    public static readonly Guid DinhCong = Id(5);
    public static readonly Guid DinhCongPeoplesCommittee = Id(6);
    public static readonly Guid DinhCongSteeringCommittee138 = Id(7);
    public static readonly Guid DinhCongPolice = Id(8);
    public static readonly Guid ResidentialGroup41 = Id(9);
    public static readonly Guid ResidentialGroup42 = Id(10);
    public static readonly Guid BuuDienHospital = Id(11);
    public static readonly Guid CivilDefenceForces = Id(12);
    public static readonly Guid Festival2023 = Id(101);
    public static readonly Guid FireSafety2023 = Id(406);

    /// <summary>Districts were abolished when two-tier local government began (Resolution 202/2025/QH15).</summary>
    private static readonly DateOnly DistrictsAbolished = new(2025, 7, 1);

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static async Task SeedAsync(AntqDbContext db, CancellationToken ct = default)
    {
        if (await db.Units.AnyAsync(ct))
            return;

        db.Units.AddRange(
            new Unit("Thành phố Hà Nội", UnitKind.Area, UnitLevel.Province, null, id: HaNoi),
            new Unit("UBND Thành phố Hà Nội", UnitKind.Authority, UnitLevel.Province, HaNoi, id: HaNoiPeoplesCommittee),
            new Unit("Quận Hoàng Mai", UnitKind.Area, UnitLevel.District, HaNoi, DistrictsAbolished, id: HoangMai),
            new Unit("UBND quận Hoàng Mai", UnitKind.Authority, UnitLevel.District, HoangMai, DistrictsAbolished, id: HoangMaiPeoplesCommittee),
            new Unit("Phường Định Công", UnitKind.Area, UnitLevel.Commune, HoangMai, id: DinhCong),
            new Unit("UBND phường Định Công", UnitKind.Authority, UnitLevel.Commune, DinhCong, id: DinhCongPeoplesCommittee),
            new Unit("Ban Chỉ đạo 138 phường Định Công", UnitKind.SteeringCommittee, UnitLevel.Commune, DinhCong, id: DinhCongSteeringCommittee138),
            new Unit("Công an phường Định Công", UnitKind.Police, UnitLevel.Commune, DinhCong, id: DinhCongPolice),
            new Unit("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, DinhCong, id: ResidentialGroup41),
            new Unit("Tổ dân phố 42", UnitKind.ResidentialGroup, UnitLevel.Grassroots, DinhCong, id: ResidentialGroup42),
            new Unit("Bệnh viện Bưu điện", UnitKind.Organization, UnitLevel.Grassroots, DinhCong, id: BuuDienHospital),
            new Unit("Lực lượng dân phòng các tổ dân phố phường Định Công", UnitKind.Organization, UnitLevel.Grassroots, DinhCong, id: CivilDefenceForces));

        var festival = new Event(new EventPlan(
            Title: "Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2023",
            Kind: EventKind.Festival,
            Description: "Ngày hội của phường Định Công, quận Hoàng Mai, với sự tham dự của Bí thư Thành ủy Hà Nội Đinh Tiến Dũng. "
                + "Lồng ghép giải quyết thủ tục hành chính, cấp căn cước công dân, định danh điện tử, đăng ký cư trú; "
                + "thăm hỏi, tặng quà các gia đình chính sách; khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
            StartsAt: new DateTimeOffset(2023, 8, 14, 19, 0, 0, Vietnam),
            EndsAt: new DateTimeOffset(2023, 8, 14, 21, 30, 0, Vietnam),
            Venue: "Phường Định Công, quận Hoàng Mai, Hà Nội",
            HostUnitId: DinhCongPeoplesCommittee,
            OrganizerUnitId: DinhCongSteeringCommittee138,
            Services:
            [
                new EventService(ServiceKind.AdministrativeProcedures, "Giải quyết thủ tục hành chính", null),
                new EventService(ServiceKind.CitizenId, "Cấp căn cước công dân", null),
                new EventService(ServiceKind.ElectronicId, "Cấp định danh điện tử", null),
                new EventService(ServiceKind.ResidenceRegistration, "Đăng ký cư trú", null),
                new EventService(ServiceKind.PolicyFamilyVisit, "Thăm hỏi, động viên và tặng quà các gia đình chính sách", null),
            ],
            Agenda:
            [
                new AgendaItem(new DateTimeOffset(2023, 8, 14, 19, 0, 0, Vietnam), "Phát biểu khai mạc", Guest(8)),
                new AgendaItem(new DateTimeOffset(2023, 8, 14, 19, 20, 0, Vietnam), "Phát biểu của lãnh đạo quận Hoàng Mai", Guest(5)),
                new AgendaItem(new DateTimeOffset(2023, 8, 14, 19, 40, 0, Vietnam),
                    "Trao Bằng khen của UBND Thành phố cho Nhân dân và cán bộ phường Định Công", null),
                new AgendaItem(new DateTimeOffset(2023, 8, 14, 19, 50, 0, Vietnam),
                    "Trao Giấy khen của UBND quận cho 2 cá nhân có thành tích xuất sắc", null),
                new AgendaItem(new DateTimeOffset(2023, 8, 14, 20, 0, 0, Vietnam),
                    "Chụp ảnh lưu niệm", null),
            ],
            // The report says only "the evening of 14 August": the times above are examples.
            TimesAreTentative: true), id: Festival2023);
        db.Participants.AddRange(Guests());
        db.Attendances.AddRange(FestivalAttendance());

        festival.MoveTo(EventStatus.Scheduled);
        festival.MoveTo(EventStatus.Ongoing);
        festival.MoveTo(EventStatus.Completed, at: festival.EndsAt);
        db.Events.Add(festival);
        db.Awards.AddRange(FestivalAwards());
        var (initiatives, measurements) = WardInitiatives();
        db.Initiatives.AddRange(initiatives);
        db.Measurements.AddRange(measurements);

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The guests as the report names them, with their positions as written; no contact details are invented.</summary>
    private static IEnumerable<Participant> Guests()
    {
        Participant Person(int n, string name, Guid unit, string? rank, params string[] positions) =>
            new(new ParticipantDetails(ParticipantKind.Individual, name, rank, positions, unit, null, null, null), Id(200 + n));

        yield return Person(1, "Đinh Tiến Dũng", HaNoi, null, "Ủy viên Bộ Chính trị", "Bí thư Thành ủy", "Trưởng đoàn đại biểu Quốc hội thành phố Hà Nội");
        yield return new Participant(new ParticipantDetails(ParticipantKind.Individual, "Vũ Chiến Thắng", null, ["Thứ trưởng Bộ Nội vụ"], null, null, null, null), Id(202));
        yield return Person(3, "Nguyễn Hải Trung", HaNoi, "Trung tướng", "Ủy viên Ban Thường vụ Thành ủy", "Giám đốc Công an Thành phố");
        yield return Person(4, "Nguyễn Quang Đức", HaNoi, null, "Ủy viên Ban Thường vụ Thành ủy", "Trưởng ban Nội chính Thành ủy");
        yield return Person(5, "Nguyễn Quang Hiếu", HoangMai, null, "Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch HĐND quận Hoàng Mai");
        yield return Person(6, "Nguyễn Xuân Phong", HoangMai, null, "Phó Bí thư Thường trực Quận ủy");
        yield return Person(7, "Nguyễn Minh Tâm", HoangMaiPeoplesCommittee, null, "Phó Bí thư Quận ủy", "Chủ tịch UBND quận Hoàng Mai");
        yield return Person(8, "Nguyễn Thị Phượng", DinhCongPeoplesCommittee, null, "Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường");
        yield return new Participant(new ParticipantDetails(ParticipantKind.Collective, "Nhân dân và cán bộ phường Định Công", null, [], DinhCong,
            null, null, "Nhận Bằng khen của UBND Thành phố tại Ngày hội 2023."), Id(209));
        for (var n = 1; n <= 2; n++)
        {
            yield return new Participant(new ParticipantDetails(ParticipantKind.Individual, $"Cá nhân có thành tích xuất sắc {n}", null, [],
                DinhCong, null, null, "Bài báo không nêu tên người được khen.", IsPlaceholder: true), Id(209 + n));
        }
    }

    /// <summary>
    /// Who was at the festival as the report tells it: the ward chair organised and opened it, the district secretary
    /// spoke, the other officials were guests, and the honoured collective and individuals attended. All came; the
    /// report gives no arrival times, so none are invented.
    /// </summary>
    private static IEnumerable<Attendance> FestivalAttendance()
    {
        Attendance Came(int guest, AttendanceRole role) => new(Festival2023, Guest(guest), role, AttendanceStatus.CheckedIn);

        yield return Came(8, AttendanceRole.Organizer);
        yield return Came(5, AttendanceRole.Speaker);
        foreach (var guest in new[] { 1, 2, 3, 4, 6, 7 })
            yield return Came(guest, AttendanceRole.Guest);
        foreach (var honoured in new[] { 9, 10, 11 })
            yield return Came(honoured, AttendanceRole.Attendee);
    }

    /// <summary>
    /// The awards presented at the festival. The report gives no decision numbers or dates, so none are invented: the
    /// awards stay proposals (an approved award needs its decision), with the presentation recorded and a note saying so.
    /// </summary>
    private static IEnumerable<Award> FestivalAwards()
    {
        const string note = "Dữ liệu mẫu theo bài báo về Ngày hội 2023: bài báo không nêu số và ngày quyết định khen thưởng.";
        var presented = new DateOnly(2023, 8, 14);
        yield return new Award(new AwardDetails(AwardForm.CertificateOfMerit, HaNoiPeoplesCommittee, null, null, Guest(9),
            "Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023", Festival2023, null, Guest(3), presented, note), id: Id(301));
        for (var n = 0; n < 2; n++)
        {
            yield return new Award(new AwardDetails(AwardForm.CertificateOfCommendation, HoangMaiPeoplesCommittee, null, null, Guest(10 + n),
                "Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023", Festival2023, null, Guest(7), presented, note), id: Id(302 + n));
        }
    }

    /// <summary>
    /// The ward's six initiatives as the report lists them, led by the ward police and linked to the festival that
    /// reviewed them. The report dates only the fire-safety work (2023) and gives figures only for its groups and
    /// points: those are its measurements, on the festival's day. The other indicators it names are there, unmeasured,
    /// and with a target only where the report states one (every household); nothing else is invented.
    /// </summary>
    private static (List<Initiative> Initiatives, List<Measurement> Measurements) WardInitiatives()
    {
        const string fromReport = "Theo bài báo về Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2023 của phường Định Công.";
        IndicatorPlan Indicator(int n, string name, string unit, IndicatorDirection direction = IndicatorDirection.HigherIsBetter, decimal? target = null) =>
            new(Id(450 + n), name, unit, target, null, direction);
        Initiative Running(int n, string name, InitiativeKind kind, InitiativeCategory category, string description, Guid[] partners,
            IndicatorPlan[] indicators, DateOnly? start = null, DateOnly? end = null)
        {
            var initiative = new Initiative(new InitiativePlan(name, kind, category, description, DinhCongPolice, partners, start, end, indicators),
                InitiativeStatus.Active, Id(400 + n));
            initiative.Link(Festival2023);
            return initiative;
        }

        var fireSafety = Running(6, "Công tác phòng cháy, chữa cháy năm 2023", InitiativeKind.Campaign, InitiativeCategory.FireSafety,
            "Thành lập tổ liên gia an toàn phòng cháy, chữa cháy; bố trí điểm chữa cháy công cộng; tổ chức diễn tập chữa cháy và cứu nạn, cứu hộ; "
            + "tuyên truyền cho hộ gia đình, hộ kinh doanh. Mỗi hộ gia đình có ít nhất 01 bình chữa cháy và lối thoát nạn thứ hai.",
            [],
            [
                Indicator(1, "Tổ liên gia an toàn PCCC được thành lập", "tổ"),
                Indicator(2, "Điểm chữa cháy công cộng được bố trí", "điểm"),
                Indicator(3, "Hộ gia đình có ít nhất 01 bình chữa cháy", "%", target: 100),
                Indicator(4, "Hộ gia đình có lối thoát nạn thứ hai", "%", target: 100),
                Indicator(5, "Buổi diễn tập chữa cháy, cứu nạn, cứu hộ", "buổi"),
                Indicator(6, "Buổi tuyên truyền cho hộ gia đình, hộ kinh doanh", "buổi"),
            ],
            start: new DateOnly(2023, 1, 1), end: new DateOnly(2023, 12, 31));
        var reportDay = new DateOnly(2023, 8, 14);
        var today = Common.Json.VietnamTime.DayOf(DateTimeOffset.UtcNow);
        List<Measurement> measurements =
        [
            fireSafety.Record(Id(451), 32, reportDay, fromReport, today),
            fireSafety.Record(Id(452), 35, reportDay, fromReport, today),
        ];
        fireSafety.MoveTo(InitiativeStatus.Completed, today);

        List<Initiative> initiatives =
        [
            Running(1, "Phối hợp phòng ngừa tội phạm tại Bệnh viện Bưu điện và khu dân cư xung quanh", InitiativeKind.Model, InitiativeCategory.CrimePrevention,
                "Công an phường phối hợp với Bệnh viện Bưu điện, tổ dân phố 41 và 42 tuyên truyền cho cán bộ, nhân viên, bệnh nhân và người dân "
                + "xung quanh bệnh viện, nâng cao ý thức cảnh giác, phòng ngừa tội phạm trong và xung quanh bệnh viện.",
                [BuuDienHospital, ResidentialGroup41, ResidentialGroup42], []),
            Running(2, "Vận động nhân dân phòng ngừa, đấu tranh với tội phạm trộm cắp tại khu dân cư", InitiativeKind.Model, InitiativeCategory.TheftPrevention,
                "Vận động nhân dân các khu dân cư của phường phòng ngừa, đấu tranh với tội phạm trộm cắp tài sản. "
                + "Bài báo ghi nhận phạm pháp hình sự giảm cả số vụ và số đối tượng, không nêu số liệu.",
                [],
                [
                    Indicator(7, "Số vụ phạm pháp hình sự", "vụ", IndicatorDirection.LowerIsBetter),
                    Indicator(8, "Số đối tượng phạm pháp hình sự", "đối tượng", IndicatorDirection.LowerIsBetter),
                ]),
            Running(3, "Phối hợp quản lý người ngoại tỉnh tạm trú tại phòng trọ", InitiativeKind.Model, InitiativeCategory.ResidenceManagement,
                "Công an phường phối hợp với lực lượng dân phòng các tổ dân phố quản lý người ngoại tỉnh đến tạm trú tại các phòng trọ.",
                [CivilDefenceForces], []),
            Running(4, "Mô hình \"Tổ dân phố an toàn về an ninh, trật tự\"", InitiativeKind.Model, InitiativeCategory.SafeCommunity,
                "Xây dựng tổ dân phố đạt tiêu chuẩn an toàn về an ninh, trật tự (Thông tư 124/2021/TT-BCA).",
                [], [Indicator(9, "Tổ dân phố được công nhận an toàn về ANTT", "tổ dân phố")]),
            Running(5, "Mô hình \"Khu chung cư an toàn về an ninh, trật tự\"", InitiativeKind.Model, InitiativeCategory.SafeCommunity,
                "Xây dựng khu chung cư đạt tiêu chuẩn an toàn về an ninh, trật tự (Thông tư 124/2021/TT-BCA).",
                [], [Indicator(10, "Khu chung cư được công nhận an toàn về ANTT", "khu chung cư")]),
            fireSafety,
        ];
        return (initiatives, measurements);
    }

    private static Guid Guest(int n) => Id(200 + n);

    private static Guid Id(int n) => Guid.Parse($"0190a1b2-0000-7000-8000-{n:D12}");
}
