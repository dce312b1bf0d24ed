// Building one figure for a caller that is not the whole rebuild (a notebook, the audit): fetch
// the figure's raw files that are missing, then build it and report built / needs-data / failed.
// Kept apart from src/build.ts so that a notebook does not load the report and image code.
import * as fs from "node:fs";
import { sourceById, type Source } from "../catalog/sources";
import { NeedsDataError } from "../parse/load";
import { fetchSources, type FetchOptions, type FetchOutcome } from "../raw/fetch";
import { rawPath } from "../raw/store";
import type { FigureData, FigureModule, Mode } from "./types";

export type FigureStatus =
  | { id: string; status: "built"; dir: string; data: FigureData }
  | { id: string; status: "needs-data"; message: string; sources: Source[] }
  | { id: string; status: "failed"; message: string };

export interface FetchMissingOptions {
  rawDir: string;
  mirror?: string;
  fetchHandlers?: Pick<FetchOptions, "onStart" | "onDone">;
  log?: (line: string) => void;
}

/** Fetches (from the mirror, or live) only the catalogued files of these figures that are not in rawDir yet. */
export async function fetchMissing(modules: FigureModule[], opts: FetchMissingOptions): Promise<FetchOutcome[]> {
  const wanted = [...new Set(modules.flatMap((m) => m.sourceIds))].map(sourceById);
  const absent = wanted.filter((s) => !fs.existsSync(rawPath(opts.rawDir, s)));
  if (!absent.length) return [];
  opts.log?.(`Fetching ${absent.length} missing source(s) ${opts.mirror ? `from mirror ${opts.mirror}` : "live"}`);
  return fetchSources(absent, { rawDir: opts.rawDir, mirror: opts.mirror, ...opts.fetchHandlers });
}

export function buildFigure(m: FigureModule, opts: { rawDir: string; mode: Mode }): FigureStatus {
  try {
    return { id: m.id, status: "built", dir: "", data: m.build({ rawDir: opts.rawDir, mode: opts.mode }) };
  } catch (e) {
    if (e instanceof NeedsDataError) return { id: m.id, status: "needs-data", message: e.message, sources: [e.source] };
    // Corrupt or unexpected raw files: the error names the file and the cause; no stack trace for users.
    return { id: m.id, status: "failed", message: (e as Error).message };
  }
}
