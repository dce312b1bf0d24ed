// Figure 4: Migratiemotieven niet-Nederlanders 1999-2023: all non-Dutch immigrants of the period
// (EU/EFTA from 84808NED without Dutch nationals, plus non-EU/EFTA from 84809NED) by motive.
// Like the publication, family members are attributed to the motive of the person they came with
// or followed when the data has the family sub-categories (see family-split.ts); with main motives
// only (the offline mirror) the figure says so in its title. Beside it, the composition of those
// still living in the Netherlands (see still-resident.ts).
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import { EU_TABLE, NON_EU_TABLE } from "../parse/cbs-motives";
import { messages, type Lang } from "../i18n/index";
import { composition, type CompositionRow } from "./family-split";
import { newestYear } from "./motive-years";
import { rowsOf } from "./rows";
import { loadResidents, stillResident, type ResidentTables } from "./still-resident";
import { baseLayout, MOTIVE_COLORS, sourceLine, years } from "./style";
import { loadMotiveTables, type MotiveTables } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

const FIG4_ANNEX = ANNEX_FIGURES.fig4.period;

export interface Fig4Tables {
  eu: MotiveTables;
  nonEu: MotiveTables;
  /** The two candidates for the composition of those still living in the Netherlands (optional). */
  residents: ResidentTables[];
}

function loadFig4(dir: string): Fig4Tables {
  return {
    eu: loadMotiveTables(EU_TABLE, dir),
    nonEu: loadMotiveTables(NON_EU_TABLE, dir),
    residents: loadResidents(dir),
  };
}

export function computeFig4(tables: Fig4Tables, { mode }: ComputeOptions): FigureResult {
  const eu = tables.eu.motives;
  const nonEu = tables.nonEu.motives;
  // The same years for both tables (the publication leaves out 2024, not yet there for EU/EFTA).
  const to = mode === "annex" ? FIG4_ANNEX.to : Math.min(newestYear(eu.values), newestYear(nonEu.values));
  const wanted = years(FIG4_ANNEX.from, to);
  const comp = composition(
    [
      { data: eu, label: (t) => `${t.fig4.groupEu} (${EU_TABLE.table})`, where: tables.eu.where },
      { data: nonEu, label: (t) => `${t.fig4.groupNonEu} (${NON_EU_TABLE.table})`, where: tables.nonEu.where },
    ],
    wanted,
  );
  const notes: Note[] = [(t) => t.fig4.noteNonDutch, (t) => t.fig4.noteMotives, ...comp.notes];
  if (comp.mode === "split")
    notes.push(
      (t) => t.fig4.noteSplit,
      (t) => t.fig4.noteNareis,
    );
  else notes.push((t) => t.fig4.noteMain);

  const residentNotes: Note[] = [];
  const residents = stillResident(tables.residents, FIG4_ANNEX.from, to, residentNotes);
  const residentRows = residents.flatMap((r) =>
    r.composition ? r.composition.rows.map((x) => ({ candidate: r.candidate, ...x })) : [],
  );
  for (const r of residents) {
    const unavailable = r.unavailable;
    if (unavailable) notes.push((t) => t.fig4.residentUnavailable(r.candidate, unavailable(t)));
    else if (r.composition)
      notes.push(
        r.composition.mode === "split"
          ? (t) => t.fig4.residentSplit(r.candidate)
          : (t) => t.fig4.residentMain(r.candidate),
      );
  }
  notes.push(...residentNotes);

  return {
    id: "fig4",
    mode,
    period: { from: FIG4_ANNEX.from, to },
    table: aq.from(comp.rows).select("motive", "persons", "share"),
    extraTables: residentRows.length
      ? { still_resident: aq.from(residentRows).select("candidate", "motive", "persons", "share") }
      : undefined,
    // The two motive tables first: the source line names them.
    sources: [
      eu.provenance,
      nonEu.provenance,
      ...(comp.mode === "split" ? [eu.codeListProvenance!, nonEu.codeListProvenance!] : []),
      ...residents.flatMap((r) => r.provenance),
    ],
    notes,
    subtitle: comp.mode === "main" ? (t) => t.fig4.subtitleMain : (t) => t.fig4.subtitleSplit,
  };
}

export function chartFig4(result: FigureResult, lang: Lang): PlotlyFigure {
  const t = messages(lang);
  const rows = rowsOf<CompositionRow>(result.table);
  const subtitle = result.subtitle ? `<br><sup>${result.subtitle(t)}</sup>` : "";
  return {
    data: [
      {
        type: "pie",
        hole: 0.45,
        sort: false,
        direction: "clockwise",
        labels: rows.map((r) => t.motives[r.motive]),
        values: rows.map((r) => r.persons),
        marker: { colors: rows.map((r) => MOTIVE_COLORS[r.motive]) },
        texttemplate: "%{percent:.0%}",
        hovertemplate: "%{label}: %{value:,d} (%{percent:.1%})<extra></extra>",
      },
    ],
    layout: baseLayout(
      `${figureTitle("fig4", result.period.from, result.period.to, lang)}${subtitle}`,
      sourceLine("CBS StatLine", result.sources.slice(0, 2), t),
      {
        legend: { orientation: "v", x: 1.02, y: 0.5, yanchor: "middle", traceorder: "normal" },
        margin: { l: 40, r: 40, t: 80, b: 80 },
      },
      t,
    ),
  };
}

export const fig4: FigureModule<Fig4Tables> = {
  id: "fig4",
  title: figureName("fig4"),
  notebook: "fig4-motive-composition",
  sourceIds: sourceIdsOf("fig4"),
  load: loadFig4,
  compute: computeFig4,
  chart: chartFig4,
};
