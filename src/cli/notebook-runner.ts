// What `npm run notebooks` does (src/cli/notebooks.ts parses its options): executes notebooks
// headless with Jupyter's own nbconvert and the tslab kernel, writes each executed notebook and its
// page (out/notebooks/<name>.ipynb, .html), and says per notebook when it started and how it ended.
//
// A notebook runs again only when its inputs changed (inputsKey). The stamp is the key of the inputs
// as they were when the run STARTED, written only once the page is complete: data changed during a
// run is never recorded as seen, and a run that was killed (no stamp) runs again next time.
import { spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { offlineNotebookPage } from "../notebook/notebook-page";
import { writePlotlyAsset } from "../outputs/page";
import { notebookPagesDir } from "../paths";

/** An executed notebook at or above this size fails the run: a cell probably inlined plotly.js. */
const MAX_NOTEBOOK_BYTES = 1_500_000;

export interface RunnerOptions {
  root: string;
  /** The notebooks to run (paths). */
  notebooks: string[];
  /** The output folder (MIGRATIE_OUT or out/): pages and executed notebooks go to its notebooks/. */
  outDir: string;
  /** The Jupyter command (JUPYTER, else Debian's /usr/bin/jupyter). */
  jupyter: string;
  /** How many notebooks run at once. */
  jobs: number;
  /** Run even when up to date. */
  force: boolean;
  env: NodeJS.ProcessEnv;
  /** One progress line (default: stdout). */
  log?: (line: string) => void;
  /** Per cell, in seconds (nbconvert's ExecutePreprocessor.timeout). */
  timeout?: number;
}

export interface NotebookResult {
  name: string;
  status: "ok" | "up-to-date" | "failed";
  seconds?: number;
  /** Why it failed: the failing cells' messages, or the step that failed. */
  messages: string[];
}

/**
 * Where a notebook's executed copy and page go, and its stamps and logs: each edition beside the
 * outputs of its language (paths.ts notebookPagesDir), students' and teachers' apart:
 *   notebooks/nl/<name>.ipynb            -> out/notebooks/           (Dutch, the publication's language)
 *   notebooks/en/<name>.ipynb            -> out/en/notebooks/
 *   notebooks/solutions/nl/<name>.ipynb  -> out/solutions/
 *   notebooks/solutions/en/<name>.ipynb  -> out/en/solutions/
 * Any other notebook (a user's own) goes to out/notebooks/.
 */
export function notebookDirs(outDir: string, notebook = "", root = ""): { pages: string; state: string } {
  const rel = root ? path.relative(path.join(root, "notebooks"), notebook).split(path.sep) : [];
  const solutions = rel[0] === "solutions";
  const lang = (solutions ? rel[1] : rel[0]) === "en" ? "en" : "nl";
  const pages = notebookPagesDir(outDir, lang, solutions);
  return { pages, state: path.join(pages, ".runs") };
}

/** Files below `dir` (links followed), sorted, filtered by `keep`; none when dir is missing. */
function filesBelow(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(d, n);
      const st = fs.statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && keep(p)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * One sha256 over everything a notebook's results depend on: the notebook, the package build the
 * kernel loads (dist/), the kernelspec, package-lock.json, the data (the sidecars, which hold each
 * raw file's sha256, of data/ and of MIGRATIE_RAW / MIGRATIE_MIRROR; the synthetic files of
 * data/synthetic/ themselves) and the MIGRATIE_* settings.
 */
export function inputsKey(notebook: string, root: string, env: NodeJS.ProcessEnv): string {
  const h = crypto.createHash("sha256");
  const add = (file: string) => {
    h.update(`${path.relative(root, file)}\0`);
    h.update(fs.readFileSync(file));
    h.update("\0");
  };
  add(notebook);
  for (const f of filesBelow(path.join(root, "dist"), (f) => /\.(js|d\.ts|json)$/.test(f))) add(f);
  for (const f of filesBelow(path.join(root, "jupyter"), () => true)) add(f);
  if (fs.existsSync(path.join(root, "package-lock.json"))) add(path.join(root, "package-lock.json"));
  const sidecar = (f: string) => f.endsWith(".origin.json");
  for (const d of [path.join(root, "data"), env.MIGRATIE_RAW, env.MIGRATIE_MIRROR]) {
    if (d) for (const f of filesBelow(path.resolve(root, d), sidecar)) add(f);
  }
  for (const f of filesBelow(path.join(root, "data", "synthetic"), () => true)) add(f);
  const settings = Object.keys(env)
    .filter((k) => k.startsWith("MIGRATIE_") && k !== "MIGRATIE_NOTEBOOK_JOBS")
    .sort()
    .map((k) => `${k}=${env[k]}`);
  h.update(settings.join("\n"));
  return h.digest("hex");
}

interface CodeCell {
  cell_type: string;
  source: string | string[];
  execution_count?: number | null;
  outputs?: {
    output_type: string;
    name?: string;
    text?: string | string[];
    ename?: string;
    evalue?: string;
    traceback?: string[];
  }[];
}
interface NotebookJson {
  cells: CodeCell[];
}

const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : (v ?? ""));

/**
 * Numbers the code cells 1, 2, ... in the order they ran, as Jupyter shows them. nbconvert 6's
 * ExecutePreprocessor takes a cell's count from the kernel's execute_input message, which tslab
 * does not send, so every cell of the executed notebook would show `In [ ]`. Cells that ran all
 * ran in order (a failing cell stops the run), and nbclient counts the same way.
 */
export function numberExecutedCells(nb: NotebookJson): NotebookJson {
  let n = 0;
  for (const c of nb.cells) if (c.cell_type === "code" && joined(c.source).trim() !== "") c.execution_count = ++n;
  return nb;
}

/** The messages of failing cells in a notebook run with --allow-errors: tslab writes them to stderr. */
export function failingCells(nb: NotebookJson): string[] {
  const out: string[] = [];
  nb.cells.forEach((c, i) => {
    for (const o of c.outputs ?? []) {
      const text =
        o.output_type === "error"
          ? [o.ename, o.evalue, ...(o.traceback ?? [])].filter(Boolean).join("\n")
          : o.name === "stderr"
            ? joined(o.text)
            : "";
      if (text.trim()) out.push(`cell ${i}: ${text.trim()}`);
    }
  });
  return out;
}

interface Exec {
  code: number | null;
  signal: NodeJS.Signals | null;
}

// The running nbconvert processes, each the leader of its own process group (with its kernel).
const running = new Set<number>();

/** Stops every running nbconvert with its kernel (on a signal to the runner); returns how many. */
export function stopRunning(signal: NodeJS.Signals = "SIGTERM"): number {
  for (const pid of running) {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }
  return running.size;
}

function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Exec> {
  return new Promise((resolve) => {
    const log = fs.openSync(opts.logFile, "a");
    // Its own process group, so that a signal to the runner can stop it together with the kernel it started.
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", log, log], detached: true });
    if (child.pid) running.add(child.pid);
    child.on("error", (e) => {
      fs.appendFileSync(opts.logFile, `${cmd}: ${e.message}\n`);
      fs.closeSync(log);
      resolve({ code: 127, signal: null });
    });
    child.on("close", (code, signal) => {
      if (child.pid) running.delete(child.pid);
      fs.closeSync(log);
      resolve({ code, signal });
    });
  });
}

const readNotebook = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
// nbformat's own layout (indent 1, non-ASCII kept), so the file reads as Jupyter writes it.
const notebookText = (nb: NotebookJson) => JSON.stringify(nb, null, 1) + "\n";

/** Runs one notebook, unless up to date; never throws for a failing notebook (the result says why). */
async function runNotebook(notebook: string, o: RunnerOptions): Promise<NotebookResult> {
  const name = path.basename(notebook, ".ipynb");
  // In the progress lines, the edition too (nl/fig1-..., solutions/en/fig1-...): the names repeat across editions.
  const inNotebooks = path.relative(path.join(o.root, "notebooks"), notebook);
  const label = inNotebooks.startsWith("..")
    ? name
    : inNotebooks
        .replace(/\.ipynb$/, "")
        .split(path.sep)
        .join("/");
  const { pages, state } = notebookDirs(o.outDir, notebook, o.root);
  fs.mkdirSync(state, { recursive: true });
  const executed = path.join(pages, `${name}.ipynb`);
  const page = path.join(pages, `${name}.html`);
  const stamp = path.join(state, `${name}.inputs`);
  const logFile = path.join(state, `${name}.log`);
  const log = o.log ?? ((l: string) => process.stdout.write(l + "\n"));
  // Taken before the run: what this run reads. Data changing during the run makes the next run run again.
  const key = inputsKey(notebook, o.root, o.env);
  const upToDate =
    !o.force &&
    [executed, page].every((f) => fs.existsSync(f)) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8").trim() === key;
  if (upToDate) {
    log(`ok      ${label} (up to date)`);
    return { name: label, status: "up-to-date", messages: [] };
  }
  fs.rmSync(stamp, { force: true }); // a run killed from here on leaves no stamp: it runs again
  fs.writeFileSync(logFile, "");
  log(`started ${label}`);
  const start = performance.now();
  const fail = (messages: string[]): NotebookResult => {
    log(`FAILED  ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    for (const m of messages) log(`        ${m.replace(/\n/g, "\n        ")}`);
    return { name: label, status: "failed", seconds: (performance.now() - start) / 1000, messages };
  };
  const nbconvert = (extra: string[]) =>
    run(
      o.jupyter,
      [
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--ExecutePreprocessor.kernel_name=tslab",
        `--ExecutePreprocessor.timeout=${o.timeout ?? 300}`,
        ...extra,
        "--output-dir",
        pages,
        notebook,
      ],
      { cwd: o.root, env: o.env, logFile },
    );
  const exec = await nbconvert([]);
  if (exec.code !== 0) {
    // nbconvert prints only "<Error>:" for tslab; the message is in the cell's output. Run again
    // keeping errors to show it (rare: only after a failure).
    if (exec.signal) return fail([`nbconvert ended by ${exec.signal} (log: ${path.relative(o.root, logFile)})`]);
    await nbconvert(["--allow-errors"]);
    const cells = fs.existsSync(executed) ? failingCells(readNotebook(executed)) : [];
    fs.rmSync(executed, { force: true }); // not a complete run: never shown as one
    const tail = fs
      .readFileSync(logFile, "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("[NbConvertApp]"))
      .slice(-10);
    return fail(
      cells.length ? cells : [`nbconvert exited with ${exec.code} (log: ${path.relative(o.root, logFile)})`, ...tail],
    );
  }
  writeFileAtomic(executed, notebookText(numberExecutedCells(readNotebook(executed))));
  const bytes = fs.statSync(executed).size;
  if (bytes >= MAX_NOTEBOOK_BYTES)
    return fail([`${name}.ipynb weighs ${bytes} bytes, more than 1.5 MB: does a cell inline plotly.js?`]);
  // The page: nbconvert's lab template, then made to open from disk (notebook-page.ts).
  const html = await run(
    o.jupyter,
    ["nbconvert", "--to", "html", "--template", "lab", "--output-dir", pages, executed],
    { cwd: o.root, env: o.env, logFile },
  );
  if (html.code !== 0)
    return fail([
      `nbconvert --to html exited with ${html.code ?? html.signal} (log: ${path.relative(o.root, logFile)})`,
    ]);
  try {
    writePlotlyAsset(o.outDir);
    const plotly = path
      .relative(pages, path.join(o.outDir, "assets", "plotly.min.js"))
      .split(path.sep)
      .join("/");
    writeFileAtomic(page, offlineNotebookPage(fs.readFileSync(page, "utf8"), page, { root: o.root, plotly }));
  } catch (e) {
    fs.rmSync(page, { force: true });
    return fail([(e as Error).message]);
  }
  const seconds = (performance.now() - start) / 1000;
  writeFileAtomic(stamp, key + "\n"); // only now: the page is complete
  log(`ok      ${label} (${seconds.toFixed(1)} s)`);
  return { name: label, status: "ok", seconds, messages: [] };
}

/** Runs the notebooks, `jobs` at a time; results in the order given. */
export async function runNotebooks(o: RunnerOptions): Promise<NotebookResult[]> {
  const results: NotebookResult[] = new Array(o.notebooks.length);
  let next = 0;
  const worker = async () => {
    while (next < o.notebooks.length) {
      const i = next++;
      results[i] = await runNotebook(o.notebooks[i], o);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, o.notebooks.length) }, worker));
  return results;
}
