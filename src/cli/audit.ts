// npm run audit [-- --only fig1 fig6] [--mirror <dir>] [--raw <dir>] [--out <dir>]
// Checks every statement of the annex against the raw data (fetching what is missing first):
// out/claims.json and a readable out/audit.md. `npm run figures` writes the same two files.
import * as path from "node:path";
import { Command } from "commander";
import { FIGURES, figureById } from "../figures/index";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { checkDir, refuseOverlap } from "../config";
import { dataFolders, defaultOutDir, defaultRawDir, mirrorFromEnv } from "../paths";
import { fetchMissing } from "../raw/fetch";
import { progressHandlers } from "../raw/progress";
import { removeTempsOnSignals } from "../raw/store";
import { statusText, summaryLine } from "../report/audit";
import { auditFigures, writeAudit } from "../report/audit-run";

async function main() {
  const program = new Command()
    .name("audit")
    .description("Check the annex's statements against the raw data: out/claims.json and out/audit.md")
    .option("--only <figures...>", `audit only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .option("--mirror <dir>", "copy missing raw files from this mirror (default: $MIGRATIE_MIRROR)")
    .option("--raw <dir>", "raw data folder (default: $MIGRATIE_RAW or data/raw)")
    .option("--out <dir>", "output folder (default: $MIGRATIE_OUT or out)")
    .parse();
  const o = program.opts<{ only?: string[]; mirror?: string; raw?: string; out?: string }>();
  const modules = o.only ? [...new Set(o.only)].map(figureById) : FIGURES;
  const rawDir = o.raw ?? defaultRawDir();
  const outDir = o.out ?? defaultOutDir();
  const mirror = o.mirror ? checkDir(o.mirror, "--mirror", { mustExist: true }) : mirrorFromEnv();
  refuseOverlap(outDir, dataFolders(rawDir, mirror));
  removeTempsOnSignals(rawDir); // missing files are fetched first: Ctrl-C mid-copy leaves no .tmp
  const log = (l: string) => process.stderr.write(l + "\n");

  const fetched = await fetchMissing(modules, { rawDir, mirror, content: OFFICIAL_FORMATS, fetchHandlers: progressHandlers() });
  const { builds, claims } = auditFigures(modules, rawDir);
  writeAudit(outDir, modules, builds, claims);

  for (const f of builds.annex) log(`  ${f.status.padEnd(10)} ${f.id}${f.status === "built" ? "" : `  ${f.message}`}`);
  for (const c of claims.filter((x) => x.status === "differs" || x.status === "error")) log(`  ${c.id}: ${statusText(c).replace(/\*\*/g, "")}`);
  log(`${summaryLine(claims)} -> ${path.join(outDir, "audit.md")}, claims.json`);
  // A claim that differs is a finding, not a failure; broken downloads, figures or claim code are.
  const broken =
    fetched.filter((f) => f.status === "failed").length +
    builds.annex.filter((f) => f.status === "failed").length +
    claims.filter((c) => c.status === "error").length;
  process.exitCode = broken ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
