import { describe, expect, it } from "vitest";
import { euCrossSection } from "../../src/figures/eu-average";
import { rowsOf } from "../../src/figures/rows";
import { notesIn } from "../helpers/tables";

describe("euCrossSection", () => {
  const values = [
    { geo: "EU27_2020", year: 2030, value: 2 },
    { geo: "EU27_2020", year: 2031, value: 4 },
    { geo: "NL", year: 2030, value: 1 },
    { geo: "NL", year: 2031, value: null }, // missing: left out of the mean, not counted as 0
    { geo: "BE", year: 2030, value: 0 },
    { geo: "BE", year: 2031, value: 6 },
    { geo: "NO", year: 2030, value: 5 }, // EFTA: shown when asked for
    { geo: "ME", year: 2030, value: 99 }, // a candidate country in the response: never shown
    { geo: "HU", year: 2030, value: 7 }, // not in the countries asked for (figure 7 excludes it)
  ];
  const cs = euCrossSection(values, 2030, 2031, ["BE", "DE", "NL", "NO"]);
  const avg = Object.fromEntries(
    rowsOf<{ geo: string; average: number | null }>(cs.averages).map((r) => [r.geo, r.average]),
  );

  it("averages over the available years and keeps a real 0", () => {
    expect(avg.EU27_2020).toBe(3);
    expect(avg.NL).toBe(1);
    expect(avg.BE).toBe(3);
    expect(avg.NO).toBe(5);
  });
  it("reports the missing year instead of filling it in", () => {
    expect(cs.notes.join(" ")).toMatch(/Nederland \(NL\): geen waarde voor 2031/);
  });
  it("shows only the countries asked for, and leaves out and names a country without any value", () => {
    expect(Object.keys(avg).sort()).toEqual(["BE", "EU27_2020", "NL", "NO"]);
    expect(cs.notes).toContain("Duitsland (DE): geen enkele waarde in 2030-2031; niet in de figuur.");
    expect(new Set(cs.yearly.array("geo") as string[])).toEqual(new Set(["BE", "EU27_2020", "NL", "NO"]));
  });
  it("sorts from high to low with Dutch labels", () => {
    const rows = rowsOf<{ geo: string; label: string }>(cs.averages);
    expect(rows[0].label).toBe("Noorwegen");
  });
  it("names the countries in the page's language: the notes when formatted, the labels when computed", () => {
    expect(notesIn({ notes: cs.gaps }, "en").join(" ")).toMatch(/Netherlands \(NL\)/);
    expect(euCrossSection(values, 2030, 2031, ["NL"], "en").notes.join(" ")).toMatch(
      /Netherlands \(NL\): no value for 2031/,
    );
    expect(rowsOf<{ label: string }>(euCrossSection(values, 2030, 2031, ["NO"], "en").averages)[0].label).toBe(
      "Norway",
    );
  });
});
