import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setSession } from "../../lib/session";
import { festival, page } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";

const entry = (id: number, command: string, extra: object = {}) => ({
  id, at: "2023-08-14T12:05:00Z", actorKind: "user", actorId: null, actorName: "admin@antq.local", command,
  recordId: null, recordType: null, recordName: null, outcome: "succeeded", status: 200, ...extra,
});

describe("audit log", () => {
  afterEach(() => setSession(null));

  it("reads for people: Vietnamese action names, the record's name linked to its page, the outcome as a badge", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const requests = mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: { email: "admin@antq.local", roles: ["admin"], unitIds: [], mustChangePassword: false } };
      if (url.pathname === "/api/v1/audit") {
        return {
          body: page([
            entry(3, "UpdateEventCommand", { recordId: festival.id, recordType: "event", recordName: festival.title }),
            entry(2, "LoginCommand", { outcome: "rejected", status: 401 }),
            entry(1, "SomethingNewCommand"),
          ]),
        };
      }
    });
    renderAt("/admin/audit?command=UpdateEventCommand");

    const link = await screen.findByRole("link", { name: festival.title });
    expect(link).toHaveAttribute("href", `/events/${festival.id}`);
    const row = link.closest("tr")!;
    expect(within(row as HTMLElement).getByText("Sửa sự kiện")).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText("Thành công")).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "Đăng nhập" })).toBeInTheDocument();
    // A command the app does not know yet still shows, as it is.
    expect(screen.getByRole("cell", { name: "SomethingNewCommand" })).toBeInTheDocument();
    // The action filter is a list, and it goes to the API.
    expect(screen.getByRole("combobox", { name: "Thao tác" })).toHaveValue("Sửa sự kiện");
    expect(requests.some((r) => new URL(r.url).searchParams.get("command") === "UpdateEventCommand")).toBe(true);
  });
});
