// The readings' registry: every claim it names exists, each claim has exactly one annex reading,
// every reading has a name, reason and basis in both languages, and on the shipped vintage the
// annex's reading agrees with the audit's claim (the reading is the claim's own choice).
import { describe, expect, it } from "vitest";
import { CLAIMS } from "../../../src/claims/index";
import { evaluateReadings } from "../../../src/claims/readings/evaluate";
import { CLAIM_READINGS } from "../../../src/claims/readings/registry";
import { FIGURES } from "../../../src/figures/index";
import type { FigureData } from "../../../src/figures/types";
import { messages } from "../../../src/i18n/index";
import { annexVintageDir } from "../../../src/paths";
import { auditFigures } from "../../../src/report/audit-run";

describe("readings registry", () => {
  it("names only existing claims, once each, with exactly one annex reading and unique reading ids", () => {
    const ids = new Set(CLAIMS.map((c) => c.id));
    expect(CLAIM_READINGS.filter((c) => !ids.has(c.claim)).map((c) => c.claim)).toEqual([]);
    expect(new Set(CLAIM_READINGS.map((c) => c.claim)).size).toBe(CLAIM_READINGS.length);
    for (const c of CLAIM_READINGS) {
      expect(c.readings.filter((r) => r.annex).length, c.claim).toBe(1);
      expect(new Set(c.readings.map((r) => r.id)).size, c.claim).toBe(c.readings.length);
    }
  });

  it("every reading (and every vintage) has a name, reason and basis in Dutch and English", () => {
    const ids = new Set([
      ...CLAIM_READINGS.flatMap((c) => c.readings.map((r) => r.id)),
      "vintage-annex",
      "vintage-raw",
      "vintage-mirror",
    ]);
    for (const lang of ["nl", "en"] as const) {
      const names = messages(lang).readings.names;
      for (const id of ids) {
        for (const k of ["name", "reason", "basis"] as const)
          expect(names[id]?.[k], `${lang} ${id}.${k}`).toMatch(/\S/);
      }
      expect(Object.keys(names).sort()).toEqual([...ids].sort());
    }
    // The English table is not the Dutch one.
    expect(messages("en").readings.names["eu-efta-mean"].name).not.toBe(
      messages("nl").readings.names["eu-efta-mean"].name,
    );
  });

  it("on the shipped vintage the annex reading holds exactly when the audit reproduces the claim", () => {
    const { builds, claims } = auditFigures(FIGURES, annexVintageDir());
    const figures = new Map(
      builds.annex.flatMap((s) => (s.status === "built" ? [[s.id, s.data] as [string, FigureData]] : [])),
    );
    for (const c of CLAIM_READINGS) {
      const claim = claims.find((x) => x.id === c.claim)!;
      const annex = evaluateReadings(c.claim, { figures })!.readings.find((r) => r.annex)!;
      const expected = claim.status === "reproduced" ? "holds" : claim.status === "differs" ? "breaks" : "needs-data";
      expect(annex.status, c.claim).toBe(expected);
    }
  });
});
