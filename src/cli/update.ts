// npm run update [-- --no-images] [--raw <dir>] [--out <dir>] [--limit 30] [--lang en]
// Brings in the newest data: downloads every catalogued source live into data/raw/ (only what the
// producer changed since our copy), writes out/update.md and prints what changed against the
// shipped annex vintage per figure (the vintage diff: report/diff-read.ts reads, report/diff.ts
// compares, report/diff-markdown.ts writes update.md), then builds every figure
// in latest mode from data/raw/. Offline, or when any download fails, it stops within seconds,
// names the host or file, exits non-zero and leaves data/ as it was apart from complete, verified
// files in data/raw/ (fetching stores atomically and verifies before storing).
import * as dns from "node:dns";
import * as fs from "node:fs";
import * as path from "node:path";
import { Command } from "commander";
import { buildAll } from "../build";
import { ENDPOINTS, SOURCES, type Endpoints, type Source } from "../catalog/sources";
import { checkLang, envLang } from "../config";
import { FIGURES } from "../figures/index";
import type { FigureModule } from "../figures/types";
import type { Lang } from "../i18n/index";
import { writeFileAtomic } from "../io/atomic-write";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { annexVintageDir, defaultOutDir, defaultRawDir, langOutDir } from "../paths";
import { dataLine, rawData } from "../raw/data-source";
import { fetchSources, type FetchOptions, type FetchOutcome } from "../raw/fetch";
import type { HttpOptions } from "../raw/http";
import { progressHandlers } from "../raw/progress";
import { diffSummary, updateMarkdown } from "../report/diff-markdown";
import { diffRawFolders } from "../report/diff-read";
import { startRun } from "../outputs/run-guard";

export interface UpdateOptions {
  rawDir: string;
  outDir: string;
  /** Default: every catalogued source. */
  sources?: Source[];
  /** Default: every figure. */
  figures?: FigureModule[];
  /** API base URLs (default the producers'); tests point them at a local fake server. */
  endpoints?: Endpoints;
  http?: HttpOptions;
  images?: boolean;
  /** Rows per list printed on the terminal (out/update.md has all). */
  limit?: number;
  /** The language of update.md and of the figures (default nl). */
  lang?: Lang;
  fetchHandlers?: Pick<FetchOptions, "onStart" | "onDone">;
  log?: (line: string) => void;
  /** Where the diff goes on the terminal (default stdout). */
  print?: (text: string) => void;
  /** How long the host check may take before the network counts as unreachable. */
  lookupTimeoutMs?: number;
}

export interface UpdateResult {
  ok: boolean;
  fetched: FetchOutcome[];
  /** out/update.md, when the downloads succeeded. */
  report?: string;
}

export class UpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UpdateError";
  }
}

/** The API hosts the sources are downloaded from. */
function hostsOf(sources: Source[], endpoints: Endpoints): string[] {
  const base = (s: Source) => (s.provider === "CBS" ? [endpoints.cbsApi, endpoints.cbsFeed] : [endpoints.eurostatApi]);
  return [
    ...new Set(
      sources
        .filter((s) => !(s.provider === "CBS" && s.mirrorOnly))
        .flatMap(base)
        .map((u) => new URL(u).hostname),
    ),
  ];
}

