// Fills data/raw/ with every catalogued source: live from CBS and Eurostat, or copied from a
// mirror (MIGRATIE_MIRROR) with each file's sha256 verified against its sidecar.
// Nothing is stored before it has been read whole and parsed in its official format (HTML error
// pages, truncated JSON, another table or dataset, renamed columns are refused), and storing is
// atomic: a failing source leaves the previous good file and its sidecar exactly as they were.
// The format checks come in as FetchOptions.content (parse/content-check.ts's OFFICIAL_FORMATS):
// raw/ never imports parse/, whose loaders read raw/store's verified files (raw <- parse).
// A live source is downloaded again only when the producer's table changed (CBS TableInfos.Modified,
// Eurostat `updated`) unless `refresh`; the sidecar's `checked` records what was compared.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CbsSource, Endpoints, EurostatSource, Source } from "../catalog/sources";
import { metadataUrl, requestUrl, sourceById, sourceUrl, validateSource } from "../catalog/sources";
import { DownloadError, httpGet, type HttpOptions } from "./http";
import { lexists, RawDataError, rawPath, readSidecar, readVerified, refuseShippedVintage, removeStaleTemps, sha256, storeRaw, verifyBytes, writeSidecar, type Sidecar } from "./store";

export type FetchStatus =
  | "downloaded" // new bytes from the producer
  | "up-to-date" // the producer's table did not change since our copy
  | "copied" // copied from the mirror and verified
  | "unchanged" // the mirror's file equals ours already
  | "missing" // not in the mirror (or a mirror-only file without a mirror): figures report needs-data
  | "failed";

export interface FetchOutcome {
  source: Source;
  status: FetchStatus;
  message?: string;
  bytes?: number;
}

/** What a content check found: enough to compare schemas and to date the vintage. */
export interface CheckedContent {
  /** The columns (CBS OData) or dimensions (JSON-stat) to compare with our current copy; [] for CSV. */
  shape: string[];
  /** JSON-stat's `updated`: Eurostat's modification date of the dataset. */
  updated?: string;
}

/** One page of a CBS OData response. */
export interface CbsPageContent {
  /** odata.metadata */
  metadata: string;
  /** The rows as sent (keys and padding unchanged). */
  rows: Record<string, unknown>[];
  /** odata.nextLink as sent, when there is a next page. */
  nextLink?: string;
  /** TableInfos' Modified, when the page is a TableInfos response. */
  modified?: string;
}

/** The producers' formats as fetching needs them; parse/content-check.ts's OFFICIAL_FORMATS. */
export interface ContentReader {
  /**
   * Reads text whole in the source's official format and throws (naming `where`) unless it is the
   * source's table with rows; requiredColumns: the catalog's $select, checked on fresh downloads.
   */
  check(s: Source, text: string, where: string, requiredColumns?: string[]): CheckedContent;
  /** Reads one page of a CBS OData response and throws unless it is the source's table and `entity`. */
  cbsPage(s: CbsSource, text: string, where: string, entity: string): CbsPageContent;
  /** True for the errors check and cbsPage throw: their message names the file and the reason. */
  isContentError(e: unknown): e is Error & { reason: string };
}

export interface FetchOptions {
  rawDir: string;
  /** How downloads are checked before they are stored (OFFICIAL_FORMATS from parse/content-check.ts). */
  content: ContentReader;
  /** Copy from this mirror instead of downloading. */
  mirror?: string;
  /** Download again even when the producer's table did not change. */
  refresh?: boolean;
  http?: HttpOptions;
  /** API base URLs (default: the producers', from the catalog). Tests point them at a local fake server. */
  endpoints?: Endpoints;
  onStart?: (s: Source, index: number, total: number) => void;
  onDone?: (o: FetchOutcome, index: number, total: number) => void;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Stop at the first failing source, leaving the rest untouched (npm run update: offline fails at once). */
  stopOnFailure?: boolean;
}

