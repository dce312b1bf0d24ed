// The annex's statements about figure 4 (non-Dutch immigrants 1999-2023 by motive). The shares of
// work, study and asylum INCLUDE the family members who came along or followed: they need the
// family sub-categories. On data with main motives only (the offline mirror) those claims are
// needs-data; the main-motive share is given in the detail for comparison.
import type { CompositionMotive } from "../figures/family-split";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { EU_TABLE, NON_EU_TABLE } from "../parse/cbs-motives";
import { RESIDENT_SOURCES, type ResidentCandidate } from "../parse/cbs-residents";
import { nl, type ClaimDefinition, type Evaluation } from "./types";

type Row = { motive: CompositionMotive; persons: number; share: number };
type ResidentRow = Row & { candidate: ResidentCandidate };

/** Main motive and the family members attributed to it (the publication's 'inclusief gezinsleden'). */
export const WITH_FAMILY: Record<"work" | "study" | "asylum", CompositionMotive[]> = {
  work: ["work", "family_of_work"],
  study: ["study", "family_of_study"],
  asylum: ["asylum", "family_of_asylum_nareis", "family_of_asylum"],
};

const SPLIT_SOURCES =
  `the family sub-categories: the code lists ${EU_TABLE.codeListSource} and ${NON_EU_TABLE.codeListSource} ` +
  `and the sub-category rows in ${EU_TABLE.dataSource} and ${NON_EU_TABLE.dataSource}`;

const isSplit = (rows: { motive: CompositionMotive }[]) => rows.some((r) => r.motive === "family_other");

export function compositionRows(fig: FigureData): Row[] {
  return rowsOf<Row>(fig.table);
}

