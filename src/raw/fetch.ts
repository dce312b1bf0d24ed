// Fills data/raw/ with every catalogued source: live from CBS and Eurostat, or copied from a
// mirror (MIGRATIE_MIRROR) with each file's sha256 verified against its sidecar.
// Nothing is stored before it has been read whole and parsed in its official format (HTML error
// pages, truncated JSON, another table or dataset, renamed columns are refused), and storing is
// atomic: a failing source leaves the previous good file and its sidecar exactly as they were.
// A live source is downloaded again only when the producer's table changed (CBS TableInfos.Modified,
// Eurostat `updated`) unless `refresh`; the sidecar's `checked` records what was compared.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CbsSource, Endpoints, EurostatSource, Source } from "../catalog/sources";
import { metadataUrl, requestUrl, sourceUrl, validateSource } from "../catalog/sources";
import { parseCbsCsv } from "../parse/cbs-csv";
import { parseCbsODataDoc, parseJsonText, ParseError, requireColumns, type CbsODataDocument } from "../parse/cbs-odata";
import { parseJsonStat, type JsonStatDataset } from "../parse/jsonstat";
import { DownloadError, httpGet, type HttpOptions } from "./http";
import { RawDataError, rawPath, readSidecar, removeStaleTemps, sha256, storeRaw, verifyBytes, writeSidecar, type Sidecar } from "./store";

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

export interface FetchOptions {
  rawDir: string;
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
      o = { source: s, status: "failed", message: describeFailure(s, e) };
    }
    outcomes.push(o);
    opts.onDone?.(o, i, sources.length);
  }
  return outcomes;
}

function describeFailure(s: Source, e: unknown): string {
  if (e instanceof DownloadError || e instanceof ParseError || e instanceof RawDataError || e instanceof FetchError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code) return `${s.file}: ${err.message}`; // a file system error names its path
  return `${s.id} (${s.file}): unexpected ${err?.name ?? "error"}: ${err?.message ?? String(e)}`;
}

