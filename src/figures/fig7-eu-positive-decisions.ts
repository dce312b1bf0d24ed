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
import { ANNEX_FIGURES, figureName, figureTitle, shownGeos } from "../catalog/annex";
import * as aq from "arquero";
import { sourceById } from "../catalog/sources";
import { decisionLookup, readDecisionTable, type DecisionTable } from "../parse/eurostat-decisions";
import { hasRaw, loadJsonStat, NeedsDataError, type Provenance } from "../parse/load";
import { messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { crossSectionFigure, euCrossSection, euEftaNote, sortByGeoYear, type YearlyValue } from "./eu-average";
import { EU_AGGREGATE } from "./eu-countries";
import { decimal, sourceLine } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG7_SOURCE = "eurostat-migr_asydcfsta";
export const FIG7_PC_SOURCE = "eurostat-migr_asydec1pc";
export const FIG7_ANNEX = ANNEX_FIGURES.fig7.period;
/** Left out by the annex "vanwege het geringe aantal beslissingen in sommige jaren". */
export const FIG7_EXCLUDED = ANNEX_FIGURES.fig7.countries!.excluded;
export const FIG7_FETCH_HINT = "npm run figures -- --data raw --only fig7";

/** 100 x positive / (total - dublin); null when an input is missing or the denominator is not positive. */
export function positiveShare(positive: number | null, total: number | null, dublin: number | null = null): number | null {
  if (positive === null || total === null) return null;
  const denominator = total - (dublin ?? 0);
  if (denominator <= 0) return null;
  return Math.round(((100 * positive) / denominator) * 1e6) / 1e6; // drop floating-point noise
}

export interface Fig7Share extends YearlyValue {
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

function loadCounts(rawDir: string) {
  try {
    return loadJsonStat(FIG7_SOURCE, rawDir);
  } catch (e) {
    // No mirror has these tables: one hint, the command that fetches just this figure.
    if (e instanceof NeedsDataError) {
      throw new NeedsDataError(e.source, e.rawDir, `Figure 7 has no offline copy (no mirror holds its Eurostat tables): fetch them live with \`${FIG7_FETCH_HINT}\`.`);
    }
    throw e;
  }
}

/** Yearly shares of positive decisions per geo, from the counts (migr_asydcfsta). */
export function fig7Yearly(rawDir = defaultRawDir()): Fig7Yearly {
  const { data, provenance } = loadCounts(rawDir);
  const decisions = readDecisionTable(data, `${rawDir}/${provenance.file}`, "PER", ["total", "positive"]);
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
    const flags = [total?.status, positive?.status, decisions.dublin ? get(geo, year, "dublin")?.status : null].filter((s): s is string => !!s);
    const pv = positive?.value ?? null;
    const tv = total?.value ?? null;
    return { geo, year, positive: pv, total: tv, dublin, value: positiveShare(pv, tv, dublin), status: [...new Set(flags)].join("") || null };
  });
  return { shares, decisions, provenance, dublinMissing };
}

