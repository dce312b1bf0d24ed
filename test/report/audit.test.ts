// The audit on synthetic builds (values invented): which figures each claim is checked on, why a
// claim needs data, the vintage it used, and out/audit.md's layout.
import type { FigureId } from "../../src/catalog/annex";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { FigureStatus } from "../../src/figures/types";
import { sourceById } from "../../src/catalog/sources";
import type { AnnexStatement } from "../../src/catalog/annex";
import type { ClaimDefinition } from "../../src/claims/types";
import type { FigureData, FigureModule, Mode } from "../../src/figures/types";
import type { Provenance } from "../../src/parse/load";
import { auditClaims, auditMarkdown, summaryLine, type Builds } from "../../src/report/audit";

const provenance: Provenance = {
  sourceId: "cbs-80059NED-data",
  provider: "CBS",
  code: "TEST01NED",
  title: "Synthetic table",
  url: "https://example.invalid/TEST01NED",
  file: "cbs/TEST01NED/TypedDataSet.json",
  sha256: "ab".repeat(32),
  retrieved: "2030-01-02T00:00:00Z",
  modified: "2030-01-01T00:00:00",
  kind: "recorded",
  data: { kind: "live", folder: "/tmp/raw" },
};

function built(id: FigureId, mode: Mode, to: number): FigureStatus {
  const years = Array.from({ length: to - 2000 + 1 }, (_, i) => ({ year: 2000 + i, persons: 1000 }));
  const data: FigureData = { id, title: `Figure ${id}, 2000-${to}`, mode, period: { from: 2000, to }, table: aq.from(years), figure: { data: [], layout: {} }, sources: [provenance], notes: [] };
  return { id, status: "built", dir: "", data };
}
const missing: FigureStatus = { id: "fig2", status: "needs-data", message: "needs data: CBS TEST02NED is not in /raw", sources: [sourceById("cbs-83474NED-data")] };

const builds: Builds = { annex: [built("fig1", "annex", 2003), missing], latest: [built("fig1", "latest", 2005), missing] };
const modules: FigureModule[] = [
  { id: "fig1", title: "Figure A", sourceIds: [], build: () => { throw new Error("not used"); } },
  { id: "fig2", title: "Figure B", sourceIds: [], build: () => { throw new Error("not used"); } },
];

const lastYear = (f: FigureData) => String(f.period.to);
const claims: ClaimDefinition[] = [
  { id: "a-annex", figure: "fig1", published: "2003", rule: "last year of the annex period", evaluate: (f) => ({ computed: lastYear(f), holds: f.period.to === 2003 }) },
  { id: "a-latest", figure: "fig1", published: "2003", rule: "latest mode ends before 2004", mode: "latest", evaluate: (f) => ({ computed: lastYear(f), holds: f.period.to < 2004 }) },
  { id: "b-own", figure: "fig2", published: "yes", rule: "any", evaluate: () => ({ computed: "yes", holds: true }) },
  { id: "a-with-b", figure: "fig1", published: "A > B", rule: "compares", alsoNeeds: ["fig2"], evaluate: () => ({ computed: "", holds: true }) },
  { id: "z-unbuilt", figure: "fig3", published: "yes", rule: "any", evaluate: () => ({ computed: "yes", holds: true }) },
];

