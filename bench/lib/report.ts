// bench/results.md from one benchmark: the machine, each stage (median, min, max), the ratio to
// the lower bound, the breakdowns that explain the big stages, the library comparison, peak
// memory, the live requests, the targets with met or missed, and the findings.
import { DEFAULT_IMAGE_PAGES } from "../../src/outputs/render";
import type { FetchStatus } from "../../src/raw/fetch";
import type { CsvReaderTiming } from "./csv";
import { LIBRARIES, type LibraryTask } from "./libraries";
import { FLOOR_NOTEBOOK, PROBE_CELLS, type NotebookTiming } from "./notebooks";
import { requestTotals, type LiveRequest, type RequestLists } from "./requests";
import { fmtBytes, fmtMs, fmtSummary, summarize, type Samples, type Summary } from "./stats";

export interface MemoryPeak {
  what: string;
  bytes: number;
  how: string;
  /** The largest single process, where known. */
  detail?: string;
}

export interface BenchResult {
  date: string;
  runs: number;
  /** Repetitions of the data stage within each run (absent in reports from before it was repeated). */
  dataRuns?: number;
  skipNotebooks: boolean;
  machine: {
    cores: number;
    cpuModel: string;
    memTotal: number;
    node: string;
    os: string;
    loadStart: number[];
    loadEnd: number[];
  };
  samples: Samples;
  lowerBoundBytes: number;
  figures: { id: string; status: string; message?: string }[];
  /** CSV readers on the CSV source, per run. */
  csvReaders?: CsvReaderTiming[][];
  /** The figure whose source the benchmark changed, and how many figures' images were then rendered (last run). */
  oneChanged?: { figure: string; rendered: number };
  /** Runs in which the notebooks were executed. */
  notebookRuns?: number;
  /** Catalog ids of the required sources of each registered figure. */
  requiredSources: Record<string, string[]>;
  sources: { id: string; status: FetchStatus; message?: string }[];
  libraries: LibraryTask[][];
  importedLibraries: string[];
  memory: MemoryPeak[];
  requests: RequestLists;
  notebooks: NotebookTiming[];
  notebookFailures: string[];
  /** The notebooks run in a fresh kernel, the one-cell floor first (older results: absent). */
  freshNames?: string[];
  /** How often each notebook ran in a fresh kernel (older results: once). */
  freshRounds?: number;
  /** Load average (1, 5, 15 min) just before and just after the fresh-kernel runs (older results: absent). */
  freshLoad?: { start: number[]; end: number[] };
  /** Probe cells that failed to run (their part is not measured). */
  probeFailures: string[];
}

const TARGETS = {
  /** Each notebook's Run All in a fresh kernel (median over the notebooks). */
  runAllMs: 8_000,
  figuresCliMs: 15_000,
  /** A rebuild with nothing changed against the same command with --no-images. */
  noChangeRatio: 1.3,
  outBytes: 8_000_000,
  notebooksMs: 60_000,
  requestBytes: 2_000_000,
};

