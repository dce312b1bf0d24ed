// index.html and audit.md in the build's language (synthetic builds, see synthetic.ts): the Dutch
// page has Dutch headings, table headers, labels and summaries and none of the English ones; the
// English page keeps its English texts and shows none of the Dutch ones. Status codes stay codes
// where they are identifiers (data-status, CSS classes).
import * as os from "node:os";
import * as path from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { FigureStatus } from "../../src/figures/types";
import { messages, type Lang } from "../../src/i18n/index";
import { auditClaims, auditMarkdown } from "../../src/report/audit";
import { indexHtml } from "../../src/report/index-page";
import { annexData, dataLine } from "../../src/raw/data-source";
import { notebookDirs } from "../../src/cli/notebook-runner";
import { langOutDir } from "../../src/paths";
import { DUTCH_LABELS, ENGLISH_LABELS, labelsIn } from "./labels";
import { builds, claims, modules } from "./synthetic";

/** Figure 1 as built, with a note and an empty cell; figure 2 needs data (synthetic.ts). */
function figures(): FigureStatus[] {
  const [fig1, fig2] = builds.annex;
  if (fig1.status !== "built") throw new Error("synthetic fig1 is built");
  const table = aq.from([
    { year: 2000, persons: 1000 },
    { year: 2001, persons: null },
  ]);
  return [{ ...fig1, data: { ...fig1.data, table, notes: ["A synthetic note."] } }, fig2];
}

/** With the run's data line (the shipped vintage), as npm run figures writes it. */
function outputs(lang: Lang) {
  const results = auditClaims(builds, { claims, knownFigures: ["fig1", "fig2"], lang });
  const data = dataLine(annexData(), lang);
  return {
    html: indexHtml({ modules, figures: figures(), mode: "annex", claims: results, data, lang }),
    md: auditMarkdown({ modules, builds, claims: results, data, lang }),
  };
}

describe("the report's fixed texts", () => {
  it("come in pairs: no label is the same text in the two lists, and the lists are not empty", () => {
    expect(ENGLISH_LABELS.length).toBeGreaterThan(40);
    expect(DUTCH_LABELS.length).toBeGreaterThan(40);
    expect(ENGLISH_LABELS.filter((l) => DUTCH_LABELS.includes(l))).toEqual([]);
  });

  it("hold no markup characters (index.html puts some of them around html arguments unescaped)", () => {
    for (const lang of ["nl", "en"] as const) {
      const intro = messages(lang).report.intro("M", "L", "S");
      expect(intro, lang).not.toMatch(/[<>&]/);
    }
  });
});

describe("index.html in Dutch (the default build)", () => {
  const { html } = outputs("nl");

  it("has Dutch headings, table headers, labels and summaries", () => {
    for (const dutch of [
      "<title>Migratie in cijfers: figuren en audit</title>",
      "<h2>Figuren die data nodig hebben</h2>",
      "<th>figuur</th><th>uitspraak</th><th>gepubliceerd</th><th>berekend</th><th>status</th>",
      "<summary>data.csv (2 rijen)</summary>",
      '<td class="missing" title="ontbreekt">–</td>',
      "<p>Modus: annex, periode 2000-2003.</p>",
      "<h3>Bronnen</h3>",
      "<h3>Toelichting</h3>",
      "<h3>Beweringen</h3>",
      "stand: versie 2030-01-01, opgehaald 2030-01-02 (vastgelegd), uit live download van 2030-01-02 (/tmp/raw); bestand <code>cbs/TEST01NED/TypedDataSet.json</code>",
      "opvraagadres: <code>https://example.invalid/TEST01NED</code>",
      '<span class="citation">bronvermelding: CBS StatLine, TEST01NED',
      "<strong>Heeft data nodig.</strong>",
      "<p>Ontbreekt: <code>",
      "5 beweringen: 1 gereproduceerd, 1 wijkt af, 3 hebben data nodig.",
      "Figuren in modus <strong>annex</strong> (de perioden van de publicatie); beweringen worden gecontroleerd in modus annex, tenzij gemarkeerd met <em>nieuwste data</em>.",
      "<em>(nieuwste data)</em>",
      ">gereproduceerd</td>",
      ">wijkt af: gepubliceerd 2003, berekend 2005</td>",
      "<h2>Audit</h2>",
      "Houd de muis boven een uitspraak",
      '<p id="data-used">Data: annex-vintage data/annex-2025 (meegeleverd met het pakket; opgehaald ',
      "bronvermelding: CBS StatLine, TEST01NED Synthetic table, versie 2030-01-01, opgehaald 2030-01-02, https://example.invalid/TEST01NED, licentie CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)</span>",
      ">(geen uitspraak in het register van de bijlage noemt a-annex)</td>",
    ]) {
      expect(html).toContain(dutch);
    }
  });

  it("shows none of the English fixed texts", () => {
    expect(labelsIn(html, ENGLISH_LABELS)).toEqual([]);
  });

  it("keeps the status codes where they are identifiers", () => {
    expect(html).toContain('<tr data-claim="a-annex" data-status="reproduced">');
    expect(html).toContain('<td class="status-differs">');
    expect(html).toContain('<section class="figure" id="fig2" data-figure="fig2" data-status="needs-data">');
    expect(html).toContain('<li data-figure="fig2" data-status="needs-data">');
  });
});

