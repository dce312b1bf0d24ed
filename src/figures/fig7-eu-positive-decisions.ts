// Figure 7: Gemiddeld jaarlijks aandeel positieve asielbeslissingen (%) in eerste aanleg in de EU,
// 2015-2024 (Eurostat migr_asydcfsta, cross-checked with migr_asydec1pc).
//
// The share as the annex defines it (footnote 10): positive decisions / (all first-instance
// decisions - Dublin rejections), per member state and year; then the mean of the yearly shares
// per country of the annex's "EU" (EU/EFTA, footnote 2), EU27_2020 beside them; Hungary and
// Liechtenstein left out (few decisions, footnote 10). Both sets are in src/catalog/annex.ts.
//
// Dublin rejections (what we found, and what we could not confirm; details in notebook fig7-eu-positive-decisions):
// - Eurostat's decision code lists for these tables, in both vintages (TOTAL/TOTAL_POS/GENCONV/
//   SUB_PROT/HUMSTAT/REJECTED and TOTAL/POS/POS_RFG/POS_SPROT/POS_HUM/NEG, plus IPROT in
//   migr_asydec1pc), have no category for Dublin decisions. Dublin statistics are a separate
//   collection (migr_dub*, Art. 4.4 of Regulation 862/2007: requests, decisions on requests,
//   transfers), counted as requests between states, not as decisions on applications.
// - Eurostat's glossary defines the recognition rate as positive / (positive + negative) decisions
//   at one stage. ECRE (2019) notes that Eurostat groups inadmissibility decisions with rejections
//   on the merits under "rejected"; an EP Think Tank note says first-instance decisions include
//   decisions on persons subject to the Dublin Regulation. How each country reports Dublin
//   inadmissibility decisions in REJECTED/NEG (migr_asydec_esms, national metadata) could not be
//   confirmed here: only excerpts of those pages were available, none on Dublin.
// So: where a response has a category labelled "Dublin" it is taken out of the denominator;
// otherwise the share is positive / all decisions, and the figure says so in its notes.
// Sources: ec.europa.eu/eurostat/statistics-explained/index.php?title=Glossary:Asylum_recognition_rate;
// ec.europa.eu/eurostat/cache/metadata/en/migr_asydec_esms.htm and migr_dub_esms.htm;
// ecre.org/asylum-decisions-in-the-first-half-of-2019-unlocking-statistics/;
// theme-one.epthinktank.be/fig-4-positive-decision-2/ (EP Think Tank).
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle, shownGeos } from "../catalog/annex";
import { sourceById, sourceIdsOf } from "../catalog/sources";
import { decisionLookup, readDecisionTable, type DecisionTable } from "../parse/eurostat-decisions";
import type { JsonStatDataset } from "../parse/jsonstat";
import { hasRaw, loadJsonStat, NeedsDataError, type Provenance } from "../parse/load";
import { FETCH_AND_BUILD } from "../raw/data-source";
import { messages, type Lang, type Messages } from "../i18n/index";
import { crossSectionFigure, euCrossSection, euEftaNote, sortByGeoYear, type YearlyValue } from "./eu-average";
import { EU_AGGREGATE } from "./eu-countries";
import { decimal, sourceLine } from "./style";
import { rawTable, type RawTable } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

export const FIG7_SOURCE = "eurostat-migr_asydcfsta";
export const FIG7_PC_SOURCE = "eurostat-migr_asydec1pc";
const FIG7_ANNEX = ANNEX_FIGURES.fig7.period;
/** Left out by the annex "vanwege het geringe aantal beslissingen in sommige jaren". */
const FIG7_EXCLUDED = ANNEX_FIGURES.fig7.countries!.excluded;
/** Largest difference (percentage points) still read as rounding of the published percentages. */
const CROSS_CHECK_TOLERANCE = 0.5;

/** 100 x positive / (total - dublin); null when an input is missing or the denominator is not positive. */
export function positiveShare(
  positive: number | null,
  total: number | null,
  dublin: number | null = null,
): number | null {
  if (positive === null || total === null) return null;
  const denominator = total - (dublin ?? 0);
  if (denominator <= 0) return null;
  return Math.round(((100 * positive) / denominator) * 1e6) / 1e6; // drop floating-point noise
}

interface Fig7Share extends YearlyValue {
  positive: number | null;
  total: number | null;
  /** Dublin rejections taken out of the denominator; null when the response does not identify them. */
  dublin: number | null;
}

export interface Fig7Yearly {
  shares: Fig7Share[];
  decisions: DecisionTable;
  provenance: Provenance;
  /** Geo-years where the response has a Dublin category but no value: share over all decisions there. */
  dublinMissing: string[];
}

