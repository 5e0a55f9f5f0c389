import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { getSession, setSession } from "../../lib/session";
import { page } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";

const tokens = { tokenType: "Bearer", accessToken: "new-access", expiresIn: 1800, refreshToken: "new-refresh" };

describe("passwords", () => {
  afterEach(() => setSession(null));

  it("changes one's own password, keeps the fresh tokens as the session, and names the API's field errors", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    let attempt = 0;
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: { email: "can.bo@dinhcong.example", roles: ["editor"], unitIds: [], mustChangePassword: false } };
      if (url.pathname === "/api/v1/auth/password") {
        attempt++;
        return attempt === 1
          ? { status: 400, body: { status: 400, title: "Invalid", traceId: "00-pw-01", errors: { currentPassword: ["Mật khẩu hiện tại không đúng."] } } }
          : { body: tokens };
      }
      if (url.pathname === "/api/v1/events") return { body: page([]) };
    });
    const { router } = renderAt("/account/password");

    await userEvent.type(await screen.findByLabelText(/^Mật khẩu hiện tại/), "sai-mat-khau-1");
    await userEvent.type(screen.getByLabelText(/^Mật khẩu mới/), "mat-khau-moi-2026");
    await userEvent.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "mat-khau-moi-2026");
    await userEvent.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    await waitFor(() => expect(screen.getByLabelText(/^Mật khẩu hiện tại/)).toHaveAccessibleDescription("Mật khẩu hiện tại không đúng."));

    await userEvent.clear(screen.getByLabelText(/^Mật khẩu hiện tại/));
    await userEvent.type(screen.getByLabelText(/^Mật khẩu hiện tại/), "antq-admin-2023");
    // Enter submits: the form is a real <form>.
    await userEvent.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "{Enter}");
    await waitFor(() => expect(getSession()?.refreshToken).toBe("new-refresh"));
    expect(getSession()?.accessToken).toBe("new-access");
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
  });

  it("refuses two different new passwords before asking the API", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const requests = mockApi((request) => {
      if (new URL(request.url).pathname === "/api/v1/auth/me") return { body: { email: "a@b.example", roles: [], unitIds: [], mustChangePassword: false } };
    });
    renderAt("/account/password");
    await userEvent.type(await screen.findByLabelText(/^Mật khẩu hiện tại/), "antq-admin-2023");
    await userEvent.type(screen.getByLabelText(/^Mật khẩu mới/), "mat-khau-moi-2026");
    await userEvent.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "mat-khau-khac-2026");
    await userEvent.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    expect(await screen.findByText("Hai lần nhập mật khẩu mới không khớp nhau.")).toBeInTheDocument();
    expect(requests.filter((r) => new URL(r.url).pathname === "/api/v1/auth/password")).toHaveLength(0);
  });

  it("sends a user with a one-time password to choose a new one, whatever page they open", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: { email: "moi@dinhcong.example", roles: ["viewer"], unitIds: [], mustChangePassword: true } };
      return { status: 403, body: { status: 403, title: "Forbidden" } };
    });
    const { router } = renderAt("/events");
    expect(await screen.findByText("Cần đặt mật khẩu mới")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/account/password");
    expect(router.state.location.search).toBe("?from=%2Fevents");
  });
});