/** Fails at once, naming the host, when a producer's host does not resolve (offline): before anything is written. */
async function checkHosts(hosts: string[], timeoutMs: number): Promise<void> {
  for (const host of hosts) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      await Promise.race([dns.promises.lookup(host), timeout]);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new UpdateError(
        `cannot reach ${host}: ${err.code === "ENOTFOUND" || err.code === "EAI_AGAIN" ? `host not found (${err.code}; no network?)` : err.message}. Nothing was downloaded; data/ is unchanged.`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

export async function runUpdate(opts: UpdateOptions): Promise<UpdateResult> {
  const log = opts.log ?? (() => {});
  const print = opts.print ?? ((t: string) => process.stdout.write(t));
  const sources = opts.sources ?? SOURCES;
  const figures = opts.figures ?? FIGURES;
  const endpoints = opts.endpoints ?? ENDPOINTS;
  const rawDir = path.resolve(opts.rawDir);

  await checkHosts(hostsOf(sources, endpoints), opts.lookupTimeoutMs ?? 5_000);
  const existed = fs.existsSync(rawDir);
  log(`Downloading the newest data live into ${rawDir} (${sources.length} sources; only what the producer changed)`);
  const fetched = await fetchSources(sources, {
    rawDir,
    content: OFFICIAL_FORMATS,
    endpoints,
    http: opts.http,
    stopOnFailure: true, // one failure (offline, a server down) ends the update at once
    ...opts.fetchHandlers,
  });
  const failed = fetched.filter((o) => o.status === "failed");
  if (failed.length) {
    // A raw folder made by this run and still empty is removed again: data/ stays as it was.
    if (!existed && fs.existsSync(rawDir) && fs.readdirSync(rawDir).length === 0) fs.rmdirSync(rawDir);
    for (const f of failed) log(`ERROR ${f.message}`);
    log(
      `Update stopped: ${failed.map((f) => f.source.file).join(", ")} failed. Files already downloaded are complete and verified; nothing else under data/ changed.`,
    );
    return { ok: false, fetched };
  }

  const count = (st: string) => fetched.filter((x) => x.status === st).length;
  log(`Downloaded ${count("downloaded")}, ${count("up-to-date")} up to date, ${count("missing")} not available live`);
  const data = rawData(rawDir);
  const lang = opts.lang ?? "nl";
  const diff = diffRawFolders(annexVintageDir(), rawDir, figures, { lang });
  // Beside this language's figures: out/ (nl) or out/en/.
  const report = path.join(langOutDir(opts.outDir, lang), "update.md");
  const input = { data: dataLine(data, lang), fetched, diff };
  fs.mkdirSync(path.dirname(report), { recursive: true });
  writeFileAtomic(report, updateMarkdown(input, { lang }));
  print(updateMarkdown(input, { lang, limit: opts.limit ?? 30 }));
  log(`${diffSummary(diff, lang)} -> ${report}`);

  log(`Building every figure in latest mode from ${rawDir}`);
  const built = await buildAll({ data, outDir: opts.outDir, mode: "latest", figures, images: opts.images, lang, log });
  for (const f of built.figures)
    log(`  ${f.status.padEnd(10)} ${f.id}${f.status === "built" ? `  -> ${f.dir}` : `  ${f.message}`}`);
  const ok = !built.figures.some((f) => f.status === "failed") && !built.fetched.some((f) => f.status === "failed");
  return { ok, fetched, report };
}

async function main() {
  const program = new Command()
    .name("update")
    .description(
      "Download the newest data into data/raw, report what changed against the shipped annex vintage (out/update.md), build every figure in latest mode",
    )
    .option("--no-images", "skip SVG and PNG (no Chromium needed)")
    .option("--raw <dir>", "raw data folder (default: $MIGRATIE_RAW or data/raw)")
    .option("--out <dir>", "output folder (default: $MIGRATIE_OUT or out)")
    .option("--limit <n>", "rows per list on the terminal (out/update.md has all)", "30")
    .option("--lang <lang>", "nl: Dutch (default; out/); en: English (out/en/) (also $MIGRATIE_LANG)")
    .parse();
  const o = program.opts<{ images: boolean; raw?: string; out?: string; limit: string; lang?: string }>();
  const log = (l: string) => process.stderr.write(l + "\n");
  const rawDir = o.raw ?? defaultRawDir();
  const outDir = o.out ?? defaultOutDir();
  // One run per output folder and per raw folder; signals end it honestly (outputs/run-guard.ts).
  startRun({ outDir, rawDir, log });
  const progress = progressHandlers();
  try {
    const r = await runUpdate({
      rawDir,
      outDir,
      images: o.images,
      limit: Number(o.limit),
      lang: o.lang !== undefined ? checkLang(o.lang, "--lang") : envLang(),
      fetchHandlers: progress,
      http: { onRetry: (x) => log(`  retry ${x.attempt} in ${Math.round(x.waitMs / 1000)} s: ${x.url}: ${x.reason}`) },
      log,
    });
    process.exitCode = r.ok ? 0 : 1;
  } finally {
    progress.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
