// Shared setup of the downloader tests: catalog-like sources for synthetic tables (served by the fake
// server from test/fixtures/server/), fast retries without real waiting, and snapshots of data/raw/
// to prove a fault left the previous good file and its sidecar exactly as they were.
import * as fs from "node:fs";
import * as path from "node:path";
import type { CbsSource, EurostatSource, Source } from "../../src/catalog/sources";
import { sha256, type Sidecar } from "../../src/raw/store";
import type { HttpOptions } from "../../src/raw/http";
import { isTempFile } from "../../src/io/atomic-write";
import { tempDir as tempFolder } from "./temp";
import type { FakeServer } from "./fake-server";

const FIXTURES = path.resolve(__dirname, "../fixtures/server");
export const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), "utf8");

const common = { figures: [], need: "required" as const, purpose: "fault tests (synthetic table)" };

/** Like cbs-83474NED-data: a whole small table, no $select. */
export const CBS_DATA: CbsSource = {
  ...common,
  id: "tst-90001TST-data",
  provider: "CBS",
  table: "90001TST",
  entity: "TypedDataSet",
  title: "Synthetische testtabel; immigratie en emigratie (geen echte cijfers)",
  format: "cbs-odata-v3-json",
  file: "cbs/90001TST/TypedDataSet.json",
};

/** Like cbs-84808NED-data: filtered and $select-ed at the API. */
export const CBS_SELECTED: CbsSource = {
  ...CBS_DATA,
  id: "tst-90001TST-selected",
  file: "cbs/90001TST/TypedDataSetSelected.json",
  query: { filter: "Geslacht eq 'T001038  '", select: ["Perioden", "Immigratie_1", "Emigratie_2"] },
};

/** Like cbs-84808NED-info. */
export const CBS_INFO: CbsSource = {
  ...CBS_DATA,
  id: "tst-90001TST-info",
  entity: "TableInfos",
  file: "cbs/90001TST/TableInfos.json",
};

/** A table over CBS's 10,000-row limit, not marked paged: the downloader must find out. */
export const CBS_BIG: CbsSource = {
  ...CBS_DATA,
  id: "tst-90002TST-data",
  table: "90002TST",
  title: "Synthetische testtabel; meer dan 10.000 rijen (geen echte cijfers)",
  file: "cbs/90002TST/TypedDataSet.json",
};

/** Like eurostat-migr_asyapp1mp. */
export const EUROSTAT_DATA: EurostatSource = {
  ...common,
  id: "tst-eurostat-tst_asyapp",
  provider: "Eurostat",
  dataset: "tst_asyapp",
  title: "Synthetic test dataset - asylum applicants per thousand persons (not real data)",
  format: "jsonstat-2.0",
  file: "eurostat/tst_asyapp.json",
};

export const ROUTES = {
  cbsInfo: (table: string) => `/ODataApi/odata/${table}/TableInfos`,
  cbsApi: (table: string, entity = "TypedDataSet") => `/ODataApi/odata/${table}/${entity}`,
  cbsFeed: (table: string, entity = "TypedDataSet") => `/ODataFeed/odata/${table}/${entity}`,
  eurostat: (dataset: string) => `/eurostat/api/dissemination/statistics/1.0/data/${dataset}`,
  eurostatProbe: (dataset: string) => `/eurostat/api/dissemination/statistics/1.0/data/${dataset}?lastTimePeriod=1`,
};

/** The good responses of every synthetic table. */
export function serveGood(server: FakeServer): void {
  server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
  server.on(ROUTES.cbsApi("90001TST"), { body: fixture("cbs/90001TST/TypedDataSet.json") });
  server.on(ROUTES.cbsInfo("90002TST"), { body: fixture("cbs/90002TST/TableInfos.json") });
  server.on(ROUTES.eurostat("tst_asyapp"), { body: fixture("eurostat/tst_asyapp.json") });
}

/** Retries that do not wait: the requested waits are recorded instead (no timed assertions). */
export function fastHttp(extra: HttpOptions = {}): { http: HttpOptions; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    http: { retries: 2, backoffMs: 10, timeoutMs: 10_000, sleep: async (ms) => void waits.push(ms), ...extra },
  };
}

export function tempDir(prefix = "migratie-raw-test-"): string {
  return tempFolder(prefix); // removed when the test file ends, if the test does not first
}

/** Every file under dir, relative, sorted. */
export function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Temporary or partial files left anywhere under dir. */
export function leftovers(dir: string): string[] {
  return filesIn(dir).filter((f) => isTempFile(path.basename(f)) || /\.(tmp|part|partial)$/.test(f));
}

export interface Snapshot {
  files: string[];
  contents: Map<string, Buffer>;
}

/** All files under dir with their bytes: data files and sidecars alike. */
export function snapshot(dir: string): Snapshot {
  const files = filesIn(dir);
  return { files, contents: new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f))])) };
}

/** CBS OData v3 pages of a synthetic table with `total` rows. */
export function bigTableRows(total: number): Record<string, unknown>[] {
  return Array.from({ length: total }, (_, i) => ({
    ID: i,
    Regio: `RG${String(i % 500).padStart(4, "0")}  `,
    Perioden: `${1000 + Math.floor(i / 500)}JJ00`,
    Aantal_1: i * 10,
  }));
}

export function odataPage(table: string, rows: unknown[], nextLink?: string, endpoint = "ODataFeed"): string {
  const doc: Record<string, unknown> = {
    "odata.metadata": `https://opendata.cbs.nl/${endpoint}/odata/${table}/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
    value: rows,
  };
  if (nextLink) doc["odata.nextLink"] = nextLink;
  return JSON.stringify(doc);
}

/** What a sidecar of EUROSTAT_DATA says of its request and retrieval (signedSidecar's extra). */
export const EUROSTAT_SIGNED = {
  url: "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/tst_asyapp?format=JSON&lang=EN",
  retrieved: "2025-03-02",
};

/**
 * A sidecar that matches `bytes` stored as source `s` ("re-signed": size and sha256 agree, so only
 * the schema and content checks can refuse the file). `extra` overrides or adds fields.
 */
export function signedSidecar(s: Source, bytes: Buffer, extra: Record<string, unknown> = {}): Sidecar {
  return {
    file: s.file,
    bytes: bytes.length,
    sha256: sha256(bytes),
    provider: s.provider,
    ...(s.provider === "CBS" ? { table: s.table } : { dataset: s.dataset }),
    title: s.title,
    url: "https://example.invalid/synthetic-test-content",
    format: s.format,
    retrieved: "2025-04-01T10:00:00Z",
    kind: "recorded",
    ...extra,
  } as Sidecar;
}
