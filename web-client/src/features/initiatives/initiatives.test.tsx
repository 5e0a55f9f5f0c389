import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { InitiativeResponse, MeasurementResponse } from "../../lib/resources/initiatives";
import { summaryIndicators } from "../../lib/resources/initiatives";
import { setSession } from "../../lib/session";
import { festival, page } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";
import { chartPoints, chartTop, niceCeil } from "./IndicatorChart";
import { rowsToIndicators, emptyIndicatorRow } from "./IndicatorsEditor";
import { transitionLabel } from "./InitiativePage";
import { measurementBody, todayInHanoi } from "./MeasurementForm";

// jsdom lays nothing out, so recharts would only warn about a zero-sized chart: the page's test draws none.
vi.mock("./IndicatorChart", async (importOriginal) => ({ ...await importOriginal<typeof import("./IndicatorChart")>(), default: () => null }));

const admin = { email: "admin@antq.local", roles: ["admin"], unitIds: [] };
const viewer = { email: "xem@dinhcong.example", roles: ["viewer"], unitIds: [] };
const police = { id: "0190a1b2-0000-7000-8000-000000000008", name: "Công an phường Định Công", kind: "police" as const, level: "commune" as const, parentId: null, dissolvedOn: null };

const fireSafety: InitiativeResponse = {
  id: "0190a1b2-0000-7000-8000-000000000406",
  name: "Công tác phòng cháy, chữa cháy năm 2023",
  kind: "campaign",
  category: "fireSafety",
  description: "Thành lập tổ liên gia an toàn phòng cháy, chữa cháy.",
  leadUnitId: police.id,
  leadUnitName: police.name,
  partnerUnitIds: ["0190a1b2-0000-7000-8000-000000000006"],
  partners: [{ id: "0190a1b2-0000-7000-8000-000000000006", name: "UBND phường Định Công" }],
  startDate: "2023-01-01",
  endDate: "2023-12-31",
  status: "active",
  allowedTransitions: ["suspended", "completed"],
  indicators: [
    { id: "0190a1b2-0000-7000-8000-000000000453", name: "Hộ gia đình có ít nhất 01 bình chữa cháy", unit: "%", target: 100, baseline: null, direction: "higherIsBetter", latestValue: null, latestMeasuredOn: null, progress: null },
    { id: "0190a1b2-0000-7000-8000-000000000451", name: "Tổ liên gia an toàn PCCC được thành lập", unit: "tổ", target: 40, baseline: null, direction: "higherIsBetter", latestValue: 32, latestMeasuredOn: "2023-08-14", progress: 0.8 },
    { id: "0190a1b2-0000-7000-8000-000000000457", name: "Số vụ cháy", unit: "vụ", target: 4, baseline: 12, direction: "lowerIsBetter", latestValue: null, latestMeasuredOn: null, progress: null },
  ],
  events: [{ id: festival.id, title: festival.title, startsAt: festival.startsAt, status: "completed" }],
};
const groups = fireSafety.indicators[1]!;
const fires = fireSafety.indicators[2]!;
const history: MeasurementResponse[] = [
  { id: "m2", indicatorId: groups.id, value: 1234.5, measuredOn: "2023-08-14", note: "Báo cáo sơ kết", recordedAt: "2023-08-15T09:00:00+07:00" },
  { id: "m1", indicatorId: groups.id, value: 20, measuredOn: "2023-03-01", note: null, recordedAt: "2023-03-02T09:00:00+07:00" },
];

type Extra = (request: Request, url: URL) => { status?: number; body?: unknown; headers?: Record<string, string> } | undefined;

