// Fails when the JavaScript the first page loads (entry + modulepreloads) exceeds the budget, gzipped (docs/ui.md: 200 KB).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET = 200 * 1024;
const out = resolve(dirname(fileURLToPath(import.meta.url)), "../../api/wwwroot");
const html = readFileSync(join(out, "index.html"), "utf8");
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = scripts.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(out, file)), { level: 9 }).length }));
const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
for (const s of sizes) console.log(`${(s.gzipped / 1024).toFixed(1).padStart(7)} KB  ${s.file}`);
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error("Over budget: load more routes on demand (React.lazy) or drop a dependency.");
  process.exit(1);
}
