import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, newPage, signIn } from "./browser.mjs";

let browser;
let dir;
before(async () => { browser = await launch(); dir = await mkdtemp(join(tmpdir(), "antq-sheets-")); });
after(async () => { await browser?.close(); });

async function openImport(page, file) {
  await page.getByRole("button", { name: "Nhập từ tệp" }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
}

describe("participants spreadsheets in the browser", () => {
  test("exporting the participants and importing the file changes nothing", async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto("/participants");
    await page.getByRole("button", { name: "Xuất tệp" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /CSV/ }).click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = await readFile(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a BOM, so spreadsheet programs show Vietnamese");
    const text = bytes.toString("utf8");
    assert.match(text, /Nguyễn Thị Phượng/);
    const rows = text.trim().split("\r\n").length - 1;

    await openImport(page, file);
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Tệp hợp lệ").waitFor();
    await dialog.getByText(`Sẽ thêm 0, cập nhật 0, giữ nguyên ${rows}.`).waitFor();
    // Nothing would change, so there is nothing to import.
    assert.equal(await dialog.getByRole("button", { name: "Nhập", exact: true }).isDisabled(), true);
    await page.context().close();
  });

  test("a spreadsheet saved with decomposed diacritics imports its Vietnamese names intact, and they are found without diacritics", async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await signIn(page);
    await page.goto("/participants");
    // Some spreadsheet programs save NFD (a letter, then its marks); the stored names must be the usual NFC.
    const csv = "\uFEFFkind,fullName,positions,phone\r\n"
      + `individual,${"Hoàng Thị Xuân Hương".normalize("NFD")},${"Tổ trưởng tổ dân phố 41 | Ủy viên Ban công tác Mặt trận".normalize("NFD")},0987 654 321\r\n`
      + "individual,,,\r\n"
      + `household,${"Hộ ông Đặng Văn Lộc".normalize("NFD")},,\r\n`;
    const file = join(dir, "nguoi-tham-gia.csv");
    await writeFile(file, csv, "utf8");

    await openImport(page, file);
    const dialog = page.getByRole("dialog");
    await dialog.getByText("1 dòng có lỗi").waitFor();
    await dialog.getByRole("cell", { name: "3", exact: true }).waitFor();
    await dialog.getByText(/^Các dòng hợp lệ sẽ thêm 2/).waitFor();
    await dialog.getByRole("checkbox", { name: /chỉ nhập các dòng hợp lệ/ }).check();
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click();
    await dialog.getByText(/Đã thêm 2, cập nhật 0/).waitFor();
    await dialog.getByRole("button", { name: "Đóng", exact: true }).first().click();

    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("hoang thi xuan huong");
    const card = page.getByRole("link", { name: /Hoàng Thị Xuân Hương/ });
    await card.waitFor();
    assert.match(await card.innerText(), /Tổ trưởng tổ dân phố 41; Ủy viên Ban công tác Mặt trận/);
    const name = await page.evaluate(() => document.body.innerText.match(/Hoàng Thị Xuân Hương/)?.[0]);
    assert.equal(name, "Hoàng Thị Xuân Hương".normalize("NFC"));
    await page.context().close();
  });
});
