import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { FESTIVAL_ID, FESTIVAL_TITLE, launch, newPage, seriousA11yViolations, signIn } from "./browser.mjs";

// A number in the name keeps the searches unique when the suite runs again on the same database.
const RUN = String(Date.now() % 1_000_000);
const NAME = `Mô hình "Khu dân cư an toàn PCCC" thử nghiệm ${RUN}`;
const FIRE_SAFETY = "0190a1b2-0000-7000-8000-000000000406";
const GROUPS = "Tổ liên gia an toàn PCCC được thành lập";
const FIRES = "Số vụ cháy trên địa bàn";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Picks an option of one of the app's selects (Mantine), typing `search` first when the select searches the server. */
async function pick(scope, label, option, search) {
  const box = scope.getByRole("combobox", { name: label });
  if (search) await box.fill(search);
  else await box.click();
  const page = typeof scope.page === "function" ? scope.page() : scope;
  await page.getByRole("option", { name: option }).first().click();
}

/** The text of the messages that describe a field (its error among them). */
const descriptionOf = (locator) => locator.evaluate((el) =>
  (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? "").join(" "));

/** "dd/mm/yyyy" of a day some days from today in Hà Nội. */
function hanoiDay(offsetDays = 0) {
  const day = new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** Opens an indicator's "add a value" form and fills it; the date stays today unless given. */
async function addValue(card, value, day) {
  await card.getByRole("button", { name: "Thêm số liệu" }).click();
  const form = card.getByRole("form");
  await form.getByRole("textbox", { name: /^Số liệu/ }).fill(value);
  if (day) {
    const date = form.getByLabel(/^Ngày đo/);
    await date.fill(day);
    await date.press("Escape");
  }
  await form.getByRole("button", { name: "Lưu số liệu" }).click();
  return form;
}

describe("initiatives in the browser", () => {
  test("the fire-safety campaign's figures; a new initiative with two indicators, started, measured, refused, linked to the festival", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page);

    // The demo campaign: 32 groups and 35 fire points measured at the festival, no targets.
    await page.goto(`/initiatives/${FIRE_SAFETY}`);
    await page.getByRole("heading", { level: 1, name: "Công tác phòng cháy, chữa cháy năm 2023" }).waitFor();
    const groups = page.getByRole("region", { name: GROUPS });
    await groups.getByText("32 tổ · chưa đặt mục tiêu · đo ngày 14/08/2023").waitFor();
    await page.getByRole("region", { name: "Điểm chữa cháy công cộng được bố trí" }).getByText("35 điểm", { exact: false }).first().waitFor();
    await groups.getByRole("cell", { name: "14/08/2023", exact: true }).waitFor();
    await page.getByText("Đã hoàn thành", { exact: true }).first().waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);

    // The list finds it without diacritics.
    await page.goto("/initiatives?q=phong%20chay%20chua%20chay");
    await page.getByRole("link", { name: "Công tác phòng cháy, chữa cháy năm 2023" }).waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);

    // A new initiative: one count that should rise to 40, and fires that should fall from 12 to 4.
    await page.getByRole("link", { name: "Thêm mô hình" }).click();
    await page.getByRole("heading", { name: "Thêm mô hình, chuyên đề" }).waitFor();
    await page.getByRole("textbox", { name: /^Tên mô hình, chuyên đề/ }).fill(NAME);
    await pick(page, /^Loại/, "Mô hình");
    await pick(page, /^Lĩnh vực/, "Phòng cháy, chữa cháy");
    await pick(page, /^Đơn vị chủ trì/, "Công an phường Định Công", "cong an phuong dinh cong");
    await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
    const first = page.getByRole("group", { name: "Chỉ tiêu 1" });
    await first.getByRole("textbox", { name: /^Tên chỉ tiêu/ }).fill(GROUPS);
    await first.getByRole("textbox", { name: /^Đơn vị tính/ }).fill("tổ");
    await first.getByRole("textbox", { name: "Mục tiêu", exact: true }).fill("40");
    await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
    const second = page.getByRole("group", { name: "Chỉ tiêu 2" });
    await second.getByRole("textbox", { name: /^Tên chỉ tiêu/ }).fill(FIRES);
    await second.getByRole("textbox", { name: /^Đơn vị tính/ }).fill("vụ");
    await pick(second, /^Chiều đánh giá/, "Càng thấp càng tốt");
    await second.getByRole("textbox", { name: "Mục tiêu", exact: true }).fill("4");
    await second.getByRole("textbox", { name: "Mức ban đầu", exact: true }).fill("12");
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.getByRole("button", { name: "Lưu" }).click();

    await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await page.getByText("Đề xuất", { exact: true }).waitFor();

    // Started: it is active, dated today.
    await page.getByRole("button", { name: "Triển khai" }).click();
    await page.getByText("Đang triển khai", { exact: true }).waitFor();
    await page.getByText(`Từ ${hanoiDay()}`).waitFor();

    // A value through the form: the bar and the chart follow.
    const rising = page.getByRole("region", { name: GROUPS });
    await rising.getByText("Chưa có số liệu", { exact: true }).waitFor();
    await addValue(rising, "30");
    await rising.getByText("30 / 40 tổ", { exact: false }).waitFor();
    assert.equal(await rising.locator("[data-progress]").getAttribute("data-progress"), "75");
    await rising.locator(".recharts-line-dot").first().waitFor();
    await rising.locator("svg .recharts-label").getByText("Mục tiêu 40 tổ").waitFor();
    await rising.getByRole("cell", { name: hanoiDay(), exact: true }).waitFor();

    // Lower is better: 9 fires from 12 toward 4 is 3/8 of the way.
    const falling = page.getByRole("region", { name: FIRES });
    await falling.getByText("Càng thấp càng tốt", { exact: false }).first().waitFor();
    await addValue(falling, "9");
    await falling.getByText("Từ 12 xuống 9 vụ · mục tiêu 4", { exact: false }).waitFor();
    assert.equal(await falling.locator("[data-progress]").getAttribute("data-progress"), "38");
    await falling.locator("svg .recharts-label").getByText("Ban đầu 12 vụ").waitFor();

    // Refused: a day after today and a negative value, each next to its field; then a second value on the same day.
    let form = await addValue(rising, "-5", hanoiDay(2));
    const value = form.getByRole("textbox", { name: /^Số liệu/ });
    const date = form.getByLabel(/^Ngày đo/);
    await page.waitForFunction(() => document.querySelectorAll("[aria-invalid='true']").length >= 2);
    assert.match(await descriptionOf(value), /Số liệu không được âm/);
    assert.match(await descriptionOf(date), /Ngày đo không được sau hôm nay/);
    await value.fill("31");
    await date.fill(hanoiDay());
    await date.press("Escape");
    await form.getByRole("button", { name: "Lưu số liệu" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[aria-invalid='true']").length === 1);
    assert.match(await descriptionOf(date), /đã có số liệu ngày/);
    await form.getByRole("button", { name: "Hủy" }).click();
    assert.equal(await rising.locator("[data-progress]").getAttribute("data-progress"), "75");
    assert.deepEqual(await seriousA11yViolations(page), []);

    // Linked to the festival: the festival's initiatives tab lists it with its progress.
    await pick(page, /^Gắn thêm sự kiện/, FESTIVAL_TITLE, "ngay hoi toan dan");
    await page.getByRole("button", { name: "Gắn sự kiện" }).click();
    await page.getByRole("link", { name: FESTIVAL_TITLE }).click();
    await page.waitForURL(new RegExp(`/events/${FESTIVAL_ID}\\?tab=initiatives`));
    const panel = page.getByRole("tabpanel");
    const row = panel.getByRole("row").filter({ has: page.getByRole("link", { name: NAME }) });
    await row.getByText("30 / 40 tổ", { exact: false }).waitFor();
    await row.getByText("Đang triển khai").waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);

    // On paper: the initiative's page without the app's navigation, its chart and history included.
    await row.getByRole("link", { name: NAME }).click();
    await page.getByRole("region", { name: GROUPS }).locator(".recharts-line-dot").first().waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByRole("banner").isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Thêm số liệu" }).first().isVisible(), false);
    assert.ok(await page.getByRole("region", { name: GROUPS }).getByRole("table").isVisible());
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    assert.ok(pdf.length > 5_000);
    await page.context().close();
  });

  test("on a phone the list is cards and its filters fold under one button", async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    await page.goto("/initiatives?status=completed");
    const card = page.getByTestId("initiative-card").filter({ hasText: "Công tác phòng cháy, chữa cháy năm 2023" });
    await card.getByText("Đã hoàn thành").waitFor();
    await card.getByText("32 tổ", { exact: false }).first().waitFor();
    assert.equal(await page.getByRole("combobox", { name: "Trạng thái" }).isVisible(), false);
    await page.getByRole("button", { name: "Bộ lọc (1 đang chọn)" }).click();
    await page.getByRole("combobox", { name: "Trạng thái" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Thêm mô hình" }).count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.context().close();
  });
});
