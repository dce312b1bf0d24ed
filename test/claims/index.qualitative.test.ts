// Every qualitative claim (a rule, not a match with a printed number) on small SYNTHETIC figures
// (values invented): one figure where the rule holds and one where it must come out "differs". A
// rule that passes on any plausible data audits nothing.
import type { FigureId } from "../../src/catalog/annex";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { CLAIMS } from "../../src/claims/index";
import { evaluateClaim, type ClaimResult } from "../../src/claims/types";
import { formatValue } from "../../src/claims/value";
import type { FigureData, Mode } from "../../src/figures/types";

const claim = (id: string) => {
  const c = CLAIMS.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

function figure(
  id: FigureId,
  from: number,
  to: number,
  table: Record<string, unknown>[],
  extra: Record<string, Record<string, unknown>[]> = {},
  mode: Mode = "annex",
): FigureData {
  const extraTables = Object.fromEntries(Object.entries(extra).map(([k, rows]) => [k, aq.from(rows)]));
  return {
    id,
    title: id,
    mode,
    period: { from, to },
    table: aq.from(table),
    extraTables,
    figure: { data: [], layout: {} },
    sources: [],
    notes: [],
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Evaluates a claim on `fig` with the other figures it compares with. */
function run(id: string, fig: FigureData, ...others: FigureData[]): ClaimResult {
  return evaluateClaim(claim(id), fig, undefined, new Map(others.map((o) => [o.id, o])));
}

// ---------------------------------------------------------------- figure 1
const fig1 = (net: (y: number) => number) =>
  figure(
    "fig1",
    1995,
    2024,
    range(1995, 2024).map((year) => ({
      year,
      immigration: 100_000 + net(year),
      emigration: 100_000,
      net_migration: net(year),
    })),
  );
const fig3Motives = (
  perMotive: (motive: string, y: number) => number | null,
  from = 1999,
  to = 2024,
  totals?: (y: number) => number,
) => {
  const motives = ["work", "family", "asylum", "study", "temporary_protection", "other"];
  const rows = range(from, to).flatMap((year) =>
    motives.map((motive) => ({ year, motive, persons: perMotive(motive, year) })),
  );
  const total = (y: number) => totals?.(y) ?? motives.reduce((a, m) => a + (perMotive(m, y) ?? 0), 0);
  return figure("fig3", from, to, rows, { totals: range(from, to).map((year) => ({ year, total: total(year) })) });
};

describe("figure 1", () => {
  const usual = (y: number) => (y < 2008 ? -1000 : y === 2022 ? 200_000 : 40_000);
  it("net-positive-since-2008: holds when every year from 2008 is positive; differs with one negative year", () => {
    expect(run("fig1-net-positive-since-2008", fig1(usual)).status).toBe("reproduced");
    expect(
      run(
        "fig1-net-positive-since-2008",
        fig1((y) => (y === 2012 ? -5 : usual(y))),
      ).status,
    ).toBe("differs");
  });
  it("peak-2022: differs when another year is higher", () => {
    expect(run("fig1-peak-2022", fig1(usual)).status).toBe("reproduced");
    expect(
      run(
        "fig1-peak-2022",
        fig1((y) => (y === 2015 ? 300_000 : usual(y))),
      ).status,
    ).toBe("differs");
  });
  it("ukrainians-2022: differs when they are not most of the rise, or not 'ruim 100.000'", () => {
    const tp = (n: number) =>
      fig3Motives((m, y) => (m === "temporary_protection" ? (y === 2022 ? n : y > 2022 ? 50_000 : null) : 10_000));
    expect(run("fig1-ukrainians-2022", fig1(usual), tp(120_000)).status).toBe("reproduced"); // rise 160,000
    expect(run("fig1-ukrainians-2022", fig1(usual), tp(60_000)).status).toBe("differs"); // under 100,000
    expect(
      run(
        "fig1-ukrainians-2022",
        fig1((y) => (y === 2022 ? 400_000 : usual(y))),
        tp(120_000),
      ).status,
    ).toBe("differs"); // a third of the rise
  });
});

// ---------------------------------------------------------------- figure 2
const fig2 = (total: (y: number) => number, from = 1999, to = 2023) =>
  figure(
    "fig2",
    from,
    to,
    range(from, to).flatMap((year) =>
      ["work", "family", "study", "other"].map((motive) => ({ year, motive, persons: total(year) / 4 })),
    ),
    { totals: range(from, to).map((year) => ({ year, total: total(year) })) },
  );
/** Rises 5,000 a year from 20,000 in 2004; 2020 dips; from 2019 it rises by `recent` a year. */
const euTotal = (recent: number) => (y: number) => {
  if (y <= 2004) return 20_000;
  const base = 20_000 + 5_000 * (Math.min(y, 2019) - 2004) + recent * Math.max(0, y - 2019);
  return y === 2020 ? base - 10_000 : base;
};

describe("figure 2", () => {
  it("rise-since-enlargement: differs when 2022 is not twice 2004", () => {
    expect(run("fig2-rise-since-enlargement", fig2(euTotal(500))).status).toBe("reproduced");
    expect(
      run(
        "fig2-rise-since-enlargement",
        fig2((y) => 20_000 + 100 * y - 199_900),
      ).status,
    ).toBe("differs");
  });
  it("dip-2020: differs when 2020 is not below 2019 and 2021", () => {
    expect(run("fig2-dip-2020", fig2(euTotal(500))).status).toBe("reproduced");
    expect(
      run(
        "fig2-dip-2020",
        fig2((y) => 1000 * y),
      ).status,
    ).toBe("differs");
  });
  it("rise-flattens: holds when the last 4 years rise far slower; differs when they rise as before, even if the last year dips", () => {
    const flat = run("fig2-rise-flattens", fig2(euTotal(500)));
    expect(flat.status).toBe("reproduced");
    expect(flat.detail).toMatch(/lezing 1 \(telt\).*lezing 2/);
    const steady = (y: number) => (y === 2023 ? euTotal(5_000)(2022) - 1 : euTotal(5_000)(y)); // still rising; one dip at the end
    const r = run("fig2-rise-flattens", fig2(steady));
    expect(r.status).toBe("differs");
    expect(r.detail).not.toMatch(/geen afvlakking/); // the last-year reading would have said it flattens
  });
  it("2024-not-available (latest mode): differs once figure 2 reaches 2024", () => {
    const latest = (to: number) => ({ ...fig2(euTotal(500), 1999, to), mode: "latest" as Mode });
    expect(run("fig2-2024-not-available", latest(2023)).status).toBe("reproduced");
    expect(run("fig2-2024-not-available", latest(2024)).status).toBe("differs");
  });
});

// ---------------------------------------------------------------- figure 3
describe("figure 3", () => {
  const swinging = (y: number) => (y % 2 ? 60_000 : 40_000);
  it("fluctuates-more-than-eu: swings, not spread, count; both readings in the detail", () => {
    const nonEu = fig3Motives(() => 0, 1999, 2024, swinging);
    const r = run("fig3-fluctuates-more-than-eu", nonEu, fig2(euTotal(500)));
    expect(r.status).toBe("reproduced");
    expect(r.detail).toMatch(/lezing 1 \(telt\).*lezing 2: variatiecoëfficiënt/);
    // A steady non-EU series against a swinging EU one differs.
    const steady = fig3Motives(
      () => 0,
      1999,
      2024,
      () => 50_000,
    );
    expect(run("fig3-fluctuates-more-than-eu", steady, fig2(swinging)).status).toBe("differs");
    // A steadily rising EU series has the larger spread (CV) without swinging: the swing reading counts.
    const trending = run(
      "fig3-fluctuates-more-than-eu",
      fig3Motives(
        () => 0,
        1999,
        2024,
        (y) => (y % 2 ? 52_000 : 48_000),
      ),
      fig2((y) => 10_000 * (y - 1990)),
    );
    expect(trending.status).toBe("reproduced");
    expect(trending.detail).toMatch(/volgens deze lezing niet sterker/);
  });
  it("asylum-temporary-protection-most: differs when another motive swings more", () => {
    const holds = fig3Motives((m, y) =>
      m === "asylum"
        ? y % 3
          ? 5_000
          : 30_000
        : m === "temporary_protection"
          ? y >= 2022
            ? 80_000
            : null
          : 10_000 + y,
    );
    expect(run("fig3-asylum-temporary-protection-most", holds).status).toBe("reproduced");
    const study = fig3Motives((m, y) =>
      m === "study"
        ? y % 2
          ? 1_000
          : 60_000
        : m === "temporary_protection"
          ? y >= 2022
            ? 80_000
            : null
          : 10_000 + y,
    );
    expect(run("fig3-asylum-temporary-protection-most", study).status).toBe("differs");
  });
});

// ---------------------------------------------------------------- figure 4
describe("figure 4", () => {
  const split = (asylum: number, family: number) => [
    { motive: "work", persons: 0, share: 0.4 },
    { motive: "asylum", persons: 0, share: asylum },
    { motive: "family_other", persons: 0, share: family },
    { motive: "other", persons: 0, share: 0.6 - asylum - family },
  ];
  const fig4 = (resident: { asylum: number; family: number }) =>
    figure("fig4", 1999, 2023, split(0.1, 0.2), {
      still_resident: split(resident.asylum, resident.family).map((r) => ({ ...r, candidate: "sec" })),
    });
  it("residents-more-asylum-and-family: differs when either share is not higher among those still resident", () => {
    expect(run("fig4-residents-more-asylum-and-family", fig4({ asylum: 0.15, family: 0.25 })).status).toBe(
      "reproduced",
    );
    expect(run("fig4-residents-more-asylum-and-family", fig4({ asylum: 0.15, family: 0.2 })).status).toBe("differs");
  });
  it("2024-non-eu-only (latest mode): differs when EU data reaches 2024 too", () => {
    const latest4 = { ...figure("fig4", 1999, 2023, []), mode: "latest" as Mode };
    const l = (f: FigureData): FigureData => ({ ...f, mode: "latest" });
    expect(
      run("fig4-2024-non-eu-only", latest4, l(fig2(euTotal(500), 1999, 2023)), l(fig3Motives(() => 1, 1999, 2024)))
        .status,
    ).toBe("reproduced");
    expect(
      run("fig4-2024-non-eu-only", latest4, l(fig2(euTotal(500), 1999, 2024)), l(fig3Motives(() => 1, 1999, 2024)))
        .status,
    ).toBe("differs");
  });
});

// ---------------------------------------------------------------- figure 5
const fig5 = (
  total: (y: number) => number,
  series: (s: string, y: number) => number | null = () => null,
  from = 1975,
  to = 2024,
) =>
  figure(
    "fig5",
    from,
    to,
    range(from, to).flatMap((year) => [
      { year, series: "total", persons: total(year) },
      ...["first", "subsequent", "nareizigers"].map((s) => ({ year, series: s, persons: series(s, year) })),
    ]),
  );
/** Peaks in 1994 and 2015, high from 2021. */
const asylumHistory = (y: number) =>
  y === 2015
    ? 60_000
    : y === 1994
      ? 52_000
      : y >= 2021
        ? 45_000
        : y >= 1990 && y < 2000
          ? 35_000
          : 10_000 + (y % 5) * 1_000;

describe("figure 5", () => {
  it("fluctuates: differs when the yearly totals hardly vary", () => {
    expect(run("fig5-fluctuates", fig5(asylumHistory)).status).toBe("reproduced");
    expect(
      run(
        "fig5-fluctuates",
        fig5((y) => 20_000 + (y % 2) * 1_000),
      ).status,
    ).toBe("differs");
  });
  it("peaks-1990s-2015: differs when the highest year is elsewhere", () => {
    expect(run("fig5-peaks-1990s-2015", fig5(asylumHistory)).status).toBe("reproduced");
    expect(
      run(
        "fig5-peaks-1990s-2015",
        fig5((y) => (y === 2001 ? 90_000 : asylumHistory(y))),
      ).status,
    ).toBe("differs");
  });
  it("last-4-years-high: differs when one of them is not above the 75th percentile", () => {
    expect(run("fig5-last-4-years-high", fig5(asylumHistory)).status).toBe("reproduced");
    expect(
      run(
        "fig5-last-4-years-high",
        fig5((y) => (y === 2022 ? 12_000 : asylumHistory(y))),
      ).status,
    ).toBe("differs");
  });
  it("longer-period: differs when figure 5 does not start earlier than figure 1", () => {
    const f1 = fig1(() => 1);
    expect(run("fig5-longer-period", fig5(asylumHistory), f1).status).toBe("reproduced");
    expect(run("fig5-longer-period", fig5(asylumHistory, undefined, 1996, 2024), f1).status).toBe("differs");
  });

  describe("requests-above-fig3-asylum: 'iets hoger' is higher by 0-25%", () => {
    const asylum = (n: number) => fig3Motives((m) => (m === "asylum" ? n : 1_000));
    const requests = fig5(
      (y) => (y >= 1999 ? 11_000 : 5_000),
      (s) => (s === "first" ? 9_000 : s === "nareizigers" ? 1_500 : 500),
    );
    it("holds at +10%", () => {
      const r = run("fig5-requests-above-fig3-asylum", requests, asylum(10_000));
      expect(r.status).toBe("reproduced");
      expect(r.computed).toMatchObject({ kind: "comparison" });
      expect(formatValue(r.computed!, "nl")).toMatch(/\+10%/);
      expect(r.detail).toMatch(/lezing 1 \(telt\).*lezing 2: eerste aanvragen en nareizigers/);
    });
    it("differs at +57% and names both numbers", () => {
      const r = run("fig5-requests-above-fig3-asylum", requests, asylum(7_000));
      expect(r.status).toBe("differs");
      expect(formatValue(r.computed!, "nl")).toBe("286.000 aanvragen tegen 182.000 asielmigranten 1999-2024 (+57%)");
      expect(formatValue(r.computed!, "en")).toBe("286,000 requests against 182,000 asylum migrants 1999-2024 (+57%)");
    });
    it("differs when the requests are lower", () => {
      expect(run("fig5-requests-above-fig3-asylum", requests, asylum(12_000)).status).toBe("differs");
    });
  });
});

// ---------------------------------------------------------------- figures 6 and 7
const crossSection = (
  id: "fig6" | "fig7",
  nl: (y: number) => number,
  eu: (y: number) => number,
  geos: string[] = ["NL", "EU27_2020"],
) =>
  figure(
    id,
    2015,
    2024,
    geos.map((geo) => ({ geo, label: geo, average: 1 })),
    {
      yearly: range(2015, 2024).flatMap((year) => [
        { geo: "NL", year, value: nl(year) },
        { geo: "EU27_2020", year, value: eu(year) },
      ]),
      excluded: ["HU", "LI"].flatMap((geo) =>
        range(2015, 2024).map((year) => ({ geo, year, value: 50, positive: 5, total: 10 })),
      ),
    },
  );

describe("figures 6 and 7", () => {
  it("fig6-nl-mostly-lower: differs when NL is not lower in another year", () => {
    const nl = (y: number) => (y === 2021 || y === 2022 ? 2 : 1);
    expect(
      run(
        "fig6-nl-mostly-lower",
        crossSection("fig6", nl, () => 1.5),
      ).status,
    ).toBe("reproduced");
    expect(
      run(
        "fig6-nl-mostly-lower",
        crossSection(
          "fig6",
          (y) => (y === 2016 ? 2 : nl(y)),
          () => 1.5,
        ),
      ).status,
    ).toBe("differs");
  });
  it("fig7-nl-above-eu-except-2018-2019: differs when NL is below the EU in another year", () => {
    const nl = (y: number) => (y === 2018 || y === 2019 ? 30 : 50);
    expect(
      run(
        "fig7-nl-above-eu-except-2018-2019",
        crossSection("fig7", nl, () => 40),
      ).status,
    ).toBe("reproduced");
    expect(
      run(
        "fig7-nl-above-eu-except-2018-2019",
        crossSection(
          "fig7",
          (y) => (y === 2023 ? 30 : nl(y)),
          () => 40,
        ),
      ).status,
    ).toBe("differs");
  });
  it("fig7-without-hu-li: a real exclusion; differs when LI is shown, needs-data when LI is not in the data", () => {
    expect(
      run(
        "fig7-without-hu-li",
        crossSection(
          "fig7",
          () => 50,
          () => 40,
        ),
      ),
    ).toMatchObject({
      status: "reproduced",
      computed: { kind: "geos", geos: ["HU", "LI"], where: "without" },
      detail: "in de data: HU 10 jaar, LI 10 jaar",
    });
    expect(
      run(
        "fig7-without-hu-li",
        crossSection(
          "fig7",
          () => 50,
          () => 40,
          ["NL", "EU27_2020", "LI"],
        ),
      ),
    ).toMatchObject({ status: "differs", computed: { kind: "geos", geos: ["LI"], where: "shown" } });
    const noLi = crossSection(
      "fig7",
      () => 50,
      () => 40,
    );
    noLi.extraTables!.excluded = noLi.extraTables!.excluded.filter((r: { geo: string }) => r.geo !== "LI");
    expect(run("fig7-without-hu-li", noLi).status).toBe("needs-data");
  });
});
