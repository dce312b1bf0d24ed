// The bytes each live request would fetch: the requests the downloader (src/raw/fetch.ts) sends,
// from the catalog, against the responses recorded in the mirror. Two cases:
//   first fetch (empty raw folder): CBS TableInfos (its Modified is the vintage; asked once per
//     table in a run), then the data (a TableInfos source is that response itself); Eurostat: the data.
//   re-check (nothing changed): CBS TableInfos once per table; Eurostat the lastTimePeriod=1 probe.
// A request whose response the mirror does not hold is listed as unknown, never guessed.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { metadataUrl, requestUrl, SOURCES, sourceUrl, type Source } from "../../src/catalog/sources";
import type { Sidecar } from "../../src/raw/store";

export interface LiveRequest {
  sourceId: string;
  /** data: the source itself; tableinfos: CBS TableInfos; probe: Eurostat's last-period request. */
  kind: "data" | "tableinfos" | "probe";
  /** As sent on the wire; null for a mirror-only source (no live request). */
  wireUrl: string | null;
  /** Size of the recorded response (uncompressed), when the mirror holds it. */
  bytes?: number;
  /** gzip -6 of the recorded response: what the wire carries if the server compresses. */
  gzipBytes?: number;
  mirrorFile?: string;
  /** A CBS source marked paged: expected to exceed the 10,000-row limit of ODataApi. */
  paged?: boolean;
  /** Index of an earlier request in the same list with the same URL: sent again. */
  repeatOf?: number;
  note?: string;
}

interface Recorded {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every sidecar in the mirror, by the request URL it records (unencoded, without $format). */
function recordedByUrl(mirror: string): Map<string, Recorded> {
  const found = new Map<string, Recorded>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".origin.json")) {
        const sc = JSON.parse(fs.readFileSync(p, "utf8")) as Sidecar;
        const dataFile = p.slice(0, -".origin.json".length);
        if (!fs.existsSync(dataFile)) continue;
        const gzipBytes = zlib.gzipSync(fs.readFileSync(dataFile), { level: 6 }).length;
        found.set(sc.url, { file: path.relative(mirror, dataFile), bytes: sc.bytes, gzipBytes });
      }
    }
  };
  walk(mirror);
  return found;
}

const withoutFormat = (url: string) => url.replace(/[?&]\$format=json$/, "");
const isTableInfosSource = (s: Source) => s.provider === "CBS" && s.entity === "TableInfos" && !s.query && !s.paged;

export interface RequestLists {
  firstFetch: LiveRequest[];
  recheck: LiveRequest[];
}

export function liveRequests(mirror: string, sources: Source[] = SOURCES): RequestLists {
  const recorded = recordedByUrl(mirror);
  const request = (s: Source, kind: LiveRequest["kind"], url: string, wireUrl: string): LiveRequest => {
    const hit = recorded.get(url);
    if (hit) return { sourceId: s.id, kind, wireUrl, bytes: hit.bytes, gzipBytes: hit.gzipBytes, mirrorFile: hit.file };
    // The mirror has the source's file, but recorded for another request: its size is only indicative.
    const other = kind === "data" ? [...recorded.values()].find((r) => r.file === s.file) : undefined;
    if (other)
      return {
        sourceId: s.id,
        kind,
        wireUrl,
        bytes: other.bytes,
        gzipBytes: other.gzipBytes,
        mirrorFile: other.file,
        note: "recorded for a different request",
      };
    return { sourceId: s.id, kind, wireUrl, note: "unknown: not in the mirror" };
  };
  const tableInfos = (s: Source) => {
    const meta = metadataUrl(s)!;
    return request(s, "tableinfos", withoutFormat(meta), encodeURI(meta));
  };
  const firstFetch: LiveRequest[] = [];
  const recheck: LiveRequest[] = [];
  // The downloader asks a table's TableInfos once per run, for all catalogued sources of that table.
  const askedFirst = new Set<string>();
  const askedRecheck = new Set<string>();
  const onceFor = (asked: Set<string>, s: Source): LiveRequest[] => {
    const meta = metadataUrl(s)!;
    if (asked.has(meta)) return [];
    asked.add(meta);
    return [tableInfos(s)];
  };
  for (const s of sources) {
    const url = sourceUrl(s);
    if (url === null) {
      firstFetch.push({ sourceId: s.id, kind: "data", wireUrl: null, note: "mirror-only export: no live request" });
      continue;
    }
    if (s.provider === "CBS") {
      firstFetch.push(...onceFor(askedFirst, s));
      // A TableInfos source is the TableInfos response itself: no second request.
      if (!isTableInfosSource(s)) firstFetch.push({ ...request(s, "data", url, requestUrl(s)!), paged: s.paged });
      recheck.push(...onceFor(askedRecheck, s));
    } else {
      firstFetch.push(request(s, "data", url, requestUrl(s)!));
      const probe = metadataUrl(s);
      if (probe) recheck.push(request(s, "probe", probe, probe));
    }
  }
  for (const list of [firstFetch, recheck]) {
    list.forEach((r, i) => {
      const first = list.findIndex((x) => x.wireUrl !== null && x.wireUrl === r.wireUrl);
      if (r.wireUrl !== null && first < i) r.repeatOf = first;
    });
  }
  return { firstFetch, recheck };
}

export function requestTotals(reqs: LiveRequest[]) {
  const live = reqs.filter((r) => r.wireUrl !== null);
  const known = live.filter((r) => r.bytes !== undefined);
  const repeats = live.filter((r) => r.repeatOf !== undefined);
  return {
    requests: live.length,
    known: known.length,
    unknown: live.length - known.length,
    bytes: known.reduce((a, r) => a + r.bytes!, 0),
    gzipBytes: known.reduce((a, r) => a + r.gzipBytes!, 0),
    repeats: repeats.length,
    repeatBytes: repeats.reduce((a, r) => a + (r.bytes ?? 0), 0),
  };
}
