// Figure 5 against the publication, computed from the raw CBS 80059NED download.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { asylumPeaks, asylumTotals, quantile } from "../../src/claims/fig5-claims";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";

type Row = { year: number; series: string; persons: number | null };
let fig: FigureData;
let rows: Row[];
const value = (year: number, series: string) => rows.find((r) => r.year === year && r.series === series)!.persons;

beforeAll(async () => {
  fig = buildFigureData(fig5, { rawDir: await requireRaw("cbs-80059NED-data"), mode: "annex" });
  rows = rowsOf<Row>(fig.table);
});

describe("figure 5: asylum requests and nareizigers 1975-2024", () => {
  it("has every year 1975-2024 for each series, series first", () => {
    expect(fig.table.columnNames()).toEqual(["year", "series", "persons"]);
    expect([...new Set(rows.map((r) => r.series))]).toEqual(["first", "subsequent", "nareizigers", "total"]);
    expect(rows.filter((r) => r.series === "total").map((r) => r.year)).toEqual(
      Array.from({ length: 50 }, (_, i) => 1975 + i),
    );
  });

  it("keeps years before a series existed missing, not 0", () => {
    expect(value(2006, "subsequent")).toBeNull();
    expect(value(2007, "subsequent")).not.toBeNull();
    expect(value(2012, "nareizigers")).toBeNull();
    expect(value(2013, "nareizigers")).not.toBeNull();
  });

  it("the parts add up to the total where all are known", () => {
    for (let y = 2013; y <= 2024; y++) {
      expect(value(y, "first")! + value(y, "subsequent")! + value(y, "nareizigers")!).toBe(value(y, "total"));
    }
  });

  it("reproduces the CBS values quoted in the sources: 1994 52,575; 2015 58,880 (43,095 + 1,940 + 13,845)", () => {
    expect(value(1994, "total")).toBe(52575);
    expect([value(2015, "total"), value(2015, "first"), value(2015, "subsequent"), value(2015, "nareizigers")]).toEqual(
      [58880, 43095, 1940, 13845],
    );
  });

  it("asylum peaks in the 1990s and in 2015 (published: peaks in the 1990s and 2015/2016)", () => {
    const p = asylumPeaks(fig);
    expect([2015, 2016]).toContain(p.overall);
    expect(p.before2015).toBeGreaterThanOrEqual(1990);
    expect(p.before2015).toBeLessThanOrEqual(1999);
  });

  it("each of the last 4 years is above the 75th percentile of 1975-2024 (published: high in historical perspective)", () => {
    const t = asylumTotals(fig);
    const p75 = quantile([...t.values()], 0.75);
    for (const y of [2021, 2022, 2023, 2024]) expect(t.get(y)!).toBeGreaterThan(p75);
  });
});

describe("quantile", () => {
  it("uses the nearest rank", () => {
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3);
    expect(quantile([10], 0.75)).toBe(10);
  });
});
