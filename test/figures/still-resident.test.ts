// The still-resident composition of figure 4 (published: asylum 21%, family 25%), from both
// candidates, on the SYNTHETIC fixtures (test/fixtures/cbs, README there).
import { describe, expect, it } from "vitest";
import { WITH_FAMILY } from "../../src/claims/fig4-claims";
import type { CompositionMotive } from "../../src/figures/family-split";
import { loadResidents, stillResident, type ResidentResult } from "../../src/figures/still-resident";
import type { Note } from "../../src/figures/types";
import { messages } from "../../src/i18n/index";
import { motiveFixtureRawDir } from "../helpers/motive-fixtures";

const pct = (r: ResidentResult, ms: CompositionMotive[]) =>
  Math.round(100 * r.composition!.rows.filter((x) => ms.includes(x.motive)).reduce((a, x) => a + x.share, 0));
const byCandidate = (rs: ResidentResult[]) => Object.fromEntries(rs.map((r) => [r.candidate, r]));

describe("still resident", () => {
  it("computes both candidates; the socio-economic one gives the published 21% and 25%", () => {
    const notes: Note[] = [];
    const { sec, population } = byCandidate(stillResident(loadResidents(motiveFixtureRawDir()), 1999, 2023, notes));
    expect(sec.composition!.mode).toBe("split");
    expect([pct(sec, WITH_FAMILY.asylum), pct(sec, ["family_other"])]).toEqual([21, 25]);
    expect([pct(population, WITH_FAMILY.asylum), pct(population, ["family_other"])]).toEqual([22, 24]);
    expect(sec.provenance.map((p) => p.sourceId)).toContain("cbs-84809NED-sec");
  });

  it("names the absent sources of a candidate instead of computing it", () => {
    const { sec, population } = byCandidate(
      stillResident(loadResidents(motiveFixtureRawDir({ without: ["cbs-84808NED-sec"] })), 1999, 2023),
    );
    expect(sec.composition).toBeUndefined();
    expect(sec.unavailable?.(messages())).toBe(
      // By producer, table, title and file: an internal source id means nothing on a page.
      'ontbreekt: CBS 84808NED "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie" (cbs/84808NED/TypedDataSetSociaaleconomisch.json)',
    );
    expect(pct(population, WITH_FAMILY.asylum)).toBe(22);
  });

  it("finds the population measure without DataProperties (the one numeric column)", () => {
    const dir = motiveFixtureRawDir({
      without: ["cbs-85904NED-properties", "cbs-85905NED-properties", "cbs-84809NED-sec"],
    });
    const { population } = byCandidate(stillResident(loadResidents(dir), 1999, 2023));
    expect(pct(population, ["family_other"])).toBe(24);
  });
});