function answer(me: object, extra?: Extra) {
  return mockApi((request) => {
    const url = new URL(request.url);
    const more = extra?.(request, url);
    if (more) return more;
    if (url.pathname === "/api/v1/auth/me") return { body: me };
    if (url.pathname === "/api/v1/initiatives") return { body: page([fireSafety]) };
    if (url.pathname === `/api/v1/initiatives/${fireSafety.id}`) return { body: fireSafety, headers: { ETag: "\"7\"" } };
    if (url.pathname.endsWith(`/indicators/${groups.id}/measurements`)) return { body: page(history) };
    if (url.pathname.includes("/measurements")) return { body: page([]) };
    if (url.pathname === "/api/v1/units") return { body: page([police]) };
    if (url.pathname === `/api/v1/units/${police.id}`) return { body: police, headers: { ETag: "\"1\"" } };
  });
}

const session = () => setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });

describe("initiatives list", () => {
  beforeEach(session);
  afterEach(() => setSession(null));

  it("sends the URL's filters and shows each initiative with its status, units, dates and indicators in brief", async () => {
    const requests = answer(admin);
    renderAt(`/initiatives?q=phong%20chay&kind=campaign&category=fireSafety&status=active&year=2023&unitId=${police.id}&sort=-createdAt`);

    const row = (await screen.findByRole("link", { name: fireSafety.name })).closest("tr")!;
    expect(within(row).getByText("Đang triển khai")).toBeInTheDocument();
    expect(within(row).getByText("Đợt, chiến dịch · Phòng cháy, chữa cháy")).toBeInTheDocument();
    expect(within(row).getByText("và 1 đơn vị phối hợp")).toBeInTheDocument();
    expect(within(row).getByText("01/01/2023 – 31/12/2023")).toBeInTheDocument();
    // The indicator with progress comes first; the one without any value is left for the page.
    expect(within(row).getByText("32 / 40 tổ", { exact: false })).toBeInTheDocument();
    expect(within(row).getByText("và 1 chỉ tiêu khác")).toBeInTheDocument();

    const list = requests.map((r) => new URL(r.url)).find((u) => u.pathname === "/api/v1/initiatives")!;
    expect(Object.fromEntries(list.searchParams)).toMatchObject({
      q: "phong chay", kind: "campaign", category: "fireSafety", status: "active", year: "2023", unitId: police.id, sort: "-createdAt",
    });
    expect(screen.getByRole("combobox", { name: "Sắp xếp" })).toHaveValue("Ghi gần đây nhất");
    expect(screen.getByRole("link", { name: "Thêm mô hình" })).toHaveAttribute("href", "/initiatives/new");
  });

  it("offers a reader no way to add one", async () => {
    answer(viewer);
    renderAt("/initiatives");
    await screen.findByRole("link", { name: fireSafety.name });
    expect(screen.queryByRole("link", { name: "Thêm mô hình" })).toBeNull();
  });
});

