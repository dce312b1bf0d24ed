// npm run figures [-- --mode latest] [--only fig1 fig6] [--no-images] [--force] [--mirror <dir>]
// Builds every annex figure into out/<fig>/ (fetching missing raw data first) and out/claims.json.
import { Command, Option } from "commander";
import { buildAll } from "../build";
import { FIGURES, figureById } from "../figures/index";
import type { Mode } from "../figures/types";
import { terminalText } from "../io/text";
import { defaultOutDir, defaultRawDir, mirrorFromEnv } from "../paths";
import { progressHandlers } from "../raw/progress";

async function main() {
  const program = new Command()
    .name("figures")
    .description("Build the annex figures from the raw data: out/<fig>/data.csv, figure.json, figure.html, figure.svg, figure.png")
    .addOption(new Option("--mode <mode>", "annex: the publication's periods; latest: up to the newest year in the data").choices(["annex", "latest"]).default(process.env.MIGRATIE_MODE ?? "annex"))
    .option("--only <figures...>", `build only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .option("--no-images", "skip SVG and PNG (no Chromium needed)")
    .option("--force", "render every SVG and PNG again, even where the figure, plotly.js and Chromium did not change")
    .option("--mirror <dir>", "copy missing raw files from this mirror (default: $MIGRATIE_MIRROR)")
    .option("--raw <dir>", "raw data folder (default: $MIGRATIE_RAW or data/raw)")
    .option("--out <dir>", "output folder (default: $MIGRATIE_OUT or out)")
    .parse();
  const o = program.opts<{ mode: Mode; only?: string[]; images: boolean; force?: boolean; mirror?: string; raw?: string; out?: string }>();
  const figures = o.only ? o.only.map(figureById) : FIGURES;
  const outDir = o.out ?? defaultOutDir();
  // Lines hold titles and messages from the data: no control characters reach the terminal.
  const log = (l: string) => process.stderr.write(terminalText(l) + "\n");
  const result = await buildAll({
    rawDir: o.raw ?? defaultRawDir(),
    outDir,
    mode: o.mode,
    figures,
    mirror: o.mirror ?? mirrorFromEnv(),
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
  log(`Claims: ${c("reproduced")} reproduced, ${c("differs")} differ, ${c("needs-data")} need data -> ${outDir}/claims.json`);
  // Success only if everything that could be built was built: missing data is reported, not fatal.
  const failed = result.figures.filter((f) => f.status === "failed").length + result.fetched.filter((f) => f.status === "failed").length;
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
