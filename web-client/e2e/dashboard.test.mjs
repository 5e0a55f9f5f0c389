import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { BASE_URL, FESTIVAL_ID, FESTIVAL_TITLE, launch, newPage, signIn } from "./browser.mjs";

const DINH_CONG = "0190a1b2-0000-7000-8000-000000000005";
const WARD_POLICE = "0190a1b2-0000-7000-8000-000000000008";
const FIRE_SAFETY = "0190a1b2-0000-7000-8000-000000000406";
const DINH_CONG_2023 = `/?unitId=${DINH_CONG}&year=2023`;
// The demo's six initiatives of the ward police, all running in 2023.
const DEMO_INITIATIVES = [
  "Công tác phòng cháy, chữa cháy năm 2023",
  'Mô hình "Khu chung cư an toàn về an ninh, trật tự"',
  'Mô hình "Tổ dân phố an toàn về an ninh, trật tự"',
  "Phối hợp phòng ngừa tội phạm tại Bệnh viện Bưu điện và khu dân cư xung quanh",
  "Phối hợp quản lý người ngoại tỉnh tạm trú tại phòng trọ",
  "Vận động nhân dân phòng ngừa, đấu tranh với tội phạm trộm cắp tại khu dân cư",
];
// A number in the name keeps it unique when the suite runs again on the same database.
const RUN = String(Date.now() % 1_000_000);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A day in Hà Nội as the API writes it ("2026-11-28"), `offset` days from today. */
function hanoiDay(offset = 0) {
  return new Date(Date.now() + offset * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Calls the API with the signed-in page's token (set-up the dashboard does not do itself). */
async function apiAs(page, method, path, body) {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("antq.session")).accessToken);
  const response = await page.request.fetch(`${BASE_URL}${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, data: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

const require = createRequire(import.meta.url);

/** Every axe-core violation, whatever its impact. */
async function a11yViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Waits until the dashboard shows its figures for the unit and year it names ("Phường Định Công · năm 2023"). */
async function opened(page, subtitle) {
  await page.getByText(subtitle, { exact: true }).waitFor({ timeout: 30_000 });
  await page.getByTestId("kpi-events").waitFor();
}

describe("the dashboard in the browser", () => {
  test("a shared link to Định Công 2023 shows the festival, its services, the awards, the fire-safety figures and the initiatives", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(DINH_CONG_2023);
    await opened(page, "Phường Định Công · năm 2023");
    await page.getByRole("heading", { level: 1, name: "Tổng quan" }).waitFor();

    // The festival among the year's events, at its Hà Nội time (the browser runs on New York time).
    const recent = page.getByTestId("recent-events");
    const festival = recent.getByRole("listitem").filter({ has: page.getByRole("link", { name: FESTIVAL_TITLE }) });
    await festival.getByText("14/08/2023 19:00–21:30").waitFor();
    assert.equal(await festival.getByRole("link").getAttribute("href"), `/events/${FESTIVAL_ID}`);
    assert.ok(Number(await page.getByTestId("kpi-events").locator(".dash-kpi-value").innerText()) >= 1);

    // Its five services, offered and not counted: "chưa đếm", never 0.
    const services = page.getByTestId("services");
    for (const service of ["Giải quyết thủ tục hành chính", "Cấp căn cước", "Định danh điện tử", "Đăng ký cư trú", "Thăm, tặng quà gia đình chính sách"]) {
      const row = services.getByRole("row").filter({ has: page.getByRole("cell", { name: service, exact: true }) });
      await row.getByText("chưa đếm").waitFor();
    }

    // The awards: 1 Bằng khen and 2 Giấy khen, in the key figure and the legend beside the ring.
    await page.getByTestId("kpi-awards").getByText("1 Bằng khen · 2 Giấy khen").waitFor();
    const awards = page.getByTestId("awards-by-form");
    assert.equal(await awards.locator("tr[data-form='certificateOfMerit'] td").innerText(), "1");
    assert.equal(await awards.locator("tr[data-form='certificateOfCommendation'] td").innerText(), "2");

    // The fire-safety figures and the six initiatives, each linked to its page.
    const fire = page.locator(`[data-initiative='${FIRE_SAFETY}']`);
    await fire.getByText("32 tổ · chưa đặt mục tiêu · đo ngày 14/08/2023").waitFor();
    await fire.getByText("35 điểm · chưa đặt mục tiêu · đo ngày 14/08/2023").waitFor();
    await fire.getByText("Đã hoàn thành").waitFor();
    const initiatives = page.getByTestId("initiatives");
    for (const name of DEMO_INITIATIVES) await initiatives.getByRole("link", { name, exact: true }).waitFor();
    assert.equal(await initiatives.getByRole("link", { name: DEMO_INITIATIVES[0], exact: true }).getAttribute("href"), `/initiatives/${FIRE_SAFETY}`);

    // On paper: one A4 page headed with the unit and year, no navigation.
    await page.emulateMedia({ media: "print" });
    await page.getByRole("heading", { name: "Báo cáo phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023" }).waitFor();
    assert.equal(await page.getByRole("banner").isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "In báo cáo" }).isVisible(), false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, "the report fits on one A4 page");
    await page.context().close();
  });

  test("an initiative's progress follows its measurements: 50 %, then 75 %", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const name = `Mô hình "Camera an ninh khu dân cư" ${RUN}`;
    const initiative = await apiAs(page, "POST", "/api/v1/initiatives", {
      name, kind: "model", category: "crimePrevention", description: "Lắp camera giám sát tại các ngõ, ngách của phường.",
      leadUnitId: WARD_POLICE, partnerUnitIds: [], startDate: null, endDate: null,
      indicators: [{ name: "Camera an ninh được lắp đặt", unit: "camera", target: 40, baseline: null, direction: "higherIsBetter" }],
    });
    const indicatorId = initiative.indicators[0].id;
    await apiAs(page, "POST", `/api/v1/initiatives/${initiative.id}/status`, { status: "active" });
    const measure = (value, measuredOn) =>
      apiAs(page, "POST", `/api/v1/initiatives/${initiative.id}/indicators/${indicatorId}/measurements`, { value, measuredOn, note: null });
    await measure(20, hanoiDay(-1));

    // This year's dashboard of Định Công (the initiative started today); earlier runs' initiatives may be there too.
    const year = Number(hanoiDay().slice(0, 4));
    await page.goto(`/?unitId=${DINH_CONG}&year=${year}`);
    await opened(page, `Phường Định Công · năm ${year}`);
    const card = page.locator(`[data-initiative='${initiative.id}']`);
    await card.getByRole("link", { name, exact: true }).waitFor();
    await card.getByText("Đang triển khai").waitFor();
    const progress = card.locator("[data-indicator='Camera an ninh được lắp đặt'] [data-progress]");
    await card.locator("[data-progress='50']").waitFor();
    assert.equal(await progress.innerText(), "50 %");
    await card.getByText("20 / 40 camera").waitFor();

    // A later figure: the dashboard asks again (here on reload; also on focus and every minute) and shows it.
    await measure(30, hanoiDay(0));
    await page.reload();
    await card.locator("[data-progress='75']").waitFor({ timeout: 30_000 });
    assert.equal(await progress.innerText(), "75 %");
    await card.getByText("30 / 40 camera").waitFor();
    await page.context().close();
  });

  test("on a 390 px phone: one column, no sideways scrolling, and no accessibility violation (axe-core)", async () => {
    // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    await page.goto(DINH_CONG_2023);
    await opened(page, "Phường Định Công · năm 2023");
    // On a phone the charts are drawn when they come into view.
    await page.getByTestId("events-by-month").scrollIntoViewIfNeeded();
    await page.locator("[data-testid='events-by-month'] .recharts-surface").first().waitFor();
    await page.getByTestId("awards-by-form").scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width} px wide)`);
    const [months, awards] = await Promise.all([page.getByTestId("events-by-month").boundingBox(), page.getByTestId("awards-by-form").boundingBox()]);
    assert.ok(awards.y >= months.y + months.height, "the sections are stacked");
    assert.deepEqual(await a11yViolations(page), []);
    await page.context().close();
  });
});
