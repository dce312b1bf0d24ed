// Figure 2: EU/EFTA citizens excluding Dutch nationals by derived motive, 1999-2023, computed from
// the raw CBS 84808NED download; the annex's statements (dip in 2020, rise that flattens) asserted.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { dip2020, FIG2_CLAIMS, flattening, yearlyTotals } from "../../src/claims/fig2-claims";
import { evaluateClaim } from "../../src/claims/types";
import { fig2 } from "../../src/figures/fig2-eu-motives";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";
import { fixtureText, motiveFixtureRawDir, put } from "../helpers/motive-fixtures";

type Row = { year: number; motive: string; persons: number | null };
let rawDir: string;
let fig: FigureData;
beforeAll(async () => {
  rawDir = await requireRaw("cbs-84808NED-data");
  fig = buildFigureData(fig2, { rawDir, mode: "annex" });
});

describe("figure 2: EU/EFTA citizens (excluding Dutch) by derived motive 1999-2023", () => {
  it("has year,motive,persons for work, family, study and other in every year 1999-2023", () => {
    const rows = rowsOf<Row>(fig.table);
    expect(fig.table.columnNames()).toEqual(["year", "motive", "persons"]);
    expect([...new Set(rows.map((r) => r.motive))]).toEqual(["work", "family", "study", "other"]);
    expect(rows.filter((r) => r.motive === "work").map((r) => r.year)).toEqual(
      Array.from({ length: 25 }, (_, i) => 1999 + i),
    );
    expect(rows.every((r) => typeof r.persons === "number")).toBe(true);
  });

  it("leaves Dutch nationals out: total minus 'no derived motive' (1999: 21,515 in ../shared/docs/sources.md)", () => {
    expect(yearlyTotals(fig).get(1999)).toBe(21515);
    // The four motives add up to that total, up to CBS's rounding to multiples of 5.
    const rows = rowsOf<Row>(fig.table);
    for (const [year, total] of yearlyTotals(fig)) {
      const sum = rows.filter((r) => r.year === year).reduce((a, r) => a + (r.persons ?? 0), 0);
      expect(Math.abs(sum - total), String(year)).toBeLessThanOrEqual(10);
    }
  });

  it("dips in 2020 (published: a 'dip' from the pandemic)", () => {
    const d = dip2020(fig);
    expect(d.y2020).toBeLessThan(d.y2019);
    expect(d.y2020).toBeLessThan(d.y2021);
  });

  it("its rise flattens after 2022 (published: 'wel lijkt de stijging af te vlakken')", () => {
    const f = flattening(fig);
    expect(f.last).toBe(2023);
    expect(f.lastChange).toBeLessThan(f.averageChange);
  });

  it("reproduces every figure 2 claim", () => {
    for (const c of FIG2_CLAIMS) expect(evaluateClaim(c, fig).status, c.id).toBe("reproduced");
  });

  it("shows the publication's title and the source with its vintage (TableInfos.Modified)", () => {
    expect(fig.title).toBe(
      "Migratie van EU-burgers naar Nederland (exclusief Nederlanders) naar verblijfsdoel, 1999-2023",
    );
    expect(fig.sources[0].modified).toBe("2025-06-27T02:00:00");
    expect(JSON.stringify(fig.figure.layout)).toContain("Bron: CBS StatLine (84808NED, versie 2025-06-27");
  });

  it("latest mode runs to the newest year in the data", () => {
    expect(buildFigureData(fig2, { rawDir, mode: "latest" }).period.to).toBeGreaterThanOrEqual(2023);
  });
});

describe("figure 2 on the synthetic fixtures", () => {
  it("refuses a code list whose main key has another motive's title", () => {
    const dir = motiveFixtureRawDir({ tables: ["84808NED"] });
    put(
      dir,
      "cbs-84808NED-AfgeleidMigratiedoel",
      fixtureText("cbs/84808NED/AfgeleidMigratiedoel.json").replace('"Title":"Arbeid"', '"Title":"Asiel"'),
    );
    expect(() => buildFigureData(fig2, { rawDir: dir, mode: "annex" })).toThrow(/A009232 has title "Asiel"/);
  });

  it("builds from the synthetic fixtures, where the sub-category rows are not shown", () => {
    const f = buildFigureData(fig2, { rawDir: motiveFixtureRawDir({ tables: ["84808NED"] }), mode: "annex" });
    expect(yearlyTotals(f).get(2000)).toBe(4800);
    expect(rowsOf<Row>(f.table).find((r) => r.year === 2000 && r.motive === "family")!.persons).toBe(1000);
  });
});
