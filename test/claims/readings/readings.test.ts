// The readings on small constructed tables: for each kind of reading a case where the annex's
// reading holds and another reading breaks the statement, and the robustness summary says exactly
// that (holds k of n, which readings break it, the value under each). Values are invented.
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { FigureId } from "../../../src/catalog/annex";
import { evaluateReadings, type VintageBuild } from "../../../src/claims/readings/evaluate";
import { FETCH_AND_BUILD } from "../../../src/raw/data-source";
import type { FigureData } from "../../../src/figures/types";

function fig(id: FigureId, from: number, to: number, rows: object[], extra: Record<string, object[]> = {}): FigureData {
  const extraTables = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, aq.from(v)]));
  return {
    id,
    title: id,
    mode: "annex",
    period: { from, to },
    table: aq.from(rows),
    extraTables,
    figure: { data: [], layout: {} },
    sources: [],
    notes: [],
  };
}
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const run = (...figs: FigureData[]) => ({ figures: new Map<string, FigureData>(figs.map((f) => [f.id, f])) });
const byId = (r: ReturnType<typeof evaluateReadings>) => new Map(r!.readings.map((x) => [x.id, x]));

/** Figure 6/7's yearly table from geo -> values per year of 2015-2024. */
function crossSection(id: "fig6" | "fig7", values: Record<string, number[]>): FigureData {
  const yearly = Object.entries(values).flatMap(([geo, vs]) => vs.map((value, i) => ({ geo, year: 2015 + i, value })));
  return fig(id, 2015, 2024, [{ geo: "NL", label: "Nederland", average: 0 }], { yearly });
}

describe("country set and aggregate (figure 6)", () => {
  it("NL above Eurostat's EU27_2020 in 2021 as printed, below the unweighted mean of the countries: 1 of 3", () => {
    // 2021 is the 7th year. Cyprus's high rate lifts the mean of the countries, not the aggregate.
    const f = crossSection("fig6", {
      NL: [1, 1, 1, 1, 1, 1, 1.42, 1, 1, 1],
      EU27_2020: [2, 2, 2, 2, 2, 2, 1.2, 2, 2, 2],
      CY: Array(10).fill(5),
      DE: Array(10).fill(0.5),
    });
    const r = evaluateReadings("fig6-nl-vs-eu-2021", run(f))!;
    expect(r).toMatchObject({ holds: 1, of: 3, needsData: 0, breaking: ["eu-efta-mean", "eu27-mean"] });
    const x = byId(r);
    expect(x.get("eu27-aggregate")).toMatchObject({ annex: true, status: "holds", value: 1.2, unit: "per1000" });
    expect(x.get("eu-efta-mean")).toMatchObject({ annex: false, status: "breaks", value: 2.3067 });
    expect(x.get("eu-efta-mean")!.threshold).toEqual({ value: 1.42, holdsWhen: "below" });
  });

  it("the annex reading breaks when the printed decimals differ, though NL is still above", () => {
    const f = crossSection("fig6", { NL: Array(10).fill(1.43), EU27_2020: Array(10).fill(1.2) });
    expect(byId(evaluateReadings("fig6-nl-vs-eu-2021", run(f))).get("eu27-aggregate")!.status).toBe("breaks");
  });
});

describe("mean of yearly rates and the threshold of 'meestal' (figure 6)", () => {
  it("NL lower except 2021 and 2022, but so much higher then that its ten-year mean is above the EU's: the figure's bars break it", () => {
    const f = crossSection("fig6", { NL: [1, 1, 1, 1, 1, 1, 9, 9, 1, 1], EU27_2020: Array(10).fill(2) });
    const r = evaluateReadings("fig6-nl-mostly-lower", run(f))!;
    const x = byId(r);
    expect(x.get("eu27-aggregate")).toMatchObject({ annex: true, status: "holds", value: 8, detail: "2021, 2022" });
    expect(x.get("mostly-majority")).toMatchObject({
      status: "holds",
      value: 8,
      threshold: { value: 5, holdsWhen: "above" },
    });
    expect(x.get("period-mean")).toMatchObject({ status: "breaks", value: 1.3 });
    // No country rates: the means of the countries are NL's own rates, never lower than themselves.
    expect(r.breaking).toEqual(["eu-efta-mean", "eu27-mean", "period-mean"]);
    expect(r.holds).toBe(2);
  });
});

