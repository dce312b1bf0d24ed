// npm run diff -- <dirA> <dirB> [--only fig5 fig6] [--out <dir>] [--limit 30]
// Compares two raw-data folders in the mirror layout (two mirrors, or a mirror and data/raw
// after a live fetch): changed raw files, per figure the values that changed (old, new), the
// years or countries that appeared or disappeared, and the claims that change status.
// Prints the comparison and writes it in full to out/diff.md. Neither folder is written to.
import * as path from "node:path";
import { Command } from "commander";
import { FIGURES, figureById } from "../figures/index";
import { terminalText } from "../io/text";
import { defaultOutDir } from "../paths";
import { writeFileAtomic } from "../io/atomic-write";
import { diffMarkdown, diffRawFolders, diffSummary } from "../report/diff";

async function main() {
  const program = new Command()
    .name("diff")
    .description("Compare two raw-data folders (vintages): changed values, new years or countries, claims that change status")
    .argument("<dirA>", "the older raw folder (a mirror, or a copy of data/raw)")
    .argument("<dirB>", "the newer raw folder")
    .option("--only <figures...>", `compare only these (${FIGURES.map((f) => f.id).join(", ")})`)
    .option("--out <dir>", "where diff.md goes (default: $MIGRATIE_OUT or out)")
    .option("--limit <n>", "rows per list on the terminal (out/diff.md has all)", "30")
    .parse();
  const [dirA, dirB] = program.args;
  const o = program.opts<{ only?: string[]; out?: string; limit: string }>();
  const modules = o.only ? o.only.map(figureById) : FIGURES;
  const d = diffRawFolders(dirA, dirB, modules);
  const outDir = o.out ?? defaultOutDir();
  const target = path.join(outDir, "diff.md");
  writeFileAtomic(target, diffMarkdown(d));
  process.stdout.write(terminalText(diffMarkdown(d, { limit: Number(o.limit) })));
  process.stderr.write(terminalText(`${diffSummary(d)} -> ${target}`) + "\n");
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
