import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { StatsSummary } from "../../lib/resources/stats";
import { setSession } from "../../lib/session";
import { festival, page, wardCommittee } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";
import { currentYearInVietnam } from "./dashboardData";

const DINH_CONG = { id: "0190a1b2-0000-7000-8000-000000000005", name: "Phường Định Công" };
const WARD_POLICE = "0190a1b2-0000-7000-8000-000000000008";

const fire = {
  initiativeId: "0190a1b2-0000-7000-8000-000000000406", initiativeName: "Công tác phòng cháy, chữa cháy năm 2023",
  category: "fireSafety" as const, status: "completed" as const, direction: "higherIsBetter" as const, baseline: null, progress: null,
};

/** Định Công in 2023, as the API answers for the demo data. */
const dinhCong2023: StatsSummary = {
  unit: DINH_CONG,
  year: 2023,
  events: 1,
  participants: 11,
  listPlaces: 11,
  checkIns: 11,
  activeInitiatives: 2,
  initiatives: [
    { id: fire.initiativeId, name: fire.initiativeName, kind: "campaign", category: "fireSafety", status: "completed" },
    { id: "0190a1b2-0000-7000-8000-000000000401", name: "Phối hợp phòng ngừa tội phạm tại Bệnh viện Bưu điện và khu dân cư xung quanh", kind: "model", category: "crimePrevention", status: "active" },
  ],
  awardsByForm: { certificateOfMerit: 1, certificateOfCommendation: 2, emulationFlag: 0, emulationFighter: 0, other: 0 },
  indicatorProgress: [
    { ...fire, indicatorId: "d-451", indicatorName: "Tổ liên gia an toàn PCCC được thành lập", unit: "tổ", target: null, latestValue: 32, latestMeasuredOn: "2023-08-14" },
    { ...fire, indicatorId: "d-452", indicatorName: "Điểm chữa cháy công cộng được bố trí", unit: "điểm", target: null, latestValue: 35, latestMeasuredOn: "2023-08-14" },
    { ...fire, indicatorId: "d-453", indicatorName: "Hộ gia đình có ít nhất 01 bình chữa cháy", unit: "%", target: 100, latestValue: null, latestMeasuredOn: null },
  ],
  eventsByMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, events: i === 7 ? 1 : 0 })),
  services: [
    { kind: "administrativeProcedures", events: 1, count: null },
    { kind: "citizenId", events: 1, count: null },
    { kind: "residenceRegistration", events: 1, count: null },
  ],
  upcomingEvents: [],
  recentEvents: [{ id: festival.id, title: festival.title, kind: "festival", status: "completed", startsAt: festival.startsAt, endsAt: festival.endsAt, venue: festival.venue }],
};

const empty = (year: number, unit: StatsSummary["unit"] = null): StatsSummary => ({
  ...dinhCong2023, unit, year, events: 0, participants: 0, listPlaces: 0, checkIns: 0, activeInitiatives: 0, initiatives: [], indicatorProgress: [],
  awardsByForm: { certificateOfMerit: 0, certificateOfCommendation: 0, emulationFlag: 0, emulationFighter: 0, other: 0 },
  eventsByMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, events: 0 })), services: [], recentEvents: [],
});

function answer(me?: object) {
  return mockApi((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/auth/me" && me) return { body: me };
    if (url.pathname === "/api/v1/stats/summary") {
      const year = Number(url.searchParams.get("year"));
      const unitId = url.searchParams.get("unitId");
      if (unitId === DINH_CONG.id && year === 2023) return { body: dinhCong2023 };
      return { body: empty(year, unitId === DINH_CONG.id ? DINH_CONG : unitId ? { id: unitId, name: "Công an phường Định Công" } : null) };
    }
    if (url.pathname === "/api/v1/events") return { body: page([festival]) };
    if (url.pathname === `/api/v1/units/${DINH_CONG.id}`) return { body: { ...wardCommittee, ...DINH_CONG }, headers: { ETag: "\"1\"" } };
    if (url.pathname === "/api/v1/units") return { body: page([wardCommittee]) };
  });
}

const statsRequests = (requests: Request[]) =>
  requests.map((r) => new URL(r.url)).filter((u) => u.pathname === "/api/v1/stats/summary").map((u) => Object.fromEntries(u.searchParams));

