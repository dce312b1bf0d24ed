// Shared machinery of the parsers' property tests (test/parse/*.property.test.ts): fast-check's
// configuration, mutations of real fixtures, and the one property every parser must have.
//
// Seed: FC_SEED when set; else 42 when CI is set (a fixed run in CI); else fast-check picks one
// and prints it with any failure (rerun with FC_SEED=<seed>). Runs: FC_RUNS (default 200 per
// property). Longer: FC_RUNS=20000 npx vitest run test/parse/ (see docs/faults.md).
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "42" : undefined);
fc.configureGlobal({
  ...(seed !== undefined ? { seed: Number(seed) } : {}),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});

/** Per-input time limit: a parse that takes longer counts as a hang. */
const MAX_MS_PER_INPUT = 3000;

/** Test timeout of a property, from the number of runs. */
export const propertyTimeout = () => 30_000 + Number(process.env.FC_RUNS ?? 200) * 50;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Raw JSON text put where a value was: numbers JSON.stringify cannot write (1e999) and odd tokens. */
const HOSTILE_TOKENS = [
  "1e999",
  "-1e999",
  "1e308",
  "-1",
  "-0.5",
  "0.5",
  "2.25",
  "0",
  "123456789012345678901234567890",
  "9007199254740993",
  '"1e999"',
  '"NaN"',
  '"Infinity"',
  '"12"',
  '" 12 "',
  '""',
  '"."',
  "true",
  "null",
  "{}",
  "[]",
  '{"a":1}',
  "[1,2,3]",
  "6000",
  "36000000",
  "1e9",
];

/** Names that are members of Object.prototype, or otherwise odd. */
export const ODD_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  " ",
  "0",
  "-1",
  "geo",
  "time",
  "value",
  "ID",
  "Key",
  "Perioden",
];

export type Mutation =
  | { kind: "token"; at: number; token: string }
  | { kind: "number"; at: number; token: string }
  | { kind: "value"; at: number; value: Json }
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "rename"; at: number; name: string }
  | { kind: "nest"; at: number; depth: number }
  | { kind: "stringify"; at: number }
  | { kind: "negate"; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("token" as const), at: fc.nat(), token: fc.constantFrom(...HOSTILE_TOKENS) }),
  // Numbers are where the damage is done: a hostile token in place of one of them, often.
  {
    arbitrary: fc.record({
      kind: fc.constant("number" as const),
      at: fc.nat(),
      token: fc.constantFrom(...HOSTILE_TOKENS),
    }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant("value" as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fc.nat(),
    name: fc.oneof(fc.constantFrom(...ODD_NAMES), fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant("nest" as const), at: fc.nat(), depth: fc.constantFrom(2, 10, 70, 1000, 20_000) }),
  fc.record({ kind: fc.constant("stringify" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("negate" as const), at: fc.nat() }),
);

/** Every path in a JSON value (root excluded), without recursion. */
function paths(doc: Json): Path[] {
  const out: Path[] = [];
  const stack: [Json, Path][] = [[doc, []]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (p.length) out.push(p);
    if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, [...p, i]]));
    else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) stack.push([v[k], [...p, k]]);
  }
  return out;
}

/** Sets an own property, also one named __proto__ (plain assignment would change the prototype). */
function setOwn(o: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies mutations to a copy of a document and returns its JSON text. Raw tokens are written
 * through placeholders, so the text can hold 1e999 (JSON.parse reads it as Infinity).
 */
export function mutateJson(doc: Json, mutations: Mutation[]): string {
  const root: Json = JSON.parse(JSON.stringify(doc));
  const tokens: string[] = [];
  for (const m of mutations) {
    let all = paths(root);
    if (m.kind === "number") {
      const numbers = all.filter((p) => typeof p.reduce<any>((o, k) => o[k], root) === "number");
      if (numbers.length) all = numbers;
    }
    if (!all.length) break;
    const p = all[m.at % all.length];
    const parent = p.slice(0, -1).reduce<any>((o, k) => o[k], root) as any;
    const key = p[p.length - 1];
    const current: Json = parent[key];
    const put = (v: Json) => (Array.isArray(parent) ? (parent[key as number] = v) : setOwn(parent, String(key), v));
    switch (m.kind) {
      case "token":
      case "number":
        tokens.push(m.token);
        put(`@@TOKEN${tokens.length - 1}@@`);
        break;
      case "value":
        put(m.value);
        break;
      case "delete":
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case "duplicate":
        if (Array.isArray(parent)) parent.splice(key as number, 0, JSON.parse(JSON.stringify(current)));
        else setOwn(parent, `${String(key)}_copy`, JSON.parse(JSON.stringify(current)));
        break;
      case "rename":
        if (!Array.isArray(parent)) {
          delete parent[key];
          setOwn(parent, m.name, current);
        } else if (typeof current === "string") put(m.name); // a code in an index array
        break;
      case "nest": // as text: JSON.stringify itself cannot write a value nested thousands deep
        tokens.push("[".repeat(m.depth) + JSON.stringify(current) + "]".repeat(m.depth));
        put(`@@TOKEN${tokens.length - 1}@@`);
        break;
      case "stringify":
        put(typeof current === "string" ? current : (JSON.stringify(current) ?? ""));
        break;
      case "negate":
        if (typeof current === "number") put(current === 0 ? -1 : -current);
        break;
    }
  }
  let text = JSON.stringify(root);
  tokens.forEach((t, i) => (text = text.replace(`"@@TOKEN${i}@@"`, t)));
  return text;
}

/**
 * The property every parser must have: it returns (then `numbers` of the result are all finite
 * and `check` holds), or it throws an Error that names the file and is neither a TypeError nor a
 * RangeError (a crash, not a refusal); and it returns within MAX_MS_PER_INPUT.
 */
export function refusesOrReadsFinite<T>(
  file: string,
  parse: () => T,
  numbers: (result: T) => Iterable<unknown>,
  check?: (result: T) => void,
): void {
  const started = Date.now();
  let result: T;
  try {
    result = parse();
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`threw a non-Error: ${String(e)}`, { cause: e });
    if (e instanceof TypeError || e instanceof RangeError)
      throw new Error(`crashed with ${e.name}: ${e.message}`, { cause: e });
    if (!e.message.startsWith(`${file}: `))
      throw new Error(`refused without naming the file: ${e.message}`, { cause: e });
    checkTime(started);
    return;
  }
  checkTime(started);
  for (const n of numbers(result)) {
    if (n === null) continue;
    if (typeof n !== "number" || !Number.isFinite(n))
      throw new Error(`returned a value that is not a finite number: ${String(n)}`);
  }
  check?.(result);
}

function checkTime(started: number): void {
  const ms = Date.now() - started;
  if (ms > MAX_MS_PER_INPUT) throw new Error(`took ${ms} ms: a hang?`);
}
