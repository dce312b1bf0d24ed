// npm run bench [-- --runs 3] [--data-runs 5] [--notebook-runs 1] [--skip-notebooks] [--out bench/results.md] [--report-only bench/runs/<run>.json]
// Benchmarks a whole rebuild on the offline raw data (the shipped vintage, or MIGRATIE_MIRROR), stage by stage, over
// several runs, and writes bench/results.md (medians with min and max, the lower bound and the
// ratio to it, the library comparison, peak memory, live request sizes, the targets).
// A benchmark, never a timed test: nothing here fails on a slow machine.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command } from "commander";
import { SOURCES } from "../src/catalog/sources";
import { FIGURES } from "../src/figures/index";
import { annexVintageDir, mirrorFromEnv, projectRoot } from "../src/paths";
import { runChildOk, sampleTree } from "./lib/child";
import { compareLibraries, importMs, type LibraryTask } from "./lib/libraries";
import {
  probeNotebook,
  runAllFresh,
  runAllNotebooks,
  runNotebooksInParallel,
  type NotebookTiming,
} from "./lib/notebooks";
import { csvReaders, type CsvReaderTiming } from "./lib/csv";
import {
  changeOneFigure,
  copyStage,
  dirBytes,
  figureDataStage,
  imagesWithPages,
  lowerBound,
  outputsStage,
  parseStage,
  tempDir,
  verifyStage,
} from "./lib/pipeline";
import { renderReport, type BenchResult, type MemoryPeak } from "./lib/report";
import { liveRequests } from "./lib/requests";
import { Samples } from "./lib/stats";

/** Libraries whose import time is measured in a fresh Node process. */
const IMPORTED = ["arquero", "danfojs-node", "playwright-core"];
const SAMPLED = "sum of PSS over the process tree, /proc sampled every 100 ms";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Everything gathered over the runs. */
class Collected {
  samples = new Samples();
  memory = new Map<string, MemoryPeak>();
  libraryRuns: LibraryTask[][] = [];
  notebooks: NotebookTiming[] = [];
  notebookFailures: string[] = [];
  /** The notebooks run in a fresh kernel (the one-cell floor first), in order. */
  freshNames: string[] = [];
  /** How often each notebook ran in a fresh kernel, and the load average just before and after those runs. */
  freshRounds = 0;
  freshLoad: { start?: number[]; end?: number[] } = {};
  probeFailures = new Set<string>();
  figures: BenchResult["figures"] = [];
  sources: BenchResult["sources"] = [];
  lowerBoundBytes = 0;
  csvRuns: CsvReaderTiming[][] = [];
  oneChanged: BenchResult["oneChanged"];

  peak(what: string, bytes: number | undefined, how: string, detail?: string): void {
    if (bytes === undefined) return;
    const old = this.memory.get(what);
    if (!old || bytes > old.bytes) this.memory.set(what, { what, bytes, how, detail });
  }
}

