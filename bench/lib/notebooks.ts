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
  cells: {
    cell_type: string;
    source: string | string[];
    metadata?: { execution?: Record<string, string> };
    outputs?: { output_type: string; name?: string }[];
  }[];
}

/** One Run All in a fresh kernel, split into its parts (all in ms), with the process tree's peak memory. */
export interface FreshRun {
  name: string;
  ok: boolean;
  /** nbconvert start to finish: what a user waits for. */
  totalMs: number;
  /** From starting nbconvert to the first code cell starting: Python, nbconvert and the tslab kernel's start. */
  kernelStartMs: number;
  firstCellMs: number;
  /** The other code cells together. */
  restMs: number;
  /** After the last cell: shutting the kernel down and writing the notebook. */
  afterMs: number;
  peakTreePss?: number;
}

/** The parts of a Run All from the executed copy's cell timestamps and the wall-clock start and duration of nbconvert. */
export function freshRunParts(
  file: string,
  startedAt: number,
  totalMs: number,
): Omit<FreshRun, "name" | "ok" | "peakTreePss"> {
  const nb = JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
  const spans = nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => c.metadata?.execution ?? {})
    .filter((e) => e["iopub.status.busy"] && e["iopub.status.idle"])
    .map((e) => ({ busy: Date.parse(e["iopub.status.busy"]), idle: Date.parse(e["iopub.status.idle"]) }));
  if (!spans.length) throw new Error(`${file}: no cell timings (nbclient's execution metadata)`);
  const kernelStartMs = spans[0].busy - startedAt;
  const firstCellMs = spans[0].idle - spans[0].busy;
  const restMs = spans.slice(1).reduce((a, x) => a + (x.idle - x.busy), 0);
  return { totalMs, kernelStartMs, firstCellMs, restMs, afterMs: totalMs - kernelStartMs - firstCellMs - restMs };
}

/** A notebook of one cell, `1`: the floor every Run All pays (kernel start and tslab's first compile). */
export const FLOOR_NOTEBOOK = "one-cell-floor";

/**
 * Each notebook's Run All in a fresh kernel, one at a time, with Jupyter's own tool as a user runs
 * it (`jupyter nbconvert --to notebook --execute`, the package built, no static images: what Run All
 * in Jupyter does), and first the one-cell floor. `rounds` times over the whole list, one round after
 * the other, so that a burst of other work on the machine spreads over all notebooks instead of
 * deciding one notebook's time.
 */
