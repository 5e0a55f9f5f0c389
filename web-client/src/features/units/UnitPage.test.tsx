import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setSession } from "../../lib/session";
import { festival, page, wardCommittee } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";

const ward = { id: "0190a1b2-0000-7000-8000-000000000005", name: "Phường Định Công", kind: "area", level: "commune", parentId: null, dissolvedOn: null };
const committee = { ...wardCommittee, parentId: ward.id };
const group41 = { id: "0190a1b2-0000-7000-8000-000000000041", name: "Tổ dân phố 41", kind: "residentialGroup", level: "grassroots", parentId: committee.id, dissolvedOn: null };
const chair = {
  id: "0190a1b2-0000-7000-8000-000000000208", kind: "individual", fullName: "Nguyễn Thị Phượng", rank: null,
  positions: ["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"], unitId: committee.id, unitName: committee.name,
  phone: null, email: null, notes: null, isPlaceholder: false,
};
const guest = { ...chair, id: "0190a1b2-0000-7000-8000-000000000209", fullName: "Đại biểu Công an quận", positions: [], isPlaceholder: true };

describe("unit page", () => {
  afterEach(() => setSession(null));

  it("shows the unit with its parent, child units, hosted events and participants, each linked to its page", async () => {
    const requests = mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === `/api/v1/units/${committee.id}`) return { body: committee, headers: { ETag: "\"3\"" } };
      if (url.pathname === "/api/v1/units") return { body: page([ward, committee, group41]) };
      if (url.pathname === "/api/v1/events") return { body: page([festival]) };
      if (url.pathname === "/api/v1/participants") return { body: page([chair, guest]) };
    });
    renderAt(`/units/${committee.id}`);

    expect(await screen.findByRole("heading", { level: 1, name: committee.name })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Phường Định Công" })).toHaveAttribute("href", `/units/${ward.id}`);
    expect(screen.getByRole("link", { name: "Tổ dân phố 41" })).toHaveAttribute("href", `/units/${group41.id}`);
    expect(await screen.findByRole("link", { name: new RegExp(festival.title.slice(0, 20)) })).toHaveAttribute("href", `/events/${festival.id}`);
    expect(await screen.findByRole("link", { name: "Nguyễn Thị Phượng" })).toHaveAttribute("href", `/participants/${chair.id}`);
    expect(screen.getByText("Chưa nêu tên")).toBeInTheDocument();

    const asked = requests.map((r) => new URL(r.url));
    expect(asked.some((u) => u.pathname === "/api/v1/events" && u.searchParams.get("hostUnitId") === committee.id)).toBe(true);
    expect(asked.some((u) => u.pathname === "/api/v1/participants" && u.searchParams.get("unitId") === committee.id)).toBe(true);
  });

  it("opens a participant's profile with positions in order, and edit and delete for writers", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    // The editor holds the ward: the participant's unit lies below it.
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: { email: "bien.tap@dinhcong.example", roles: ["editor"], unitIds: [ward.id], mustChangePassword: false } };
      if (url.pathname === "/api/v1/units") return { body: page([ward, committee, group41]) };
      if (url.pathname === `/api/v1/participants/${chair.id}`) return { body: chair, headers: { ETag: "\"7\"" } };
    });
    renderAt(`/participants/${chair.id}`);

    expect(await screen.findByRole("heading", { level: 1, name: "Nguyễn Thị Phượng" })).toBeInTheDocument();
    const positions = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(positions).toEqual(["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"]);
    expect(screen.getByRole("link", { name: committee.name })).toHaveAttribute("href", `/units/${committee.id}`);
    expect(await screen.findByRole("button", { name: "Sửa" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Xóa" })).toBeInTheDocument();
  });
});
