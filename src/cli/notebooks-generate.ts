// npm run notebooks:generate [-- --check]
// Writes the notebooks from their one source each (notebooks/source/<name>.md, see
// src/notebook/edition.ts): the student's notebooks in Dutch and English (notebooks/nl/,
// notebooks/en/) and the teacher's solutions (notebooks/solutions/nl/, .../en/). Run it after
// editing a source or an exercise (src/notebook/exercises/). With --check it writes nothing and
// fails when a committed notebook is not what its source makes (the test suite checks the same).
import * as fs from "node:fs";
import * as path from "node:path";
import { Command } from "commander";
import { ensureDir, writeFileAtomic } from "../io/atomic-write";
import { terminalText } from "../io/text";
import type { FigureExercises } from "../notebook/exercises/check";
import { EDITIONS, editionPath, parseSource, renderEdition } from "../notebook/edition";
import { projectRoot } from "../paths";

const isSet = (x: unknown): x is FigureExercises =>
  typeof x === "object" && x !== null && "figure" in x && Array.isArray((x as FigureExercises).exercises);

/** A figure's exercises from its own module (src/notebook/exercises/<figure>.ts), if it has one. */
export async function exercisesOf(figure: string): Promise<FigureExercises | undefined> {
  const file = path.join(__dirname, "..", "notebook", "exercises", `${figure}.ts`);
  if (!fs.existsSync(file)) return undefined;
  return Object.values((await import(file)) as Record<string, unknown>).find(isSet);
}

/** Every generated notebook, by its path below notebooks/, with its text. */
export async function generatedNotebooks(root: string = projectRoot()): Promise<Map<string, string>> {
  const dir = path.join(root, "notebooks", "source");
  const out = new Map<string, string>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const src = parseSource(file.replace(/\.md$/, ""), fs.readFileSync(path.join(dir, file), "utf8"));
    const set = await exercisesOf(src.figure);
    for (const edition of EDITIONS) out.set(editionPath(src.name, edition), renderEdition(src, set, edition));
  }
  return out;
}

/** Notebooks below the editions' folders that no source makes (a renamed or removed source's). */
export function strayNotebooks(root: string, made: Map<string, string>): string[] {
  const folders = [...new Set([...made.keys()].map((p) => path.dirname(p)))];
  return folders.flatMap((f) =>
    (fs.readdirSync(path.join(root, "notebooks", f), { withFileTypes: true }) ?? [])
      .filter((e) => e.isFile() && e.name.endsWith(".ipynb"))
      .map((e) => path.join(f, e.name))
      .filter((p) => !made.has(p)),
  );
}

async function main() {
  const program = new Command()
    .name("notebooks:generate")
    .description("Write notebooks/{nl,en}/ and notebooks/solutions/{nl,en}/ from notebooks/source/*.md")
    .option("--check", "write nothing; fail when a notebook is not what its source makes")
    .parse();
  const check = Boolean(program.opts<{ check?: boolean }>().check);
  const root = projectRoot();
  const made = await generatedNotebooks(root);
  const stale: string[] = [];
  for (const [rel, text] of made) {
    const file = path.join(root, "notebooks", rel);
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
    stale.push(rel);
    if (!check) {
      ensureDir(path.dirname(file));
      writeFileAtomic(file, text);
    }
  }
  const stray = strayNotebooks(root, made);
  if (check) {
    for (const rel of stale) process.stderr.write(`notebooks/${rel}: not what its source makes\n`);
    for (const rel of stray) process.stderr.write(`notebooks/${rel}: no source makes it\n`);
    if (stale.length || stray.length) {
      process.stderr.write("Run npm run notebooks:generate (and remove the notebooks no source makes).\n");
      process.exitCode = 1;
    } else process.stdout.write(`${made.size} notebooks: each is what its source makes\n`);
    return;
  }
  for (const rel of stray) fs.rmSync(path.join(root, "notebooks", rel));
  process.stdout.write(
    `${made.size} notebooks from ${made.size / EDITIONS.length} sources: ${stale.length} written, ${stray.length} removed\n`,
  );
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 2;
  });
}
