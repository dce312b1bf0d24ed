// Live downloads from CBS StatLine: TableInfos first (asked once per table and run; its Modified
// decides whether to download), then the rows from the ODataApi, or page by page from the ODataFeed
// when the ODataApi's 10,000-row limit is in the way.
import type { CbsSource } from "../catalog/sources";
import { metadataUrl, requestUrl, sourceUrl } from "../catalog/sources";
import { check, checkSchema } from "./content-checks";
import { FetchError, nowIso, type ContentReader, type FetchOptions, type FetchOutcome } from "./fetch-options";
import { DownloadError, httpGet } from "./http";
import { currentCopy, decide, keepCurrent } from "./refresh";
import { rawPath, sha256, storeRaw } from "./store";

/** One fetch run's CBS state: TableInfos per table, asked once however many sources the table has. */
export interface CbsRun extends FetchOptions {
  tableInfos: Map<string, Promise<CbsPage>>;
}

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
  const reason =
    e instanceof DownloadError && e.status !== undefined
      ? e.reason
      : content.isContentError(e) && /CBS OData error/.test(e.reason)
        ? e.reason
        : "";
  return /\b10[.,\s]?000\b/.test(reason); // the reason only: request URLs hold '10000' (Leeftijd) too
}

/** Reads every page from `first` on, following odata.nextLink; a failing page fails the whole source. */
async function readPages(s: CbsSource, first: CbsPage, opts: FetchOptions): Promise<CbsPage[]> {
  const pages = [first];
  const seen = new Set([first.url]);
  const columns = Object.keys(first.rows[0] ?? {}).join(",");
  for (let page = first; page.next;) {
    const next = page.next;
    if (seen.has(next))
      throw new DownloadError(page.url, `odata.nextLink points back to a page already read (${next}): paging loop`);
    if (pages.length >= CBS_MAX_PAGES)
      throw new DownloadError(
        first.url,
        `more than ${CBS_MAX_PAGES} pages of ${CBS_ROW_LIMIT} rows: refusing to read on`,
      );
    seen.add(next);
    page = await getCbsPage(s, next, opts);
    if (page.rows.length && Object.keys(page.rows[0]).join(",") !== columns) {
      throw new FetchError(
        `${next}: page ${pages.length + 1} has columns ${Object.keys(page.rows[0]).join(", ")}, page 1 had ${columns}: the table changed while paging?`,
      );
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

export async function downloadCbs(s: CbsSource, opts: CbsRun): Promise<FetchOutcome> {
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
    s.entity === "TableInfos" && !s.query && !s.paged
      ? { body: info.body, url: sourceUrl(s, { endpoints })!, wire: infoUrl }
      : await downloadCbsRows(s, opts);
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
