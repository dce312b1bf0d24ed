// Atomic file writes for everything this project writes: out/ (figures, claims, reports) through
// writeFileAtomic, and raw/store.ts, which builds its data-file-plus-sidecar store on the same
// steps. A file is written to a temporary file next to its target, fsynced, then renamed: an
// interrupted or failed write never leaves a partial file and never replaces a good one.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** A file could not be written; the message names the file and the file system's reason. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "FileWriteError";
  }
}

// Temporary files: ".<name>.<pid>.<random>.tmp" next to their target, so the rename stays on one file system.
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`,
  );
}

/** True for our temporary files (".<name>.<pid>.<random>.tmp"). */
export function isTempFile(name: string): boolean {
  return TEMP_FILE.test(name);
}

/** The pid of the process that wrote a temporary file, or undefined when the name is not one of ours. */
export function tempFileOwner(name: string): number | undefined {
  const m = TEMP_FILE.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** A Node file system error for messages: "ENOTDIR: not a directory, mkdir '/x/raw/cbs'" names the path that failed. */
export function fsReason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Creates a folder; a file standing where a folder is needed (EEXIST, ENOTDIR) is said in words.
 * Node's recursive mkdir reports ENOENT when a parent cannot be created (a read-only file system,
 * no permission): the first missing folder is then created alone, which gives the real cause
 * (EROFS, EACCES), naming that folder.
 */
export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const err = (e as NodeJS.ErrnoException).code === "ENOENT" ? (realMkdirError(path.resolve(dir)) ?? e) : e;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR")
      throw new Error(`${(err as Error).message} (a file stands where a folder is needed)`, { cause: e });
    throw err;
  }
}

/** The error of creating the first missing folder on the way to dir, or undefined when it can be created. */
function realMkdirError(dir: string): Error | undefined {
  let first = dir;
  while (path.dirname(first) !== first && !fs.existsSync(path.dirname(first))) first = path.dirname(first);
  try {
    fs.mkdirSync(first);
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

/** Writes data to a new temporary file next to target and fsyncs it; returns its path. */
export function writeTemp(target: string, data: Buffer | string): string {
  const tmp = tempPathFor(target);
  try {
    const fd = fs.openSync(tmp, "wx");
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return tmp;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Makes a rename durable: fsync the folder (best effort: not every file system allows it). */
export function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // the rename itself is atomic; only its durability after a power cut is at stake
  }
}

/** Writes a file atomically (temporary file, fsync, rename); throws a FileWriteError naming the file. */
export function writeFileAtomic(target: string, data: Buffer | string): void {
  try {
    ensureDir(path.dirname(target));
    const tmp = writeTemp(target, data);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    syncDir(path.dirname(target));
  } catch (e) {
    throw new FileWriteError(target, `cannot write: ${fsReason(e)}`);
  }
}
