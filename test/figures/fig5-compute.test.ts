// Figure 5's compute and chart steps on a small in-memory 80059NED table (no files).
import { describe, expect, it } from "vitest";
import {
  chartFig5,
  computeFig5,
  FIG5_SERIES,
  FIG5_SOURCE,
  type Fig5Tables,
} from "../../src/figures/fig5-asylum-requests";
import { rowsOf } from "../../src/figures/rows";
import type { CbsRow } from "../../src/parse/cbs-odata";
import { memTable, notesIn } from "../helpers/tables";

const ALL = "T001059";
const row = (y: number, nationality = ALL): CbsRow => ({
  Nationaliteit: nationality,
  Perioden: `${y}JJ00`,
  EersteAsielverzoekenPersonen_2: 100,
  VolgendeAsielverzoeken_3: y < 2007 ? null : 20, // counted apart from 2007
  NareizigersPersonen_4: y < 2013 ? null : 30, // and nareizigers from 2013
  TotaalAsielverzoekenEnNareizigers_1: 150,
});
function tables(last = 2024, extra: CbsRow[] = []): Fig5Tables {
  const rows = [
    ...Array.from({ length: last - 1975 + 1 }, (_, i) => row(1975 + i)),
    row(2000, "N000001"),
    { ...row(2001), Perioden: "2001KW01" },
    ...extra,
  ];
  return { requests: memTable(FIG5_SOURCE, { metadata: "", rows }) };
}
type Row = { year: number; series: string; persons: number | null };

describe("figure 5 compute", () => {
  it("takes the yearly rows of all nationalities over 1975-2024, one row per series and year", () => {
    const r = computeFig5(tables(2025), { mode: "annex" });
    const rows = rowsOf<Row>(r.table);
    expect(r.period).toEqual({ from: 1975, to: 2024 });
    expect(rows.length).toBe(4 * 50);
    expect([...new Set(rows.map((x) => x.series))]).toEqual(FIG5_SERIES.map((s) => s.series));
    expect(rows.find((x) => x.year === 2000 && x.series === "first")!.persons).toBe(100);
  });

  it("keeps years before a series was counted blank (null), never 0", () => {
    const rows = rowsOf<Row>(computeFig5(tables(), { mode: "annex" }).table);
    expect(rows.find((x) => x.year === 2006 && x.series === "subsequent")!.persons).toBeNull();
    expect(rows.find((x) => x.year === 2013 && x.series === "nareizigers")!.persons).toBe(30);
  });

  it("runs to the newest year in latest mode, and names the file and years when one is absent", () => {
    expect(computeFig5(tables(2026), { mode: "latest" }).period.to).toBe(2026);
    expect(() => computeFig5(tables(2022), { mode: "annex" })).toThrow(
      /\/mem\/cbs\/80059NED\/.*: no yearly rows for all nationalities in 2023, 2024/,
    );
  });

  it("has its notes in the page's language", () => {
    const r = computeFig5(tables(), { mode: "annex" });
    expect(notesIn(r, "nl")).not.toEqual(notesIn(r, "en"));
    expect(notesIn(r, "en").length).toBe(2);
  });
});

describe("figure 5 chart", () => {
  it("stacks first, subsequent and nareizigers as bars, the total as a line, named in the chart's language", () => {
    const f = chartFig5(computeFig5(tables(), { mode: "annex" }), "en");
    expect(f.data.map((d) => [d.type, d.name])).toEqual([
      ["bar", "First asylum requests"],
      ["bar", "Subsequent asylum requests"],
      ["bar", "Family reunification (refugees)"],
      ["scatter", "Total"],
    ]);
  });
});