describe("initiative page", () => {
  beforeEach(session);
  afterEach(() => setSession(null));

  it("shows partners, dates, events, each indicator's figures and its history as dd/mm/yyyy and Vietnamese numbers", async () => {
    answer(admin);
    renderAt(`/initiatives/${fireSafety.id}`);
    await screen.findByRole("heading", { level: 1, name: fireSafety.name });
    expect(screen.getByRole("link", { name: "UBND phường Định Công" })).toHaveAttribute("href", "/units/0190a1b2-0000-7000-8000-000000000006");
    expect(screen.getByRole("link", { name: festival.title })).toHaveAttribute("href", `/events/${festival.id}?tab=initiatives`);

    const groupsCard = screen.getByRole("region", { name: groups.name });
    expect(within(groupsCard).getByText(/32 \/ 40 tổ/)).toBeInTheDocument();
    const table = await within(groupsCard).findByRole("table");
    expect(within(table).getByText("1.234,5")).toBeInTheDocument();
    expect(within(table).getByText("14/08/2023")).toBeInTheDocument();
    expect(within(table).getByText("01/03/2023")).toBeInTheDocument();

    // Lower is better: said in words, with the baseline it needs.
    const firesCard = screen.getByRole("region", { name: fires.name });
    expect(within(firesCard).getByTestId("lower-note")).toHaveTextContent("Càng thấp càng tốt");
    expect(within(firesCard).getByText("Mục tiêu: 4 vụ · Mức ban đầu: 12 vụ")).toBeInTheDocument();

    expect(screen.getByRole("button", { name: "Tạm dừng" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeInTheDocument();
    // It has measured values: deleting it would be refused, so it is not offered.
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
  });

  it("sends If-Match with a status move and explains a 412", async () => {
    const moves: Request[] = [];
    answer(admin, (request, url) => {
      if (url.pathname.endsWith("/status")) {
        moves.push(request);
        return { status: 412, body: { status: 412, title: "Precondition Failed", traceId: "00-412-01" } };
      }
    });
    renderAt(`/initiatives/${fireSafety.id}`);
    await userEvent.click(await screen.findByRole("button", { name: "Tạm dừng" }));
    expect(await screen.findByText("Người khác vừa thay đổi bản ghi này. Hãy tải lại rồi sửa lại.")).toBeInTheDocument();
    expect(moves[0]!.headers.get("If-Match")).toBe("\"7\"");
    expect(await moves[0]!.json()).toEqual({ status: "suspended" });
  });

  it("shows the API's rules next to the measurement's fields, and a same-day value next to the date", async () => {
    const posts: Request[] = [];
    let reply: { status: number; body: unknown } = {
      status: 400,
      body: {
        status: 400, title: "One or more fields are invalid.",
        errors: { value: ["Số liệu không được âm."], measuredOn: ["Ngày đo không được sau hôm nay."] },
      },
    };
    answer(admin, (request, url) => {
      if (request.method === "POST" && url.pathname.endsWith(`/indicators/${groups.id}/measurements`)) {
        posts.push(request);
        return reply;
      }
    });
    renderAt(`/initiatives/${fireSafety.id}`);
    const card = await screen.findByRole("region", { name: groups.name });
    await userEvent.click(within(card).getByRole("button", { name: "Thêm số liệu" }));
    const form = within(card).getByRole("form", { name: `Thêm số liệu cho chỉ tiêu ${groups.name}` });
    const value = within(form).getByRole("textbox", { name: /Số liệu \(tổ\)/ });
    const date = within(form).getByLabelText(/Ngày đo/);
    expect(date).toHaveValue(todayInHanoi().split("-").reverse().join("/"));
    await userEvent.type(value, "-3");
    await userEvent.click(within(form).getByRole("button", { name: "Lưu số liệu" }));

    await waitFor(() => expect(value).toHaveAccessibleDescription("Số liệu không được âm."));
    expect(date).toHaveAccessibleDescription("Ngày đo không được sau hôm nay.");
    expect(await posts[0]!.json()).toMatchObject({ value: -3, measuredOn: todayInHanoi(), note: null });

    reply = { status: 409, body: { status: 409, title: "Conflict", detail: "Chỉ tiêu đã có số liệu ngày 14/08/2023 (32): xóa số liệu đó trước nếu cần sửa." } };
    await userEvent.clear(value);
    await userEvent.type(value, "33");
    await userEvent.click(within(form).getByRole("button", { name: "Lưu số liệu" }));
    await waitFor(() => expect(date).toHaveAccessibleDescription(/đã có số liệu ngày 14\/08\/2023/));
    expect(value).not.toHaveAttribute("aria-invalid", "true");
    expect(within(form).queryByRole("alert")).toBeNull();
  });

  it("asks before deleting, and explains a refusal (409) in the dialog", async () => {
    const unmeasured: InitiativeResponse = {
      ...fireSafety, status: "proposed", allowedTransitions: ["active"],
      indicators: fireSafety.indicators.map((i) => ({ ...i, latestValue: null, latestMeasuredOn: null, progress: null })),
    };
    const deletes: Request[] = [];
    answer(admin, (request, url) => {
      if (url.pathname !== `/api/v1/initiatives/${fireSafety.id}`) return undefined;
      if (request.method === "DELETE") {
        deletes.push(request);
        return { status: 409, body: { status: 409, title: "Conflict", detail: "Mô hình đã có 0 số liệu đo và 1 khen thưởng: không xóa được, hãy chuyển sang tạm dừng hoặc kết thúc." } };
      }
      return { body: unmeasured, headers: { ETag: "\"9\"" } };
    });
    renderAt(`/initiatives/${fireSafety.id}`);
    expect(await screen.findByRole("button", { name: "Triển khai" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Xóa" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent(`Xóa "${fireSafety.name}"?`);
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("1 khen thưởng: không xóa được");
    expect(dialog).toHaveTextContent("Không sao: dữ liệu vẫn nguyên vẹn.");
    expect(deletes[0]!.headers.get("If-Match")).toBe("\"9\"");
  });

  it("shows a reader the figures and no actions", async () => {
    answer(viewer);
    renderAt(`/initiatives/${fireSafety.id}`);
    const card = await screen.findByRole("region", { name: groups.name });
    expect(within(card).queryByRole("button", { name: "Thêm số liệu" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Tạm dừng" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Sửa" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Bỏ gắn/ })).toBeNull();
  });
});

describe("initiative form", () => {
  beforeEach(session);
  afterEach(() => setSession(null));

  it("keeps existing indicators' ids through a reorder, adds new ones without, and sends If-Match", async () => {
    const puts: Request[] = [];
    answer(admin, (request, url) => {
      if (request.method === "PUT" && url.pathname === `/api/v1/initiatives/${fireSafety.id}`) {
        puts.push(request);
        return {
          status: 400,
          body: { status: 400, title: "One or more fields are invalid.", errors: { "indicators[3].target": ["Chỉ tiêu càng cao càng tốt cần mục tiêu lớn hơn 0."] } },
        };
      }
    });
    renderAt(`/initiatives/${fireSafety.id}/edit`);
    await screen.findByRole("group", { name: "Chỉ tiêu 1" });
    // The measured one cannot be removed; the others can.
    expect(screen.getByRole("button", { name: "Xóa chỉ tiêu 2" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Chuyển chỉ tiêu 2 lên" }));
    await userEvent.click(screen.getByRole("button", { name: "Thêm chỉ tiêu" }));
    const added = screen.getByRole("group", { name: "Chỉ tiêu 4" });
    await userEvent.type(within(added).getByRole("textbox", { name: /Tên chỉ tiêu/ }), "Buổi diễn tập");
    await userEvent.type(within(added).getByRole("textbox", { name: /Đơn vị tính/ }), "buổi");
    await userEvent.type(within(added).getByRole("textbox", { name: /Mục tiêu/ }), "0");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.headers.get("If-Match")).toBe("\"7\"");
    const body = await puts[0]!.json() as { indicators: { id: string | null; name: string }[] };
    expect(body.indicators.map((i) => i.id)).toEqual([groups.id, fireSafety.indicators[0]!.id, fires.id, null]);
    expect(body.indicators[3]).toMatchObject({ name: "Buổi diễn tập", unit: "buổi", target: 0, baseline: null, direction: "higherIsBetter" });
    // The API's words go to the row it names.
    await waitFor(() => expect(within(added).getByRole("textbox", { name: /Mục tiêu/ }))
      .toHaveAccessibleDescription("Chỉ tiêu càng cao càng tốt cần mục tiêu lớn hơn 0."));
  });
});

describe("initiative form, when someone else saved first", () => {
  beforeEach(session);
  afterEach(() => setSession(null));

  it("explains a 412 and offers to reload", async () => {
    answer(admin, (request, url) => {
      if (request.method === "PUT" && url.pathname === `/api/v1/initiatives/${fireSafety.id}`) {
        return { status: 412, body: { status: 412, title: "Precondition Failed", traceId: "00-412-02" } };
      }
    });
    renderAt(`/initiatives/${fireSafety.id}/edit`);
    await screen.findByRole("group", { name: "Chỉ tiêu 1" });
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Người khác vừa thay đổi bản ghi này. Hãy tải lại rồi sửa lại.");
    expect(within(alert).getByRole("button", { name: "Tải lại trang" })).toBeInTheDocument();
  });
});

describe("event's initiatives tab", () => {
  beforeEach(session);
  afterEach(() => setSession(null));

  it("lists the event's initiatives with their progress and unlinks one", async () => {
    const links: Request[] = [];
    const requests = answer(admin, (request, url) => {
      if (url.pathname === `/api/v1/events/${festival.id}`) return { body: festival, headers: { ETag: "\"3\"" } };
      if (url.pathname.startsWith(`/api/v1/events/${festival.id}/`)) return { body: { ...page([]), counts: { total: 0, byRole: {}, byStatus: {} } } };
      if (url.pathname === "/api/v1/awards") return { body: page([]) };
      if (url.pathname === `/api/v1/initiatives/${fireSafety.id}/events/${festival.id}`) {
        links.push(request);
        return { body: fireSafety };
      }
    });
    renderAt(`/events/${festival.id}?tab=initiatives`);
    expect(await screen.findByRole("tab", { name: "Mô hình, chuyên đề (1)" })).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel");
    const row = (await within(panel).findByRole("link", { name: fireSafety.name })).closest("tr")!;
    expect(within(row).getByText(/32 \/ 40 tổ/)).toBeInTheDocument();
    const asked = requests.map((r) => new URL(r.url)).filter((u) => u.pathname === "/api/v1/initiatives");
    expect(asked.every((u) => u.searchParams.get("eventId") === festival.id)).toBe(true);

    await userEvent.click(within(row).getByRole("button", { name: `Bỏ gắn ${fireSafety.name} khỏi sự kiện` }));
    await waitFor(() => expect(links).toHaveLength(1));
    expect(links[0]!.method).toBe("DELETE");
  });
});

describe("initiative logic", () => {
  it("orders a list's indicators by what they tell: progress, then a value, then nothing", () => {
    const { shown, more } = summaryIndicators(fireSafety.indicators);
    expect(shown.map((i) => i.name)).toEqual([groups.name, fireSafety.indicators[0]!.name]);
    expect(more).toBe(1);
    expect(summaryIndicators([]).more).toBe(0);
  });

  it("draws the chart oldest first on round axes that keep the target and a lower-is-better baseline in view", () => {
    expect(chartPoints(history)).toEqual([{ day: "01/03/2023", value: 20 }, { day: "14/08/2023", value: 1234.5 }]);
    expect(niceCeil(36.8)).toBe(40);
    expect(niceCeil(13.2)).toBe(15);
    expect(chartTop([32], { target: null, baseline: null, unit: "tổ" })).toBe(40);
    expect(chartTop([3], { target: 4, baseline: 12, unit: "vụ" })).toBe(15);
    expect(chartTop([40], { target: 90, baseline: null, unit: "%" })).toBe(100);
  });

  it("sends the values as numbers and leaves empty ones for the API to name", () => {
    expect(measurementBody({ value: "12.50", measuredOn: "2023-08-14", note: "  " })).toEqual({ value: 12.5, measuredOn: "2023-08-14", note: null });
    expect(measurementBody({ value: "", measuredOn: null, note: "Báo cáo" })).toEqual({ value: null, measuredOn: null, note: "Báo cáo" });
    expect(rowsToIndicators([{ ...emptyIndicatorRow(), indicatorId: "x", name: " Số vụ ", unit: "vụ", direction: "lowerIsBetter", target: 4, baseline: "12" }]))
      .toEqual([{ id: "x", name: "Số vụ", unit: "vụ", direction: "lowerIsBetter", target: 4, baseline: 12 }]);
  });

  it("names a move back from a pause 'resume', and finds today in Hà Nội whatever the zone", () => {
    expect(transitionLabel("suspended", "active")).toBe("initiatives.action.resume");
    expect(transitionLabel("proposed", "active")).toBe("initiatives.action.active");
    expect(todayInHanoi(new Date("2023-08-13T18:30:00Z"))).toBe("2023-08-14");
  });
});
