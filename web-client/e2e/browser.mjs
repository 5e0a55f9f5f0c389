// Shared set-up for the end-to-end tests: the system Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";

export const BASE_URL = process.env.ANTQ_BASE_URL ?? "http://localhost:5080";
export const FESTIVAL_ID = "0190a1b2-0000-7000-8000-000000000101";
export const FESTIVAL_TITLE = 'Ngày hội "Toàn dân bảo vệ an ninh Tổ quốc" năm 2023';
export const ADMIN_EMAIL = process.env.ANTQ_ADMIN_EMAIL ?? "admin@antq.local";
export const ADMIN_PASSWORD = process.env.ANTQ_ADMIN_PASSWORD ?? "antq-admin-2023";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Playwright gives every launch a fresh, empty profile; the flags keep Chromium off the (closed) network.
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A page in Vietnamese, with Hà Nội's zone deliberately NOT set: the app must show Hà Nội time anyway. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: "vi-VN", timezoneId: "America/New_York", ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const require = createRequire(import.meta.url);

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Signs in through the sign-in page, as the first admin unless told otherwise. */
export async function signIn(page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Types a date and time into one of the app's date fields ("01/09/2026 09:00") and closes its calendar. */
export async function fillDate(page, label, text) {
  const input = page.getByLabel(label);
  await input.fill(text);
  await input.press("Escape");
}
