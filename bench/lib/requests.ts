// The bytes each live request would fetch: the catalog's requests (in the order the downloader
// sends them) against the responses recorded in the mirror. A request whose response the
// mirror does not hold is listed as unknown, never guessed.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { metadataUrl, requestUrl, SOURCES, sourceUrl, type Source } from "../../src/catalog/sources";
import type { Sidecar } from "../../src/raw/store";

export interface LiveRequest {
  sourceId: string;
  /** data: the source itself; metadata: CBS TableInfos, asked first to skip unchanged tables. */
  kind: "data" | "metadata";
  /** As sent on the wire; null for a mirror-only source (no live request). */
  wireUrl: string | null;
  /** Size of the recorded response (uncompressed), when the mirror holds it. */
  bytes?: number;
  /** gzip -6 of the recorded response: what the wire carries if the server compresses. */
  gzipBytes?: number;
  /** The mirror file that answered, and whether it was recorded for exactly this request. */
  mirrorFile?: string;
  note?: string;
}

interface Recorded {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every sidecar in the mirror, by the request URL it records (as written in sidecars: unencoded, no $format). */
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

export function liveRequests(mirror: string, sources: Source[] = SOURCES): LiveRequest[] {
  const recorded = recordedByUrl(mirror);
  const out: LiveRequest[] = [];
  const lookup = (sourceId: string, kind: LiveRequest["kind"], url: string, wireUrl: string, fallbackFile?: string) => {
    const hit = recorded.get(url);
    if (hit) return out.push({ sourceId, kind, wireUrl, bytes: hit.bytes, gzipBytes: hit.gzipBytes, mirrorFile: hit.file });
    // The mirror has the source's file, but recorded for another request: its size is only indicative.
    const other = fallbackFile ? [...recorded.values()].find((r) => r.file === fallbackFile) : undefined;
    if (other) {
      return out.push({ sourceId, kind, wireUrl, bytes: other.bytes, gzipBytes: other.gzipBytes, mirrorFile: other.file, note: "recorded for a different request" });
    }
    return out.push({ sourceId, kind, wireUrl, note: "unknown: not in the mirror" });
  };
  for (const s of sources) {
    const url = sourceUrl(s);
    if (url === null) {
      out.push({ sourceId: s.id, kind: "data", wireUrl: null, note: "mirror-only export: no live request" });
      continue;
    }
    const meta = metadataUrl(s);
    if (meta) lookup(s.id, "metadata", withoutFormat(meta), encodeURI(meta));
    lookup(s.id, "data", url, requestUrl(s)!, s.file);
  }
  return out;
}

export function requestTotals(reqs: LiveRequest[]) {
  const live = reqs.filter((r) => r.wireUrl !== null);
  const known = live.filter((r) => r.bytes !== undefined);
  return {
    requests: live.length,
    known: known.length,
    unknown: live.length - known.length,
    bytes: known.reduce((a, r) => a + r.bytes!, 0),
    gzipBytes: known.reduce((a, r) => a + r.gzipBytes!, 0),
  };
}
