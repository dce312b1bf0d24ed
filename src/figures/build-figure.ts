// Building one figure for any caller (the whole rebuild, a notebook, the audit): load, compute and
// chart composed; built, needs-data or failed, never a thrown error. Fetching what a figure lacks
// is raw/fetch.ts's fetchMissing: figures only read and compute. Kept apart from src/build.ts so
// that a notebook does not load the report and image code.
import { figureTitle } from "../catalog/annex";
import { NeedsDataError } from "../parse/load";
import { messages, type Lang } from "../i18n/index";
import type { FigureData, FigureModule, FigureResult, FigureStatus, Mode } from "./types";

export interface FigureOptions {
  /** The data folder the figure is read from (one vintage: the shipped one, a mirror or data/raw). */
  rawDir: string;
  mode: Mode;
  lang?: Lang;
}

/** The computed figure in one language: its title, chart and notes formatted for the page. */
function presentFigure<T>(m: FigureModule<T>, result: FigureResult, lang: Lang = "nl"): FigureData {
  const t = messages(lang);
  const { notes, subtitle: _subtitle, ...data } = result;
  return {
    ...data,
    title: figureTitle(result.id, result.period.from, result.period.to, lang),
    figure: m.chart(result, lang),
    notes: notes.map((n) => n(t)),
  };
}

/** load -> compute -> chart; throws what a step throws (NeedsDataError when a required file is absent). */
export function buildFigureData<T>(m: FigureModule<T>, opts: FigureOptions): FigureData {
  const lang = opts.lang ?? "nl";
  return presentFigure(m, m.compute(m.load(opts.rawDir), { mode: opts.mode, lang }), lang);
}

export function buildFigure<T>(m: FigureModule<T>, opts: FigureOptions): FigureStatus {
  try {
    return { id: m.id, status: "built", dir: "", data: buildFigureData(m, opts) };
  } catch (e) {
    if (e instanceof NeedsDataError) return { id: m.id, status: "needs-data", message: e.message, sources: [e.source] };
    // Corrupt or unexpected raw files: the error names the file and the cause; no stack trace for users.
    return { id: m.id, status: "failed", message: (e as Error).message };
  }
}