/** Copy, lower bound, parse, figure data, outputs and the library comparison, in this process. */
async function inProcessStages(
  c: Collected,
  mirror: string,
  cleanup: string[],
  run: number,
  dataRuns: number,
): Promise<string> {
  const s = c.samples;
  const copy = await copyStage(mirror);
  cleanup.push(copy.rawDir);
  s.add("copy", copy.ms);
  c.sources = copy.outcomes.map((x) => ({ id: x.source.id, status: x.status, message: x.message }));
  const failed = copy.outcomes.filter((x) => x.status === "failed");
  if (failed.length) throw new Error(`copying from the mirror failed: ${failed.map((f) => f.message).join("; ")}`);

  // The data stage dataRuns times in a row, each time the lower bound first. The very first
  // repetition of the process (run 1) is cold: first calls, code not yet compiled. It is what one
  // `npm run figures` process pays and is kept apart under cold:<key>; the others are warm.
  let figs!: ReturnType<typeof figureDataStage>;
  for (let rep = 0; rep < dataRuns; rep++) {
    const key = (k: string) => (run === 1 && rep === 0 ? `cold:${k}` : k);
    const lb = lowerBound(copy.rawDir);
    c.lowerBoundBytes = lb.bytes;
    s.add(key("lowerBound"), lb.ms);
    for (const x of lb.perSource) s.add(key(`lowerBound:${x.id}`), x.ms);
    const parsed = parseStage(copy.rawDir);
    s.add(key("parse"), parsed.ms);
    for (const x of parsed.perSource) s.add(key(`parse:${x.id}`), x.ms);
    figs = figureDataStage(copy.rawDir);
    s.add(key("figureData"), figs.ms);
    for (const f of figs.perFigure) s.add(key(`figure:${f.id}`), f.ms);
    s.add(key("dataStage"), parsed.ms + figs.ms);
    s.add(key("ratio"), (parsed.ms + figs.ms) / lb.ms);
    s.add(key("verify"), verifyStage(copy.rawDir)); // after the timed stages: not part of them
  }
  c.figures = figs.perFigure.map((f) => ({ id: f.id, status: f.status, message: f.message }));
  c.peak("bench process after the data stage", process.memoryUsage().rss, "process.memoryUsage().rss");

  const outDir = tempDir("out");
  cleanup.push(outDir);
  const { value: out, sampler } = await sampleTree(() => outputsStage(figs.built, outDir));
  s.add("outputs", out.totalMs);
  s.add("outputs:write", out.writeMs);
  s.add("outputs:launchOnly", out.launchOnlyMs);
  s.add("outputs:renderer", out.rendererMs);
  s.add("outputs:close", out.closeMs);
  for (const f of out.perFigure) s.add(`outputs:image:${f.id}`, f.ms);
  c.peak("outputs stage: bench process + Chromium", sampler.peakTreePss, SAMPLED, sampler.peakProcess?.command);
  c.peak(
    "bench process, whole pipeline (in process)",
    process.resourceUsage().maxRSS * 1024,
    "process.resourceUsage().maxRSS",
  );

  // Images of every figure with one page and with two pages rendering at once (alternating order).
  for (const pages of (s.get("images:pages1")?.n ?? 0) % 2 ? [2, 1] : [1, 2]) {
    s.add(`images:pages${pages}`, await imagesWithPages(figs.built, outDir, pages));
  }
  c.csvRuns.push(csvReaders(copy.rawDir));

  // After the pipeline's memory was recorded: danfojs-node is loaded here.
  c.libraryRuns.push(compareLibraries(copy.rawDir, figs.built));
  for (const lib of IMPORTED) s.add(`import:${lib}`, await importMs(lib));
  return copy.rawDir;
}

/**
 * Warm `npm run figures` end to end: every image rendered (--force), then again with nothing changed
 * (no browser), without images, and after one figure's source changed; and the start-up costs inside.
 */
async function cliStages(
  c: Collected,
  env: NodeJS.ProcessEnv & { MIGRATIE_RAW: string; MIGRATIE_OUT: string },
  warmUp: boolean,
): Promise<void> {
  const root = projectRoot();
  const s = c.samples;
  const figures = (...args: string[]) =>
    runChildOk("npm", ["run", "figures", ...(args.length ? ["--", ...args] : [])], { cwd: root, env });
  const rendered = (stderr: string) => Number(/Images: (\d+) rendered/.exec(stderr)?.[1] ?? NaN);
  if (warmUp) await figures("--force"); // tsx cache, OS file cache
  const cli = await figures("--force");
  s.add("figuresCli", cli.ms);
  c.peak("npm run figures (process tree)", cli.peakTreePss, SAMPLED, cli.peakProcess?.command);
  s.add("outBytes", dirBytes(env.MIGRATIE_OUT));
  const same = await figures();
  s.add("figuresCliNoChange", same.ms);
  s.add("figuresCliNoChangeRendered", rendered(same.stderr));
  s.add("figuresCliNoImages", (await figures("--no-images")).ms);
  s.add("noChangeRatio", same.ms / s.last("figuresCliNoImages")!);
  const figure = changeOneFigure(env.MIGRATIE_RAW);
  const one = await figures();
  s.add("figuresCliOneChanged", one.ms);
  c.oneChanged = { figure, rendered: rendered(one.stderr) };
  s.add(
    "tsxStart",
    (await runChildOk(path.join(root, "node_modules", ".bin", "tsx"), ["-e", "0"], { cwd: root, env })).ms,
  );
  s.add("npmStart", (await runChildOk("npm", ["--version"], { cwd: root, env })).ms);
}

