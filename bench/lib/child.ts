// Runs a command to completion, timing it and sampling the memory of its whole process tree.
// Node cannot report the peak memory of a child (resourceUsage covers this process only) and
// /usr/bin/time is not guaranteed to exist, so the tree is sampled from /proc every 100 ms:
// the peak of the summed PSS (proportional set size: shared pages such as Chromium's are
// split between processes, not counted once per process) and the largest single VmHWM
// (the kernel's own high-water mark of one process). A process living less than one
// interval can be missed; on a system without /proc both stay undefined.
import { spawn } from "node:child_process";
import * as fs from "node:fs";

export interface ChildRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak of the summed PSS of the process tree, in bytes (sampled). */
  peakTreePss?: number;
  /** Largest VmHWM of any one process of the tree, in bytes, and that process's command. */
  peakProcess?: { bytes: number; command: string };
}

export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
}

function readKb(text: string, key: string): number | undefined {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text);
  return m ? Number(m[1]) * 1024 : undefined;
}

function parentOf(pid: string): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: the parent pid follows the last ')'.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** The pid and all its descendants, from one scan of /proc. */
function processTree(root: number): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const children = new Map<string, string[]>();
  for (const pid of entries) {
    const ppid = parentOf(pid);
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: string[] = [];
  const queue = [String(root)];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export class TreeSampler {
  peakTreePss?: number;
  peakProcess?: { bytes: number; command: string };

  sample(root: number): void {
    let sum = 0;
    let seen = false;
    for (const pid of processTree(root)) {
      try {
        const pss = readKb(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"), "Pss");
        const hwm = readKb(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmHWM");
        if (pss !== undefined) {
          sum += pss;
          seen = true;
        }
        if (hwm !== undefined && hwm > (this.peakProcess?.bytes ?? 0)) {
          const command = fs
            .readFileSync(`/proc/${pid}/cmdline`, "utf8")
            .split("\0")
            .filter(Boolean)
            .slice(0, 3)
            .join(" ");
          this.peakProcess = { bytes: hwm, command: command.slice(0, 80) };
        }
      } catch {
        // ended between the scan and the read
      }
    }
    if (seen && sum > (this.peakTreePss ?? 0)) this.peakTreePss = sum;
  }
}

/** Samples the tree of `pid` (default: this process and its children) while `fn` runs. */
export async function sampleTree<T>(
  fn: () => Promise<T>,
  pid = process.pid,
  everyMs = 100,
): Promise<{ value: T; sampler: TreeSampler }> {
  const sampler = new TreeSampler();
  sampler.sample(pid);
  const timer = setInterval(() => sampler.sample(pid), everyMs);
  try {
    const value = await fn();
    sampler.sample(pid);
    return { value, sampler };
  } finally {
    clearInterval(timer);
  }
}

export function runChild(command: string, args: string[], opts: ChildOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sampler = new TreeSampler();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setInterval(() => child.pid && sampler.sample(child.pid), opts.sampleMs ?? 100);
    child.on("error", (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({
        ms: performance.now() - start,
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        peakTreePss: sampler.peakTreePss,
        peakProcess: sampler.peakProcess,
      });
    });
  });
}

/** Like runChild, but throws with the command's output when it fails. */
export async function runChildOk(command: string, args: string[], opts: ChildOptions = {}): Promise<ChildRun> {
  const r = await runChild(command, args, opts);
  if (r.code !== 0) {
    const tail = (r.stdout + r.stderr).trim().split("\n").slice(-20).join("\n");
    throw new Error(`${command} ${args.join(" ")} exited with ${r.code}:\n${tail}`);
  }
  return r;
}
