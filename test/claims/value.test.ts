// The claims' typed values as each language shows them: numbers in the language's format, units,
// motive and country names from the message tables, and qualitative readings worded per language.
import { describe, expect, it } from "vitest";
import { formatValue, wording, type ClaimValue } from "../../src/claims/value";

const cases: [ClaimValue, string, string][] = [
  [{ kind: "number", value: 5.275293, unit: "millions", decimals: 1 }, "5,3 miljoen", "5.3 million"],
  [
    { kind: "number", value: 100_000, unit: "persons", decimals: 0, bound: "over" },
    "ruim 100.000",
    "well over 100,000",
  ],
  [
    { kind: "number", value: 4.2, unit: "percent", decimals: 0, of: { motive: "temporary_protection" } },
    "4% tijdelijke bescherming",
    "4% temporary protection",
  ],
  [
    { kind: "number", value: 0.771, unit: "ratio", decimals: 2, measure: "cv" },
    "variatiecoëfficiënt 0,77",
    "coefficient of variation 0.77",
  ],
  [{ kind: "year", year: 2007, relation: "from" }, "vanaf 2007", "from 2007"],
  [{ kind: "date", date: "2025-06-26" }, "26 juni 2025", "26 June 2025"],
  [
    { kind: "years", years: [], where: "net-not-positive", within: { from: 2008, to: 2024 } },
    "positief in elk jaar 2008-2024",
    "positive in every year 2008-2024",
  ],
  [
    { kind: "years", years: [2021, 2022], where: "nl-not-lower", within: { from: 2015, to: 2024 } },
    "niet lager in 2021, 2022",
    "not lower in 2021, 2022",
  ],
  [
    { kind: "geos", geos: ["HU", "LI"], where: "without" },
    "zonder Hongarije en Liechtenstein",
    "without Hungary and Liechtenstein",
  ],
  [
    {
      kind: "values",
      items: [
        { label: { geo: "NL" }, value: 1.42 },
        { label: { geo: "EU27_2020" }, value: 1.2 },
      ],
      unit: "per-1000",
      decimals: 2,
    },
    "Nederland 1,42, EU-gemiddelde 1,20",
    "Netherlands 1.42, EU average 1.20",
  ],
  [
    {
      kind: "values",
      items: [{ label: { period: { from: 2019, to: 2023 } }, value: 531 }],
      unit: "persons-per-year",
      decimals: 0,
      signed: true,
    },
    "2019-2023: +531 per jaar",
    "2019-2023: +531 per year",
  ],
  [{ kind: "phrase", phrase: "dip2020" }, "dip in 2020", "dip in 2020"],
  [{ kind: "phrase", phrase: "slightlyHigher" }, "iets hoger", "slightly higher"],
];

describe("formatValue", () => {
  it.each(cases)("%j reads %s in Dutch and %s in English", (v, nl, en) => {
    expect(formatValue(v, "nl")).toBe(nl);
    expect(formatValue(v, "en")).toBe(en);
  });

  it("rounds as the claims compare (toFixed), signs on request", () => {
    const w = wording("nl");
    expect([w.num(5.275, 3), w.num(108550), w.num(-0.0125, 3, true), w.num(0.1, 1, true)]).toEqual([
      "5,275",
      "108.550",
      "-0,013",
      "+0,1",
    ]);
    expect(wording("en").num(108550)).toBe("108,550");
  });
});