/** All notebooks one at a time and two at a time, and the probe notebook. Failures are recorded, not thrown. */
async function notebookStages(c: Collected, env: NodeJS.ProcessEnv, run: number, freshRounds: number): Promise<void> {
  const s = c.samples;
  try {
    // The package the notebooks import, built from this src/ (as npm run notebooks builds it first): a
    // stale dist/ would time, or fail, code that is no longer there.
    await runChildOk("npm", ["run", "build", "--silent"], { cwd: projectRoot(), env });
    // Each notebook's Run All in a fresh kernel (nbconvert --execute, as a user runs it), and the one-cell floor.
    const root = projectRoot();
    // The students' Dutch edition (the default one); the English edition runs the same code.
    const books = fs
      .readdirSync(path.join(root, "notebooks", "nl"))
      .filter((f) => /^fig\d.*\.ipynb$/.test(f))
      .sort()
      .map((f) => path.join(root, "notebooks", "nl", f));
    c.freshLoad.start = os.loadavg();
    const fresh = await runAllFresh(env, books, freshRounds);
    c.freshLoad.end = os.loadavg();
    c.freshRounds = freshRounds;
    for (const f of fresh) {
      if (!f.ok) {
        c.notebookFailures.push(`run ${run}: ${f.name} (fresh kernel)`);
        continue;
      }
      s.add(`fresh:total:${f.name}`, f.totalMs);
      s.add(`fresh:kernel:${f.name}`, f.kernelStartMs);
      s.add(`fresh:first:${f.name}`, f.firstCellMs);
      s.add(`fresh:rest:${f.name}`, f.restMs);
      if (f.peakTreePss !== undefined) s.add(`fresh:peak:${f.name}`, f.peakTreePss);
      if (!c.freshNames.includes(f.name)) c.freshNames.push(f.name);
    }

    const nb = await runAllNotebooks(env);
    s.add("notebooks", nb.run.ms);
    c.peak("all notebooks (process tree)", nb.run.peakTreePss, SAMPLED, nb.run.peakProcess?.command);
    for (const n of nb.notebooks) {
      if (n.ms !== undefined) s.add(`notebook:${n.name}`, n.ms);
      if (n.cells[0]) s.add(`notebookFirstCell:${n.name}`, n.cells[0].ms);
      if (!n.ok) c.notebookFailures.push(`run ${run}: ${n.name}`);
    }
    if (nb.run.code !== 0 && nb.notebooks.every((n) => n.ok))
      c.notebookFailures.push(`run ${run}: npm run notebooks exited with ${nb.run.code}`);
    c.notebooks = nb.notebooks;

    const parallel = await runNotebooksInParallel(env, 2);
    s.add("notebooksTwoAtATime", parallel.ms);
    if (!parallel.ok) c.notebookFailures.push(`run ${run}: a notebook failed when run two at a time`);
    // Again with nothing changed: npm run notebooks finds every notebook up to date.
    const again = await runNotebooksInParallel(env, 2, false);
    s.add("notebooksNoChange", again.ms);
    s.add("notebooksNoChangeUpToDate", again.upToDate);

    const probe = await probeNotebook(env);
    s.add("probe:total", probe.totalMs);
    s.add("probe:nbconvertStart", probe.nbconvertStartMs);
    for (const cell of probe.cells) {
      if (cell.failed) c.probeFailures.add(cell.part);
      else s.add(`probe:${cell.part}`, cell.ms);
    }
    s.add(
      "probe:outsideCells",
      probe.totalMs - probe.cells.reduce((a, cell) => a + (Number.isFinite(cell.ms) ? cell.ms : 0), 0),
    );
  } catch (e) {
    c.notebookFailures.push(`run ${run}: ${(e as Error).message}`);
  }
}

