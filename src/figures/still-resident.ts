// The composition of figure 4's immigrants who still live in the Netherlands (published: asylum
// 21%, family 25%), from whichever of the two catalogued candidates is present (read by
// src/parse/cbs-residents.ts):
//   sec:        84808NED/84809NED, inflow minus 'niet meer aanwezig in Nederland' at the newest
//               duration of stay measured for each year of immigration;
//   population: 85905NED/85904NED, population on 31 December of the last year, by motive.
// loadResidents reads them (the only file access); stillResident computes from what it read.
import { EU_TABLE, NON_EU_TABLE, type CodeEntry, type KeyValues } from "../parse/cbs-motives";
import {
  populationValues,
  readPopulationSource,
  readSecTable,
  RESIDENT_SOURCES,
  type PopulationSource,
  type ResidentCandidate,
  type SecTable,
} from "../parse/cbs-residents";
import { hasRaw, type Provenance } from "../parse/load";
import { sourceById, sourceNames } from "../catalog/sources";
import { composition, type Composition } from "./family-split";
import { years } from "./style";
import type { Note } from "./types";

/** What one candidate's load found: its tables (EU/EFTA first), the absent sources, or why they could not be read. */
export type ResidentTables =
  | { candidate: "sec"; tables: [SecTable, SecTable] }
  | { candidate: "population"; tables: [PopulationSource, PopulationSource] }
  | { candidate: ResidentCandidate; absent: string[] }
  | { candidate: ResidentCandidate; error: string };

/** Both candidates, read when all their files are present; a file of the wrong structure is reported, not fatal (optional sources). */
export function loadResidents(dir: string): ResidentTables[] {
  return (["sec", "population"] as const).map((candidate): ResidentTables => {
    const absent = RESIDENT_SOURCES[candidate].flat().filter((id) => !hasRaw(id, dir));
    if (absent.length) return { candidate, absent };
    try {
      return candidate === "sec"
        ? { candidate, tables: [readSecTable(EU_TABLE, dir), readSecTable(NON_EU_TABLE, dir)] }
        : { candidate, tables: [readPopulationSource(0, dir), readPopulationSource(1, dir)] };
    } catch (e) {
      return { candidate, error: (e as Error).message };
    }
  });
}

interface ResidentTable {
  data: { values: KeyValues; codeList?: CodeEntry[] };
  label: Note;
  where: string;
  provenance: Provenance[];
}

/** Candidate 'sec': per year of immigration and motive, inflow minus those no longer present at the newest measurement. */
function secTable(sec: SecTable, eu: boolean, to: number, notes: Note[]): ResidentTable {
  const { cells, duration, codeList, where, provenance } = sec;
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
  const spec = eu ? EU_TABLE : NON_EU_TABLE;
  const unmeasuredYears = [...unmeasured].sort().join(", ");
  if (unmeasured.size) notes.push((t) => t.fig4.unmeasured(spec.table, unmeasuredYears));
  return {
    data: { values, codeList },
    label: (t) => t.fig4.secLabel(eu ? t.fig4.groupEu : t.fig4.groupNonEu, spec.table),
    where,
    provenance,
  };
}

/** Candidate 'population': population on 31 December of the last year, by motive and year of immigration. */
function populationTable(src: PopulationSource, eu: boolean, from: number, to: number): ResidentTable {
  const table = populationValues(src, from, to);
  return {
    data: { values: table.values, codeList: table.codeList },
    label: (t) => t.fig4.populationLabel(eu ? t.fig4.groupEu : t.fig4.groupNonEu, table.table, to),
    where: table.where,
    provenance: table.provenance,
  };
}

export interface ResidentResult {
  candidate: ResidentCandidate;
  composition?: Composition;
  provenance: Provenance[];
  /** Why it was not computed: the absent sources, or the error. */
  unavailable?: Note;
}

/** Both candidates over from-to: computed from what loadResidents read, else why not. `notes` collects what a reader should know. */
export function stillResident(
  loaded: ResidentTables[],
  from: number,
  to: number,
  notes: Note[] = [],
): ResidentResult[] {
  const wanted = years(from, to);
  return loaded.map((l): ResidentResult => {
    const { candidate } = l;
    if ("absent" in l)
      return { candidate, provenance: [], unavailable: (t) => t.fig4.absent(sourceNames(l.absent.map(sourceById))) };
    if ("error" in l) return { candidate, provenance: [], unavailable: (t) => t.fig4.notComputable(l.error) };
    try {
      const tables =
        l.candidate === "sec"
          ? [secTable(l.tables[0], true, to, notes), secTable(l.tables[1], false, to, notes)]
          : [populationTable(l.tables[0], true, from, to), populationTable(l.tables[1], false, from, to)];
      return { candidate, composition: composition(tables, wanted), provenance: tables.flatMap((x) => x.provenance) };
    } catch (e) {
      // Optional sources: a file that does not have the expected structure is reported, and figure 4 itself still builds.
      const why = (e as Error).message;
      return { candidate, provenance: [], unavailable: (t) => t.fig4.notComputable(why) };
    }
  });
}
