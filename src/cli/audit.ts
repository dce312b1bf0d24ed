// npm run audit [-- --only fig1 fig6] [--fail-on error|differs] [--lang en] [--data annex|raw] [--mirror <dir>] [--raw <dir>] [--out <dir>]
// Checks every statement of the annex against ONE data folder (the shipped vintage by default; see
// raw/data-source.ts; with --data raw missing files are fetched live first):
// out/claims.json and a readable out/audit.md (English: out/en/). `npm run figures` writes the same two files;
// both share their options (./options.ts) and exit 1 on a claim in error (--fail-on differs: or one that differs).
import * as path from "node:path";
import { Command } from "commander";
import { FIGURES } from "../figures/index";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { terminalText } from "../io/text";
import { refuseOverlap } from "../config";
import { dataFolders, defaultRawDir, langOutDir } from "../paths";
import { dataLine, fetchTarget } from "../raw/data-source";
import { fetchMissing } from "../raw/fetch";
import { progressHandlers } from "../raw/progress";
import { startRun } from "../outputs/run-guard";
import { statusText, summaryLine } from "../report/audit";
import { auditFigures, writeAudit } from "../report/audit-run";
import { otherVintages } from "../report/vintages";
import { failingClaims } from "./fail-on";
import { addRunOptions, runOptions } from "./options";

async function main() {
  const program = addRunOptions(
    new Command()
      .name("audit")
      .description("Check the annex's statements against the raw data: out/claims.json and out/audit.md"),
  ).parse();
  const run = runOptions(program.opts());
  const { data, lang, modules } = run;
  const inRun = (id: string) => modules.some((m) => m.id === id);
  const outRoot = run.outDir;
  const outDir = langOutDir(outRoot, lang);
  refuseOverlap(outRoot, dataFolders(defaultRawDir(), data.dir));
  // Lines hold titles and messages from the data: no control characters reach the terminal.
  const log = (l: string) => process.stderr.write(terminalText(l) + "\n");
  log(dataLine(data));

  const target = fetchTarget(data); // only a raw folder is fetched into
  // One run per output folder and per raw folder; signals end it honestly (outputs/run-guard.ts).
  startRun({ outDir: outRoot, rawDir: target, log });
  const fetched = target
    ? await fetchMissing(modules, { rawDir: target, content: OFFICIAL_FORMATS, fetchHandlers: progressHandlers() })
    : [];
  // Claims are checked on every figure (a claim may compare with one not in --only); a partial run
  // reports the chosen figures' claims and leaves the whole run's claims.json and audit.md alone.
  const { builds, claims: all } = auditFigures(FIGURES, data.dir, undefined, lang, otherVintages(data));
  const claims = run.partial ? all.filter((c) => inRun(c.figure)) : all;
  if (!run.partial) writeAudit(outDir, modules, builds, claims, dataLine(data, lang), lang);

  for (const f of builds.annex.filter((x) => inRun(x.id)))
    log(`  ${f.status.padEnd(10)} ${f.id}${f.status === "built" ? "" : `  ${f.message}`}`);
  const shown = run.partial ? claims : claims.filter((x) => x.status === "differs" || x.status === "error");
  for (const c of shown) log(`  ${c.id}: ${statusText(c).replace(/\*\*/g, "")}`);
  const where = run.partial
    ? `not written (partial run: ${path.join(outDir, "audit.md")} and claims.json are left as the last whole run wrote them)`
    : `${path.join(outDir, "audit.md")}, claims.json`;
  log(`${summaryLine(claims)} -> ${where}`);
  // A claim that differs is a finding, not a failure (unless --fail-on differs); broken downloads, figures or claim code are.
  const failing = failingClaims(claims, run.failOn);
  if (failing.length)
    log(`--fail-on ${run.failOn}: ${failing.length} claim(s) fail the run: ${failing.map((c) => c.id).join(", ")}`);
  const broken =
    fetched.filter((f) => f.status === "failed").length +
    builds.annex.filter((f) => f.status === "failed" && inRun(f.id)).length +
    failing.length;
  process.exitCode = broken ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
