// The annex's statements about figure 4 (non-Dutch immigrants 1999-2023 by motive). The shares of
// work, study and asylum INCLUDE the family members who came along or followed: they need the
// family sub-categories. On data with main motives only (the offline mirror) those claims are
// needs-data; the main-motive share is given in the detail for comparison.
import type { CompositionMotive } from "../figures/family-split";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { EU_TABLE, NON_EU_TABLE } from "../parse/cbs-motives";
import { RESIDENT_SOURCES, type ResidentCandidate } from "../parse/cbs-residents";
import { namedSources } from "./lookups";
import type { ClaimDefinition, Evaluation } from "./types";
import type { ClaimText, ClaimValue, Wording } from "./value";

type Row = { motive: CompositionMotive; persons: number; share: number };
type ResidentRow = Row & { candidate: ResidentCandidate };

/** Main motive and the family members attributed to it (the publication's 'inclusief gezinsleden'). */
export const WITH_FAMILY: Record<"work" | "study" | "asylum", CompositionMotive[]> = {
  work: ["work", "family_of_work"],
  study: ["study", "family_of_study"],
  asylum: ["asylum", "family_of_asylum_nareis", "family_of_asylum"],
};

/** The tables whose code lists and rows hold the family sub-categories. */
const splitSources = (w: Wording) =>
  namedSources(
    [EU_TABLE.codeListSource, EU_TABLE.dataSource, NON_EU_TABLE.codeListSource, NON_EU_TABLE.dataSource],
    w.and,
  );

const isSplit = (rows: { motive: CompositionMotive }[]) => rows.some((r) => r.motive === "family_other");

export function compositionRows(fig: FigureData): Row[] {
  return rowsOf<Row>(fig.table);
}

/** The share of a group of categories. */
export function shareOf(rows: Row[], motives: CompositionMotive[]): number {
  return rows.filter((r) => motives.includes(r.motive)).reduce((a, r) => a + r.share, 0);
}

/** A share (0-1) as a whole percent of a motive. */
const percentOf = (share: number, motive: string): ClaimValue => ({
  kind: "number",
  value: share * 100,
  unit: "percent",
  decimals: 0,
  of: { motive },
});
const motivesList = (w: Wording, motives: string[]) => w.and(motives.map((m) => w.label({ motive: m })));

/** A share claim with family attributed: needs-data on main motives only. */
const entrantClaim = (key: "work" | "study" | "asylum", published: number): ClaimDefinition => ({
  id: `fig4-${key}-with-family-${published}pct`,
  figure: "fig4",
  published: percentOf(published / 100, key),
  rule: (w) => w.t.rules.fig4Entrants(motivesList(w, WITH_FAMILY[key])),
  rounding: (w) => w.t.check.wholePercent,
  tolerance: (w) => w.t.check.equalAfterRounding,
  evaluate(fig): Evaluation {
    const rows = compositionRows(fig);
    if (!isSplit(rows)) {
      const main = rows.find((r) => r.motive === key)?.share ?? 0;
      return { needsData: (w) => w.t.needs.familySplit(splitSources(w), w.num(main * 100, 1)) };
    }
    const s = shareOf(rows, WITH_FAMILY[key]);
    return {
      computed: percentOf(s, key),
      holds: Math.round(s * 100) === published,
      detail: (w) => w.t.detail.exactPercent(w.num(s * 100, 2)),
    };
  },
});

/** The still-resident rows of the primary candidate with family attributed, or why there are none. */
function residentRows(
  fig: FigureData,
): { candidate: ResidentCandidate; rows: ResidentRow[]; others: ResidentCandidate[] } | { needsData: ClaimText } {
  const resident = fig.extraTables?.still_resident;
  const all = resident ? rowsOf<ResidentRow>(resident) : [];
  // Footnote 5: figure 4 used the same StatLine tables as figures 2 and 3, so 'sec' comes first.
  const split = (["sec", "population"] as const).filter((c) => isSplit(all.filter((r) => r.candidate === c)));
  if (!split.length) {
    const present = [...new Set(all.map((r) => r.candidate))];
    return {
      needsData: (w) =>
        w.t.needs.residents(
          namedSources(RESIDENT_SOURCES.sec.flat(), w.and),
          namedSources(RESIDENT_SOURCES.population.flat(), w.and),
        ) + (present.length ? ` (${w.t.needs.residentsPresent(w.list(present))})` : ""),
    };
  }
  return { candidate: split[0], rows: all.filter((r) => r.candidate === split[0]), others: split.slice(1) };
}