export interface Fig7Tables {
  /** migr_asydcfsta: first-instance decisions (persons) by outcome. */
  counts: RawTable<JsonStatDataset>;
  /** migr_asydec1pc, Eurostat's own percentages for the cross-check (optional): absent, or why it could not be read. */
  check: RawTable<JsonStatDataset> | { absent: string } | { error: string };
}

function loadFig7(dir: string): Fig7Tables {
  let counts;
  try {
    counts = rawTable(loadJsonStat(FIG7_SOURCE, dir), dir);
  } catch (e) {
    // No mirror has these tables: one hint, the command that fetches them and builds every figure.
    if (e instanceof NeedsDataError) {
      throw new NeedsDataError(
        e.source,
        e.rawDir,
        `Figure 7 has no offline copy (no mirror holds its Eurostat tables): fetch them live with \`${FETCH_AND_BUILD}\`.`,
      );
    }
    throw e;
  }
  if (!hasRaw(FIG7_PC_SOURCE, dir)) return { counts, check: { absent: sourceById(FIG7_PC_SOURCE).file } };
  try {
    return { counts, check: rawTable(loadJsonStat(FIG7_PC_SOURCE, dir), dir) };
  } catch (e) {
    // A cross-check that cannot be read is reported in the notes; the figure itself still builds.
    return { counts, check: { error: (e as Error).message } };
  }
}

/** Yearly shares of positive decisions per geo, from the counts (migr_asydcfsta). */
export function fig7Yearly({ counts }: Fig7Tables): Fig7Yearly {
  const decisions = readDecisionTable(counts.data, counts.where, "PER", ["total", "positive"]);
  const get = decisionLookup(decisions);
  const keys = [...new Set(decisions.rows.map((r) => `${r.geo}|${r.year}`))];
  const dublinMissing: string[] = [];
  const shares = keys.map((key) => {
    const [geo, y] = key.split("|");
    const year = Number(y);
    const total = get(geo, year, "total");
    const positive = get(geo, year, "positive");
    let dublin: number | null = null;
    if (decisions.dublin) {
      dublin = get(geo, year, "dublin")?.value ?? null;
      if (dublin === null) dublinMissing.push(`${geo} ${year}`);
    }
    const flags = [total?.status, positive?.status, decisions.dublin ? get(geo, year, "dublin")?.status : null].filter(
      (s): s is string => !!s,
    );
    const pv = positive?.value ?? null;
    const tv = total?.value ?? null;
    return {
      geo,
      year,
      positive: pv,
      total: tv,
      dublin,
      value: positiveShare(pv, tv, dublin),
      status: [...new Set(flags)].join("") || null,
    };
  });
  return { shares, decisions, provenance: counts.provenance, dublinMissing };
}

interface Fig7CrossCheckRow {
  geo: string;
  year: number;
  computed: number;
  published: number;
  difference: number;
}

/**
 * Eurostat's own positive share (migr_asydec1pc, unit PC) beside the computed one, for the geo-years
 * both have. Only comparable where no Dublin rejections were taken out.
 */
function fig7CrossCheck(shares: Fig7Share[], check: RawTable<JsonStatDataset>): Fig7CrossCheckRow[] {
  const get = decisionLookup(readDecisionTable(check.data, check.where, "PC", ["positive"]));
  const rows: Fig7CrossCheckRow[] = [];
  for (const s of shares) {
    const published = get(s.geo, s.year, "positive")?.value ?? null;
    if (s.value === null || published === null || s.dublin) continue;
    const computed = positiveShare(s.positive, s.total)!;
    rows.push({
      geo: s.geo,
      year: s.year,
      computed,
      published,
      difference: Math.round((computed - published) * 1e6) / 1e6,
    });
  }
  return rows;
}

const pct = (x: number, t: Messages, decimals = 1) => decimal(x, decimals, t);

/** How the share was computed: Dublin rejections taken out or not, the code list the response uses. */
function decisionNotes(
  { decisions, dublinMissing }: Fig7Yearly,
  inPeriod: (geo: string, year: number) => boolean,
): Note[] {
  const codes = decisions.categories.map((c) => c.code).join(", ");
  const notes: Note[] = [];
  const dublin = decisions.dublin;
  if (dublin) {
    notes.push((t) => t.fig7.dublinTaken(dublin.code, dublin.label));
    const gapsInFigure = dublinMissing.filter((k) => inPeriod(k.split(" ")[0], Number(k.split(" ")[1])));
    if (gapsInFigure.length) notes.push((t) => t.fig7.dublinGaps(gapsInFigure.join(", ")));
  } else {
    notes.push((t) => t.fig7.dublinNone(codes));
  }
  notes.push(
    (t) => t.fig7.excluded,
    (t) => t.fig7.euAverage(EU_AGGREGATE),
    (t) => t.fig7.codeList(decisions.set === "legacy", codes),
  );
  return notes;
}

