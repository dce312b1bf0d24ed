// Fills data/raw/ with every catalogued source: live from CBS and Eurostat, or copied from a
// mirror (MIGRATIE_MIRROR) with each file's sha256 verified against its sidecar.
// Nothing is stored before it has been read whole and parsed in its official format (HTML error
// pages, truncated JSON, another table or dataset, renamed columns are refused), and storing is
// atomic: a failing source leaves the previous good file and its sidecar exactly as they were.
// The format checks come in as FetchOptions.content (parse/content-check.ts's OFFICIAL_FORMATS):
// raw/ never imports parse/, whose loaders read raw/store's verified files (raw <- parse).
// A live source is downloaded again only when the producer's table changed (CBS TableInfos.Modified,
// Eurostat `updated`) unless `refresh`; the sidecar's `checked` records what was compared.
// The steps, one job per file: fetch-options.ts (what a run is given and reports), http.ts (requests
// with retries), content-checks.ts, refresh.ts (conditional re-fetch), mirror-copy.ts,
// cbs-download.ts, eurostat-download.ts; this file runs them over the sources.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Source } from "../catalog/sources";
import { sourceById, validateSource } from "../catalog/sources";
import { downloadCbs, type CbsRun } from "./cbs-download";
import { downloadEurostat } from "./eurostat-download";
import { FetchError, type ContentReader, type FetchOptions, type FetchOutcome } from "./fetch-options";
import { DownloadError } from "./http";
import { copyFromMirror } from "./mirror-copy";
import { RawDataError, rawPath, refuseShippedVintage, removeStaleTemps } from "./store";

export type { FetchOptions, FetchOutcome, FetchStatus } from "./fetch-options";

/** Fetches the given sources one by one; a failing source is reported and the others go on. */
export async function fetchSources(sources: Source[], opts: FetchOptions): Promise<FetchOutcome[]> {
  sources.forEach(validateSource); // refuse bad ids before any request or file access
  prepareRawDir(opts.rawDir); // refuse an unwritable raw folder before any request
  const outcomes: FetchOutcome[] = [];
  const run: CbsRun = { ...opts, tableInfos: new Map() };
  for (const [i, s] of sources.entries()) {
    opts.onStart?.(s, i, sources.length);
    let o: FetchOutcome;
    try {
      o = opts.mirror ? copyFromMirror(s, opts.mirror, opts) : await download(s, run);
    } catch (e) {
      o = { source: s, status: "failed", message: describeFailure(s, e, opts.content) };
    }
    outcomes.push(o);
    opts.onDone?.(o, i, sources.length);
    if (o.status === "failed" && opts.stopOnFailure) break;
  }
  return outcomes;
}

export interface FetchMissingOptions {
  rawDir: string;
  mirror?: string;
  content: ContentReader;
  fetchHandlers?: Pick<FetchOptions, "onStart" | "onDone">;
  log?: (line: string) => void;
}

/**
 * Fetches (from the mirror, or live) only the catalogued files that these figures read and that
 * are not in rawDir yet. Takes anything that lists catalog ids (a figure module does), so that
 * raw/ does not depend on figures/.
 */
export async function fetchMissing(
  readers: { sourceIds: string[] }[],
  opts: FetchMissingOptions,
): Promise<FetchOutcome[]> {
  const wanted = [...new Set(readers.flatMap((m) => m.sourceIds))].map(sourceById);
  const absent = wanted.filter((s) => !fs.existsSync(rawPath(opts.rawDir, s)));
  if (!absent.length) return [];
  opts.log?.(`Fetching ${absent.length} missing source(s) ${opts.mirror ? `from mirror ${opts.mirror}` : "live"}`);
  return fetchSources(absent, {
    rawDir: opts.rawDir,
    mirror: opts.mirror,
    content: opts.content,
    ...opts.fetchHandlers,
  });
}

function describeFailure(s: Source, e: unknown, content: ContentReader): string {
  if (e instanceof DownloadError || content.isContentError(e) || e instanceof RawDataError || e instanceof FetchError)
    return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code) return `${s.file}: ${err.message}`; // a file system error names its path
  return `${s.id} (${s.file}): unexpected ${err?.name ?? "error"}: ${err?.message ?? String(e)}`;
}

/** Creates the raw folder and proves it writable with a real file (permission bits say little for root). */
function prepareRawDir(rawDir: string): void {
  refuseShippedVintage(rawDir);
  try {
    fs.mkdirSync(rawDir, { recursive: true });
    const probe = path.join(rawDir, `.write-test.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (e) {
    throw new FetchError(`${rawDir}: cannot write raw data here (${(e as Error).message})`);
  }
  removeStaleTemps(rawDir); // left by a fetch that was killed mid-write
}

async function download(s: Source, opts: CbsRun): Promise<FetchOutcome> {
  if (s.provider === "CBS" && s.mirrorOnly) {
    return {
      source: s,
      status: "missing",
      message: `${s.file} is a recorded StatLine export without a stable API URL: only available from a mirror (MIGRATIE_MIRROR)`,
    };
  }
  return s.provider === "CBS" ? downloadCbs(s, opts) : downloadEurostat(s, opts);
}
