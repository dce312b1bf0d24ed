// The composition of figure 4's immigrants who still live in the Netherlands (published: asylum
// 21%, family 25%), from whichever of the two catalogued candidates is present (read by
// src/parse/cbs-residents.ts):
//   sec:        84808NED/84809NED, inflow minus 'niet meer aanwezig in Nederland' at the newest
//               duration of stay measured for each year of immigration;
//   population: 85905NED/85904NED, population on 31 December of the last year, by motive.
import { EU_TABLE, NON_EU_TABLE, type CodeEntry, type KeyValues, type MotiveTableSpec } from "../parse/cbs-motives";
import { readPopulationTable, readSecTable, RESIDENT_SOURCES, type ResidentCandidate } from "../parse/cbs-residents";
import { hasRaw, type Provenance } from "../parse/load";
import { messages, type Messages } from "../i18n/index";
import { composition, type Composition } from "./family-split";
import { years } from "./style";

interface ResidentTable {
  data: { values: KeyValues; codeList?: CodeEntry[] };
  label: string;
  where: string;
  provenance: Provenance[];
}

/** Candidate 'sec': per year of immigration and motive, inflow minus those no longer present at the newest measurement. */
function secTable(spec: MotiveTableSpec, rawDir: string, to: number, notes: string[], t: Messages): ResidentTable {
  const { cells, duration, codeList, where, provenance } = readSecTable(spec, rawDir);
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
  if (unmeasured.size) notes.push(t.fig4.unmeasured(spec.table, [...unmeasured].sort().join(", ")));
  const group = spec === NON_EU_TABLE ? t.fig4.groupNonEu : t.fig4.groupEu;
  return { data: { values, codeList }, label: t.fig4.secLabel(group, spec.table), where, provenance };
}

/** Candidate 'population': population on 31 December of the last year, by motive and year of immigration. */
function populationTable(index: 0 | 1, rawDir: string, from: number, to: number, t: Messages): ResidentTable {
  const table = readPopulationTable(index, rawDir, from, to);
  return {
    data: { values: table.values, codeList: table.codeList },
    label: t.fig4.populationLabel(index === 0 ? t.fig4.groupEu : t.fig4.groupNonEu, table.table, to),
    where: table.where,
    provenance: table.provenance,
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
export function stillResident(rawDir: string, from: number, to: number, notes: string[] = [], t: Messages = messages()): ResidentResult[] {
  const wanted = years(from, to);
  return (["sec", "population"] as const).map((candidate) => {
    const absent = RESIDENT_SOURCES[candidate].flat().filter((id) => !hasRaw(id, rawDir));
    if (absent.length) return { candidate, provenance: [], unavailable: t.fig4.absent(absent.join(", ")) };
    try {
      const tables =
        candidate === "sec"
          ? [secTable(EU_TABLE, rawDir, to, notes, t), secTable(NON_EU_TABLE, rawDir, to, notes, t)]
          : [populationTable(0, rawDir, from, to, t), populationTable(1, rawDir, from, to, t)];
      return { candidate, composition: composition(tables, wanted, t), provenance: tables.flatMap((x) => x.provenance) };
    } catch (e) {
      // Optional sources: a file that does not have the expected structure is reported, and figure 4 itself still builds.
      return { candidate, provenance: [], unavailable: t.fig4.notComputable((e as Error).message) };
    }
  });
}