const row = (...cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const head = (...cells: string[]) => `${row(...cells)}\n${row(...cells.map(() => "---"))}`;
const med = (s: Summary | undefined) => s?.median ?? NaN;
const ratioText = (x: number) => `${x.toFixed(1)}×`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(", ");
const code = (s: string) => `\`${s.replace(/\|/g, "\\|")}\``;
const verdict = (ok: boolean) => (ok ? "**met**" : "**missed**");

/** The fresh-kernel runs of the notebooks (not the floor): name and median total. */
function freshTotals(r: BenchResult): { name: string; ms: number }[] {
  return (r.freshNames ?? [])
    .filter((n) => n !== FLOOR_NOTEBOOK)
    .map((name) => ({ name, ms: med(r.samples.get(`fresh:total:${name}`)) }));
}

function freshTargetRows(r: BenchResult): string[] {
  const totals = freshTotals(r);
  if (!totals.length) return [row("notebook Run All in a fresh kernel", "not measured", "not measured")];
  const median = med(summarize(totals.map((t) => t.ms)));
  const sum = totals.reduce((a, t) => a + t.ms, 0);
  const slowest = totals.reduce((a, t) => (t.ms > a.ms ? t : a));
  return [
    row(
      `Run All of a notebook in a fresh kernel (\`nbconvert --execute\`), median over the notebooks of each one's median of ${r.freshRounds ?? 1} run(s), within ${TARGETS.runAllMs / 1000} s`,
      `${fmtMs(median)} (slowest ${slowest.name}: ${fmtMs(slowest.ms)})`,
      verdict(median <= TARGETS.runAllMs),
    ),
    row(
      `all ${totals.length} notebooks headless, one at a time (the sum of their medians), within ${TARGETS.notebooksMs / 1000} s`,
      fmtMs(sum),
      verdict(sum <= TARGETS.notebooksMs),
    ),
  ];
}

function targetsSection(r: BenchResult): string {
  const s = r.samples;
  const ratio = med(s.get("dataStage")) / med(s.get("lowerBound"));
  const coldRatio = s.first("cold:ratio");
  const cli = med(s.get("figuresCli"));
  const noChange = med(s.get("noChangeRatio"));
  const outBytes = med(s.get("outBytes"));
  const nb = s.get("notebooksTwoAtATime"); // what `npm run notebooks` does by default
  const req = requestTotals(r.requests.firstFetch);
  const failed = r.notebookFailures.length ? " (notebooks failed, see below)" : "";
  return [
    head("target", "measured (median)", "result"),
    row(
      "data stage against the read bound (no target: the 3× target is retired, the stage is under 1% of a notebook's run)",
      `${ratioText(ratio)} (${fmtMs(med(s.get("dataStage")))} vs ${fmtMs(med(s.get("lowerBound")))}), warm` +
        (coldRatio !== undefined
          ? `; cold (first call in the process): ${ratioText(coldRatio)} (${fmtMs(s.first("cold:dataStage")!)} vs ${fmtMs(s.first("cold:lowerBound")!)})`
          : ""),
      "—",
    ),
    row(
      `warm \`npm run figures\` within ${TARGETS.figuresCliMs / 1000} s`,
      `${fmtMs(cli)} (every image rendered, \`--force\`)`,
      verdict(cli <= TARGETS.figuresCliMs),
    ),
    row(
      `\`npm run figures\` with nothing changed within ${TARGETS.noChangeRatio}× of \`--no-images\`, no Chromium`,
      `${ratioText(noChange)} (${fmtMs(med(s.get("figuresCliNoChange")))} vs ${fmtMs(med(s.get("figuresCliNoImages")))}); images rendered: ${med(s.get("figuresCliNoChangeRendered"))}`,
      verdict(noChange <= TARGETS.noChangeRatio && med(s.get("figuresCliNoChangeRendered")) === 0),
    ),
    row(`out/ under ${TARGETS.outBytes / 1e6} MB`, fmtBytes(outBytes), verdict(outBytes < TARGETS.outBytes)),
    ...freshTargetRows(r),
    row(
      "`npm run notebooks -- --force` (two at a time, with static images and pages; no target of its own)",
      nb ? `${fmtMs(nb.median)} for ${r.notebooks.length} notebooks` : "not measured (--skip-notebooks)",
      nb ? (r.notebookFailures.length ? `—${failed}` : "—") : "not measured",
    ),
    row(
      `all live requests together under ${TARGETS.requestBytes / 1e6} MB`,
      `${fmtBytes(req.bytes)} for ${req.known} of ${req.requests} requests of a first fetch` +
        (req.unknown ? `; ${req.unknown} unknown` : ""),
      req.bytes < TARGETS.requestBytes
        ? req.unknown
          ? "**met** for the requests the mirror recorded; the others are unknown"
          : "**met**"
        : "**missed**",
    ),
  ].join("\n");
}

/** The cold value of a data-stage key (its own series since --data-runs), else the first run's. */
const coldOrFirst = (s: Samples, key: string): number | undefined => s.first(`cold:${key}`) ?? s.first(key);

function stagesSection(r: BenchResult): string {
  const s = r.samples;
  const first = (key: string, fmt = fmtMs) => {
    const v = coldOrFirst(s, key);
    return v === undefined ? "" : fmt(v);
  };
  const stage = (name: string, key: string, what: string) => row(name, fmtSummary(s.get(key)), first(key), what);
  return [
    head("stage", "median (min – max)", "run 1", "what is timed"),
    stage(
      "copy/verify from the mirror",
      "copy",
      `fetchSources of all ${r.sources.length} catalogued sources into a fresh raw folder (sha256 checked)`,
    ),
    stage(
      "lower bound",
      "lowerBound",
      `read and JSON.parse every raw file (${fmtBytes(r.lowerBoundBytes)}; the CSV split into lines and fields), nothing else`,
    ),
    stage(
      "parse all raw files",
      "parse",
      "every present source through its loader, cache emptied first: sidecar, sha256, parse, rows",
    ),
    stage(
      "of which: read and verify",
      "verify",
      "readRaw of every present source alone: sidecar read and schema-checked, size, sha256 (timed apart, after the stage)",
    ),
    stage(
      "data of all figures",
      "figureData",
      `FIGURES[i].build in annex mode, ${r.figures.length} figures; their sources come from the loaders' cache`,
    ),
    stage("**data stage** (parse + figure data)", "dataStage", "the two rows above"),
    row(
      "ratio data stage / lower bound",
      fmtSummary(s.get("ratio"), ratioText),
      first("ratio", ratioText),
      "per repetition",
    ),
    stage(
      "outputs: HTML, SVG, PNG for all",
      "outputs",
      "data.csv, figure.json, figure.html, sources.json; one Chromium for every SVG and PNG",
    ),
    stage(
      "warm `npm run figures -- --force`",
      "figuresCli",
      "the command end to end, every image rendered (raw data present; run 1 after one untimed warm-up)",
    ),
    stage(
      "`npm run figures`, nothing changed",
      "figuresCliNoChange",
      "the same command again: images up to date, no browser",
    ),
    stage(
      "all notebooks",
      "notebooks",
      r.skipNotebooks ? "skipped (--skip-notebooks)" : "`npm run notebooks -- --force`, one at a time, end to end",
    ),
  ].join("\n");
}

function perItemSection(r: BenchResult): string {
  const s = r.samples;
  const parseRows = s
    .names()
    .filter((n) => n.startsWith("parse:"))
    .map((n) => row(code(n.slice(6)), fmtSummary(s.get(n)), fmtMs(coldOrFirst(s, n)!)));
  const figRows = r.figures.map((f) =>
    row(
      f.id,
      fmtSummary(s.get(`figure:${f.id}`)),
      fmtMs(coldOrFirst(s, `figure:${f.id}`)!),
      f.status === "built" ? "built" : `**${f.status}**: ${f.message ?? ""}`,
    ),
  );
  const imgRows = s
    .names()
    .filter((n) => n.startsWith("outputs:image:"))
    .map((n) => row(`SVG + PNG of ${n.slice(14)}`, fmtSummary(s.get(n))));
  return [
    "### Parse, per source\n",
    head("source", "median (min – max)", "run 1"),
    ...parseRows,
    "\n### Figure data, per figure\n",
    head("figure", "median (min – max)", "run 1", "status"),
    ...figRows,
    "\n### Outputs, per part\n",
    head("part", "median (min – max)"),
    row("write data.csv, figure.json, figure.html, sources.json (all figures)", fmtSummary(s.get("outputs:write"))),
    row("Chromium launched and closed, nothing else (separate measurement)", fmtSummary(s.get("outputs:launchOnly"))),
    row("createRenderer: Chromium launch + plotly.js loaded into the page", fmtSummary(s.get("outputs:renderer"))),
    ...imgRows,
    row("Chromium closed", fmtSummary(s.get("outputs:close"))),
  ].join("\n");
}

function cliSection(r: BenchResult): string {
  const s = r.samples;
  const one = r.oneChanged;
  return [
    head("part of a warm `npm run figures`", "median (min – max)"),
    row("`npm --version` (npm's own start-up)", fmtSummary(s.get("npmStart"))),
    row("`tsx -e 0` (Node + tsx start-up, no work)", fmtSummary(s.get("tsxStart"))),
    row("`npm run figures -- --no-images` (everything but SVG/PNG)", fmtSummary(s.get("figuresCliNoImages"))),
    row("`npm run figures -- --force` (every SVG/PNG rendered)", fmtSummary(s.get("figuresCli"))),
    row("difference: SVG and PNG through Chromium", fmtMs(med(s.get("figuresCli")) - med(s.get("figuresCliNoImages")))),
    row("`npm run figures`, nothing changed (no browser)", fmtSummary(s.get("figuresCliNoChange"))),
    row("ratio nothing changed / `--no-images`", fmtSummary(s.get("noChangeRatio"), ratioText)),
    row(
      one
        ? `\`npm run figures\` after one source of ${one.figure} changed (${one.rendered} figure(s) rendered in the last run)`
        : "one figure changed",
      fmtSummary(s.get("figuresCliOneChanged")),
    ),
    row("out/ after `npm run figures` (all figures)", fmtSummary(s.get("outBytes"), fmtBytes)),
  ].join("\n");
}

function imagesSection(r: BenchResult): string {
  const s = r.samples;
  if (!s.get("images:pages1")) return "Not measured.";
  return [
    head("every figure's SVG and PNG (Chromium start, plotly.js into each page, images, close)", "median (min – max)"),
    row("one page", fmtSummary(s.get("images:pages1"))),
    row("two pages rendering at once", fmtSummary(s.get("images:pages2"))),
  ].join("\n");
}

function csvSection(r: BenchResult): string {
  const runs = r.csvReaders ?? [];
  if (!runs.length || !runs[0].length) return "Not measured (no CSV source present).";
  return [
    head("reader", "warm, median of 15 calls (median over runs)", "first call (run 1)", "same records as csv-parse"),
    ...runs[0].map((t, i) =>
      row(
        t.reader,
        fmtSummary(summarize(runs.map((x) => x[i].warmMs))),
        fmtMs(t.firstMs),
        t.same === undefined ? "(typed rows)" : runs.every((x) => x[i].same) ? "yes" : "**no**",
      ),
    ),
  ].join("\n");
}

function notebookSection(r: BenchResult): string {
  if (r.skipNotebooks) return "Not measured in this run (`--skip-notebooks`).";
  const s = r.samples;
  const nbRows = r.notebooks.map((n) =>
    row(
      n.name,
      n.ok ? fmtSummary(s.get(`notebook:${n.name}`)) : "**failed**",
      n.bytes !== undefined ? fmtBytes(n.bytes) : "",
      n.ok ? fmtSummary(s.get(`notebookFirstCell:${n.name}`)) : "",
      n.cells[0]?.label ? code(n.cells[0].label) : "",
    ),
  );
  const probeRows = [
    row("`jupyter nbconvert --version` (Python + nbconvert start-up alone)", fmtSummary(s.get("probe:nbconvertStart"))),
    row(
      "outside the cells: nbconvert start, tslab kernel start (TypeScript, lib and @types), shutdown, writing",
      fmtSummary(s.get("probe:outsideCells")),
    ),
    ...PROBE_CELLS.map((c) =>
      row(
        `cell ${code(c.source)}: ${c.part}`,
        r.probeFailures.includes(c.part) ? "**the cell failed**" : fmtSummary(s.get(`probe:${c.part}`)),
      ),
    ),
    row("**probe notebook end to end**", fmtSummary(s.get("probe:total"))),
  ];
  const floor = med(s.get(`fresh:total:${FLOOR_NOTEBOOK}`));
  const freshRows = (r.freshNames ?? []).map((name) => {
    const g = (part: string) => s.get(`fresh:${part}:${name}`);
    const total = med(g("total"));
    const peak = g("peak");
    return row(
      name === FLOOR_NOTEBOOK ? "*one-cell floor* (`1`)" : name,
      fmtSummary(g("kernel")),
      fmtSummary(g("first")),
      fmtSummary(g("rest")),
      fmtSummary(g("total")),
      peak ? fmtBytes(peak.median) : "",
      Number.isFinite(floor) ? ratioText(total / floor) : "",
    );
  });
  return [
    `Executed in ${r.notebookRuns ?? r.runs} of the ${r.runs} run(s) (\`--notebook-runs\`).\n`,
    `**Run All in a fresh kernel**, one notebook at a time, ${r.freshRounds ?? 1} time(s) each (\`--fresh-runs\`, round after round, so`,
    "that a burst of other work spreads over all notebooks); median (min – max).",
    ...(r.freshLoad
      ? [
          `Load average (1, 5, 15 min) just before these runs: ${load(r.freshLoad.start)}; just after: ${load(r.freshLoad.end)}.`,
        ]
      : []),
    "With Jupyter's own tool as a user runs it",
    "(`jupyter nbconvert --to notebook --execute`, the package built, no static images: as Run All in Jupyter).",
    "Kernel start: from starting nbconvert to the first cell starting (Python, nbconvert, the tslab kernel);",
    "rest: the other cells together; total: nbconvert start to finish (also shutting down and writing);",
    "peak memory: the summed PSS of nbconvert, the kernel and their children (sampled).\n",
    head("notebook", "kernel start", "first cell", "the rest", "total", "peak memory", "× floor"),
    ...freshRows,
    "",
    "**`npm run notebooks`** (the runner: also each figure's static image, drawn by Chromium, and the page):\n",
    head("notebook", "end to end", "executed copy", "first code cell", "first code cell starts with"),
    ...nbRows,
    row("**all, one at a time** (MIGRATIE_NOTEBOOK_JOBS=1, `--force`)", fmtSummary(s.get("notebooks")), "", "", ""),
    row(
      "**all, two at a time** (the default, `npm run notebooks -- --force`)",
      fmtSummary(s.get("notebooksTwoAtATime")),
      "",
      "",
      "",
    ),
    row(
      `**all, nothing changed** (\`npm run notebooks\`: ${med(s.get("notebooksNoChangeUpToDate"))} of ${r.notebooks.length} found up to date)`,
      fmtSummary(s.get("notebooksNoChange")),
      "",
      "",
      "",
    ),
    "",
    r.notebookFailures.length ? `Failures: ${r.notebookFailures.join("; ")}.\n` : "",
    "A probe notebook (the same kernel, in a temporary folder that links the package as notebooks/ does) splits the fixed cost",
    "every notebook pays; each cell's time is what it adds after the cells above it:\n",
    head("part", "median (min – max)"),
    ...probeRows,
  ].join("\n");
}

function librarySection(r: BenchResult): string {
  if (!r.libraries.length || !r.libraries[0].length) return "Not measured (figures 1 and 6 were not built).";
  const s = r.samples;
  const lines = [
    head("task", "rows in", "library", "warm, per call", "first call (run 1)", "same result as the figure"),
  ];
  for (const [i, task] of r.libraries[0].entries()) {
    for (const l of LIBRARIES) {
      const warm = fmtSummary(summarize(r.libraries.map((run) => run[i].variants[l].warmMs)));
      const same = r.libraries.every((run) => run[i].variants[l].sameAsFigure) ? "yes" : "**no**";
      lines.push(row(task.task, task.rows, l, warm, fmtMs(task.variants[l].firstMs), same));
    }
  }
  lines.push("", head("library", "import time in a fresh Node process (require only)"));
  for (const lib of r.importedLibraries) lines.push(row(lib, fmtSummary(s.get(`import:${lib}`))));
  return lines.join("\n");
}

function memorySection(r: BenchResult): string {
  return [
    head("what", "peak", "how it was measured", "largest single process (its VmHWM)"),
    ...r.memory.map((m) => row(m.what, fmtBytes(m.bytes), m.how, m.detail ? code(m.detail) : "")),
  ].join("\n");
}

function requestRows(list: LiveRequest[]): string[] {
  return list.map((q) =>
    row(
      code(q.sourceId),
      q.kind,
      q.wireUrl ? `<code>${q.wireUrl.replace(/\|/g, "%7C")}</code>` : "none",
      q.bytes !== undefined ? fmtBytes(q.bytes) : "unknown",
      q.gzipBytes !== undefined ? fmtBytes(q.gzipBytes) : "",
      [
        q.repeatOf !== undefined ? `**again** (same as request ${q.repeatOf + 1})` : "",
        q.note ?? `mirror: ${q.mirrorFile}`,
      ]
        .filter(Boolean)
        .join("; "),
    ),
  );
}

function requestsSection(r: BenchResult): string {
  const t = requestTotals(r.requests.firstFetch);
  const c = requestTotals(r.requests.recheck);
  const total = (what: string, x: ReturnType<typeof requestTotals>) =>
    row(
      `**${what}**`,
      `${x.requests} requests`,
      "",
      `**${fmtBytes(x.bytes)}** (${x.known} known)`,
      fmtBytes(x.gzipBytes),
      [
        x.unknown ? `${x.unknown} unknown` : "",
        x.repeats ? `${x.repeats} sent again (${fmtBytes(x.repeatBytes)} known)` : "",
      ]
        .filter(Boolean)
        .join("; "),
    );
  return [
    "First fetch into an empty raw folder:\n",
    head("source", "request", "URL as sent", "recorded response", "gzip estimate", "note"),
    ...requestRows(r.requests.firstFetch),
    total("total, first fetch", t),
    "",
    "Re-check when nothing changed (`npm run fetch` again): one small request per CBS table and per Eurostat dataset.\n",
    head("", "requests", "", "recorded responses", "gzip estimate", "note"),
    total("total, re-check", c),
  ].join("\n");
}

export function renderReport(r: BenchResult): string {
  const m = r.machine;
  const needsData = r.figures.filter((f) => f.status !== "built");
  return `# Benchmark: rebuilding all figures

Written by \`npm run bench\` (bench/run.ts); not edited by hand. Run of **${r.date.slice(0, 16).replace("T", " ")} UTC**.

- Machine: ${m.cores} cores (${m.cpuModel}), ${fmtBytes(m.memTotal)} memory, ${m.os}; Node ${m.node}.
- ${r.runs} run(s) on the offline raw data (the shipped vintage data/annex-2025, or MIGRATIE_MIRROR when set); every figure in \`FIGURES\` (${r.figures.map((f) => f.id).join(", ")}) and every source in \`SOURCES\` (${r.sources.length}).
- Load average (1, 5, 15 min) at the start: ${load(m.loadStart)}; at the end: ${load(m.loadEnd)}. Clearly above 0 means other
  work shared the ${m.cores} cores and the timings are noisy.
- Times are medians with (min – max) over the runs. The in-process stages run in one process, so run 1 is cold
  (first calls, arquero compiling its expressions) and later runs reuse loaded modules and compiled code, though code
  run once per run (such as the CSV parse) stays far from fully optimised; the run-1 column shows the cold value.
${
  r.dataRuns
    ? `- The data stage (lower bound, parse, figure data) is measured ${r.dataRuns} times in a row in each run, the lower bound first each
  time: ${r.runs * r.dataRuns - 1} warm samples, whose median is what the target is judged on, and one cold sample (the very first, in a
  fresh process: what one \`npm run figures\` pays, where the lower bound's JSON.parse is native code and the parsers are
  not yet compiled), shown in the run-1 column and beside the target but kept out of the median.\n`
    : ""
}
${needsData.length ? `- Not built on the mirror: ${needsData.map((f) => `${f.id} (${f.status})`).join(", ")}; the mirror has no data for it, so its data stage is only the time to find that out and its live requests are unknown.\n` : ""}
## Targets

${targetsSection(r)}

## Stages

${stagesSection(r)}

${perItemSection(r)}

## Where a warm \`npm run figures\` spends its time

${cliSection(r)}

### Images: one page or two

${imagesSection(r)}

### CSV readers

The one CSV source (the StatLine export of 37296ned) read by each reader, in this process.

${csvSection(r)}

## Notebooks

${notebookSection(r)}

## Library comparison: plain TypeScript, arquero, danfojs-node

The same computation on the same parsed rows, each result compared with the figure's own table: figure 1's
yearly filter and derive (83474NED rows: JJ periods, year, net migration with null kept null) and figure 6's
per-country mean over 2015-2024 (JSON-stat cells). "Warm" is the mean of 20 calls after the first; the first call
excludes the import (measured apart, below) but includes the first compilation of the code it runs.

${librarySection(r)}

## Peak memory

Node reports the peak of its own process only (\`process.resourceUsage().maxRSS\`); for child processes the tree is
sampled from /proc every 100 ms (/usr/bin/time is not guaranteed to exist): the summed PSS, which splits shared pages
such as Chromium's between processes instead of counting them once per process, and the largest single process's
own high-water mark (VmHWM). A process that lives less than 100 ms can be missed.

${memorySection(r)}

## Bytes each live request would fetch

The requests \`npm run fetch\` sends (src/raw/fetch.ts) for the catalog, with the size of the response the mirror recorded
for exactly that request (the sidecar's \`bytes\`; "unknown" when the mirror has no recording). The gzip column estimates
the wire size when the server compresses (Node's fetch asks for gzip).

${requestsSection(r)}

${findings(r)}
`;
}

/** The analysis, written next to the numbers it quotes so that it stays true when they change. */
function findings(r: BenchResult): string {
  const s = r.samples;
  const out: string[] = ["## Findings and explanations", ""];
  const lb = med(s.get("lowerBound"));
  const data = med(s.get("dataStage"));
  const parse = med(s.get("parse"));
  const figs = med(s.get("figureData"));
  const slowest = s
    .names()
    .filter((n) => n.startsWith("parse:"))
    .map((n) => ({ id: n.slice(6), ms: med(s.get(n)) }))
    .sort((a, b) => b.ms - a.ms)[0];
  const fig6Task = r.libraries[0]?.findIndex((t) => t.task.startsWith("fig6")) ?? -1;
  const warmOf = (lib: (typeof LIBRARIES)[number]) =>
    med(summarize(r.libraries.map((run) => run[fig6Task].variants[lib].warmMs)));
  const csvRuns = r.csvReaders ?? [];
  const csvWarm = (prefix: string) => {
    const i = csvRuns[0]?.findIndex((t) => t.reader.startsWith(prefix)) ?? -1;
    return i < 0 ? NaN : med(summarize(csvRuns.map((x) => x[i].warmMs)));
  };
  const verify = med(s.get("verify"));
  const coldData = s.first("cold:dataStage");
  const coldLb = s.first("cold:lowerBound");
  const warmN = s.get("dataStage")?.n ?? 0;
  out.push(
    `**Data stage: ${ratioText(data / lb)} the lower bound, warm (${fmtMs(data)} against ${fmtMs(lb)}, median of ${warmN}); no target (the 3× target is retired: the stage is under 1% of a notebook's run).**` +
      (coldData !== undefined && coldLb !== undefined
        ? ` Cold, the first time in a fresh process (what one \`npm run figures\` pays), it is ${ratioText(coldData / coldLb)} (${fmtMs(coldData)} against ${fmtMs(coldLb)}):` +
          ` the bound's JSON.parse is native code from the first call, the parsers and figure code are compiled while they run.`
        : "") +
      ` The bound only reads and JSON-parses ${fmtBytes(r.lowerBoundBytes)}. Parsing through the loaders (${fmtMs(parse)}, cache emptied first) also reads each sidecar` +
      ` and checks it against its schema, checks each file's size and sha256` +
      (Number.isFinite(verify)
        ? ` (reading and verifying alone: ${fmtMs(verify)}, ${ratioText(verify / lb)} the bound by itself)`
        : "") +
      `, trims every CBS row (in place, in the object JSON.parse made), checks every measure cell (finite; counts whole and not negative) and that no two rows share a key,` +
      ` expands JSON-stat into one object per cell and freezes the result (every figure and claim shares it)` +
      (slowest ? `; its largest part is ${code(slowest.id)} at ${fmtMs(slowest.ms)}` : "") +
      `. Each file is verified and parsed once per process: the loaders keep the parsed result while the file and its sidecar are the` +
      ` very files verified (inode, size, mtime, ctime), so the figure data (${fmtMs(figs)}) parses nothing again. The figures compute in plain` +
      ` TypeScript and use arquero only to hold their output tables: its verbs compile their expressions on every call, a fixed cost per verb that` +
      ` dwarfs the arithmetic on these small tables` +
      (fig6Task >= 0
        ? ` (figure 6's per-country mean: ${fmtMs(warmOf("arquero"))} with arquero, ${fmtMs(warmOf("plain TypeScript"))} in plain TypeScript, warm)`
        : "") +
      `. The CSV cross-check is read by papaparse: its fastMode (a split on line ends and ';') when every field is a plain quoted value,` +
      ` which is checked field by field (anything else takes papaparse's full parser), keeping only the catalog's columns (the two flows and` +
      ` Perioden of about 80): warm ${fmtMs(csvWarm("parseCbsCsv, the catalog's"))} as loaded, against ${fmtMs(csvWarm("parseCbsCsv, every"))} keeping every` +
      ` column and ${fmtMs(csvWarm("papaparse"))} for papaparse's full parser to records alone (csv-parse, used before, ${fmtMs(csvWarm("csv-parse"))}).` +
      ` All of it is milliseconds, small next to Node + tsx start-up (${fmtMs(med(s.get("tsxStart")))}), and on a busy machine a few` +
      ` milliseconds move the ratio a lot.`,
    "",
  );
  if (r.libraries[0]?.length) {
    const warm = (task: number, lib: (typeof LIBRARIES)[number]) =>
      med(summarize(r.libraries.map((run) => run[task].variants[lib].warmMs)));
    const perTask = r.libraries[0].map((t, i) => {
      const ranked = [...LIBRARIES].sort((a, b) => warm(i, a) - warm(i, b));
      return `${t.task.split(":")[0]}: ${ranked.map((l) => `${l} ${fmtMs(warm(i, l))}`).join(", ")}`;
    });
    out.push(
      `**Library choice.** Warm, per call, fastest first: ${perTask.join("; ")}. Importing costs ${fmtMs(med(s.get("import:arquero")))} for arquero and` +
        ` ${fmtMs(med(s.get("import:danfojs-node")))} for danfojs-node (it loads TensorFlow.js), paid once per process before the first call.` +
        ` On tables of a few hundred rows, plain TypeScript does the arithmetic in a fraction of either library's time; arquero is cheap to load` +
        ` and gives the tidy table written as data.csv; danfojs-node is only worth its import where a notebook shows a DataFrame.` +
        ` Both libraries compute null − x as −x (JavaScript's coercion), so a missing value silently becomes a number unless the null check` +
        ` is written out, as in the variants measured here and in src/.`,
      "",
    );
  }
  const launch = med(s.get("outputs:launchOnly"));
  const renderer = med(s.get("outputs:renderer"));
  const full = med(s.get("figuresCli"));
  const noImg = med(s.get("figuresCliNoImages"));
  const same = med(s.get("figuresCliNoChange"));
  const p1 = med(s.get("images:pages1"));
  const p2 = med(s.get("images:pages2"));
  out.push(
    `**Warm \`npm run figures\`: ${fmtMs(full)} with every image rendered; target ${TARGETS.figuresCliMs / 1000} s, ${full <= TARGETS.figuresCliMs ? "met" : "missed"}.** Without images it takes ${fmtMs(noImg)},` +
      ` of which ${fmtMs(med(s.get("tsxStart")))} is Node + tsx start-up and ${fmtMs(med(s.get("npmStart")))} npm's. The images cost ${fmtMs(full - noImg)}:` +
      ` Chromium's start-up (${fmtMs(launch)}), loading the 3.6 MB plotly.js into the page (${fmtMs(renderer - launch)}) and one SVG and one PNG per figure.` +
      ` Now they are rendered only when their inputs changed (out/<fig>/images.json: the hash of the figure spec, the plotly.js bundle's sha256,` +
      ` Chromium's executable by path, size and mtime, read without starting it, and the image options; plus each image's sha256, so a deleted or` +
      ` altered image is rendered again). With nothing changed the command starts no browser: ${fmtMs(same)}, ${ratioText(same / noImg)} of \`--no-images\`` +
      ` (target ${TARGETS.noChangeRatio}×, ${same / noImg <= TARGETS.noChangeRatio ? "met" : "missed"}); the difference is hashing the specs and images.` +
      (r.oneChanged
        ? ` After one source of ${r.oneChanged.figure} changed, ${r.oneChanged.rendered} figure's images were rendered (${fmtMs(med(s.get("figuresCliOneChanged")))}): the browser start and plotly.js load are paid for one figure as for all.`
        : "") +
      ` Two pages rendering at once against one: ${fmtMs(p2)} against ${fmtMs(p1)} for every figure (each page loads plotly.js itself);` +
      ` ${p2 < p1 * 0.9 ? "two pages were faster in this run" : "two pages were not clearly faster in this run"}; the build renders with ${DEFAULT_IMAGE_PAGES} (DEFAULT_IMAGE_PAGES in src/outputs/render.ts).`,
    "",
  );
  if (!r.skipNotebooks) {
    const two = med(s.get("notebooksTwoAtATime"));
    const part = (i: number) => med(s.get(`probe:${PROBE_CELLS[i].part}`));
    const sizes = r.notebooks.flatMap((x) => (x.bytes !== undefined ? [x.bytes] : []));
    const totals = freshTotals(r);
    const runAll = med(summarize(totals.map((t) => t.ms)));
    const floor = med(s.get(`fresh:total:${FLOOR_NOTEBOOK}`));
    out.push(
      `**Notebooks: Run All in a fresh kernel takes ${fmtMs(runAll)} per notebook (median of ${totals.length}), ${ratioText(runAll / floor)} the one-cell floor` +
        ` (${fmtMs(floor)}); all ${totals.length} one at a time ${fmtMs(totals.reduce((a, t) => a + t.ms, 0))}; targets ${TARGETS.runAllMs / 1000} s and` +
        ` ${TARGETS.notebooksMs / 1000} s.** The notebooks import the package's compiled public API (\`migratie-in-cijfers\`: dist/ with declarations),` +
        ` so tslab reads declarations instead of type-checking src/ on every kernel start (importing one figure module from src/ cost 13.5 s before), and` +
        ` each computes only its figure's claims and the figures those read, not the whole audit. What is left is fixed cost: the floor (Python,` +
        ` nbconvert, tslab loading TypeScript 5.0 and lib/@types/node; ${fmtMs(med(s.get("probe:outsideCells")))} outside the probe's cells),` +
        ` danfojs-node ${fmtMs(part(1))} (a fresh Node process needs ${fmtMs(med(s.get("import:danfojs-node")))} to import it: it loads mathjs,` +
        ` TensorFlow.js and xlsx), arquero ${fmtMs(part(2))} and the package ${fmtMs(part(3))} (its declarations pull in arquero's and zod's), then a cell` +
        ` compiles in ${fmtMs(part(4))}. A figure is interactive in Jupyter (plotly.js from the kernelspec), as plotly's notebook renderer does;` +
        ` its static PNG needs Chromium (seconds per notebook, far more on a busy machine) and is drawn only by \`npm run notebooks\`` +
        ` (MIGRATIE_NOTEBOOK_IMAGES=1) for the pages it hands out: ${fmtMs(two)} for all, two at a time, and ${fmtMs(med(s.get("notebooksNoChange")))}` +
        ` with nothing changed (every notebook up to date).` +
        (sizes.length
          ? ` An executed notebook weighs ${fmtBytes(Math.min(...sizes))} to ${fmtBytes(Math.max(...sizes))}; its page loads out/'s one plotly.js.`
          : "") +
        ` Not fixed: the danfojs-node DataFrame view that the notebook template asks for costs ${fmtMs(part(1))} in every notebook.`,
      "",
    );
  }
  const req = requestTotals(r.requests.firstFetch);
  const re = requestTotals(r.requests.recheck);
  const pagedUnknown = r.requests.firstFetch.filter((q) => q.paged && q.bytes === undefined).map((q) => q.sourceId);
  const unknownSources = [
    ...new Set(r.requests.firstFetch.filter((q) => q.wireUrl !== null && q.bytes === undefined).map((q) => q.sourceId)),
  ];
  out.push(
    `**Live requests: ${fmtBytes(req.bytes)} known for a first fetch, ${fmtBytes(re.bytes)} known for a re-check; target ${TARGETS.requestBytes / 1e6} MB,` +
      ` ${req.bytes < TARGETS.requestBytes ? "met for what is known" : "missed"}.** The catalog filters CBS tables at the API (\`$filter\`, \`$select\`).` +
      (req.unknown
        ? ` ${req.unknown} request(s) have no recording in the mirror and are listed as unknown, not estimated; they belong to ${unknownSources.map(code).join(", ")}.`
        : "") +
      (pagedUnknown.length
        ? ` Whether the target holds for a full first fetch depends on these, above all ${pagedUnknown.map(code).join(", ")}: marked paged in the catalog,` +
          ` each is expected to exceed the 10,000 rows CBS returns in one response.`
        : "") +
      (req.repeats
        ? ` ${req.repeats} request(s) go out more than once with the same URL (${fmtBytes(req.repeatBytes)} of the known bytes): remembering` +
          ` their response within one fetch (src/raw/fetch.ts) would save them.`
        : ""),
    "",
  );
  return out.join("\n");
}
