// The shipped vintage's second line of defence. Every read checks a file against its sidecar, but a
// consistent tamper (data file and sidecar changed together) passes that check. So a file read from
// data/annex-2025 must also equal its entry in manifest.json (sidecar fields, size and sha256), and
// manifest.json itself must have the sha256 pinned below: changing any shipped byte takes a change
// of this code, which review sees. Anything else is refused with the git command that restores it.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { annexVintageDir } from "../paths";

const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");

/** sha256 of data/annex-2025/manifest.json. Change only together with the vintage, on purpose. */
export const SHIPPED_MANIFEST_SHA256 = "12ade780ad6a9bdd86c0ca432b635d48c04b9a601f2b6bbe258dfcd25c07ce1c";

class ShippedVintageError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ShippedVintageError";
  }
}

/** The git command that restores shipped files (paths relative to the project root). */
export function restoreHint(files: string[]): string {
  return `The shipped vintage is read-only; restore it from git: \`git checkout -- ${files.join(" ")}\``;
}

/** The shipped vintage's folder as git names it. */
const SHIPPED = "data/annex-2025";
const relative = (p: string) => (p === path.join(annexVintageDir(), "manifest.json") ? `${SHIPPED}/manifest.json` : p);

let cache: { bytes: Buffer; entries: Map<string, Record<string, unknown>> } | undefined;

/** The manifest's entries by file, after checking the manifest's own sha256 against the pin. */
export function shippedManifest(dir = annexVintageDir()): Map<string, Record<string, unknown>> {
  const p = path.join(dir, "manifest.json");
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(p);
  } catch (e) {
    throw new ShippedVintageError(
      relative(p),
      `cannot read the shipped vintage's manifest (${(e as Error).message}). ${restoreHint([relative(p)])}`,
    );
  }
  if (cache && cache.bytes.equals(bytes)) return cache.entries;
  const sum = sha256(bytes);
  if (sum !== SHIPPED_MANIFEST_SHA256) {
    throw new ShippedVintageError(
      relative(p),
      `sha256 ${sum} is not the one pinned in src/raw/manifest.ts (${SHIPPED_MANIFEST_SHA256}): the shipped vintage was changed. ${restoreHint([relative(p)])}`,
    );
  }
  const entries = new Map<string, Record<string, unknown>>();
  for (const e of (JSON.parse(bytes.toString("utf8")) as { files: Record<string, unknown>[] }).files)
    entries.set(String(e.file), e);
  cache = { bytes, entries };
  return entries;
}

/**
 * Throws unless a file read from the shipped vintage (`file`: its path in the vintage, e.g.
 * "cbs/83474NED/TypedDataSet.json"; its bytes and its sidecar as read) is the manifest's: same
 * sidecar fields, same size and sha256 of the bytes.
 */
export function checkShippedFile(file: string, bytes: Buffer, sidecar: unknown): void {
  const where = `${SHIPPED}/${file}`;
  const restore = restoreHint([where, `${where}.origin.json`]);
  const entry = shippedManifest().get(file);
  if (!entry)
    throw new ShippedVintageError(
      where,
      `is not in the shipped vintage's manifest: not a file the package ships. Remove it (\`git status\` lists it as untracked)`,
    );
  const sum = sha256(bytes);
  if (bytes.length !== entry.bytes || sum !== entry.sha256) {
    throw new ShippedVintageError(
      where,
      `sha256 ${sum} (${bytes.length} bytes) differs from the shipped vintage's manifest (${String(entry.sha256)}, ${String(entry.bytes)} bytes): the shipped file was changed. ${restore}`,
    );
  }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(sidecar)), entry)) {
    throw new ShippedVintageError(
      `${where}.origin.json`,
      `differs from its entry in the shipped vintage's manifest: the shipped sidecar was changed. ${restore}`,
    );
  }
}

/** A file the manifest lists is gone from the shipped vintage: an error, not missing data. */
export function checkShippedPresent(file: string): void {
  if (shippedManifest().has(file)) {
    const where = `${SHIPPED}/${file}`;
    throw new ShippedVintageError(
      where,
      `is missing from the shipped vintage. ${restoreHint([where, `${where}.origin.json`])}`,
    );
  }
}
