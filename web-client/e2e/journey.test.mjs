// The journey in one go, as an officer and a gate volunteer live it: a spreadsheet of Vietnamese names is
// imported, the people are found without diacritics and put on a festival's list, their badges print, and the gate
// checks them in — two of them while the phone has no connection — with the server counting each exactly once.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, launch, newPage, signIn } from "./browser.mjs";

const HOST_UNIT = "0190a1b2-0000-7000-8000-000000000006"; // UBND phường Định Công
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
// Names whose marks stack (ữ, ặ, ộ), saved by the spreadsheet program in NFD, behind a BOM.
const PEOPLE = [`Đỗ Thị Mỹ Hạnh ${RUN}`, `Nguyễn Hữu Đặng ${RUN}`, `Lương Văn Quốc ${RUN}`];

let browser;
let token;
before(async () => {
  browser = await launch();
  token = (await call("POST", "/api/v1/auth/login", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).body.accessToken;
});
after(async () => { await browser?.close(); });

async function call(method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const vietnamTime = (hours) => `${new Date(Date.now() + (hours + 7) * 3_600_000).toISOString().slice(0, 19)}+07:00`;
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

describe("from a spreadsheet to the gate", () => {
  test("import, add to the festival, print badges, check in at the gate and offline: the count rises by exactly the check-ins", async () => {
    const dir = await mkdtemp(join(tmpdir(), "antq-journey-"));
    const file = join(dir, "khach-moi.csv");
    await writeFile(file, "\uFEFFkind,fullName,positions\r\n" + PEOPLE.map((name) => `individual,${name.normalize("NFD")},Tổ viên tổ an ninh`.normalize("NFD")).join("\r\n") + "\r\n");

    // An officer imports the spreadsheet.
    const desk = await newPage(browser);
    await signIn(desk);
    await desk.goto("/participants");
    await desk.getByRole("button", { name: "Nhập từ tệp" }).click();
    await desk.locator('input[type="file"]').setInputFiles(file);
    const importDialog = desk.getByRole("dialog");
    await importDialog.getByText("Sẽ thêm 3, cập nhật 0, giữ nguyên 0.").waitFor();
    await importDialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await importDialog.getByText(/Đã thêm 3/).waitFor();
    await importDialog.getByRole("button", { name: "Đóng", exact: true }).first().click();

    // A festival tonight, ongoing.
    const created = await call("POST", "/api/v1/events", {
      title: `Ngày hội Toàn dân bảo vệ ANTQ ${RUN}`, kind: "festival", startsAt: vietnamTime(-1), endsAt: vietnamTime(3),
      venue: "Sân nhà văn hóa tổ dân phố 41", hostUnitId: HOST_UNIT,
    });
    assert.equal(created.status, 201);
    const eventId = created.body.id;
    for (const status of ["scheduled", "ongoing"]) assert.equal((await call("POST", `/api/v1/events/${eventId}/status`, { status })).status, 200);

    // Each is found by typing the name without diacritics and put on the list.
    await desk.goto(`/events/${eventId}`);
    await desk.getByRole("tab", { name: /Người tham dự/ }).click();
    for (const name of PEOPLE) {
      await desk.getByRole("button", { name: "Thêm người tham dự" }).click();
      const dialog = desk.getByRole("dialog");
      await dialog.getByRole("combobox", { name: /^Người tham gia/ }).fill(fold(name));
      await desk.getByRole("option", { name }).click();
      await dialog.getByRole("button", { name: "Thêm vào danh sách" }).click();
      await desk.getByRole("tabpanel").getByRole("link", { name }).waitFor();
    }
    await desk.getByRole("tab", { name: "Người tham dự (3)" }).waitFor();

    // Their badges, in print: every name with its diacritics, as stored (NFC), and a QR code each.
    await desk.getByRole("link", { name: /^In thẻ/ }).click();
    await desk.locator(".badge img").first().waitFor();
    await desk.emulateMedia({ media: "print" });
    for (const name of PEOPLE) assert.ok(await desk.locator(".badge").getByText(name, { exact: true }).isVisible(), `${name} on a badge`);
    assert.equal(await desk.locator(".badge img").count(), 3);

    // The officer keeps the event's list open at the desk while the gate works.
    await desk.emulateMedia({ media: "screen" });
    await desk.goto(`/events/${eventId}`);
    await desk.getByRole("tab", { name: /Người tham dự/ }).click();
    const deskCounts = desk.getByRole("group", { name: "Số người theo vai trò và trạng thái" });
    await deskCounts.getByRole("button", { name: /^Đã điểm danh: 0/ }).waitFor();

    // At the gate, on a phone: the first by the code on the badge, online.
    const codes = Object.fromEntries((await call("GET", `/api/v1/events/${eventId}/gate-list`)).body.items.map((i) => [i.fullName, i.code]));
    const gate = await newPage(browser, PHONE);
    gate.setDefaultTimeout(30_000);
    await signIn(gate);
    await gate.goto(`/events/${eventId}/gate`);
    const counter = (text) => gate.waitForFunction(
      (expected) => document.querySelector("[data-testid=gate-checked-in]")?.innerText.replace(/\s+/g, " ").trim() === expected, text);
    await counter("0 / 3");
    const input = gate.getByLabel("Mã điểm danh hoặc họ tên");
    await input.fill(codes[PEOPLE[0]]);
    await input.press("Enter");
    await gate.locator(".gate-result-ok").getByText(PEOPLE[0]).waitFor();
    await counter("1 / 3");
    const before = (await call("GET", `/api/v1/events/${eventId}/participants`)).body.counts.byStatus.checkedIn;
    assert.equal(before, 1);

    // The connection drops; two more are checked in on the phone.
    await gate.context().setOffline(true);
    await gate.getByText("Mất mạng", { exact: true }).waitFor();
    for (const name of PEOPLE.slice(1)) {
      await input.fill(fold(name));
      await gate.getByRole("listitem").filter({ hasText: name }).click();
      await gate.locator(".gate-result-ok").getByText(name).waitFor();
    }
    await gate.getByText("2 đang chờ đồng bộ").waitFor();
    assert.equal((await call("GET", `/api/v1/events/${eventId}/participants`)).body.counts.byStatus.checkedIn, before);

    // Back online: the queue drains, and the server's count rises by exactly two.
    await gate.context().setOffline(false);
    await gate.getByText("đang chờ đồng bộ").waitFor({ state: "detached", timeout: 60_000 });
    const after = (await call("GET", `/api/v1/events/${eventId}/participants`)).body;
    assert.equal(after.counts.byStatus.checkedIn, before + 2);
    assert.equal(after.totalCount, 3);
    await counter("3 / 3");
    await gate.context().close();

    // At the desk the counts follow the gate without a reload (an ongoing event's list is read again every 15 s).
    await deskCounts.getByRole("button", { name: /^Đã điểm danh: 3/ }).waitFor({ timeout: 60_000 });
    await desk.context().close();
  });
});
