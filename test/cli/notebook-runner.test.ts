// The notebook runner (npm run notebooks) with a stand-in for Jupyter: a script that answers the
// two nbconvert calls the runner makes (execute to a notebook; convert to HTML) and records them,
// so the runner's own behaviour is tested without starting kernels: progress lines, execution
// counts, pages, the up-to-date stamp (taken before the run, written after the page), failures.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  failingCells,
  inputsKey,
  notebookDirs,
  numberExecutedCells,
  runNotebooks,
  type RunnerOptions,
} from "../../src/cli/notebook-runner";
import { jupyterArgs } from "../../src/cli/jupyter";
import { jupyterCommand, notebookJobs } from "../../src/cli/notebooks";
import { projectRoot } from "../../src/paths";

// FAKE_MODE: ok | fail (a cell fails: exit 1; with --allow-errors the notebook shows tslab's
// stderr) | touch (changes a data sidecar while "running") | hang (never ends).
const FAKE_JUPYTER = `#!/usr/bin/env node
const fs = require("node:fs"), path = require("node:path");
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CALLS, args.join(" ") + "\\n");
const nb = args[args.length - 1], dir = args[args.indexOf("--output-dir") + 1];
const name = path.basename(nb, ".ipynb");
const mode = process.env.FAKE_MODE || "ok";
if (args.includes("html")) {
  fs.writeFileSync(path.join(dir, name + ".html"), '<html><head><script src="file:///usr/share/javascript/requirejs/require.min.js"></script></head><body>' + name + "</body></html>");
  process.exit(0);
}
if (mode === "hang") {
  if (process.env.FAKE_PID) fs.writeFileSync(process.env.FAKE_PID, String(process.pid));
  setInterval(() => {}, 1000);
}
else {
  const doc = JSON.parse(fs.readFileSync(nb, "utf8"));
  const failing = mode === "fail";
  if (failing && !args.includes("--allow-errors")) process.exit(1);
  for (const c of doc.cells) if (c.cell_type === "code") c.outputs = [failing ? { output_type: "stream", name: "stderr", text: ["1:7 - Type 'string' is not assignable to type 'number'.\\n"] } : { output_type: "stream", name: "stdout", text: ["ran\\n"] }];
  if (mode === "touch") fs.appendFileSync(process.env.FAKE_TOUCH, " ");
  fs.writeFileSync(path.join(dir, name + ".ipynb"), JSON.stringify(doc));
  process.exit(0);
}
`;

const notebook = (cells: string[]) => ({
  cells: cells.map((source, i) => ({
    cell_type: i % 2 ? "markdown" : "code",
    id: `c${i}`,
    metadata: {},
    source,
    ...(i % 2 ? {} : { outputs: [], execution_count: null }),
  })),
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});

let root: string;
let calls: string;
let lines: string[];
const temp: string[] = [];

