// The notebooks' helpers: the mode parameter, preparing a figure from the mirror, the figure as
// a self-contained HTML output (plotly.js inlined once per notebook), provenance and claims as Markdown.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as aq from "arquero";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClaimResult } from "../../src/claims/types";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import type { FigureData } from "../../src/figures/types";
import { CLAIMS } from "../../src/claims/index";
import { FIGURES } from "../../src/figures/index";
import {
  claimsFromMarkdown,
  claimsMarkdown,
  claimFigures,
  figureAudit,
  figureClaims,
  modeFromEnv,
  prepareFigure,
  provenanceMarkdown,
} from "../../src/notebook/present";
import { auditFigures } from "../../src/report/audit-run";
import { realRawDir } from "../helpers/raw";
import { SOURCES } from "../../src/catalog/sources";

const source = SOURCES[0];
const fig: FigureData = {
  id: "fig1",
  title: "Test figure",
  mode: "annex",
  period: { from: 2030, to: 2031 },
  table: aq.from([{ year: 2030, value: 1 }]),
  figure: { data: [{ type: "bar", x: [2030], y: [1] }], layout: { title: { text: "</script><b>x</b>" } } },
  sources: [
    {
      sourceId: source.id,
      provider: "CBS",
      code: "TEST01NED",
      title: "Bevolking <img src=x onerror=alert(1)> | per jaar",
      url: "https://opendata.cbs.nl/ODataApi/odata/TEST01NED/TypedDataSet",
      file: "cbs/TEST01NED/TypedDataSet.json",
      sha256: "ab".repeat(32),
      retrieved: "2030-01-02T03:04:05Z",
      modified: "2030-01-01T00:00:00",
      kind: "recorded",
      data: { kind: "mirror", folder: "/tmp/mirror", mirror: "/tmp/mirror" },
    },
  ],
  notes: ["2031 is voorlopig", "a note with\na newline"],
};