describe("first vs all applications and the threshold of 'hoog' (figure 5)", () => {
  const span = years(1975, 2024);
  // Totals: low for decades, high in the last 4 years; first requests: the last 4 years only middling.
  const total = span.map((y) => (y >= 2021 ? 40_000 : y % 2 ? 10_000 : 20_000));
  const first = span.map((y) => (y >= 2021 ? 12_000 : y % 2 ? 10_000 : 20_000));
  const rows = span.flatMap((year, i) => [
    { year, series: "total", persons: total[i] },
    { year, series: "first", persons: first[i] },
  ]);
  const f5 = fig("fig5", 1975, 2024, rows);

  it("the total holds above the 75th percentile; first requests (no nareizigers in these years) do not", () => {
    const r = evaluateReadings("fig5-last-4-years-high", run(f5))!;
    const x = byId(r);
    expect(x.get("above-p75")).toMatchObject({
      annex: true,
      status: "holds",
      value: 40_000,
      threshold: { value: 20_000, holdsWhen: "above" },
    });
    expect(x.get("first-and-nareizigers")).toMatchObject({
      status: "breaks",
      value: 12_000,
      threshold: { value: 20_000, holdsWhen: "above" },
    });
    expect(r).toMatchObject({ holds: 3, of: 4, breaking: ["first-and-nareizigers"] });
  });
});

describe("the threshold of 'iets hoger' (figure 5 against figure 3)", () => {
  it("20% more requests than asylum migrants: 'at most 25%' holds, 'at most 10%' breaks", () => {
    const f5 = fig("fig5", 1999, 2000, [
      { year: 1999, series: "total", persons: 600 },
      { year: 2000, series: "total", persons: 600 },
      { year: 1999, series: "first", persons: 450 },
      { year: 2000, series: "first", persons: 450 },
      { year: 1999, series: "nareizigers", persons: 50 },
      { year: 2000, series: "nareizigers", persons: 50 },
    ]);
    const f3 = fig("fig3", 1999, 2000, [
      { year: 1999, motive: "asylum", persons: 500 },
      { year: 2000, motive: "asylum", persons: 500 },
    ]);
    const r = evaluateReadings("fig5-requests-above-fig3-asylum", run(f5, f3))!;
    const x = byId(r);
    expect(x.get("slightly-25")).toMatchObject({ annex: true, status: "holds", value: 20, unit: "percent" });
    expect(x.get("slightly-10")).toMatchObject({ status: "breaks", value: 20 });
    expect(x.get("higher-at-all")).toMatchObject({ status: "holds", value: 20 });
    // First requests and nareizigers equal the migrants: not higher at all.
    expect(x.get("first-and-nareizigers")).toMatchObject({ status: "breaks", value: 0 });
    expect(r).toMatchObject({ holds: 2, of: 4, breaking: ["slightly-10", "first-and-nareizigers"] });
  });
});

describe("the measure of 'fluctueert sterker' (figure 3 against figure 2)", () => {
  it("non-EU swings more from year to year, but EU's steady rise has the larger coefficient of variation", () => {
    const ys = years(1999, 2008);
    const nonEu = ys.map((_, i) => (i % 2 ? 120 : 100)); // swings of 20%
    const eu = ys.map((_, i) => 100 + 30 * i); // rises steadily: 30% at first, less later
    const f3 = fig("fig3", 1999, 2008, [], { totals: ys.map((year, i) => ({ year, total: nonEu[i] })) });
    const f2 = fig("fig2", 1999, 2008, [], { totals: ys.map((year, i) => ({ year, total: eu[i] })) });
    const r = evaluateReadings("fig3-fluctuates-more-than-eu", run(f3, f2))!;
    const x = byId(r);
    expect(x.get("mean-abs-change")).toMatchObject({ annex: true, status: "holds" });
    expect(x.get("mean-abs-change")!.value).toBeGreaterThan(1);
    expect(x.get("cv")).toMatchObject({ status: "breaks" });
    expect(x.get("cv")!.value).toBeLessThan(1);
    expect(r.breaking).toContain("cv");
    expect(r.breaking).not.toContain("mean-abs-change");
  });
});

