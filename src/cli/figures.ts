// npm run figures [-- --mode latest] [--fail-on error|differs] [--lang en] [--only fig1 fig6] [--no-images] [--force] [--data annex|raw] [--mirror <dir>]
// Builds every annex figure into out/<fig>/ and out/claims.json from ONE data folder: the shipped
// annex vintage (default), a mirror, or data/raw (--data raw: only then are missing files fetched live).
// --lang en (or MIGRATIE_LANG=en): English figures in out/en/; Dutch, the default, in out/.
import { Command, Option } from "commander";
import { buildAll } from "../build";
import { checkLang, envLang, envMode, MODES, refuseOverlap } from "../config";
import { FIGURES, figureById } from "../figures/index";
import type { Mode } from "../figures/types";
import { terminalText } from "../io/text";
import { dataFolders, defaultOutDir, defaultRawDir } from "../paths";
import { dataLine, fetchTarget, resolveDataSource } from "../raw/data-source";
import { progressHandlers } from "../raw/progress";
import { startRun } from "../outputs/run-guard";
import { failingClaims, failOnOption, type FailOn } from "./fail-on";

async function main() {
  const program = new Command()
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
    .option(
      "--lang <lang>",
      "nl: Dutch, the publication's language (default; out/); en: English (out/en/) (also $MIGRATIE_LANG)",
    )
    .option("--only <figures...>", `build only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .option("--no-images", "skip SVG and PNG (no Chromium needed)")
    .option("--force", "render every SVG and PNG again, even where the figure, plotly.js and Chromium did not change")
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
    mode?: Mode;
    lang?: string;
    only?: string[];
    images: boolean;
    force?: boolean;
    data?: string;
    mirror?: string;
    raw?: string;
    out?: string;
  }>();
  const mode = o.mode ?? envMode(); // MIGRATIE_MODE, refused like a wrong --mode
  const lang = o.lang !== undefined ? checkLang(o.lang, "--lang") : envLang(); // MIGRATIE_LANG, checked the same way
  const figures = o.only ? [...new Set(o.only)].map(figureById) : FIGURES;
  const outDir = o.out ?? defaultOutDir();
  // Lines hold titles and messages from the data: no control characters reach the terminal.
  const log = (l: string) => process.stderr.write(terminalText(l) + "\n");
  const data = resolveDataSource(o);
  log(dataLine(data)); // the first line: which data these figures show
  // One run per output folder and per raw folder; signals end it honestly (outputs/run-guard.ts).
  refuseOverlap(outDir, dataFolders(defaultRawDir(), data.dir));
  startRun({ outDir, rawDir: fetchTarget(data), log });
  const result = await buildAll({
    data,
    outDir,
    mode,
    lang,
    figures,
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
  const c = (s: string) => result.claims.filter((x) => x.status === s).length;
  log(
    `Claims: ${c("reproduced")} reproduced, ${c("differs")} differ, ${c("needs-data")} need data -> ${result.outDir}/claims.json`,
  );
  // Success only if everything that could be built was built: missing data is reported, not fatal.
  if (result.imagesError)
    log(`ERROR no SVG/PNG images in ${result.outDir} (${result.imagesError}); use --no-images to build without them`);
  // A claim in error (or one that differs, with --fail-on differs) fails the run as in npm run audit.
  const failing = failingClaims(result.claims, o.failOn);
  if (failing.length)
    log(`--fail-on ${o.failOn}: ${failing.length} claim(s) fail the run: ${failing.map((x) => x.id).join(", ")}`);
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