describe("the dashboard", () => {
  afterEach(() => setSession(null));

  it("shows Định Công's 2023 from a shared link: figures, festival, services not counted, awards, fire-safety figures, initiatives", async () => {
    answer();
    const { router } = renderAt(`/?unitId=${DINH_CONG.id}&year=2023`);

    expect(await screen.findByText("Phường Định Công · năm 2023")).toBeInTheDocument();
    const kpi = (id: string) => screen.getByTestId(id);
    expect(kpi("kpi-events")).toHaveTextContent("Sự kiện1");
    expect(kpi("kpi-participants")).toHaveTextContent("11");
    expect(kpi("kpi-check-ins")).toHaveTextContent("đạt 100 % số người tham gia");
    expect(kpi("kpi-initiatives")).toHaveTextContent("2");
    expect(kpi("kpi-awards")).toHaveTextContent("31 Bằng khen · 2 Giấy khen");

    const recent = screen.getByTestId("recent-events");
    expect(within(recent).getByRole("link", { name: festival.title })).toHaveAttribute("href", `/events/${festival.id}`);
    expect(recent).toHaveTextContent("14/08/2023 19:00–21:30");
    expect(screen.getByTestId("upcoming-events")).toHaveTextContent("Không có sự kiện nào sắp diễn ra.");

    const services = screen.getByTestId("services");
    expect(within(services).getAllByText("chưa đếm")).toHaveLength(3);
    expect(within(services).queryByText("0")).toBeNull();
    expect(services).toHaveTextContent("Chưa dịch vụ nào được đếm số lượt phục vụ.");

    const awards = screen.getByTestId("awards-by-form");
    expect(within(awards).getByRole("rowheader", { name: "Bằng khen" }).closest("tr")).toHaveTextContent("1");
    expect(within(awards).getByRole("rowheader", { name: "Giấy khen" }).closest("tr")).toHaveTextContent("2");

    const initiatives = screen.getByTestId("initiatives");
    expect(within(initiatives).getByRole("link", { name: fire.initiativeName })).toHaveAttribute("href", `/initiatives/${fire.initiativeId}`);
    expect(initiatives).toHaveTextContent("32 tổ · chưa đặt mục tiêu");
    expect(initiatives).toHaveTextContent("35 điểm · chưa đặt mục tiêu");
    expect(initiatives).toHaveTextContent("Chưa có số liệu (1 chỉ tiêu): Hộ gia đình có ít nhất 01 bình chữa cháy");
    expect(initiatives).toHaveTextContent("Chưa đặt chỉ tiêu."); // the initiative without indicators is listed too
    expect(within(initiatives).getByText("Đã hoàn thành")).toBeInTheDocument();

    // The chart's figures as a table for screen readers.
    const table = screen.getByRole("table", { name: "Số sự kiện theo tháng, năm 2023" });
    expect(within(table).getByRole("row", { name: "Tháng 8 1" })).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(13);

    // The year buttons keep the unit and put both in the URL.
    await userEvent.click(screen.getByRole("button", { name: "Năm sau" }));
    await waitFor(() => expect(router.state.location.search).toBe(`?unitId=${DINH_CONG.id}&year=2024`));
    expect(await screen.findByText("Phường Định Công · năm 2024")).toBeInTheDocument();
  });

  it("shows every unit in the current year to a visitor, and from an empty year offers the latest year with events", async () => {
    const requests = answer();
    const { router } = renderAt("/");
    const year = currentYearInVietnam();

    expect(await screen.findByText(`Tất cả đơn vị · năm ${year}`)).toBeInTheDocument();
    expect(statsRequests(requests)).toEqual([{ year: String(year) }]);
    await userEvent.click(await screen.findByRole("button", { name: "Xem năm 2023" }));
    await waitFor(() => expect(router.state.location.search).toBe("?unitId=all&year=2023"));
    const latest = requests.map((r) => new URL(r.url)).find((u) => u.pathname === "/api/v1/events")!;
    expect(Object.fromEntries(latest.searchParams)).toEqual({ to: `${year - 1}-12-31`, status: "completed", pageSize: "1", sort: "-startsAt" });
  });

  it("starts from the signed-in person's own unit, asked only once their units are known", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const requests = answer({ email: "ca.phuong@dinhcong.example", roles: ["editor"], unitIds: [WARD_POLICE], mustChangePassword: false });
    renderAt("/");

    expect(await screen.findByText(`Công an phường Định Công · năm ${currentYearInVietnam()}`)).toBeInTheDocument();
    expect(statsRequests(requests)).toEqual([{ unitId: WARD_POLICE, year: String(currentYearInVietnam()) }]);
  });
});
