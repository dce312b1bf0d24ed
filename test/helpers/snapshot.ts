// Output snapshots, as Observable Plot's snapshot tests do: the stored file is the expected output;
// on a mismatch the new output is written beside it (data.changed.csv, gitignored) and the test
// fails with the first differing lines. Under CI nothing is written. UPDATE_SNAPSHOTS=1 (npm run
// test:update-snapshots) stores the new outputs on purpose.
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../../src/io/atomic-write";

const UPDATE_COMMAND = "npm run test:update-snapshots";

export interface SnapshotEnv {
  update: boolean;
  ci: boolean;
}

export function snapshotEnv(env: NodeJS.ProcessEnv = process.env): SnapshotEnv {
  const on = (v: string | undefined) => v !== undefined && v !== "" && v !== "0" && v !== "false";
  return { update: on(env.UPDATE_SNAPSHOTS), ci: on(env.CI) };
}

/** data.csv -> data.changed.csv: where a differing output is written for review. */
export function changedPath(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.changed${ext}`;
}

/** The first differing lines of two texts, numbered, as "-" stored and "+" new. */
export function firstDifferences(stored: string, actual: string, max = 5): string {
  const a = stored.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  let shown = 0;
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    differing++;
    if (shown >= max) continue;
    shown++;
    out.push(`  line ${i + 1}:`);
    if (i < a.length) out.push(`    - ${a[i]}`);
    if (i < b.length) out.push(`    + ${b[i]}`);
  }
  if (differing > shown) out.push(`  ... ${differing - shown} more differing line(s)`);
  return out.join("\n");
}

/**
 * Compares the outputs (file name -> text) with the snapshots in `dir`. Returns the problems (empty
 * when all match); writes .changed files (or, when updating, the snapshots) unless under CI.
 */
export function checkSnapshots(
  dir: string,
  outputs: Record<string, string>,
  env: SnapshotEnv = snapshotEnv(),
): string[] {
  if (env.update && env.ci)
    throw new Error("UPDATE_SNAPSHOTS is refused under CI: snapshots are updated on purpose, locally");
  const stored = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.includes(".changed.")) : [];
  const problems: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const file = path.join(dir, name);
    const changed = changedPath(file);
    const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (env.update) {
      if (old !== text) {
        fs.mkdirSync(dir, { recursive: true });
        writeFileAtomic(file, text);
      }
      fs.rmSync(changed, { force: true });
      continue;
    }
    if (old === text) {
      if (!env.ci) fs.rmSync(changed, { force: true });
      continue;
    }
    if (!env.ci) {
      fs.mkdirSync(dir, { recursive: true });
      writeFileAtomic(changed, text);
    }
    const where = env.ci ? "" : `; the new output is in ${path.relative(process.cwd(), changed)}`;
    problems.push(
      old === undefined
        ? `${path.relative(process.cwd(), file)}: no stored snapshot${where}`
        : `${path.relative(process.cwd(), file)} differs from the new output${where}:\n${firstDifferences(old, text)}`,
    );
  }
  for (const name of stored.filter((f) => !(f in outputs))) {
    if (env.update) fs.rmSync(path.join(dir, name));
    else
      problems.push(
        `${path.relative(process.cwd(), path.join(dir, name))}: stored, but the figure no longer writes it`,
      );
  }
  return problems;
}

/** The failure message for a figure's problems, with how to accept the change. */
export function snapshotMessage(figure: string, problems: string[]): string {
  return (
    `${figure}: ${problems.length} output(s) differ from test/snapshots/${figure}/.\n${problems.join("\n")}\n` +
    `If the change is intended, run \`${UPDATE_COMMAND}\` and commit the snapshots.`
  );
}