/** One fetch run: its options plus what it learnt once for all sources of a table. */
interface FetchRun extends FetchOptions {
  /** TableInfos per CBS table, asked once per run however many sources the table has. */
  tableInfos: Map<string, Promise<CbsPage>>;
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

/** Fetches the given sources one by one; a failing source is reported and the others go on. */
export async function fetchSources(sources: Source[], opts: FetchOptions): Promise<FetchOutcome[]> {
  sources.forEach(validateSource); // refuse bad ids before any request or file access
  prepareRawDir(opts.rawDir); // refuse an unwritable raw folder before any request
  const outcomes: FetchOutcome[] = [];
  const run: FetchRun = { ...opts, tableInfos: new Map() };
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
export async function fetchMissing(readers: { sourceIds: string[] }[], opts: FetchMissingOptions): Promise<FetchOutcome[]> {
  const wanted = [...new Set(readers.flatMap((m) => m.sourceIds))].map(sourceById);
  const absent = wanted.filter((s) => !fs.existsSync(rawPath(opts.rawDir, s)));
  if (!absent.length) return [];
  opts.log?.(`Fetching ${absent.length} missing source(s) ${opts.mirror ? `from mirror ${opts.mirror}` : "live"}`);
  return fetchSources(absent, { rawDir: opts.rawDir, mirror: opts.mirror, content: opts.content, ...opts.fetchHandlers });
}

function describeFailure(s: Source, e: unknown, content: ContentReader): string {
  if (e instanceof DownloadError || content.isContentError(e) || e instanceof RawDataError || e instanceof FetchError) return e.message;
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

const nowIso = (opts: FetchOptions) => (opts.now ? opts.now() : new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");

// ---------------------------------------------------------------- content checks

/** The content check of a download or a mirror file: nothing unreadable is stored. */
function check(s: Source, bytes: Buffer, where: string, opts: FetchOptions, requiredColumns?: string[]): CheckedContent {
  return opts.content.check(s, bytes.toString("utf8"), where, requiredColumns);
}

/**
 * Schema drift: the new content must have every column the catalog selects (checked with the
 * content), and every column or dimension our current copy of the same request has. A renamed
 * measure is refused, not stored.
 */
function checkSchema(s: Source, fresh: CheckedContent, current: GoodCopy | undefined, sameRequest: boolean, where: string, opts: FetchOptions): void {
  if (!current || !sameRequest) return;
  let before: CheckedContent;
  try {
    before = check(s, current.bytes, current.path, opts);
  } catch {
    return; // our copy is unreadable itself: nothing to compare with
  }
  const now = new Set(fresh.shape);
  const lost = before.shape.filter((c) => !now.has(c));
  if (lost.length) {
    const what = s.format === "jsonstat-2.0" ? "dimension(s)" : "column(s)";
    throw new FetchError(
      `${where}: lacks ${what} ${lost.join(", ")} that our current copy ${current.path} has (now: ${[...now].join(", ")}): ` +
        `the producer changed the table's schema? The current file is kept; check the catalog and the figure code.`,
    );
  }
}

// ---------------------------------------------------------------- mirror

export function copyFromMirror(s: Source, mirror: string, opts: FetchOptions): FetchOutcome {
  const from = path.join(mirror, ...s.file.split("/"));
  const to = rawPath(opts.rawDir, s);
  if (!lexists(from)) {
    if (lexists(`${from}.origin.json`)) throw new RawDataError(from, "the mirror has a sidecar but no data file");
    return { source: s, status: "missing", message: `${s.file} is not in the mirror ${mirror}` };
  }
  // Only regular files inside the mirror, of the sidecar's size: no FIFO, device or link out of it.
  const { bytes, sidecar: sc } = readVerified(from, mirror);
  const id = s.provider === "CBS" ? s.table : s.dataset;
  const scId = sc.provider === "CBS" ? sc.table : sc.dataset;
  if (sc.provider !== s.provider || (scId && scId.toLowerCase() !== id.toLowerCase())) {
    throw new RawDataError(from, `sidecar says ${sc.provider} ${scId}, the catalog expects ${s.provider} ${id}`);
  }
  check(s, bytes, from, opts); // a checksum proves the bytes are the mirror's, not that they are data
  if (lexists(to)) {
    try {
      if (readVerified(to, opts.rawDir).sidecar.sha256 === sc.sha256) {
        return { source: s, status: "unchanged", bytes: bytes.length };
      }
    } catch {
      // our copy is damaged: replace it with the verified mirror file
    }
  }
  const notes = [sc.notes];
  const catalogUrl = sourceUrl(s);
  if (catalogUrl && sc.url && sc.url !== catalogUrl) {
    notes.push(`The mirror's request differs from this project's catalog request (${catalogUrl}).`);
  }
  const sidecar: Sidecar = {
    ...sc,
    notes: notes.filter(Boolean).join(" ") || undefined,
    copiedFrom: { mirror: path.resolve(mirror), at: nowIso(opts) },
  };
  storeRaw(to, bytes, sidecar);
  return { source: s, status: "copied", bytes: bytes.length };
}

// ---------------------------------------------------------------- live

async function download(s: Source, opts: FetchRun): Promise<FetchOutcome> {
  if (s.provider === "CBS" && s.mirrorOnly) {
    return {
      source: s,
      status: "missing",
      message: `${s.file} is a recorded StatLine export without a stable API URL: only available from a mirror (MIGRATIE_MIRROR)`,
    };
  }
  return s.provider === "CBS" ? downloadCbs(s, opts) : downloadEurostat(s, opts);
}

interface GoodCopy {
  path: string;
  sidecar: Sidecar;
  bytes: Buffer;
}

/** Our current copy: verified against its sidecar, or known to be damaged. */
function currentCopy(to: string, rawDir: string): { exists: boolean; good?: GoodCopy } {
  if (!lexists(to)) return { exists: false };
  try {
    const { bytes, sidecar } = readVerified(to, rawDir);
    return { exists: true, good: { path: to, sidecar, bytes } };
  } catch {
    return { exists: true }; // damaged copy: download again
  }
}

type CheckResult = "unchanged" | "changed" | "new" | "refresh" | "request changed" | "damaged copy" | "unknown";

/** Whether to download: only when the producer's modification date differs from our copy's (or cannot be compared). */
function decide(refresh: boolean | undefined, copy: { exists: boolean; good?: GoodCopy }, sameRequest: boolean, producerModified: string | undefined): CheckResult {
  if (!copy.exists) return "new";
  if (!copy.good) return "damaged copy";
  if (refresh) return "refresh";
  if (!sameRequest) return "request changed";
  if (!producerModified || !copy.good.sidecar.tableModified) return "unknown";
  return producerModified === copy.good.sidecar.tableModified ? "unchanged" : "changed";
}

function keepCurrent(s: Source, to: string, good: GoodCopy, checked: NonNullable<Sidecar["checked"]>): FetchOutcome {
  writeSidecar(to, { ...good.sidecar, checked }); // the data file is not touched
  return { source: s, status: "up-to-date", message: `not modified since ${checked.producerModified} (${checked.method})`, bytes: good.bytes.length };
}

// ---------------------------------------------------------------- CBS

const CBS_ROW_LIMIT = 10_000;
/** Far above any table this project reads (a million rows): a guard against a nextLink loop. */
const CBS_MAX_PAGES = 100;

interface CbsPage {
  url: string;
  body: Buffer;
  metadata: string;
  /** The rows as sent (keys and padding unchanged). */
  rows: Record<string, unknown>[];
  /** TableInfos' Modified, on a TableInfos page. */
  modified?: string;
  next?: string;
}

async function getCbsPage(s: CbsSource, url: string, opts: FetchOptions, entity = s.entity): Promise<CbsPage> {
  const res = await httpGet(url, opts.http);
  const page = opts.content.cbsPage(s, res.body.toString("utf8"), url, entity); // throws on odata.error, HTML, a missing value array
  const next = page.nextLink !== undefined ? nextPageUrl(page.nextLink, url) : undefined;
  return { url, body: res.body, metadata: page.metadata, rows: page.rows, modified: page.modified, next };
}

/** odata.nextLink resolved against the page it came from; it must stay on the same host. */
function nextPageUrl(link: string, from: string): string {
  let next: URL;
  try {
    next = new URL(link, from);
  } catch {
    throw new DownloadError(from, `odata.nextLink "${link}" is not a URL`);
  }
  const origin = new URL(from);
  if (origin.protocol === "https:" && next.protocol === "http:") next.protocol = "https:";
  if (next.host !== origin.host || next.protocol !== origin.protocol) {
    throw new DownloadError(from, `odata.nextLink leads to another host (${next.origin}): refusing to follow it`);
  }
  return next.toString().replace(/'/g, "%27");
}

/** The ODataApi refused the request for being over 10,000 rows (an HTTP error or an odata.error saying so). */
function isRowLimitRefusal(e: unknown, content: ContentReader): boolean {
  const reason = e instanceof DownloadError && e.status !== undefined ? e.reason : content.isContentError(e) && /CBS OData error/.test(e.reason) ? e.reason : "";
  return /\b10[.,\s]?000\b/.test(reason); // the reason only: request URLs hold '10000' (Leeftijd) too
}

/** Reads every page from `first` on, following odata.nextLink; a failing page fails the whole source. */
async function readPages(s: CbsSource, first: CbsPage, opts: FetchOptions): Promise<CbsPage[]> {
  const pages = [first];
  const seen = new Set([first.url]);
  const columns = Object.keys(first.rows[0] ?? {}).join(",");
  for (let page = first; page.next; ) {
    const next = page.next;
    if (seen.has(next)) throw new DownloadError(page.url, `odata.nextLink points back to a page already read (${next}): paging loop`);
    if (pages.length >= CBS_MAX_PAGES) throw new DownloadError(first.url, `more than ${CBS_MAX_PAGES} pages of ${CBS_ROW_LIMIT} rows: refusing to read on`);
    seen.add(next);
    page = await getCbsPage(s, next, opts);
    if (page.rows.length && Object.keys(page.rows[0]).join(",") !== columns) {
      throw new FetchError(`${next}: page ${pages.length + 1} has columns ${Object.keys(page.rows[0]).join(", ")}, page 1 had ${columns}: the table changed while paging?`);
    }
    pages.push(page);
  }
  return pages;
}

interface CbsDownload {
  body: Buffer;
  /** The request that returns this content (recorded in the sidecar). */
  url: string;
  /** As sent on the wire (named in errors). */
  wire: string;
  notes?: string;
}

function assemble(pages: CbsPage[], url: string, wire: string, why: string): CbsDownload {
  if (pages.length === 1 && !why) return { body: pages[0].body, url, wire };
  // Several pages: the stored file is their rows, unchanged, in one OData document.
  const rows = pages.flatMap((p) => p.rows);
  const body = Buffer.from(JSON.stringify({ "odata.metadata": pages[0].metadata, value: rows }));
  const notes = `${why}Assembled from ${pages.length} page(s) (${rows.length} rows) of ${url.split("?")[0]} following odata.nextLink; rows unchanged.`;
  return { body, url, wire, notes };
}

async function downloadCbsRows(s: CbsSource, opts: FetchOptions): Promise<CbsDownload> {
  const endpoints = opts.endpoints;
  let why = "";
  if (!s.paged) {
    const url = sourceUrl(s, { endpoints })!;
    const wire = requestUrl(s, { endpoints })!;
    try {
      const first = await getCbsPage(s, wire, opts);
      if (first.next) return assemble(await readPages(s, first, opts), url, wire, "");
      if (first.rows.length < CBS_ROW_LIMIT) return { body: first.body, url, wire };
      why = `ODataApi returned ${first.rows.length} rows, its limit, without odata.nextLink: the result may be cut off, so it was read from ODataFeed. `;
    } catch (e) {
      if (!isRowLimitRefusal(e, opts.content)) throw e;
      why = "ODataApi refused the request for being over 10,000 rows, so it was read from ODataFeed. ";
    }
  }
  // ODataFeed has no row limit: it pages with odata.nextLink.
  const url = sourceUrl(s, { paged: true, endpoints })!;
  const wire = requestUrl(s, { paged: true, endpoints })!;
  return assemble(await readPages(s, await getCbsPage(s, wire, opts), opts), url, wire, why);
}

async function downloadCbs(s: CbsSource, opts: FetchRun): Promise<FetchOutcome> {
  const to = rawPath(opts.rawDir, s);
  const endpoints = opts.endpoints;
  const copy = currentCopy(to, opts.rawDir);
  // TableInfos first: its Modified decides whether to download, and is the vintage recorded in the sidecar.
  const infoUrl = metadataUrl(s, { endpoints })!;
  let pending = opts.tableInfos.get(infoUrl);
  if (!pending) {
    pending = getCbsPage(s, infoUrl, opts, "TableInfos");
    opts.tableInfos.set(infoUrl, pending);
    pending.catch(() => opts.tableInfos.delete(infoUrl)); // a failure is not remembered: the next source asks again
  }
  const info = await pending;
  const modified = info.modified;
  const requests = [sourceUrl(s, { endpoints }), sourceUrl(s, { paged: true, endpoints })];
  const sameRequest = copy.good !== undefined && requests.includes(copy.good.sidecar.url);
  const result = decide(opts.refresh, copy, sameRequest, modified);
  const checked = {
    at: nowIso(opts),
    method: "CBS TableInfos.Modified",
    url: infoUrl,
    producerModified: modified,
    previous: copy.good?.sidecar.tableModified,
    result,
  };
  if (result === "unchanged") return keepCurrent(s, to, copy.good!, checked);

  // A TableInfos source is the metadata response itself: no second request.
  const got: CbsDownload =
    s.entity === "TableInfos" && !s.query && !s.paged ? { body: info.body, url: sourceUrl(s, { endpoints })!, wire: infoUrl } : await downloadCbsRows(s, opts);
  const fresh = check(s, got.body, got.wire, opts, s.query?.select);
  checkSchema(s, fresh, copy.good, copy.good !== undefined && copy.good.sidecar.url === got.url, got.wire, opts);
  storeRaw(to, got.body, {
    file: s.file,
    bytes: got.body.length,
    sha256: sha256(got.body),
    provider: "CBS",
    table: s.table,
    title: s.title,
    url: got.url,
    format: s.format,
    retrieved: nowIso(opts),
    tableModified: modified,
    kind: "recorded",
    notes: got.notes,
    checked,
  });
  return { source: s, status: "downloaded", bytes: got.body.length };
}

// ---------------------------------------------------------------- Eurostat

async function downloadEurostat(s: EurostatSource, opts: FetchOptions): Promise<FetchOutcome> {
  const to = rawPath(opts.rawDir, s);
  const endpoints = opts.endpoints;
  const url = sourceUrl(s, { endpoints })!;
  const wire = requestUrl(s, { endpoints })!;
  const copy = currentCopy(to, opts.rawDir);
  const sameRequest = copy.good?.sidecar.url === url;
  let checked: NonNullable<Sidecar["checked"]> | undefined;
  if (copy.good && !opts.refresh && sameRequest && copy.good.sidecar.tableModified) {
    // Eurostat has no metadata-only response: the same request cut to its last period carries the dataset's `updated`.
    const probeUrl = metadataUrl(s, { endpoints })!;
    const probe = check(s, (await httpGet(probeUrl, opts.http)).body, probeUrl, opts);
    const result = decide(opts.refresh, copy, sameRequest, probe.updated);
    checked = { at: nowIso(opts), method: "Eurostat updated", url: probeUrl, producerModified: probe.updated, previous: copy.good.sidecar.tableModified, result };
    if (result === "unchanged") return keepCurrent(s, to, copy.good, checked);
  }
  const res = await httpGet(wire, opts.http);
  const fresh = check(s, res.body, wire, opts); // HTML, truncation, another dataset
  checkSchema(s, fresh, copy.good, sameRequest, wire, opts);
  checked ??= {
    at: nowIso(opts),
    method: "Eurostat updated",
    url: wire,
    producerModified: fresh.updated,
    previous: copy.good?.sidecar.tableModified,
    result: decide(opts.refresh, copy, sameRequest, undefined),
  };
  storeRaw(to, res.body, {
    file: s.file,
    bytes: res.body.length,
    sha256: sha256(res.body),
    provider: "Eurostat",
    dataset: s.dataset,
    title: s.title,
    url,
    format: s.format,
    retrieved: nowIso(opts),
    tableModified: fresh.updated,
    kind: "recorded",
    checked,
  });
  return { source: s, status: "downloaded", bytes: res.body.length };
}
