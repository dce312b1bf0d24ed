// The audit on synthetic builds (values invented): which figures each claim is checked on, why a
// claim needs data, the vintage it used, and out/audit.md's layout.
import { describe, expect, it } from "vitest";
import type { AnnexStatement } from "../../src/catalog/annex";
import type { ClaimDefinition } from "../../src/claims/types";
import type { FigureStatus } from "../../src/figures/types";
import { auditClaims, auditMarkdown, summaryLine } from "../../src/report/audit";
import { DUTCH_LABELS, ENGLISH_LABELS, labelsIn } from "./labels";
import { builds, built, claims, modules, provenance } from "./synthetic";

// Why figure 2 (synthetic.ts's missing) is not there: its source by code, title and file, and a command that fetches it and builds every figure.
const MISSING_NL =
  'CBS 83474NED "Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per maand" (cbs/83474NED/TypedDataSet.json) ontbreekt in de data van deze run. Download het live en bouw alle figuren daaruit met `npm run figures -- --data raw` (of `npm run update`), of lees een mirror die het heeft (--mirror).';
const MISSING_EN =
  'CBS 83474NED "Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per maand" (cbs/83474NED/TypedDataSet.json) is not in this run\'s data. Download it live and build every figure from it with `npm run figures -- --data raw` (or `npm run update`), or read a mirror that has it (--mirror).';

describe("auditClaims", () => {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"] });
  const r = (id: string) => results.find((x) => x.id === id)!;

  it("checks published values in annex mode and statements about the newest data in latest mode", () => {
    expect(r("a-annex")).toMatchObject({ status: "reproduced", computed: { kind: "year", year: 2003 }, mode: "annex" });
    expect(r("a-latest")).toMatchObject({ status: "differs", computed: { kind: "year", year: 2005 }, mode: "latest" });
  });

  it("says which source is missing, also for a figure compared with", () => {
    expect(r("b-own")).toMatchObject({ status: "needs-data", detail: MISSING_NL });
    expect(r("a-with-b").detail).toBe(`heeft ook fig2 nodig: ${MISSING_NL}`);
  });

  it("reports claims of a figure left out of the run as needs-data, saying so (never 'no module' for a figure that has one)", () => {
    expect(r("z-unbuilt")).toMatchObject({ status: "needs-data", detail: "fig3 is niet gemaakt in deze run (--only)" });
    expect(auditClaims(builds, { claims }).map((c) => c.id)).not.toContain("z-unbuilt");
  });

  it("records the vintage of the data each claim used", () => {
    expect(r("a-annex").vintage).toBe("CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02)");
    expect(r("b-own").vintage).toBeUndefined();
  });

  it("reads a figure a claim compares with when built, without needing it, and records its vintage too", () => {
    const reads: ClaimDefinition = {
      id: "a-reads-b",
      figure: "fig1",
      published: { kind: "year", year: 1 },
      rule: () => "compares when built",
      alsoReads: ["fig2"],
      evaluate: (_f, others) => ({ computed: { kind: "year", year: others.has("fig2") ? 1 : 0 }, holds: true }),
    };
    const without = auditClaims(builds, { claims: [reads] })[0];
    expect(without).toMatchObject({
      status: "reproduced",
      computed: { kind: "year", year: 0 },
      vintage: "CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02)",
    });
    const other: FigureStatus = built("fig2", "annex", 2003);
    if (other.status === "built")
      other.data.sources = [
        { ...provenance, sourceId: "cbs-84809NED-data", code: "TEST02NED", retrieved: "2031-01-02T00:00:00Z" },
      ];
    const both = auditClaims({ ...builds, annex: [builds.annex[0], other] }, { claims: [reads] })[0];
    expect(both).toMatchObject({ status: "reproduced", computed: { kind: "year", year: 1 } });
    expect(both.vintage).toBe(
      "CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02); CBS TEST02NED (versie 2030-01-01, opgehaald 2031-01-02)",
    );
  });

  it("counts the statuses", () => {
    // English by default: the CLIs log it.
    expect(summaryLine(results)).toBe("5 claims: 1 reproduced, 1 differ, 3 need data");
    expect(summaryLine(results, "nl")).toBe("5 beweringen: 1 gereproduceerd, 1 wijkt af, 3 hebben data nodig");
  });
});

const statements: AnnexStatement[] = [
  {
    figure: "fig1",
    where: "footnote",
    footnote: 9,
    text: "A rule of registration.",
    en: "A rule of registration.",
    claims: [],
    notComputed: { nl: "een inschrijvingsregel", en: "a registration rule" },
  },
  {
    figure: "fig2",
    where: "bullet",
    text: "An unchecked bullet.",
    en: "An unchecked bullet.",
    claims: ["not-in-this-run"],
  },
];

