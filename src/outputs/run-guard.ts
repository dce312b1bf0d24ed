// What every run that writes (npm run figures, audit, fetch, update) does first and on an interrupt:
//  - its output folder is checked (never / or a foreign non-empty folder: io/out-folder.ts) and
//    locked, and so is a raw data folder it reads or writes (io/run-lock.ts): two runs never mix
//    their outputs, and a build never reads data/raw while a fetch replaces its files. The shipped
//    vintage and mirrors are never written by this package, so they need no lock;
//  - what a killed run left is removed: temporary files in those folders, Chromium profiles;
//  - SIGINT, SIGTERM and SIGHUP end it with 128 + n and one line (io/interrupt.ts); from the first
//    figure written until the summaries are, an interrupt removes claims.json, audit.md and
//    index.html, which would otherwise describe another run's figures (guardSummaries).
import * as fs from "node:fs";
import * as path from "node:path";
import { installInterruptHandlers, onInterrupt, setPhase } from "../io/interrupt";
import { removeOwnTemps, removeStaleTemps } from "../io/leftovers";
import { prepareOutFolder } from "../io/out-folder";
import { acquireLock } from "../io/run-lock";
import { removeStaleChromiumProfiles } from "./render";

export { setPhase } from "../io/interrupt";

interface RunFolders {
  /** The output folder the run writes, if any. */
  outDir?: string;
  /** The raw data folder (data/raw, MIGRATIE_RAW) the run reads or writes, if any. */
  rawDir?: string;
  log?: (line: string) => void;
}

/** Checks and locks the run's folders, removes leftovers of killed runs and installs the interrupt handlers. */
export function startRun(folders: RunFolders): void {
  const log = folders.log ?? ((l: string) => process.stderr.write(l + "\n"));
  installInterruptHandlers(log);
  setPhase("starting");
  if (folders.outDir) {
    prepareOutFolder(folders.outDir);
    acquireLock(folders.outDir, `output folder ${folders.outDir}`);
    guardTemps(folders.outDir, log);
  }
  if (folders.rawDir) {
    acquireLock(folders.rawDir, `raw data folder ${folders.rawDir}`);
    guardTemps(folders.rawDir, log);
  }
  const profiles = removeStaleChromiumProfiles();
  if (profiles.length)
    log(`Removed ${profiles.length} Chromium profile(s) left by a killed run (${profiles.join(", ")})`);
}

/** Removes the temporary files of killed runs now, and this run's own on an interrupt. */
function guardTemps(dir: string, log: (line: string) => void): void {
  const stale = removeStaleTemps(dir);
  if (stale.length) log(`Removed ${stale.length} temporary file(s) left in ${dir} by a killed run`);
  onInterrupt(() => {
    const removed = removeOwnTemps(dir);
    return removed.length ? `${removed.length} temporary file(s) removed from ${dir}` : undefined;
  });
}

/** The files that sum up a whole run in a language's output folder. */
const SUMMARY_FILES = ["claims.json", "audit.md", "index.html"] as const;

/**
 * Until the returned function is called (once the summaries of this run are written), an interrupt
 * removes this language folder's claims.json, audit.md and index.html: after some figures were
 * rewritten, those of an earlier run no longer describe the folder.
 */
export function guardSummaries(langDir: string): () => void {
  return onInterrupt(() => {
    const removed = SUMMARY_FILES.filter((f) => fs.existsSync(path.join(langDir, f)));
    for (const f of removed) fs.rmSync(path.join(langDir, f), { force: true });
    return removed.length
      ? `${removed.join(", ")} removed from ${langDir} (they would not describe the figures written so far)`
      : `no ${SUMMARY_FILES.join(", ")} written`;
  });
}
