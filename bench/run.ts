// npm run bench [-- --runs 5] [--skip-notebooks] [--out bench/results.md]
// Benchmarks a whole rebuild on the offline mirror (MIGRATIE_MIRROR), stage by stage, over
// several runs, and writes bench/results.md (medians with min and max, the lower bound and the
// ratio to it, the library comparison, peak memory, live request sizes, the targets).
// A benchmark, never a timed test: nothing here fails on a slow machine.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command } from "commander";
import { SOURCES } from "../src/catalog/sources";
import { FIGURES } from "../src/figures/index";
import { mirrorFromEnv, projectRoot } from "../src/paths";
import { runChildOk, sampleTree } from "./lib/child";
import { compareLibraries, importMs, type LibraryTask } from "./lib/libraries";
import { probeNotebook, runAllNotebooks, runNotebooksInParallel, type NotebookTiming } from "./lib/notebooks";
import { copyStage, figureDataStage, lowerBound, outputsStage, parseStage, tempDir } from "./lib/pipeline";
import { renderReport, type BenchResult, type MemoryPeak } from "./lib/report";
import { liveRequests } from "./lib/requests";
import { Samples } from "./lib/stats";

/** Libraries whose import time is measured in a fresh Node process. */
const IMPORTED = ["arquero", "danfojs-node", "jsonstat-toolkit", "playwright-core"];

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function peak(into: Map<string, MemoryPeak>, what: string, bytes: number | undefined, how: string, detail?: string) {
  if (bytes === undefined) return;
  const old = into.get(what);
  if (!old || bytes > old.bytes) into.set(what, { what, bytes, how, detail });
}

