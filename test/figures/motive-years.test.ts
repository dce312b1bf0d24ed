// Years and yearly series of a motive table (figures 2, 3 and 4).
import { describe, expect, it } from "vitest";
import { newestYear, seriesFromStart, yearRanges, yearsWithValues } from "../../src/figures/motive-years";
import { TOTAL_KEY, type KeyValues } from "../../src/parse/cbs-motives";

const values: KeyValues = new Map([
  [
    2020,
    new Map<string, number | null>([
      [TOTAL_KEY, 10],
      ["A052135", null],
    ]),
  ],
  [
    2021,
    new Map<string, number | null>([
      [TOTAL_KEY, 12],
      ["A052135", null],
    ]),
  ],
  [
    2022,
    new Map<string, number | null>([
      [TOTAL_KEY, 20],
      ["A052135", 5],
    ]),
  ],
  [
    2023,
    new Map<string, number | null>([
      [TOTAL_KEY, 18],
      ["A052135", null],
    ]),
  ],
  [
    2024,
    new Map<string, number | null>([
      [TOTAL_KEY, null],
      ["A052135", 3],
    ]),
  ],
]);

describe("motive years", () => {
  it("the newest year is the newest with a total", () => {
    expect(yearsWithValues(values, "A052135")).toEqual([2022, 2024]);
    expect(newestYear(values)).toBe(2023);
  });

  it("counts blanks before a key's first value as 0 and refuses a blank after it", () => {
    expect(seriesFromStart(values, "A052135", [2020, 2021, 2022], "t")).toEqual([0, 0, 5]);
    expect(() => seriesFromStart(values, "A052135", [2022, 2023], "t")).toThrow(
      "t: no value for motive A052135 in 2023 (it has values from 2022)",
    );
    expect(() => seriesFromStart(values, TOTAL_KEY, [2019], "t")).toThrow("t: no rows for year 2019");
  });

  it("writes years as ranges", () => {
    expect(yearRanges([2023, 1999, 2000, 2001, 2021])).toBe("1999-2001, 2021, 2023");
    expect(yearRanges([])).toBe("");
  });
});
