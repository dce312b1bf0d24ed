// Reading the motive tables 84808NED/84809NED and their code lists, on the SYNTHETIC fixtures.
import { describe, expect, it } from "vitest";
import {
  EU_TABLE,
  NON_EU_TABLE,
  readCodeList,
  readMotiveData,
  requireCodeList,
  TOTAL_KEY,
} from "../../src/parse/cbs-motives";
import { fixtureText, motiveFixtureRawDir, put } from "../helpers/motive-fixtures";

describe("main motives and their code list", () => {
  it("reads the code list when present and checks the main keys' titles", () => {
    const dir = motiveFixtureRawDir({ tables: ["84808NED"] });
    expect(readMotiveData(EU_TABLE, dir).codeList?.find((e) => e.key === "A009236")?.title).toBe(
      "Geen afgeleid migratiedoel",
    );
    put(
      dir,
      "cbs-84808NED-AfgeleidMigratiedoel",
      fixtureText("cbs/84808NED/AfgeleidMigratiedoel.json").replace('"Title":"Arbeid"', '"Title":"Asiel"'),
    );
    expect(() => readMotiveData(EU_TABLE, dir)).toThrow(/A009232 has title "Asiel"/);
  });

  it("refuses a main key whose title is not its motive (a reused key)", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    put(
      d,
      "cbs-84809NED-Migratiemotief",
      fixtureText("cbs/84809NED/Migratiemotief.json").replace('"Title":"Studie"', '"Title":"Seizoensarbeid"'),
    );
    expect(() => readMotiveData(NON_EU_TABLE, d)).toThrow(/A009235 has title "Seizoensarbeid"/);
  });

  it("reads persons by year and key, without the code list when its file is absent", () => {
    const d = readMotiveData(
      EU_TABLE,
      motiveFixtureRawDir({ tables: ["84808NED"], without: ["cbs-84808NED-AfgeleidMigratiedoel"] }),
    );
    expect(d.codeList).toBeUndefined();
    expect(d.codeListProvenance).toBeUndefined();
    expect(typeof d.values.get(2000)?.get(TOTAL_KEY)).toBe("number");
  });

  it("says which code list is missing when one is required", () => {
    const dir = motiveFixtureRawDir({ tables: ["84808NED"], without: ["cbs-84808NED-AfgeleidMigratiedoel"] });
    expect(readCodeList("cbs-84808NED-AfgeleidMigratiedoel", dir)).toBeUndefined();
    expect(() => requireCodeList("cbs-84808NED-AfgeleidMigratiedoel", dir)).toThrow(
      `cbs-84808NED-AfgeleidMigratiedoel is not in ${dir}`,
    );
  });
});
