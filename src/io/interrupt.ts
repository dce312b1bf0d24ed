// Ending a run honestly on SIGINT, SIGTERM and SIGHUP: the run's cleanups are done (Chromium
// stopped, temporary files and summaries that would not match the outputs removed, locks released),
// ONE line says what was interrupted and what was cleaned, and the exit code is 128 + the signal's
// number. Every write of this project is synchronous, so a handler runs between two writes, never
// inside one. Modules register their cleanups (onInterrupt) whether or not a CLI installed the handlers.
//
// `npm run` and `npx tsx` start this process through wrappers (npm, `sh -c`, tsx) that forward
// SIGINT and SIGTERM but not SIGHUP, and a wrapper killed with SIGKILL forwards nothing: the run
// then watches its wrappers and stops as on SIGHUP when one of them ends before it.
import * as fs from "node:fs";
import * as os from "node:os";

const INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type InterruptSignal = (typeof INTERRUPT_SIGNALS)[number];

/** 128 + the signal's number, as a shell reports a process ended by it. */
const exitCodeFor = (signal: InterruptSignal): number => 128 + os.constants.signals[signal];

/** A cleanup run on an interrupt; it may return a short note for the one line (e.g. "Chromium stopped"). */
type Cleanup = () => string | undefined | void;

const cleanups = new Set<Cleanup>();
let phase = "starting";
let installed: { log: (line: string) => void; stop: () => void } | undefined;

/** What the run is doing now, for the interrupt's line ("rendering the images"). */
export function setPhase(text: string): void {
  phase = text;
}

/** Registers a cleanup for an interrupt; returns its removal (call it when the step it guards is done). */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Runs the cleanups (last registered first), writes the one line and exits with 128 + n (a wrapper's end counts as SIGHUP: 129). */
function interrupt(signal: InterruptSignal, cause = signal as string): never {
  const notes: string[] = [];
  for (const c of [...cleanups].reverse()) {
    try {
      const note = c();
      if (note) notes.push(note);
    } catch (e) {
      notes.push(`a cleanup failed: ${(e as Error).message}`);
    }
  }
  cleanups.clear();
  const log = installed?.log ?? ((l: string) => process.stderr.write(l + "\n"));
  installed?.stop();
  const code = exitCodeFor(signal);
  log(`INTERRUPTED (${cause}) while ${phase}${notes.length ? `: ${notes.join("; ")}` : ""}. Exit ${code}.`);
  process.exit(code);
}

/**
 * Installs the handlers of SIGINT, SIGTERM and SIGHUP (once per process) and the watch over the
 * wrappers that started this process. Returns their removal.
 */
export function installInterruptHandlers(
  log: (line: string) => void = (l) => process.stderr.write(l + "\n"),
): () => void {
  if (installed) {
    installed.log = log;
    return installed.stop;
  }
  const handlers = INTERRUPT_SIGNALS.map((signal) => {
    const handler = () => interrupt(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  const wrappers = wrapperAncestors();
  const timer = wrappers.length
    ? setInterval(() => {
        const gone = wrappers.find((w) => processStart(w.pid) !== w.start);
        if (gone) interrupt("SIGHUP", `its wrapper ${gone.name} (PID ${gone.pid}) ended`);
      }, 500)
    : undefined;
  timer?.unref(); // the watch never keeps a finished run alive
  const state = {
    log,
    stop() {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      if (timer) clearInterval(timer);
      installed = undefined;
    },
  };
  installed = state;
  return state.stop;
}

// ------------------------------------------------------------------ the wrappers (Linux /proc)

interface ProcInfo {
  comm: string;
  ppid: number;
  start: string;
}

function procStat(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ... starttime(22nd)": comm may hold spaces and parentheses.
    const close = stat.lastIndexOf(")");
    const fields = stat.slice(close + 2).split(" ");
    return { comm: stat.slice(stat.indexOf("(") + 1, close), ppid: Number(fields[1]), start: fields[19] };
  } catch {
    return undefined;
  }
}

/** The start time of a process (clock ticks since boot): a pid reused by another process has another. */
export function processStart(pid: number): string | undefined {
  return procStat(pid)?.start;
}

function cmdline(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return [];
  }
}

const isNodeProcess = (info: ProcInfo, argv: string[]) =>
  /^(node|npm|npx|tsx)\b/.test(info.comm) || /(^|\/)node$/.test(argv[0] ?? "");

/**
 * The processes between this one and the user's shell that exist only to start it: node processes
 * (npm, npx, tsx) and the `sh -c` npm runs a script in. A shell that waits for its commands and
 * anything above it is not watched (a nohup'd run goes on when its terminal closes).
 */
function wrapperAncestors(): { pid: number; start: string; name: string }[] {
  const out: { pid: number; start: string; name: string }[] = [];
  let pid = process.ppid;
  while (pid > 1) {
    const info = procStat(pid);
    if (!info) break;
    const argv = cmdline(pid);
    const node = isNodeProcess(info, argv);
    const parent = procStat(info.ppid);
    const npmShell =
      !node &&
      argv[1] === "-c" &&
      /^(sh|dash|bash)$/.test(info.comm) &&
      parent !== undefined &&
      isNodeProcess(parent, cmdline(info.ppid));
    if (!node && !npmShell) break;
    out.push({ pid, start: info.start, name: node ? info.comm : `${info.comm} -c` });
    pid = info.ppid;
  }
  return out;
}