function options(extra: Partial<RunnerOptions> = {}, env: NodeJS.ProcessEnv = {}): RunnerOptions {
  return {
    root,
    notebooks: [path.join(root, "notebooks", "fig1-a.ipynb")],
    outDir: path.join(root, "out"),
    jupyter: path.join(root, "fake-jupyter"),
    jobs: 1,
    force: false,
    env: { PATH: process.env.PATH, FAKE_CALLS: calls, ...env },
    log: (l) => lines.push(l),
    ...extra,
  };
}
const executions = () =>
  fs
    .readFileSync(calls, "utf8")
    .split("\n")
    .filter((l) => l.includes("--execute")).length;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-runner-"));
  temp.push(root);
  calls = path.join(root, "calls.log");
  fs.writeFileSync(calls, "");
  lines = [];
  fs.mkdirSync(path.join(root, "notebooks"));
  fs.writeFileSync(
    path.join(root, "notebooks", "fig1-a.ipynb"),
    JSON.stringify(notebook(["1 + 1", "text", "2 + 2", "more", ""])),
  );
  fs.mkdirSync(path.join(root, "data", "x"), { recursive: true });
  fs.writeFileSync(path.join(root, "data", "x", "t.json.origin.json"), "{}");
  fs.writeFileSync(path.join(root, "fake-jupyter"), FAKE_JUPYTER, { mode: 0o755 });
});
afterEach(() => {
  for (const d of temp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("runNotebooks", () => {
  it("executes, numbers the cells that ran, writes the page with out/'s plotly.js and says when each notebook started and ended", async () => {
    const [r] = await runNotebooks(options());
    expect(r).toMatchObject({ name: "fig1-a", status: "ok", messages: [] });
    expect(lines[0]).toBe("started fig1-a");
    expect(lines[1]).toMatch(/^ok {6}fig1-a \(\d+\.\d s\)$/);
    const { pages } = notebookDirs(path.join(root, "out"));
    const nb = JSON.parse(fs.readFileSync(path.join(pages, "fig1-a.ipynb"), "utf8"));
    expect(nb.cells.map((c: { execution_count?: number | null }) => c.execution_count)).toEqual([
      1,
      undefined,
      2,
      undefined,
      null,
    ]);
    const page = fs.readFileSync(path.join(pages, "fig1-a.html"), "utf8");
    expect(page).toContain('<script src="../assets/plotly.min.js"></script>');
    expect(page).not.toContain("file:///");
    expect(fs.statSync(path.join(root, "out", "assets", "plotly.min.js")).size).toBeGreaterThan(1_000_000);
  });

  it("runs a notebook again only when an input changed: the notebook, a data sidecar, a MIGRATIE_* setting, or a missing page", async () => {
    await runNotebooks(options());
    lines = [];
    await runNotebooks(options());
    expect(lines).toEqual(["ok      fig1-a (up to date)"]);
    expect(executions()).toBe(1);
    fs.appendFileSync(path.join(root, "data", "x", "t.json.origin.json"), " ");
    await runNotebooks(options());
    expect(executions()).toBe(2);
    await runNotebooks(options({}, { MIGRATIE_MODE: "latest" }));
    expect(executions()).toBe(3);
    await runNotebooks(options({}, { MIGRATIE_MODE: "latest", MIGRATIE_NOTEBOOK_JOBS: "3" })); // how many at once is no input
    expect(executions()).toBe(3);
    fs.rmSync(path.join(root, "out", "notebooks", "fig1-a.html"));
    await runNotebooks(options({}, { MIGRATIE_MODE: "latest" }));
    expect(executions()).toBe(4);
    await runNotebooks(options({ force: true }, { MIGRATIE_MODE: "latest" }));
    expect(executions()).toBe(5);
  });

  it("stamps the inputs as they were before the run: data changed during a run makes the next run execute again (issue 24 §4)", async () => {
    const sidecar = path.join(root, "data", "x", "t.json.origin.json");
    const before = inputsKey(path.join(root, "notebooks", "fig1-a.ipynb"), root, {});
    await runNotebooks(options({}, { FAKE_MODE: "touch", FAKE_TOUCH: sidecar }));
    expect(fs.readFileSync(path.join(root, "out", "notebooks", ".runs", "fig1-a.inputs"), "utf8").trim()).toBe(before);
    await runNotebooks(options());
    expect(executions()).toBe(2);
    expect(lines.filter((l) => l.startsWith("started"))).toHaveLength(2);
  });

  it("reports a failing cell with tslab's message, removes the executed copy and leaves no stamp", async () => {
    const [r] = await runNotebooks(options({}, { FAKE_MODE: "fail" }));
    expect(r.status).toBe("failed");
    expect(lines[1]).toMatch(/^FAILED {2}fig1-a \(\d+\.\d s\)$/);
    expect(lines.join("\n")).toContain("cell 0: 1:7 - Type 'string' is not assignable to type 'number'.");
    expect(fs.existsSync(path.join(root, "out", "notebooks", "fig1-a.ipynb"))).toBe(false);
    expect(fs.existsSync(path.join(root, "out", "notebooks", ".runs", "fig1-a.inputs"))).toBe(false);
  });

  it("runs them `jobs` at a time and reports each in the order given", async () => {
    for (const n of ["fig2-b", "fig3-c"])
      fs.copyFileSync(path.join(root, "notebooks", "fig1-a.ipynb"), path.join(root, "notebooks", `${n}.ipynb`));
    const books = ["fig1-a", "fig2-b", "fig3-c"].map((n) => path.join(root, "notebooks", `${n}.ipynb`));
    const results = await runNotebooks(options({ notebooks: books, jobs: 2 }));
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ["fig1-a", "ok"],
      ["fig2-b", "ok"],
      ["fig3-c", "ok"],
    ]);
    expect(lines.filter((l) => l.startsWith("started"))).toHaveLength(3);
  });
});

describe("npm run notebooks killed during a run", () => {
  it("leaves no stamp, so the next run executes the notebook again (issue 24 §4)", async () => {
    await runNotebooks(options()); // a complete run: stamped
    const stamp = path.join(root, "out", "notebooks", ".runs", "fig1-a.inputs");
    expect(fs.existsSync(stamp)).toBe(true);
    fs.appendFileSync(path.join(root, "notebooks", "fig1-a.ipynb"), " "); // an input changed: it runs again
    const cli = path.join(projectRoot(), "src", "cli", "notebooks.ts");
    const pidFile = path.join(root, "fake.pid");
    const child = spawn(process.execPath, ["--import", "tsx", cli, path.join(root, "notebooks", "fig1-a.ipynb")], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        JUPYTER: path.join(root, "fake-jupyter"),
        FAKE_CALLS: calls,
        FAKE_MODE: "hang",
        FAKE_PID: pidFile,
        MIGRATIE_OUT: path.join(root, "out"),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    await new Promise<void>((resolve) =>
      child.stdout!.on("data", (d) => ((out += d), out.includes("started") && resolve())),
    );
    while (!fs.existsSync(pidFile)) await new Promise((r) => setTimeout(r, 50));
    // As `kill -9` of the job: the runner and the nbconvert it started (in a process group of its own).
    child.kill("SIGKILL");
    process.kill(-Number(fs.readFileSync(pidFile, "utf8")), "SIGKILL");
    await new Promise((r) => child.on("close", r));
    expect(fs.existsSync(stamp)).toBe(false);
    lines = [];
    await runNotebooks(options());
    expect(lines[0]).toBe("started fig1-a");
  }, 60_000);

  it("on SIGTERM stops the running notebook, says so and exits 143", async () => {
    const pidFile = path.join(root, "fake.pid");
    const cli = path.join(projectRoot(), "src", "cli", "notebooks.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, path.join(root, "notebooks", "fig1-a.ipynb")], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        JUPYTER: path.join(root, "fake-jupyter"),
        FAKE_CALLS: calls,
        FAKE_MODE: "hang",
        FAKE_PID: pidFile,
        MIGRATIE_OUT: path.join(root, "out"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    await new Promise<void>((resolve) => {
      const poll: NodeJS.Timeout = setInterval(() => fs.existsSync(pidFile) && (clearInterval(poll), resolve()), 50);
    });
    child.kill("SIGTERM");
    const code = await new Promise((r) => child.on("close", r));
    expect(code).toBe(143);
    expect(err).toContain("npm run notebooks interrupted by SIGTERM: 1 running notebook(s) stopped");
    // The nbconvert stand-in is gone (or a zombie waiting to be reaped by init) within seconds.
    const pid = Number(fs.readFileSync(pidFile, "utf8"));
    const alive = () =>
      fs.existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    expect(fs.existsSync(path.join(root, "out", "notebooks", ".runs", "fig1-a.inputs"))).toBe(false);
  }, 60_000);
});

describe("the runner's parts", () => {
  it("numbers only code cells with source; collects stderr and error outputs per cell", () => {
    const nb = numberExecutedCells({
      cells: [
        { cell_type: "code", source: ["a"] },
        { cell_type: "markdown", source: "" },
        { cell_type: "code", source: " \n" },
        { cell_type: "code", source: "b" },
      ],
    });
    expect(nb.cells.map((c) => c.execution_count)).toEqual([1, undefined, undefined, 2]);
    expect(
      failingCells({
        cells: [
          { cell_type: "code", source: "", outputs: [{ output_type: "stream", name: "stdout", text: "fine" }] },
          {
            cell_type: "code",
            source: "",
            outputs: [{ output_type: "error", ename: "TypeError", evalue: "x is undefined", traceback: [] }],
          },
        ],
      }),
    ).toEqual(["cell 1: TypeError\nx is undefined"]);
  });

  it("MIGRATIE_NOTEBOOK_JOBS is 1-99 (default 2); JUPYTER must be a command that exists", () => {
    expect(notebookJobs(undefined)).toBe(2);
    expect(notebookJobs("1")).toBe(1);
    for (const bad of ["0", "x", "100", "-1", "1.5"])
      expect(() => notebookJobs(bad)).toThrow(
        `MIGRATIE_NOTEBOOK_JOBS must be a whole number from 1 to 99, not "${bad}"`,
      );
    expect(jupyterCommand(undefined, (p) => p === "/usr/bin/jupyter")).toBe("/usr/bin/jupyter");
    expect(jupyterCommand(undefined, () => false)).toBe("jupyter");
    expect(() => jupyterCommand("/nowhere/jupyter", () => false)).toThrow(
      "JUPYTER=/nowhere/jupyter: not an executable command",
    );
  });
});

describe("npm run jupyter", () => {
  it("serves notebooks/ without the package link in the file list, and passes --allow-root for root only", () => {
    const args = jupyterArgs("/p", 0, ["--port", "8899"]);
    expect(args).toEqual([
      "notebook",
      "--notebook-dir=/p/notebooks",
      expect.stringContaining("'node_modules'"),
      "--allow-root",
      "--port",
      "8899",
    ]);
    expect(jupyterArgs("/p", 1000, [])).not.toContain("--allow-root");
    expect(jupyterArgs("/p", 0, ["--allow-root"]).filter((a) => a === "--allow-root")).toHaveLength(1);
  });
});
