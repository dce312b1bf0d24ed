// Figure 1: Immigratie en emigratie, 1995-2024 (CBS 83474NED, yearly rows).
// Emigration includes the balance of administrative corrections; both flows include Dutch nationals.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import type { ColumnTable } from "arquero";
import { parseCbsPeriod } from "../parse/cbs-period";
import { cbsNumber, requireColumns } from "../parse/cbs-odata";
import { loadCbsCsv, loadCbsOData, NeedsDataError } from "../parse/load";
import { messages, type Messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { baseLayout, COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG1_SOURCE = "cbs-83474NED-data";
export const FIG1_CHECK_SOURCE = "cbs-37296ned-csv";
export const FIG1_ANNEX = ANNEX_FIGURES.fig1.period;
const IMMIGRATION = "Immigratie_4";
const EMIGRATION = "EmigratieInclusiefAdministratieveC_5";

export interface Fig1Row {
  year: number;
  immigration: number | null;
  emigration: number | null;
  net_migration: number | null;
}

/** Yearly immigration and emigration from 83474NED's JJ rows (month rows are left out). */
export function fig1Yearly(rawDir = defaultRawDir()): { rows: Fig1Row[]; provenance: ReturnType<typeof loadCbsOData>["provenance"] } {
  const { data, provenance } = loadCbsOData(FIG1_SOURCE, rawDir);
  const file = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["Perioden", IMMIGRATION, EMIGRATION], file);
  const rows: Fig1Row[] = [];
  for (const r of data.rows) {
    const p = parseCbsPeriod(String(r.Perioden));
    if (p.frequency !== "year") continue;
    const immigration = cbsNumber(r, IMMIGRATION, file);
    const emigration = cbsNumber(r, EMIGRATION, file);
    rows.push({
      year: p.year,
      immigration,
      emigration,
      net_migration: immigration === null || emigration === null ? null : immigration - emigration,
    });
  }
  rows.sort((a, b) => a.year - b.year);
  return { rows, provenance };
}

export function buildFig1(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const { rows, provenance } = fig1Yearly(rawDir);
  const withValue = rows.filter((r) => r.immigration !== null).map((r) => r.year);
  if (!withValue.length) throw new Error(`${provenance.file}: no year with an immigration value`);
  const newest = Math.max(...withValue);
  const to = mode === "annex" ? FIG1_ANNEX.to : newest;
  const wanted = years(FIG1_ANNEX.from, to);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const missing = wanted.filter((y) => !byYear.has(y));
  if (missing.length) {
    throw new Error(`${provenance.file}: no yearly rows for ${missing.join(", ")} (figure 1 needs ${FIG1_ANNEX.from}-${to})`);
  }
  const selected = wanted.map((y) => byYear.get(y)!);
  const table: ColumnTable = aq.from(selected).select("year", "immigration", "emigration", "net_migration");

  const notes = [t.fig1.noteEmigration, t.fig1.noteDutch];
  // 83474NED publishes the newest year provisionally first (definitive figures follow in 85451NED).
  notes.push(t.fig1.noteProvisional(to));
  notes.push(crossCheckNote(rows, rawDir, t));
  const title = figureTitle("fig1", FIG1_ANNEX.from, to, opts.lang);
  const x = selected.map((r) => r.year);
  const figure = {
    data: [
      { type: "bar", name: t.fig1.net, x, y: selected.map((r) => r.net_migration), marker: { color: COLORS.grey }, opacity: 0.6 },
      { type: "scatter", mode: "lines", name: t.fig1.immigration, x, y: selected.map((r) => r.immigration), line: { color: COLORS.blue, width: 3 } },
      { type: "scatter", mode: "lines", name: t.fig1.emigration, x, y: selected.map((r) => r.emigration), line: { color: COLORS.orange, width: 3 } },
    ],
    layout: baseLayout(
      title,
      sourceLine("CBS StatLine", [provenance], t),
      {
        yaxis: { title: { text: t.axis.persons }, tickformat: ",d", rangemode: "tozero", gridcolor: "#ddd" },
        xaxis: { title: { text: t.axis.year }, dtick: 5 },
        barmode: "overlay",
      },
      t,
    ),
  };
  return { id: "fig1", title, mode, period: { from: FIG1_ANNEX.from, to }, table, figure, sources: [provenance], notes };
}

export interface Fig1CrossCheckRow {
  year: number;
  immigration_83474: number | null;
  immigration_37296: number | null;
  emigration_83474: number | null;
  emigration_37296: number | null;
}

/**
 * Compares 83474NED with the independent StatLine CSV export of 37296ned (Bevolking; kerncijfers)
 * for the years both cover (from 1995). Without the CSV (it comes only from a mirror) the loader
 * throws NeedsDataError naming it.
 */
export function fig1CrossCheck(rawDir = defaultRawDir(), rows: Fig1Row[] = fig1Yearly(rawDir).rows): Fig1CrossCheckRow[] {
  const csv = loadCbsCsv(FIG1_CHECK_SOURCE, rawDir);
  const file = `${rawDir}/${csv.provenance.file}`;
  const check = new Map<number, { imm: number | null; emi: number | null }>();
  for (const r of csv.data) {
    const p = parseCbsPeriod(String(r.Perioden));
    if (p.frequency !== "year") continue;
    check.set(p.year, { imm: cbsNumber(r, "Immigratie_73", file), emi: cbsNumber(r, "EmigratieInclusiefAdministratieveC_74", file) });
  }
  return rows
    .filter((r) => r.year >= FIG1_ANNEX.from && check.get(r.year)?.imm != null)
    .map((r) => ({
      year: r.year,
      immigration_83474: r.immigration,
      immigration_37296: check.get(r.year)!.imm,
      emigration_83474: r.emigration,
      emigration_37296: check.get(r.year)!.emi,
    }));
}

/**
 * The cross-check as a note of the figure. Without the CSV it says so; a damaged CSV is not
 * passed over: its error (naming the file) fails the figure, as any damaged file of the run does.
 */
function crossCheckNote(rows: Fig1Row[], rawDir: string, t: Messages): string {
  let check: Fig1CrossCheckRow[];
  try {
    check = fig1CrossCheck(rawDir, rows);
  } catch (e) {
    if (e instanceof NeedsDataError) return t.fig1.checkMissing(e.source.file);
    throw e;
  }
  if (!check.length) return t.fig1.checkNoYears;
  const span = `${check[0].year}-${check[check.length - 1].year}`;
  const differ = check.filter((r) => r.immigration_83474 !== r.immigration_37296 || r.emigration_83474 !== r.emigration_37296).map((r) => r.year);
  return differ.length ? t.fig1.checkDiffers(span, differ.join(", ")) : t.fig1.checkEqual(span, check.length);
}

export const fig1: FigureModule = {
  id: "fig1",
  title: figureName("fig1"),
  sourceIds: [FIG1_SOURCE, FIG1_CHECK_SOURCE],
  build: buildFig1,
};
