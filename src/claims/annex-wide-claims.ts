// Statements about the figures rather than their values: the period in each figure's title, the
// date on which the annex consulted a source, and which years the sources held at the time.
// They tell a reader whether the audit ran on the publication's vintage, and they change status
// when new data appears (e.g. CBS publishing the 2024 EU/EFTA motives).
import { ANNEX_FIGURES, shownGeos, type AnnexFigure, type FigureId } from "../catalog/annex";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import type { Provenance } from "../parse/load";
import type { ClaimDefinition, Evaluation } from "./types";

const periodClaim = ({ id: figure, period: { from, to } }: AnnexFigure): ClaimDefinition => ({
  id: `${figure}-period`,
  figure,
  published: `${from}-${to}`,
  rule:
    "The figure built in annex mode covers the title's period. The figure modules refuse to build when a year of " +
    "the period is missing from the data, so a built figure with this period has data for all of it.",
  tolerance: "exact years",
  evaluate: (fig) => {
    const computed = `${fig.period.from}-${fig.period.to}`;
    return { computed, holds: computed === `${from}-${to}` };
  },
});

/** YYYY-MM-DD of the producer's version of a source; undefined when only the retrieval date is known. */
const versionOf = (p: Provenance) => p.modified?.slice(0, 10);

const DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const dutchDate = (iso: string) => `${Number(iso.slice(8, 10))} ${DUTCH_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * The data used is the version the annex consulted: every source's producer version (CBS
 * TableInfos.Modified, Eurostat `updated`) is dated on or before the consultation date.
 */
export function consultedVintage(fig: FigureData, consulted: string): Evaluation {
  const unknown = fig.sources.filter((p) => versionOf(p) === undefined);
  if (unknown.length) {
    return { needsData: `version unknown: ${unknown.map((p) => `${p.provider} ${p.code}`).join(", ")} has no producer modification date (TableInfos / updated)` };
  }
  const later = fig.sources.filter((p) => versionOf(p)! > consulted);
  const computed = fig.sources.map((p) => `${p.code} versie ${versionOf(p)}`).join("; ");
  return {
    computed,
    holds: later.length === 0,
    detail: later.length
      ? `newer than the annex's (${consulted}): ${later.map((p) => p.code).join(", ")}; values may have been revised since`
      : undefined,
  };
}

const consultedClaim = (figure: FigureId, consulted: string): ClaimDefinition => ({
  id: `${figure}-consulted-${consulted}`,
  figure,
  published: dutchDate(consulted),
  rule:
    `Every source of the figure is in the version the annex consulted on ${consulted}: the producer's modification date ` +
    "(CBS TableInfos.Modified, Eurostat 'updated') is on or before that day. A later version may hold revised values; " +
    "sources with no modification date make the claim needs-data.",
  tolerance: "same day or earlier",
  evaluate: (fig) => consultedVintage(fig, consulted),
});

export const ANNEX_WIDE_CLAIMS: ClaimDefinition[] = [
  ...Object.values(ANNEX_FIGURES).map(periodClaim),
  ...Object.values(ANNEX_FIGURES).flatMap((f) => (f.consulted ?? []).map((day) => consultedClaim(f.id, day))),
  {
    id: "fig2-2024-not-available",
    figure: "fig2",
    published: "2024 nog niet beschikbaar",
    rule:
      "Checked in latest mode: figure 2 built up to the newest year in the data (CBS 84808NED) ends before 2024. " +
      "Once CBS publishes the 2024 EU/EFTA motives this claim differs: the figure can then be extended.",
    mode: "latest",
    evaluate: (fig) => ({ computed: `nieuwste jaar ${fig.period.to}`, holds: fig.period.to < 2024 }),
  },
  {
    id: "fig4-2024-non-eu-only",
    figure: "fig4",
    published: "2024: niet-EU wel, EU niet",
    rule:
      "Checked in latest mode: figure 3 (CBS 84809NED) reaches 2024 or later and figure 2 (84808NED) ends before 2024; " +
      "figure 4's annex period ending in 2023 is checked by fig4-period.",
    mode: "latest",
    alsoNeeds: ["fig2", "fig3"],
    evaluate: (_fig, others) => {
      const eu = others.get("fig2")!.period.to;
      const nonEu = others.get("fig3")!.period.to;
      return { computed: `nieuwste jaar niet-EU ${nonEu}, EU ${eu}`, holds: nonEu >= 2024 && eu < 2024 };
    },
  },
  {
    id: "fig7-without-hu-li",
    figure: "fig7",
    published: "zonder HU en LI",
    rule:
      "A real exclusion: Hungary (HU) and Liechtenstein (LI) have decisions in the data for 2015-2024 (figure 7's excluded table, " +
      "from migr_asydcfsta) and no row in the figure's cross-section; every other EU/EFTA country with a share is in it. " +
      "A country absent from the data makes the claim needs-data: leaving out what is not there checks nothing.",
    evaluate(fig) {
      const excluded = ANNEX_FIGURES.fig7.countries!.excluded;
      if (!fig.table.columnNames().includes("geo")) throw new Error(`${fig.id}'s table has no geo column`);
      const table = fig.extraTables?.excluded;
      if (!table) throw new Error(`${fig.id} has no excluded table`);
      const inData = rowsOf<{ geo: string; value: number | null; total: number | null }>(table).filter((r) => r.total !== null);
      const absent = excluded.filter((g) => !inData.some((r) => r.geo === g));
      if (absent.length) return { needsData: `no decisions for ${absent.join(", ")} in the data: the exclusion cannot be checked` };
      const shown = new Set(rowsOf<{ geo: string }>(fig.table).map((r) => r.geo));
      const present = excluded.filter((g) => shown.has(g));
      const yearly = fig.extraTables?.yearly ? rowsOf<{ geo: string; value: number | null }>(fig.extraTables.yearly) : [];
      const missingOthers = shownGeos("fig7").filter((g) => !shown.has(g) && yearly.some((r) => r.geo === g && r.value !== null));
      const years = (g: string) => inData.filter((r) => r.geo === g).length;
      return {
        computed: present.length ? `in de figuur: ${present.join(", ")}` : `zonder ${excluded.join(" en ")} (in de data: ${excluded.map((g) => `${g} ${years(g)} jaar`).join(", ")})`,
        holds: present.length === 0 && missingOthers.length === 0,
        detail: missingOthers.length ? `ook ontbrekend hoewel in de data: ${missingOthers.join(", ")}` : undefined,
      };
    },
  },
];
