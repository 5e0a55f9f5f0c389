import { render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { formatCheckInCode } from "../../../lib/resources/attendance";
import { setSession } from "../../../lib/session";
import { attendancePage, festival, hieuOnList, phuongOnList } from "../../../test/fixtures";
import { mockApi, renderAt } from "../../../test/render";
import { BadgeSheets } from "./PrintViews";

const placeholderOnList = {
  ...phuongOnList, participantId: "0190a1b2-0000-7000-8000-000000000210", fullName: "Cá nhân có thành tích xuất sắc 1", isPlaceholder: true,
  positions: [], code: "7KQ2M9XDRA",
};

function answer(roles: string[], { codes = true } = {}) {
  const people = [hieuOnList, phuongOnList, placeholderOnList].map((p) => (codes ? p : { ...p, code: null }));
  return mockApi((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/auth/me") return { body: { email: "can.bo@dinhcong.example", roles, unitIds: [] } };
    if (url.pathname === `/api/v1/events/${festival.id}`) return { body: festival, headers: { ETag: "\"3\"" } };
    if (url.pathname === `/api/v1/events/${festival.id}/participants`) return { body: attendancePage(people) };
  });
}

describe("badges and invitations", () => {
  afterEach(() => setSession(null));

  it("shows check-in codes as XXXXX-XXXXX", () => {
    expect(formatCheckInCode("5BH34T3N93")).toBe("5BH34-T3N93");
    expect(formatCheckInCode("5bh34 t3n93")).toBe("5BH34-T3N93");
  });

  it("prints each badge with the name as written, the rank, the positions in order, the role, the event and the code", () => {
    render(<BadgeSheets event={festival} people={[phuongOnList, hieuOnList]} qr={new Map([
      [phuongOnList.code, "data:image/svg+xml,phuong"], [hieuOnList.code, "data:image/svg+xml,hieu"],
    ])} />);
    const [phuong, hieu] = screen.getAllByTestId("badge");
    expect(within(phuong!).getByText("Nguyễn Thị Phượng")).toBeInTheDocument();
    expect(within(phuong!).getByText("5BH34-T3N93")).toBeInTheDocument();
    expect(within(phuong!).getByText("Ban tổ chức")).toBeInTheDocument();
    expect(within(phuong!).getByText(festival.title)).toBeInTheDocument();
    expect(within(phuong!).getAllByRole("listitem").map((li) => li.textContent))
      .toEqual(["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"]);
    expect(within(phuong!).getByRole("img", { name: "Mã QR điểm danh của Nguyễn Thị Phượng" })).toHaveAttribute("src", "data:image/svg+xml,phuong");
    expect(within(hieu!).getByText("Đại tá")).toBeInTheDocument();
    expect(within(hieu!).getByText("Nguyễn Quang Hiếu")).toBeInTheDocument();
    expect(within(hieu!).getByText("TPT3W-DQGXH")).toBeInTheDocument();
  });

  it("draws a QR code for the people chosen in the list only, 8 badges to a sheet", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["admin"]);
    renderAt(`/events/${festival.id}/badges?ids=${phuongOnList.participantId}`);
    const img = await screen.findByRole("img", { name: "Mã QR điểm danh của Nguyễn Thị Phượng" });
    await waitFor(() => expect(img.getAttribute("src")).toMatch(/^data:image\/svg\+xml/));
    expect(screen.getAllByTestId("badge")).toHaveLength(1);
    expect(screen.queryByText("Nguyễn Quang Hiếu")).toBeNull();
    expect(screen.getByText(/1 người đã chọn/)).toBeInTheDocument();
  });

  it("tells readers that badges need write access (the API sends them no codes)", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["viewer"], { codes: false });
    renderAt(`/events/${festival.id}/invitations`);
    expect(await screen.findByText("Cần quyền cập nhật")).toBeInTheDocument();
    expect(screen.queryByTestId("invitation")).toBeNull();
    expect(screen.getByRole("button", { name: "In" })).toBeDisabled();
  });

  it("invites each person by rank, name and positions, with the event's Hà Nội date and time", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["editor"]);
    renderAt(`/events/${festival.id}/invitations?ids=${hieuOnList.participantId}`);
    const invitation = await screen.findByTestId("invitation");
    expect(invitation).toHaveTextContent("Kính gửi: Đồng chí Đại tá Nguyễn Quang Hiếu — Thành ủy viên, Bí thư Quận ủy");
    expect(invitation).toHaveTextContent("19:00 – 21:30, 14/08/2023");
    expect(invitation).toHaveTextContent(festival.venue!);
    expect(invitation).toHaveTextContent("TPT3W-DQGXH");
  });

  it("leaves the unnamed placeholders out of the sheets and says so", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["editor"]);
    renderAt(`/events/${festival.id}/invitations`);
    await waitFor(() => expect(screen.getAllByTestId("invitation")).toHaveLength(2));
    expect(screen.queryByText(/Cá nhân có thành tích xuất sắc 1/)).toBeNull();
    expect(screen.getByText(/1 người giữ chỗ chưa có tên không được in/)).toBeInTheDocument();
  });
});
