// Figure 3: non-EU/EFTA immigrants by motive, 1999-2024, computed from the raw CBS 84809NED
// download; temporary protection in 2022 and the annex's fluctuation statement asserted.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import {
  coefficientOfVariation,
  FIG3_CLAIMS,
  motiveSeries,
  motiveVariation,
  totalsVariation,
} from "../../src/claims/fig3-claims";
import { motiveValue } from "../../src/claims/lookups";
import { evaluateClaim } from "../../src/claims/types";
import { fig2 } from "../../src/figures/fig2-eu-motives";
import { fig3 } from "../../src/figures/fig3-non-eu-motives";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";

type Row = { year: number; motive: string; persons: number | null };
let rawDir: string;
let fig: FigureData;
let fig2Data: FigureData;
beforeAll(async () => {
  rawDir = await requireRaw("cbs-84808NED-data", "cbs-84809NED-data");
  fig = buildFigureData(fig3, { rawDir, mode: "annex" });
  fig2Data = buildFigureData(fig2, { rawDir, mode: "annex" });
});

describe("figure 3: non-EU/EFTA immigrants by motive 1999-2024", () => {
  it("has year,motive,persons for the six motives in every year 1999-2024", () => {
    const rows = rowsOf<Row>(fig.table);
    expect(fig.table.columnNames()).toEqual(["year", "motive", "persons"]);
    expect([...new Set(rows.map((r) => r.motive))]).toEqual([
      "work",
      "family",
      "asylum",
      "study",
      "temporary_protection",
      "other",
    ]);
    expect(rows.filter((r) => r.motive === "asylum").map((r) => r.year)).toEqual(
      Array.from({ length: 26 }, (_, i) => 1999 + i),
    );
  });

  it("keeps temporary protection blank before 2022, not 0", () => {
    expect(motiveValue(fig, "temporary_protection", 2021)).toBeNull();
    expect(motiveValue(fig, "temporary_protection", 1999)).toBeNull();
    expect(fig.notes.join(" ")).toContain("1999-2021");
  });

  it("temporary protection in 2022 is above 100,000 (published: 'ruim 100.000 Oekraïense ontheemden')", () => {
    expect(motiveValue(fig, "temporary_protection", 2022)).toBeGreaterThan(100_000);
  });

  it("non-EU yearly totals fluctuate more than EU/EFTA ones (coefficient of variation, 1999-2023)", () => {
    const v = totalsVariation(fig, fig2Data);
    expect([v.from, v.to]).toEqual([1999, 2023]);
    expect(v.nonEu).toBeGreaterThan(v.eu);
  });

  it("asylum and temporary protection fluctuate the most (the two highest coefficients of variation)", () => {
    expect(
      motiveVariation(fig)
        .slice(0, 2)
        .map((r) => r.motive)
        .sort(),
    ).toEqual(["asylum", "temporary_protection"]);
  });

  it("reproduces every figure 3 claim", () => {
    const others = new Map([["fig2", fig2Data]]);
    for (const c of FIG3_CLAIMS) expect(evaluateClaim(c, fig, undefined, others).status, c.id).toBe("reproduced");
  });

  it("shows the publication's title and the source with its vintage", () => {
    expect(fig.title).toBe("Migratie van niet-EU-burgers naar Nederland, 1999-2024");
    expect(JSON.stringify(fig.figure.layout)).toContain("Bron: CBS StatLine (84809NED, versie 2025-06-27");
  });
});

describe("fluctuation measures", () => {
  it("computes the coefficient of variation as population standard deviation over the mean", () => {
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(coefficientOfVariation([0, 2])).toBe(1);
  });

  it("counts blanks before a motive's first value as 0 and refuses a blank after it", () => {
    expect(motiveSeries(fig, "temporary_protection", 2020, 2022).slice(0, 2)).toEqual([0, 0]);
    const gap = {
      ...fig,
      table: fig.table.derive({
        persons: (d: { year: number; motive: string; persons: number | null }) =>
          d.year === 2023 && d.motive === "temporary_protection" ? null : d.persons,
      }),
    };
    expect(() => motiveSeries(gap as FigureData, "temporary_protection", 2022, 2024)).toThrow(/no value in 2023/);
  });
});
