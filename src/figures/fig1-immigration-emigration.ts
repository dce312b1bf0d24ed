// Figure 1: Immigratie en emigratie, 1995-2024 (CBS 83474NED, yearly rows).
// Emigration includes the balance of administrative corrections; both flows include Dutch nationals.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import { parseCbsPeriod } from "../parse/cbs-period";
import { cbsNumber, requireColumns, type CbsODataDocument, type CbsRow } from "../parse/cbs-odata";
import { loadCbsCsv, loadCbsOData } from "../parse/load";
import { messages, type Lang } from "../i18n/index";
import { rowsOf } from "./rows";
import { baseLayout, COLORS, sourceLine, years } from "./style";
import { isPresent, optionalTable, rawTable, type OptionalTable, type RawTable } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

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

export interface Fig1Tables {
  /** 83474NED, yearly and monthly rows. */
  flows: RawTable<CbsODataDocument>;
  /** The StatLine CSV export of 37296ned, for the cross-check; only a mirror has it. */
  check: OptionalTable<CbsRow[]>;
}

function loadFig1(dir: string): Fig1Tables {
  return {
    flows: rawTable(loadCbsOData(FIG1_SOURCE, dir), dir),
    check: optionalTable(() => loadCbsCsv(FIG1_CHECK_SOURCE, dir), dir),
  };
}

/** Yearly immigration and emigration from 83474NED's JJ rows (month rows are left out). */
export function fig1Yearly(flows: Fig1Tables["flows"]): Fig1Row[] {
  const file = flows.where;
  requireColumns(flows.data, ["Perioden", IMMIGRATION, EMIGRATION], file);
  const rows: Fig1Row[] = [];
  for (const r of flows.data.rows) {
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
  return rows.sort((a, b) => a.year - b.year);
}

export function computeFig1(tables: Fig1Tables, opts: ComputeOptions): FigureResult {
  const { mode } = opts;
  const { flows } = tables;
  const rows = fig1Yearly(flows);
  const withValue = rows.filter((r) => r.immigration !== null).map((r) => r.year);
  if (!withValue.length) throw new Error(`${flows.provenance.file}: no year with an immigration value`);
  const newest = Math.max(...withValue);
  const to = mode === "annex" ? FIG1_ANNEX.to : newest;
  const wanted = years(FIG1_ANNEX.from, to);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const missing = wanted.filter((y) => !byYear.has(y));
  if (missing.length) {
    throw new Error(
      `${flows.provenance.file}: no yearly rows for ${missing.join(", ")} (figure 1 needs ${FIG1_ANNEX.from}-${to})`,
    );
  }
  const selected = wanted.map((y) => byYear.get(y)!);
  const notes: Note[] = [
    (t) => t.fig1.noteEmigration,
    (t) => t.fig1.noteDutch,
    // 83474NED publishes the newest year provisionally first (definitive figures follow in 85451NED).
    (t) => t.fig1.noteProvisional(to),
    crossCheckNote(tables, rows),
  ];
  return {
    id: "fig1",
    mode,
    period: { from: FIG1_ANNEX.from, to },
    table: aq.from(selected).select("year", "immigration", "emigration", "net_migration"),
    sources: [flows.provenance],
    notes,
  };
}

export function chartFig1(result: FigureResult, lang: Lang): PlotlyFigure {
  const t = messages(lang);
  const rows = rowsOf<Fig1Row>(result.table);
  const x = rows.map((r) => r.year);
  return {
    data: [
      {
        type: "bar",
        name: t.fig1.net,
        x,
        y: rows.map((r) => r.net_migration),
        marker: { color: COLORS.grey },
        opacity: 0.6,
      },
      {
        type: "scatter",
        mode: "lines",
        name: t.fig1.immigration,
        x,
        y: rows.map((r) => r.immigration),
        line: { color: COLORS.blue, width: 3 },
      },
      {
        type: "scatter",
        mode: "lines",
        name: t.fig1.emigration,
        x,
        y: rows.map((r) => r.emigration),
        line: { color: COLORS.orange, width: 3 },
      },
    ],
    layout: baseLayout(
      figureTitle("fig1", result.period.from, result.period.to, lang),
      sourceLine("CBS StatLine", result.sources, t),
      {
        yaxis: { title: { text: t.axis.persons }, tickformat: ",d", rangemode: "tozero", gridcolor: "#ddd" },
        xaxis: { title: { text: t.axis.year }, dtick: 5 },
        barmode: "overlay",
      },
      t,
    ),
  };
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
 * for the years both cover (from 1995). Without the CSV (it comes only from a mirror) an error names it.
 */
export function fig1CrossCheck(tables: Fig1Tables, rows: Fig1Row[] = fig1Yearly(tables.flows)): Fig1CrossCheckRow[] {
  const csv = tables.check;
  if (!isPresent(csv))
    throw new Error(
      `${csv.absent} is not in the data folder (the StatLine CSV export of 37296ned comes only from a mirror)`,
    );
  const check = new Map<number, { imm: number | null; emi: number | null }>();
  for (const r of csv.data) {
    const p = parseCbsPeriod(String(r.Perioden));
    if (p.frequency !== "year") continue;
    check.set(p.year, {
      imm: cbsNumber(r, "Immigratie_73", csv.where),
      emi: cbsNumber(r, "EmigratieInclusiefAdministratieveC_74", csv.where),
    });
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

/** The cross-check as a note of the figure; without the CSV it says so. */
function crossCheckNote(tables: Fig1Tables, rows: Fig1Row[]): Note {
  const csv = tables.check;
  if (!isPresent(csv)) return (t) => t.fig1.checkMissing(csv.absent);
  const check = fig1CrossCheck(tables, rows);
  if (!check.length) return (t) => t.fig1.checkNoYears;
  const span = `${check[0].year}-${check[check.length - 1].year}`;
  const differ = check
    .filter((r) => r.immigration_83474 !== r.immigration_37296 || r.emigration_83474 !== r.emigration_37296)
    .map((r) => r.year);
  return differ.length
    ? (t) => t.fig1.checkDiffers(span, differ.join(", "))
    : (t) => t.fig1.checkEqual(span, check.length);
}

export const fig1: FigureModule<Fig1Tables> = {
  id: "fig1",
  title: figureName("fig1"),
  notebook: "fig1-immigration-emigration",
  sourceIds: sourceIdsOf("fig1"),
  load: loadFig1,
  compute: computeFig1,
  chart: chartFig1,
};