export interface Fig7CrossCheckRow {
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
export function fig7CrossCheck(shares: Fig7Share[], rawDir = defaultRawDir()): { rows: Fig7CrossCheckRow[]; provenance: Provenance } {
  const { data, provenance } = loadJsonStat(FIG7_PC_SOURCE, rawDir);
  const pc = readDecisionTable(data, `${rawDir}/${provenance.file}`, "PC", ["positive"]);
  const get = decisionLookup(pc);
  const rows: Fig7CrossCheckRow[] = [];
  for (const s of shares) {
    const published = get(s.geo, s.year, "positive")?.value ?? null;
    if (s.value === null || published === null || s.dublin) continue;
    const computed = positiveShare(s.positive, s.total)!;
    rows.push({ geo: s.geo, year: s.year, computed, published, difference: Math.round((computed - published) * 1e6) / 1e6 });
  }
  return { rows, provenance };
}

/** Largest difference (percentage points) still read as rounding of the published percentages. */
export const CROSS_CHECK_TOLERANCE = 0.5;

export function buildFig7(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const pct = (x: number, decimals = 1) => decimal(x, decimals, t);
  const { shares, decisions, provenance, dublinMissing } = fig7Yearly(rawDir);

  // latest: the newest year with a share for the EU aggregate, over the same ten-year span.
  const euYears = shares.filter((s) => s.geo === EU_AGGREGATE && s.value !== null).map((s) => s.year);
  if (!euYears.length) throw new Error(`${rawDir}/${provenance.file}: no year with a positive share for ${EU_AGGREGATE}`);
  const to = mode === "annex" ? FIG7_ANNEX.to : Math.max(...euYears);
  const from = to - (FIG7_ANNEX.to - FIG7_ANNEX.from);
  const { averages, yearly, notes: gaps } = euCrossSection(shares, from, to, shownGeos("fig7"), t);
  const shown = new Set(averages.array("geo") as string[]); // EU/EFTA countries with a value (HU, LI left out) and EU27_2020
  const inPeriod = (geo: string, year: number) => year >= from && year <= to && shown.has(geo);
  const inFigure = (s: Fig7Share) => inPeriod(s.geo, s.year);

  const notes: string[] = [euEftaNote(t)];
  const codes = decisions.categories.map((c) => c.code).join(", ");
  if (decisions.dublin) {
    notes.push(t.fig7.dublinTaken(decisions.dublin.code, decisions.dublin.label));
    const gapsInFigure = dublinMissing.filter((k) => inPeriod(k.split(" ")[0], Number(k.split(" ")[1])));
    if (gapsInFigure.length) notes.push(t.fig7.dublinGaps(gapsInFigure.join(", ")));
  } else {
    notes.push(t.fig7.dublinNone(codes));
  }
  notes.push(t.fig7.excluded);
  notes.push(t.fig7.euAverage(EU_AGGREGATE));
  notes.push(t.fig7.codeList(decisions.set === "legacy", codes));
  notes.push(...gaps);
  const flagged = shares.filter((s) => inFigure(s) && s.status);
  if (flagged.length) {
    const meaning = (f: string) => decisions.statusLabels[f] ?? f;
    notes.push(t.fig7.flags(flagged.map((s) => `${s.geo} ${s.year} (${[...s.status!].map(meaning).join(", ")})`).join("; ")));
  }

  const sources = [provenance];
  if (hasRaw(FIG7_PC_SOURCE, rawDir)) {
    try {
      const check = fig7CrossCheck(shares.filter(inFigure), rawDir);
      sources.push(check.provenance);
      const off = check.rows.filter((r) => Math.abs(r.difference) > CROSS_CHECK_TOLERANCE);
      const max = Math.max(0, ...check.rows.map((r) => Math.abs(r.difference)));
      const offList = off.map((r) => `${r.geo} ${r.year} (${pct(r.computed)} vs. ${pct(r.published)})`).join(", ");
      notes.push(t.fig7.checkDone(check.rows.length, pct(max, 2)) + (off.length ? t.fig7.checkOff(pct(CROSS_CHECK_TOLERANCE), offList) : "."));
    } catch (e) {
      notes.push(t.fig7.checkFailed((e as Error).message));
    }
  } else {
    notes.push(t.fig7.checkSkipped(sourceById(FIG7_PC_SOURCE).file, FIG7_FETCH_HINT));
  }

  const title = figureTitle("fig7", from, to, opts.lang);
  const figure = crossSectionFigure(
    title,
    sourceLine("Eurostat Database", sources, t),
    averages,
    { title: t.axis.fig7, format: (v) => pct(v), hover: "%{y}: %{x:.1f}%<extra></extra>" },
    t,
  );
  // The countries the annex leaves out, as the data has them: shows that the exclusion is real.
  const excluded = aq.from(
    sortByGeoYear(shares.filter((s) => FIG7_EXCLUDED.includes(s.geo) && s.year >= from && s.year <= to).map((s) => ({ geo: s.geo, year: s.year, value: s.value, positive: s.positive, total: s.total }))),
  );
  return { id: "fig7", title, mode, period: { from, to }, table: averages, extraTables: { yearly, excluded }, figure, sources, notes };
}

export const fig7: FigureModule = {
  id: "fig7",
  title: figureName("fig7"),
  sourceIds: [FIG7_SOURCE, FIG7_PC_SOURCE],
  build: buildFig7,
};
