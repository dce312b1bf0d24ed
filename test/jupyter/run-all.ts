// npm run test:jupyter [-- notebooks/nl/fig1-*.ipynb ...]
// The browser test of the notebooks as a user opens them (README: "Open the notebooks"): starts
// Debian's classic Jupyter Notebook on 127.0.0.1 with the committed kernelspec, opens every notebook
// in Chromium, runs all cells, and asserts that every code cell ran, no cell shows an error and an
// interactive Plotly figure was drawn: by default the students' notebooks of both editions
// (notebooks/nl/, notebooks/en/; the teachers' solutions run headless in npm run notebooks). Then
// opens each one's page (out/notebooks/, out/en/notebooks/) from disk and asserts that its figure is
// drawn without any request outside the page.
// The notebooks run from a copy in .jupyter-test/ (gitignored; inside the project so that tslab
// finds node_modules, with the package link notebooks/ has), so nothing is written into notebooks/.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { notebookDirs } from "../../src/cli/notebook-runner";
import { editionNotebooks } from "../../src/cli/notebooks";
import { chromiumPath } from "../../src/outputs/render";
import { defaultOutDir, projectRoot } from "../../src/paths";

const root = projectRoot();
const JUPYTER = process.env.JUPYTER ?? "/usr/bin/jupyter";
const NOTEBOOK_TIMEOUT_MS = Number(process.env.MIGRATIE_JUPYTER_TIMEOUT_S ?? 600) * 1000;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const log = (s: string) => process.stdout.write(`${s}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A notebook's path in the served copy: below its edition's folder (nl/, en/, solutions/nl/, ...). */
function servedPath(nb: string, name = path.basename(nb)): string {
  const rel = path.relative(path.join(root, "notebooks"), path.dirname(nb));
  return path.join(rel.startsWith("..") ? "" : rel, name);
}

/** The copy of the notebooks the server serves, with the link that makes `migratie-in-cijfers` this package (as scripts/link-package.cjs makes it in notebooks/). */
function copyNotebooks(books: string[]): string {
  const base = path.join(root, ".jupyter-test");
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, "run-"));
  // In their edition's folder (nl/, en/): a notebook takes its language from the folder it runs in.
  for (const nb of books) {
    fs.mkdirSync(path.join(dir, servedPath(nb, "")), { recursive: true });
    fs.copyFileSync(nb, path.join(dir, servedPath(nb)));
  }
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(path.relative(path.join(dir, "node_modules"), root), path.join(dir, "node_modules", "migratie-in-cijfers"));
  return dir;
}

async function startServer(dir: string, port: number, jupyterHome: string): Promise<{ proc: ChildProcess; output: () => string }> {
  const env = {
    ...process.env,
    JUPYTER_PATH: path.join(root, "jupyter"), // the committed tslab kernelspec
    PATH: `${path.join(root, "node_modules", ".bin")}:${process.env.PATH}`, // the tslab command
    // The user's own Jupyter configuration and runtime files stay out of it.
    JUPYTER_CONFIG_DIR: path.join(jupyterHome, "config"),
    JUPYTER_RUNTIME_DIR: path.join(jupyterHome, "runtime"),
    JUPYTER_DATA_DIR: path.join(jupyterHome, "data"),
  };
  const args = ["notebook", "--no-browser", "--ip", "127.0.0.1", "--port", String(port), "--port-retries=0", "--NotebookApp.token=", "--NotebookApp.password=", "--allow-root", `--notebook-dir=${dir}`];
  const proc = spawn(JUPYTER, args, { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (b) => (out += b));
  proc.stderr!.on("data", (b) => (out += b));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${JUPYTER} notebook exited (${proc.exitCode}):\n${out.slice(-2000)}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/kernelspecs`);
      if (r.ok) {
        const specs = (await r.json()) as { kernelspecs: Record<string, unknown> };
        if (!specs.kernelspecs.tslab) throw new Error(`the server does not list the tslab kernelspec (JUPYTER_PATH=${env.JUPYTER_PATH})`);
        return { proc, output: () => out };
      }
    } catch (e) {
      if (e instanceof Error && /tslab kernelspec/.test(e.message)) throw e;
    }
    if (Date.now() > deadline) throw new Error(`${JUPYTER} notebook did not answer on port ${port} within 120 s:\n${out.slice(-2000)}`);
    await sleep(500);
  }
}

