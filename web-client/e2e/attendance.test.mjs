import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, FESTIVAL_ID, launch, newPage, seriousA11yViolations, signIn } from "./browser.mjs";

const WARD_COMMITTEE_ID = "0190a1b2-0000-7000-8000-000000000006";
// A number in the name keeps the search unambiguous if the suite runs again on the same database.
const RUN = String(Date.now() % 100_000);
const GUEST = { kind: "individual", fullName: `Phạm Thị Thu Hường ${RUN}`, rank: "Thượng tá", positions: ["Phó Trưởng Công an phường Định Công", "Ủy viên Ban Chỉ đạo 138 phường"] };
const TITLE = "Hội nghị sơ kết phong trào Toàn dân bảo vệ ANTQ quý III";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** An instant as the API writes them, in Hà Nội time: "2026-09-01T09:00:00+07:00". */
function hanoi(date) {
  const shifted = new Date(date.getTime() + 7 * 3600_000).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}

/** Calls the API with the signed-in page's token (the set-up the UI steps do not test). */
async function apiAs(page, method, path, body) {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("antq.session")).accessToken);
  const response = await page.request.fetch(`${BASE_URL}${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, data: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

describe("attendance in the browser", () => {
  test("an officer adds a participant found without diacritics, checks them in, makes them a speaker, prints their badge, and sees the event on their page", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await signIn(page);

    // Set-up through the API: an ongoing event and a participant with a Vietnamese name.
    const now = Date.now();
    const event = await apiAs(page, "POST", "/api/v1/events", {
      title: TITLE, kind: "meeting", startsAt: hanoi(new Date(now - 3600_000)), endsAt: hanoi(new Date(now + 3 * 3600_000)),
      venue: "Hội trường UBND phường Định Công", hostUnitId: WARD_COMMITTEE_ID,
    });
    await apiAs(page, "POST", `/api/v1/events/${event.id}/status`, { status: "scheduled" });
    await apiAs(page, "POST", `/api/v1/events/${event.id}/status`, { status: "ongoing" });
    const guest = await apiAs(page, "POST", "/api/v1/participants", GUEST);

    // Add them from the attendance tab, typing the name without diacritics.
    await page.goto(`/events/${event.id}?tab=attendance`);
    await page.getByRole("tab", { name: "Người tham dự (0)" }).waitFor();
    await page.getByText("Danh sách chưa có ai.").waitFor();
    await page.getByRole("button", { name: "Thêm người tham dự" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: /^Người tham gia/ }).fill(`pham thi thu huong ${RUN}`);
    await page.getByRole("option", { name: `Thượng tá ${GUEST.fullName}` }).click();
    await dialog.getByRole("button", { name: "Thêm vào danh sách" }).click();
    await dialog.waitFor({ state: "hidden" });

    const panel = page.getByRole("tabpanel");
    const row = panel.getByRole("row").filter({ has: page.getByRole("link", { name: GUEST.fullName }) });
    await row.waitFor();
    assert.equal(await row.getByRole("combobox", { name: `Vai trò của ${GUEST.fullName}` }).inputValue(), "guest");
    await row.getByText("Thượng tá · Phó Trưởng Công an phường Định Công").waitFor();
    await row.getByText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/).waitFor();
    const counts = panel.getByRole("group", { name: "Số người theo vai trò và trạng thái" });
    await counts.getByRole("button", { name: /^Tổng: 1 / }).waitFor();
    await counts.getByRole("button", { name: /^Khách mời: 1 / }).waitFor();
    await counts.getByRole("button", { name: /^Đã mời: 1 / }).waitFor();
    await page.getByRole("tab", { name: "Người tham dự (1)" }).waitFor();

    // Check them in from the list: the time shows as dd/mm/yyyy HH:mm in Hà Nội time (the browser is in New York).
    await row.getByRole("combobox", { name: `Trạng thái của ${GUEST.fullName}` }).selectOption("checkedIn");
    await counts.getByRole("button", { name: /^Đã điểm danh: 1 / }).waitFor();
    const shown = await row.getByText(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/).innerText();
    const expected = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
    assert.equal(shown.slice(0, 10), expected);

    // Make them the speaker of a programme item in the edit form.
    await page.getByRole("link", { name: "Sửa" }).click();
    await page.getByRole("button", { name: "Thêm mục" }).click();
    await page.getByRole("textbox", { name: "Nội dung" }).fill("Phát biểu chào mừng");
    await page.getByRole("combobox", { name: "Người trình bày", exact: true }).fill(`pham thi thu huong ${RUN}`);
    await page.getByRole("option", { name: `Thượng tá ${GUEST.fullName}` }).click();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("tab", { name: /Chương trình/ }).click();
    const programme = page.getByRole("tabpanel");
    await programme.getByText("Phát biểu chào mừng —").waitFor();
    assert.equal(await programme.getByRole("link", { name: GUEST.fullName }).getAttribute("href"), `/participants/${guest.id}`);

    // Print the badge of the selection: in print media the name with its diacritics and the QR show, the app's navigation does not.
    await page.getByRole("tab", { name: /Người tham dự/ }).click();
    await row.getByText("Trình bày").waitFor();
    await row.getByRole("checkbox", { name: `Chọn ${GUEST.fullName}` }).check();
    await page.getByRole("link", { name: "In thẻ (1 người đã chọn)" }).click();
    const badge = page.locator(".badge");
    await badge.locator("img").waitFor();
    await page.emulateMedia({ media: "print" });
    await badge.getByText(GUEST.fullName, { exact: true }).waitFor();
    assert.ok(await badge.getByRole("img", { name: `Mã QR điểm danh của ${GUEST.fullName}` }).isVisible());
    assert.match(await badge.getByRole("img").getAttribute("src"), /^data:image\/svg\+xml/);
    assert.equal(await badge.count(), 1);
    assert.equal(await page.getByRole("navigation").or(page.locator(".mantine-AppShell-navbar")).first().isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "In", exact: true }).isVisible(), false);
    assert.equal(await page.getByRole("link", { name: "Tổng quan" }).isVisible(), false);
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 5_000);
    await page.emulateMedia({ media: "screen" });

    // Their page lists the event with their role, status and the "speaks" marker.
    await page.goto(`/participants/${guest.id}`);
    const eventRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: TITLE }) });
    await eventRow.getByText("Khách mời").waitFor();
    await eventRow.getByText("Đã điểm danh").waitFor();
    await eventRow.getByText("Trình bày").waitFor();
    await page.getByRole("heading", { name: "Khen thưởng" }).waitFor();
    await page.context().close();

    // The writer's attendance tab passes axe (which needs the CSP bypassed to inject itself).
    const axePage = await newPage(browser, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(axePage);
    await axePage.goto(`/events/${event.id}?tab=attendance`);
    await axePage.getByRole("tabpanel").getByRole("link", { name: GUEST.fullName }).waitFor();
    assert.deepEqual(await seriousA11yViolations(axePage), []);
    await axePage.context().close();
  });

  test("the demo festival's attendance tab shows its 11 people and the counts", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`/events/${FESTIVAL_ID}?tab=attendance`);
    await page.getByRole("tab", { name: "Người tham dự (11)" }).waitFor();
    const panel = page.getByRole("tabpanel");
    await panel.getByRole("link", { name: "Nguyễn Thị Phượng" }).waitFor();
    assert.equal(await panel.locator("tbody tr").count(), 11);
    const counts = panel.getByRole("group", { name: "Số người theo vai trò và trạng thái" });
    await counts.getByRole("button", { name: /^Tổng: 11 / }).waitFor();
    await counts.getByRole("button", { name: /^Đã điểm danh: 11 / }).waitFor();
    // Nobody signed in: no codes and no write actions.
    assert.equal(await panel.getByRole("button", { name: "Thêm người tham dự" }).count(), 0);
    assert.equal(await panel.getByText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/).count(), 0);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.context().close();
  });
});
