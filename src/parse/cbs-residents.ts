// Readers of the two catalogued candidates for figure 4's "still living in the Netherlands":
//   sec:        84808NED/84809NED by socio-economic category ('niet meer aanwezig in Nederland')
//               and duration of stay;
//   population: 85905NED/85904NED, population by motive and year of immigration.
// They read and check the raw tables and code lists; src/figures/still-resident.ts computes.
import { cbsNumber, requireColumns, type CbsRow } from "./cbs-odata";
import { parseCbsPeriod } from "./cbs-period";
import {
  EU_TABLE,
  NON_EU_TABLE,
  checkMainTitles,
  requireCodeList,
  withTableVintage,
  type CodeEntry,
  type KeyValues,
  type MotiveTableSpec,
} from "./cbs-motives";
import { hasRaw, loadCbsOData, type Provenance } from "./load";

export type ResidentCandidate = "sec" | "population";

/** The sources each candidate needs, per table (EU/EFTA first). */
export const RESIDENT_SOURCES: Record<ResidentCandidate, string[][]> = {
  sec: [EU_TABLE, NON_EU_TABLE].map((t) => [
    `cbs-${t.table}-sec`,
    `cbs-${t.table}-SociaaleconomischeCategorie`,
    `cbs-${t.table}-Verblijfsduur`,
    t.codeListSource,
  ]),
  population: [
    ["cbs-85905NED-data", "cbs-85905NED-AfgeleidMigratiedoel", "cbs-85905NED-JaarVanImmigratie"],
    ["cbs-85904NED-data", "cbs-85904NED-Migratiemotief", "cbs-85904NED-JaarVanImmigratie"],
  ],
};
/** Read when present: the population tables' vintage and measure. */
export const RESIDENT_OPTIONAL_SOURCES = [
  "cbs-85905NED-info",
  "cbs-85905NED-properties",
  "cbs-85904NED-info",
  "cbs-85904NED-properties",
];

const SEC_TOTAL = "T001083";
const NOT_PRESENT = /niet meer (aanwezig|in nederland)/i;

/** Duration of stay in whole years from a Verblijfsduur title ('5 jaar'); one title without a number is the moment of immigration (0). */
function durationYears(entries: CodeEntry[], where: string): Map<string, number> {
  const out = new Map<string, number>();
  const withoutNumber = entries.filter((e) => !/\d+/.test(e.title));
  if (withoutNumber.length > 1) {
    throw new Error(
      `${where}: several durations without a number of years (${withoutNumber.map((e) => `"${e.title}"`).join(", ")}): cannot order them`,
    );
  }
  for (const e of entries) out.set(e.key, Number(/(\d+)/.exec(e.title)?.[1] ?? 0));
  return out;
}

/** Immigrants of one year of immigration, motive and duration of stay: all of them, and those no longer present. */
interface SecCell {
  total?: number | null;
  gone?: number | null;
}

export interface SecTable {
  /** cells[year of immigration][motive key][duration key] */
  cells: Map<number, Map<string, Map<string, SecCell>>>;
  /** Duration of stay in years per duration key. */
  duration: Map<string, number>;
  codeList: CodeEntry[];
  where: string;
  provenance: Provenance[];
}

/** Candidate 'sec' of one motive table: the total and 'niet meer aanwezig' cells, with the durations ordered. */
export function readSecTable(spec: MotiveTableSpec, rawDir: string): SecTable {
  const [dataId, secId, durationId, motiveId] = RESIDENT_SOURCES.sec[spec === EU_TABLE ? 0 : 1];
  const { data, provenance } = loadCbsOData(dataId, rawDir);
  const where = `${rawDir}/${provenance.file}`;
  requireColumns(
    data,
    ["JaarVanImmigratie", spec.dimension, "SociaaleconomischeCategorie", "Verblijfsduur", spec.measure],
    where,
  );
  const sec = requireCodeList(secId, rawDir);
  const gone = sec.entries.filter((e) => NOT_PRESENT.test(e.title));
  if (gone.length !== 1) {
    throw new Error(
      `${rawDir}/${sec.provenance.file}: expected one category titled 'niet meer aanwezig in Nederland', found ${gone.length}`,
    );
  }
  const totalEntry = sec.entries.find((e) => e.key === SEC_TOTAL);
  if (totalEntry && !/totaal/i.test(totalEntry.title))
    throw new Error(`${rawDir}/${sec.provenance.file}: ${SEC_TOTAL} is "${totalEntry.title}", not the total`);
  const durations = requireCodeList(durationId, rawDir);
  const duration = durationYears(durations.entries, `${rawDir}/${durations.provenance.file}`);
  const motives = requireCodeList(motiveId, rawDir);
  checkMainTitles(motives.entries, `${rawDir}/${motives.provenance.file}`);

  const cells: SecTable["cells"] = new Map();
  const child = <K, V>(m: Map<K, V>, k: K, make: () => V): V => m.get(k) ?? m.set(k, make()).get(k)!;
  for (const r of data.rows) {
    const category = String(r.SociaaleconomischeCategorie);
    if (category !== SEC_TOTAL && category !== gone[0].key) continue;
    const year = parseCbsPeriod(String(r.JaarVanImmigratie)).year;
    const byMotive = child(cells, year, () => new Map<string, Map<string, SecCell>>());
    const byDuration = child(byMotive, String(r[spec.dimension]), () => new Map<string, SecCell>());
    const cell = child(byDuration, String(r.Verblijfsduur), (): SecCell => ({}));
    cell[category === SEC_TOTAL ? "total" : "gone"] = cbsNumber(r, spec.measure, where);
  }
  return {
    cells,
    duration,
    codeList: motives.entries,
    where,
    provenance: [
      withTableVintage(provenance, spec.infoSource, rawDir),
      sec.provenance,
      durations.provenance,
      motives.provenance,
    ],
  };
}

