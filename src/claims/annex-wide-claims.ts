// Statements about the figures rather than their values: the period in each figure's title, the
// date on which the annex consulted a source, and which years the sources held at the time.
// They tell a reader whether the audit ran on the publication's vintage, and they change status
// when new data appears (e.g. CBS publishing the 2024 EU/EFTA motives).
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import type { Provenance } from "../parse/load";
import type { ClaimDefinition, Evaluation } from "./types";

/** Figure titles as printed in the annex (OCR corrected), with the period they show. */
export const ANNEX_TITLES: { figure: string; title: string; from: number; to: number }[] = [
  { figure: "fig1", title: "Figuur 1: Immigratie en emigratie, 1995-2024", from: 1995, to: 2024 },
  { figure: "fig2", title: "Figuur 2: Migratie van EU-burgers naar Nederland (exclusief Nederlanders) naar verblijfsdoel, 1999-2023", from: 1999, to: 2023 },
  { figure: "fig3", title: "Figuur 3: Migratie van niet-EU-burgers naar Nederland, 1999-2024", from: 1999, to: 2024 },
  { figure: "fig4", title: "Figuur 4: Migratiemotieven niet-Nederlanders 1999-2023", from: 1999, to: 2023 },
  { figure: "fig5", title: "Figuur 5: Asielverzoeken en nareizigers, 1975-2024", from: 1975, to: 2024 },
  { figure: "fig6", title: "Figuur 6: Gemiddeld jaarlijks aantal eerste asielaanvragen per 1.000 inwoners in de EU, 2015-2024", from: 2015, to: 2024 },
  { figure: "fig7", title: "Figuur 7: Gemiddeld jaarlijks aandeel positieve asielbeslissingen (%) in eerste aanleg in de EU, 2015-2024", from: 2015, to: 2024 },
];

const periodClaim = (t: (typeof ANNEX_TITLES)[number]): ClaimDefinition => ({
  id: `${t.figure}-period`,
  figure: t.figure,
  statement: t.title,
  published: `${t.from}-${t.to}`,
  rule:
    "The figure built in annex mode covers the title's period. The figure modules refuse to build when a year of " +
    "the period is missing from the data, so a built figure with this period has data for all of it.",
  tolerance: "exact years",
  evaluate: (fig) => {
    const computed = `${fig.period.from}-${fig.period.to}`;
    return { computed, holds: computed === `${t.from}-${t.to}` };
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

const consultedClaim = (figure: string, statement: string, consulted: string): ClaimDefinition => ({
  id: `${figure}-consulted-${consulted}`,
  figure,
  statement,
  published: dutchDate(consulted),
  rule:
    `Every source of the figure is in the version the annex consulted on ${consulted}: the producer's modification date ` +
    "(CBS TableInfos.Modified, Eurostat 'updated') is on or before that day. A later version may hold revised values; " +
    "sources with no modification date make the claim needs-data.",
  tolerance: "same day or earlier",
  evaluate: (fig) => consultedVintage(fig, consulted),
});

export const ANNEX_WIDE_CLAIMS: ClaimDefinition[] = [
  ...ANNEX_TITLES.map(periodClaim),
  consultedClaim("fig2", "Statline geraadpleegd op 27 juni 2025.", "2025-06-27"),
  consultedClaim("fig6", "Eurostat Database First-time asylum applicants - per thousand persons, geraadpleegd op 26 juni 2025.", "2025-06-26"),
  consultedClaim(
    "fig7",
    "Eurostat Database [migr asydeclpc] Asylum decisions at first instance by type of decision - % of total decisions at first instance, geraadpleegd op 26 juni 2025.",
    "2025-06-26",
  ),
  {
    id: "fig2-2024-not-available",
    figure: "fig2",
    statement: "Cijfers over 2024 zijn nog niet beschikbaar.",
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
    statement:
      "Cijfers over 2024 zijn beschikbaar voor migratie van niet-EU burgers, maar nog niet voor EU-burgers. Daarom is 2024 voor de uniformiteit niet meegenomen in deze figuur.",
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
    statement: "Hongarije en Liechtenstein ontbreken vanwege het geringe aantal beslissingen in sommige jaren.",
    published: "zonder HU en LI",
    rule: "Figure 7's cross-section (its table's geo column, annex mode) has no row for Hungary (HU) or Liechtenstein (LI).",
    evaluate: (fig) => {
      if (!fig.table.columnNames().includes("geo")) throw new Error(`${fig.id}'s table has no geo column`);
      const geos = new Set(rowsOf<{ geo: string }>(fig.table).map((r) => r.geo));
      const present = ["HU", "LI"].filter((g) => geos.has(g));
      return { computed: present.length ? `aanwezig: ${present.join(", ")}` : "zonder HU en LI", holds: present.length === 0 };
    },
  },
];
