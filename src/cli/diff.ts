// npm run diff -- <dirA> <dirB> [--only fig5 fig6] [--out <dir>] [--limit 30] [--lang en]
// Compares two raw-data folders in the mirror layout (two mirrors, or a mirror and data/raw
// after a live fetch): changed raw files, per figure the values that changed (old, new), the
// years or countries that appeared or disappeared, and the claims that change status.
// Prints the comparison and writes it in full to out/diff.md. Neither folder is written to.
import * as path from "node:path";
import { Command } from "commander";
import { FIGURES, figureById } from "../figures/index";
import { terminalText } from "../io/text";
import { sourceById } from "../catalog/sources";
import { checkDir, checkLang, ConfigError, envLang, refuseOverlap } from "../config";
import { defaultOutDir } from "../paths";
import { lexists, rawPath } from "../raw/store";
import { writeFileAtomic } from "../io/atomic-write";
import { diffRawFolders } from "../report/diff-read";
import { diffMarkdown, diffSummary } from "../report/diff-markdown";

async function main() {
  const program = new Command()
    .name("diff")
    .description(
      "Compare two raw-data folders (vintages): changed values, new years or countries, claims that change status",
    )
    .argument("<dirA>", "the older raw folder (a mirror, or a copy of data/raw)")
    .argument("<dirB>", "the newer raw folder")
    .option("--only <figures...>", `compare only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .option("--out <dir>", "where diff.md goes (default: $MIGRATIE_OUT or out)")
    .option("--limit <n>", "rows per list on the terminal (out/diff.md has all)", "30")
    .option("--lang <lang>", "nl: Dutch (default); en: English (also $MIGRATIE_LANG)")
    .parse();
  const [dirA, dirB] = program.args;
  const o = program.opts<{ only?: string[]; out?: string; limit: string; lang?: string }>();
  const lang = o.lang !== undefined ? checkLang(o.lang, "--lang") : envLang();
  if (!/^\d+$/.test(o.limit)) throw new ConfigError(`--limit must be a whole number of rows, not "${o.limit}"`);
  const modules = o.only ? [...new Set(o.only)].map(figureById) : FIGURES;
  // Two folders without a single catalogued raw file (e.g. /etc and /tmp) have nothing to compare.
  const files = [...new Set(modules.flatMap((m) => m.sourceIds))].map(sourceById);
  for (const dir of [dirA, dirB]) {
    checkDir(dir, dir === dirA ? "<dirA>" : "<dirB>", { mustExist: true });
    if (!files.some((s) => lexists(rawPath(dir, s)))) {
      throw new ConfigError(
        `${dir}: holds none of the catalogued raw files (e.g. ${files[0].file}): not a raw-data folder, nothing to compare`,
      );
    }
  }
  const outDir = o.out ?? defaultOutDir();
  refuseOverlap(outDir, [
    { name: "raw data folder", dir: dirA },
    { name: "raw data folder", dir: dirB },
  ]);
  const d = diffRawFolders(dirA, dirB, modules, { lang });
  const target = path.join(outDir, "diff.md");
  writeFileAtomic(target, diffMarkdown(d, { lang }));
  process.stdout.write(terminalText(diffMarkdown(d, { lang, limit: Number(o.limit) })));
  process.stderr.write(terminalText(`${diffSummary(d, lang)} -> ${target}`) + "\n");
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