async function main() {
  const o = new Command()
    .name("bench")
    .description("Benchmark the whole rebuild on the offline mirror and write bench/results.md")
    .option("--runs <n>", "number of runs", "3")
    .option(
      "--data-runs <n>",
      "how often the data stage (lower bound, parse, figure data) is measured within each run",
      "5",
    )
    .option(
      "--notebook-runs <n>",
      "in how many of the runs the notebooks are executed (they take most of the time)",
      "1",
    )
    .option(
      "--fresh-runs <n>",
      "how often each notebook runs in a fresh kernel (nbconvert --execute) in a run that executes the notebooks",
      "3",
    )
    .option("--skip-notebooks", "do not execute the notebooks")
    .option("--out <file>", "report file", "bench/results.md")
    .option("--report-only <json>", "write the report again from a saved run (bench/runs/*.json), without measuring")
    .parse()
    .opts<{
      runs: string;
      dataRuns: string;
      notebookRuns: string;
      freshRuns: string;
      skipNotebooks?: boolean;
      out: string;
      reportOnly?: string;
    }>();
  const root = projectRoot();
  if (o.reportOnly) {
    const saved = JSON.parse(fs.readFileSync(path.resolve(root, o.reportOnly), "utf8")) as Omit<
      BenchResult,
      "samples"
    > & { samples: Record<string, number[]> };
    fs.writeFileSync(path.resolve(root, o.out), renderReport({ ...saved, samples: Samples.fromJSON(saved.samples) }));
    log(`wrote ${o.out} from ${o.reportOnly}`);
    return;
  }
  const runs = Number(o.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not "${o.runs}"`);
  const dataRuns = Number(o.dataRuns);
  if (!Number.isInteger(dataRuns) || dataRuns < 2)
    throw new Error(`--data-runs must be an integer of at least 2 (the first is cold), not "${o.dataRuns}"`);
  const freshRounds = Number(o.freshRuns);
  if (!Number.isInteger(freshRounds) || freshRounds < 1)
    throw new Error(`--fresh-runs must be a positive integer, not "${o.freshRuns}"`);
  // The shipped vintage by default (it has a mirror's layout); MIGRATIE_MIRROR for another mirror.
  const mirror = mirrorFromEnv() ?? annexVintageDir();
  const c = new Collected();
  const loadStart = os.loadavg();
  const started = new Date();

  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}`);
    const cleanup: string[] = [];
    try {
      const rawDir = await inProcessStages(c, mirror, cleanup, run, dataRuns);
      // The commands below see the raw data already present (warm) and write to a temporary out folder.
      const env = { ...process.env, MIGRATIE_RAW: rawDir, MIGRATIE_MIRROR: mirror, MIGRATIE_OUT: tempDir("cli-out") };
      cleanup.push(env.MIGRATIE_OUT);
      await cliStages(c, env, run === 1);
      if (!o.skipNotebooks && run <= Number(o.notebookRuns)) await notebookStages(c, env, run, freshRounds);
    } finally {
      for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const result: BenchResult = {
    date: started.toISOString(),
    runs,
    dataRuns,
    skipNotebooks: Boolean(o.skipNotebooks),
    machine: {
      cores: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memTotal: os.totalmem(),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadStart,
      loadEnd: os.loadavg(),
    },
    samples: c.samples,
    lowerBoundBytes: c.lowerBoundBytes,
    figures: c.figures,
    csvReaders: c.csvRuns,
    oneChanged: c.oneChanged,
    notebookRuns: o.skipNotebooks ? 0 : Math.min(runs, Number(o.notebookRuns)),
    // Required sources are certainly loaded by the figure's build (optional ones may not be).
    requiredSources: Object.fromEntries(
      FIGURES.map((f) => [
        f.id,
        SOURCES.filter((x) => x.need === "required" && x.figures.includes(f.id)).map((x) => x.id),
      ]),
    ),
    sources: c.sources,
    libraries: c.libraryRuns,
    importedLibraries: IMPORTED,
    memory: [...c.memory.values()],
    requests: liveRequests(mirror),
    notebooks: c.notebooks,
    notebookFailures: c.notebookFailures,
    freshNames: c.freshNames,
    freshRounds: c.freshRounds,
    freshLoad: c.freshLoad.start && c.freshLoad.end ? { start: c.freshLoad.start, end: c.freshLoad.end } : undefined,
    probeFailures: [...c.probeFailures],
  };
  const outFile = path.resolve(root, o.out);
  fs.writeFileSync(outFile, renderReport(result));
  // The raw samples of every run, for comparing benchmarks later (bench/runs/ is not committed).
  const runsDir = path.join(root, "bench", "runs");
  fs.mkdirSync(runsDir, { recursive: true });
  fs.writeFileSync(
    path.join(runsDir, `${result.date.replace(/[:.]/g, "-")}.json`),
    JSON.stringify({ ...result, samples: c.samples.toJSON() }, null, 1),
  );
  log(`wrote ${path.relative(root, outFile)}`);
}

main().catch((e) => {
  process.stderr.write(`ERROR ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
