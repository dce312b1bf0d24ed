// Figure 6 against the publication, computed from the raw Eurostat migr_asyapp1mp download.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { yearsNlNotLower } from "../../src/claims/fig6-claims";
import { yearlyValue } from "../../src/claims/lookups";
import { EFTA_GEOS, EU27_GEOS } from "../../src/catalog/annex";
import { fig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";

let fig: FigureData;
let rawDir: string;
beforeAll(async () => {
  rawDir = await requireRaw("eurostat-migr_asyapp1mp");
  fig = buildFigureData(fig6, { rawDir, mode: "annex" });
});

describe("figure 6: first-time asylum applicants per 1,000 inhabitants, 2015-2024", () => {
  it("averages the annex's EU (footnote 2): the 27 member states, IS, LI, NO, CH, and EU27_2020; no candidate country", () => {
    const geos = fig.table.array("geo") as string[];
    expect(fig.table.columnNames()).toEqual(["geo", "label", "average"]);
    expect(new Set(geos)).toEqual(new Set(["EU27_2020", ...EU27_GEOS, ...EFTA_GEOS]));
    expect(geos).toHaveLength(1 + 27 + 4);
    expect(geos).not.toContain("ME"); // Montenegro is in the response
    const labels = Object.fromEntries(rowsOf<{ geo: string; label: string }>(fig.table).map((r) => [r.geo, r.label]));
    expect([labels.IS, labels.LI, labels.NO, labels.CH]).toEqual([
      "IJsland",
      "Liechtenstein",
      "Noorwegen",
      "Zwitserland",
    ]);
  });

  it("averages Liechtenstein over its years present (no value for 2015) and says so", () => {
    const li = rowsOf<{ geo: string; year: number; value: number | null }>(fig.extraTables!.yearly).filter(
      (r) => r.geo === "LI" && r.value !== null,
    );
    const row = rowsOf<{ geo: string; average: number }>(fig.table).find((r) => r.geo === "LI")!;
    expect(row.average).toBeCloseTo(li.reduce((a, r) => a + r.value!, 0) / li.length, 6);
    expect(fig.notes).toContain("Liechtenstein (LI): geen waarde voor 2015; gemiddelde over de overige jaren.");
  });

  it("shows the same countries in latest mode", () => {
    const latest = buildFigureData(fig6, { rawDir, mode: "latest" });
    expect(new Set(latest.table.array("geo") as string[])).toEqual(new Set(fig.table.array("geo") as string[]));
  });

  it("the average is the mean of the yearly values 2015-2024", () => {
    const yearly = rowsOf<{ geo: string; year: number; value: number }>(fig.extraTables!.yearly);
    const nl = yearly.filter((r) => r.geo === "NL");
    expect(nl.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const mean = nl.reduce((a, r) => a + r.value, 0) / nl.length;
    const row = rowsOf<{ geo: string; average: number }>(fig.table).find((r) => r.geo === "NL")!;
    expect(row.average).toBeCloseTo(mean, 6);
  });

  it("NL vs EU 2021: 1.42 vs 1.20 (published)", () => {
    expect(yearlyValue(fig, "NL", 2021)!.toFixed(2)).toBe("1.42");
    expect(yearlyValue(fig, "EU27_2020", 2021)!.toFixed(2)).toBe("1.20");
  });

  it("NL vs EU 2022: 2.02 vs 1.96 (published)", () => {
    expect(yearlyValue(fig, "NL", 2022)!.toFixed(2)).toBe("2.02");
    expect(yearlyValue(fig, "EU27_2020", 2022)!.toFixed(2)).toBe("1.96");
  });

  it("NL is lower than the EU in the other eight years of 2015-2024", () => {
    expect(yearsNlNotLower(fig)).toEqual([2021, 2022]);
  });

  it("uses Eurostat's ready-made rates (unit NR) and names the dataset and its update", () => {
    expect(fig.sources[0].code).toBe("migr_asyapp1mp");
    expect(fig.sources[0].modified).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});