const residentClaim = (
  id: string,
  motives: CompositionMotive[],
  published: number,
  key: "asylum" | "family",
): ClaimDefinition => ({
  id,
  figure: "fig4",
  published: percentOf(published / 100, key),
  rule: (w) => `${w.t.rules.fig4Residents} ${w.t.rules.fig4ResidentShare(motivesList(w, motives))}`,
  rounding: (w) => w.t.check.wholePercent,
  tolerance: (w) => w.t.check.equalAfterRounding,
  evaluate(fig): Evaluation {
    const r = residentRows(fig);
    if ("needsData" in r) return r;
    const s = shareOf(r.rows, motives);
    const all = rowsOf<ResidentRow>(fig.extraTables!.still_resident!).filter((x) => r.others.includes(x.candidate));
    const other = r.others.map((c) => ({
      c,
      share: shareOf(
        all.filter((x) => x.candidate === c),
        motives,
      ),
    }));
    return {
      computed: percentOf(s, key),
      holds: Math.round(s * 100) === published,
      detail: (w) =>
        [
          w.t.detail.candidate(r.candidate),
          w.t.detail.exactPercent(w.num(s * 100, 2)),
          ...other.map((o) => w.t.detail.otherCandidate(o.c, w.num(o.share * 100, 1))),
        ].join("; "),
    };
  },
});

export const FIG4_CLAIMS: ClaimDefinition[] = [
  entrantClaim("work", 33),
  entrantClaim("study", 17),
  entrantClaim("asylum", 13),
  {
    id: "fig4-temporary-protection-4pct",
    figure: "fig4",
    published: percentOf(0.04, "temporary_protection"),
    rule: (w) => w.t.rules.fig4TemporaryProtection,
    rounding: (w) => w.t.check.wholePercent,
    tolerance: (w) => w.t.check.equalAfterRounding,
    evaluate(fig) {
      const s = shareOf(compositionRows(fig), ["temporary_protection"]);
      return {
        computed: percentOf(s, "temporary_protection"),
        holds: Math.round(s * 100) === 4,
        detail: (w) => w.t.detail.exactPercent(w.num(s * 100, 2)),
      };
    },
  },
  residentClaim("fig4-still-resident-asylum-21pct", WITH_FAMILY.asylum, 21, "asylum"),
  residentClaim("fig4-still-resident-family-25pct", ["family_other"], 25, "family"),
  {
    id: "fig4-residents-more-asylum-and-family",
    figure: "fig4",
    published: { kind: "phrase", phrase: "residentsMoreAsylumFamily" },
    rule: (w) => `${w.t.rules.fig4Residents} ${w.t.rules.fig4ResidentsMore}`,
    tolerance: (w) => w.t.check.qualitativeDirection,
    evaluate(fig): Evaluation {
      const r = residentRows(fig);
      if ("needsData" in r) return r;
      const entrants = compositionRows(fig);
      if (!isSplit(entrants)) return { needsData: (w) => w.t.needs.familySplitOnly(splitSources(w)) };
      const groups: [string, CompositionMotive[]][] = [
        ["asylum", WITH_FAMILY.asylum],
        ["family", ["family_other"]],
      ];
      const cmp = groups.map(([motive, ms]) => ({
        motive,
        entry: shareOf(entrants, ms),
        resident: shareOf(r.rows, ms),
      }));
      return {
        computed: {
          kind: "changes",
          items: cmp.map((c) => ({ label: { motive: c.motive }, from: c.entry * 100, to: c.resident * 100 })),
          unit: "percent",
          decimals: 0,
        },
        holds: cmp.every((c) => c.resident > c.entry),
        detail: (w) => w.t.detail.candidate(r.candidate),
      };
    },
  },
];
