// The teacher's pages (docs/teaching.md, docs/teaching.nl.md) name every notebook and every
// exercise in their own language, so a new exercise or a renamed one shows up here first.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../../src/figures/index";
import { EXERCISE_SETS } from "./exercise-sets";

const docs = path.join(__dirname, "..", "..", "docs");
const pages = { en: "teaching.md", nl: "teaching.nl.md" } as const;

describe("the teacher's pages", () => {
  for (const [lang, file] of Object.entries(pages) as [keyof typeof pages, string][]) {
    const text = fs.readFileSync(path.join(docs, file), "utf8");
    it(`${file} names every notebook`, () => {
      for (const m of FIGURES) expect(text, m.notebook).toContain(m.notebook);
    });
    it(`${file} names every exercise and what it trains, in its language`, () => {
      for (const set of EXERCISE_SETS)
        for (const ex of set.exercises) {
          expect(text, `${set.figure}.${ex.key} title`).toContain(ex.title[lang]);
          expect(text, `${set.figure}.${ex.key} trains`).toContain(ex.trains[lang]);
        }
    });
    it(`${file} links its twin in the other language`, () => {
      expect(text).toContain(lang === "en" ? "(teaching.nl.md)" : "(teaching.md)");
    });
  }
});