async function main() {
  const o = new Command()
    .name("bench")
    .description("Benchmark the whole rebuild on the offline mirror and write bench/results.md")
    .option("--runs <n>", "number of runs", "5")
    .option("--skip-notebooks", "do not execute the notebooks")
    .option("--out <file>", "report file", "bench/results.md")
    .parse()
    .opts<{ runs: string; skipNotebooks?: boolean; out: string }>();
  const runs = Number(o.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not "${o.runs}"`);
  const mirror = mirrorFromEnv();
  if (!mirror) throw new Error("Set MIGRATIE_MIRROR to the offline mirror (e.g. MIGRATIE_MIRROR=../shared/mirror npm run bench): the benchmark runs on it");
  const root = projectRoot();

  const samples = new Samples();
  const memory = new Map<string, MemoryPeak>();
  const libraryRuns: LibraryTask[][] = [];
  let lastNotebooks: NotebookTiming[] = [];
  let figureStatus: BenchResult["figures"] = [];
  let copyOutcomes: BenchResult["sources"] = [];
  let lowerBoundBytes = 0;
  const notebookFailures: string[] = [];
  const probeFailures = new Set<string>();
  const loadStart = os.loadavg();
  const started = new Date();

  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}`);
    const cleanup: string[] = [];
    try {
      // ---- copy/verify from the mirror into a fresh raw folder
      const copy = await copyStage(mirror);
      cleanup.push(copy.rawDir);
      samples.add("copy", copy.ms);
      copyOutcomes = copy.outcomes.map((x) => ({ id: x.source.id, status: x.status, message: x.message }));
      const failed = copy.outcomes.filter((x) => x.status === "failed");
      if (failed.length) throw new Error(`copying from the mirror failed: ${failed.map((f) => f.message).join("; ")}`);

      // ---- lower bound, parse, figure data (in process)
      const lb = lowerBound(copy.rawDir);
      lowerBoundBytes = lb.bytes;
      samples.add("lowerBound", lb.ms);
      const parsed = parseStage(copy.rawDir);
      samples.add("parse", parsed.ms);
      for (const s of parsed.perSource) samples.add(`parse:${s.id}`, s.ms);
      const figs = figureDataStage(copy.rawDir);
      samples.add("figureData", figs.ms);
      for (const f of figs.perFigure) samples.add(`figure:${f.id}`, f.ms);
      samples.add("dataStage", parsed.ms + figs.ms);
      samples.add("ratio", (parsed.ms + figs.ms) / lb.ms);
      figureStatus = figs.perFigure.map((f) => ({ id: f.id, status: f.status, message: f.message }));
      peak(memory, "bench process after the data stage", process.memoryUsage().rss, "process.memoryUsage().rss");

      // ---- outputs: HTML/CSV/JSON, then SVG and PNG through one Chromium
      const outDir = tempDir("out");
      cleanup.push(outDir);
      const { value: out, sampler } = await sampleTree(() => outputsStage(figs.built, outDir));
      samples.add("outputs", out.totalMs);
      samples.add("outputs:write", out.writeMs);
      samples.add("outputs:launchOnly", out.launchOnlyMs);
      samples.add("outputs:renderer", out.rendererMs);
      samples.add("outputs:close", out.closeMs);
      for (const f of out.perFigure) samples.add(`outputs:image:${f.id}`, f.ms);
      peak(memory, "outputs stage: bench process + Chromium", sampler.peakTreePss, "sum of PSS over the process tree, /proc sampled every 100 ms", sampler.peakProcess?.command);
      peak(memory, "bench process, whole pipeline (in process)", process.resourceUsage().maxRSS * 1024, "process.resourceUsage().maxRSS");

      // ---- library comparison on the same parsed rows (after the pipeline's memory was recorded)
      libraryRuns.push(compareLibraries(copy.rawDir, figs.built));
      for (const lib of IMPORTED) samples.add(`import:${lib}`, await importMs(lib));

      // ---- warm `npm run figures`, end to end, into a temporary out folder
      const env = { ...process.env, MIGRATIE_RAW: copy.rawDir, MIGRATIE_MIRROR: mirror, MIGRATIE_OUT: tempDir("cli-out") };
      cleanup.push(env.MIGRATIE_OUT);
      if (run === 1) await runChildOk("npm", ["run", "figures"], { cwd: root, env }); // warm-up: tsx cache, OS file cache
      const cli = await runChildOk("npm", ["run", "figures"], { cwd: root, env });
      samples.add("figuresCli", cli.ms);
      peak(memory, "npm run figures (process tree)", cli.peakTreePss, "sum of PSS over the process tree, /proc sampled every 100 ms", cli.peakProcess?.command);
      const noImages = await runChildOk("npm", ["run", "figures", "--", "--no-images"], { cwd: root, env });
      samples.add("figuresCliNoImages", noImages.ms);
      const tsxStart = await runChildOk(path.join(root, "node_modules", ".bin", "tsx"), ["-e", "0"], { cwd: root, env });
      samples.add("tsxStart", tsxStart.ms);
      const npmStart = await runChildOk("npm", ["--version"], { cwd: root, env });
      samples.add("npmStart", npmStart.ms);

      // ---- notebooks
      if (!o.skipNotebooks) {
        const nb = await runAllNotebooks(env);
        samples.add("notebooks", nb.run.ms);
        peak(memory, "all notebooks (process tree)", nb.run.peakTreePss, "sum of PSS over the process tree, /proc sampled every 100 ms", nb.run.peakProcess?.command);
        for (const n of nb.notebooks) {
          if (n.ms !== undefined) samples.add(`notebook:${n.name}`, n.ms);
          if (n.cells[0]) samples.add(`notebookFirstCell:${n.name}`, n.cells[0].ms);
          if (!n.ok) notebookFailures.push(`run ${run}: ${n.name}`);
        }
        if (nb.run.code !== 0 && !nb.notebooks.some((n) => !n.ok)) notebookFailures.push(`run ${run}: run-notebooks.sh exited with ${nb.run.code}`);
        lastNotebooks = nb.notebooks;
        const parallel = await runNotebooksInParallel(env, 2);
        samples.add("notebooksTwoAtATime", parallel.ms);
        if (!parallel.ok) notebookFailures.push(`run ${run}: a notebook failed when run two at a time`);
        const probe = await probeNotebook(env);
        samples.add("probe:total", probe.totalMs);
        samples.add("probe:nbconvertStart", probe.nbconvertStartMs);
        for (const c of probe.cells) {
          if (c.failed) probeFailures.add(c.part);
          else samples.add(`probe:${c.part}`, c.ms);
        }
        samples.add("probe:outsideCells", probe.totalMs - probe.cells.reduce((a, c) => a + c.ms, 0));
      }
    } finally {
      for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const result: BenchResult = {
    date: started.toISOString(),
    runs,
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
    samples,
    lowerBoundBytes,
    figures: figureStatus,
    // Required sources are certainly loaded by the figure's build (optional ones may not be).
    requiredSources: Object.fromEntries(FIGURES.map((f) => [f.id, SOURCES.filter((x) => x.need === "required" && x.figures.includes(f.id)).map((x) => x.id)])),
    sources: copyOutcomes,
    libraries: libraryRuns,
    importedLibraries: IMPORTED,
    memory: [...memory.values()],
    requests: liveRequests(mirror),
    notebooks: lastNotebooks,
    notebookFailures,
    probeFailures: [...probeFailures],
  };
  const report = renderReport(result);
  const outFile = path.resolve(root, o.out);
  fs.writeFileSync(outFile, report);
  const runsDir = path.join(root, "bench", "runs");
  fs.mkdirSync(runsDir, { recursive: true });
  fs.writeFileSync(path.join(runsDir, `${result.date.replace(/[:.]/g, "-")}.json`), JSON.stringify({ ...result, samples: samples.toJSON() }, null, 1));
  log(`wrote ${path.relative(root, outFile)}`);
}

main().catch((e) => {
  process.stderr.write(`ERROR ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
