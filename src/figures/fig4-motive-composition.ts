// Figure 4: Migratiemotieven niet-Nederlanders 1999-2023: all non-Dutch immigrants of the period
// (EU/EFTA from 84808NED without Dutch nationals, plus non-EU/EFTA from 84809NED) by motive.
// Like the publication, family members are attributed to the motive of the person they came with
// or followed when the data has the family sub-categories (see motives.ts); with main motives only
// (the offline mirror) the figure says so in its title.
//
// Beside it, the composition of those still living in the Netherlands (published: asylum 21%,
// family 25%), from whichever of the two catalogued candidates is present:
//   sec:        84808NED/84809NED, inflow minus 'niet meer aanwezig in Nederland' at the newest
//               duration of stay measured for each year of immigration;
//   population: 85905NED/85904NED, population on 31 December of the last year, by motive.
import * as aq from "arquero";
import { cbsNumber, requireColumns, type CbsRow } from "../parse/cbs-odata";
import { parseCbsPeriod } from "../parse/cbs-period";
import { hasRaw, loadCbsOData, type Provenance } from "../parse/load";
import { defaultRawDir } from "../paths";
import {
  checkMainTitles,
  composition,
  COMPOSITION_LABELS,
  EU_TABLE,
  NON_EU_TABLE,
  readCodeList,
  readMotiveData,
  TOTAL_KEY,
  withTableVintage,
  type CodeEntry,
  type Composition,
  type CompositionMotive,
  type KeyValues,
  type MotiveTableSpec,
} from "./motives";
import { baseLayout, COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG4_ANNEX = { from: 1999, to: 2023 };

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

// ---------------------------------------------------------------- still-resident candidates

export type ResidentCandidate = "sec" | "population";

/** The sources each candidate needs, per table (EU/EFTA first). */
export const RESIDENT_SOURCES: Record<ResidentCandidate, string[][]> = {
  sec: [EU_TABLE, NON_EU_TABLE].map((t) => [`cbs-${t.table}-sec`, `cbs-${t.table}-SociaaleconomischeCategorie`, `cbs-${t.table}-Verblijfsduur`, t.codeListSource]),
  population: [
    ["cbs-85905NED-data", "cbs-85905NED-AfgeleidMigratiedoel", "cbs-85905NED-JaarVanImmigratie"],
    ["cbs-85904NED-data", "cbs-85904NED-Migratiemotief", "cbs-85904NED-JaarVanImmigratie"],
  ],
};
const OPTIONAL_EXTRA = ["cbs-85905NED-info", "cbs-85905NED-properties", "cbs-85904NED-info", "cbs-85904NED-properties"];

interface ResidentTable {
  data: { values: KeyValues; codeList?: CodeEntry[] };
  label: string;
  where: string;
  provenance: Provenance[];
}

const SEC_TOTAL = "T001083";
const NOT_PRESENT = /niet meer (aanwezig|in nederland)/i;

function codeListOrThrow(id: string, rawDir: string) {
  const list = readCodeList(id, rawDir);
  if (!list) throw new Error(`${id} is not in ${rawDir}`);
  return list;
}

/** Duration of stay in whole years from a Verblijfsduur title ('5 jaar'); one title without a number is the moment of immigration (0). */
function durationYears(entries: CodeEntry[], where: string): Map<string, number> {
  const out = new Map<string, number>();
  const withoutNumber = entries.filter((e) => !/\d+/.test(e.title));
  if (withoutNumber.length > 1) {
    throw new Error(`${where}: several durations without a number of years (${withoutNumber.map((e) => `"${e.title}"`).join(", ")}): cannot order them`);
  }
  for (const e of entries) out.set(e.key, Number(/(\d+)/.exec(e.title)?.[1] ?? 0));
  return out;
}

/** Candidate 'sec': per year of immigration and motive, inflow minus those no longer present at the newest measurement. */
function secTable(spec: MotiveTableSpec, rawDir: string, to: number, notes: string[]): ResidentTable {
  const [dataId, secId, durationId, motiveId] = RESIDENT_SOURCES.sec[spec === EU_TABLE ? 0 : 1];
  const { data, provenance } = loadCbsOData(dataId, rawDir);
  const where = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["JaarVanImmigratie", spec.dimension, "SociaaleconomischeCategorie", "Verblijfsduur", spec.measure], where);
  const sec = codeListOrThrow(secId, rawDir);
  const gone = sec.entries.filter((e) => NOT_PRESENT.test(e.title));
  if (gone.length !== 1) {
    throw new Error(`${rawDir}/${sec.provenance.file}: expected one category titled 'niet meer aanwezig in Nederland', found ${gone.length}`);
  }
  const totalEntry = sec.entries.find((e) => e.key === SEC_TOTAL);
  if (totalEntry && !/totaal/i.test(totalEntry.title)) throw new Error(`${rawDir}/${sec.provenance.file}: ${SEC_TOTAL} is "${totalEntry.title}", not the total`);
  const durations = codeListOrThrow(durationId, rawDir);
  const duration = durationYears(durations.entries, `${rawDir}/${durations.provenance.file}`);
  const motives = codeListOrThrow(motiveId, rawDir);
  checkMainTitles(motives.entries, `${rawDir}/${motives.provenance.file}`);

  // cells[year][motive][duration] = { total, gone }
  type Cell = { total?: number | null; gone?: number | null };
  const cells = new Map<number, Map<string, Map<string, Cell>>>();
  for (const r of data.rows) {
    const category = String(r.SociaaleconomischeCategorie);
    if (category !== SEC_TOTAL && category !== gone[0].key) continue;
    const year = parseCbsPeriod(String(r.JaarVanImmigratie)).year;
    const byMotive = cells.get(year) ?? cells.set(year, new Map()).get(year)!;
    const byDuration = byMotive.get(String(r[spec.dimension])) ?? byMotive.set(String(r[spec.dimension]), new Map()).get(String(r[spec.dimension]))!;
    const cell = byDuration.get(String(r.Verblijfsduur)) ?? byDuration.set(String(r.Verblijfsduur), {}).get(String(r.Verblijfsduur))!;
    cell[category === SEC_TOTAL ? "total" : "gone"] = cbsNumber(r, spec.measure, where);
  }
  const values: KeyValues = new Map();
  const unmeasured = new Set<number>();
  for (const [year, byMotive] of cells) {
    const row = new Map<string, number | null>();
    for (const [motive, byDuration] of byMotive) {
      const measured = [...byDuration.entries()]
        .filter(([, c]) => typeof c.total === "number" && typeof c.gone === "number")
        .sort(([a], [b]) => (duration.get(b) ?? 0) - (duration.get(a) ?? 0));
      if (measured.length) row.set(motive, (measured[0][1].total as number) - (measured[0][1].gone as number));
      else {
        // No measurement after immigration yet (the newest year): nobody has been seen to leave.
        const inflow = [...byDuration.values()].find((c) => typeof c.total === "number")?.total;
        row.set(motive, typeof inflow === "number" ? inflow : null);
        if (typeof inflow === "number" && year <= to) unmeasured.add(year);
      }
    }
    values.set(year, row);
  }
  if (unmeasured.size) notes.push(`Nog in Nederland (${spec.table}): voor ${[...unmeasured].sort().join(", ")} nog geen meting na immigratie; als nog aanwezig geteld.`);
  return {
    data: { values, codeList: motives.entries },
    label: `${spec.label} (${spec.table}, sociaaleconomische categorie)`,
    where,
    provenance: [withTableVintage(provenance, spec.infoSource, rawDir), sec.provenance, durations.provenance, motives.provenance],
  };
}

