// The gate check-in view on a phone, against the real API: by code and by name without diacritics, then offline — the
// check-ins are queued on the device, survive a reload (service worker + IndexedDB) and reach the API once, in order.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, FESTIVAL_ID, launch, newPage, signIn } from "./browser.mjs";

const HOST_UNIT = "0190a1b2-0000-7000-8000-000000000006"; // UBND phường Định Công
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PEOPLE = [
  { fullName: "Lê Văn Thành", rank: "Thượng tá", positions: ["Trưởng Công an phường"], role: "guest" },
  { fullName: "Phạm Thị Hồng Nhung", positions: ["Tổ trưởng tổ dân phố 41"], role: "attendee" },
  { fullName: "Trần Đức Mạnh", positions: [], role: "volunteer" },
  { fullName: "Hoàng Thị Thu Hương", positions: ["Hội viên Hội Phụ nữ"], role: "attendee" },
  { fullName: "Vũ Quốc Khánh", positions: [], role: "organizer" },
];

let browser;
let token;
before(async () => {
  browser = await launch();
  const login = await call("POST", "/api/v1/auth/login", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  token = login.body.accessToken;
});
after(async () => { await browser?.close(); });

async function call(method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { "Content-Type": "application/json", "Accept-Language": "vi", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** An instant with Vietnam's offset, `hours` from now. */
function vietnamTime(hours) {
  const shifted = new Date(Date.now() + hours * 3_600_000 + 7 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/** An ongoing event with five people on its list; answers the event and the people with their codes. */
async function ongoingEvent() {
  const created = await call("POST", "/api/v1/events", {
    title: `Hội nghị sơ kết phong trào quý II (${Date.now()})`, kind: "meeting", startsAt: vietnamTime(-1), endsAt: vietnamTime(3),
    venue: "Hội trường UBND phường Định Công", hostUnitId: HOST_UNIT,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  for (const status of ["scheduled", "ongoing"]) assert.equal((await call("POST", `/api/v1/events/${id}/status`, { status })).status, 200);
  const people = [];
  for (const person of PEOPLE) {
    const { role, ...fields } = person;
    const participant = await call("POST", "/api/v1/participants", { kind: "individual", ...fields, unitId: HOST_UNIT });
    assert.equal(participant.status, 201, JSON.stringify(participant.body));
    assert.equal((await call("POST", `/api/v1/events/${id}/participants`, { participantId: participant.body.id, role })).status, 201);
    people.push({ ...person, id: participant.body.id });
  }
  const list = (await call("GET", `/api/v1/events/${id}/gate-list`)).body;
  for (const person of people) person.code = list.items.find((i) => i.participantId === person.id).code;
  return { id, title: created.body.title, people };
}

/**
 * Waits until the service worker controls the page: it registers on the page's load event, precaches the app, then
 * takes over open pages (clientsClaim). On a busy machine an install can fail (a precache download dropped): the browser
 * then tries again at the next load, as a phone would the next time the gate is opened, so the page is reloaded once.
 */
async function controlledByServiceWorker(page) {
  const controlled = (timeout) => page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout });
  try {
    await controlled(45_000);
  } catch {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return JSON.stringify({
        readyState: document.readyState, registered: !!registration,
        installing: registration?.installing?.state, waiting: registration?.waiting?.state, active: registration?.active?.state,
      });
    });
    console.log(`The service worker did not control the page yet (${state}); reloading once.`);
    await page.reload();
    await controlled(60_000);
  }
}

/** Waits until the big counter reads `text` ("checked in / on the list"). */
const counted = (page, text) =>
  page.waitForFunction((expected) => document.querySelector("[data-testid=gate-checked-in]")?.innerText.replace(/\s+/g, " ").trim() === expected, text);

const hanoiTime = (iso) => new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));

describe("the gate check-in view", () => {
  test("checks people in by code and by name, keeps working offline, and syncs each check-in once", async () => {
    const event = await ongoingEvent();
    const [thanh, nhung, manh, huong] = event.people;
    const page = await newPage(browser, PHONE);
    page.setDefaultTimeout(30_000);
    await signIn(page);
    await page.goto(`/events/${event.id}/gate`);
    await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
    await counted(page, "0 / 5");
    // The service worker takes over this page (clientsClaim) once it has precached the app: needed to reopen offline.
    await controlledByServiceWorker(page);

    // Headless Chromium has no camera: the scanner says so, and typing still works.
    await page.getByRole("button", { name: "Quét mã QR" }).click();
    await page.getByText("Không mở được máy ảnh").waitFor();
    await page.getByRole("button", { name: "Tắt máy ảnh" }).click();

    const input = page.getByLabel("Mã điểm danh hoặc họ tên");
    // A code typed the way people type it: lower case, a space in the middle.
    await input.fill(`${thanh.code.slice(0, 5).toLowerCase()} ${thanh.code.slice(5).toLowerCase()}`);
    await input.press("Enter");
    await page.locator(".gate-result-ok").getByText("Thượng tá Lê Văn Thành").waitFor();
    await page.locator(".gate-result-ok").getByText("Khách mời").waitFor();
    await counted(page, "1 / 5");

    // The same code again (with its dash): already in, at the server's time in Hà Nội, whatever the browser's zone.
    await input.fill(`${thanh.code.slice(0, 5)}-${thanh.code.slice(5)}`);
    await input.press("Enter");
    const first = (await call("GET", `/api/v1/events/${event.id}/participants/${thanh.id}`)).body;
    await page.locator(".gate-result-already").getByText(`Đã điểm danh lúc ${hanoiTime(first.checkedInAt)}`).waitFor();

    // A name typed without diacritics finds her on the list; a tap checks her in.
    await input.fill("pham thi hong nhung");
    await page.getByRole("listitem").filter({ hasText: "Phạm Thị Hồng Nhung" }).click();
    await page.locator(".gate-result-ok").getByText("Phạm Thị Hồng Nhung").waitFor();
    await counted(page, "2 / 5");
    assert.equal((await call("GET", `/api/v1/events/${event.id}/participants`)).body.counts.byStatus.checkedIn, 2);

    // Offline: two more, by code and by name; both show at once and wait in the queue.
    await page.context().setOffline(true);
    await page.getByText("Mất mạng", { exact: true }).waitFor();
    await input.fill(manh.code.toLowerCase());
    await input.press("Enter");
    await page.locator(".gate-result-ok").getByText("Trần Đức Mạnh").waitFor();
    await page.getByText("Đã lưu trên máy, sẽ gửi khi có mạng.").waitFor();
    await input.fill("hoang thi thu huong");
    await input.press("Enter");
    await page.locator(".gate-result-ok").getByText("Hoàng Thị Thu Hương").waitFor();
    await page.getByText("2 đang chờ đồng bộ").waitFor();
    await counted(page, "4 / 5");

    // Reloading without a connection: the service worker serves the app, IndexedDB the list and the queue.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
    await page.getByText("2 đang chờ đồng bộ").waitFor();
    await counted(page, "4 / 5");
    assert.equal((await call("GET", `/api/v1/events/${event.id}/participants`)).body.counts.byStatus.checkedIn, 2);

    // Back online: the queue drains to nothing, the API gains exactly two, and nobody is counted twice.
    await page.context().setOffline(false);
    await page.getByText("Có mạng", { exact: true }).waitFor();
    await page.getByText("đang chờ đồng bộ").waitFor({ state: "detached", timeout: 60_000 });
    const after = (await call("GET", `/api/v1/events/${event.id}/gate-list`)).body;
    assert.equal(after.counts.byStatus.checkedIn, 4);
    assert.equal(after.items.length, 5);
    assert.equal(new Set(after.items.map((i) => i.participantId)).size, 5);
    assert.deepEqual(after.items.filter((i) => i.status === "checkedIn").map((i) => i.participantId).sort(),
      [thanh.id, nhung.id, manh.id, huong.id].sort());
    await counted(page, "4 / 5");
    await page.context().close();
  });

  test("a walk-in found among all participants is added to the list and checked in (online only)", async () => {
    const event = await ongoingEvent();
    const page = await newPage(browser, PHONE);
    page.setDefaultTimeout(30_000);
    await signIn(page);
    await page.goto(`/events/${event.id}/gate`);
    await counted(page, "0 / 5");
    const input = page.getByLabel("Mã điểm danh hoặc họ tên");
    await input.fill("nguyen quang hieu");
    await page.getByText("Không có ai trong danh sách trùng tên này.").waitFor();
    await page.getByRole("button", { name: /Tìm trong tất cả người tham gia/ }).click();
    await page.getByRole("listitem").filter({ hasText: "Nguyễn Quang Hiếu" }).click();
    await page.locator(".gate-result-ok").getByText("Nguyễn Quang Hiếu").waitFor();
    await page.locator(".gate-result-ok").getByText("Người dự", { exact: true }).waitFor();
    await counted(page, "1 / 6");
    const list = (await call("GET", `/api/v1/events/${event.id}/gate-list`)).body;
    assert.equal(list.counts.total, 6);
    assert.equal(list.counts.byStatus.checkedIn, 1);

    await page.context().setOffline(true);
    await input.fill("dinh tien dung");
    await page.getByText("Thêm khách vãng lai cần có mạng.").waitFor();
    await page.context().close();
  });

  test("the completed demo festival takes no check-ins", async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page);
    await page.goto(`/events/${FESTIVAL_ID}/gate`);
    await page.getByText("Sự kiện không nhận điểm danh").waitFor();
    await page.getByText("11 / 11").waitFor();
    assert.equal(await page.getByLabel("Mã điểm danh hoặc họ tên").isDisabled(), true);
    assert.equal(await page.getByRole("button", { name: "Điểm danh", exact: true }).isDisabled(), true);
    await page.context().close();
  });

  test("the app is installable: a manifest of the right type, and a service worker that is never cached for long", async () => {
    const manifest = await fetch(`${BASE_URL}/manifest.webmanifest`);
    assert.equal(manifest.headers.get("content-type"), "application/manifest+json");
    const body = await manifest.json();
    assert.equal(body.name, "ANTQ");
    assert.equal(body.lang, "vi");
    assert.equal(body.display, "standalone");
    assert.ok(body.icons.some((i) => i.purpose === "maskable"));
    const sw = await fetch(`${BASE_URL}/sw.js`);
    assert.equal(sw.status, 200);
    assert.doesNotMatch(sw.headers.get("cache-control") ?? "", /immutable|max-age=[1-9]/);
    // Its one route answers navigations with the app, except for the API, Swagger UI and health checks; no runtime
    // caching, so no API answer is ever stored by it.
    const code = await sw.text();
    assert.equal(code.match(/registerRoute\(/g)?.length, 1);
    assert.match(code, /registerRoute\(new \w+\.NavigationRoute\([^)]*\),\{denylist:\[\/\^\\\/api/);
  });
});
