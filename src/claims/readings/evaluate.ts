// Evaluates a claim's readings: each on the run's figures (annex mode), and the annex's reading
// once more on every other data vintage the user has, side by side. A reading whose figure or
// source is missing is needs-data, never counted as holding.
import type { FigureData } from "../../figures/types";
import { messages, type Lang } from "../../i18n/index";
import { FETCH_AND_BUILD } from "../../raw/data-source";
import { readingsOf } from "./registry";
import type { Reading, ReadingResult, ReadingText, Robustness } from "./types";

/** The figures of one data vintage built in annex mode, and why the others are missing. */
export interface VintageBuild {
  /** readings' message key of the vintage: annex (shipped), raw (data/raw), mirror. */
  kind: "annex" | "raw" | "mirror";
  /** The vintage's data line, as the outputs name it. */
  data: string;
  figures: ReadonlyMap<string, FigureData>;
  /** Why a figure is not built (needs-data message), by figure id. */
  missing?: ReadonlyMap<string, string>;
}

function evaluateOne(
  reading: Reading,
  figures: ReadonlyMap<string, FigureData>,
  missing: ReadonlyMap<string, string> | undefined,
  lang: Lang,
): Omit<ReadingResult, "id" | "dimension" | "annex" | "name" | "basis"> {
  const t = messages(lang).readings;
  const text = (x: ReadingText) => (typeof x === "string" ? x : x(t));
  const absent = reading.needs.filter((f) => !figures.has(f));
  if (absent.length) {
    const why = absent.map((f) => `${f}: ${missing?.get(f) ?? t.texts.notBuilt}`).join("; ");
    return { status: "needs-data", detail: why, command: FETCH_AND_BUILD };
  }
  let r;
  try {
    r = reading.evaluate(figures);
  } catch (e) {
    // A reading that cannot be computed on this data is not evidence either way.
    return { status: "needs-data", detail: t.texts.notComputable((e as Error).message) };
  }
  if ("needsData" in r)
    return { status: "needs-data", detail: text(r.needsData), ...(r.command ? { command: r.command } : {}) };
  const out: ReturnType<typeof evaluateOne> = { status: r.holds ? "holds" : "breaks" };
  if ("value" in r) {
    out.value = r.value;
    out.unit = r.unit;
    if (r.threshold) out.threshold = r.threshold;
  }
  if (r.found !== undefined) out.detail = text(r.found);
  return out;
}

/**
 * A claim's readings evaluated on the run's figures, and its annex reading on each other vintage;
 * undefined for a claim without declared readings. Names and bases are English (the pages show their
 * language); what a reading found or lacks is in `lang`, the run's language.
 */
export function evaluateReadings(
  claimId: string,
  run: Omit<VintageBuild, "kind" | "data">,
  others: VintageBuild[] = [],
  extra: Reading[] = [],
  lang: Lang = "nl",
): Robustness | undefined {
  const registered = readingsOf(claimId);
  if (!registered && !extra.length) return undefined;
  // extra: readings a user adds (a notebook's own), evaluated like the declared ones.
  const declared = { readings: [...(registered?.readings ?? []), ...extra] };
  const t = messages("en").readings;
  const results: ReadingResult[] = declared.readings.map((r) => ({
    id: r.id,
    dimension: r.dimension,
    annex: r.annex === true,
    name: t.names[r.id]?.name ?? r.id,
    basis: t.names[r.id]?.basis ?? "",
    ...evaluateOne(r, run.figures, run.missing, lang),
  }));
  const annex = declared.readings.find((r) => r.annex);
  if (annex) {
    // A vintage that cannot build the claim's figures is not listed for it (it is not present for this claim).
    for (const v of others.filter((o) => annex.needs.every((f) => o.figures.has(f)))) {
      const id = `vintage-${v.kind}`;
      results.push({
        id,
        dimension: "vintage",
        annex: false,
        name: t.names[id]?.name ?? id,
        basis: t.names[id]?.basis ?? "",
        ...evaluateOne(annex, v.figures, v.missing, lang),
        data: v.data,
      });
    }
  }
  return summarize(results);
}

/** holds k of n: needs-data readings count in n and never as holding. */
export function summarize(readings: ReadingResult[]): Robustness {
  return {
    holds: readings.filter((r) => r.status === "holds").length,
    of: readings.length,
    needsData: readings.filter((r) => r.status === "needs-data").length,
    breaking: readings.filter((r) => r.status === "breaks").map((r) => r.id),
    readings,
  };
}