/** SIGINT twice stops the classic Notebook (SIGTERM did not, quickly); SIGKILL after 15 s. */
async function stopServer(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, s); // the server's process group: kernels included
    } catch {
      /* already gone */
    }
  };
  signal("SIGINT");
  await sleep(300);
  signal("SIGINT");
  const timer = setTimeout(() => signal("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

interface NotebookResult {
  cells: number;
  notRun: number[];
  errors: string[];
  plots: number;
}

// In the page: classic Notebook's JavaScript API (window.Jupyter).
const JUPYTER_STATE = () => {
  const J = (globalThis as any).Jupyter;
  const nb = J?.notebook;
  if (!nb?.kernel?.is_connected?.()) return null;
  const code = nb.get_cells().filter((c: any) => c.cell_type === "code");
  return {
    running: code.filter((c: any) => c.input_prompt_number === "*").length,
    numbers: code.map((c: any) => c.input_prompt_number),
    idle: !nb.kernel_busy,
  };
};

async function runNotebook(page: Page, url: string): Promise<NotebookResult> {
  await page.goto(url);
  const deadline = Date.now() + NOTEBOOK_TIMEOUT_MS;
  while (!(await page.evaluate(JUPYTER_STATE))) {
    if (Date.now() > deadline) throw new Error("the kernel did not start");
    await sleep(500);
  }
  await page.evaluate(() => (globalThis as any).Jupyter.notebook.execute_all_cells());
  // Done when no cell waits or runs and the kernel is idle, twice in a row (a cell's output may
  // still arrive just after its prompt number).
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`not finished after ${NOTEBOOK_TIMEOUT_MS / 1000} s`);
    await sleep(1000);
    const s = await page.evaluate(JUPYTER_STATE);
    quiet = s && s.running === 0 && s.idle ? quiet + 1 : 0;
  }
  // Plotly draws asynchronously once plotly.js has loaded.
  await page.waitForSelector(".js-plotly-plot .main-svg", { timeout: 30_000 }).catch(() => undefined);
  const result = await page.evaluate(() => {
    const nb = (globalThis as any).Jupyter.notebook;
    const code = nb.get_cells().map((c: any, i: number) => ({ c, i })).filter(({ c }: any) => c.cell_type === "code");
    const errors: string[] = [];
    for (const { c, i } of code) {
      for (const o of c.output_area.outputs) {
        if (o.output_type === "error") errors.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
        for (const mime of Object.keys(o.data ?? {})) if (/error/i.test(mime)) errors.push(`cell ${i}: output of type ${mime}`);
      }
    }
    const doc = (globalThis as any).document;
    if (doc.querySelectorAll(".output_error").length && !errors.length) errors.push(`${doc.querySelectorAll(".output_error").length} error output(s) on the page`);
    return {
      cells: code.length,
      notRun: code.filter(({ c }: any) => typeof c.input_prompt_number !== "number").map(({ i }: any) => i),
      errors,
      plots: doc.querySelectorAll(".js-plotly-plot .main-svg").length ? doc.querySelectorAll(".js-plotly-plot").length : 0,
    };
  });
  // Stop this notebook's kernel; the copy is thrown away, so nothing is saved.
  await page.evaluate(() => (globalThis as any).Jupyter.notebook.session.delete()).catch(() => undefined);
  return result;
}

/**
 * Opens a notebook page (out/notebooks/, out/en/notebooks/) from disk: its figure must be drawn,
 * loading nothing but out/'s one plotly.js, every code cell must show its execution count, and the
 * page must weigh at most 1 MB.
 */
