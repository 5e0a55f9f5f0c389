// Lints the API's OpenAPI document with Spectral (spectral:oas) and Redocly (recommended). The document is produced
// offline by the Swashbuckle CLI from the built API, as web-client/scripts/gen-api.mjs does. Any error or warning
// fails: the rules are fixed in the document, not switched off (see .spectral.yaml and redocly.yaml for the few
// exceptions and why). Options: --release reads the Release build, --no-build skips building, --document FILE lints
// that file instead. Prints one line per linter with its counts and exits non-zero when either found anything.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const args = process.argv.slice(2);
const configuration = args.includes("--release") ? "Release" : "Debug";
const env = { ...process.env, Database__MigrateOnStartup: "false", DOTNET_NOLOGO: "1" };
const run = (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env });

let document = args.includes("--document") ? resolve(args[args.indexOf("--document") + 1]) : null;
if (!document) {
  if (!args.includes("--no-build")) run("dotnet", ["build", "api/Antq.Api.csproj", "-c", configuration, "-v", "quiet", "-nologo"]);
  run("dotnet", ["tool", "restore"]);
  document = join(mkdtempSync(join(tmpdir(), "antq-openapi-")), "swagger.json");
  run("dotnet", ["tool", "run", "swagger", "tofile", "--output", document, `api/bin/${configuration}/net10.0/Antq.Api.dll`, "v1"]);
}

const bin = (name) => join(here, "node_modules", ".bin", name);
// Both linters exit non-zero when they find errors; the counts come from their JSON reports instead.
const lint = (name, argv) => {
  const result = spawnSync(bin(name), argv, { cwd: here, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  const start = result.stdout.indexOf(name === "spectral" ? "[" : "{");
  if (start < 0) {
    console.error(`${name} gave no report:\n${result.stdout}${result.stderr}`);
    return null;
  }
  return JSON.parse(result.stdout.slice(start));
};

const severities = ["error", "warning", "info", "hint"];
const spectral = lint("spectral", ["lint", "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", document]);
const redocly = lint("redocly", ["lint", "--config", "redocly.yaml", "--format", "json", document]);

const report = [];
if (spectral) {
  const counts = { error: 0, warning: 0 };
  for (const r of spectral) {
    const severity = severities[r.severity] ?? "error";
    if (severity in counts) counts[severity]++;
    console.log(`spectral ${severity} ${r.code} at ${r.path.join(".")}: ${r.message}`);
  }
  report.push(["spectral", counts.error, counts.warning]);
} else report.push(["spectral", 1, 0]);
if (redocly) {
  for (const p of redocly.problems) console.log(`redocly ${p.severity} ${p.ruleId} at ${p.location?.[0]?.pointer ?? ""}: ${p.message}`);
  report.push(["redocly", redocly.totals.errors, redocly.totals.warnings]);
} else report.push(["redocly", 1, 0]);

for (const [name, errors, warnings] of report) console.log(`${name}: ${errors} errors, ${warnings} warnings`);
process.exit(report.some(([, e, w]) => e + w > 0) ? 1 : 0);