/** The measure column of a population table: from DataProperties (Type Topic) when present, else the one numeric column. */
function measureColumn(rows: CbsRow[], table: string, rawDir: string, where: string): string {
  const propsId = `cbs-${table}-properties`;
  if (hasRaw(propsId, rawDir)) {
    const topics = loadCbsOData(propsId, rawDir).data.rows.filter((r) => r.Type === "Topic").map((r) => String(r.Key));
    if (topics.length === 1) return topics[0];
    throw new Error(`${rawDir}/cbs/${table}/DataProperties.json: expected one measure (Type Topic), found ${topics.length}`);
  }
  const numeric = Object.keys(rows[0]).filter((k) => k !== "ID" && rows.some((r) => typeof r[k] === "number"));
  if (numeric.length !== 1) throw new Error(`${where}: cannot tell the measure column (numeric columns: ${numeric.join(", ") || "none"})`);
  return numeric[0];
}

/** Candidate 'population': population on 31 December of the last year, by motive and year of immigration. */
function populationTable(index: 0 | 1, rawDir: string, from: number, to: number): ResidentTable {
  const [dataId, motiveId, yearId] = RESIDENT_SOURCES.population[index];
  const table = index === 0 ? "85905NED" : "85904NED";
  const dimension = index === 0 ? "AfgeleidMigratiedoel" : "Migratiemotief";
  const { data, provenance } = loadCbsOData(dataId, rawDir);
  const where = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["JaarVanImmigratie", "Perioden", dimension], where);
  const measure = measureColumn(data.rows, table, rawDir, where);
  const motives = codeListOrThrow(motiveId, rawDir);
  checkMainTitles(motives.entries, `${rawDir}/${motives.provenance.file}`);
  const yearList = codeListOrThrow(yearId, rawDir);
  // Year of immigration: a period key (1999JJ00) or a code whose title is the year; totals are skipped.
  const yearOf = (key: string): number | undefined => {
    if (/^\d{4}JJ00$/.test(key)) return parseCbsPeriod(key).year;
    const title = yearList.entries.find((e) => e.key === key)?.title ?? "";
    const m = /^\s*(\d{4})\s*\*?\s*$/.exec(title);
    if (m) return Number(m[1]);
    if (key.startsWith("T00") || /totaal/i.test(title)) return undefined;
    throw new Error(`${rawDir}/${yearList.provenance.file}: year of immigration ${key} "${title}" is not a year`);
  };
  const peil = `${to}JJ00`;
  const values: KeyValues = new Map();
  for (const r of data.rows) {
    if (String(r.Perioden) !== peil) continue;
    const year = yearOf(String(r.JaarVanImmigratie));
    if (year === undefined || year < from || year > to) continue;
    if (!values.has(year)) values.set(year, new Map());
    values.get(year)!.set(String(r[dimension]), cbsNumber(r, measure, where));
  }
  if (!values.size) throw new Error(`${where}: no population on 31 December ${to} (Perioden ${peil}) by year of immigration ${from}-${to}`);
  return {
    data: { values, codeList: motives.entries },
    label: `${index === 0 ? "EU/EFTA" : "niet-EU/EFTA"} (${table}, bevolking 31 december ${to})`,
    where,
    provenance: [withTableVintage(provenance, `cbs-${table}-info`, rawDir), motives.provenance, yearList.provenance],
  };
}