async function checkPage(context: BrowserContext, file: string): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  const self = `file://${file}`;
  const plotly = `file://${path.join(defaultOutDir(), "assets", "plotly.min.js")}`;
  page.on("request", (r) => {
    if (!r.url().startsWith("data:") && r.url() !== self && r.url() !== plotly) problems.push(`requests ${r.url()}`);
  });
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  const bytes = fs.statSync(file).size;
  if (bytes > 1_000_000) problems.push(`weighs ${bytes} bytes, more than 1 MB`);
  try {
    await page.goto(self);
    await page.waitForSelector(".js-plotly-plot .main-svg", { timeout: 30_000 }).catch(() => problems.push("no interactive Plotly figure drawn"));
    const prompts = await page.$$eval(".jp-CodeCell .jp-InputPrompt", (els) => els.map((e) => (e.textContent ?? "").trim()));
    const unnumbered = prompts.filter((p) => !/^In\s*\[\d+\]/.test(p));
    if (!prompts.length || unnumbered.length) problems.push(`code cells without an execution count: ${unnumbered.length} of ${prompts.length} (${unnumbered.slice(0, 2).join(", ")})`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const books = args.length
    ? args.map((f) => path.resolve(f))
    : editionNotebooks(root).filter((f) => !path.relative(root, f).startsWith(path.join("notebooks", "solutions")));
  const jupyterHome = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-jupyter-"));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-chromium-"));
  const dir = copyNotebooks(books);
  let server: ChildProcess | undefined;
  let failed = 0;
  const cleanup = async () => {
    if (server) await stopServer(server);
    for (const d of [dir, jupyterHome, userData]) fs.rmSync(d, { recursive: true, force: true });
    try {
      fs.rmdirSync(path.dirname(dir)); // .jupyter-test/, when no other run uses it
    } catch {
      /* not empty */
    }
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    const port = await freePort();
    const started = await startServer(dir, port, jupyterHome);
    server = started.proc;
    log(`jupyter notebook on http://127.0.0.1:${port}/ serving a copy of ${books.length} notebooks`);
    const context = await chromium.launchPersistentContext(userData, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const nb of books) {
        const name = servedPath(nb);
        const start = Date.now();
        try {
          const r = await runNotebook(page, `http://127.0.0.1:${port}/notebooks/${name.split(path.sep).map(encodeURIComponent).join("/")}`);
          const problems = [
            ...r.errors,
            ...(r.notRun.length ? [`code cells without an execution count: ${r.notRun.join(", ")}`] : []),
            ...(r.plots ? [] : ["no interactive Plotly figure drawn (.js-plotly-plot with an svg)"]),
          ];
          if (problems.length) failed++;
          log(`${problems.length ? "FAILED " : "ok     "} ${name} (${r.cells} code cells, ${r.plots} figure(s), ${((Date.now() - start) / 1000).toFixed(1)} s)`);
          for (const p of problems) log(`        ${p}`);
        } catch (e) {
          failed++;
          log(`FAILED  ${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const pages = books
        .map((nb) => path.join(notebookDirs(defaultOutDir(), nb, root).pages, path.basename(nb, ".ipynb") + ".html"))
        .filter((f) => fs.existsSync(f));
      if (!pages.length) log(`no pages in ${path.relative(root, defaultOutDir())}/ to check (npm run notebooks makes them)`);
      for (const file of pages) {
        const problems = await checkPage(context, file);
        if (problems.length) failed++;
        log(`${problems.length ? "FAILED " : "ok     "} ${path.relative(root, file)} from disk`);
        for (const p of problems) log(`        ${p}`);
      }
    } finally {
      await context.close();
    }
  } finally {
    await cleanup();
  }
  log(failed ? `${failed} failed` : "all notebooks ran in Jupyter with their figures");
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
