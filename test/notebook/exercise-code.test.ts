// Every exercise's code compiles as written, as tslab type-checks a notebook cell (its own
// settings: not strict): the student's starter (with the answer still
// undefined), the worked solution, the typical mistake, and every call a question or hint shows in
// backticks. Figure 6's hint once called euCrossSection with an argument missing; this catches that.
// No shorthand properties either ({ fig }): tslab cannot resolve them to an earlier cell's variable.
import * as path from "node:path";
import * as ts from "typescript";
import { describe, expect, it } from "vitest";
import type { Exercise, FigureExercises } from "../../src/notebook/exercises/check";
import { EXERCISE_SETS, NOTEBOOK_NAMES } from "./exercise-sets";

const root = path.join(__dirname, "..", "..");

/** The notebook's setup as a declaration prelude: its variables, and the names the exercise imports. */
function prelude(set: FigureExercises, ex: Exercise): string {
  const imports = ex.uses.map(
    (name) => `import { ${name} } from ${JSON.stringify(path.join(root, NOTEBOOK_NAMES[name].module))};`,
  );
  return [
    `import type { FigureData } from ${JSON.stringify(path.join(root, "src/figures/types"))};`,
    ...imports,
    "declare const fig: FigureData; declare const rawDir: string;",
    set.figure === "fig7" ? "declare const demo: FigureData; declare const withoutDublin: FigureData;" : "",
    "export {};",
  ].join("\n");
}

/** Code spans that are calls, e.g. `positiveShare(360, 1200)`: they must compile too. */
const calls = (text: string) => [...text.matchAll(/`([A-Za-z_$][\w$.]*\([^`]*\))`/g)].map((m) => m[1]);

interface Snippet {
  name: string;
  code: string;
}

function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const set of EXERCISE_SETS) {
    for (const ex of set.exercises) {
      const id = `${set.figure}.${ex.key}`;
      const head = prelude(set, ex);
      out.push({
        name: `${id} starter`,
        code: [head, ...ex.starter, `const ${ex.answer} = undefined; // your answer`].join("\n"),
      });
      out.push({ name: `${id} solution`, code: [head, ...ex.solution].join("\n") });
      out.push({ name: `${id} mistake`, code: [head, ...ex.mistake.code].join("\n") });
      const texts = [ex.hint.nl, ex.hint.en, ex.question.nl, ex.question.en];
      texts.flatMap(calls).forEach((c, i) =>
        out.push({
          name: `${id} code in its text ${i + 1}: ${c}`,
          code: [head, ...ex.solution, `void (${c});`].join("\n"),
        }),
      );
    }
  }
  return out;
}

describe("exercise code", () => {
  const all = snippets();
  const files = new Map(all.map((s, i) => [path.join(root, `__exercise_${i}.ts`), s]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    // tslab's own settings (tslab/dist/converter.js): not strict.
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(f)?.code ?? readFile(f);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    files.has(f) ? ts.createSourceFile(f, files.get(f)!.code, lang, true) : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);

  for (const [file, s] of files) {
    it(`${s.name} compiles as tslab compiles it`, () => {
      const sf = program.getSourceFile(file)!;
      const errors = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      );
      expect(errors, s.code).toEqual([]);
      const shorthand: string[] = [];
      const visit = (n: ts.Node) => {
        if (ts.isShorthandPropertyAssignment(n)) shorthand.push(n.name.text);
        ts.forEachChild(n, visit);
      };
      visit(sf);
      expect(shorthand, "shorthand properties do not work across tslab cells").toEqual([]);
    });
  }

  it("a call with a missing argument is caught (the check itself can fail)", () => {
    const bad = ts.createProgram(
      [path.join(root, "__bad.ts")],
      options,
      Object.assign(ts.createCompilerHost(options), {
        getSourceFile: (f: string, l: ts.ScriptTarget) =>
          f.endsWith("__bad.ts")
            ? ts.createSourceFile(
                f,
                `import { euCrossSection } from ${JSON.stringify(path.join(root, "src/figures/eu-average"))};\neuCrossSection([], 2008, 2017);`,
                l,
                true,
              )
            : host.getSourceFile(f, l),
        fileExists: (f: string) => f.endsWith("__bad.ts") || fileExists(f),
      }),
    );
    const errors = bad
      .getSemanticDiagnostics(bad.getSourceFile(path.join(root, "__bad.ts")))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors.join("\n")).toMatch(/Expected 4-5 arguments, but got 3/);
  });
});
