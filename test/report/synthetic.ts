// Synthetic builds for the report's tests (values invented): figure 1 built (annex to 2003,
// latest to 2005), figure 2 needing data, and claims on them, on a figure compared with and on a
// figure without a module.
import * as aq from "arquero";
import type { FigureId } from "../../src/catalog/annex";
import { sourceById } from "../../src/catalog/sources";
import type { ClaimDefinition } from "../../src/claims/types";
import type { ClaimValue } from "../../src/claims/value";
import type { FigureData, FigureModule, FigureStatus, Mode } from "../../src/figures/types";
import type { Provenance } from "../../src/parse/load";
import type { Builds } from "../../src/report/audit";

export const provenance: Provenance = {
  sourceId: "cbs-80059NED-data",
  provider: "CBS",
  code: "TEST01NED",
  title: "Synthetic table",
  url: "https://example.invalid/TEST01NED",
  file: "cbs/TEST01NED/TypedDataSet.json",
  sha256: "ab".repeat(32),
  retrieved: "2030-01-02T00:00:00Z",
  modified: "2030-01-01T00:00:00",
  kind: "recorded",
  data: { kind: "live", folder: "/tmp/raw" },
};

export function built(id: FigureId, mode: Mode, to: number): FigureStatus {
  const years = Array.from({ length: to - 2000 + 1 }, (_, i) => ({ year: 2000 + i, persons: 1000 }));
  const data: FigureData = {
    id,
    title: `Figure ${id}, 2000-${to}`,
    mode,
    period: { from: 2000, to },
    table: aq.from(years),
    figure: { data: [], layout: {} },
    sources: [provenance],
    notes: [],
  };
  return { id, status: "built", dir: "", data };
}
export const missing: FigureStatus = {
  id: "fig2",
  status: "needs-data",
  message: "needs data: CBS TEST02NED is not in /raw",
  sources: [sourceById("cbs-83474NED-data")],
};

export const builds: Builds = {
  annex: [built("fig1", "annex", 2003), missing],
  latest: [built("fig1", "latest", 2005), missing],
};
const notUsed = (): never => {
  throw new Error("not used");
};
export const modules: FigureModule[] = [
  {
    id: "fig1",
    title: "Figure A",
    notebook: "fig1-test",
    sourceIds: [],
    load: notUsed,
    compute: notUsed,
    chart: notUsed,
  },
  {
    id: "fig2",
    title: "Figure B",
    notebook: "fig2-test",
    sourceIds: [],
    load: notUsed,
    compute: notUsed,
    chart: notUsed,
  },
];

const lastYear = (f: FigureData): ClaimValue => ({ kind: "year", year: f.period.to });
const year = (y: number): ClaimValue => ({ kind: "year", year: y });
const yes: ClaimValue = { kind: "phrase", phrase: "dip2020" };
export const claims: ClaimDefinition[] = [
  {
    id: "a-annex",
    figure: "fig1",
    published: year(2003),
    rule: () => "last year of the annex period",
    evaluate: (f) => ({ computed: lastYear(f), holds: f.period.to === 2003 }),
  },
  {
    id: "a-latest",
    figure: "fig1",
    published: year(2003),
    rule: () => "latest mode ends before 2004",
    mode: "latest",
    evaluate: (f) => ({ computed: lastYear(f), holds: f.period.to < 2004 }),
  },
  { id: "b-own", figure: "fig2", published: yes, rule: () => "any", evaluate: () => ({ computed: yes, holds: true }) },
  {
    id: "a-with-b",
    figure: "fig1",
    published: yes,
    rule: () => "compares",
    alsoNeeds: ["fig2"],
    evaluate: () => ({ computed: yes, holds: true }),
  },
  {
    id: "z-unbuilt",
    figure: "fig3",
    published: yes,
    rule: () => "any",
    evaluate: () => ({ computed: yes, holds: true }),
  },
];
