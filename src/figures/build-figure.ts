// Building one figure for any caller (the whole rebuild, a notebook, the audit): built,
// needs-data or failed, never a thrown error. Fetching what a figure lacks is raw/fetch.ts's
// fetchMissing: figures only compute. Kept apart from src/build.ts so that a notebook does not
// load the report and image code.
import { NeedsDataError } from "../parse/load";
import type { Lang } from "../i18n/index";
import type { FigureModule, FigureStatus, Mode } from "./types";

export function buildFigure(m: FigureModule, opts: { rawDir: string; mode: Mode; lang?: Lang }): FigureStatus {
  try {
    return { id: m.id, status: "built", dir: "", data: m.build({ rawDir: opts.rawDir, mode: opts.mode, lang: opts.lang }) };
  } catch (e) {
    if (e instanceof NeedsDataError) return { id: m.id, status: "needs-data", message: e.message, sources: [e.source] };
    // Corrupt or unexpected raw files: the error names the file and the cause; no stack trace for users.
    return { id: m.id, status: "failed", message: (e as Error).message };
  }
}
