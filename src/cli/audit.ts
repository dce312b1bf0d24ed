// npm run audit [-- --only fig1 fig6] [--fail-on error|differs] [--lang en] [--data annex|raw] [--mirror <dir>] [--raw <dir>] [--out <dir>]
// Checks every statement of the annex against ONE data folder (the shipped vintage by default; see
// raw/data-source.ts; with --data raw missing files are fetched live first):
// out/claims.json and a readable out/audit.md (English: out/en/). `npm run figures` writes the same two files.
import * as path from "node:path";
import { Command, Option } from "commander";
import { FIGURES, figureById } from "../figures/index";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { terminalText } from "../io/text";
import { checkLang, envLang, refuseOverlap } from "../config";
import { dataFolders, defaultOutDir, defaultRawDir, langOutDir } from "../paths";
import { dataLine, fetchTarget, resolveDataSource } from "../raw/data-source";
import { fetchMissing } from "../raw/fetch";
import { progressHandlers } from "../raw/progress";
import { startRun } from "../outputs/run-guard";
import { statusText, summaryLine } from "../report/audit";
import { auditFigures, writeAudit } from "../report/audit-run";
import { otherVintages } from "../report/vintages";
import { failingClaims, failOnOption, type FailOn } from "./fail-on";

async function main() {
  const program = new Command()
    .name("audit")
    .description("Check the annex's statements against the raw data: out/claims.json and out/audit.md")
    .option(
      "--lang <lang>",
      "nl: Dutch (default; out/); en: English titles, the statements with an English rendering (out/en/) (also $MIGRATIE_LANG)",
    )
    .option("--only <figures...>", `audit only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .addOption(
      new Option(
        "--data <data>",
        "annex: the vintage shipped in data/annex-2025 (default); raw: live downloads in data/raw, missing files fetched (also $MIGRATIE_DATA)",
      ).choices(["annex", "raw"]),
    )
    .option("--mirror <dir>", "read this mirror instead of the shipped vintage (default: $MIGRATIE_MIRROR)")
    .option("--raw <dir>", "the raw folder for --data raw (default: $MIGRATIE_RAW or data/raw)")
    .option("--out <dir>", "output folder (default: $MIGRATIE_OUT or out)")
    .addOption(failOnOption())
    .parse();
  const o = program.opts<{
    failOn: FailOn;
    only?: string[];
    lang?: string;
    data?: string;
    mirror?: string;
    raw?: string;
    out?: string;
  }>();
  const lang = o.lang !== undefined ? checkLang(o.lang, "--lang") : envLang();
  const modules = o.only ? [...new Set(o.only)].map(figureById) : FIGURES;
  const data = resolveDataSource(o);
  const rawDir = data.dir;
  const outRoot = o.out ?? defaultOutDir();
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
  const { builds, claims } = auditFigures(modules, rawDir, undefined, lang, otherVintages(data));
  writeAudit(outDir, modules, builds, claims, dataLine(data, lang), lang);

  for (const f of builds.annex) log(`  ${f.status.padEnd(10)} ${f.id}${f.status === "built" ? "" : `  ${f.message}`}`);
  for (const c of claims.filter((x) => x.status === "differs" || x.status === "error"))
    log(`  ${c.id}: ${statusText(c).replace(/\*\*/g, "")}`);
  log(`${summaryLine(claims)} -> ${path.join(outDir, "audit.md")}, claims.json`);
  // A claim that differs is a finding, not a failure (unless --fail-on differs); broken downloads, figures or claim code are.
  const failing = failingClaims(claims, o.failOn);
  if (failing.length)
    log(`--fail-on ${o.failOn}: ${failing.length} claim(s) fail the run: ${failing.map((c) => c.id).join(", ")}`);
  const broken =
    fetched.filter((f) => f.status === "failed").length +
    builds.annex.filter((f) => f.status === "failed").length +
    failing.length;
  process.exitCode = broken ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
