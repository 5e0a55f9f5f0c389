import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setSession } from "../../../lib/session";
import { festival, page, phuongOnList, wardCommittee } from "../../../test/fixtures";
import { mockApi, renderAt } from "../../../test/render";

const me = { email: "bien.tap@dinhcong.example", roles: ["editor"], unitIds: [] };

describe("event form", () => {
  beforeEach(() => setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 }));
  afterEach(() => setSession(null));

  it("shows the API's field errors next to their fields and its traceId in a banner", async () => {
    const posted: unknown[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: me };
      if (url.pathname === "/api/v1/units") return { body: page([wardCommittee]) };
      if (url.pathname === "/api/v1/events" && request.method === "POST") {
        posted.push(request);
        return {
          status: 400,
          body: { status: 400, title: "One or more fields are invalid.", traceId: "00-abc-01", errors: { endsAt: ["The end must be after the start."] } },
        };
      }
    });
    renderAt("/events/new");

    await userEvent.type(await screen.findByRole("textbox", { name: /Tên sự kiện/ }), "Diễn tập PCCC");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    const endsAt = await screen.findByLabelText(/Thời gian kết thúc/);
    await waitFor(() => expect(endsAt).toHaveAccessibleDescription(/The end must be after the start\./));
    expect(screen.getByRole("alert")).toHaveTextContent("Mã tra cứu lỗi: 00-abc-01");
    expect(posted).toHaveLength(1);
  });

  it("sends times as Hà Nội instants and the ETag when editing", async () => {
    const puts: Request[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: me };
      if (url.pathname === `/api/v1/events/${festival.id}` && request.method === "GET") return { body: festival, headers: { ETag: "\"4\"" } };
      if (url.pathname === `/api/v1/events/${festival.id}` && request.method === "PUT") {
        puts.push(request);
        return { body: festival, headers: { ETag: "\"5\"" } };
      }
      if (url.pathname.startsWith("/api/v1/units")) return { body: url.pathname.endsWith("units") ? page([wardCommittee]) : wardCommittee };
    });
    renderAt(`/events/${festival.id}/edit`);

    expect(await screen.findByLabelText(/Thời gian bắt đầu/)).toHaveValue("14/08/2023 19:00");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.headers.get("If-Match")).toBe("\"4\"");
    const body = await puts[0]!.json();
    expect(body.startsAt).toBe("2023-08-14T19:00:00+07:00");
    expect(body.services).toEqual([{ kind: "citizenId", description: "Cấp căn cước công dân", count: 1234 }]);
  });

  it("says a new event starts as a draft, and 'Lưu và lên lịch' creates it then schedules it", async () => {
    const calls: string[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: me };
      if (url.pathname === "/api/v1/units") return { body: page([wardCommittee]) };
      if (url.pathname === "/api/v1/events" && request.method === "POST") {
        calls.push("create");
        return { status: 201, body: { ...festival, status: "draft", allowedTransitions: ["scheduled", "cancelled"] } };
      }
      if (url.pathname === `/api/v1/events/${festival.id}/status`) {
        calls.push("schedule");
        return { body: { ...festival, status: "scheduled", allowedTransitions: ["ongoing", "draft", "cancelled"] } };
      }
      if (url.pathname === `/api/v1/events/${festival.id}`) {
        return { body: { ...festival, status: "scheduled", allowedTransitions: ["ongoing", "draft", "cancelled"] }, headers: { ETag: "\"2\"" } };
      }
    });
    const { router } = renderAt("/events/new");

    expect(await screen.findByText(/Sự kiện mới được lưu ở trạng thái Bản nháp/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Lưu và lên lịch" }));
    await waitFor(() => expect(calls).toEqual(["create", "schedule"]));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/events/${festival.id}`));
    expect(await screen.findByText("Đã lưu và lên lịch")).toBeInTheDocument();
  });

  it("keeps the programme's speakers when editing: the linked participant (speakerId) and the speaker as written", async () => {
    const withSpeakers = {
      ...festival,
      agenda: [
        { startsAt: "2023-08-14T19:00:00+07:00", title: "Phát biểu khai mạc", speakerId: phuongOnList.participantId, speaker: null, speakerName: "Nguyễn Thị Phượng" },
        { startsAt: "2023-08-14T19:20:00+07:00", title: "Phát biểu chào mừng", speakerId: null, speaker: "đồng chí Bí thư Đảng ủy phường" },
      ],
    };
    const puts: Request[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: me };
      if (url.pathname === `/api/v1/events/${festival.id}` && request.method === "GET") return { body: withSpeakers, headers: { ETag: "\"4\"" } };
      if (url.pathname === `/api/v1/events/${festival.id}` && request.method === "PUT") {
        puts.push(request);
        return { body: withSpeakers, headers: { ETag: "\"5\"" } };
      }
      if (url.pathname === `/api/v1/participants/${phuongOnList.participantId}`) {
        return { body: { id: phuongOnList.participantId, kind: "individual", fullName: "Nguyễn Thị Phượng", rank: null, positions: [], unitId: null, unitName: null, phone: null, email: null, notes: null, isPlaceholder: false } };
      }
      if (url.pathname.startsWith("/api/v1/units")) return { body: url.pathname.endsWith("units") ? page([wardCommittee]) : wardCommittee };
    });
    renderAt(`/events/${festival.id}/edit`);

    const pickers = await screen.findAllByRole("combobox", { name: "Người trình bày" });
    await waitFor(() => expect(pickers[0]).toHaveValue("Nguyễn Thị Phượng"));
    expect(screen.getAllByRole("textbox", { name: "Người trình bày (ghi tay)" })[1]).toHaveValue("đồng chí Bí thư Đảng ủy phường");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(puts).toHaveLength(1));
    const body = await puts[0]!.json();
    expect(body.agenda).toEqual([
      { startsAt: "2023-08-14T19:00:00+07:00", title: "Phát biểu khai mạc", speakerId: phuongOnList.participantId, speaker: null },
      { startsAt: "2023-08-14T19:20:00+07:00", title: "Phát biểu chào mừng", speakerId: null, speaker: "đồng chí Bí thư Đảng ủy phường" },
    ]);
  });
});
