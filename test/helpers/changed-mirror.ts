// A copy of the real raw data (the shipped vintage, or MIGRATIE_MIRROR) in a temporary folder with
// one file's content changed and its sidecar updated to match (bytes, sha256): data that reads as
// valid but holds other values, as a newer vintage or a consistent tamper does.
import * as fs from "node:fs";
import * as path from "node:path";
import { annexVintageDir, mirrorFromEnv } from "../../src/paths";
import { sha256, sidecarPath } from "../../src/raw/store";
import { tempDir } from "./temp";

/** The real raw data the copy starts from. */
export const realMirror = (): string => mirrorFromEnv() ?? annexVintageDir();

/** Replaces `file` (relative to the folder) by change(its text) and re-signs its sidecar; returns the new bytes. */
export function resign(dir: string, file: string, change: (text: string) => string): Buffer {
  const p = path.join(dir, file);
  const bytes = Buffer.from(change(fs.readFileSync(p, "utf8")));
  fs.writeFileSync(p, bytes);
  const sc = JSON.parse(fs.readFileSync(sidecarPath(p), "utf8"));
  fs.writeFileSync(
    sidecarPath(p),
    JSON.stringify({ ...sc, bytes: bytes.length, sha256: sha256(bytes) }, null, 2) + "\n",
  );
  return bytes;
}

/** A mirror copy with `file` changed and re-signed. */
export function changedMirror(file: string, change: (text: string) => string): string {
  const m = tempDir("migratie-changed-mirror-");
  fs.cpSync(realMirror(), m, { recursive: true });
  resign(m, file, change);
  return m;
}

/** figure 1's source with every immigration count raised by `factor` (figure 1's spec and data change). */
export const FIG1_FILE = "cbs/83474NED/TypedDataSet.json";
export function scaleImmigration(factor: number): (text: string) => string {
  return (text) => {
    const doc = JSON.parse(text);
    for (const row of doc.value)
      if (typeof row.Immigratie_4 === "number") row.Immigratie_4 = Math.round(row.Immigratie_4 * factor);
    return JSON.stringify(doc);
  };
}
