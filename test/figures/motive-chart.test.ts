// The rows and stacked bars shared by figures 2 and 3.
import { describe, expect, it } from "vitest";
import * as aq from "arquero";
import { motiveRows, stackedMotiveChart } from "../../src/figures/motive-chart";
import type { MainMotive } from "../../src/parse/cbs-motives";
import { provenanceOf } from "../helpers/tables";
import { mainMotiveKey, type KeyValues } from "../../src/parse/cbs-motives";

const series: MainMotive[] = ["work", "temporary_protection"];
const values: KeyValues = new Map([
  [2021, new Map<string, number | null>([[mainMotiveKey("work"), 100]])],
  [
    2022,
    new Map<string, number | null>([
      [mainMotiveKey("work"), 120],
      [mainMotiveKey("temporary_protection"), 50],
    ]),
  ],
]);

describe("motive chart", () => {
  it("has one row per motive and year, series first; a missing value stays null", () => {
    expect(motiveRows(values, series, [2021, 2022, 2023])).toEqual([
      { year: 2021, motive: "work", persons: 100 },
      { year: 2022, motive: "work", persons: 120 },
      { year: 2023, motive: "work", persons: null },
      { year: 2021, motive: "temporary_protection", persons: null },
      { year: 2022, motive: "temporary_protection", persons: 50 },
      { year: 2023, motive: "temporary_protection", persons: null },
    ]);
  });

  it("stacks one bar segment per motive over the years", () => {
    const wanted = [2021, 2022];
    const table = aq.from(motiveRows(values, series, wanted));
    const result = {
      id: "fig3" as const,
      mode: "annex" as const,
      period: { from: 2021, to: 2022 },
      table,
      sources: [provenanceOf("cbs-84809NED-data")],
      notes: [],
    };
    const fig = stackedMotiveChart(result, series, "nl");
    expect(fig.data.map((d) => [d.name, d.y])).toEqual([
      ["Arbeid", [100, 120]],
      ["Tijdelijke bescherming", [null, 50]],
    ]);
    expect(fig.layout.barmode).toBe("stack");
  });
});
