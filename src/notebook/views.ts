// Tables the notebooks show beside the audit's claims: views of the data that help a reader
// judge a claim, never a verdict (whether a claim holds is the audit's, see present.ts figureAudit).
import { CLAIMS } from "../claims/index";
import { compositionRows, shareOf, WITH_FAMILY } from "../claims/fig4-claims";
import type { ClaimDefinition } from "../claims/types";
import type { CompositionMotive } from "../figures/family-split";
import type { ResidentResult } from "../figures/still-resident";
import type { FigureData } from "../figures/types";
import { messages } from "../i18n/index";

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Mean absolute year-to-year change of yearly totals over (from, to]: a second view of "fluctuates", which a trend does not inflate. */
export function meanAbsoluteChange(totals: Map<number, number>, from: number, to: number): number {
  const ys = [...totals.keys()].filter((y) => y > from && y <= to && totals.has(y - 1));
  if (!ys.length) throw new Error(`no two consecutive years between ${from} and ${to}`);
  return ys.reduce((a, y) => a + Math.abs(totals.get(y)! / totals.get(y - 1)! - 1), 0) / ys.length;
}

type Fig4Group = "work" | "study" | "asylum" | "temporary_protection";
const FIG4_GROUPS: [Fig4Group, string][] = [
  ["work", "werk"],
  ["study", "studie"],
  ["asylum", "asiel"],
  ["temporary_protection", "tijdelijke bescherming"],
];

/** The published percentage of a figure 4 share, read from its claim (so it is stated once, in src/claims). */
export function fig4Published(group: Fig4Group, claims: ClaimDefinition[] = CLAIMS): number {
  const prefix = `fig4-${group.replace("_", "-")}-`;
  const def = claims.find((c) => c.figure === "fig4" && c.id.startsWith(prefix));
  const n = def?.published.kind === "number" && def.published.unit === "percent" ? def.published.value : NaN;
  if (!def || !Number.isFinite(n))
    throw new Error(`no figure 4 claim with a published share for ${group} (id ${prefix}...)`);
  return n;
}

export interface Fig4ShareRow {
  motive: string;
  main_motive_pct: number;
  /** With the family members attributed; null on main motives only (and for temporary protection, which has no family). */
  with_family_pct: number | null;
  published_pct: number;
  /** Published minus main motive: the family members the publication's share implies. */
  implied_family_members_pct: number | null;
}

/** Figure 4's shares as main motive, with family attributed, and as published. */
export function fig4ShareView(fig: FigureData): {
  rows: Fig4ShareRow[];
  split: boolean;
  familyMainPct: number;
  impliedFamilyPct: number;
} {
  const comp = compositionRows(fig);
  const split = comp.some((r) => r.motive === "family_other");
  const rows = FIG4_GROUPS.map(([m, word]): Fig4ShareRow => {
    const main = shareOf(comp, [m]) * 100;
    const published = fig4Published(m);
    const hasFamily = m !== "temporary_protection";
    return {
      motive: word,
      main_motive_pct: round1(main),
      with_family_pct:
        split && hasFamily ? round1(shareOf(comp, WITH_FAMILY[m as keyof typeof WITH_FAMILY]) * 100) : null,
      published_pct: published,
      implied_family_members_pct: hasFamily ? round1(published - main) : null,
    };
  });
  // Family as CBS's motive of its own (nareis is counted by CBS under asylum, not family).
  const familyMotives: CompositionMotive[] = split
    ? ["family_of_work", "family_of_study", "family_of_asylum", "family_other"]
    : ["family"];
  return {
    rows,
    split,
    familyMainPct: shareOf(comp, familyMotives) * 100,
    impliedFamilyPct: rows.reduce((a, r) => a + (r.implied_family_members_pct ?? 0), 0),
  };
}

/** Per still-resident candidate: the asylum (with family) and other-family shares, or why it is not computed. */
export function residentShareView(residents: ResidentResult[]): {
  candidate: string;
  mode: string | null;
  asylum_pct: number | null;
  family_pct: number | null;
  unavailable: string | null;
}[] {
  return residents.map((r) => {
    if (!r.composition)
      return {
        candidate: r.candidate,
        mode: null,
        asylum_pct: null,
        family_pct: null,
        unavailable: r.unavailable?.(messages()) ?? "not computed",
      };
    const split = r.composition.mode === "split";
    return {
      candidate: r.candidate,
      mode: r.composition.mode,
      asylum_pct: round1(shareOf(r.composition.rows, split ? WITH_FAMILY.asylum : ["asylum"]) * 100),
      family_pct: round1(shareOf(r.composition.rows, split ? ["family_other"] : ["family"]) * 100),
      unavailable: null,
    };
  });
}