describe("the window of 'vlakt af' (figure 2)", () => {
  it("a fall of the last 4 years after a rise: the 4-year window holds, the 3-year one that sees the recovery breaks", () => {
    // 2004-2019 +100 a year (2500 in 2019), 2020 a deep dip, then back near the old level.
    const level: Record<number, number> = { 2020: 1500, 2021: 2300, 2022: 2700, 2023: 2600 };
    const totals = years(2004, 2023).map((year) => ({ year, total: level[year] ?? 1000 + 100 * (year - 2004) }));
    const r = evaluateReadings("fig2-rise-flattens", run(fig("fig2", 1999, 2023, [], { totals })))!;
    const x = byId(r);
    // 4 years: (2600-2500)/4 = 25 a year against 100: holds. 3 years: (2600-1500)/3 = 367 against (1500-1000)/16 = 31: breaks.
    expect(x.get("window-4")).toMatchObject({ status: "holds", value: 0.25 });
    expect(x.get("window-3")).toMatchObject({ status: "breaks" });
    expect(x.get("window-3")!.value).toBeGreaterThan(10);
    expect(r.breaking).toContain("window-3");
    expect(r.readings.map((q) => q.id)).toEqual(["window-3", "window-4", "window-5", "last-year"]);
  });
});

describe("administrative corrections (figure 1) and needs-data", () => {
  const rows = years(1995, 2024).map((year) => ({
    year,
    immigration: 200_000,
    emigration: 128_000,
    net_migration: 72_000,
  }));
  it("the annex's series holds; the series without corrections is needs-data with its source, and never counts as holding", () => {
    const r = evaluateReadings("fig1-emigration-1995-2024", run(fig("fig1", 1995, 2024, rows)))!;
    expect(r).toMatchObject({ holds: 1, of: 2, needsData: 1, breaking: [] });
    const x = byId(r);
    expect(x.get("with-corrections")).toMatchObject({ status: "holds", value: 3.84, unit: "millions" });
    expect(x.get("without-corrections")!.status).toBe("needs-data");
    expect(x.get("without-corrections")!.detail).toMatch(/70707ned.*85848NED/);
  });

  it("a figure that is not built makes every reading needs-data, naming why and the command", () => {
    const r = evaluateReadings("fig7-nl-above-eu-except-2018-2019", {
      figures: new Map(),
      missing: new Map([["fig7", "needs data: migr_asydcfsta is missing"]]),
    })!;
    expect(r).toMatchObject({ holds: 0, of: 3, needsData: 3, breaking: [] });
    for (const x of r.readings)
      expect(x).toMatchObject({
        status: "needs-data",
        detail: "fig7: needs data: migr_asydcfsta is missing",
        command: FETCH_AND_BUILD,
      });
  });
});

describe("data vintages side by side", () => {
  it("the annex reading on another vintage is one more reading, with that vintage's data line", () => {
    const shipped = crossSection("fig7", {
      NL: [60, 60, 60, 40, 40, 60, 60, 60, 60, 60],
      EU27_2020: Array(10).fill(50),
    });
    // A revised vintage: NL below the EU in 2020 too.
    const revised = crossSection("fig7", {
      NL: [60, 60, 60, 40, 40, 45, 60, 60, 60, 60],
      EU27_2020: Array(10).fill(50),
    });
    const other: VintageBuild = { kind: "raw", data: "Data: live download", figures: new Map([["fig7", revised]]) };
    const r = evaluateReadings("fig7-nl-above-eu-except-2018-2019", run(shipped), [other])!;
    const x = byId(r);
    expect(x.get("eu27-aggregate")).toMatchObject({ status: "holds", value: 8, detail: "2018, 2019" });
    expect(x.get("vintage-raw")).toMatchObject({
      dimension: "vintage",
      status: "breaks",
      value: 7,
      detail: "2018, 2019, 2020",
      data: "Data: live download",
    });
    expect(r.breaking).toContain("vintage-raw");
    expect(r.of).toBe(4);
  });

  it("a vintage that cannot build the claim's figure is not listed for it", () => {
    const shipped = crossSection("fig7", { NL: Array(10).fill(60), EU27_2020: Array(10).fill(50) });
    const other: VintageBuild = {
      kind: "mirror",
      data: "mirror",
      figures: new Map(),
      missing: new Map([["fig7", "needs data"]]),
    };
    const r = evaluateReadings("fig7-nl-above-eu-except-2018-2019", run(shipped), [other])!;
    expect(r.readings.map((x) => x.id)).toEqual(["eu27-aggregate", "eu-efta-mean", "eu27-mean"]);
  });
});
