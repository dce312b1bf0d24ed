// A notebook's setup in one call: `const nb = await openFigure("fig6")`. It builds the figure from
// the run's data as `npm run figures` does (prepareFigure), in the notebook's language (its folder:
// notebooks/nl/ or notebooks/en/) and mode (MIGRATIE_MODE), and says in Markdown what was built from
// what, or plainly which data is missing and the command that fetches it. The plumbing a student
// should not have to read lives here and is tested here (test/notebook/open-figure.test.ts).
import { figureById } from "../figures/index";
import type { FigureData, FigureStatus, Mode } from "../figures/types";
import { messages, type Lang } from "../i18n/index";
import { FETCH_AND_BUILD, type DataSource } from "../raw/data-source";
import { notebookLang } from "./language";
import { figureAudit, modeFromEnv, prepareFigure, provenanceMarkdown, type FigureAudit } from "./present";

export interface OpenFigure {
  id: string;
  mode: Mode;
  lang: Lang;
  /** The one folder the notebook reads (the shipped vintage, a mirror or data/raw). */
  rawDir: string;
  data: DataSource;
  status: FigureStatus;
  /** The figure, when it was built (figure 7 offline: undefined, and `intro` says why). */
  fig: FigureData | undefined;
  /** Markdown for the first output: title, mode and provenance, or what is missing and how to get it. */
  intro: string;
  /** The figure, or an error in the notebook's language saying why it could not be built (figures 1-6 stop there). */
  built(): FigureData;
  /** The audit's results for this figure's claims, reusing this build (as out/claims.json has them). */
  audit(): Promise<FigureAudit>;
  /** A printed line in the notebook's language: the same code in both editions, `nb.text({ nl: ..., en: ... })`. */
  text<T>(texts: Record<Lang, T>): T;
}

export interface OpenFigureOptions {
  mode?: Mode;
  lang?: Lang;
}

/** The figure `id` built for a notebook, with the Markdown that introduces it. */
export async function openFigure(id: string, opts: OpenFigureOptions = {}): Promise<OpenFigure> {
  const module = figureById(id);
  const mode = opts.mode ?? modeFromEnv();
  const lang = opts.lang ?? notebookLang();
  const { status, failed, rawDir, data } = await prepareFigure(module, mode, lang);
  const fig = status.status === "built" ? status.data : undefined;
  const intro = introMarkdown(
    status,
    failed.map((f) => f ?? ""),
    data,
    mode,
    lang,
  );
  return {
    id,
    mode,
    lang,
    rawDir,
    data,
    status,
    fig,
    intro,
    built: () => {
      if (fig) return fig;
      throw new Error(intro.replace(/^### /, ""));
    },
    audit: () => figureAudit(id, { prepared: { mode, status }, lang }),
    text: (texts) => texts[lang],
  };
}

function introMarkdown(status: FigureStatus, failed: string[], data: DataSource, mode: Mode, lang: Lang): string {
  const t = messages(lang).notebook;
  if (status.status === "built")
    return `${t.heading(status.data.title, mode)}\n\n${provenanceMarkdown(status.data, data, lang)}`;
  const name = `${messages(lang).report.figure} ${status.id.replace(/^fig/, "")}`;
  const tried = failed.length ? [t.fetchFailed(failed.join("; "))] : [];
  if (status.status === "needs-data")
    return [t.missingHeading(name), status.message, ...tried, t.fetchHint(FETCH_AND_BUILD)].join("\n\n");
  return [t.failedHeading(name), status.message, ...tried].join("\n\n");
}
