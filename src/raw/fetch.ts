// Fills data/raw/ with every catalogued source: live from CBS and Eurostat, or copied from a
// mirror (MIGRATIE_MIRROR) with each file's sha256 verified against its sidecar.
import * as fs from "node:fs";
import * as path from "node:path";
import type { CbsSource, EurostatSource, Source } from "../catalog/sources";
import { metadataUrl, requestUrl, sourceUrl, validateSource } from "../catalog/sources";
import { parseCbsODataDoc, parseJsonText, ParseError, requireColumns } from "../parse/cbs-odata";
import { parseJsonStat } from "../parse/jsonstat";
import { DownloadError, httpGet, type HttpOptions } from "./http";
import { RawDataError, rawPath, readSidecar, sha256, storeRaw, verifyBytes, type Sidecar } from "./store";

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
  onStart?: (s: Source, index: number, total: number) => void;
  onDone?: (o: FetchOutcome, index: number, total: number) => void;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** Fetches the given sources one by one; a failing source is reported and the others go on. */
export async function fetchSources(sources: Source[], opts: FetchOptions): Promise<FetchOutcome[]> {
  sources.forEach(validateSource); // refuse bad ids before any request or file access
  checkWritable(opts.rawDir);
  const outcomes: FetchOutcome[] = [];
  for (const [i, s] of sources.entries()) {
    opts.onStart?.(s, i, sources.length);
    let o: FetchOutcome;
    try {
      o = opts.mirror ? copyFromMirror(s, opts.mirror, opts) : await download(s, opts);
    } catch (e) {
      const known = e instanceof DownloadError || e instanceof ParseError || e instanceof RawDataError || e instanceof FetchError;
      o = { source: s, status: "failed", message: known ? (e as Error).message : `${s.id}: ${(e as Error).stack ?? e}` };
    }
    outcomes.push(o);
    opts.onDone?.(o, i, sources.length);
  }
  return outcomes;
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

function checkWritable(rawDir: string): void {
  try {
    fs.mkdirSync(rawDir, { recursive: true });
    fs.accessSync(rawDir, fs.constants.W_OK);
  } catch (e) {
    throw new FetchError(`${rawDir}: cannot write raw data here (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const nowIso = (opts: FetchOptions) => (opts.now ? opts.now() : new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");

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

async function download(s: Source, opts: FetchOptions): Promise<FetchOutcome> {
  if (s.provider === "CBS" && s.mirrorOnly) {
    return {
      source: s,
      status: "missing",
      message: `${s.file} is a recorded StatLine export without a stable API URL: only available from a mirror (MIGRATIE_MIRROR)`,
    };
  }
  return s.provider === "CBS" ? downloadCbs(s, opts) : downloadEurostat(s, opts);
}

function existingSidecar(to: string): Sidecar | undefined {
  if (!fs.existsSync(to)) return undefined;
  try {
    const sc = readSidecar(to);
    verifyBytes(to, fs.readFileSync(to), sc);
    return sc;
  } catch {
    return undefined; // damaged copy: download again
  }
}

async function cbsModified(s: CbsSource, opts: FetchOptions): Promise<string | undefined> {
  const url = metadataUrl(s);
  if (!url) return undefined;
  const res = await httpGet(encodeURI(url), opts.http);
  const doc = parseCbsODataDoc(parseJsonText(res.body.toString("utf8"), url), url);
  const m = doc.rows[0]?.Modified;
  return typeof m === "string" ? m : undefined;
}

const CBS_ROW_LIMIT = 10_000;

async function downloadCbs(s: CbsSource, opts: FetchOptions): Promise<FetchOutcome> {
  const to = rawPath(opts.rawDir, s);
  const url = sourceUrl(s)!;
  const modified = await cbsModified(s, opts);
  const old = existingSidecar(to);
  if (!opts.refresh && old && old.url === url && modified && old.tableModified === modified) {
    storeSidecarOnly(to, { ...old, checked: { at: nowIso(opts), method: "CBS TableInfos.Modified", producerModified: modified, result: "unchanged" } });
    return { source: s, status: "up-to-date", message: `CBS ${s.table} not modified since ${modified}` };
  }

  let wire = requestUrl(s)!;
  let res = await httpGet(wire, opts.http).catch((e) => {
    // ODataApi refuses results over 10,000 rows: go to the bulk feed, which pages.
    if (e instanceof DownloadError && /10[.,]?000/.test(e.reason) && !s.paged) return undefined;
    throw e;
  });
  let pagedVia = false;
  if (!res) {
    wire = wire.replace("/ODataApi/", "/ODataFeed/");
    res = await httpGet(wire, opts.http);
    pagedVia = true;
  }
  const first = checkCbsPage(s, wire, res.body);
  let body = res.body;
  let notes: string | undefined;
  const rows = [...first.rows];
  let next = first.next;
  let pages = 1;
  while (next) {
    const page = await httpGet(next, opts.http);
    const parsed = checkCbsPage(s, next, page.body);
    rows.push(...parsed.rows);
    next = parsed.next;
    pages++;
  }
  if (pages > 1 || pagedVia) {
    // Several pages: the stored file is their rows in one OData document (values unchanged).
    body = Buffer.from(JSON.stringify({ "odata.metadata": first.metadata, value: rows }));
    notes = `Assembled from ${pages} page(s) of ${wire.split("?")[0]} following odata.nextLink; rows unchanged.`;
  } else if (rows.length >= CBS_ROW_LIMIT) {
    throw new DownloadError(wire, `returned ${rows.length} rows, CBS's ODataApi limit: the result may be cut off; mark the source as paged`);
  }
  if (s.entity === "TypedDataSet" && s.query?.select) {
    requireColumns(parseCbsODataDoc({ "odata.metadata": first.metadata, value: rows }, wire), s.query.select, wire);
  }
  const infoModified = (rows[0] as { Modified?: unknown } | undefined)?.Modified;
  const tableModified = modified ?? (s.entity === "TableInfos" && typeof infoModified === "string" ? infoModified : undefined);
  storeRaw(to, body, {
    file: s.file,
    bytes: body.length,
    sha256: sha256(body),
    provider: "CBS",
    table: s.table,
    title: s.title,
    url,
    format: s.format,
    retrieved: nowIso(opts),
    tableModified,
    kind: "recorded",
    notes,
    checked: { at: nowIso(opts), method: "CBS TableInfos.Modified", producerModified: modified, result: old ? "changed or refresh" : "new" },
  });
  return { source: s, status: "downloaded", bytes: body.length };
}

function checkCbsPage(s: CbsSource, url: string, body: Buffer): { metadata: string; rows: unknown[]; next?: string } {
  const doc = parseJsonText(body.toString("utf8"), url) as Record<string, unknown>;
  const parsed = parseCbsODataDoc(doc, url); // throws on odata.error, HTML, missing value array
  if (parsed.table && parsed.table.toLowerCase() !== s.table.toLowerCase()) {
    throw new DownloadError(url, `returned table ${parsed.table}, expected ${s.table}`);
  }
  const next = typeof doc["odata.nextLink"] === "string" ? (doc["odata.nextLink"] as string) : undefined;
  return { metadata: parsed.metadata, rows: doc.value as unknown[], next };
}

function storeSidecarOnly(to: string, sc: Sidecar): void {
  // Only the check record changes; the data file is left as it is.
  storeRaw(to, fs.readFileSync(to), sc);
}

async function downloadEurostat(s: EurostatSource, opts: FetchOptions): Promise<FetchOutcome> {
  const to = rawPath(opts.rawDir, s);
  const url = sourceUrl(s)!;
  const wire = requestUrl(s)!;
  const res = await httpGet(wire, opts.http);
  const ds = parseJsonStat(res.body.toString("utf8"), wire, s.dataset); // HTML, truncation, other dataset
  const old = existingSidecar(to);
  const sum = sha256(res.body);
  if (!opts.refresh && old && old.url === url && ds.updated && old.tableModified === ds.updated) {
    storeSidecarOnly(to, { ...old, checked: { at: nowIso(opts), method: "Eurostat updated", producerModified: ds.updated, result: "unchanged" } });
    return { source: s, status: "up-to-date", message: `Eurostat ${s.dataset} not updated since ${ds.updated}` };
  }
  storeRaw(to, res.body, {
    file: s.file,
    bytes: res.body.length,
    sha256: sum,
    provider: "Eurostat",
    dataset: s.dataset,
    title: s.title,
    url,
    format: s.format,
    retrieved: nowIso(opts),
    tableModified: ds.updated,
    kind: "recorded",
    checked: { at: nowIso(opts), method: "Eurostat updated", producerModified: ds.updated, result: old ? "changed or refresh" : "new" },
  });
  return { source: s, status: "downloaded", bytes: res.body.length };
}
