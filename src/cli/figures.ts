// npm run figures [-- --mode latest] [--fail-on error|differs] [--lang en] [--only fig1 fig6] [--no-images] [--force] [--data annex|raw] [--mirror <dir>]
// Builds every annex figure into out/<fig>/ and out/claims.json from ONE data folder: the shipped
// annex vintage (default), a mirror, or data/raw (--data raw: only then are missing files fetched live).
// --lang en (or MIGRATIE_LANG=en): English figures in out/en/; Dutch, the default, in out/. The options
// it shares with `npm run audit` are in ./options.ts; --only writes the chosen figures and leaves the
// whole run's claims.json, audit.md and index.html alone.
import { Command, Option } from "commander";
import { buildAll } from "../build";
import { envMode, MODES, refuseOverlap } from "../config";
import type { Mode } from "../figures/types";
import { terminalText } from "../io/text";
import { dataFolders, defaultRawDir } from "../paths";
import { dataLine, fetchTarget } from "../raw/data-source";
import { progressHandlers } from "../raw/progress";
import { startRun } from "../outputs/run-guard";
import { statusText, summaryLine } from "../report/audit";
import { failingClaims } from "./fail-on";
import { addRunOptions, runOptions } from "./options";

async function main() {
  const program = addRunOptions(
    new Command()
      .name("figures")
      .description(
        "Build the annex figures from the raw data: out/<fig>/data.csv, figure.json, figure.html, figure.svg, figure.png",
      )
      .addOption(
        new Option(
          "--mode <mode>",
          "annex: the publication's periods; latest: up to the newest year in the data",
        ).choices(MODES),
      )
      .option("--no-images", "skip SVG and PNG (no Chromium needed)")
      .option(
        "--force",
        "render every SVG and PNG again, even where the figure, plotly.js and Chromium did not change",
      ),
  ).parse();
  const o = program.opts<{ mode?: Mode; images: boolean; force?: boolean }>();
  const run = runOptions(program.opts());
  const mode = o.mode ?? envMode(); // MIGRATIE_MODE, refused like a wrong --mode
  // Lines hold titles and messages from the data: no control characters reach the terminal.
  const log = (l: string) => process.stderr.write(terminalText(l) + "\n");
  log(dataLine(run.data)); // the first line: which data these figures show
  // One run per output folder and per raw folder; signals end it honestly (outputs/run-guard.ts).
  refuseOverlap(run.outDir, dataFolders(defaultRawDir(), run.data.dir));
  startRun({ outDir: run.outDir, rawDir: fetchTarget(run.data), log });
  const result = await buildAll({
    data: run.data,
    outDir: run.outDir,
    mode,
    lang: run.lang,
    figures: run.modules,
    partial: run.partial,
    images: o.images,
    force: o.force,
    fetchHandlers: progressHandlers(),
    log,
  });
  for (const f of result.figures) {
    if (f.status === "built") log(`  built      ${f.id}  ${f.data.title}  -> ${f.dir}`);
    else if (f.status === "needs-data") log(`  needs data ${f.id}  ${f.message}`);
    else log(`  FAILED     ${f.id}  ${f.message}`);
  }
  // A partial run prints its figures' claims here: it writes no claims.json to read them from.
  const shown = result.partial
    ? result.claims
    : result.claims.filter((x) => x.status === "differs" || x.status === "error");
  for (const c of shown) log(`  ${c.id}: ${statusText(c).replace(/\*\*/g, "")}`);
  const where = result.partial ? "not written (partial run)" : `${result.outDir}/claims.json`;
  log(`${summaryLine(result.claims)} -> ${where}`);
  // Success only if everything that could be built was built: missing data is reported, not fatal.
  if (result.imagesError)
    log(`ERROR no SVG/PNG images in ${result.outDir} (${result.imagesError}); use --no-images to build without them`);
  // A claim in error (or one that differs, with --fail-on differs) fails the run as in npm run audit.
  const failing = failingClaims(result.claims, run.failOn);
  if (failing.length)
    log(`--fail-on ${run.failOn}: ${failing.length} claim(s) fail the run: ${failing.map((x) => x.id).join(", ")}`);
  const failed =
    failing.length +
    result.figures.filter((f) => f.status === "failed").length +
    result.fetched.filter((f) => f.status === "failed").length +
    (result.imagesError ? 1 : 0);
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
