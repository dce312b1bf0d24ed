// Motive codes of CBS 84808NED (EU/EFTA, derived motive) and 84809NED (non-EU/EFTA, motive of the
// first IND permit), shared by figures 2, 3 and 4, and the readers of those tables and code lists.
//
// Main motives are read by their keys (checked against the mirror and ../shared/docs/sources.md);
// when a code list is present, each main key's Title must match its motive, so a reused key is
// caught. Family and nareis sub-categories are recognised by their Title only (their keys are not
// verified): see classifySubTitle in src/figures/family-split.ts.
import { cbsNumber, requireColumns } from "./cbs-odata";
import { parseCbsPeriod } from "./cbs-period";
import { hasRaw, loadCbsModified, loadCbsOData, type Provenance } from "./load";

export type MainMotive = "work" | "family" | "study" | "asylum" | "temporary_protection" | "other";

export const TOTAL_KEY = "T001056";
/** 84808NED: immigrants without a derived motive, i.e. Dutch nationals. */
export const NO_DERIVED_MOTIVE_KEY = "A009236";

/** The main motives with their keys, in the order of figure 4 (labels: the message tables' motives). */
export const MAIN_MOTIVES: { motive: MainMotive; key: string; title: RegExp }[] = [
  { motive: "work", key: "A009232", title: /arbeid|werk/i },
  { motive: "family", key: "A009234", title: /gezin/i },
  { motive: "study", key: "A009235", title: /studie/i },
  { motive: "asylum", key: "A009233", title: /asiel/i },
  { motive: "temporary_protection", key: "A052135", title: /tijdelijke bescherming/i },
  { motive: "other", key: "A009238", title: /overig|ander|onbekend/i },
];
/** Keys beside the main motives that are not sub-categories: the total and 'no derived motive'. */
export const OTHER_KEYS: { key: string; title: RegExp }[] = [
  { key: TOTAL_KEY, title: /totaal/i },
  { key: NO_DERIVED_MOTIVE_KEY, title: /geen|nederland/i },
];

export function mainMotiveKey(m: MainMotive): string {
  return MAIN_MOTIVES.find((x) => x.motive === m)!.key;
}

/** One of the two motive tables and its catalogued sources. */
export interface MotiveTableSpec {
  table: "84808NED" | "84809NED";
  dimension: "AfgeleidMigratiedoel" | "Migratiemotief";
  measure: string;
  dataSource: string;
  infoSource: string;
  codeListSource: string;
}

export const EU_TABLE: MotiveTableSpec = {
  table: "84808NED",
  dimension: "AfgeleidMigratiedoel",
  measure: "ImmigrantenUitEUEFTALanden_1",
  dataSource: "cbs-84808NED-data",
  infoSource: "cbs-84808NED-info",
  codeListSource: "cbs-84808NED-AfgeleidMigratiedoel",
};

export const NON_EU_TABLE: MotiveTableSpec = {
  table: "84809NED",
  dimension: "Migratiemotief",
  measure: "ImmigrantenExclusiefEUEFTA_1",
  dataSource: "cbs-84809NED-data",
  infoSource: "cbs-84809NED-info",
  codeListSource: "cbs-84809NED-Migratiemotief",
};

export interface CodeEntry {
  key: string;
  title: string;
}

/** Persons by year of immigration and motive key (null = CBS unknown or blank). */
export type KeyValues = Map<number, Map<string, number | null>>;

export interface MotiveData {
  spec: MotiveTableSpec;
  values: KeyValues;
  provenance: Provenance;
  /** The motive code list, when its file is present. */
  codeList?: CodeEntry[];
  codeListProvenance?: Provenance;
}

/** A CBS code list (Key, Title) from a catalogued file, or undefined when the file is absent. */
export function readCodeList(
  sourceId: string,
  rawDir: string,
): { entries: CodeEntry[]; provenance: Provenance } | undefined {
  if (!hasRaw(sourceId, rawDir)) return undefined;
  const { data, provenance } = loadCbsOData(sourceId, rawDir);
  const file = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["Key", "Title"], file);
  const entries = data.rows.map((r) => ({ key: String(r.Key), title: String(r.Title ?? "") }));
  return { entries, provenance };
}

/** A code list that must be present: an error naming the source and folder otherwise. */
export function requireCodeList(sourceId: string, rawDir: string): { entries: CodeEntry[]; provenance: Provenance } {
  const list = readCodeList(sourceId, rawDir);
  if (!list) throw new Error(`${sourceId} is not in ${rawDir}`);
  return list;
}

/** Provenance with the vintage from the table's TableInfos.Modified, when that file is present. */
export function withTableVintage(p: Provenance, infoSource: string, rawDir: string): Provenance {
  const modified = loadCbsModified(infoSource, rawDir);
  return modified ? { ...p, modified } : p;
}

/** Every main key present in a code list must carry its motive's title: a reused or renumbered key is an error. */
export function checkMainTitles(entries: CodeEntry[], where: string): void {
  for (const m of [...MAIN_MOTIVES, ...OTHER_KEYS]) {
    const e = entries.find((x) => x.key === m.key);
    if (e && !m.title.test(e.title)) {
      throw new Error(
        `${where}: key ${m.key} has title "${e.title}", expected one matching ${m.title}; the code list changed at CBS?`,
      );
    }
  }
}

/** Reads a motive table: persons by year and motive key, with its code list when present. */
export function readMotiveData(spec: MotiveTableSpec, rawDir: string): MotiveData {
  const { data, provenance } = loadCbsOData(spec.dataSource, rawDir);
  const file = `${rawDir}/${provenance.file}`;
  requireColumns(data, ["JaarVanImmigratie", spec.dimension, spec.measure], file);
  const values: KeyValues = new Map();
  for (const r of data.rows) {
    const p = parseCbsPeriod(String(r.JaarVanImmigratie));
    if (p.frequency !== "year") continue;
    if (!values.has(p.year)) values.set(p.year, new Map());
    values.get(p.year)!.set(String(r[spec.dimension]), cbsNumber(r, spec.measure, file));
  }
  const list = readCodeList(spec.codeListSource, rawDir);
  if (list) checkMainTitles(list.entries, `${rawDir}/${list.provenance.file}`);
  return {
    spec,
    values,
    provenance: withTableVintage(provenance, spec.infoSource, rawDir),
    codeList: list?.entries,
    codeListProvenance: list?.provenance,
  };
}
