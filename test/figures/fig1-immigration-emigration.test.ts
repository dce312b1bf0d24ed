// Figure 1 against the publication, computed from the raw CBS 83474NED download.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { peakNetYear, totalMillions, yearsWithNonPositiveNet } from "../../src/claims/fig1-claims";
import { fig1, fig1CrossCheck } from "../../src/figures/fig1-immigration-emigration";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";

let rawDir: string;
let fig: FigureData;
beforeAll(async () => {
  rawDir = await requireRaw("cbs-83474NED-data");
  fig = buildFigureData(fig1, { rawDir, mode: "annex" });
});

describe("figure 1: immigration and emigration 1995-2024", () => {
  it("has one row per year 1995-2024 with the data.csv columns", () => {
    expect(fig.table.columnNames()).toEqual(["year", "immigration", "emigration", "net_migration"]);
    expect(fig.table.array("year")).toEqual(Array.from({ length: 30 }, (_, i) => 1995 + i));
  });

  it("net migration is immigration minus emigration in every row", () => {
    for (const r of rowsOf<{ immigration: number; emigration: number; net_migration: number }>(fig.table)) {
      expect(r.net_migration).toBe(r.immigration - r.emigration);
    }
  });

  it("1995-2024 immigration rounds to 5.3 million (published: 5,3 miljoen)", () => {
    expect(totalMillions(fig, "immigration").toFixed(1)).toBe("5.3");
  });

  it("1995-2024 emigration rounds to 3.8 million (published: 3,8 miljoen)", () => {
    expect(totalMillions(fig, "emigration").toFixed(1)).toBe("3.8");
  });

  it("net migration is positive in every year 2008-2024 (published: positive since about 2008)", () => {
    expect(yearsWithNonPositiveNet(fig, 2008, 2024)).toEqual([]);
    // ... and it was not before: 2007 is the last year with more emigration than immigration.
    expect(yearsWithNonPositiveNet(fig, 1995, 2007)).toContain(2007);
  });

  it("2022 is the peak year of net migration (published: exceptional peak in 2022)", () => {
    expect(peakNetYear(fig)).toBe(2022);
  });

  it("names its source table, request and vintage", () => {
    expect(fig.sources[0].code).toBe("83474NED");
    expect(fig.sources[0].url).toContain("83474NED/TypedDataSet");
    expect(fig.sources[0].retrieved).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(JSON.stringify(fig.figure.layout)).toContain("83474NED");
  });

  it("latest mode runs to the newest year in the data", () => {
    const latest = buildFigureData(fig1, { rawDir, mode: "latest" });
    expect(latest.period.to).toBeGreaterThanOrEqual(2024);
  });
});

describe("figure 1 cross-check with the 37296ned CSV export", () => {
  it("83474NED equals 37296ned in every year both cover (1995-2021)", async () => {
    const dir = await requireRaw("cbs-83474NED-data", "cbs-37296ned-csv");
    const rows = fig1CrossCheck(fig1.load(dir));
    expect(rows.length).toBeGreaterThanOrEqual(27);
    expect(rows[0].year).toBe(1995);
    for (const r of rows) {
      expect(r.immigration_37296).toBe(r.immigration_83474);
      expect(r.emigration_37296).toBe(r.emigration_83474);
    }
  });
});
