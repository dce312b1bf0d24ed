// Figure 7's compute and chart steps on small in-memory decision datasets (no files): the share
// of positive decisions, the Dublin rejections, the cross-check with Eurostat's percentages.
import { describe, expect, it } from "vitest";
import {
  chartFig7,
  computeFig7,
  FIG7_PC_SOURCE,
  FIG7_SOURCE,
  type Fig7Tables,
} from "../../src/figures/fig7-eu-positive-decisions";
import { rowsOf } from "../../src/figures/rows";
import { memJsonStat, memTable, notesIn } from "../helpers/tables";

const LABELS = {
  TOTAL: "Total",
  TOTAL_POS: "Total positive decisions",
  REJECTED: "Rejected",
  DUBLIN: "Dublin rejections",
};
const cell = (
  geo: string,
  year: number,
  decision: string,
  value: number | null,
  unit = "PER",
  status: string | null = null,
) => ({
  coords: { unit, decision, geo, time: String(year) },
  value,
  status,
});
// NL: 400 positive of 1000 a year; EU27_2020: 300 of 1000; HU (left out by the annex): 10 of 20.
function counts(opts: { dublin?: boolean; last?: number } = {}) {
  const cells = [];
  for (let y = 2015; y <= (opts.last ?? 2024); y++) {
    for (const [geo, pos] of [
      ["NL", 400],
      ["EU27_2020", 300],
      ["HU", 10],
    ] as const) {
      const total = geo === "HU" ? 20 : 1000;
      cells.push(
        cell(geo, y, "TOTAL", total, "PER", geo === "NL" && y === 2024 ? "p" : null),
        cell(geo, y, "TOTAL_POS", pos),
        cell(geo, y, "REJECTED", total - pos),
      );
      if (opts.dublin) cells.push(cell(geo, y, "DUBLIN", geo === "NL" ? 200 : 0));
    }
  }
  return memTable(FIG7_SOURCE, memJsonStat(cells, { labels: LABELS, statusLabels: { p: "provisional" } }));
}
const pc = (nl: number) =>
  memTable(
    FIG7_PC_SOURCE,
    memJsonStat([cell("NL", 2020, "TOTAL_POS", nl, "PC"), cell("NL", 2020, "TOTAL", 100, "PC")], { labels: LABELS }),
  );
const tables = (check: Fig7Tables["check"] = { absent: "eurostat/migr_asydec1pc.json" }, opts = {}): Fig7Tables => ({
  counts: counts(opts),
  check,
});
const averages = (t: Fig7Tables) =>
  Object.fromEntries(
    rowsOf<{ geo: string; average: number }>(computeFig7(t, { mode: "annex" }).table).map((r) => [r.geo, r.average]),
  );

describe("figure 7 compute", () => {
  it("averages the yearly share positive / all decisions per country, Hungary left out, EU average included", () => {
    expect(averages(tables())).toEqual({ NL: 40, EU27_2020: 30 });
    const r = computeFig7(tables(), { mode: "annex" });
    expect(rowsOf<{ geo: string }>(r.extraTables!.excluded).map((x) => x.geo)).toEqual(Array(10).fill("HU"));
    expect(notesIn(r, "en").join(" ")).toMatch(
      /no separate category for Dublin rejections \(decision codes: TOTAL, TOTAL_POS, REJECTED\)/,
    );
    expect(notesIn(r, "en")).toContain("Eurostat flags: NL 2024 (provisional).");
  });

  it("takes Dublin rejections out of the denominator when the data has a Dublin category", () => {
    const r = computeFig7(tables(undefined, { dublin: true }), { mode: "annex" });
    expect(rowsOf<{ geo: string; average: number }>(r.table).find((x) => x.geo === "NL")!.average).toBe(50);
    expect(notesIn(r, "nl").join(" ")).toMatch(
      /de Eurostat-categorie DUBLIN \("Dublin rejections"\) is van het totaal afgetrokken/,
    );
  });

  it("compares with Eurostat's percentages, formatted per language, and names the source when it was done", () => {
    const off = computeFig7(tables(pc(38)), { mode: "annex" });
    expect(off.sources.map((s) => s.sourceId)).toEqual([FIG7_SOURCE, FIG7_PC_SOURCE]);
    expect(notesIn(off, "en").at(-1)).toBe(
      "Check against migr_asydec1pc: 1 country-years compared, largest difference 2.00 percentage points; more than 0.5 for NL 2020 (40.0 vs. 38.0).",
    );
    expect(notesIn(off, "nl").at(-1)).toMatch(/grootste verschil 2,00 procentpunt.*NL 2020 \(40,0 vs\. 38,0\)/);
  });

  it("says why the cross-check was not done: absent, unreadable", () => {
    const absent = computeFig7(tables(), { mode: "annex" });
    expect(absent.sources.map((s) => s.sourceId)).toEqual([FIG7_SOURCE]);
    expect(notesIn(absent, "en").at(-1)).toMatch(
      /^Check against migr_asydec1pc not done: eurostat\/migr_asydec1pc.json is missing/,
    );
    expect(notesIn(computeFig7(tables({ error: "bad JSON" }), { mode: "annex" }), "en").at(-1)).toBe(
      "Check against migr_asydec1pc not possible: bad JSON",
    );
  });

  it("takes the ten years up to the newest EU share in latest mode", () => {
    expect(computeFig7({ counts: counts({ last: 2025 }), check: { absent: "x" } }, { mode: "latest" }).period).toEqual({
      from: 2016,
      to: 2025,
    });
  });
});

describe("figure 7 chart", () => {
  it("labels each bar with its percentage in the chart's number format", () => {
    const r = computeFig7(tables(), { mode: "annex" });
    expect(chartFig7(r, "nl").data[0].text).toEqual(["40,0", "30,0"]);
    expect(chartFig7(r, "en").data[0].y).toEqual(["Netherlands", expect.any(String)]);
  });
});
