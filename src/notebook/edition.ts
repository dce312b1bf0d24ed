// The notebooks' one source and its four editions. Each figure has one source file,
// notebooks/source/<name>.md: its prose in Dutch and English, its code cells once. From it
// `npm run notebooks:generate` writes the student's notebook in each language (notebooks/nl/,
// notebooks/en/) and the teacher's solutions (notebooks/solutions/nl/, .../en/). The code cells of
// the editions cannot drift apart: there is only one copy, and test/notebook/edition.test.ts fails
// when a committed notebook is not what its source generates.
//
// The source format, one directive per line:
//   <!-- figure: fig6 -->   first line: the figure the notebook is about
//   <!-- markdown -->       a Markdown cell, followed by <!-- nl --> text and <!-- en --> text
//   <!-- code -->           a code cell; a line `//nl: text` or `//en: text` is a comment in that edition only
//   <!-- exercises -->      the figure's exercises (src/notebook/exercises/<figure>.ts): questions and
//                           answer cells for students, worked solutions and typical mistakes for teachers
//   <!-- readings -->       the section "Does the statement depend on choices?" (the claims' readings;
//                           after the cell that declares `claims` and `annex` from nb.audit())
//   <!-- readings: own -->  the same, followed by how to add a reading of one's own: the code cell
//                           after it is the figure's example (tryReading)
import type { FigureId } from "../catalog/annex";
import { LANGS } from "../config";
import { messages, type Lang } from "../i18n/index";
import type { Exercise, FigureExercises } from "./exercises/check";

type SourceCell =
  | { kind: "markdown"; text: Record<Lang, string> }
  | { kind: "code"; code: string }
  | { kind: "exercises" }
  | { kind: "readings"; own: boolean };

export interface NotebookSource {
  /** The source's file name without .md: the notebooks' name (fig6-eu-asylum-per-1000). */
  name: string;
  figure: FigureId;
  cells: SourceCell[];
}

const DIRECTIVE = /^<!-- (figure: (fig\d+)|markdown|nl|en|code|exercises|readings|readings: own) -->$/;

/** Reads a source file's text; an error names the file, the line and what is wrong. */
export function parseSource(name: string, text: string): NotebookSource {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const fail = (line: number, why: string): never => {
    throw new Error(`notebooks/source/${name}.md:${line}: ${why}`);
  };
  const first = lines[0]?.match(DIRECTIVE);
  if (!first?.[2]) fail(1, "the first line must be <!-- figure: figN -->");
  const figure = first![2] as FigureId;
  const cells: SourceCell[] = [];
  // The open cell and, for Markdown, the language whose text is being read.
  let open: { kind: "markdown" | "code"; line: number; lang?: Lang; text: Partial<Record<Lang, string[]>> } | undefined;
  const close = () => {
    if (!open) return;
    const trimmed = (ls: string[] = []) => ls.join("\n").trim();
    if (open.kind === "code") {
      const code = trimmed(open.text.nl);
      if (!code) fail(open.line, "an empty code cell");
      cells.push({ kind: "code", code });
    } else {
      const text = { nl: trimmed(open.text.nl), en: trimmed(open.text.en) };
      for (const lang of LANGS) if (!text[lang]) fail(open.line, `a Markdown cell without its <!-- ${lang} --> text`);
      cells.push({ kind: "markdown", text });
    }
    open = undefined;
  };
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    const d = line.match(DIRECTIVE)?.[1];
    if (d === "markdown" || d === "code") {
      close();
      open = { kind: d, line: n, text: d === "code" ? { nl: [] } : {} };
    } else if (d === "nl" || d === "en") {
      if (open?.kind !== "markdown") fail(n, `<!-- ${d} --> outside a Markdown cell`);
      if (open!.text[d]) fail(n, `a second <!-- ${d} --> text in one Markdown cell`);
      open!.lang = d;
      open!.text[d] = [];
    } else if (d === "exercises") {
      close();
      cells.push({ kind: d });
    } else if (d === "readings" || d === "readings: own") {
      close();
      cells.push({ kind: "readings", own: d === "readings: own" });
    } else if (d) {
      fail(n, "<!-- figure: ... --> belongs on the first line only");
    } else if (open?.kind === "code") {
      open.text.nl!.push(line);
    } else if (open?.lang) {
      open.text[open.lang]!.push(line);
    } else if (line.trim()) {
      fail(n, "text outside a cell (start one with <!-- markdown --> or <!-- code -->)");
    }
  });
  close();
  return { name, figure, cells };
}

/** A code cell in one language: `//nl: ...` lines become comments in Dutch and are left out in English. */
export function localCode(code: string, lang: Lang): string {
  return code
    .split("\n")
    .flatMap((line) => {
      const m = line.match(/^(\s*)\/\/(nl|en): ?(.*)$/);
      if (!m) return [line];
      return m[2] === lang ? [`${m[1]}// ${m[3]}`] : [];
    })
    .join("\n");
}

interface Cell {
  cell_type: "markdown" | "code";
  metadata: Record<string, never>;
  source: string[];
  execution_count?: null;
  outputs?: never[];
}

