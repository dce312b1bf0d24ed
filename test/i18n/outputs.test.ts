// Both languages in one output folder (issue 15 §1): Dutch in out/, English in out/en/, one
// plotly.js copy in out/assets/ for both, each index.html linking the other's by a relative path
// (with how to build it while it is not there), English audit.md with English titles and each
// statement quoted in Dutch beside its English rendering; MIGRATIE_LANG checked like --lang.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildAll } from "../../src/build";
import { ANNEX_FIGURES } from "../../src/catalog/annex";
import { checkLang, ConfigError, envLang, refuseOverlap } from "../../src/config";
import { figureById } from "../../src/figures/index";
import { langFromEnv } from "../../src/notebook/present";
import { PLOTLY_ASSET } from "../../src/outputs/page";
import { dataFolders, defaultRawDir, langOutDir } from "../../src/paths";
import { readOnlyData } from "../../src/raw/data-source";
import { realRawDir } from "../helpers/raw";
import { DUTCH_LABELS, ENGLISH_LABELS, labelsIn } from "../report/labels";

const out = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-i18n-out-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
const saved = process.env.MIGRATIE_LANG;
afterEach(() => {
  if (saved === undefined) delete process.env.MIGRATIE_LANG;
  else process.env.MIGRATIE_LANG = saved;
});

describe("MIGRATIE_LANG and --lang", () => {
  it("nl by default, en when asked, anything else refused naming the setting (also in the notebooks)", () => {
    delete process.env.MIGRATIE_LANG;
    expect(envLang()).toBe("nl");
    process.env.MIGRATIE_LANG = "en";
    expect(langFromEnv()).toBe("en");
    process.env.MIGRATIE_LANG = "fr";
    expect(() => envLang()).toThrow(ConfigError);
    expect(() => langFromEnv()).toThrow('MIGRATIE_LANG must be "nl" or "en", not "fr"');
    expect(() => checkLang("EN", "--lang")).toThrow(/--lang must be "nl" or "en"/);
  });

  it("English outputs go to out/en/, which refuseOverlap does not take for a data folder", () => {
    expect(langOutDir(out, "nl")).toBe(out);
    expect(langOutDir(out, "en")).toBe(path.join(out, "en"));
    expect(() => refuseOverlap(langOutDir(out, "en"), dataFolders(defaultRawDir()))).not.toThrow();
  });
});

describe("an output folder with both languages", () => {
  const modules = [figureById("fig1"), figureById("fig6")];
  let en: Awaited<ReturnType<typeof buildAll>>;
  let enIndexBefore: string;
  beforeAll(async () => {
    const data = readOnlyData(await realRawDir());
    en = await buildAll({ data, outDir: out, mode: "annex", lang: "en", figures: modules, images: false });
    enIndexBefore = fs.readFileSync(path.join(out, "en", "index.html"), "utf8");
    await buildAll({ data, outDir: out, mode: "annex", lang: "nl", figures: modules, images: false });
  });

  it("writes English to out/en/ and Dutch to out/, never over each other", () => {
    expect(en.outDir).toBe(path.join(out, "en"));
    const enCsv = fs.readFileSync(path.join(out, "en", "fig6", "data.csv"), "utf8");
    const nlCsv = fs.readFileSync(path.join(out, "fig6", "data.csv"), "utf8");
    for (const name of ["Netherlands", "Germany", "Switzerland"]) expect(enCsv).toContain(name);
    for (const name of ["Nederland", "Duitsland", "Zwitserland"]) expect(nlCsv).toContain(name);
    const enSpec = fs.readFileSync(path.join(out, "en", "fig6", "figure.json"), "utf8");
    expect(enSpec).toContain("Source: Eurostat Database");
    expect(enSpec).not.toContain("Bron:");
    expect(fs.readFileSync(path.join(out, "fig6", "figure.json"), "utf8")).toContain("Bron: Eurostat Database");
  });

  it("loads one plotly.js for both languages, from out/assets/", () => {
    expect(fs.existsSync(path.join(out, PLOTLY_ASSET))).toBe(true);
    expect(fs.existsSync(path.join(out, "en", "assets"))).toBe(false);
    expect(fs.readFileSync(path.join(out, "en", "fig6", "figure.html"), "utf8")).toContain(
      '<script src="../../assets/plotly.min.js">',
    );
    const enIndex = fs.readFileSync(path.join(out, "en", "index.html"), "utf8");
    expect(enIndex).toContain('<script src="../assets/plotly.min.js">');
    expect(enIndex).toContain('<html lang="en">');
  });

  it("links each index.html to the other language's, saying how to build it while it is not there", () => {
    // English was built first: its link points where the Dutch page will be, with the command.
    expect(enIndexBefore).toMatch(
      /<a href="\.\.\/index\.html" hreflang="nl">Nederlandse versie<\/a> \(not built yet: npm run figures -- --lang nl\)/,
    );
    const nlIndex = fs.readFileSync(path.join(out, "index.html"), "utf8");
    expect(nlIndex).toContain('<a href="en/index.html" hreflang="en">English version</a></p>');
    // Building Dutch updated the English page's link: no "not built yet" left behind.
    expect(fs.readFileSync(path.join(out, "en", "index.html"), "utf8")).toContain(
      '<a href="../index.html" hreflang="nl">Nederlandse versie</a></p>',
    );
  });

  it("English audit.md: English titles, the printed title as reference, statements in Dutch with their English rendering", () => {
    const md = fs.readFileSync(path.join(out, "en", "audit.md"), "utf8");
    expect(md).toContain("## fig1: Immigration and emigration, 1995-2024");
    expect(md).toContain(`Published title: "${ANNEX_FIGURES.fig1.title}"`);
    expect(md).toContain(
      '"Over de periode 1995-2024 vestigden zich 5,3 miljoen mensen in Nederland." (English: Over the period 1995-2024, 5.3 million people settled in the Netherlands.)',
    );
    expect(md).not.toContain("opgehaald");
    const nlMd = fs.readFileSync(path.join(out, "audit.md"), "utf8");
    expect(nlMd).not.toContain("(English:");
    expect(nlMd).toContain("## fig1: Immigratie en emigratie, 1995-2024");
  });

  it("index.html and audit.md have the fixed texts of their build's language only", () => {
    const read = (...p: string[]) => fs.readFileSync(path.join(out, ...p), "utf8");
    const [nlIndex, nlMd, enIndex, enMd] = [
      read("index.html"),
      read("audit.md"),
      read("en", "index.html"),
      read("en", "audit.md"),
    ];
    expect(labelsIn(nlIndex, ENGLISH_LABELS)).toEqual([]);
    expect(labelsIn(nlMd, ENGLISH_LABELS)).toEqual([]);
    expect(labelsIn(enIndex, DUTCH_LABELS)).toEqual([]);
    expect(labelsIn(enMd, DUTCH_LABELS)).toEqual([]);
    expect(nlIndex).toContain("<th>figuur</th><th>uitspraak</th><th>gepubliceerd</th><th>berekend</th><th>status</th>");
    expect(nlMd).toContain("| # | uitspraak | gepubliceerd | berekend | status |");
    expect(enIndex).toContain("<th>figure</th><th>statement</th><th>published</th><th>computed</th><th>status</th>");
    expect(enMd).toContain("| # | statement | published | computed | status |");
  });
});
