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
import { defaultRawDir } from "../paths";
import { composition, COMPOSITION_LABELS, type CompositionMotive } from "./family-split";
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
  const eu = readMotiveData(EU_TABLE, rawDir);
  const nonEu = readMotiveData(NON_EU_TABLE, rawDir);
  // The same years for both tables (the publication leaves out 2024, not yet there for EU/EFTA).
  const to = mode === "annex" ? FIG4_ANNEX.to : Math.min(newestYear(eu.values), newestYear(nonEu.values));
  const wanted = years(FIG4_ANNEX.from, to);
  const comp = composition(
    [
      { data: eu, label: `EU/EFTA (${EU_TABLE.table})`, where: `${rawDir}/${eu.provenance.file}` },
      { data: nonEu, label: `niet-EU/EFTA (${NON_EU_TABLE.table})`, where: `${rawDir}/${nonEu.provenance.file}` },
    ],
    wanted,
  );
  const notes = [
    "Niet-Nederlanders: immigranten uit EU/EFTA-landen zonder Nederlanders (geen afgeleid migratiedoel) plus alle immigranten van buiten de EU/EFTA.",
    "EU/EFTA: door CBS afgeleid migratiedoel; niet-EU/EFTA: motief van de eerste IND-vergunning.",
    ...comp.notes,
  ];
  if (comp.mode === "split") {
    notes.push("Gezinsleden die meekwamen of later volgden zijn toegerekend aan het motief van de hoofdmigrant (arbeid, studie, asiel); nareis apart van reguliere gezinsmigratie bij asiel.");
    notes.push("Nareis wordt pas sinds 2013 apart geteld; daarvoor valt het onder asiel (het aandeel nareis is dus feitelijk iets hoger).");
  } else {
    notes.push(
      "De publicatie rekent gezinsleden toe aan het motief van de hoofdmigrant (arbeid, studie, asiel); dat vraagt de subcategorieën van gezinsmigratie, die hier ontbreken. Gezin is daardoor groter en arbeid, studie en asiel kleiner dan in de publicatie.",
    );
  }

  const residentNotes: string[] = [];
  const residents = stillResident(rawDir, FIG4_ANNEX.from, to, residentNotes);
  const residentRows = residents.flatMap((r) => (r.composition ? r.composition.rows.map((x) => ({ candidate: r.candidate, ...x })) : []));
  for (const r of residents) {
    if (r.unavailable) notes.push(`Nog in Nederland woonachtig (${r.candidate}): niet berekend (${r.unavailable}).`);
    else if (r.composition) notes.push(`Nog in Nederland woonachtig (${r.candidate}): ${r.composition.mode === "split" ? "met toerekening van gezinsleden" : "alleen hoofdmotieven"}.`);
  }
  notes.push(...residentNotes);

  const baseTitle = figureTitle("fig4", FIG4_ANNEX.from, to);
  const subtitle =
    comp.mode === "main" ? "Alleen hoofdmotieven: gezinsleden niet toegerekend aan de hoofdmigrant (subcategorieën ontbreken in de gegevens)" : "Gezinsleden toegerekend aan het motief van de hoofdmigrant";
  const sources = [eu.provenance, nonEu.provenance];
  const rows = comp.rows;
  const figure = {
    data: [
      {
        type: "pie",
        hole: 0.45,
        sort: false,
        direction: "clockwise",
        labels: rows.map((r) => COMPOSITION_LABELS[r.motive]),
        values: rows.map((r) => r.persons),
        marker: { colors: rows.map((r) => CATEGORY_COLORS[r.motive]) },
        texttemplate: "%{percent:.0%}",
        hovertemplate: "%{label}: %{value:,d} (%{percent:.1%})<extra></extra>",
      },
    ],
    layout: baseLayout(`${baseTitle}<br><sup>${subtitle}</sup>`, sourceLine("CBS StatLine", sources), {
      legend: { orientation: "v", x: 1.02, y: 0.5, yanchor: "middle", traceorder: "normal" },
      margin: { l: 40, r: 40, t: 80, b: 80 },
    }),
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
