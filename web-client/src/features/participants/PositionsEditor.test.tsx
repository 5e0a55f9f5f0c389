import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { setSession } from "../../lib/session";
import { page, wardCommittee } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";

const hieu = {
  id: "0190a1b2-0000-7000-8000-000000000207", kind: "individual", fullName: "Nguyễn Quang Hiếu", rank: null,
  positions: ["Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch HĐND quận Hoàng Mai"], unitId: wardCommittee.id, unitName: wardCommittee.name,
  phone: null, email: null, notes: null, isPlaceholder: false,
};

describe("a participant's positions", () => {
  afterEach(() => setSession(null));

  it("are edited as an ordered list: moved up and down, removed, added, and saved in that order", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const puts: Request[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: { email: "admin@antq.local", roles: ["admin"], unitIds: [] } };
      if (url.pathname === "/api/v1/units") return { body: page([wardCommittee]) };
      if (url.pathname === `/api/v1/units/${wardCommittee.id}`) return { body: wardCommittee };
      if (url.pathname === `/api/v1/participants/${hieu.id}/events`) return { body: page([]) };
      if (url.pathname === `/api/v1/participants/${hieu.id}` && request.method === "GET") return { body: hieu, headers: { ETag: "\"2\"" } };
      if (url.pathname === `/api/v1/participants/${hieu.id}` && request.method === "PUT") {
        puts.push(request);
        return { body: hieu, headers: { ETag: "\"3\"" } };
      }
    });
    renderAt(`/participants/${hieu.id}`);

    await userEvent.click(await screen.findByRole("button", { name: "Sửa" }));
    const dialog = await screen.findByRole("dialog");
    const list = within(dialog).getByRole("group", { name: "Chức vụ" });
    expect(within(list).getAllByRole("textbox").map((input) => (input as HTMLInputElement).value))
      .toEqual(["Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch HĐND quận Hoàng Mai"]);
    expect(within(list).getByRole("button", { name: "Đưa chức vụ 1 lên trên" })).toBeDisabled();

    await userEvent.click(within(list).getByRole("button", { name: "Đưa chức vụ 3 lên trên" }));
    await userEvent.click(within(list).getByRole("button", { name: "Đưa chức vụ 1 xuống dưới" }));
    await userEvent.click(within(list).getByRole("button", { name: "Bỏ chức vụ 3" }));
    await userEvent.click(within(list).getByRole("button", { name: "Thêm chức vụ" }));
    await userEvent.type(within(list).getByRole("textbox", { name: "Chức vụ 3" }), "Trưởng Ban Chỉ đạo 138 quận");
    expect(within(list).getAllByRole("textbox").map((input) => (input as HTMLInputElement).value))
      .toEqual(["Chủ tịch HĐND quận Hoàng Mai", "Thành ủy viên", "Trưởng Ban Chỉ đạo 138 quận"]);

    await userEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.headers.get("If-Match")).toBe("\"2\"");
    expect((await puts[0]!.json()).positions).toEqual(["Chủ tịch HĐND quận Hoàng Mai", "Thành ủy viên", "Trưởng Ban Chỉ đạo 138 quận"]);
  });
});