const env = { mode: process.env.MIGRATIE_MODE, raw: process.env.MIGRATIE_RAW };
const temp: string[] = [];
afterEach(() => {
  for (const [k, v] of [
    ["MIGRATIE_MODE", env.mode],
    ["MIGRATIE_RAW", env.raw],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
afterAll(() => {
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
});

describe("modeFromEnv", () => {
  it("is annex by default, latest when MIGRATIE_MODE says so, and names a wrong value", () => {
    delete process.env.MIGRATIE_MODE;
    expect(modeFromEnv()).toBe("annex");
    process.env.MIGRATIE_MODE = "latest";
    expect(modeFromEnv()).toBe("latest");
    process.env.MIGRATIE_MODE = "newest";
    expect(() => modeFromEnv()).toThrow(/MIGRATIE_MODE must be "annex" or "latest", not "newest"/);
  });
});

describe("provenanceMarkdown", () => {
  it("lists each source with request, vintage, kind, checksum and purpose; HTML in a title is escaped", () => {
    const md = provenanceMarkdown(fig, undefined, "en");
    expect(md).toContain("**CBS TEST01NED**: Bevolking &lt;img src=x onerror=alert(1)> \\| per jaar");
    expect(md).toContain("- request: `https://opendata.cbs.nl/ODataApi/odata/TEST01NED/TypedDataSet`");
    expect(md).toContain(
      "- vintage: version 2030-01-01, retrieved 2030-01-02, from mirror /tmp/mirror; file `cbs/TEST01NED/TypedDataSet.json` (recorded, sha256 `abababababab…`)",
    );
    expect(md).toContain(`- used for: ${source.purpose}`);
    expect(md).toContain("**Notes**\n- 2031 is voorlopig\n- a note with a newline");
  });

  it("speaks the notebook's language: a Dutch notebook's provenance is Dutch", () => {
    const md = provenanceMarkdown(fig, undefined, "nl");
    expect(md).toContain("- verzoek: `https://opendata.cbs.nl/ODataApi/odata/TEST01NED/TypedDataSet`");
    expect(md).toContain("- versie: versie 2030-01-01, opgehaald 2030-01-02, uit mirror /tmp/mirror; bestand");
    expect(md).toContain("- citeer als: CBS StatLine");
    expect(md).toContain("**Noten**");
    for (const english of ["request:", "vintage:", "used for", "cite as", "**Notes**"])
      expect(md).not.toContain(english);
  });
});

describe("claimsMarkdown", () => {
  it("writes one table row per claim, whatever the text holds, and a hidden machine-readable copy", () => {
    const claims: ClaimResult[] = [
      {
        id: "c1",
        figure: "fig1",
        statement: "A | B\nrises",
        published: { kind: "number", value: 1.5, unit: "millions", decimals: 1 },
        computed: { kind: "number", value: 1.6, unit: "millions", decimals: 1 },
        status: "differs",
        rule: "r",
        detail: "0.1 <b>off</b>",
      },
      {
        id: "c2--x",
        figure: "fig1",
        statement: "needs",
        published: { kind: "year", year: 2002 },
        computed: null,
        status: "needs-data",
        rule: "r",
        mode: "latest",
      },
    ];
    const md = claimsMarkdown(claims, "nl");
    const lines = md.split("\n");
    expect(lines.slice(2, 6)).toEqual([
      "| id | bewering | gepubliceerd | berekend | status |",
      "|---|---|---|---|---|",
      "| `c1` | A \\| B rises | 1,5 miljoen | 1,6 miljoen (0.1 &lt;b>off&lt;/b>) | **wijkt af** |",
      "| `c2--x` | needs *(nieuwste)* | 2002 | – | **heeft data nodig** |",
    ]);
    // "--" inside the JSON would end the HTML comment early: it is escaped, and read back intact.
    expect(lines.at(-1)).toMatch(/^<!-- migratie-claims \[.*\] -->$/);
    expect(lines.at(-1)!.slice(4, -3)).not.toContain("--");
    expect(claimsFromMarkdown(md)).toEqual([
      { figure: "fig1", id: "c1", status: "differs" },
      { figure: "fig1", id: "c2--x", status: "needs-data" },
    ]);
    expect(claimsFromMarkdown("| a | b |")).toBeUndefined();
  });
});

describe("figureAudit", () => {
  it("gives exactly the whole audit's results for each figure, building only that figure and the ones its claims compare with (issue 21 §4)", async () => {
    const raw = await realRawDir();
    const { builds, claims: all } = auditFigures(FIGURES, raw);
    for (const { id } of FIGURES) {
      const audit = all.filter((c) => c.figure === id);
      const { claims, annex, builds: own } = await figureAudit(id, { rawDir: raw });
      expect(claims).toEqual(audit);
      // Its own figure's work: the figures its claims read, not all seven.
      const read = claimFigures(id).map((m) => m.id);
      expect(own.annex.map((s) => s.id)).toEqual(read);
      expect([...annex.keys()]).toEqual(
        builds.annex.filter((s) => s.status === "built" && read.includes(s.id)).map((s) => s.id),
      );
      // Reusing the notebook's own build (latest mode here) changes nothing.
      const status = builds.latest.find((s) => s.id === id)!;
      expect(await figureClaims(id, { rawDir: raw, prepared: { mode: "latest", status } })).toEqual(audit);
    }
    expect(claimFigures("fig6").map((m) => m.id)).toEqual(["fig6"]);
    expect(claimFigures("fig5").map((m) => m.id)).toEqual(["fig1", "fig2", "fig3", "fig4", "fig5"]);
    // The claims that compare figures are there and not needs-data for want of the other figure.
    const fig5 = await figureClaims("fig5", { rawDir: raw });
    for (const c of fig5.filter((c) => CLAIMS.find((d) => d.id === c.id)?.alsoNeeds))
      expect(c.detail ?? "").not.toMatch(/needs fig\d as well/);
  });
});

describe("prepareFigure", () => {
  let raw: string;
  beforeEach(() => {
    raw = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-present-raw-"));
    temp.push(raw);
  });

  it("builds the figure from the run's one data folder (the shipped vintage, or MIGRATIE_MIRROR in place), copying nothing into MIGRATIE_RAW", async () => {
    process.env.MIGRATIE_RAW = raw;
    const { status, failed, rawDir } = await prepareFigure(fig5, "annex");
    expect(rawDir).toBe(await realRawDir());
    expect(failed).toEqual([]);
    expect(status.status).toBe("built");
    if (status.status === "built")
      expect(status.data.sources.map((s) => s.file).every((f) => fs.existsSync(path.join(rawDir, f)))).toBe(true);
    expect(fs.readdirSync(raw)).toEqual([]);
  });
});
