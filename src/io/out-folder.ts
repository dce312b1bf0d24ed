// An output folder is written wholesale by every run (figures, claims, pages are replaced), so a run
// writes only into a folder that is one of ours: new, empty, or marked by an earlier run (OUT_MARKER).
// `MIGRATIE_OUT=/` or `--out ~` is refused before anything is written there.
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDir, writeFileAtomic } from "./atomic-write";

/** The marker of an output folder of this package, written by the first run into it. */
export const OUT_MARKER = ".migratie-out";

// What runs of this package write into an output folder: an unmarked folder holding only these is
// an output folder from before the marker existed, and is adopted.
const OURS =
  /^(fig\d+|en|assets|notebooks|solutions|claims\.json|audit\.md|index\.html|update\.md|diff\.md|\.migratie-out|\.migratie-run\.lock|\..+\.tmp)$/;

class OutFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutFolderError";
  }
}

/**
 * Makes outDir ready for a run: created (the real cause when it cannot be: EROFS, EACCES), refused
 * when it is the file system's root or a non-empty folder that is not an output folder of this
 * package, and marked. `from` names the setting in messages (e.g. "MIGRATIE_OUT / --out").
 */
export function prepareOutFolder(outDir: string, from = "--out / MIGRATIE_OUT"): void {
  const abs = path.resolve(outDir);
  let real = abs;
  try {
    real = fs.realpathSync(abs);
  } catch {
    // not there yet
  }
  if (path.dirname(real) === real)
    throw new OutFolderError(
      `output folder ${outDir} is the root of the file system: a run replaces what is in its output folder. Choose another ${from}`,
    );
  const marker = path.join(abs, OUT_MARKER);
  if (fs.existsSync(marker)) return;
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT")
      throw new OutFolderError(`output folder ${outDir}: ${(e as Error).message}`);
    try {
      ensureDir(abs);
    } catch (err) {
      throw new OutFolderError(`cannot create the output folder ${outDir}: ${(err as Error).message}`);
    }
  }
  const foreign = entries.filter((e) => !OURS.test(e));
  if (foreign.length) {
    throw new OutFolderError(
      `output folder ${outDir} is not empty and not an output folder of migratie-in-cijfers (no ${OUT_MARKER}; it holds ${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""}): ` +
        `a run replaces what is in its output folder. Choose a new or empty folder with ${from}`,
    );
  }
  writeFileAtomic(marker, "This folder holds the outputs of migratie-in-cijfers; every run rewrites its contents.\n");
}
