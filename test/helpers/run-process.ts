// A CLI run in a child process that the test can signal while it runs, and a fake Chromium that
// hangs at start-up (it never answers Playwright), so a run is caught at a known step: holding its
// locks, its figures written, its summaries not yet. Waiting is for events (a file appearing, a
// process ending), each with a generous limit: no test measures time.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../../src/paths";
import { tempDir } from "./temp";

const root = projectRoot();

export interface Running {
  child: ChildProcess;
  /** Resolves with the exit code (128 + n when a signal ended it through a wrapper) and the output. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>;
}

/** The environment of a test's child: MIGRATIE_* and CI of the test's own environment do not leak in. */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("MIGRATIE_") && k !== "CI"),
  );
  return { ...base, CI: "1", ...env };
}

/** `command args` from the project root (or `cwd`). */
export function start(
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd = root,
): Running {
  const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  // "close": every holder of the pipes is gone, the wrapper's children included.
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { child, done };
}

export const tsx = path.join(root, "node_modules", ".bin", "tsx");

/** A CLI run as `npx tsx src/cli/<name>.ts` (tsx is a wrapper: the CLI runs in its child). */
export const startCli = (name: string, args: string[], env: Record<string, string | undefined> = {}) =>
  start(tsx, [path.join("src", "cli", `${name}.ts`), ...args], env);

/** Resolves once `check` is true, polling; fails after `limitMs` with `what`. */
export async function until(what: string, check: () => boolean, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fake Chromium that records its pid and then hangs, never answering Playwright. */
export function hangingChromium(): { path: string; pidFile: string } {
  const dir = tempDir("migratie-fake-chromium-");
  const pidFile = path.join(dir, "pid");
  const exe = path.join(dir, "chromium");
  fs.writeFileSync(exe, `#!/bin/sh\necho $$ > "${pidFile}"\nexec sleep 600\n`, { mode: 0o755 });
  return { path: exe, pidFile };
}

/** True while the process runs (a zombie waiting to be reaped counts as ended). */
export function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** A pid that no process has (that of a process that has ended). */
export async function deadPid(): Promise<number> {
  const r = start("true", []);
  const pid = r.child.pid!;
  await r.done;
  await until(`process ${pid} to be gone`, () => !running(pid));
  return pid;
}
