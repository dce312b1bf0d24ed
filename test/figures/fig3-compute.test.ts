// Figure 3's compute and chart steps on a small in-memory motive table (no files).
import { describe, expect, it } from "vitest";
import { chartFig3, computeFig3, FIG3_MOTIVES } from "../../src/figures/fig3-non-eu-motives";
import { rowsOf } from "../../src/figures/rows";
import { years } from "../../src/figures/style";
import { mainMotiveKey, NON_EU_TABLE, TOTAL_KEY } from "../../src/parse/cbs-motives";
import { memMotiveTables, notesIn } from "../helpers/tables";

// Every motive 10 a year, temporary protection only from 2022 (blank before); total 60.
const persons = (y: number, key: string): number | null | undefined =>
  key === TOTAL_KEY
    ? 60
    : key === mainMotiveKey("temporary_protection")
      ? y >= 2022
        ? 10
        : null
      : FIG3_MOTIVES.some((m) => mainMotiveKey(m) === key)
        ? 10
        : undefined;
const tables = (last = 2024, p = persons) => memMotiveTables(NON_EU_TABLE, years(1999, last), p);

describe("figure 3 compute", () => {
  it("gives year,motive,persons for its six motives over 1999-2024, with the totals beside", () => {
    const r = computeFig3(tables(), { mode: "annex" });
    const rows = rowsOf<{ year: number; motive: string; persons: number | null }>(r.table);
    expect(r.period).toEqual({ from: 1999, to: 2024 });
    expect([...new Set(rows.map((x) => x.motive))]).toEqual([...FIG3_MOTIVES]);
    expect(rowsOf<{ total: number }>(r.extraTables!.totals).map((t) => t.total)).toEqual(
      years(1999, 2024).map(() => 60),
    );
  });

  it("keeps temporary protection blank (not 0) before 2022 and says so, with the motive named in the page's language", () => {
    const r = computeFig3(tables(), { mode: "annex" });
    const tp = rowsOf<{ year: number; motive: string; persons: number | null }>(r.table).filter(
      (x) => x.motive === "temporary_protection",
    );
    expect(tp.filter((x) => x.persons === null).map((x) => x.year)).toEqual(years(1999, 2021));
    expect(notesIn(r, "en")).toContain("Temporary protection: no value in 1999-2021 (left blank, not 0).");
    expect(notesIn(r, "nl").join(" ")).toContain("Tijdelijke bescherming");
  });

  it("needs a total in every year of the period, naming the file and the years", () => {
    const noTotal = (y: number, k: string) => (k === TOTAL_KEY && y === 2010 ? null : persons(y, k));
    expect(() => computeFig3(tables(2024, noTotal), { mode: "annex" })).toThrow(
      /\/mem\/cbs\/84809NED\/.*: no total for 2010 \(figure 3 needs 1999-2024\)/,
    );
  });

  it("runs to the newest year with a total in latest mode", () => {
    expect(computeFig3(tables(2026), { mode: "latest" }).period.to).toBe(2026);
  });
});

describe("figure 3 chart", () => {
  it("stacks one bar per motive in the figure's order, named in the chart's language", () => {
    const f = chartFig3(computeFig3(tables(), { mode: "annex" }), "nl");
    expect(f.data.map((d) => d.name)).toEqual([
      "Arbeid",
      "Gezin",
      "Asiel",
      "Studie",
      "Tijdelijke bescherming",
      "Overig",
    ]);
  });
});
