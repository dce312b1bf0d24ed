// The raw store: data/raw/<file> plus <file>.origin.json, in the mirror's layout.
// Raw bytes are written atomically (temporary file, fsync, rename: the steps of io/atomic-write.ts),
// a data file and its sidecar are replaced together or not at all, and every read verifies the bytes
// against the sidecar.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Source } from "../catalog/sources";
import { validateSource } from "../catalog/sources";
import { isInShippedVintage } from "../paths";
import { checkShippedFile, checkShippedPresent, restoreHint } from "./manifest";
import { MAX_SIDECAR_BYTES, parseSidecar, type Sidecar } from "./sidecar";
import {
  ensureDir,
  FileWriteError,
  fsReason,
  syncDir,
  tempPathFor,
  writeFileAtomic,
  writeTemp,
} from "../io/atomic-write";
import { installInterruptHandlers, onInterrupt } from "../io/interrupt";
import { removeOwnTemps } from "../io/leftovers";

export type { Sidecar } from "./sidecar";

export class RawDataError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super(`${file}: ${cause_}`);
    this.name = "RawDataError";
  }
}

export const sidecarPath = (dataPath: string) => `${dataPath}.origin.json`;

/** The shipped vintage (data/annex-2025) is read-only: every write of raw data goes through this check. */
export function refuseShippedVintage(target: string): void {
  if (isInShippedVintage(target)) {
    throw new RawDataError(
      target,
      "is in the shipped annex vintage (data/annex-2025), which is read-only: downloads go to data/raw (npm run update, --data raw)",
    );
  }
}

export function sha256(buf: Buffer | string): string {
  return crypto.createHash("sha256").update(buf).digest("hex");
}

export function rawPath(rawDir: string, s: Source): string {
  validateSource(s);
  return path.join(rawDir, ...s.file.split("/"));
}

/** Replaces only a sidecar (e.g. to record a check), atomically; the data file is not touched. */
export function writeSidecar(dataPath: string, sidecar: Sidecar): void {
  refuseShippedVintage(dataPath);
  try {
    writeFileAtomic(sidecarPath(dataPath), JSON.stringify(sidecar, null, 2) + "\n");
  } catch (e) {
    if (e instanceof FileWriteError) throw new RawDataError(e.file, e.reason); // a raw file's sidecar: a raw-data error
    throw e;
  }
}

/**
 * Stores a data file and its sidecar as one change. Both are written to temporary files first (a
 * full disk or an unwritable folder fails here, before anything is replaced); then the data file is
 * renamed into place and then the sidecar. Should the second rename fail, the previous data file is
 * put back, so the pair on disk is always the old one or the new one. A crash between the two renames
 * leaves a data file that no longer matches its sidecar: every read refuses it (sha256), and the
 * next fetch replaces it.
 */
export function storeRaw(target: string, data: Buffer, sidecar: Sidecar): void {
  refuseShippedVintage(target);
  const sideTarget = sidecarPath(target);
  const temps: string[] = [];
  let backup: string | undefined;
  try {
    ensureDir(path.dirname(target));
    const dataTmp = writeTemp(target, data);
    temps.push(dataTmp);
    const sideTmp = writeTemp(sideTarget, JSON.stringify(sidecar, null, 2) + "\n");
    temps.push(sideTmp);
    if (fs.existsSync(target)) {
      backup = tempPathFor(target);
      try {
        fs.linkSync(target, backup); // a second name for the old bytes, no copy
      } catch {
        fs.copyFileSync(target, backup);
      }
    }
    fs.renameSync(dataTmp, target);
    try {
      fs.renameSync(sideTmp, sideTarget);
    } catch (e) {
      // Put the previous data file back (or remove the new one if there was none): never a mismatched pair.
      if (backup) {
        fs.renameSync(backup, target);
        backup = undefined;
      } else fs.rmSync(target, { force: true });
      throw e;
    }
    syncDir(path.dirname(target));
  } catch (e) {
    throw new RawDataError(
      target,
      `cannot store the download: ${fsReason(e)}; the previous file (if any) is unchanged`,
    );
  } finally {
    for (const t of temps) fs.rmSync(t, { force: true });
    if (backup) fs.rmSync(backup, { force: true });
  }
}

/**
 * On SIGINT, SIGTERM or SIGHUP (Ctrl-C, a killed CI job) removes this process's temporary files under
 * rawDir before exiting (io/interrupt.ts), so an interrupted fetch leaves no 80 MB `.tmp` behind. Raw
 * writes are synchronous: the handler runs between them, never inside one. Returns the uninstall.
 * @public test/cli/settings.test.ts requires it in a child process, where knip cannot see it.
 */
export function removeTempsOnSignals(
  rawDir: string,
  log: (line: string) => void = (l) => process.stderr.write(l + "\n"),
): () => void {
  const stop = installInterruptHandlers(log);
  const unregister = onInterrupt(
    () => `${removeOwnTemps(rawDir).length} temporary file(s) removed; ${rawDir} holds only complete files`,
  );
  return () => {
    unregister();
    stop();
  };
}

/** Removes temporary files left by a process that was killed mid-write (io/leftovers.ts). */
export { removeStaleTemps } from "../io/leftovers";

/**
 * Reads a file only if it is a regular file inside `root` (a symlink may point elsewhere inside it,
 * never out of it: a mirror entry linking to /etc/passwd or /dev/zero is refused), of at most
 * `maxBytes` (or exactly `expectedBytes`, the sidecar's size, compared before reading), and stops
 * reading there: a FIFO, a device or a file that grows cannot hang the read or fill the memory.
 */
