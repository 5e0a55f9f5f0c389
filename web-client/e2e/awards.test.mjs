import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, FESTIVAL_ID, fillDate, launch, newPage, seriousA11yViolations, signIn } from "./browser.mjs";

// A number in the names keeps searches and decision numbers unique when the suite runs again on the same database.
const RUN = String(Date.now() % 1_000_000);
const RECIPIENT = { kind: "individual", fullName: `Lê Thị Ngọc Ánh ${RUN}`, positions: ["Tổ trưởng Tổ dân phố số 5"] };
const CITATION = `Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023 (${RUN})`;
const DECISION = `${RUN}/QĐ-UBND`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function apiAs(page, method, path, body) {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("antq.session")).accessToken);
  const response = await page.request.fetch(`${BASE_URL}${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, data: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Picks an option of one of the app's selects (Mantine), typing `search` first when the select searches the server. */
async function pick(page, label, option, search) {
  const box = page.getByRole("combobox", { name: label });
  if (search) await box.fill(search);
  else await box.click();
  await page.getByRole("option", { name: option }).first().click();
}

/** Types a day into a date field inside a dialog; Tab (not Escape, which would close the dialog) closes its calendar. */
async function fillDateInDialog(dialog, label, text) {
  const input = dialog.getByLabel(label);
  await input.fill(text);
  await input.press("Tab");
}

/** The text of the messages that describe a field (its error among them). */
const descriptionOf = (locator) => locator.evaluate((el) =>
  (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? "").join(" "));

describe("awards in the browser", () => {
  test("a Giấy khen at the festival: recorded, approved, presented, printed, revoked; a district's Bằng khen is refused at the issuer", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page);
    const recipient = await apiAs(page, "POST", "/api/v1/participants", RECIPIENT);

    // From the festival's awards tab: "Thêm khen thưởng" prefills the event.
    await page.goto(`/events/${FESTIVAL_ID}?tab=awards`);
    await page.getByRole("tab", { name: "Khen thưởng" }).waitFor();
    await page.getByRole("link", { name: "Thêm khen thưởng" }).click();
    await page.getByRole("heading", { name: "Thêm khen thưởng" }).waitFor();
    await page.waitForFunction(() => document.querySelector("input[value^='Ngày hội']") !== null);

    await pick(page, /^Hình thức khen thưởng/, "Giấy khen");
    await pick(page, /^Cấp trao tặng/, "UBND phường Định Công", "dinh cong");
    await pick(page, /^Người nhận/, RECIPIENT.fullName, `le thi ngoc anh ${RUN}`);
    await page.getByRole("textbox", { name: /^Nội dung khen thưởng/ }).fill(CITATION);
    await pick(page, /^Người trao/, "Nguyễn Minh Tâm", "nguyen minh tam");
    await fillDate(page, "Ngày trao", "14/08/2023");
    await page.getByRole("button", { name: "Lưu" }).click();

    await page.waitForURL(/\/awards\/[0-9a-f-]{36}$/);
    const awardUrl = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: RECIPIENT.fullName }).waitFor();
    await page.getByText("Đề xuất", { exact: true }).waitFor();

    // Approve: the decision's number and date are asked for in the dialog.
    await page.getByRole("button", { name: "Phê duyệt (có quyết định)" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /^Số quyết định/ }).fill(DECISION);
    await fillDateInDialog(dialog, /^Ngày quyết định/, "10/08/2023");
    await dialog.getByRole("button", { name: "Phê duyệt (có quyết định)" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Đã có quyết định", { exact: true }).waitFor();
    await page.getByText(`Số ${DECISION}, ngày 10/08/2023`).waitFor();

    // Presented: the day is already there (14/08/2023, within the festival).
    await page.getByRole("button", { name: "Đánh dấu đã trao" }).click();
    dialog = page.getByRole("dialog");
    assert.equal(await dialog.getByLabel(/^Ngày trao/).inputValue(), "14/08/2023");
    await dialog.getByRole("button", { name: "Đánh dấu đã trao" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Đã trao", { exact: true }).waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);

    // A Bằng khen from the district is refused, and the reason stands next to the issuer field.
    await page.goto("/awards/new");
    await pick(page, /^Hình thức khen thưởng/, "Bằng khen");
    await pick(page, /^Cấp trao tặng/, "UBND quận Hoàng Mai", "hoang mai");
    await pick(page, /^Người nhận/, RECIPIENT.fullName, `le thi ngoc anh ${RUN}`);
    await page.getByRole("textbox", { name: /^Nội dung khen thưởng/ }).fill(`${CITATION} — cấp quận`);
    await page.getByRole("textbox", { name: /^Số quyết định/ }).fill(`Q${DECISION}`);
    await fillDate(page, "Ngày quyết định", "10/08/2023");
    await page.getByRole("button", { name: "Lưu" }).click();
    const issuer = page.getByRole("combobox", { name: /^Cấp trao tặng/ });
    await page.waitForFunction(() => document.querySelector("[aria-invalid='true']") !== null);
    assert.equal(await issuer.getAttribute("aria-invalid"), "true");
    assert.match(await descriptionOf(issuer), /Bằng khen do cấp trung ương hoặc cấp tỉnh trao; UBND quận Hoàng Mai là cấp huyện/);
    assert.match(page.url(), /\/awards\/new$/);

    // The certificate, in print media: the recipient's name with its diacritics, no app shell.
    await page.goto(`${awardUrl}/certificate`);
    await page.getByTestId("certificate-recipient").waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByTestId("certificate-recipient").innerText(), RECIPIENT.fullName);
    assert.equal(await page.getByRole("banner").isVisible(), false);
    await page.getByText("GIẤY KHEN", { exact: true }).waitFor();
    await page.getByText(`Quyết định số ${DECISION} ngày 10 tháng 8 năm 2023`).waitFor();
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
    assert.ok(pdf.length > 5_000);
    await page.emulateMedia({ media: "screen" });

    // Revoke through the dialog: the page and the certificate say so.
    await page.goto(awardUrl);
    await page.getByRole("button", { name: "Thu hồi" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /^Số quyết định thu hồi/ }).fill(`TH${DECISION}`);
    await fillDateInDialog(dialog, /^Ngày quyết định thu hồi/, "01/03/2024");
    await dialog.getByRole("textbox", { name: /^Lý do thu hồi/ }).fill("Hồ sơ đề nghị khen thưởng không trung thực.");
    await dialog.getByRole("button", { name: "Thu hồi" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Khen thưởng này đã bị thu hồi").waitFor();
    await page.getByText("Đã thu hồi", { exact: true }).waitFor();
    await page.getByRole("link", { name: "In bằng/giấy khen" }).click();
    await page.getByTestId("certificate-mark").filter({ hasText: "ĐÃ THU HỒI" }).waitFor();
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.getByTestId("certificate-mark").isVisible());
    await page.emulateMedia({ media: "screen" });

    // The recipient's page and the festival's awards tab list it.
    await page.goto(`/participants/${recipient.id}`);
    const mine = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Giấy khen" }) });
    await mine.getByText("Đã thu hồi").waitFor();
    await mine.getByText(DECISION).waitFor();
    await page.goto(`/events/${FESTIVAL_ID}?tab=awards`);
    const ceremony = page.getByRole("tabpanel").getByRole("row").filter({ has: page.getByRole("link", { name: RECIPIENT.fullName }) });
    await ceremony.getByText("Nguyễn Minh Tâm").waitFor();
    await ceremony.getByText("UBND phường Định Công").waitFor();

    // The list finds it without diacritics.
    await page.goto(`/awards?q=${encodeURIComponent(`le thi ngoc anh ${RUN}`)}`);
    await page.getByRole("link", { name: RECIPIENT.fullName }).waitFor();
    await page.context().close();
  });
});
