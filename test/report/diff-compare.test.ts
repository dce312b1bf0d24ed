// The vintage diff's comparison on tables and builds in memory (no files): what B changes against
// A is written into the inputs, and the comparison must find exactly that.
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { ClaimResult } from "../../src/claims/types";
import type { ClaimValue } from "../../src/claims/value";
import type { FigureStatus } from "../../src/figures/types";
import type { Builds } from "../../src/report/audit";
import {
  compareVintages,
  diffClaims,
  diffFigure,
  diffFiles,
  diffTables,
  type FileRead,
  type Vintage,
} from "../../src/report/diff";
import { built, missing, modules } from "./synthetic";

describe("diffTables", () => {
  const a = aq.table({ year: [2020, 2021, 2022], geo: ["NL", "NL", "BE"], value: [1, NaN, 3], old: [0, 0, 0] });
  const b = aq.table({ year: [2020, 2021, 2023], geo: ["NL", "NL", "DE"], value: [1.5, NaN, 4], added: [1, 1, 1] });
  const d = diffTables("data.csv", "annex", a, b);

  it("keys rows by year and the text columns, and compares the numeric ones", () => {
    expect(d.keyColumns).toEqual(["year", "geo"]);
    expect(d.valueColumns).toEqual(["value"]);
    expect(d.changed).toEqual([{ key: { year: 2020, geo: "NL" }, column: "value", old: 1, new: 1.5 }]); // NaN = NaN: unchanged
  });

  it("lists the rows and key values that appeared or disappeared, and the columns", () => {
    expect(d.appeared).toEqual([{ year: 2023, geo: "DE", value: 4, added: 1 }]);
    expect(d.disappeared).toEqual([{ year: 2022, geo: "BE", value: 3, old: 0 }]);
    expect(d.appearedKeys).toEqual({ year: ["2023"], geo: ["DE"] });
    expect(d.disappearedKeys).toEqual({ year: ["2022"], geo: ["BE"] });
    expect(d.columnsAdded).toEqual(["added"]);
    expect(d.columnsRemoved).toEqual(["old"]);
  });

  it("finds nothing between a table and itself, repeated keys included", () => {
    const t = aq.table({ label: ["x", "x"], value: [1, 2] });
    const same = diffTables("t.csv", "latest", t, t);
    expect([same.changed, same.appeared, same.disappeared, same.columnsAdded]).toEqual([[], [], [], []]);
  });
});

describe("diffFigure", () => {
  const withValue = (s: FigureStatus, year: number, persons: number): FigureStatus => {
    if (s.status !== "built") return s;
    return {
      ...s,
      data: {
        ...s.data,
        table: s.data.table.derive({
          persons: aq.escape((r: { year: number; persons: number }) => (r.year === year ? persons : r.persons)),
        }),
      },
    };
  };
  const a: Builds = {
    annex: [built("fig1", "annex", 2003), missing],
    latest: [built("fig1", "latest", 2005), missing],
  };
  const b: Builds = {
    annex: [withValue(built("fig1", "annex", 2003), 2001, 1200), missing],
    latest: [withValue(built("fig1", "latest", 2006), 2001, 1200), missing],
  };

  it("reports a revision once (annex mode) and what latest mode adds beyond it", () => {
    const f = diffFigure(modules[0], a, b);
    expect(f.a).toEqual({ status: "built", annexPeriod: "2000-2003", latestPeriod: "2000-2005" });
    expect(f.b.latestPeriod).toBe("2000-2006");
    const [annex, latest] = f.tables;
    expect(annex.mode).toBe("annex");
    expect(annex.changed).toEqual([{ key: { year: 2001 }, column: "persons", old: 1000, new: 1200 }]);
    expect(latest.mode).toBe("latest");
    expect(latest.changed).toEqual([]); // the 2001 revision is annex mode's
    expect(latest.appearedKeys).toEqual({ year: ["2006"] });
  });

  it("compares nothing for a figure neither vintage could build", () => {
    const f = diffFigure(modules[1], a, b);
    expect(f.a.status).toBe("needs-data");
    expect(f.tables).toEqual([]);
  });
});

const year = (y: number): ClaimValue => ({ kind: "year", year: y });
const claim = (id: string, status: ClaimResult["status"], computed: string | null): ClaimResult => ({
  id,
  figure: "fig1",
  statement: `statement ${id}`,
  published: year(1),
  rule: "r",
  status,
  computed: computed === null ? null : year(Number(computed)),
});

describe("diffClaims", () => {
  it("lists the claims whose status or computed value changed, and no other", () => {
    const a = [claim("same", "reproduced", "1"), claim("value", "reproduced", "1"), claim("status", "reproduced", "1")];
    const b = [
      claim("same", "reproduced", "1"),
      claim("value", "reproduced", "2"),
      claim("status", "differs", "1"),
      claim("new", "reproduced", "1"),
    ];
    const changes = diffClaims(a, b);
    expect(changes.map((c) => [c.id, c.a.status, c.b.status, c.a.computed, c.b.computed])).toEqual([
      ["value", "reproduced", "reproduced", year(1), year(2)],
      ["status", "reproduced", "differs", year(1), year(1)],
    ]);
  });
});

describe("diffFiles and compareVintages", () => {
  const state = (sha: string) => ({ sha256: sha.repeat(64), retrieved: "2030-01-01" });
  const ids = ["cbs-80059NED-data", "eurostat-migr_asyapp1mp", "cbs-83474NED-data"];

  it("names each raw file's change from the two vintages' sidecar states", () => {
    const a = new Map<string, FileRead>([
      ["cbs-80059NED-data", state("a")],
      ["eurostat-migr_asyapp1mp", state("b")],
    ]);
    const b = new Map<string, FileRead>([
      ["cbs-80059NED-data", state("c")],
      ["eurostat-migr_asyapp1mp", state("b")],
      ["cbs-83474NED-data", { error: "bad sidecar" }],
    ]);
    expect(diffFiles(ids, a, b).map((f) => [f.sourceId, f.change, f.message])).toEqual([
      ["cbs-80059NED-data", "changed", undefined],
      ["eurostat-migr_asyapp1mp", "same", undefined],
      ["cbs-83474NED-data", "unreadable", "bad sidecar"],
    ]);
    expect(diffFiles(ids, b, a).map((f) => f.change)).toEqual(["changed", "same", "unreadable"]);
    expect(diffFiles(ids, new Map(), a).map((f) => f.change)).toEqual(["added", "added", "absent"]);
    expect(diffFiles(ids, a, new Map()).map((f) => f.change)).toEqual(["removed", "removed", "absent"]);
  });

  it("puts files, figures and claims of two vintages together", () => {
    const builds: Builds = {
      annex: [built("fig1", "annex", 2003), missing],
      latest: [built("fig1", "latest", 2005), missing],
    };
    const vintage = (dir: string, computed: string): Vintage => ({
      dir,
      files: new Map(),
      builds,
      claims: [claim("c", "reproduced", computed)],
    });
    const d = compareVintages(vintage("/a", "1"), vintage("/b", "2"), modules);
    expect([d.dirA, d.dirB]).toEqual(["/a", "/b"]);
    expect(d.figures.map((f) => [f.id, f.tables.length])).toEqual([
      ["fig1", 0],
      ["fig2", 0],
    ]);
    expect(d.claims.map((c) => c.id)).toEqual(["c"]);
  });
});
