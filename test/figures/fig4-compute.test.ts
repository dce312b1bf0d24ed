// Figure 4's compute and chart steps on small in-memory motive tables (no files): the composition
// over the period, main motives only when a table has no code list, and the still-resident candidates.
import { describe, expect, it } from "vitest";
import { MAIN_ORDER } from "../../src/figures/family-split";
import { chartFig4, computeFig4, type Fig4Tables } from "../../src/figures/fig4-motive-composition";
import { rowsOf } from "../../src/figures/rows";
import { years } from "../../src/figures/style";
import { EU_TABLE, mainMotiveKey, NON_EU_TABLE, TOTAL_KEY, type MainMotive } from "../../src/parse/cbs-motives";
import { memMotiveTables, notesIn } from "../helpers/tables";

const PER_YEAR: Record<MainMotive, number> = {
  work: 40,
  family: 30,
  study: 10,
  asylum: 15,
  temporary_protection: 0,
  other: 5,
};
const persons = (_y: number, key: string): number | null | undefined =>
  key === TOTAL_KEY
    ? 100
    : (Object.entries(PER_YEAR).find(([m]) => mainMotiveKey(m as MainMotive) === key)?.[1] ?? undefined);
const tables = (lastEu = 2023, lastNonEu = 2024): Fig4Tables => ({
  eu: memMotiveTables(EU_TABLE, years(1999, lastEu), persons),
  nonEu: memMotiveTables(NON_EU_TABLE, years(1999, lastNonEu), persons),
  residents: [
    { candidate: "sec", absent: ["cbs-84808NED-sec"] },
    { candidate: "population", error: "cbs/85904NED/TypedDataSet.json: no population" },
  ],
});
type Row = { motive: MainMotive; persons: number; share: number };

describe("figure 4 compute", () => {
  it("adds both tables over 1999-2023 by main motive when they have no code lists, and says why", () => {
    const r = computeFig4(tables(), { mode: "annex" });
    const rows = rowsOf<Row>(r.table);
    expect(r.period).toEqual({ from: 1999, to: 2023 });
    expect(rows.map((x) => x.motive)).toEqual(MAIN_ORDER);
    expect(rows.find((x) => x.motive === "work")).toEqual({ motive: "work", persons: 2 * 25 * 40, share: 0.4 });
    expect(rows.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
    expect(notesIn(r, "en").join(" ")).toMatch(/Main motives only: EU\/EFTA \(84808NED\): no code list/);
  });

  it("ends where both tables have data in latest mode", () => {
    expect(computeFig4(tables(2024, 2026), { mode: "latest" }).period.to).toBe(2024);
  });

  it("reports each still-resident candidate it could not compute, and why, in the page's language", () => {
    const r = computeFig4(tables(), { mode: "annex" });
    expect(r.extraTables).toBeUndefined();
    const en = notesIn(r, "en");
    expect(en).toContain(
      'Still living in the Netherlands (sec): not computed (missing: CBS 84808NED "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie" (cbs/84808NED/TypedDataSetSociaaleconomisch.json)).',
    );
    expect(en.join(" ")).toContain("(population): not computed (");
    expect(notesIn(r, "nl").join(" ")).toContain(
      'Nog in Nederland woonachtig (sec): niet berekend (ontbreekt: CBS 84808NED "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie" (cbs/84808NED/TypedDataSetSociaaleconomisch.json)).',
    );
  });
});

describe("figure 4 chart", () => {
  it("draws the shares as a ring, motives named and the subtitle in the chart's language", () => {
    const r = computeFig4(tables(), { mode: "annex" });
    const f = chartFig4(r, "en");
    expect(f.data[0].labels).toEqual(["Work", "Family", "Study", "Asylum", "Temporary protection", "Other"]);
    expect(f.data[0].values).toEqual(rowsOf<Row>(r.table).map((x) => x.persons));
    expect((f.layout.title as { text: string }).text).toMatch(/<sup>Main motives only: family members not attributed/);
  });
});
