import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setSession } from "../../lib/session";
import { festival, page, wardCommittee } from "../../test/fixtures";

const otherWard = { ...wardCommittee, id: "0190a1b2-0000-7000-8000-000000000099", name: "UBND phường Giáp Bát" };
import { mockApi, renderAt } from "../../test/render";

function answer(roles: string[], unitIds: string[] = []) {
  return mockApi((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/auth/me") return { body: { email: "can.bo@dinhcong.example", roles, unitIds } };
    if (url.pathname === "/api/v1/units") return { body: page([wardCommittee, otherWard]) };
    if (url.pathname === "/api/v1/events") return { body: page([festival]) };
    if (url.pathname === `/api/v1/events/${festival.id}`) return { body: { ...festival, status: "scheduled", allowedTransitions: ["ongoing", "draft", "cancelled"] }, headers: { ETag: "\"2\"" } };
  });
}

describe("role-aware screens", () => {
  afterEach(() => setSession(null));

  it("offers writing to editors", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["editor"], [wardCommittee.id]);
    const { unmount } = renderAt("/events");
    expect(await screen.findByRole("link", { name: "Tạo sự kiện" })).toBeInTheDocument();
    unmount();

    renderAt(`/events/${festival.id}`);
    expect(await screen.findByRole("link", { name: "Sửa" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bắt đầu" })).toBeInTheDocument();
  });

  it("offers an editor no write actions on an event of a unit outside theirs", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["editor"], [otherWard.id]);
    renderAt(`/events/${festival.id}`);
    await screen.findByRole("heading", { level: 1, name: festival.title });
    await screen.findByText("can.bo@dinhcong.example");
    // Printing is for everyone; editing, deleting and moving the event are not offered outside the editor's units.
    await screen.findByRole("button", { name: "In" });
    expect(screen.queryByRole("link", { name: "Sửa" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Bắt đầu" })).toBeNull();
  });

  it("hides write actions from viewers and signed-out visitors", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["viewer"]);
    const { unmount } = renderAt(`/events/${festival.id}`);
    await screen.findByRole("heading", { level: 1, name: festival.title });
    await screen.findByText("can.bo@dinhcong.example");
    expect(screen.queryByRole("link", { name: "Sửa" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Bắt đầu" })).toBeNull();
    unmount();

    setSession(null);
    answer([]);
    renderAt("/events");
    await screen.findByRole("link", { name: festival.title });
    expect(screen.queryByRole("link", { name: "Tạo sự kiện" })).toBeNull();
    expect(screen.getByRole("link", { name: "Đăng nhập" })).toBeInTheDocument();
  });

  it("sends signed-out visitors of a write page to sign in, and tells a viewer kindly", async () => {
    answer([]);
    const { router, unmount } = renderAt("/events/new");
    expect(await screen.findByRole("button", { name: "Đăng nhập" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/sign-in");
    unmount();

    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    answer(["viewer"]);
    renderAt("/admin/users");
    expect(await screen.findByText("Trang này chỉ dành cho quản trị viên.")).toBeInTheDocument();
  });
});
