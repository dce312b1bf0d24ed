// Copying a source from a mirror into the raw folder: only a regular file inside the mirror whose
// bytes match its sidecar and read as the catalogued table; a copy equal to ours is left alone.
import * as path from "node:path";
import type { Source } from "../catalog/sources";
import { sourceUrl } from "../catalog/sources";
import { check } from "./content-checks";
import { nowIso, type FetchOptions, type FetchOutcome } from "./fetch-options";
import { lexists, RawDataError, rawPath, readVerified, storeRaw, type Sidecar } from "./store";

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