/** The cross-check with Eurostat's percentages as a note, and its provenance when it was done. */
function crossCheckNote(shares: Fig7Share[], check: Fig7Tables["check"]): { note: Note; provenance?: Provenance } {
  if ("absent" in check) return { note: (t) => t.fig7.checkSkipped(check.absent, FETCH_AND_BUILD) };
  if ("error" in check) return { note: (t) => t.fig7.checkFailed(check.error) };
  let rows: Fig7CrossCheckRow[];
  try {
    rows = fig7CrossCheck(shares, check);
  } catch (e) {
    const why = (e as Error).message;
    return { note: (t) => t.fig7.checkFailed(why) };
  }
  const off = rows.filter((r) => Math.abs(r.difference) > CROSS_CHECK_TOLERANCE);
  const max = Math.max(0, ...rows.map((r) => Math.abs(r.difference)));
  const note: Note = (t) =>
    t.fig7.checkDone(rows.length, pct(max, t, 2)) +
    (off.length
      ? t.fig7.checkOff(
          pct(CROSS_CHECK_TOLERANCE, t),
          off.map((r) => `${r.geo} ${r.year} (${pct(r.computed, t)} vs. ${pct(r.published, t)})`).join(", "),
        )
      : ".");
  return { note, provenance: check.provenance };
}

export function computeFig7(tables: Fig7Tables, { mode, lang }: ComputeOptions): FigureResult {
  const yearly = fig7Yearly(tables);
  const { shares, decisions } = yearly;
  // latest: the newest year with a share for the EU aggregate, over the same ten-year span.
  const euYears = shares.filter((s) => s.geo === EU_AGGREGATE && s.value !== null).map((s) => s.year);
  if (!euYears.length) throw new Error(`${tables.counts.where}: no year with a positive share for ${EU_AGGREGATE}`);
  const to = mode === "annex" ? FIG7_ANNEX.to : Math.max(...euYears);
  const from = to - (FIG7_ANNEX.to - FIG7_ANNEX.from);
  const cross = euCrossSection(shares, from, to, shownGeos("fig7"), lang);
  const shown = new Set(cross.averages.array("geo") as string[]); // EU/EFTA countries with a value (HU, LI left out) and EU27_2020
  const inPeriod = (geo: string, year: number) => year >= from && year <= to && shown.has(geo);
  const inFigure = shares.filter((s) => inPeriod(s.geo, s.year));

  const notes: Note[] = [euEftaNote, ...decisionNotes(yearly, inPeriod), ...cross.gaps];
  const flagged = inFigure.filter((s) => s.status);
  if (flagged.length) {
    const meaning = (f: string) => decisions.statusLabels[f] ?? f;
    notes.push((t) =>
      t.fig7.flags(flagged.map((s) => `${s.geo} ${s.year} (${[...s.status!].map(meaning).join(", ")})`).join("; ")),
    );
  }
  const check = crossCheckNote(inFigure, tables.check);
  notes.push(check.note);

  // The countries the annex leaves out, as the data has them: shows that the exclusion is real.
  const excluded = aq.from(
    sortByGeoYear(
      shares
        .filter((s) => FIG7_EXCLUDED.includes(s.geo) && s.year >= from && s.year <= to)
        .map((s) => ({ geo: s.geo, year: s.year, value: s.value, positive: s.positive, total: s.total })),
    ),
  );
  return {
    id: "fig7",
    mode,
    period: { from, to },
    table: cross.averages,
    extraTables: { yearly: cross.yearly, excluded },
    sources: [yearly.provenance, ...(check.provenance ? [check.provenance] : [])],
    notes,
  };
}

export function chartFig7(result: FigureResult, lang: Lang): PlotlyFigure {
  const t = messages(lang);
  return crossSectionFigure(
    figureTitle("fig7", result.period.from, result.period.to, lang),
    sourceLine("Eurostat Database", result.sources, t),
    result.table,
    { title: t.axis.fig7, format: (v) => pct(v, t), hover: "%{y}: %{x:.1f}%<extra></extra>" },
    t,
  );
}

export const fig7: FigureModule<Fig7Tables> = {
  id: "fig7",
  title: figureName("fig7"),
  notebook: "fig7-eu-positive-decisions",
  sourceIds: sourceIdsOf("fig7"),
  load: loadFig7,
  compute: computeFig7,
  chart: chartFig7,
};