describe("index.html in English", () => {
  const { html } = outputs("en");

  it("keeps its English texts", () => {
    for (const english of [
      "<title>Migratie in cijfers: figures and audit</title>",
      "<h2>Figures that need data</h2>",
      "<th>figure</th><th>statement</th><th>published</th><th>computed</th><th>status</th>",
      "<summary>data.csv (2 rows)</summary>",
      '<td class="missing" title="missing">–</td>',
      "<p>Mode: annex, period 2000-2003.</p>",
      "<h3>Sources</h3>",
      "vintage: version 2030-01-01, retrieved 2030-01-02 (recorded), from live download of 2030-01-02 (/tmp/raw); file <code>",
      "request: <code>https://example.invalid/TEST01NED</code>",
      '<span class="citation">cite as: CBS StatLine, TEST01NED',
      "<strong>Needs data.</strong>",
      "5 claims: 1 reproduced, 1 differ, 3 need data.",
      "Figures in <strong>annex</strong> mode (the publication's periods); claims are checked in annex mode unless marked <em>latest</em>.",
      "<em>(latest)</em>",
      ">differs: published 2003, computed 2005</td>",
      "Hover a statement for the rule it is checked by",
      '<p id="data-used">Data: annex vintage data/annex-2025 (shipped with the package; retrieved ',
      "cite as: CBS StatLine, TEST01NED Synthetic table, version 2030-01-01, retrieved 2030-01-02, https://example.invalid/TEST01NED, licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)</span>",
      ">(no statement of the annex registry names a-annex)</td>",
    ]) {
      expect(html).toContain(english);
    }
  });

  it("shows none of the Dutch fixed texts", () => {
    expect(labelsIn(html, DUTCH_LABELS)).toEqual([]);
  });
});

describe("audit.md and index.html: the check finds the other language's texts (it can fail)", () => {
  it("finds the English labels in the English outputs and the Dutch ones in the Dutch outputs", () => {
    const nl = outputs("nl");
    const en = outputs("en");
    const found = (labels: string[], text: string) => labelsIn(text, labels).length;
    expect(found(ENGLISH_LABELS, en.html + en.md)).toBeGreaterThan(30);
    expect(found(DUTCH_LABELS, nl.html + nl.md)).toBeGreaterThan(30);
  });
});

describe("index.html's notebook links", () => {
  // Where the runner puts each edition's page (notebookDirs), resolved from the page that links to it.
  const out = path.join(os.tmpdir(), "out");
  const root = path.join(os.tmpdir(), "project");
  const page = (edition: string, name: string) =>
    path.join(notebookDirs(out, path.join(root, "notebooks", edition, `${name}.ipynb`), root).pages, `${name}.html`);

  it.each([
    ["nl", ["nl", "solutions/nl", "en"]],
    ["en", ["en", "solutions/en", "nl"]],
  ] as const)(
    "lead from the %s index.html to its page, its solutions and the other edition's page",
    (lang, editions) => {
      const { html } = outputs(lang);
      const section = /<p class="notebook-links">(.*?)<\/p>/.exec(html)?.[1] ?? "";
      const hrefs = [...section.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      const from = langOutDir(out, lang);
      expect(hrefs.map((h) => path.resolve(from, h))).toEqual(editions.map((e) => page(e, "fig1-test")));
    },
  );
});
