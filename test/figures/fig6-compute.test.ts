// Figure 6's compute and chart steps on a small in-memory migr_asyapp1mp dataset (no files).
import { describe, expect, it } from "vitest";
import { chartFig6, computeFig6, FIG6_SOURCE, type Fig6Tables } from "../../src/figures/fig6-eu-asylum-per-1000";
import { rowsOf } from "../../src/figures/rows";
import { memJsonStat, memTable, notesIn } from "../helpers/tables";

const cell = (geo: string, year: number, value: number | null, status: string | null = null, unit = "NR") => ({
  coords: { freq: "A", unit, geo, time: String(year) },
  value,
  status,
});
function tables(last = 2024, extra: ReturnType<typeof cell>[] = []): Fig6Tables {
  const cells = [];
  for (let y = 2015; y <= last; y++)
    cells.push(
      cell("EU27_2020", y, 2),
      cell("NL", y, y === 2024 ? 3 : 1, y === 2024 ? "p" : null),
      cell("DE", y, y === 2016 ? null : 4),
    );
  cells.push(cell("ME", 2020, 99), cell("NL", 2020, 500, null, "PER"));
  return { rates: memTable(FIG6_SOURCE, memJsonStat([...cells, ...extra])) };
}
type Row = { geo: string; label: string; average: number };

describe("figure 6 compute", () => {
  it("averages each shown country's yearly rates over 2015-2024 (unit NR only), high to low, EU average included", () => {
    const r = computeFig6(tables(), { mode: "annex" });
    const rows = rowsOf<Row>(r.table);
    expect(r.period).toEqual({ from: 2015, to: 2024 });
    expect(rows).toEqual([
      { geo: "DE", label: "Duitsland", average: 4 },
      { geo: "EU27_2020", label: expect.any(String), average: 2 },
      { geo: "NL", label: "Nederland", average: 1.2 },
    ]);
  });

  it("names the countries of data.csv in the language asked for", () => {
    expect(rowsOf<Row>(computeFig6(tables(), { mode: "annex", lang: "en" }).table).map((x) => x.label)).toContain(
      "Germany",
    );
  });

  it("reports a missing year, every absent country and the provisional values in its notes, in the page's language", () => {
    const en = notesIn(computeFig6(tables(), { mode: "annex" }), "en");
    expect(en).toContain("Germany (DE): no value for 2016; mean over the other years.");
    expect(en).toContain("Provisional values (Eurostat flag p): NL 2024.");
    expect(en.some((n) => /^Belgium \(BE\): no value at all in 2015-2024/.test(n))).toBe(true);
  });

  it("takes the ten years up to the newest EU value in latest mode", () => {
    expect(computeFig6(tables(2026), { mode: "latest" }).period).toEqual({ from: 2017, to: 2026 });
  });

  it("needs the EU aggregate, naming the file", () => {
    const t = tables();
    const noEu: Fig6Tables = {
      rates: {
        ...t.rates,
        data: { ...t.rates.data, cells: t.rates.data.cells.filter((c) => c.coords.geo !== "EU27_2020") },
      },
    };
    expect(() => computeFig6(noEu, { mode: "annex" })).toThrow(
      /\/mem\/eurostat\/.*: no value for the EU aggregate EU27_2020/,
    );
  });
});

describe("figure 6 chart", () => {
  it("draws one bar per country with its value in the chart's number format", () => {
    const r = computeFig6(tables(), { mode: "annex" });
    expect(chartFig6(r, "nl").data[0].text).toEqual(["4,00", "2,00", "1,20"]);
    expect(chartFig6(r, "en").data[0].text).toEqual(["4.00", "2.00", "1.20"]);
    expect(chartFig6(r, "en").data[0].y).toEqual(["Germany", expect.any(String), "Netherlands"]);
  });
});
