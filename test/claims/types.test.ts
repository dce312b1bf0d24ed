// How claims are evaluated, on small synthetic figures (values invented): modes, figures compared
// with, errors, consultation dates, and the "since <year>" rule of figure 5's footnote.
import type { FigureId } from "../../src/catalog/annex";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { consultedVintage } from "../../src/claims/annex-wide-claims";
import { FIG5_CLAIMS } from "../../src/claims/fig5-claims";
import { evaluateClaim, type ClaimDefinition } from "../../src/claims/types";
import { wording, type ClaimValue } from "../../src/claims/value";
import type { FigureData, Mode } from "../../src/figures/types";
import type { Provenance } from "../../src/parse/load";

function figure(
  id: FigureId,
  mode: Mode,
  rows: Record<string, unknown>[],
  period = { from: 2001, to: 2003 },
  sources: Provenance[] = [],
): FigureData {
  return { id, title: id, mode, period, table: aq.from(rows), figure: { data: [], layout: {} }, sources, notes: [] };
}

const source = (code: string, modified?: string): Provenance => ({
  sourceId: `x-${code}`,
  provider: "Eurostat",
  code,
  title: code,
  url: "https://example.invalid",
  file: `eurostat/${code}.json`,
  sha256: "0".repeat(64),
  retrieved: "2030-01-02T00:00:00Z",
  modified,
  kind: "recorded",
  data: { kind: "mirror", folder: "/tmp/mirror", mirror: "/tmp/mirror" },
});

const persons = (value: number): ClaimValue => ({ kind: "number", value, unit: "persons", decimals: 0 });

const base: ClaimDefinition = {
  id: "x-claim",
  figure: "fig1",
  published: persons(3),
  rule: () => "the table has three rows",
  evaluate: (f) => ({ computed: persons(f.table.numRows()), holds: f.table.numRows() === 3 }),
};
const three = figure("fig1", "annex", [{ year: 2001 }, { year: 2002 }, { year: 2003 }]);

describe("evaluateClaim", () => {
  it("reproduced or differs by the claim's own rule", () => {
    expect(evaluateClaim(base, three)).toMatchObject({ status: "reproduced", computed: persons(3), mode: "annex" });
    expect(evaluateClaim(base, figure("fig1", "annex", [{ year: 2001 }]))).toMatchObject({
      status: "differs",
      computed: persons(1),
    });
  });

  it("needs-data with the reason when the figure is missing", () => {
    expect(evaluateClaim(base, undefined, "needs data: X")).toMatchObject({
      status: "needs-data",
      computed: null,
      detail: "needs data: X",
    });
  });

  it("checks a claim only on a figure built in its mode", () => {
    expect(evaluateClaim({ ...base, mode: "latest" }, three).status).toBe("needs-data");
    expect(
      evaluateClaim(
        { ...base, mode: "latest" },
        figure("fig1", "latest", [{ year: 2001 }, { year: 2002 }, { year: 2003 }]),
      ).status,
    ).toBe("reproduced");
  });

  it("needs every figure it compares with", () => {
    const r = evaluateClaim({ ...base, alsoNeeds: ["fig2"] }, three, undefined, new Map([["fig1", three]]), "en");
    expect(r).toMatchObject({ status: "needs-data", detail: "needs fig2 as well" });
    expect(
      evaluateClaim({ ...base, alsoNeeds: ["fig2"] }, three, undefined, new Map([["fig1", three]]), "nl").detail,
    ).toBe("heeft ook fig2 nodig");
  });

  it("reports a claim whose code fails as error, never as reproduced", () => {
    const broken = {
      ...base,
      evaluate: () => {
        throw new Error("no motive column");
      },
    };
    expect(evaluateClaim(broken, three)).toMatchObject({
      status: "error",
      detail: expect.stringContaining("no motive column"),
    });
  });

  it("carries rounding and tolerance into the result", () => {
    const worded = {
      ...base,
      rounding: (w: { lang: string }) => `whole numbers (${w.lang})`,
      tolerance: () => "exact",
    };
    expect(evaluateClaim(worded, three, undefined, undefined, "en")).toMatchObject({
      rounding: "whole numbers (en)",
      tolerance: "exact",
    });
  });
});

describe("consultation dates", () => {
  it("the same day or earlier is the consulted version; later may be revised", () => {
    expect(
      consultedVintage(
        figure("fig6", "annex", [], undefined, [source("aa", "2025-06-26T23:00:00+0200")]),
        "2025-06-26",
      ),
    ).toMatchObject({ holds: true });
    const later = consultedVintage(
      figure("fig6", "annex", [], undefined, [source("aa", "2025-06-27T00:00:00")]),
      "2025-06-26",
    );
    expect(later).toMatchObject({
      holds: false,
      computed: { kind: "versions", items: [{ code: "aa", version: "2025-06-27" }] },
    });
  });

  it("a source without a producer date makes it needs-data", () => {
    const r = consultedVintage(figure("fig6", "annex", [], undefined, [source("bb")]), "2025-06-26");
    if (!("needsData" in r)) throw new Error("expected needs-data");
    expect(r.needsData(wording("en"))).toContain("Eurostat bb has no producer modification date");
    expect(r.needsData(wording("nl"))).toContain("Eurostat bb heeft geen wijzigingsdatum");
  });
});

describe("figure 5: series split out 'since' a year", () => {
  const since2007 = FIG5_CLAIMS.find((c) => c.id === "fig5-subsequent-since-2007")!;
  const rows = (values: Record<number, number | null>) =>
    Object.entries(values).map(([y, v]) => ({ year: Number(y), series: "subsequent", persons: v }));
  const fig5 = (values: Record<number, number | null>) =>
    figure("fig5", "annex", rows(values), { from: 2005, to: 2009 });

  it("holds when the series starts in that year and has every later year", () => {
    expect(evaluateClaim(since2007, fig5({ 2005: null, 2006: null, 2007: 10, 2008: 20, 2009: 30 })).status).toBe(
      "reproduced",
    );
  });

  it("differs when a value exists earlier or a later year is missing", () => {
    expect(evaluateClaim(since2007, fig5({ 2005: null, 2006: 5, 2007: 10, 2008: 20, 2009: 30 }))).toMatchObject({
      status: "differs",
      computed: { kind: "year", year: 2006, relation: "from" },
    });
    expect(evaluateClaim(since2007, fig5({ 2005: null, 2006: null, 2007: 10, 2008: null, 2009: 30 }))).toMatchObject({
      status: "differs",
      detail: expect.stringContaining("ontbreekt in 2008"),
    });
  });
});
