// Draws the app's icons once (the PNGs are committed in public/): the "ANTQ" wordmark in Be Vietnam Pro, white on the
// app's deep red — no national emblem or police insignia. Run: node scripts/make-icons.mjs (needs the system Chromium).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const font = readFileSync(resolve(here, "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2")).toString("base64");
const icons = [
  // Purpose "any": the wordmark fills a rounded square.
  { file: "icon-192.png", size: 192, radius: 0.18, text: 0.3 },
  { file: "icon-512.png", size: 512, radius: 0.18, text: 0.3 },
  // Maskable: full bleed, the wordmark inside the central safe circle (80% of the width).
  { file: "icon-maskable-512.png", size: 512, radius: 0, text: 0.22 },
  { file: "apple-touch-icon.png", size: 180, radius: 0, text: 0.28 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>
    @font-face { font-family: W; src: url(data:font/woff2;base64,${font}) format("woff2"); font-weight: 700; }
    html, body { margin: 0; background: transparent; }
    div { width: ${icon.size}px; height: ${icon.size}px; border-radius: ${icon.radius * icon.size}px; background: #9b1c1c;
          display: flex; align-items: center; justify-content: center; color: #fff;
          font: 700 ${icon.text * icon.size}px/1 W; letter-spacing: 0.02em; }
  </style><div>ANTQ</div>`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(here, "../public", icon.file), omitBackground: true });
  await page.close();
}
await browser.close();
