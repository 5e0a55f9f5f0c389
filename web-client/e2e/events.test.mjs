import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, FESTIVAL_ID, FESTIVAL_TITLE, fillDate, launch, newPage, seriousA11yViolations, signIn } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe("events in the browser", () => {
  test("typing 'dinh cong' finds the 2023 festival, which opens with its Hà Nội time, programme and services", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await page.getByRole("link", { name: "Sự kiện", exact: true }).click();
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("dinh cong");
    await page.waitForURL(/q=dinh\+cong|q=dinh%20cong/);

    await page.getByRole("link", { name: FESTIVAL_TITLE }).click();
    await page.getByRole("heading", { level: 1, name: FESTIVAL_TITLE }).waitFor();
    // The browser runs on New York time; the festival still shows the evening of 14 August in Hà Nội.
    await page.getByText("19:00–21:30 14/08/2023").first().waitFor();
    await page.getByText("Đã kết thúc").waitFor();

    await page.getByRole("tab", { name: /Chương trình/ }).click();
    await page.getByText("Chụp ảnh lưu niệm").waitFor();
    await page.getByRole("tab", { name: /Dịch vụ lồng ghép/ }).click();
    await page.getByRole("cell", { name: "Đăng ký cư trú", exact: true }).first().waitFor();
    await page.context().close();
  });

  test("an officer creates an event: the API's field error for an end before the start shows next to the field", async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto("/events/new");
    await page.getByLabel(/^Tên sự kiện/).fill("Diễn tập phương án chữa cháy khu chung cư");
    await page.getByRole("combobox", { name: /^Loại sự kiện/ }).click();
    await page.getByRole("option", { name: "Diễn tập" }).click();
    // The app's own Vietnamese pickers: typed dd/mm/yyyy hh:mm whatever the browser's language.
    await fillDate(page, /^Thời gian bắt đầu/, "01/09/2026 09:00");
    await fillDate(page, /^Thời gian kết thúc/, "01/09/2026 08:00");
    await page.getByRole("combobox", { name: /^Đơn vị chủ trì/ }).fill("dinh cong");
    await page.getByRole("option", { name: "UBND phường Định Công" }).click();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();

    const endsAt = page.getByLabel(/^Thời gian kết thúc/);
    await page.getByText("Thời gian kết thúc phải sau thời gian bắt đầu.").waitFor();
    const describedBy = await endsAt.getAttribute("aria-describedby");
    assert.match(await page.locator(`[id="${describedBy?.split(" ").find((id) => id.includes("error"))}"]`).innerText(), /Thời gian kết thúc phải sau thời gian bắt đầu\./);

    await fillDate(page, /^Thời gian kết thúc/, "01/09/2026 11:00");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Diễn tập phương án chữa cháy khu chung cư" }).waitFor();
    await page.getByText("Bản nháp", { exact: true }).waitFor();
    await page.getByText("09:00–11:00 01/09/2026").first().waitFor();

    await page.getByRole("button", { name: "Lên lịch" }).click();
    await page.getByText("Đã lên lịch").waitFor();
    await page.context().close();
  });

  test("a shared link to a tab opens that tab, and unknown API paths stay JSON 404s beside the SPA", async () => {
    const page = await newPage(browser);
    await page.goto(`/events/${FESTIVAL_ID}?tab=programme`);
    await page.getByText("Chụp ảnh lưu niệm").waitFor();

    const api = await page.request.get(`${BASE_URL}/api/v1/nothing-here`);
    assert.equal(api.status(), 404);
    assert.equal(api.headers()["content-type"], "application/problem+json");
    const spa = await page.request.get(`${BASE_URL}/events/anything`);
    assert.match(await spa.text(), /<div id="root">/);
    await page.context().close();
  });

  test("the units tree finds a ward without diacritics and shows dissolved districts greyed with their date", async () => {
    const page = await newPage(browser);
    await page.goto("/units");
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("dinh cong");
    const tree = page.getByRole("tree", { name: "Đơn vị" });
    await tree.getByText("Phường Định Công", { exact: true }).waitFor();
    await tree.getByText("Quận Hoàng Mai", { exact: true }).waitFor();
    await tree.getByText("(giải thể 01/07/2025)").first().waitFor();
    assert.equal(await tree.getByText("Bệnh viện Bưu điện").count(), 0);
    assert.equal(await page.getByRole("button", { name: "Thêm đơn vị" }).count(), 0, "no write actions when signed out");
    await page.context().close();
  });

  test("a unit opens its page with its events and participants, and a participant opens their profile", async () => {
    const page = await newPage(browser);
    await page.goto("/units");
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("ubnd dinh cong");
    await page.getByRole("tree", { name: "Đơn vị" }).getByRole("link", { name: "UBND phường Định Công", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "UBND phường Định Công" }).waitFor();
    // The festival is linked from the hosted events (and, once an award is recorded there, from the unit's awards too).
    await page.getByRole("link", { name: FESTIVAL_TITLE }).first().waitFor();
    await page.getByRole("link", { name: "Nguyễn Thị Phượng" }).click();
    await page.getByRole("heading", { level: 1, name: "Nguyễn Thị Phượng" }).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Trưởng Ban Chỉ đạo 138 phường" }).waitFor();
    await page.getByRole("link", { name: "UBND phường Định Công" }).click();
    await page.getByRole("heading", { level: 1, name: "UBND phường Định Công" }).waitFor();
    await page.context().close();
  });

  test("a new event can be saved and scheduled at once; on a phone the list shows it as a card", async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await signIn(page);
    await page.goto("/events/new");
    await page.getByLabel(/^Tên sự kiện/).fill("Tuyên truyền phòng cháy tổ dân phố 41");
    await page.getByRole("combobox", { name: /^Loại sự kiện/ }).click();
    await page.getByRole("option", { name: "Tuyên truyền" }).click();
    await fillDate(page, /^Thời gian bắt đầu/, "12/11/2026 19:30");
    await fillDate(page, /^Thời gian kết thúc/, "12/11/2026 21:00");
    await page.getByRole("combobox", { name: /^Đơn vị chủ trì/ }).fill("ubnd dinh cong");
    await page.getByRole("option", { name: "UBND phường Định Công" }).click();
    await page.getByRole("button", { name: "Lưu và lên lịch" }).click();
    await page.getByRole("heading", { level: 1, name: "Tuyên truyền phòng cháy tổ dân phố 41" }).waitFor();
    await page.getByText("Đã lên lịch", { exact: true }).waitFor();
    await page.getByText("19:30–21:00 12/11/2026").first().waitFor();

    await page.goto("/events?q=to+dan+pho+41");
    const card = page.getByRole("link", { name: "Tuyên truyền phòng cháy tổ dân phố 41" });
    await card.getByText("19:30 12/11/2026").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width} px wide)`);
    await page.context().close();
  });

  test("the language switch turns the interface to English and back", async () => {
    const page = await newPage(browser);
    await page.goto("/events");
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Events" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Events" }).waitFor();
    await page.getByText("Tiếng Việt", { exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Sự kiện" }).waitFor();
    await page.context().close();
  });

  for (const [name, path, ready] of [
    ["home", "/", "Tổng quan"],
    ["events list", "/events", "Sự kiện"],
    ["event detail", `/events/${FESTIVAL_ID}`, FESTIVAL_TITLE],
    ["event form", "/events/new", "Tạo sự kiện"],
    ["units", "/units", "Đơn vị"],
    ["participants", "/participants", "Người tham gia"],
    ["unit page", "/units/0190a1b2-0000-7000-8000-000000000006", "UBND phường Định Công"],
    ["change password", "/account/password", "Đổi mật khẩu"],
    ["sign-in", "/sign-in", "Đăng nhập"],
    ["accounts", "/admin/users", "Tài khoản"],
    ["API keys", "/admin/api-keys", "Khóa API"],
    ["audit log", "/admin/audit", "Nhật ký thao tác"],
  ]) {
    test(`the ${name} page has no serious or critical accessibility violation (axe-core)`, async () => {
      // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
      const page = await newPage(browser, { bypassCSP: true });
      if (path !== "/sign-in") await signIn(page);
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: ready }).waitFor();
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await seriousA11yViolations(page), []);
      await page.context().close();
    });
  }
});
