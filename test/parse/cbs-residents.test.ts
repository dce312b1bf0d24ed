// Reading the still-resident candidates (84808NED/84809NED socio-economic, 85905NED/85904NED
// population) on the SYNTHETIC fixtures.
import { describe, expect, it } from "vitest";
import { EU_TABLE, TOTAL_KEY } from "../../src/parse/cbs-motives";
import { populationValues, readPopulationSource, readSecTable, RESIDENT_SOURCES } from "../../src/parse/cbs-residents";
import { fixtureText, motiveFixtureRawDir, put } from "../helpers/motive-fixtures";

describe("still-resident readers", () => {
  it("reads the socio-economic cells with each duration of stay in years", () => {
    const t = readSecTable(EU_TABLE, motiveFixtureRawDir());
    expect(t.provenance.map((p) => p.sourceId)).toEqual(RESIDENT_SOURCES.sec[0]);
    expect([...t.duration.values()].sort((a, b) => a - b)[0]).toBe(0);
    const cell = [...t.cells.get(2000)!.get(TOTAL_KEY)!.values()].find((c) => typeof c.gone === "number");
    expect(typeof cell?.total).toBe("number");
  });

  it("refuses a socio-economic code list without a 'niet meer aanwezig' category", () => {
    const d = motiveFixtureRawDir();
    const id = RESIDENT_SOURCES.sec[0][1];
    const file = `cbs/84808NED/${id.split("-").pop()}.json`;
    put(d, id, fixtureText(file).replace(/niet meer (aanwezig|in nederland)/gi, "elders"));
    expect(() => readSecTable(EU_TABLE, d)).toThrow(
      /expected one category titled 'niet meer aanwezig in Nederland', found 0/,
    );
  });

  it("reads the population on 31 December of the last year by year of immigration", () => {
    const src = readPopulationSource(1, motiveFixtureRawDir());
    const t = populationValues(src, 1999, 2023);
    expect(t.table).toBe("85904NED");
    expect(Math.min(...t.values.keys())).toBe(1999);
    expect(Math.max(...t.values.keys())).toBe(2023);
    expect(() => populationValues(src, 1999, 1990)).toThrow(/no population on 31 December 1990/);
  });
});
