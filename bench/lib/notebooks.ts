// Notebook timings: all notebooks through src/cli/notebooks.ts (npm run notebooks, the command users run), the
// time of each code cell from the executed copies (nbclient records when each cell started and
// went idle), and a probe notebook that splits a notebook's fixed cost into its parts:
// nbconvert and kernel start-up, tslab's first compile, danfojs-node, and the TypeScript
// compile of src/ modules (tslab type-checks every imported file and its .d.ts dependencies).
import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../../src/paths";
import { runChild, runChildOk, type ChildRun } from "./child";
import { tempDir } from "./pipeline";

export interface CellTiming {
  /** First line of the cell's source. */
  label: string;
  ms: number;
  /** The cell ended in an error (only seen with --allow-errors). */
  failed: boolean;
}

export interface NotebookTiming {
  name: string;
  ok: boolean;
  /** As printed by npm run notebooks: nbconvert start to finish, page included. */
  ms?: number;
  /** Size of the executed copy (out/notebooks/<name>.ipynb). */
  bytes?: number;
  cells: CellTiming[];
}

interface NotebookJson {
  cells: { cell_type: string; source: string | string[]; metadata?: { execution?: Record<string, string> }; outputs?: { output_type: string }[] }[];
}

/** Code cells with their execution time, from an executed notebook. */
export function cellTimings(file: string): CellTiming[] {
  const nb = JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => {
      const source = Array.isArray(c.source) ? c.source.join("") : c.source;
      const e = c.metadata?.execution ?? {};
      const ms = e["iopub.status.busy"] && e["iopub.status.idle"] ? Date.parse(e["iopub.status.idle"]) - Date.parse(e["iopub.status.busy"]) : NaN;
      const failed = (c.outputs ?? []).some((o) => o.output_type === "error");
      return { label: source.split("\n").find((l) => l.trim() && !l.startsWith("//"))?.trim().slice(0, 70) ?? "", ms, failed };
    });
}

/** The environment npm run notebooks sets up, for running nbconvert on the probe directly. */
function kernelEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const root = projectRoot();
  return { ...env, JUPYTER_PATH: path.join(root, "jupyter"), PATH: `${path.join(root, "node_modules", ".bin")}:${env.PATH ?? ""}` };
}

const jupyter = () => (fs.existsSync("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter");

export async function runAllNotebooks(env: NodeJS.ProcessEnv): Promise<{ run: ChildRun; notebooks: NotebookTiming[] }> {
  const root = projectRoot();
  // One at a time, so that each notebook's own time is not shared with another; --force: executed even if up to date.
  const run = await runChild(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "src", "cli", "notebooks.ts"), "--force"], { cwd: root, env: { ...env, MIGRATIE_NOTEBOOK_JOBS: "1" } });
  const notebooks: NotebookTiming[] = [];
  for (const line of run.stdout.split("\n")) {
    const ok = /^ok\s+(\S+) \((\d+\.\d+) s\)/.exec(line);
    const failed = /^FAILED\s+(\S+)/.exec(line);
    const name = ok?.[1] ?? failed?.[1];
    if (!name) continue;
    const executed = path.join(path.resolve(root, env.MIGRATIE_OUT ?? "out"), "notebooks", `${name}.ipynb`);
    const done = ok && fs.existsSync(executed);
    notebooks.push({ name, ok: Boolean(ok), ms: ok ? Number(ok[2]) * 1000 : undefined, bytes: done ? fs.statSync(executed).size : undefined, cells: done ? cellTimings(executed) : [] });
  }
  return { run, notebooks };
}

/**
 * The same notebooks, `jobs` at a time, as npm run notebooks runs them (MIGRATIE_NOTEBOOK_JOBS,
 * default 2): what `npm run notebooks` costs.
 */
export async function runNotebooksInParallel(env: NodeJS.ProcessEnv, jobs: number, force = true): Promise<{ ms: number; ok: boolean; upToDate: number }> {
  const root = projectRoot();
  const start = performance.now();
  const args = [path.join(root, "src", "cli", "notebooks.ts"), ...(force ? ["--force"] : [])];
  const run = await runChild(path.join(root, "node_modules", ".bin", "tsx"), args, { cwd: root, env: { ...env, MIGRATIE_NOTEBOOK_JOBS: String(jobs) } });
  return { ms: performance.now() - start, ok: run.code === 0, upToDate: run.stdout.split("\n").filter((l) => /^ok\s+\S+ \(up to date\)/.test(l)).length };
}

/** Cells of the probe notebook, in order: each one's time is the cost it adds. */
export const PROBE_CELLS: { part: string; source: string }[] = [
  { part: "first cell (tslab's first compile)", source: "1" },
  { part: "import danfojs-node (types + runtime)", source: 'import * as dfd from "danfojs-node";' },
  { part: "import arquero (types + runtime)", source: 'import * as aq from "arquero";' },
  // The package's public API, compiled (dist/ with declarations), as the notebooks import it.
  { part: "import the package (migratie-in-cijfers)", source: 'import { fig1, prepareFigure } from "migratie-in-cijfers";' },
  { part: "a trivial cell afterwards", source: "const probeDone = 1;" },
];

export interface ProbeResult {
  /** nbconvert on the probe, end to end. */
  totalMs: number;
  /** `jupyter nbconvert --version`: Python and nbconvert start-up alone. */
  nbconvertStartMs: number;
  cells: { part: string; ms: number; failed: boolean }[];
}

/** Runs the probe notebook in a temporary folder that sees src/ and node_modules/ as notebooks/ does. */
export async function probeNotebook(env: NodeJS.ProcessEnv): Promise<ProbeResult> {
  const root = projectRoot();
  const dir = tempDir("probe");
  try {
    // The package as the notebooks import it (scripts/link-package.cjs makes the same link in notebooks/).
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(root, path.join(dir, "node_modules", "migratie-in-cijfers"));
    const nb = {
      cells: PROBE_CELLS.map((c) => ({ cell_type: "code", metadata: {}, source: c.source, outputs: [], execution_count: null })),
      metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const file = path.join(dir, "probe.ipynb");
    fs.writeFileSync(file, JSON.stringify(nb));
    const kenv = kernelEnv(env);
    const version = await runChildOk(jupyter(), ["nbconvert", "--version"], { env: kenv });
    const run = await runChildOk(
      jupyter(),
      // --allow-errors: a probe cell that no longer compiles (a file renamed) shows as a failed part, not a failed benchmark.
      ["nbconvert", "--to", "notebook", "--execute", "--allow-errors", "--ExecutePreprocessor.kernel_name=tslab", "--ExecutePreprocessor.timeout=300", "--output-dir", path.join(dir, "out"), file],
      { cwd: dir, env: kenv },
    );
    const cells = cellTimings(path.join(dir, "out", "probe.ipynb"));
    return {
      totalMs: run.ms,
      nbconvertStartMs: version.ms,
      cells: PROBE_CELLS.map((c, i) => ({ part: c.part, ms: cells[i]?.ms ?? NaN, failed: cells[i]?.failed ?? true })),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