/** The share of a group of categories. */
export function shareOf(rows: Row[], motives: CompositionMotive[]): number {
  return rows.filter((r) => motives.includes(r.motive)).reduce((a, r) => a + r.share, 0);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

const ENTRANT_STATEMENT =
  "In de periode 1999-2023 kwam 33% van de (niet-Nederlandse) migranten voor werk, 17% voor studie, 13% voor asiel en 4% voor " +
  "tijdelijke bescherming (Oekraïense ontheemden) naar Nederland. Dit is inclusief meegekomen of later overgekomen gezinsleden.";

/** A share claim with family attributed: needs-data on main motives only. */
const entrantClaim = (key: "work" | "study" | "asylum", published: number, word: string): ClaimDefinition => ({
  id: `fig4-${key}-with-family-${published}pct`,
  figure: "fig4",
  published: `${published}% ${word}`,
  rule:
    `Share of ${WITH_FAMILY[key].join(" + ")} in all non-Dutch immigrants 1999-2023 (84808NED without A009236, plus 84809NED), ` +
    "family members attributed by the titles of the code lists' sub-categories, rounded to a whole percent.",
  rounding: "whole percent",
  tolerance: "equal after rounding",
  evaluate(fig): Evaluation {
    const rows = compositionRows(fig);
    if (!isSplit(rows)) {
      const main = rows.find((r) => r.motive === key)?.share ?? 0;
      return { needsData: `figure 4 has main motives only; attributing family members needs ${SPLIT_SOURCES} (main motive alone: ${nl(main * 100, 1)}%)` };
    }
    const s = shareOf(rows, WITH_FAMILY[key]);
    return { computed: `${pct(s)} ${word}`, holds: Math.round(s * 100) === published, detail: `exact: ${nl(s * 100, 2)}%` };
  },
});

/** The still-resident rows of the primary candidate with family attributed, or why there are none. */
export function residentRows(fig: FigureData): { candidate: ResidentCandidate; rows: ResidentRow[]; others: ResidentCandidate[] } | { needsData: string } {
  const resident = fig.extraTables?.still_resident;
  const all = resident ? rowsOf<ResidentRow>(resident) : [];
  // Footnote 5: figure 4 used the same StatLine tables as figures 2 and 3, so 'sec' comes first.
  const split = (["sec", "population"] as const).filter((c) => isSplit(all.filter((r) => r.candidate === c)));
  if (!split.length) {
    const present = [...new Set(all.map((r) => r.candidate))];
    return {
      needsData:
        `the still-resident composition with family attributed needs either ${RESIDENT_SOURCES.sec.flat().join(", ")} ` +
        `or ${RESIDENT_SOURCES.population.flat().join(", ")}` +
        (present.length ? ` (present, main motives only: ${present.join(", ")})` : ""),
    };
  }
  return { candidate: split[0], rows: all.filter((r) => r.candidate === split[0]), others: split.slice(1) };
}

const RESIDENT_STATEMENT =
  "Studie- en arbeidsmigranten blijven over het algemeen korter in Nederland dan asiel- en gezinsmigranten. Daarom is het aandeel " +
  "asiel- (21%) en gezinsmigranten (25%) hoger bij de nog steeds in Nederland woonachtige bevolking dan als je kijkt naar het aantal binnenkomsten.";

const RESIDENT_RULE =
  "Among the non-Dutch immigrants of 1999-2023 still living in the Netherlands: candidate 'sec' (84808NED/84809NED, inflow minus " +
  "'niet meer aanwezig in Nederland' at the newest duration of stay; the annex's footnote 5 says figure 4 used the tables of figures 2 " +
  "and 3) when present, else candidate 'population' (85905NED/85904NED, population on 31 December 2023). Family attributed as in the figure.";

const residentClaim = (id: string, motives: CompositionMotive[], published: number, word: string): ClaimDefinition => ({
  id,
  figure: "fig4",
  published: `${published}% ${word}`,
  rule: `${RESIDENT_RULE} Share of ${motives.join(" + ")}, rounded to a whole percent.`,
  rounding: "whole percent",
  tolerance: "equal after rounding",
  evaluate(fig): Evaluation {
    const r = residentRows(fig);
    if ("needsData" in r) return r;
    const s = shareOf(r.rows, motives);
    const all = rowsOf<ResidentRow>(fig.extraTables!.still_resident!).filter((x) => r.others.includes(x.candidate));
    const other = r.others.map((c) => `${c}: ${nl(shareOf(all.filter((x) => x.candidate === c), motives) * 100, 1)}%`);
    return {
      computed: `${pct(s)} ${word} (${r.candidate})`,
      holds: Math.round(s * 100) === published,
      detail: [`exact: ${nl(s * 100, 2)}%`, ...other].join("; "),
    };
  },
});

export const FIG4_CLAIMS: ClaimDefinition[] = [
  entrantClaim("work", 33, "werk"),
  entrantClaim("study", 17, "studie"),
  entrantClaim("asylum", 13, "asiel"),
  {
    id: "fig4-temporary-protection-4pct",
    figure: "fig4",
    published: "4% tijdelijke bescherming",
    rule:
      "Share of temporary protection (84809NED A052135) in all non-Dutch immigrants 1999-2023, rounded to a whole percent. " +
      "Temporary protection has no family sub-category, so main motives and the split give the same share.",
    rounding: "whole percent",
    tolerance: "equal after rounding",
    evaluate(fig) {
      const s = shareOf(compositionRows(fig), ["temporary_protection"]);
      return { computed: `${pct(s)} tijdelijke bescherming`, holds: Math.round(s * 100) === 4, detail: `exact: ${nl(s * 100, 2)}%` };
    },
  },
  residentClaim("fig4-still-resident-asylum-21pct", WITH_FAMILY.asylum, 21, "asiel"),
  residentClaim("fig4-still-resident-family-25pct", ["family_other"], 25, "gezin"),
  {
    id: "fig4-residents-more-asylum-and-family",
    figure: "fig4",
    published: "asiel en gezin hoger bij blijvers dan bij binnenkomst",
    rule: `${RESIDENT_RULE} The share of asylum (with its family) and of other family migration is higher among those still resident than among all entrants (figure 4).`,
    tolerance: "qualitative: direction only",
    evaluate(fig): Evaluation {
      const r = residentRows(fig);
      if ("needsData" in r) return r;
      const entrants = compositionRows(fig);
      if (!isSplit(entrants)) return { needsData: `figure 4 has main motives only; it needs ${SPLIT_SOURCES}` };
      const groups: [string, CompositionMotive[]][] = [
        ["asiel", WITH_FAMILY.asylum],
        ["gezin", ["family_other"]],
      ];
      const cmp = groups.map(([word, ms]) => ({ word, entry: shareOf(entrants, ms), resident: shareOf(r.rows, ms) }));
      return {
        computed: cmp.map((c) => `${c.word} ${pct(c.entry)} -> ${pct(c.resident)}`).join(", ") + ` (${r.candidate})`,
        holds: cmp.every((c) => c.resident > c.entry),
      };
    },
  },
];