export interface ResidentResult {
  candidate: ResidentCandidate;
  composition?: Composition;
  provenance: Provenance[];
  /** Why it was not computed: the absent sources, or the error. */
  unavailable?: string;
}

/** Both candidates: computed when all their files are present, else the absent sources named. */
export function stillResident(rawDir: string, from: number, to: number, notes: string[] = []): ResidentResult[] {
  const wanted = years(from, to);
  return (["sec", "population"] as const).map((candidate) => {
    const absent = RESIDENT_SOURCES[candidate].flat().filter((id) => !hasRaw(id, rawDir));
    if (absent.length) return { candidate, provenance: [], unavailable: `ontbreekt: ${absent.join(", ")}` };
    try {
      const tables =
        candidate === "sec" ? [secTable(EU_TABLE, rawDir, to, notes), secTable(NON_EU_TABLE, rawDir, to, notes)] : [populationTable(0, rawDir, from, to), populationTable(1, rawDir, from, to)];
      return { candidate, composition: composition(tables, wanted), provenance: tables.flatMap((t) => t.provenance) };
    } catch (e) {
      // Optional sources: a file that does not have the expected structure is reported, and figure 4 itself still builds.
      return { candidate, provenance: [], unavailable: `niet te berekenen: ${(e as Error).message}` };
    }
  });
}

// ---------------------------------------------------------------- the figure

export function buildFig4(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const eu = readMotiveData(EU_TABLE, rawDir);
  const nonEu = readMotiveData(NON_EU_TABLE, rawDir);
  // The same years for both tables (the publication leaves out 2024, not yet there for EU/EFTA).
  const newest = (v: KeyValues) => Math.max(...[...v.entries()].filter(([, m]) => typeof m.get(TOTAL_KEY) === "number").map(([y]) => y));
  const to = mode === "annex" ? FIG4_ANNEX.to : Math.min(newest(eu.values), newest(nonEu.values));
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

  const baseTitle = `Migratiemotieven niet-Nederlanders ${FIG4_ANNEX.from}-${to}`;
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
  title: "Migratiemotieven niet-Nederlanders",
  sourceIds: [
    ...new Set([
      ...[EU_TABLE, NON_EU_TABLE].flatMap((t) => [t.dataSource, t.infoSource, t.codeListSource]),
      ...RESIDENT_SOURCES.sec.flat(),
      ...RESIDENT_SOURCES.population.flat(),
      ...OPTIONAL_EXTRA,
    ]),
  ],
  build: buildFig4,
};