/** Creates the raw folder and proves it writable with a real file (permission bits say little for root). */
function prepareRawDir(rawDir: string): void {
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

type Parsed = { format: "cbs-odata-v3-json"; doc: CbsODataDocument } | { format: "cbs-csv" } | { format: "jsonstat-2.0"; ds: JsonStatDataset };

/** Parses bytes in the source's official format and checks they are the source's table: nothing unreadable is stored. */
function checkContent(s: Source, bytes: Buffer, where: string): Parsed {
  const text = bytes.toString("utf8");
  if (s.format === "cbs-csv") {
    if (parseCbsCsv(text, where).length === 0) throw new ParseError(where, "holds no rows");
    return { format: "cbs-csv" };
  }
  if (s.format === "jsonstat-2.0") {
    const ds = parseJsonStat(text, where, s.provider === "Eurostat" ? s.dataset : undefined);
    return { format: "jsonstat-2.0", ds };
  }
  const doc = parseCbsODataDoc(parseJsonText(text, where), where);
  if (s.provider === "CBS") checkCbsIdentity(s, doc, where);
  if (doc.rows.length === 0) throw new ParseError(where, "holds no rows: the request matches nothing, or the table was emptied");
  return { format: "cbs-odata-v3-json", doc };
}

function checkCbsIdentity(s: CbsSource, doc: CbsODataDocument, where: string, entity = s.entity): void {
  if (doc.table && doc.table.toLowerCase() !== s.table.toLowerCase()) {
    throw new ParseError(where, `is CBS table ${doc.table}, expected ${s.table}`);
  }
  if (doc.entity && doc.entity !== entity) throw new ParseError(where, `is CBS ${doc.entity}, expected ${entity}`);
}

/** The columns (CBS) or dimensions (Eurostat) of parsed content. */
function shapeOf(p: Parsed): string[] {
  if (p.format === "cbs-odata-v3-json") return Object.keys(p.doc.rows[0] ?? {});
  if (p.format === "jsonstat-2.0") return p.ds.dimensions.map((d) => d.id);
  return [];
}

/**
 * Schema drift: the new content must have every column the catalog selects, and every column or
 * dimension our current copy of the same request has. A renamed measure is refused, not stored.
 */
function checkSchema(s: Source, fresh: Parsed, current: GoodCopy | undefined, sameRequest: boolean, where: string): void {
  if (fresh.format === "cbs-odata-v3-json" && s.provider === "CBS" && s.query?.select) requireColumns(fresh.doc, s.query.select, where);
  if (!current || !sameRequest) return;
  let before: Parsed;
  try {
    before = checkContent(s, current.bytes, current.path);
  } catch {
    return; // our copy is unreadable itself: nothing to compare with
  }
  const now = new Set(shapeOf(fresh));
  const lost = shapeOf(before).filter((c) => !now.has(c));
  if (lost.length) {
    const what = fresh.format === "jsonstat-2.0" ? "dimension(s)" : "column(s)";
    throw new ParseError(
      where,
      `lacks ${what} ${lost.join(", ")} that our current copy ${current.path} has (now: ${[...now].join(", ")}): ` +
        `the producer changed the table's schema? The current file is kept; check the catalog and the figure code.`,
    );
  }
}

// ---------------------------------------------------------------- mirror

export function copyFromMirror(s: Source, mirror: string, opts: FetchOptions): FetchOutcome {
  const from = path.join(mirror, ...s.file.split("/"));
  const to = rawPath(opts.rawDir, s);
  if (!fs.existsSync(from)) {
    if (fs.existsSync(`${from}.origin.json`)) throw new RawDataError(from, "the mirror has a sidecar but no data file");
    return { source: s, status: "missing", message: `${s.file} is not in the mirror ${mirror}` };
  }
  const sc = readSidecar(from);
  const bytes = fs.readFileSync(from);
  verifyBytes(from, bytes, sc);
  const id = s.provider === "CBS" ? s.table : s.dataset;
  const scId = sc.provider === "CBS" ? sc.table : sc.dataset;
  if (sc.provider !== s.provider || (scId && scId.toLowerCase() !== id.toLowerCase())) {
    throw new RawDataError(from, `sidecar says ${sc.provider} ${scId}, the catalog expects ${s.provider} ${id}`);
  }
  checkContent(s, bytes, from); // a checksum proves the bytes are the mirror's, not that they are data
  if (fs.existsSync(to)) {
    try {
      const mine = readSidecar(to);
      if (mine.sha256 === sc.sha256 && sha256(fs.readFileSync(to)) === sc.sha256) {
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
function currentCopy(to: string): { exists: boolean; good?: GoodCopy } {
  if (!fs.existsSync(to)) return { exists: false };
  try {
    const sidecar = readSidecar(to);
    const bytes = fs.readFileSync(to);
    verifyBytes(to, bytes, sidecar);
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
  doc: CbsODataDocument;
  next?: string;
}

async function getCbsPage(s: CbsSource, url: string, opts: FetchOptions, entity = s.entity): Promise<CbsPage> {
  const res = await httpGet(url, opts.http);
  const raw = parseJsonText(res.body.toString("utf8"), url) as Record<string, unknown>;
  const doc = parseCbsODataDoc(raw, url); // throws on odata.error, HTML, a missing value array
  checkCbsIdentity(s, doc, url, entity);
  const next = typeof raw["odata.nextLink"] === "string" ? nextPageUrl(raw["odata.nextLink"] as string, url) : undefined;
  return { url, body: res.body, metadata: doc.metadata, rows: raw.value as Record<string, unknown>[], doc, next };
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
function isRowLimitRefusal(e: unknown): boolean {
  const reason = e instanceof DownloadError && e.status !== undefined ? e.reason : e instanceof ParseError && /CBS OData error/.test(e.reason) ? e.reason : "";
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
      throw new ParseError(next, `page ${pages.length + 1} has columns ${Object.keys(page.rows[0]).join(", ")}, page 1 had ${columns}: the table changed while paging?`);
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
      if (!isRowLimitRefusal(e)) throw e;
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
  const copy = currentCopy(to);
  // TableInfos first: its Modified decides whether to download, and is the vintage recorded in the sidecar.
  const infoUrl = metadataUrl(s, { endpoints })!;
  let pending = opts.tableInfos.get(infoUrl);
  if (!pending) {
    pending = getCbsPage(s, infoUrl, opts, "TableInfos");
    opts.tableInfos.set(infoUrl, pending);
    pending.catch(() => opts.tableInfos.delete(infoUrl)); // a failure is not remembered: the next source asks again
  }
  const info = await pending;
  const m = info.doc.rows[0]?.Modified;
  const modified = typeof m === "string" ? m : undefined;
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
  const parsed = checkContent(s, got.body, got.wire);
  checkSchema(s, parsed, copy.good, copy.good !== undefined && copy.good.sidecar.url === got.url, got.wire);
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
  const copy = currentCopy(to);
  const sameRequest = copy.good?.sidecar.url === url;
  let checked: NonNullable<Sidecar["checked"]> | undefined;
  if (copy.good && !opts.refresh && sameRequest && copy.good.sidecar.tableModified) {
    // Eurostat has no metadata-only response: the same request cut to its last period carries the dataset's `updated`.
    const probeUrl = metadataUrl(s, { endpoints })!;
    const probe = parseJsonStat((await httpGet(probeUrl, opts.http)).body.toString("utf8"), probeUrl, s.dataset);
    const result = decide(opts.refresh, copy, sameRequest, probe.updated);
    checked = { at: nowIso(opts), method: "Eurostat updated", url: probeUrl, producerModified: probe.updated, previous: copy.good.sidecar.tableModified, result };
    if (result === "unchanged") return keepCurrent(s, to, copy.good, checked);
  }
  const res = await httpGet(wire, opts.http);
  const parsed = checkContent(s, res.body, wire); // HTML, truncation, another dataset
  const ds = (parsed as Extract<Parsed, { format: "jsonstat-2.0" }>).ds;
  checkSchema(s, parsed, copy.good, sameRequest, wire);
  checked ??= {
    at: nowIso(opts),
    method: "Eurostat updated",
    url: wire,
    producerModified: ds.updated,
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
    tableModified: ds.updated,
    kind: "recorded",
    checked,
  });
  return { source: s, status: "downloaded", bytes: res.body.length };
}
