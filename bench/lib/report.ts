// bench/results.md from one benchmark: the machine, each stage (median, min, max), the ratio to
// the lower bound, the breakdowns that explain the big stages, the library comparison, peak
// memory, the live requests, and the targets with met or missed.
import type { FetchStatus } from "../../src/raw/fetch";
import { LIBRARIES, type LibraryTask } from "./libraries";
import { PROBE_CELLS, type NotebookTiming } from "./notebooks";
import { requestTotals, type LiveRequest } from "./requests";
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
  skipNotebooks: boolean;
  machine: { cores: number; cpuModel: string; memTotal: number; node: string; os: string; loadStart: number[]; loadEnd: number[] };
  samples: Samples;
  lowerBoundBytes: number;
  figures: { id: string; status: string; message?: string }[];
  registeredFigures: string[];
  sources: { id: string; status: FetchStatus; message?: string }[];
  libraries: LibraryTask[][];
  importedLibraries: string[];
  memory: MemoryPeak[];
  requests: LiveRequest[];
  notebooks: NotebookTiming[];
  notebookFailures: string[];
}

export const TARGETS = {
  ratio: 3,
  figuresCliMs: 15_000,
  notebooksMs: 60_000,
  requestBytes: 2_000_000,
};

const row = (...cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const head = (...cells: string[]) => `${row(...cells)}\n${row(...cells.map(() => "---"))}`;
const med = (s: Summary | undefined) => s?.median ?? NaN;
const ratioText = (x: number) => `${x.toFixed(1)}×`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(", ");

function targetsSection(r: BenchResult): string {
  const s = r.samples;
  const ratio = med(s.get("dataStage")) / med(s.get("lowerBound"));
  const cli = med(s.get("figuresCli"));
  const nb = s.get("notebooks");
  const req = requestTotals(r.requests);
  const verdict = (ok: boolean) => (ok ? "**met**" : "**missed**");
  const lines = [
    head("target", "measured (median)", "result"),
    row(`data stage within ${TARGETS.ratio}× the lower bound`, `${ratioText(ratio)} (${fmtMs(med(s.get("dataStage")))} vs ${fmtMs(med(s.get("lowerBound")))})`, verdict(ratio <= TARGETS.ratio)),
    row(`warm \`npm run figures\` within ${TARGETS.figuresCliMs / 1000} s`, fmtMs(cli), verdict(cli <= TARGETS.figuresCliMs)),
    row(
      `all notebooks within ${TARGETS.notebooksMs / 1000} s together`,
      nb ? `${fmtMs(nb.median)} for ${r.notebooks.length} notebooks` : "not measured (--skip-notebooks)",
      nb ? verdict(nb.median <= TARGETS.notebooksMs && r.notebookFailures.length === 0) + (r.notebookFailures.length ? " (notebooks failed)" : "") : "not measured",
    ),
    row(
      `all live requests together under ${TARGETS.requestBytes / 1e6} MB`,
      `${fmtBytes(req.bytes)} for ${req.known} of ${req.requests} requests` + (req.unknown ? `; ${req.unknown} unknown` : ""),
      req.bytes < TARGETS.requestBytes ? (req.unknown ? "**met** for the known requests (the unknown ones are not in the mirror)" : "**met**") : "**missed**",
    ),
  ];
  return lines.join("\n");
}

function stagesSection(r: BenchResult): string {
  const s = r.samples;
  const stage = (name: string, key: string, what: string) => row(name, fmtSummary(s.get(key)), what);
  return [
    head("stage", "median (min – max)", "what is timed"),
    stage("copy/verify from the mirror", "copy", `fetchSources of all ${r.sources.length} catalogued sources into a fresh raw folder (sha256 checked)`),
    stage("lower bound", "lowerBound", `read and JSON.parse every raw file (${fmtBytes(r.lowerBoundBytes)}), nothing else`),
    stage("parse all raw files", "parse", "every present source through its loader: sidecar, sha256, parse, rows"),
    stage("data of all figures", "figureData", `FIGURES[i].build in annex mode (${r.registeredFigures.length} figures; each reads its own sources again)`),
    stage("**data stage** (parse + figure data)", "dataStage", "the two rows above"),
    row("ratio data stage / lower bound", fmtSummary(s.get("ratio"), ratioText), "per run"),
    stage("outputs: HTML, SVG, PNG for all", "outputs", "data.csv, figure.json, figure.html, sources.json; then one Chromium for all SVG and PNG"),
    stage("warm `npm run figures`", "figuresCli", "the command end to end (fresh MIGRATIE_OUT, raw data present, after one warm-up)"),
    stage("all notebooks", "notebooks", r.skipNotebooks ? "skipped (--skip-notebooks)" : "scripts/run-notebooks.sh end to end"),
  ].join("\n");
}

function perItemSection(r: BenchResult): string {
  const s = r.samples;
  const parseRows = s.names().filter((n) => n.startsWith("parse:")).map((n) => row(`\`${n.slice(6)}\``, fmtSummary(s.get(n))));
  const figRows = r.figures.map((f) => row(f.id, f.status === "built" ? fmtSummary(s.get(`figure:${f.id}`)) : `${f.status}: ${f.message ?? ""}`));
  const imgRows = s.names().filter((n) => n.startsWith("outputs:image:")).map((n) => row(n.slice(14), fmtSummary(s.get(n))));
  return [
    "### Parse, per source\n",
    head("source", "median (min – max)"),
    ...parseRows,
    "\n### Figure data, per figure\n",
    head("figure", "median (min – max), or why not built"),
    ...figRows,
    "\n### Outputs, per part\n",
    head("part", "median (min – max)"),
    row("write data.csv, figure.json, figure.html, sources.json (all figures)", fmtSummary(s.get("outputs:write"))),
    row("Chromium launched and closed, nothing else (separate measurement)", fmtSummary(s.get("outputs:launchOnly"))),
    row("createRenderer: Chromium launch + plotly.js loaded into the page", fmtSummary(s.get("outputs:renderer"))),
    ...imgRows.map((x) => x.replace(/^\| /, "| SVG + PNG of ")),
    row("Chromium closed", fmtSummary(s.get("outputs:close"))),
  ].join("\n");
}

function cliSection(r: BenchResult): string {
  const s = r.samples;
  const full = med(s.get("figuresCli"));
  const noImg = med(s.get("figuresCliNoImages"));
  return [
    head("part of a warm `npm run figures`", "median (min – max)"),
    row("`npm --version` (npm's own start-up)", fmtSummary(s.get("npmStart"))),
    row("`tsx -e 0` (Node + tsx start-up, no work)", fmtSummary(s.get("tsxStart"))),
    row("`npm run figures -- --no-images` (everything but SVG/PNG)", fmtSummary(s.get("figuresCliNoImages"))),
    row("`npm run figures` (all)", fmtSummary(s.get("figuresCli"))),
    row("difference: SVG and PNG through Chromium", fmtMs(full - noImg)),
  ].join("\n");
}

function notebookSection(r: BenchResult): string {
  if (r.skipNotebooks) return "Not measured in this run (`--skip-notebooks`).";
  const s = r.samples;
  const nbRows = r.notebooks.map((n) =>
    row(n.name, n.ok ? fmtSummary(s.get(`notebook:${n.name}`)) : "**failed**", n.ok ? fmtSummary(s.get(`notebookFirstCell:${n.name}`)) : "", n.cells[0]?.label ? `\`${n.cells[0].label.replace(/\|/g, "\\|")}\`` : ""),
  );
  const probeRows = [
    row("`jupyter nbconvert --version` (Python + nbconvert start-up alone)", fmtSummary(s.get("probe:nbconvertStart"))),
    row("outside the cells: nbconvert start, kernel (tslab) start and shutdown, writing", fmtSummary(s.get("probe:outsideCells"))),
    ...PROBE_CELLS.map((c) => row(`cell \`${c.source}\`: ${c.part}`, fmtSummary(s.get(`probe:${c.part}`)))),
    row("**probe notebook end to end**", fmtSummary(s.get("probe:total"))),
  ];
  return [
    head("notebook", "end to end", "first code cell", "first code cell starts with"),
    ...nbRows,
    "",
    r.notebookFailures.length ? `Failures: ${r.notebookFailures.join("; ")}.\n` : "",
    "A probe notebook (run with the same kernel in a temporary folder that links src/ and node_modules/) splits",
    "the fixed cost every notebook pays; each cell's time is what it adds after the cells above it:\n",
    head("part", "median (min – max)"),
    ...probeRows,
  ].join("\n");
}

function librarySection(r: BenchResult): string {
  if (!r.libraries.length || !r.libraries[0].length) return "Not measured (figures 1 and 6 were not built).";
  const s = r.samples;
  const lines = [
    head("task", "rows in", ...LIBRARIES.map((l) => `${l}: warm per call`), ...LIBRARIES.map((l) => `${l}: first call`), "same result as the figure"),
  ];
  for (const [i, task] of r.libraries[0].entries()) {
    const warm = LIBRARIES.map((l) => fmtSummary(summarize(r.libraries.map((run) => run[i].variants[l].warmMs))));
    const first = LIBRARIES.map((l) => fmtMs(task.variants[l].firstMs));
    const same = LIBRARIES.map((l) => `${l}: ${r.libraries.every((run) => run[i].variants[l].sameAsFigure) ? "yes" : "**no**"}`).join(", ");
    lines.push(row(task.task, task.rows, ...warm, ...first, same));
  }
  lines.push("", head("library", "import time in a fresh Node process (require only)"));
  for (const lib of r.importedLibraries) lines.push(row(lib, fmtSummary(s.get(`import:${lib}`))));
  return lines.join("\n");
}

function memorySection(r: BenchResult): string {
  return [
    head("what", "peak", "how it was measured", "largest single process (VmHWM)"),
    ...r.memory.map((m) => row(m.what, fmtBytes(m.bytes), m.how, m.detail ? `\`${m.detail.replace(/\|/g, "\\|")}\`` : "")),
  ].join("\n");
}

function requestsSection(r: BenchResult): string {
  const t = requestTotals(r.requests);
  const lines = [
    head("source", "request", "URL as sent", "recorded response", "gzip estimate", "note"),
    ...r.requests.map((q) =>
      row(`\`${q.sourceId}\``, q.kind, q.wireUrl ? `<code>${q.wireUrl.replace(/\|/g, "%7C")}</code>` : "none", q.bytes !== undefined ? fmtBytes(q.bytes) : "unknown", q.gzipBytes !== undefined ? fmtBytes(q.gzipBytes) : "", q.note ?? `mirror: ${q.mirrorFile}`),
    ),
    row("**total**", `${t.requests} live requests`, "", `**${fmtBytes(t.bytes)}** (${t.known} known)`, fmtBytes(t.gzipBytes), t.unknown ? `${t.unknown} unknown` : ""),
  ];
  return lines.join("\n");
}

export function renderReport(r: BenchResult): string {
  const m = r.machine;
  const s = r.samples;
  const needsData = r.figures.filter((f) => f.status !== "built");
  return `# Benchmark: rebuilding all figures

Written by \`npm run bench\` (bench/run.ts); do not edit by hand. Run of **${r.date.slice(0, 16).replace("T", " ")} UTC**.

- Machine: ${m.cores} cores (${m.cpuModel}), ${fmtBytes(m.memTotal)} memory, ${m.os}; Node ${m.node}.
- ${r.runs} run(s) on the offline mirror (MIGRATIE_MIRROR); every figure in \`FIGURES\` (${r.registeredFigures.join(", ")}) and every source in \`SOURCES\`.
- Load average (1, 5, 15 min) at the start: ${load(m.loadStart)}; at the end: ${load(m.loadEnd)}. Well above 0 means other
  work shared the ${m.cores} cores and the timings are noisy.
- Times are medians with (min – max) over the runs; the first run is usually the slowest (cold caches, JIT).
${needsData.length ? `- Not built: ${needsData.map((f) => `${f.id} (${f.status})`).join(", ")}; their data stage is the time to find the data missing.\n` : ""}
## Targets

${targetsSection(r)}

## Stages

${stagesSection(r)}

${perItemSection(r)}

## Where a warm \`npm run figures\` spends its time

${cliSection(r)}

## Notebooks

${notebookSection(r)}

## Library comparison: plain TypeScript, arquero, danfojs-node

The same computation on the same parsed rows; "warm per call" is the mean of ${20} calls after the first, "first call"
is the first in the process (run 1: includes JIT and, for arquero, compiling its expressions). Each result is compared
with the figure's own table.

${librarySection(r)}

## Peak memory

${memorySection(r)}

## Bytes each live request would fetch

The catalog's requests in the order \`npm run fetch\` sends them (for CBS first TableInfos, to skip unchanged tables),
with the size of the response the mirror recorded for that request. "unknown" means the mirror holds no recording.

${requestsSection(r)}

${explanations(r)}
`;
}

/** The analysis: kept with the numbers it refers to, so it stays true when they change. */
function explanations(r: BenchResult): string {
  const s = r.samples;
  const out: string[] = ["## Findings and explanations", ""];
  const ratio = med(s.get("dataStage")) / med(s.get("lowerBound"));
  out.push(
    `**Data stage (${ratioText(ratio)} the lower bound).** The lower bound only reads and JSON-parses ${fmtBytes(r.lowerBoundBytes)};` +
      ` the data stage also verifies every file's sha256 against its sidecar, trims and copies every CBS row, expands JSON-stat` +
      ` into one object per cell, and then every figure loads its sources again and builds arquero tables.` +
      ` All of it is in milliseconds: a few milliseconds more or less on a busy machine move the ratio by a lot.`,
    "",
  );
  const renderer = med(s.get("outputs:renderer"));
  const launch = med(s.get("outputs:launchOnly"));
  const full = med(s.get("figuresCli"));
  const noImg = med(s.get("figuresCliNoImages"));
  out.push(
    `**Warm \`npm run figures\` (${fmtMs(full)}).** Without images it takes ${fmtMs(noImg)}, of which ${fmtMs(med(s.get("tsxStart")))} is Node + tsx` +
      ` start-up and ${fmtMs(med(s.get("npmStart")))} npm's own. The images cost ${fmtMs(full - noImg)}: Chromium's start-up (${fmtMs(launch)}),` +
      ` loading plotly.js into the page (${fmtMs(renderer - launch)}) and two exports (SVG, PNG) per figure.`,
    "",
  );
  if (!r.skipNotebooks) {
    const n = r.notebooks.length;
    const total = med(s.get("notebooks"));
    const probe = med(s.get("probe:total"));
    const part = (p: string) => med(s.get(`probe:${p}`));
    out.push(
      `**Notebooks (${fmtMs(total)} for ${n}, ${fmtMs(total / Math.max(n, 1))} each).** Each notebook runs in its own nbconvert process` +
        ` with a fresh tslab kernel, so the fixed cost is paid ${n} times: nbconvert and kernel start-up and shutdown` +
        ` ${fmtMs(med(s.get("probe:outsideCells")))} (Python + nbconvert alone: ${fmtMs(med(s.get("probe:nbconvertStart")))}), tslab's first compile` +
        ` ${fmtMs(part(PROBE_CELLS[0].part))}, danfojs-node ${fmtMs(part(PROBE_CELLS[1].part))} (its runtime import alone: ${fmtMs(med(s.get("import:danfojs-node")))}),` +
        ` and the TypeScript compile of the src/ modules a notebook imports: render.ts ${fmtMs(part(PROBE_CELLS[2].part))},` +
        ` the figure registry ${fmtMs(part(PROBE_CELLS[3].part))}, the notebook helpers ${fmtMs(part(PROBE_CELLS[4].part))}.` +
        ` The probe notebook, which does nothing but these imports, takes ${fmtMs(probe)} end to end.`,
      "",
    );
  }
  const req = requestTotals(r.requests);
  out.push(
    `**Live requests (${fmtBytes(req.bytes)} known).** The catalog filters CBS tables at the API (\`$filter\`, \`$select\`), so` +
      ` no request takes a whole multi-dimensional table.` +
      (req.unknown ? ` ${req.unknown} request(s) have no recording in the mirror and are listed as unknown, not estimated.` : ""),
    "",
  );
  return out.join("\n");
}
