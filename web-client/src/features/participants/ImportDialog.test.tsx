import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { fileNameFrom } from "../../lib/download";
import { setSession } from "../../lib/session";
import { page } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";

const me = { email: "bien.tap@antq.local", roles: ["editor"], unitIds: [], mustChangePassword: false };

describe("participants import", () => {
  afterEach(() => setSession(null));

  it("checks the file first, lists every bad row, and imports only the good rows when asked", async () => {
    setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 });
    const imports: URL[] = [];
    mockApi((request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/auth/me") return { body: me };
      if (url.pathname === "/api/v1/participants") return { body: page([]) };
      if (url.pathname === "/api/v1/participants/import") {
        imports.push(url);
        const dryRun = url.searchParams.get("dryRun") === "true";
        return { body: { dryRun, created: dryRun ? 2 : 2, updated: 1, unchanged: 4, errors: [{ line: 3, message: "Họ tên: phải có giá trị." }] } };
      }
    });
    renderAt("/participants");

    await userEvent.click(await screen.findByRole("button", { name: "Nhập từ tệp" }));
    const dialog = await screen.findByRole("dialog");
    const file = new File(["kind,fullName\nindividual,Nguyễn Thị Phượng\nindividual,\n"], "nguoi.csv", { type: "text/csv" });
    expect(within(dialog).getByRole("button", { name: "Tệp bảng tính" })).toBeInTheDocument();
    // Mantine's FileInput is a button over a hidden file input, which is what a browser fills.
    await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, file);

    expect(await within(dialog).findByText("1 dòng có lỗi")).toBeInTheDocument();
    expect(within(dialog).getByText(/^Các dòng hợp lệ sẽ thêm 2, cập nhật 1, giữ nguyên 4\./)).toBeInTheDocument();
    const row = within(within(dialog).getByRole("table", { name: "Các dòng có lỗi" })).getByText("Họ tên: phải có giá trị.").closest("tr")!;
    expect(within(row).getByText("3")).toBeInTheDocument();
    expect(imports[0]!.searchParams.get("dryRun")).toBe("true");
    expect(imports[0]!.searchParams.get("partial")).toBe("true");

    // All-or-nothing by default: with a bad row, nothing can be imported until the officer chooses to skip it.
    const importButton = within(dialog).getByRole("button", { name: "Nhập" });
    expect(importButton).toBeDisabled();
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /chỉ nhập các dòng hợp lệ/ }));
    await userEvent.click(importButton);
    expect(await within(dialog).findByText(/Đã thêm 2, cập nhật 1, giữ nguyên 4\./)).toBeInTheDocument();
    await waitFor(() => expect(imports).toHaveLength(2));
    expect(imports[1]!.searchParams.get("partial")).toBe("true");
    expect(imports[1]!.searchParams.get("dryRun")).toBe("false");
  });

  it("takes the download's name from Content-Disposition", () => {
    expect(fileNameFrom("attachment; filename=participants-2026-11-27.csv; filename*=UTF-8''participants-2026-11-27.csv", "x")).toBe("participants-2026-11-27.csv");
    expect(fileNameFrom('attachment; filename="event.xlsx"', "x")).toBe("event.xlsx");
    expect(fileNameFrom(null, "participants.csv")).toBe("participants.csv");
  });
});
