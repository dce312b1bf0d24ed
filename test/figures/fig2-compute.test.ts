// Figure 2's compute and chart steps on a small in-memory motive table (no files).
import { describe, expect, it } from "vitest";
import { chartFig2, computeFig2, FIG2_MOTIVES } from "../../src/figures/fig2-eu-motives";
import { rowsOf } from "../../src/figures/rows";
import { years } from "../../src/figures/style";
import { EU_TABLE, mainMotiveKey, NO_DERIVED_MOTIVE_KEY, TOTAL_KEY } from "../../src/parse/cbs-motives";
import { memMotiveTables, notesIn } from "../helpers/tables";

// Work 100, family 200, study 300, other 400 a year; 1000 Dutch nationals (no derived motive); total 2000.
const persons = (y: number, key: string): number | null | undefined =>
  key === TOTAL_KEY
    ? 2000
    : key === NO_DERIVED_MOTIVE_KEY
      ? 1000
      : ({ A009232: 100, A009234: 200, A009235: 300, A009238: 400 } as Record<string, number>)[key];
const tables = (last = 2023, p = persons) => memMotiveTables(EU_TABLE, years(1999, last), p);

describe("figure 2 compute", () => {
  it("gives year,motive,persons for its four motives over 1999-2023, motives first", () => {
    const r = computeFig2(tables(2024), { mode: "annex" });
    const rows = rowsOf<{ year: number; motive: string; persons: number | null }>(r.table);
    expect(r.period).toEqual({ from: 1999, to: 2023 });
    expect(rows.length).toBe(4 * 25);
    expect(rows.slice(0, 2)).toEqual([
      { year: 1999, motive: "work", persons: 100 },
      { year: 2000, motive: "work", persons: 100 },
    ]);
    expect([...new Set(rows.map((x) => x.motive))]).toEqual([...FIG2_MOTIVES]);
  });

  it("counts EU/EFTA citizens without the Dutch: the total minus 'no derived motive'", () => {
    const totals = rowsOf<{ year: number; total: number }>(
      computeFig2(tables(), { mode: "annex" }).extraTables!.totals,
    );
    expect(totals.every((t) => t.total === 1000)).toBe(true);
  });

  it("leaves a missing value blank and names it in the notes; latest mode runs to the newest total", () => {
    const gap = (y: number, k: string) => (y === 2001 && k === mainMotiveKey("study") ? null : persons(y, k));
    const r = computeFig2(tables(2025, gap), { mode: "latest" });
    expect(r.period.to).toBe(2025);
    expect(
      rowsOf<{ year: number; motive: string; persons: number | null }>(r.table).find(
        (x) => x.year === 2001 && x.motive === "study",
      )!.persons,
    ).toBeNull();
    expect(notesIn(r, "en")).toContain("No value (left blank): study 2001.");
    expect(notesIn(r, "nl")).toContain("Geen waarde (leeg gelaten): study 2001.");
  });

  it("names the file and the years when a year of the period is absent", () => {
    expect(() => computeFig2(tables(2020), { mode: "annex" })).toThrow(
      /\/mem\/cbs\/84808NED\/.*: no rows for 2021, 2022, 2023 \(figure 2 needs 1999-2023\)/,
    );
  });
});

describe("figure 2 chart", () => {
  it("stacks one bar per motive, named in the chart's language", () => {
    const f = chartFig2(computeFig2(tables(), { mode: "annex" }), "en");
    expect(f.data.map((d) => d.name)).toEqual(["Work", "Family", "Study", "Other"]);
    expect(f.data[3].y).toEqual(years(1999, 2023).map(() => 400));
    expect(f.layout.barmode).toBe("stack");
  });
});