export function readRegularFile(p: string, root: string, limit: { expectedBytes?: number; maxBytes: number }): Buffer {
  let real: string;
  try {
    real = fs.realpathSync.native(p);
  } catch (e) {
    throw new RawDataError(p, `cannot read: ${fsReason(e)}`);
  }
  let realRoot: string;
  try {
    realRoot = fs.realpathSync.native(root);
  } catch {
    realRoot = path.resolve(root);
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new RawDataError(p, `is a link leading out of ${root} (to ${real}): refusing to read it`);
  }
  const describe = (st: fs.Stats) =>
    st.isFIFO()
      ? "a FIFO"
      : st.isCharacterDevice() || st.isBlockDevice()
        ? "a device"
        : st.isSocket()
          ? "a socket"
          : st.isDirectory()
            ? "a folder"
            : "not a file";
  const check = (st: fs.Stats) => {
    if (!st.isFile()) throw new RawDataError(p, `is ${describe(st)}, not a regular file: refusing to read it`);
    if (limit.expectedBytes !== undefined && st.size !== limit.expectedBytes) {
      throw new RawDataError(
        p,
        `size ${st.size} bytes differs from its sidecar (${limit.expectedBytes} bytes): the file is truncated or was changed`,
      );
    }
    if (st.size > limit.maxBytes)
      throw new RawDataError(p, `is ${st.size} bytes, more than the ${limit.maxBytes} bytes allowed here`);
  };
  check(fs.statSync(real));
  // O_NONBLOCK: should the entry be swapped for a FIFO after the check, opening it does not wait for a writer.
  let fd: number;
  try {
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new RawDataError(p, `cannot read: ${fsReason(e)}`);
  }
  try {
    const st = fs.fstatSync(fd);
    check(st);
    const cap = Math.min(limit.expectedBytes ?? limit.maxBytes, limit.maxBytes);
    // Sized by the file (at most the cap), not by the cap: a sidecar's cap is 1 MiB, its size ~1 KB.
    // One byte more than the size: a file that grew after fstat is noticed and refused.
    const buf = Buffer.allocUnsafe(Math.min(st.size, cap) + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > cap) throw new RawDataError(p, `grew beyond ${cap} bytes while being read: refusing it`);
      if (n === buf.length) throw new RawDataError(p, `grew beyond ${st.size} bytes while being read: refusing it`);
    }
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and checks a sidecar (the schema in sidecar.ts); root: the raw folder or mirror it lies in. */
export function readSidecar(dataPath: string, root = path.dirname(dataPath)): Sidecar {
  const p = sidecarPath(dataPath);
  if (!lexists(p))
    throw new RawDataError(dataPath, `no sidecar ${path.basename(p)}: origin and checksum unknown, refusing to use it`);
  let json: unknown;
  try {
    json = JSON.parse(readRegularFile(p, root, { maxBytes: MAX_SIDECAR_BYTES }).toString("utf8"));
  } catch (e) {
    if (e instanceof RawDataError) throw e;
    throw new RawDataError(p, `sidecar is not valid JSON (${(e as Error).message})`);
  }
  return parseSidecar(json, p, (where, reason) => new RawDataError(where, reason));
}

/** True when something is at p, even a dangling link (existsSync follows links). */
export function lexists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads a data file after its sidecar, checking type, place and size before reading and sha256 after. */
export function readVerified(dataPath: string, root: string): { bytes: Buffer; sidecar: Sidecar } {
  const sidecar = readSidecar(dataPath, root);
  const bytes = readRegularFile(dataPath, root, { expectedBytes: sidecar.bytes, maxBytes: sidecar.bytes });
  verifyBytes(dataPath, bytes, sidecar);
  return { bytes, sidecar };
}

/** Throws unless the bytes match the sidecar's size and sha256. */
function verifyBytes(dataPath: string, buf: Buffer, sc: Sidecar): void {
  if (buf.length !== sc.bytes) {
    throw new RawDataError(
      dataPath,
      `size ${buf.length} bytes differs from its sidecar (${sc.bytes} bytes): the file is truncated or was changed`,
    );
  }
  const sum = sha256(buf);
  if (sum !== sc.sha256) {
    throw new RawDataError(
      dataPath,
      `sha256 ${sum} does not match its sidecar (${sc.sha256}): the file was changed or corrupted`,
    );
  }
}

export interface RawFile {
  source: Source;
  path: string;
  bytes: Buffer;
  sidecar: Sidecar;
}

const FIX_HINT = "Run `npm run fetch -- --only <source id>` (or with MIGRATIE_MIRROR set) to replace it.";

/**
 * Reads a catalogued raw file and verifies it; undefined when the file is absent. From the shipped
 * vintage, a file must also be the one its manifest lists (raw/manifest.ts), a listed file must be
 * there, and the hint says how to restore it from git (a fetch writes data/raw and repairs nothing there).
 */
export function readRaw(rawDir: string, s: Source): RawFile | undefined {
  const p = rawPath(rawDir, s);
  const shipped = isInShippedVintage(rawDir);
  if (!lexists(p)) {
    if (shipped) checkShippedPresent(s.file);
    return undefined;
  }
  try {
    const { bytes, sidecar } = readVerified(p, rawDir);
    if (shipped) checkShippedFile(s.file, bytes, sidecar);
    return { source: s, path: p, bytes, sidecar };
  } catch (e) {
    if (e instanceof RawDataError) {
      const hint = shipped
        ? restoreHint([`data/annex-2025/${s.file}`, `data/annex-2025/${s.file}.origin.json`])
        : FIX_HINT.replace("<source id>", s.id);
      throw new RawDataError(e.file, `${e.cause_}. ${hint}`);
    }
    throw e;
  }
}
