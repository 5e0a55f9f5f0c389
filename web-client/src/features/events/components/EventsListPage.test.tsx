import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { festival, page } from "../../../test/fixtures";
import { mockApi, renderAt } from "../../../test/render";

describe("events list", () => {
  it("shows events with Vietnamese dates and status, and searches the server as the user types", async () => {
    const requests = mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/events") return { body: page(url.searchParams.get("q") === "zzz" ? [] : [festival]) };
    });
    renderAt("/events");

    const row = (await screen.findByRole("link", { name: festival.title })).closest("tr")!;
    expect(within(row).getByText("19:00 14/08/2023")).toBeInTheDocument();
    expect(within(row).getByText("Đã kết thúc")).toBeInTheDocument();
    expect(screen.getByText("Tổng số: 1")).toBeInTheDocument();

    await userEvent.type(screen.getByRole("searchbox", { name: "Tìm kiếm" }), "dinh cong");
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get("q") === "dinh cong")).toBe(true));
    // Debounced: not a request for every keystroke. (Not "at most 2": on a loaded machine a keystroke can take longer
    // than the 300 ms debounce, so a few partial searches are fine; nine would mean no debounce at all.)
    expect(requests.filter((r) => new URL(r.url).searchParams.has("q")).length).toBeLessThan("dinh cong".length);
  });

  it("says what to do next when nothing matches", async () => {
    mockApi(() => ({ body: page([]) }));
    renderAt("/events?status=cancelled");
    expect(await screen.findByText("Chưa có sự kiện nào khớp bộ lọc.")).toBeInTheDocument();
  });

  it("sends the status filter from the URL to the API", async () => {
    const requests = mockApi(() => ({ body: page([]) }));
    renderAt("/events?status=scheduled&page=2");
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get("status")).toBe("scheduled");
    expect(url.searchParams.get("page")).toBe("2");
  });
});