/** The measure column of a population table: from DataProperties (Type Topic) when present, else the one numeric column. */
function measureColumn(rows: readonly CbsRow[], table: string, rawDir: string, where: string): string {
  const propsId = `cbs-${table}-properties`;
  if (hasRaw(propsId, rawDir)) {
    const topics = loadCbsOData(propsId, rawDir)
      .data.rows.filter((r) => r.Type === "Topic")
      .map((r) => String(r.Key));
    if (topics.length === 1) return topics[0];
    throw new Error(
      `${rawDir}/cbs/${table}/DataProperties.json: expected one measure (Type Topic), found ${topics.length}`,
    );
  }
  const numeric = Object.keys(rows[0]).filter((k) => k !== "ID" && rows.some((r) => typeof r[k] === "number"));
  if (numeric.length !== 1)
    throw new Error(`${where}: cannot tell the measure column (numeric columns: ${numeric.join(", ") || "none"})`);
  return numeric[0];
}

/** A population table as read (candidate 'population'), before a period is picked: see populationValues. */
export interface PopulationSource {
  table: "85905NED" | "85904NED";
  dimension: "AfgeleidMigratiedoel" | "Migratiemotief";
  rows: readonly CbsRow[];
  measure: string;
  codeList: CodeEntry[];
  yearList: CodeEntry[];
  /** The year-of-immigration code list file, as its errors name it. */
  yearListWhere: string;
  where: string;
  provenance: Provenance[];
}

export interface PopulationTable {
  table: "85905NED" | "85904NED";
  /** Population on 31 December of the last year, by year of immigration and motive key. */
  values: KeyValues;
  codeList: CodeEntry[];
  where: string;
  provenance: Provenance[];
}

/** Reads candidate 'population' (0: EU/EFTA 85905NED, 1: non-EU/EFTA 85904NED): the table, its measure and code lists, checked. */
export function readPopulationSource(index: 0 | 1, rawDir: string): PopulationSource {
  const [dataId, motiveId, yearId] = RESIDENT_SOURCES.population[index];
  const table = index === 0 ? "85905NED" : "85904NED";
  const dimension = index === 0 ? "AfgeleidMigratiedoel" : "Migratiemotief";
  const { data, provenance } = loadCbsOData(dataId, rawDir);
  const where = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["JaarVanImmigratie", "Perioden", dimension], where);
  const measure = measureColumn(data.rows, table, rawDir, where);
  const motives = requireCodeList(motiveId, rawDir);
  checkMainTitles(motives.entries, `${rawDir}/${motives.provenance.file}`);
  const yearList = requireCodeList(yearId, rawDir);
  return {
    table,
    dimension,
    rows: data.rows,
    measure,
    codeList: motives.entries,
    yearList: yearList.entries,
    yearListWhere: `${rawDir}/${yearList.provenance.file}`,
    where,
    provenance: [withTableVintage(provenance, `cbs-${table}-info`, rawDir), motives.provenance, yearList.provenance],
  };
}

/** Population on 31 December of `to`, by motive and year of immigration from-to (no file access). */
export function populationValues(src: PopulationSource, from: number, to: number): PopulationTable {
  const { dimension, measure, where } = src;
  // Year of immigration: a period key (1999JJ00) or a code whose title is the year; totals are skipped.
  const yearOf = (key: string): number | undefined => {
    if (/^\d{4}JJ00$/.test(key)) return parseCbsPeriod(key).year;
    const title = src.yearList.find((e) => e.key === key)?.title ?? "";
    const m = /^\s*(\d{4})\s*\*?\s*$/.exec(title);
    if (m) return Number(m[1]);
    if (key.startsWith("T00") || /totaal/i.test(title)) return undefined;
    throw new Error(`${src.yearListWhere}: year of immigration ${key} "${title}" is not a year`);
  };
  const peil = `${to}JJ00`;
  const values: KeyValues = new Map();
  for (const r of src.rows) {
    if (String(r.Perioden) !== peil) continue;
    const year = yearOf(String(r.JaarVanImmigratie));
    if (year === undefined || year < from || year > to) continue;
    if (!values.has(year)) values.set(year, new Map());
    values.get(year)!.set(String(r[dimension]), cbsNumber(r, measure, where));
  }
  if (!values.size)
    throw new Error(
      `${where}: no population on 31 December ${to} (Perioden ${peil}) by year of immigration ${from}-${to}`,
    );
  return { table: src.table, values, codeList: src.codeList, where, provenance: src.provenance };
}
