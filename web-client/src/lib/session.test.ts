import { afterEach, describe, expect, it } from "vitest";
import { api, unwrap } from "./api";
import { getSession, setSession } from "./session";
import { mockApi } from "../test/render";

describe("silent token refresh", () => {
  afterEach(() => setSession(null));

  it("exchanges an expired access token once and sends the request again with the new one", async () => {
    setSession({ accessToken: "old", refreshToken: "refresh-1", expiresAt: Date.now() - 1000 });
    const requests = mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/refresh") return { body: { tokenType: "Bearer", accessToken: "new", refreshToken: "refresh-2", expiresIn: 1800 } };
      if (url.pathname === "/api/v1/units") {
        return request.headers.get("Authorization") === "Bearer new"
          ? { body: { items: [], page: 1, pageSize: 20, totalCount: 0 } }
          : { status: 401, body: { status: 401, title: "Unauthorized" } };
      }
    });

    const page = await unwrap(api.GET("/api/v1/units"));

    expect(page.totalCount).toBe(0);
    expect(requests.map((r) => `${new URL(r.url).pathname} ${r.headers.get("Authorization") ?? ""}`)).toEqual([
      "/api/v1/units Bearer old",
      "/api/v1/auth/refresh ",
      "/api/v1/units Bearer new",
    ]);
    expect(getSession()?.refreshToken).toBe("refresh-2");
  });

  it("signs out when the refresh token is refused, and still answers public reads", async () => {
    setSession({ accessToken: "old", refreshToken: "revoked", expiresAt: Date.now() - 1000 });
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/refresh") return { status: 401, body: { status: 401 } };
      return request.headers.has("Authorization") ? { status: 401, body: { status: 401 } } : { body: { items: [], page: 1, pageSize: 20, totalCount: 3 } };
    });

    const page = await unwrap(api.GET("/api/v1/units"));

    expect(page.totalCount).toBe(3);
    expect(getSession()).toBeNull();
  });

  it("adopts the tokens another tab already refreshed instead of spending the same refresh token twice", async () => {
    setSession({ accessToken: "old", refreshToken: "refresh-1", expiresAt: Date.now() - 1000 });
    // Another tab refreshed first and stored its new tokens.
    localStorage.setItem("antq.session", JSON.stringify({ accessToken: "from-other-tab", refreshToken: "refresh-2", expiresAt: Date.now() + 60_000 }));
    const requests = mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/refresh") return { status: 401, body: { status: 401 } };
      return request.headers.get("Authorization") === "Bearer from-other-tab"
        ? { body: { items: [], page: 1, pageSize: 20, totalCount: 1 } }
        : { status: 401, body: { status: 401 } };
    });

    const page = await unwrap(api.GET("/api/v1/units"));

    expect(page.totalCount).toBe(1);
    expect(requests.map((r) => new URL(r.url).pathname)).not.toContain("/api/v1/auth/refresh");
    expect(getSession()?.refreshToken).toBe("refresh-2");
  });
});
