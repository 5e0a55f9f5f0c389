import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, fillDate, launch, newPage, signIn } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe("signing in and administration in the browser", () => {
  test("an officer signs in, creates an event, signs out, and the write actions are gone", async () => {
    const page = await newPage(browser);
    await page.goto("/events");
    assert.equal(await page.getByRole("link", { name: "Tạo sự kiện" }).count(), 0);

    await page.getByRole("link", { name: "Đăng nhập" }).click();
    await page.getByLabel(/^Email/).fill("admin@antq.local");
    await page.getByLabel(/^Mật khẩu/).fill("sai-mat-khau-1");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByText("Email hoặc mật khẩu không đúng.").waitFor();

    await signIn(page);
    await page.goto("/events");
    await page.getByRole("link", { name: "Tạo sự kiện" }).click();
    await page.getByLabel(/^Tên sự kiện/).fill("Hội nghị tuyên truyền phòng chống trộm cắp");
    await page.getByRole("combobox", { name: /^Loại sự kiện/ }).click();
    await page.getByRole("option", { name: "Tuyên truyền" }).click();
    await fillDate(page, /^Thời gian bắt đầu/, "05/10/2026 08:00");
    await fillDate(page, /^Thời gian kết thúc/, "05/10/2026 10:30");
    await page.getByRole("combobox", { name: /^Đơn vị chủ trì/ }).fill("cong an dinh cong");
    await page.getByRole("option", { name: "Công an phường Định Công" }).click();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Hội nghị tuyên truyền phòng chống trộm cắp" }).waitFor();
    await page.getByRole("link", { name: "Sửa" }).waitFor();

    await page.getByText("admin@antq.local").waitFor();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("link", { name: "Đăng nhập" }).waitFor();
    await page.goto("/events");
    await page.getByRole("heading", { level: 1, name: "Sự kiện" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Tạo sự kiện" }).count(), 0);
    // The new event is still a draft: signed-out visitors do not see it.
    assert.equal(await page.getByRole("link", { name: "Hội nghị tuyên truyền phòng chống trộm cắp" }).count(), 0);
    await page.context().close();
  });

  test("an admin issues an API key shown once, an integrator writes with it, and revoking it locks the integrator out", async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto("/admin/api-keys");
    await page.getByRole("button", { name: "Tạo khóa API" }).click();
    await page.getByLabel(/^Tên hệ thống tích hợp/).fill("Cổng thông tin quận Hoàng Mai");
    await page.getByRole("checkbox", { name: "Ghi" }).check();
    await page.getByRole("button", { name: "Tạo khóa", exact: true }).click();
    const key = (await page.getByTestId("new-api-key").innerText()).trim();
    assert.match(key, /^antq_[0-9a-f]{8}_/);
    await page.getByRole("button", { name: "Sao chép" }).waitFor();
    await page.getByRole("button", { name: "Xong" }).click();
    assert.equal(await page.getByText(key).count(), 0, "the key is not shown again");

    const integrator = await page.context().request;
    const created = await integrator.post(`${BASE_URL}/api/v1/participants`, {
      headers: { "X-Api-Key": key },
      data: { kind: "collective", fullName: "Nhân dân và cán bộ phường Định Công" },
    });
    assert.equal(created.status(), 201);

    await page.getByRole("row", { name: /Cổng thông tin quận Hoàng Mai/ }).getByRole("button", { name: "Thu hồi" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Thu hồi" }).click();
    await page.getByRole("row", { name: /Cổng thông tin quận Hoàng Mai/ }).getByText("Đã thu hồi").waitFor();
    const refused = await integrator.get(`${BASE_URL}/api/v1/participants`, { headers: { "X-Api-Key": key } });
    assert.equal(refused.status(), 401);

    await page.goto("/admin/audit");
    // The audit log reads for people: the action's Vietnamese name, filterable from a list.
    await page.getByRole("cell", { name: "Thêm người tham gia" }).first().waitFor();
    await page.getByRole("combobox", { name: "Thao tác" }).click();
    await page.getByRole("option", { name: "Thu hồi khóa API" }).click();
    await page.waitForURL(/command=RevokeApiKeyCommand/);
    await page.getByRole("cell", { name: "Thu hồi khóa API" }).first().waitFor();
    await page.context().close();
  });
});

describe("passwords in the browser", () => {
  // Needs the backend's POST /users/{id}/password-reset, POST /auth/password and me.mustChangePassword.
  test("an admin resets a password (shown once); the user must choose a new one at sign-in, then works with it", async () => {
    const admin = await newPage(browser);
    await signIn(admin);
    await admin.goto("/admin/users");
    await admin.getByRole("button", { name: "Thêm tài khoản" }).click();
    const dialog = admin.getByRole("dialog");
    await dialog.getByLabel(/^Email/).fill("to.truong41@dinhcong.example");
    await dialog.getByLabel(/^Mật khẩu/).fill("mat-khau-ban-dau-2026");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await admin.getByRole("button", { name: "Cấp lại mật khẩu: to.truong41@dinhcong.example" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Cấp lại mật khẩu" }).click();
    const temporary = (await admin.getByTestId("temporary-password").innerText()).trim();
    assert.ok(temporary.length >= 10);
    await admin.getByRole("button", { name: "Xong" }).click();
    await admin.context().close();

    const user = await newPage(browser);
    await signIn(user, "to.truong41@dinhcong.example", temporary);
    await user.getByRole("heading", { level: 1, name: "Đổi mật khẩu" }).waitFor();
    await user.getByText("Cần đặt mật khẩu mới").waitFor();
    await user.goto("/events");
    await user.waitForURL(/\/account\/password/);
    await user.getByLabel(/^Mật khẩu hiện tại/).fill(temporary);
    await user.getByLabel(/^Mật khẩu mới/).fill("mat-khau-rieng-2026");
    await user.getByLabel(/^Nhập lại mật khẩu mới/).fill("mat-khau-rieng-2026");
    await user.getByLabel(/^Nhập lại mật khẩu mới/).press("Enter");
    await user.getByRole("heading", { level: 1, name: "Sự kiện" }).waitFor();
    await user.getByRole("button", { name: "Đăng xuất" }).click();
    await signIn(user, "to.truong41@dinhcong.example", "mat-khau-rieng-2026");
    await user.getByRole("heading", { level: 1, name: "Tổng quan" }).waitFor();
    await user.context().close();
  });
});

describe("participants in the browser", () => {
  test("'nguyen thi phuong' finds the ward chair; phone numbers appear only to those entitled to them", async () => {
    const visitor = await newPage(browser);
    await visitor.goto("/participants");
    await visitor.getByRole("searchbox", { name: "Tìm kiếm" }).fill("nguyen thi phuong");
    await visitor.getByText("Nguyễn Thị Phượng", { exact: true }).waitFor();
    await visitor.getByText("Chủ tịch UBND phường Định Công; Trưởng Ban Chỉ đạo 138 phường").waitFor();
    assert.equal(await visitor.getByRole("button", { name: "Thêm người tham gia" }).count(), 0);

    const officer = await newPage(browser);
    await signIn(officer);
    await officer.goto("/participants");
    await officer.getByRole("button", { name: "Thêm người tham gia" }).click();
    await officer.getByLabel(/^Họ tên/).fill("Trần Văn Bảo");
    await officer.getByLabel(/^Điện thoại/).fill("0912 345 678");
    await officer.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
    await officer.getByRole("searchbox", { name: "Tìm kiếm" }).fill("tran van bao");
    await officer.getByText("0912 345 678").waitFor();

    await visitor.getByRole("searchbox", { name: "Tìm kiếm" }).fill("tran van bao");
    await visitor.getByText("Trần Văn Bảo", { exact: true }).waitFor();
    assert.equal(await visitor.getByText("0912 345 678").count(), 0, "anonymous visitors never see phone numbers");
    await visitor.context().close();
    await officer.context().close();
  });
});
