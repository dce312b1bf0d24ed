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
  published: { kind: "period", from, to },
  rule: (w) => w.t.rules.period,
  tolerance: (w) => w.t.check.exactYears,
  evaluate: (fig) => ({
    computed: { kind: "period", ...fig.period },
    holds: fig.period.from === from && fig.period.to === to,
  }),
});

/** YYYY-MM-DD of the producer's version of a source; undefined when only the retrieval date is known. */
const versionOf = (p: Provenance) => p.modified?.slice(0, 10);

/**
 * The data used is the version the annex consulted: every source's producer version (CBS
 * TableInfos.Modified, Eurostat `updated`) is dated on or before the consultation date.
 */
export function consultedVintage(fig: FigureData, consulted: string): Evaluation {
  const unknown = fig.sources.filter((p) => versionOf(p) === undefined);
  if (unknown.length) {
    return { needsData: (w) => w.t.needs.versionUnknown(w.list(unknown.map((p) => `${p.provider} ${p.code}`))) };
  }
  const later = fig.sources.filter((p) => versionOf(p)! > consulted);
  return {
    computed: { kind: "versions", items: fig.sources.map((p) => ({ code: p.code, version: versionOf(p)! })) },
    holds: later.length === 0,
    detail: later.length
      ? (w) => w.t.detail.newerThanConsulted(consulted, w.list(later.map((p) => p.code)))
      : undefined,
  };
}

const consultedClaim = (figure: FigureId, consulted: string): ClaimDefinition => ({
  id: `${figure}-consulted-${consulted}`,
  figure,
  published: { kind: "date", date: consulted },
  rule: (w) => w.t.rules.consulted(consulted),
  tolerance: (w) => w.t.check.sameDayOrEarlier,
  evaluate: (fig) => consultedVintage(fig, consulted),
});

export const ANNEX_WIDE_CLAIMS: ClaimDefinition[] = [
  ...Object.values(ANNEX_FIGURES).map(periodClaim),
  ...Object.values(ANNEX_FIGURES).flatMap((f) => (f.consulted ?? []).map((day) => consultedClaim(f.id, day))),
  {
    id: "fig2-2024-not-available",
    figure: "fig2",
    published: { kind: "phrase", phrase: "notAvailable2024" },
    rule: (w) => w.t.rules.notAvailable2024,
    mode: "latest",
    evaluate: (fig) => ({
      computed: { kind: "year", year: fig.period.to, relation: "newest" },
      holds: fig.period.to < 2024,
    }),
  },
  {
    id: "fig4-2024-non-eu-only",
    figure: "fig4",
    published: { kind: "phrase", phrase: "nonEuOnly2024" },
    rule: (w) => w.t.rules.nonEuOnly2024,
    mode: "latest",
    alsoNeeds: ["fig2", "fig3"],
    evaluate: (_fig, others) => {
      const eu = others.get("fig2")!.period.to;
      const nonEu = others.get("fig3")!.period.to;
      return {
        computed: {
          kind: "values",
          items: [
            { label: { group: "non-eu" }, value: nonEu },
            { label: { group: "eu" }, value: eu },
          ],
          unit: "year",
          decimals: 0,
          measure: "newest-year",
        },
        holds: nonEu >= 2024 && eu < 2024,
      };
    },
  },
  {
    id: "fig7-without-hu-li",
    figure: "fig7",
    published: { kind: "geos", geos: [...ANNEX_FIGURES.fig7.countries!.excluded], where: "without" },
    rule: (w) => w.t.rules.withoutHuLi,
    evaluate(fig) {
      const excluded = ANNEX_FIGURES.fig7.countries!.excluded;
      if (!fig.table.columnNames().includes("geo")) throw new Error(`${fig.id}'s table has no geo column`);
      const table = fig.extraTables?.excluded;
      if (!table) throw new Error(`${fig.id} has no excluded table`);
      const inData = rowsOf<{ geo: string; value: number | null; total: number | null }>(table).filter(
        (r) => r.total !== null,
      );
      const absent = excluded.filter((g) => !inData.some((r) => r.geo === g));
      if (absent.length) return { needsData: (w) => w.t.needs.noDecisions(w.and(absent)) };
      const shown = new Set(rowsOf<{ geo: string }>(fig.table).map((r) => r.geo));
      const present = excluded.filter((g) => shown.has(g));
      const yearly = fig.extraTables?.yearly
        ? rowsOf<{ geo: string; value: number | null }>(fig.extraTables.yearly)
        : [];
      const missingOthers = shownGeos("fig7").filter(
        (g) => !shown.has(g) && yearly.some((r) => r.geo === g && r.value !== null),
      );
      const years = (g: string) => inData.filter((r) => r.geo === g).length;
      return {
        computed: present.length
          ? { kind: "geos", geos: present, where: "shown" }
          : { kind: "geos", geos: [...excluded], where: "without" },
        holds: present.length === 0 && missingOthers.length === 0,
        detail: (w) =>
          [
            w.t.detail.yearsInData(w.list(excluded.map((g) => w.t.detail.geoYears(g, String(years(g)))))),
            ...(missingOthers.length ? [w.t.detail.alsoMissing(w.list(missingOthers))] : []),
          ].join("; "),
      };
    },
  },
];
