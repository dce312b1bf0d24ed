// The claim rules' lookups in a figure's tables.
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { motiveRowsOf, motiveValue, yearlyValue } from "../../src/claims/lookups";
import type { FigureData } from "../../src/figures/types";

const fig = (table: aq.ColumnTable, yearly?: aq.ColumnTable) =>
  ({ id: "figX", table, extraTables: yearly ? { yearly } : undefined }) as unknown as FigureData;

describe("claim lookups", () => {
  const motives = aq.table({ year: [2021, 2022, 2022], motive: ["asylum", "asylum", "work"], persons: [10, null, 5] });

  it("looks up a motive's persons per year; blank or absent is null", () => {
    expect(motiveRowsOf(fig(motives), "asylum").map((r) => r.year)).toEqual([2021, 2022]);
    expect(motiveValue(fig(motives), "asylum", 2021)).toBe(10);
    expect(motiveValue(fig(motives), "asylum", 2022)).toBeNull();
    expect(motiveValue(fig(motives), "study", 2022)).toBeNull();
    expect(() => motiveValue(fig(aq.table({ year: [2021] })), "asylum", 2021)).toThrow(
      "figX's table has no motive column",
    );
  });

  it("looks up a geo's yearly value; an error without a yearly table", () => {
    const yearly = aq.table({ geo: ["NL", "NL"], year: [2021, 2022], value: [1.42, null] });
    expect(yearlyValue(fig(motives, yearly), "NL", 2021)).toBe(1.42);
    expect(yearlyValue(fig(motives, yearly), "NL", 2022)).toBeNull();
    expect(yearlyValue(fig(motives, yearly), "BE", 2021)).toBeNull();
    expect(() => yearlyValue(fig(motives), "NL", 2021)).toThrow("figX has no yearly table");
  });
});
