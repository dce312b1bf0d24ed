// Figure 4's family split: sub-category titles, attribution of family members, and the errors when
// the code list does not fit. On the SYNTHETIC fixtures (test/fixtures/cbs, README there).
import { describe, expect, it } from "vitest";
import { classifySubTitle, composition, MAIN_ORDER, SPLIT_ORDER } from "../../src/figures/family-split";
import { years } from "../../src/figures/style";
import { messages } from "../../src/i18n/index";
import { EU_TABLE, NON_EU_TABLE, readMotiveData } from "../../src/parse/cbs-motives";
import { fixtureText, motiveFixtureRawDir, put } from "../helpers/motive-fixtures";

const both = (dir: string) =>
  [EU_TABLE, NON_EU_TABLE].map((spec) => ({
    data: readMotiveData(spec, dir),
    label: () => spec.table,
    where: `${dir}/${spec.table}`,
  }));
const period = years(1999, 2023);

describe("composition of both tables", () => {
  it("attributes family members to the main migrant's motive when both tables have the sub-categories", () => {
    const c = composition(both(motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] })), period);
    expect(c.mode).toBe("split");
    expect(c.rows.map((r) => r.motive)).toEqual(SPLIT_ORDER);
    const persons = Object.fromEntries(c.rows.map((r) => [r.motive, r.persons]));
    expect(persons.family_of_work).toBe(25 * (300 + 200));
    expect(persons.family_of_asylum_nareis).toBe(11 * 200); // nareis apart only from 2013
    expect(persons.asylum).toBe(14 * 1100 + 11 * 900);
    expect(persons.family_other).toBe(25 * 2000);
    expect(c.rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("falls back to main motives for both tables when one code list is absent, and says why", () => {
    const c = composition(
      both(motiveFixtureRawDir({ tables: ["84808NED", "84809NED"], without: ["cbs-84808NED-AfgeleidMigratiedoel"] })),
      period,
    );
    expect(c.mode).toBe("main");
    expect(c.rows.map((r) => r.motive)).toEqual(MAIN_ORDER);
    expect(c.notes.map((n) => n(messages())).join(" ")).toContain("geen codelijst");
    expect(c.rows.reduce((a, r) => a + r.persons, 0)).toBe(25 * 10000);
  });

  it("stops with a clear error on an unrecognised family sub-category", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    put(
      d,
      "cbs-84809NED-Migratiemotief",
      fixtureText("cbs/84809NED/Migratiemotief.json").replace('"Gezin: asiel"', '"Gezin: nieuwe regeling"'),
    );
    expect(() => composition(both(d), period)).toThrow(
      /X000103 "Gezin: nieuwe regeling" is not recognised \(rules: see classifySubTitle in src\/figures\/family-split.ts\)/,
    );
  });

  it("stops with a clear error when the family parts do not add up to the family total", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    const list = JSON.parse(fixtureText("cbs/84808NED/AfgeleidMigratiedoel.json"));
    list.value = list.value.filter((e: { Key: string }) => e.Key !== "X000104");
    put(d, "cbs-84808NED-AfgeleidMigratiedoel", JSON.stringify(list));
    expect(() => composition(both(d), period)).toThrow(
      /family sub-categories \(X000101, X000102\) add up to 400, not to the family total 1000/,
    );
  });
});

describe("sub-category titles", () => {
  it("recognises family, nareis and asylum parts and ignores other motives' sub-categories", () => {
    expect(classifySubTitle("Gezin: arbeid")).toEqual({ part: "family_of_work", parent: "family" });
    expect(classifySubTitle("Gezinsmigratie bij studiemigrant")).toEqual({ part: "family_of_study", parent: "family" });
    expect(classifySubTitle("Gezin: asiel")).toEqual({ part: "family_of_asylum", parent: "family" });
    expect(classifySubTitle("Gezin: overig")).toEqual({ part: "family_other", parent: "family" });
    expect(classifySubTitle("Nareis")).toEqual({ part: "family_of_asylum_nareis", parent: "asylum" });
    expect(classifySubTitle("Asiel exclusief nareis")).toEqual({ part: "asylum", parent: "asylum" });
    expect(classifySubTitle("Arbeid: kennis")).toBe("ignored");
    expect(classifySubTitle("Gezin: arbeid en studie")).toBe("unrecognised");
    expect(classifySubTitle("Asiel: hervestiging")).toBe("unrecognised");
  });
});
