import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../../src/figures/rows";

describe("rowsOf", () => {
  it("gives the table's rows as objects, in order", () => {
    const rows = rowsOf<{ year: number; value: number | null }>(aq.table({ year: [2020, 2021], value: [1, null] }));
    expect(rows).toEqual([
      { year: 2020, value: 1 },
      { year: 2021, value: null },
    ]);
  });
});