export async function runAllFresh(env: NodeJS.ProcessEnv, books: string[], rounds: number): Promise<FreshRun[]> {
  const root = projectRoot();
  const dir = tempDir("fresh");
  try {
    const floor = path.join(dir, `${FLOOR_NOTEBOOK}.ipynb`);
    const cell = { cell_type: "code", metadata: {}, source: "1", outputs: [], execution_count: null };
    fs.writeFileSync(
      floor,
      JSON.stringify({
        cells: [cell],
        metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
    const out: FreshRun[] = [];
    const kenv = { ...kernelEnv(env), MIGRATIE_NOTEBOOK_IMAGES: "0" };
    const list = Array.from({ length: rounds }, () => [floor, ...books]).flat();
    for (const nb of list) {
      const name = path.basename(nb, ".ipynb");
      const startedAt = Date.now();
      // In notebooks/ (floor: beside it), where the package link is, as Jupyter starts the kernel.
      const run = await runChild(
        jupyter(),
        [
          "nbconvert",
          "--to",
          "notebook",
          "--execute",
          "--ExecutePreprocessor.kernel_name=tslab",
          "--ExecutePreprocessor.timeout=600",
          "--output-dir",
          path.join(dir, "out"),
          nb,
        ],
        {
          cwd: path.join(root, "notebooks"),
          env: kenv,
        },
      );
      const executed = path.join(dir, "out", `${name}.ipynb`);
      if (run.code !== 0 || !fs.existsSync(executed)) {
        out.push({
          name,
          ok: false,
          totalMs: run.ms,
          kernelStartMs: NaN,
          firstCellMs: NaN,
          restMs: NaN,
          afterMs: NaN,
          peakTreePss: run.peakTreePss,
        });
        continue;
      }
      out.push({ name, ok: true, ...freshRunParts(executed, startedAt, run.ms), peakTreePss: run.peakTreePss });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Code cells with their execution time, from an executed notebook. */
export function cellTimings(file: string): CellTiming[] {
  const nb = JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => {
      const source = Array.isArray(c.source) ? c.source.join("") : c.source;
      const e = c.metadata?.execution ?? {};
      const ms =
        e["iopub.status.busy"] && e["iopub.status.idle"]
          ? Date.parse(e["iopub.status.idle"]) - Date.parse(e["iopub.status.busy"])
          : NaN;
      // tslab reports a cell that does not compile on stderr, not as an error output.
      const failed = (c.outputs ?? []).some(
        (o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"),
      );
      return {
        label:
          source
            .split("\n")
            .find((l) => l.trim() && !l.startsWith("//"))
            ?.trim()
            .slice(0, 70) ?? "",
        ms,
        failed,
      };
    });
}

/** The environment npm run notebooks sets up, for running nbconvert on the probe directly. */
function kernelEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const root = projectRoot();
  return {
    ...env,
    JUPYTER_PATH: path.join(root, "jupyter"),
    PATH: `${path.join(root, "node_modules", ".bin")}:${env.PATH ?? ""}`,
  };
}

const jupyter = () => (fs.existsSync("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter");

export async function runAllNotebooks(env: NodeJS.ProcessEnv): Promise<{ run: ChildRun; notebooks: NotebookTiming[] }> {
  const root = projectRoot();
  // One at a time, so that each notebook's own time is not shared with another; --force: executed even if up to date.
  const run = await runChild(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "src", "cli", "notebooks.ts"), "--force"],
    { cwd: root, env: { ...env, MIGRATIE_NOTEBOOK_JOBS: "1" } },
  );
  const notebooks: NotebookTiming[] = [];
  for (const line of run.stdout.split("\n")) {
    const ok = /^ok\s+(\S+) \((\d+\.\d+) s\)/.exec(line);
    const failed = /^FAILED\s+(\S+)/.exec(line);
    const name = ok?.[1] ?? failed?.[1];
    if (!name) continue;
    const executed = path.join(path.resolve(root, env.MIGRATIE_OUT ?? "out"), "notebooks", `${name}.ipynb`);
    const done = ok && fs.existsSync(executed);
    notebooks.push({
      name,
      ok: Boolean(ok),
      ms: ok ? Number(ok[2]) * 1000 : undefined,
      bytes: done ? fs.statSync(executed).size : undefined,
      cells: done ? cellTimings(executed) : [],
    });
  }
  return { run, notebooks };
}

/**
 * The same notebooks, `jobs` at a time, as npm run notebooks runs them (MIGRATIE_NOTEBOOK_JOBS,
 * default 2): what `npm run notebooks` costs.
 */
export async function runNotebooksInParallel(
  env: NodeJS.ProcessEnv,
  jobs: number,
  force = true,
): Promise<{ ms: number; ok: boolean; upToDate: number }> {
  const root = projectRoot();
  const start = performance.now();
  const args = [path.join(root, "src", "cli", "notebooks.ts"), ...(force ? ["--force"] : [])];
  const run = await runChild(path.join(root, "node_modules", ".bin", "tsx"), args, {
    cwd: root,
    env: { ...env, MIGRATIE_NOTEBOOK_JOBS: String(jobs) },
  });
  return {
    ms: performance.now() - start,
    ok: run.code === 0,
    upToDate: run.stdout.split("\n").filter((l) => /^ok\s+\S+ \(up to date\)/.test(l)).length,
  };
}

/** Cells of the probe notebook, in order: each one's time is the cost it adds. */
export const PROBE_CELLS: { part: string; source: string }[] = [
  { part: "first cell (tslab's first compile)", source: "1" },
  { part: "import danfojs-node (types + runtime)", source: 'import * as dfd from "danfojs-node";' },
  { part: "import arquero (types + runtime)", source: 'import * as aq from "arquero";' },
  // The package's public API, compiled (dist/ with declarations), as the notebooks import it.
  {
    part: "import the package (migratie-in-cijfers)",
    source: 'import { fig1, prepareFigure } from "migratie-in-cijfers";',
  },
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
    // And the libraries the probe imports: without them its import cells fail to compile (tslab reports that
    // on stderr, not as an error) and time nothing.
    for (const lib of ["danfojs-node", "arquero"])
      fs.symlinkSync(path.join(root, "node_modules", lib), path.join(dir, "node_modules", lib));
    const nb = {
      cells: PROBE_CELLS.map((c) => ({
        cell_type: "code",
        metadata: {},
        source: c.source,
        outputs: [],
        execution_count: null,
      })),
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
      [
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--allow-errors",
        "--ExecutePreprocessor.kernel_name=tslab",
        "--ExecutePreprocessor.timeout=300",
        "--output-dir",
        path.join(dir, "out"),
        file,
      ],
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
