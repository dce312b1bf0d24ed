// One run at a time per folder: a lock file in the folder names its holder (PID, command, start).
// A second run stops at once with a message naming the holder; a lock whose holder is gone (a killed
// run: its PID no longer runs, or now belongs to another process) is taken over. The lock is created
// complete or not at all: written to a temporary file, then hard-linked to its name (link fails when
// the name exists: one winner), and removed when the process exits, however it exits.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureDir, writeTemp } from "./atomic-write";
import { processStart } from "./interrupt";
import { processAlive } from "./leftovers";

export const LOCK_FILE = ".migratie-run.lock";

interface LockHolder {
  pid: number;
  /** The command as the user typed it, e.g. "npm run figures -- --mirror ../mirror". */
  command: string;
  started: string;
  host: string;
  /** The process's start time (Linux clock ticks): tells a live holder from a reused PID. */
  processStart?: string;
  /** Unique per lock: a release removes only its own lock. */
  token: string;
}

class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LockedError";
  }
}

/** This process's command as typed: `npm run <script> -- <args>` under npm, else the script and its args. */
function currentCommand(argv = process.argv, env = process.env): string {
  const args = argv.slice(2);
  // Only when npm ran this very script (npm_* variables are inherited by anything npm starts).
  const script = argv[1] ? path.basename(argv[1]) : "";
  if (env.npm_lifecycle_event && script && env.npm_lifecycle_script?.includes(script))
    return `npm run ${env.npm_lifecycle_event}${args.length ? ` -- ${args.join(" ")}` : ""}`;
  return [path.basename(argv[1] ?? argv[0]), ...args].join(" ");
}

function readHolder(lock: string): LockHolder | "gone" | "unreadable" {
  let text: string;
  try {
    text = fs.readFileSync(lock, "utf8");
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? "gone" : "unreadable";
  }
  try {
    const h = JSON.parse(text);
    return typeof h?.pid === "number" && typeof h?.token === "string" ? h : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** True while the holder's process runs (same host, same PID, same start time when recorded). */
function holderAlive(h: LockHolder): boolean {
  if (h.host !== os.hostname()) return true; // another machine's process: we cannot tell, so it holds
  if (!processAlive(h.pid)) return false;
  const start = processStart(h.pid);
  return h.processStart === undefined || start === undefined || start === h.processStart;
}

const held = new Map<string, LockHolder>();
let exitHook = false;

/**
 * Takes the lock of `dir` (created if needed) for this process; `what` names the folder in messages
 * ("output folder out"). Throws a LockedError naming the holder when another live run has it.
 * Returns the release (also done when the process exits).
 */
export function acquireLock(dir: string, what: string, command = currentCommand()): () => void {
  ensureDir(dir);
  const lock = path.join(dir, LOCK_FILE);
  const key = path.resolve(lock);
  if (held.has(key)) return () => {}; // this process holds it already
  const me: LockHolder = {
    pid: process.pid,
    command,
    started: new Date().toISOString(),
    host: os.hostname(),
    processStart: processStart(process.pid),
    token: crypto.randomBytes(8).toString("hex"),
  };
  const tmp = writeTemp(lock, JSON.stringify(me, null, 1) + "\n");
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        fs.linkSync(tmp, lock);
        held.set(key, me);
        if (!exitHook) {
          exitHook = true;
          process.on("exit", releaseAll);
        }
        return () => release(key);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const other = readHolder(lock);
      if (other === "gone") continue;
      if (other !== "unreadable" && holderAlive(other)) {
        throw new LockedError(
          `${what} is in use by another run: PID ${other.pid} (${other.command}), started ${other.started}${other.host !== me.host ? ` on ${other.host}` : ""}. ` +
            `Wait for it to end and run again; a lock whose run is gone (${lock}) is taken over by the next run.`,
        );
      }
      takeOver(lock, other);
    }
    throw new LockedError(`${what}: could not take its lock ${lock} (other runs kept taking it)`);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Moves a stale lock aside; should another run have replaced it meanwhile, that live lock is put back. */
function takeOver(lock: string, stale: LockHolder | "unreadable"): void {
  const aside = `${lock}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // gone already: try again
  }
  const moved = readHolder(aside);
  const same =
    stale === "unreadable" ? moved === "unreadable" : typeof moved === "object" && moved.token === stale.token;
  if (!same) {
    try {
      fs.linkSync(aside, lock); // not the stale lock we judged: give it back
    } catch {
      // its place is taken again; the loop reads whoever holds it now
    }
  }
  fs.rmSync(aside, { force: true });
}

function release(key: string): void {
  const me = held.get(key);
  if (!me) return;
  held.delete(key);
  const now = readHolder(key);
  if (typeof now === "object" && now.token === me.token) fs.rmSync(key, { force: true });
}

function releaseAll(): void {
  for (const key of [...held.keys()]) release(key);
}