describe("auditClaims", () => {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"] });
  const r = (id: string) => results.find((x) => x.id === id)!;

  it("checks published values in annex mode and statements about the newest data in latest mode", () => {
    expect(r("a-annex")).toMatchObject({ status: "reproduced", computed: "2003", mode: "annex" });
    expect(r("a-latest")).toMatchObject({ status: "differs", computed: "2005", mode: "latest" });
  });

  it("says which source is missing, also for a figure compared with", () => {
    expect(r("b-own")).toMatchObject({ status: "needs-data", detail: "needs data: CBS TEST02NED is not in /raw" });
    expect(r("a-with-b").detail).toBe("needs fig2 as well: needs data: CBS TEST02NED is not in /raw");
  });

  it("reports claims of figures that have no module yet as needs-data", () => {
    expect(r("z-unbuilt")).toMatchObject({ status: "needs-data", detail: expect.stringContaining("no figure module") });
    expect(auditClaims(builds, { claims }).map((c) => c.id)).not.toContain("z-unbuilt");
  });

  it("records the vintage of the data each claim used", () => {
    expect(r("a-annex").vintage).toBe("CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02)");
    expect(r("b-own").vintage).toBeUndefined();
  });

  it("reads a figure a claim compares with when built, without needing it, and records its vintage too", () => {
    const reads: ClaimDefinition = { id: "a-reads-b", figure: "fig1", published: "A", rule: "compares when built", alsoReads: ["fig2"], evaluate: (_f, others) => ({ computed: String(others.has("fig2")), holds: true }) };
    const without = auditClaims(builds, { claims: [reads] })[0];
    expect(without).toMatchObject({ status: "reproduced", computed: "false", vintage: "CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02)" });
    const other: FigureStatus = built("fig2", "annex", 2003);
    if (other.status === "built") other.data.sources = [{ ...provenance, sourceId: "cbs-84809NED-data", code: "TEST02NED", retrieved: "2031-01-02T00:00:00Z" }];
    const both = auditClaims({ ...builds, annex: [builds.annex[0], other] }, { claims: [reads] })[0];
    expect(both).toMatchObject({ status: "reproduced", computed: "true" });
    expect(both.vintage).toBe("CBS TEST01NED (versie 2030-01-01, opgehaald 2030-01-02); CBS TEST02NED (versie 2030-01-01, opgehaald 2031-01-02)");
  });

  it("counts the statuses", () => {
    expect(summaryLine(results)).toBe("5 claims: 1 reproduced, 1 differ, 3 need data");
  });
});

describe("audit.md", () => {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"] });
  const statements: AnnexStatement[] = [
    { figure: "fig1", where: "footnote", footnote: 9, text: "A rule of registration.", en: "A rule of registration.", claims: [], notComputed: "a registration rule" },
    { figure: "fig2", where: "bullet", text: "An unchecked bullet.", en: "An unchecked bullet.", claims: ["not-in-this-run"] },
  ];
  const md = auditMarkdown({ modules, builds, claims: results, statements });

  it("has a section per figure with the data's vintage and sha256", () => {
    expect(md).toContain("## fig1: Figure fig1, 2000-2003");
    expect(md).toContain(`CBS TEST01NED "Synthetic table": versie 2030-01-01, opgehaald 2030-01-02; recorded; from live download of 2030-01-02 (/tmp/raw); \`cbs/TEST01NED/TypedDataSet.json\`, sha256 \`${"ab".repeat(32)}\``);
    expect(md).toContain(`cite as: CBS StatLine, TEST01NED Synthetic table, version 2030-01-01, retrieved 2030-01-02, https://example.invalid/TEST01NED, licence CC BY 4.0`);
    expect(md).toContain("## fig2: Figure B");
    expect(md).toContain("Data: **needs-data**: needs data: CBS TEST02NED is not in /raw");
  });

  it("lists statement, published, computed and status, with the difference or the missing source", () => {
    expect(md).toContain("| 1 | (no statement of the annex registry names a-annex) | 2003 | 2003 | reproduced |");
    expect(md).toContain("| 2 | (no statement of the annex registry names a-latest) *(latest)* | 2003 | 2005 | **differs**: published 2003, computed 2005 |");
    expect(md).toContain("| 1 | (no statement of the annex registry names b-own) | yes | – | needs data (the figure's data, see above) |");
    expect(md).toContain("| (no statement of the annex registry names a-with-b) | A > B | – | needs data: needs fig2 as well: needs data: CBS TEST02NED is not in /raw |");
  });

  it("explains each rule and lists the statements the data cannot check or no claim covered", () => {
    expect(md).toContain("1. `a-annex`: last year of the annex period");
    expect(md).toContain('- fig1, footnote 9: "A rule of registration.": a registration rule');
    expect(md).toContain('## Statements without a claim in this run\n\n- fig2, bullet: "An unchecked bullet."');
  });
});
