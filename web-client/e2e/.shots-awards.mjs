import { launch, newPage, signIn, FESTIVAL_ID } from "./browser.mjs";
const out = "/tmp/awards-shots";
const browser = await launch();
const base = process.env.ANTQ_BASE_URL;
for (const [w, h] of [[390, 844], [1280, 800]]) {
  const page = await newPage(browser, { viewport: { width: w, height: h } });
  await signIn(page);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("antq.session")).accessToken);
  const list = await (await page.request.get(`${base}/api/v1/awards?pageSize=50`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const merit = list.items.find((a) => a.form === "certificateOfMerit");
  const revoked = list.items.find((a) => a.status === "revoked");
  const shots = [
    ["list", "/awards"],
    ["merit", `/awards/${merit.id}`],
    ["revoked", `/awards/${revoked?.id ?? merit.id}`],
    ["event-tab", `/events/${FESTIVAL_ID}?tab=awards`],
    ["participant", `/participants/${merit.recipientId}`],
    ["new", `/awards/new?eventId=${FESTIVAL_ID}`],
    ["cert-merit", `/awards/${merit.id}/certificate`],
    ["cert-revoked", `/awards/${revoked?.id ?? merit.id}/certificate`],
  ];
  for (const [name, url] of shots) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${name}-${w}.png`, fullPage: true });
  }
  if (w === 1280) {
    for (const [name, id] of [["merit", merit.id], ["revoked", revoked?.id ?? merit.id]]) {
      await page.goto(`/awards/${id}/certificate`);
      await page.getByTestId("certificate").waitFor();
      await page.waitForLoadState("networkidle");
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: `${out}/cert-${name}.pdf`, format: "A4", landscape: true, printBackground: true });
      await page.emulateMedia({ media: "screen" });
    }
  }
  await page.context().close();
}
await browser.close();
