// Figure 4: Migratiemotieven niet-Nederlanders 1999-2023: all non-Dutch immigrants of the period
// (EU/EFTA from 84808NED without Dutch nationals, plus non-EU/EFTA from 84809NED) by motive.
// Like the publication, family members are attributed to the motive of the person they came with
// or followed when the data has the family sub-categories (see family-split.ts); with main motives
// only (the offline mirror) the figure says so in its title. Beside it, the composition of those
// still living in the Netherlands (see still-resident.ts).
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { EU_TABLE, NON_EU_TABLE, readMotiveData } from "../parse/cbs-motives";
import { RESIDENT_OPTIONAL_SOURCES, RESIDENT_SOURCES } from "../parse/cbs-residents";
import { messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { composition, type CompositionMotive } from "./family-split";
import { newestYear } from "./motive-years";
import { stillResident } from "./still-resident";
import { baseLayout, COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG4_ANNEX = ANNEX_FIGURES.fig4.period;

const CATEGORY_COLORS: Record<CompositionMotive, string> = {
  work: COLORS.blue,
  family_of_work: "#7fa7cf",
  study: COLORS.green,
  family_of_study: "#a3c98f",
  asylum: COLORS.red,
  family_of_asylum_nareis: "#d9736f",
  family_of_asylum: "#eab3b0",
  temporary_protection: COLORS.sand,
  family: COLORS.orange,
  family_other: COLORS.orange,
  other: COLORS.grey,
};

export function buildFig4(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const eu = readMotiveData(EU_TABLE, rawDir);
  const nonEu = readMotiveData(NON_EU_TABLE, rawDir);
  // The same years for both tables (the publication leaves out 2024, not yet there for EU/EFTA).
  const to = mode === "annex" ? FIG4_ANNEX.to : Math.min(newestYear(eu.values), newestYear(nonEu.values));
  const wanted = years(FIG4_ANNEX.from, to);
  const comp = composition(
    [
      { data: eu, label: `${t.fig4.groupEu} (${EU_TABLE.table})`, where: `${rawDir}/${eu.provenance.file}` },
      { data: nonEu, label: `${t.fig4.groupNonEu} (${NON_EU_TABLE.table})`, where: `${rawDir}/${nonEu.provenance.file}` },
    ],
    wanted,
    t,
  );
  const notes = [t.fig4.noteNonDutch, t.fig4.noteMotives, ...comp.notes];
  if (comp.mode === "split") notes.push(t.fig4.noteSplit, t.fig4.noteNareis);
  else notes.push(t.fig4.noteMain);

  const residentNotes: string[] = [];
  const residents = stillResident(rawDir, FIG4_ANNEX.from, to, residentNotes, t);
  const residentRows = residents.flatMap((r) => (r.composition ? r.composition.rows.map((x) => ({ candidate: r.candidate, ...x })) : []));
  for (const r of residents) {
    if (r.unavailable) notes.push(t.fig4.residentUnavailable(r.candidate, r.unavailable));
    else if (r.composition) notes.push(r.composition.mode === "split" ? t.fig4.residentSplit(r.candidate) : t.fig4.residentMain(r.candidate));
  }
  notes.push(...residentNotes);

  const baseTitle = figureTitle("fig4", FIG4_ANNEX.from, to, opts.lang);
  const subtitle = comp.mode === "main" ? t.fig4.subtitleMain : t.fig4.subtitleSplit;
  const sources = [eu.provenance, nonEu.provenance];
  const rows = comp.rows;
  const figure = {
    data: [
      {
        type: "pie",
        hole: 0.45,
        sort: false,
        direction: "clockwise",
        labels: rows.map((r) => t.motives[r.motive]),
        values: rows.map((r) => r.persons),
        marker: { colors: rows.map((r) => CATEGORY_COLORS[r.motive]) },
        texttemplate: "%{percent:.0%}",
        hovertemplate: "%{label}: %{value:,d} (%{percent:.1%})<extra></extra>",
      },
    ],
    layout: baseLayout(
      `${baseTitle}<br><sup>${subtitle}</sup>`,
      sourceLine("CBS StatLine", sources, t),
      {
        legend: { orientation: "v", x: 1.02, y: 0.5, yanchor: "middle", traceorder: "normal" },
        margin: { l: 40, r: 40, t: 80, b: 80 },
      },
      t,
    ),
  };
  return {
    id: "fig4",
    title: baseTitle,
    mode,
    period: { from: FIG4_ANNEX.from, to },
    table: aq.from(comp.rows).select("motive", "persons", "share"),
    extraTables: residentRows.length ? { still_resident: aq.from(residentRows).select("candidate", "motive", "persons", "share") } : undefined,
    figure,
    sources: [
      ...sources,
      ...(comp.mode === "split" ? [eu.codeListProvenance!, nonEu.codeListProvenance!] : []),
      ...residents.flatMap((r) => r.provenance),
    ],
    notes,
  };
}

export const fig4: FigureModule = {
  id: "fig4",
  title: figureName("fig4"),
  sourceIds: [
    ...new Set([
      ...[EU_TABLE, NON_EU_TABLE].flatMap((t) => [t.dataSource, t.infoSource, t.codeListSource]),
      ...RESIDENT_SOURCES.sec.flat(),
      ...RESIDENT_SOURCES.population.flat(),
      ...RESIDENT_OPTIONAL_SOURCES,
    ]),
  ],
  build: buildFig4,
};
