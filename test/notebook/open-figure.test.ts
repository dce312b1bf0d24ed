// openFigure: a notebook's setup in one call, in the edition's language, from the shipped vintage.
import { afterEach, describe, expect, it } from "vitest";
import { FETCH_AND_BUILD } from "../../src/raw/data-source";
import { openFigure } from "../../src/notebook/open-figure";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("openFigure", () => {
  it("builds the figure and introduces it in the notebook's language", async () => {
    delete process.env.MIGRATIE_MIRROR;
    delete process.env.MIGRATIE_DATA;
    const nl = await openFigure("fig6", { lang: "nl", mode: "annex" });
    expect(nl.built().id).toBe("fig6");
    expect(nl.intro).toMatch(/^### .* \(modus: annex\)/);
    expect(nl.intro).toContain("citeer als");
    expect(nl.intro).not.toContain("used for");
    const en = await openFigure("fig6", { lang: "en", mode: "annex" });
    expect(en.intro).toMatch(/\(mode: annex\)/);
    expect(en.intro).toContain("used for");
    expect(en.text({ nl: "ja", en: "yes" })).toBe("yes");
    const { claims } = await en.audit();
    expect(claims.map((c) => c.figure)).toEqual(claims.map(() => "fig6"));
  });

  it("says which data is missing and how to fetch it, and built() stops with that", async () => {
    delete process.env.MIGRATIE_MIRROR;
    delete process.env.MIGRATIE_DATA;
    const nb = await openFigure("fig7", { lang: "nl", mode: "annex" });
    expect(nb.fig).toBeUndefined();
    expect(nb.intro).toMatch(/^### De data voor figuur 7 ontbreekt/);
    expect(nb.intro).toContain(FETCH_AND_BUILD);
    expect(() => nb.built()).toThrow(/De data voor figuur 7 ontbreekt/);
  });

  it("refuses an unknown figure", async () => {
    await expect(openFigure("fig9")).rejects.toThrow(/fig9/);
  });
});