const md = (text: string): Cell => ({ cell_type: "markdown", metadata: {}, source: lines(text) });
const code = (text: string): Cell => ({
  cell_type: "code",
  execution_count: null,
  metadata: {},
  outputs: [],
  source: lines(text),
});
// nbformat's source: a list of lines, each but the last ending in \n.
const lines = (text: string) => text.split("\n").map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l));

/** The exported name of a figure's exercises (FIG6_EXERCISES), as src/index.ts exports it. */
const setName = (figure: FigureId) => `${figure.toUpperCase()}_EXERCISES`;

function exerciseCells(set: FigureExercises, lang: Lang, solutions: boolean): Cell[] {
  const t = messages(lang);
  const uses = [...new Set(set.exercises.flatMap((e) => e.uses))].sort();
  const setup = code(
    [
      `import { ${[...uses, "notebookExercises", setName(set.figure)].join(", ")} } from "migratie-in-cijfers";`,
      `const exercises = notebookExercises(${setName(set.figure)}, nb, nb.lang);`,
    ].join("\n"),
  );
  const cells = [md(t.exercise.section(`src/notebook/exercises/${set.figure}.ts`)), setup];
  set.exercises.forEach((ex: Exercise, i) => {
    const question = t.exercise.question(i + 1, ex.title[lang], ex.question[lang]);
    const key = JSON.stringify(ex.key);
    if (!solutions) {
      cells.push(
        md(question),
        code(
          [
            ...ex.starter,
            `const ${ex.answer} = undefined; // ${t.notebook.yourAnswer}`,
            `tslab.display.markdown(exercises.check(${key}, ${ex.answer}).message);`,
          ].join("\n"),
        ),
      );
      return;
    }
    // A teacher's copy: the worked solution must pass and the typical mistake must fail, or the cell stops.
    // The mistake runs in a block of its own, so its answer does not replace the solution's.
    cells.push(
      md(`${question}\n\n${t.exercise.trains(ex.trains[lang])}\n\n${t.exercise.solution}`),
      code([...ex.solution, `tslab.display.markdown(exercises.expect("pass", ${key}, ${ex.answer}));`].join("\n")),
      md(t.exercise.mistake(ex.mistake.why[lang])),
      code(
        [
          "{",
          ...ex.mistake.code.map((l) => `  ${l}`),
          `  tslab.display.markdown(exercises.expect("fail", ${key}, ${ex.answer}));`,
          "}",
        ].join("\n"),
      ),
    );
  });
  return cells;
}

function readingsCells(lang: Lang, own: boolean): Cell[] {
  const t = messages(lang).notebook;
  const ownCells = own ? [md(t.ownReading)] : [];
  return [
    md(t.readingsSection),
    code(
      [
        'import { readingsMarkdown, showReadings } from "migratie-in-cijfers";',
        "tslab.display.markdown(readingsMarkdown(claims, nb.lang));",
        "showReadings(claims, nb.lang);",
      ].join("\n"),
    ),
    ...ownCells,
  ];
}

export interface Edition {
  lang: Lang;
  /** The teacher's copy: worked solutions and typical mistakes instead of answer cells. */
  solutions: boolean;
}

/** One edition of a notebook as nbformat 4 JSON (with a final newline, as Jupyter writes it). */
export function renderEdition(src: NotebookSource, set: FigureExercises | undefined, edition: Edition): string {
  const { lang, solutions } = edition;
  const t = messages(lang);
  const cells: Cell[] = [];
  if (solutions) {
    const title = src.cells.find((c) => c.kind === "markdown");
    const heading = title?.kind === "markdown" ? (title.text[lang].match(/^# (.*)$/m)?.[1] ?? src.name) : src.name;
    cells.push(
      md(
        `${t.exercise.solutionsTitle(heading)}\n\n${t.exercise.solutionsIntro(`notebooks/${editionPath(src.name, { lang, solutions: false })}`)}`,
      ),
    );
  }
  for (const c of src.cells) {
    if (c.kind === "markdown") cells.push(md(c.text[lang]));
    else if (c.kind === "code") cells.push(code(localCode(c.code, lang)));
    else if (c.kind === "readings") cells.push(...readingsCells(lang, c.own));
    else {
      if (!set)
        throw new Error(`notebooks/source/${src.name}.md: <!-- exercises --> but ${src.figure} has no exercises`);
      cells.push(...exerciseCells(set, lang, solutions));
    }
  }
  const notebook = {
    // nbformat 4.5: every cell has an id, stable across generations so a regenerated notebook diffs cleanly.
    cells: cells.map(({ cell_type, ...rest }, i) => ({ cell_type, id: `c${String(i).padStart(2, "0")}`, ...rest })),
    metadata: {
      kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" },
      language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

/** An edition's folder below notebooks/: nl, en, solutions/nl, solutions/en. */
export const editionFolder = (edition: Edition): string => `${edition.solutions ? "solutions/" : ""}${edition.lang}`;

/** Where an edition goes, relative to notebooks/: nl/<name>.ipynb, solutions/en/<name>.ipynb, ... */
export function editionPath(name: string, edition: Edition): string {
  return `${editionFolder(edition)}/${name}.ipynb`;
}

export const EDITIONS: Edition[] = LANGS.flatMap((lang) => [
  { lang, solutions: false },
  { lang, solutions: true },
]);