describe("audit.md (Dutch, the default)", () => {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"] });
  const md = auditMarkdown({ modules, builds, claims: results, statements });

  it("has a section per figure with the data's vintage and sha256", () => {
    expect(md).toContain("## fig1: Figure fig1, 2000-2003");
    expect(md).toContain(
      `CBS TEST01NED "Synthetic table": versie 2030-01-01, opgehaald 2030-01-02; vastgelegd; uit live download van 2030-01-02 (/tmp/raw); \`cbs/TEST01NED/TypedDataSet.json\`, sha256 \`${"ab".repeat(32)}\``,
    );
    expect(md).toContain(
      `bronvermelding: CBS StatLine, TEST01NED Synthetic table, versie 2030-01-01, opgehaald 2030-01-02, https://example.invalid/TEST01NED, licentie CC BY 4.0`,
    );
    expect(md).toContain("## fig2: Figure B");
    expect(md).toContain(`Data: **heeft data nodig**: ${MISSING_NL}`);
  });

  it("lists statement, published, computed and status, with the difference or the missing source", () => {
    expect(md).toContain("**5 beweringen: 1 gereproduceerd, 1 wijkt af, 3 hebben data nodig.**");
    expect(md).toContain(
      "| figuur | figuur in modus annex | beweringen | gereproduceerd | wijken af | hebben data nodig |\n|---|---|---|---|---|---|\n| fig1 | gemaakt | 3 | 1 | 1 | 1 |\n| fig2 | heeft data nodig |",
    );
    expect(md).toContain("| fig3 | niet in deze run | 1 | 0 | 0 | 1 |");
    expect(md).toContain("| # | uitspraak | gepubliceerd | berekend | status |");
    expect(md).toContain(
      "| 1 | (geen uitspraak in het register van de bijlage noemt a-annex) | 2003 | 2003 | gereproduceerd |",
    );
    expect(md).toContain(
      "| 2 | (geen uitspraak in het register van de bijlage noemt a-latest) *(nieuwste data)* | 2003 | 2005 | **wijkt af**: gepubliceerd 2003, berekend 2005 |",
    );
    expect(md).toContain(
      "| 1 | (geen uitspraak in het register van de bijlage noemt b-own) | dip in 2020 | – | heeft data nodig (de data van de figuur, zie boven) |",
    );
    expect(md).toContain(
      `| (geen uitspraak in het register van de bijlage noemt a-with-b) | dip in 2020 | – | heeft data nodig: heeft ook fig2 nodig: ${MISSING_NL} |`,
    );
    expect(md).toContain("Data: fig3 is niet gemaakt in deze run (--only).");
  });

  it("explains each rule and lists the statements the data cannot check or no claim covered", () => {
    expect(md).toContain(
      "Hoe elke bewering wordt gecontroleerd:\n\n1. `a-annex`: last year of the annex period (data: CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02))",
    );
    expect(md).toContain(
      '## Uitspraken die de data niet kan controleren\n\n- fig1, voetnoot 9: "A rule of registration.": een inschrijvingsregel',
    );
    expect(md).toContain('## Uitspraken zonder bewering in deze run\n\n- fig2, opsomming: "An unchecked bullet."');
  });

  it("has no English fixed text of the report (the English build's labels are all absent)", () => {
    expect(labelsIn(md, ENGLISH_LABELS)).toEqual([]);
  });
});

describe("audit.md in English", () => {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"], lang: "en" });
  const md = auditMarkdown({ modules, builds, claims: results, statements, lang: "en" });

  it("keeps the English labels", () => {
    expect(md).toContain("# Audit: the annex's numbers against the raw data");
    expect(md).toContain("**5 claims: 1 reproduced, 1 differ, 3 need data.**");
    expect(md).toContain(
      "| figure | annex-mode figure | claims | reproduced | differ | need data |\n|---|---|---|---|---|---|\n| fig1 | built | 3 | 1 | 1 | 1 |\n| fig2 | needs-data |",
    );
    expect(md).toContain("| fig3 | not in this run | 1 | 0 | 0 | 1 |");
    expect(md).toContain(
      `CBS TEST01NED "Synthetic table": version 2030-01-01, retrieved 2030-01-02; recorded; from live download of 2030-01-02 (/tmp/raw); \`cbs/TEST01NED/TypedDataSet.json\``,
    );
    expect(md).toContain(
      "  - cite as: CBS StatLine, TEST01NED Synthetic table, version 2030-01-01, retrieved 2030-01-02, https://example.invalid/TEST01NED, licence CC BY 4.0",
    );
    expect(md).toContain(`Data: **needs-data**: ${MISSING_EN}`);
    expect(md).toContain("| # | statement | published | computed | status |");
    expect(md).toContain("| 1 | (no statement of the annex registry names a-annex) | 2003 | 2003 | reproduced |");
    expect(md).toContain(
      "| 2 | (no statement of the annex registry names a-latest) *(latest)* | 2003 | 2005 | **differs**: published 2003, computed 2005 |",
    );
    expect(md).toContain(
      "| 1 | (no statement of the annex registry names b-own) | dip in 2020 | – | needs data (the figure's data, see above) |",
    );
    expect(md).toContain(
      `| (no statement of the annex registry names a-with-b) | dip in 2020 | – | needs data: needs fig2 as well: ${MISSING_EN} |`,
    );
    expect(md).toContain("Data: fig3 was not built in this run (--only).");
    expect(md).toContain(
      "How each is checked:\n\n1. `a-annex`: last year of the annex period (data: CBS TEST01NED (version 2030-01-01, retrieved 2030-01-02))",
    );
    expect(md).toContain(
      '## Statements the data cannot check\n\n- fig1, footnote 9: "A rule of registration." (English: A rule of registration.): a registration rule',
    );
    expect(md).toContain(
      '## Statements without a claim in this run\n\n- fig2, bullet: "An unchecked bullet." (English: An unchecked bullet.)',
    );
  });

  it("has no Dutch fixed text of the report", () => {
    expect(labelsIn(md, DUTCH_LABELS)).toEqual([]);
  });
});
