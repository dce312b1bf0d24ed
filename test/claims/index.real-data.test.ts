// The annex's statements of figures 1, 5 and 6 and the annex-wide ones (titles, consultation dates,
// 2024 availability), evaluated as `npm run audit` does on the real raw data (the mirror).
import { beforeAll, describe, expect, it } from "vitest";
import { auditFigures } from "../../src/report/audit-run";
import type { ClaimResult } from "../../src/claims/types";
import { formatValue } from "../../src/claims/value";
import { FIGURES } from "../../src/figures/index";
import { realRawDir } from "../helpers/raw";

let claims: ClaimResult[];
const claim = (id: string) => {
  const c = claims.find((x) => x.id === id);
  if (!c) throw new Error(`claim ${id} not evaluated`);
  return c;
};

beforeAll(async () => {
  claims = auditFigures(FIGURES, await realRawDir()).claims;
});

describe("claims of figures 1, 5 and 6 on the real data", () => {
  const reproduced = [
    "fig1-immigration-1995-2024",
    "fig1-emigration-1995-2024",
    "fig1-net-positive-since-2008",
    "fig1-peak-2022",
    "fig1-ukrainians-2022",
    "fig5-fluctuates",
    "fig5-peaks-1990s-2015",
    "fig5-last-4-years-high",
    "fig5-subsequent-since-2007",
    "fig5-nareizigers-since-2013",
    "fig5-longer-period",
    "fig6-nl-vs-eu-2021",
    "fig6-nl-vs-eu-2022",
    "fig6-nl-mostly-lower",
  ];
  it.each(reproduced)("%s is reproduced", (id) => {
    expect(claim(id), JSON.stringify(claim(id))).toMatchObject({ status: "reproduced", mode: "annex" });
  });

  it("fig5-requests-above-fig3-asylum differs: the requests are far more than 'iets' (0-25%) above figure 3's asylum migrants, in both readings", () => {
    const c = claim("fig5-requests-above-fig3-asylum");
    expect(c.status).toBe("differs");
    const num = (t: string) => Number(t.replace(/\./g, ""));
    const readings = [...c.detail!.matchAll(/([\d.]+) vs\. ([\d.]+)/g)].map((m) => num(m[1]) / num(m[2]) - 1);
    expect(readings).toHaveLength(2);
    for (const excess of readings) expect(excess).toBeGreaterThan(0.25);
    expect(formatValue(c.computed!, "nl")).toMatch(
      /^[\d.]+ aanvragen tegen [\d.]+ asielmigranten 1999-2024 \(\+\d+%\)$/,
    );
  });

  it("rounds the 1995-2024 totals as published", () => {
    expect(formatValue(claim("fig1-immigration-1995-2024").computed!, "nl")).toBe("5,3 miljoen");
    expect(formatValue(claim("fig1-immigration-1995-2024").computed!, "en")).toBe("5.3 million");
    expect(formatValue(claim("fig1-emigration-1995-2024").computed!, "nl")).toBe("3,8 miljoen");
  });

  it("says which data each claim used, with its vintage", () => {
    expect(claim("fig1-peak-2022").vintage).toMatch(/^CBS 83474NED \(opgehaald \d{4}-\d{2}-\d{2}\)$/);
    expect(claim("fig1-ukrainians-2022").vintage).toContain("CBS 84809NED (versie");
    expect(claim("fig6-nl-vs-eu-2021").vintage).toMatch(/^Eurostat migr_asyapp1mp \(versie /);
  });
});

describe("annex-wide claims on the real data", () => {
  it.each(["fig1", "fig2", "fig3", "fig4", "fig5", "fig6"])("%s covers its title's period", (fig) => {
    expect(claim(`${fig}-period`).status).toBe("reproduced");
  });

  it("figure 2's table is the version the annex consulted (CBS 84808NED modified 27 June 2025)", () => {
    expect(claim("fig2-consulted-2025-06-27").status).toBe("reproduced");
  });

  it("the mirror's Eurostat rates are a later vintage than the annex consulted: the claim says so", () => {
    const c = claim("fig6-consulted-2025-06-26");
    expect(c.status).toBe("differs");
    expect(c.detail).toContain("de waarden kunnen sindsdien zijn herzien");
  });

  it("2024 is in the non-EU table but not yet in the EU/EFTA table (checked in latest mode)", () => {
    expect(claim("fig2-2024-not-available")).toMatchObject({ status: "reproduced", mode: "latest" });
    expect(claim("fig4-2024-non-eu-only")).toMatchObject({ status: "reproduced", mode: "latest" });
  });

  it("figure 7's claims need data where its Eurostat tables are absent, naming them", () => {
    for (const c of claims.filter((x) => x.figure === "fig7")) {
      if (c.status === "needs-data") expect(c.detail).toMatch(/migr_asydcfsta|migr_asydec1pc/);
    }
  });

  it("no claim fails to compute", () => {
    expect(claims.filter((c) => c.status === "error")).toEqual([]);
  });
});
