import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { setSession } from "../../../lib/session";
import { attendancePage, festival, hieuOnList, page, phuongOnList, wardCommittee } from "../../../test/fixtures";
import { mockApi, renderAt } from "../../../test/render";

const ongoing = { ...festival, status: "ongoing" as const, allowedTransitions: ["completed", "cancelled"] };

function answer(roles: string[], { codes = true } = {}) {
  const people = [phuongOnList, hieuOnList].map((p) => (codes ? p : { ...p, code: null }));
  return mockApi((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/auth/me") return { body: { email: "can.bo@dinhcong.example", roles, unitIds: [] } };
    if (url.pathname === "/api/v1/units") return { body: page([wardCommittee]) };
    if (url.pathname === `/api/v1/events/${festival.id}`) return { body: ongoing, headers: { ETag: "\"3\"" } };
    if (url.pathname === `/api/v1/events/${festival.id}/participants` && request.method === "GET") return { body: attendancePage(people, 11) };
    if (url.pathname === `/api/v1/events/${festival.id}/participants/${hieuOnList.participantId}` && request.method === "GET") {
      return { body: hieuOnList, headers: { ETag: "\"7\"" } };
    }
    if (url.pathname === `/api/v1/events/${festival.id}/participants/${hieuOnList.participantId}` && request.method === "PUT") {
      return { body: { ...hieuOnList, status: "absent" }, headers: { ETag: "\"8\"" } };
    }
    if (url.pathname === "/api/v1/participants") return { body: page([{ id: "p-1", kind: "individual", fullName: "Đinh Tiến Dũng", rank: null, positions: ["Ủy viên Bộ Chính trị"], unitId: null, unitName: null, phone: null, email: null, notes: null, isPlaceholder: false }]) };
    if (url.pathname === `/api/v1/events/${festival.id}/participants` && request.method === "POST") {
      return { status: 409, body: { status: 409, title: "Conflict", detail: "Đinh Tiến Dũng đã có trong danh sách" } };
    }
  });
}

describe("the attendance tab", () => {
  afterEach(() => setSession(null));

  it("shows the counts by role and status, each row's role, status and Hà Nội check-in time, and the speakers", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["admin"]);
    renderAt(`/events/${festival.id}?tab=attendance`);

    expect(await screen.findByRole("tab", { name: "Người tham dự (11)" })).toBeInTheDocument();
    const counts = screen.getByRole("group", { name: "Số người theo vai trò và trạng thái" });
    expect(within(counts).getByRole("button", { name: /Tổng: 11/ })).toBeInTheDocument();
    expect(within(counts).getByRole("button", { name: /Khách mời: 6/ })).toBeInTheDocument();
    expect(within(counts).getByRole("button", { name: /Đã điểm danh: 10/ })).toBeInTheDocument();

    const panel = screen.getByRole("tabpanel");
    const row = within(panel).getByRole("link", { name: "Nguyễn Thị Phượng" }).closest("tr")!;
    expect(within(row).getByText("Trình bày")).toBeInTheDocument();
    expect(within(row).getByText("14/08/2023 18:52")).toBeInTheDocument();
    expect(within(row).getByRole("combobox", { name: "Vai trò của Nguyễn Thị Phượng" })).toHaveValue("organizer");
    expect(within(row).getByText("5BH34-T3N93")).toBeInTheDocument();
    expect(within(panel).getByRole("link", { name: "Điểm danh tại cổng" })).toHaveAttribute("href", `/events/${festival.id}/gate`);
  });

  it("sends the role and status filters and the search from the URL, and a count badge filters by its role", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const requests = answer(["admin"]);
    const { router } = renderAt(`/events/${festival.id}?tab=attendance&role=guest&status=checkedIn&q=phuong`);
    await waitFor(() => {
      const list = requests.map((r) => new URL(r.url)).find((u) => u.pathname.endsWith("/participants"));
      expect(list?.searchParams.get("role")).toBe("guest");
      expect(list?.searchParams.get("status")).toBe("checkedIn");
      expect(list?.searchParams.get("q")).toBe("phuong");
    });
    await userEvent.click(await screen.findByRole("button", { name: /Người phát biểu: 1/ }));
    await waitFor(() => expect(router.state.location.search).toContain("role=speaker"));
    expect(router.state.location.search).not.toContain("status=");
  });

  it("changes a status inline with the ETag it read, and explains a duplicate kindly", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const requests = answer(["admin"]);
    renderAt(`/events/${festival.id}?tab=attendance`);

    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Trạng thái của Nguyễn Quang Hiếu" }), "absent");
    await waitFor(() => expect(requests.some((r) => r.method === "PUT")).toBe(true));
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe("\"7\"");
    expect(await put.json()).toEqual({ role: "speaker", status: "absent" });

    await userEvent.click(screen.getByRole("button", { name: "Thêm người tham dự" }));
    await userEvent.type(await screen.findByRole("combobox", { name: /^Người tham gia/ }), "dinh tien dung");
    // The server found them without diacritics; the keyboard picks the first match.
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get("q") === "dinh tien dung")).toBe(true));
    await waitFor(() => expect(document.querySelector("[data-combobox-option][value='p-1']")).not.toBeNull());
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(screen.getByRole("combobox", { name: /^Người tham gia/ })).toHaveValue("Đinh Tiến Dũng"));
    await userEvent.click(screen.getByRole("button", { name: "Thêm vào danh sách" }));
    expect(await screen.findByText(/Đinh Tiến Dũng đã có trong danh sách của sự kiện/)).toBeInTheDocument();
  });

  it("shows viewers the list without codes, selection or write actions", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["viewer"], { codes: false });
    renderAt(`/events/${festival.id}?tab=attendance`);

    const panel = await screen.findByRole("tabpanel");
    await within(panel).findByRole("link", { name: "Nguyễn Thị Phượng" });
    await screen.findByText("can.bo@dinhcong.example");
    expect(within(panel).getByText("Ban tổ chức")).toBeInTheDocument();
    expect(within(panel).getAllByText("Đã điểm danh").length).toBeGreaterThan(0);
    expect(within(panel).queryByRole("button", { name: "Thêm người tham dự" })).toBeNull();
    expect(within(panel).queryByRole("link", { name: /In thẻ/ })).toBeNull();
    expect(within(panel).queryByRole("link", { name: "Điểm danh tại cổng" })).toBeNull();
    expect(within(panel).queryByRole("checkbox")).toBeNull();
    expect(within(panel).queryByRole("combobox", { name: /Vai trò của/ })).toBeNull();
    expect(within(panel).queryByText("5BH34-T3N93")).toBeNull();
  });
});
