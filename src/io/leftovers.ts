// What a killed run leaves behind and the next run removes: our temporary files
// (".<name>.<pid>.<random>.tmp", io/atomic-write.ts) whose writer's pid is gone. Files of running
// processes, ours included, are left alone: they may be mid-write.
import * as fs from "node:fs";
import * as path from "node:path";
import { tempFileOwner } from "./atomic-write";

/** True while a process with this pid runs (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes our temporary files under dir (recursively) whose writer's pid matches `owned`; returns their paths. */
function removeTemps(dir: string, owned: (pid: number) => boolean): string[] {
  const removed: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return removed; // no folder (yet), or not readable: nothing of ours to remove
  }
  for (const entry of entries) {
    const pid = tempFileOwner(entry.name);
    if (!entry.isFile() || pid === undefined || !owned(pid)) continue;
    const p = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    fs.rmSync(p, { force: true });
    removed.push(p);
  }
  return removed;
}

/** Removes temporary files under dir left by a process that was killed mid-write (its pid is gone). */
export function removeStaleTemps(dir: string): string[] {
  return removeTemps(dir, (pid) => pid !== process.pid && !processAlive(pid));
}

/** Removes this process's own temporary files under dir (on an interrupt). */
export function removeOwnTemps(dir: string): string[] {
  return removeTemps(dir, (pid) => pid === process.pid);
}
