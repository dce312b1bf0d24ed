// The vintage diff's comparison, on data in memory: two vintages (their raw files' sidecar states,
// their figures built in annex and latest mode, their claims) in, what changed out. Which raw files
// changed, per figure which values changed (old, new), which years, countries or other keys
// appeared or disappeared, and which claims change status. Figures are compared in annex mode
// (revisions of what the publication shows) and in latest mode (what the newest data adds).
// Reading the two folders is diff-read.ts; the text (diff.md, update.md) is diff-markdown.ts.
import type { ColumnTable } from "arquero";
import { sourceById } from "../catalog/sources";
import type { ClaimResult, ClaimStatus } from "../claims/types";
import { rowsOf } from "../figures/rows";
import { MODES, type FigureModule, type FigureStatus, type Mode } from "../figures/types";
import type { Builds } from "./audit";

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

export interface FileState {
  sha256: string;
  /** The producer's version (CBS TableInfos.Modified, Eurostat updated), where known. */
  version?: string;
  /** When the file was downloaded. */
  retrieved: string;
}

export interface FileChange {
  sourceId: string;
  file: string;
  a?: FileState;
  b?: FileState;
  change: "same" | "changed" | "added" | "removed" | "absent" | "unreadable";
  message?: string;
}

interface CellChange {
  key: Row;
  column: string;
  old: Value;
  new: Value;
}

export interface TableDiff {
  /** data.csv or <extra>.csv */
  table: string;
  mode: Mode;
  keyColumns: string[];
  valueColumns: string[];
  changed: CellChange[];
  appeared: Row[];
  disappeared: Row[];
  /** Per key column, the values (years, countries, motives, ...) only in B or only in A. */
  appearedKeys: Record<string, string[]>;
  disappearedKeys: Record<string, string[]>;
  columnsAdded: string[];
  columnsRemoved: string[];
  /**
   * Latest mode, a table without a year column: the figure's period moved, so its values are over
   * different years and are not compared.
   */
  periodMoved?: { from?: string; to?: string };
}

export interface FigureSide {
  status: FigureStatus["status"];
  message?: string;
  /** Latest-mode period, e.g. "1975-2024". */
  latestPeriod?: string;
  annexPeriod?: string;
}

export interface FigureDiff {
  id: string;
  title: string;
  a: FigureSide;
  b: FigureSide;
  tables: TableDiff[];
}

export interface ClaimSide {
  status: ClaimStatus;
  computed: ClaimResult["computed"];
  detail?: string;
}

export interface ClaimChange {
  id: string;
  figure: string;
  statement: string;
  a: ClaimSide;
  b: ClaimSide;
}

export interface VintageDiff {
  dirA: string;
  dirB: string;
  files: FileChange[];
  figures: FigureDiff[];
  /** Claims whose status or computed value differs between A and B. */
  claims: ClaimChange[];
}

/** A raw file of a vintage as read: its sidecar's state, undefined when absent, or why it could not be read. */
export type FileRead = FileState | { error: string } | undefined;

/** One vintage as diff-read.ts reads it from its folder. */
export interface Vintage {
  dir: string;
  /** Per source id. */
  files: Map<string, FileRead>;
  /** Every compared figure, built in both modes. */
  builds: Builds;
  claims: ClaimResult[];
}

// ---------------------------------------------------------------- files

export function diffFiles(
  sourceIds: string[],
  filesA: Map<string, FileRead>,
  filesB: Map<string, FileRead>,
): FileChange[] {
  return sourceIds.map((id) => {
    const file = sourceById(id).file;
    const a = filesA.get(id);
    const b = filesB.get(id);
    for (const x of [a, b])
      if (x && "error" in x) return { sourceId: id, file, change: "unreadable", message: x.error };
    const stateA = a as FileState | undefined;
    const stateB = b as FileState | undefined;
    let change: FileChange["change"];
    if (!stateA && !stateB) change = "absent";
    else if (!stateA) change = "added";
    else if (!stateB) change = "removed";
    else change = stateA.sha256 === stateB.sha256 ? "same" : "changed";
    return { sourceId: id, file, a: stateA, b: stateB, change };
  });
}

// ---------------------------------------------------------------- tables

const isNumeric = (v: unknown) => v === null || v === undefined || typeof v === "number" || typeof v === "boolean";

/**
 * Key columns identify a row: "year" and every column holding text (geo, label, series,
 * motive). The other columns hold the values that are compared.
 */
function splitColumns(rowsA: Row[], rowsB: Row[], columns: string[]): { keys: string[]; values: string[] } {
  const keys = columns.filter((c) => c === "year" || [...rowsA, ...rowsB].some((r) => !isNumeric(r[c])));
  return { keys, values: columns.filter((c) => !keys.includes(c)) };
}

const keyOf = (r: Row, keys: string[]) => JSON.stringify(keys.map((k) => r[k] ?? null));

function indexRows(rows: Row[], keys: string[]): Map<string, Row> {
  const m = new Map<string, Row>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r, keys);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    m.set(n ? `${k}#${n}` : k, r); // repeated keys keep their order of appearance
  }
  return m;
}

const same = (x: Value, y: Value) => x === y || (Number.isNaN(x) && Number.isNaN(y));

export function diffTables(name: string, mode: Mode, a: ColumnTable, b: ColumnTable): TableDiff {
  const colsA = a.columnNames();
  const colsB = b.columnNames();
  const rowsA = rowsOf<Row>(a);
  const rowsB = rowsOf<Row>(b);
  const shared = colsA.filter((c) => colsB.includes(c));
  const { keys, values } = splitColumns(rowsA, rowsB, shared);
  const ia = indexRows(rowsA, keys);
  const ib = indexRows(rowsB, keys);
  const pick = (r: Row) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null])) as Row;
  const changed: CellChange[] = [];
  const appeared: Row[] = [];
  const disappeared: Row[] = [];
  for (const [k, rb] of ib) {
    const ra = ia.get(k);
    if (!ra) {
      appeared.push(rb);
      continue;
    }
    for (const c of values) {
      const old = ra[c] ?? null;
      const now = rb[c] ?? null;
      if (!same(old, now)) changed.push({ key: pick(rb), column: c, old, new: now });
    }
  }
  for (const [k, ra] of ia) if (!ib.has(k)) disappeared.push(ra);
  const keyValues = (rows: Row[], k: string) => new Set(rows.map((r) => String(r[k] ?? "")));
  const appearedKeys: Record<string, string[]> = {};
  const disappearedKeys: Record<string, string[]> = {};
  for (const k of keys) {
    const va = keyValues(rowsA, k);
    const vb = keyValues(rowsB, k);
    const plus = [...vb].filter((v) => !va.has(v));
    const minus = [...va].filter((v) => !vb.has(v));
    if (plus.length) appearedKeys[k] = plus;
    if (minus.length) disappearedKeys[k] = minus;
  }
  return {
    table: name,
    mode,
    keyColumns: keys,
    valueColumns: values,
    changed,
    appeared,
    disappeared,
    appearedKeys,
    disappearedKeys,
    columnsAdded: colsB.filter((c) => !colsA.includes(c)),
    columnsRemoved: colsA.filter((c) => !colsB.includes(c)),
  };
}

const isEmpty = (t: TableDiff) =>
  !t.changed.length &&
  !t.appeared.length &&
  !t.disappeared.length &&
  !t.columnsAdded.length &&
  !t.columnsRemoved.length;

const tablesOf = (s: FigureStatus): [string, ColumnTable][] =>
  s.status === "built"
    ? [
        ["data.csv", s.data.table],
        ...Object.entries(s.data.extraTables ?? {}).map(([n, t]) => [`${n}.csv`, t] as [string, ColumnTable]),
      ]
    : [];

const side = (annex: FigureStatus, latest: FigureStatus): FigureSide => {
  const out: FigureSide = { status: annex.status };
  if (annex.status !== "built") out.message = annex.message;
  if (annex.status === "built") out.annexPeriod = `${annex.data.period.from}-${annex.data.period.to}`;
  if (latest.status === "built") out.latestPeriod = `${latest.data.period.from}-${latest.data.period.to}`;
  return out;
};

/** Per figure: annex-mode revisions first, then what latest mode adds beyond them. */
export function diffFigure(m: FigureModule, a: Builds, b: Builds): FigureDiff {
  const pick = (bs: Builds, mode: Mode) => bs[mode].find((s) => s.id === m.id)!;
  const sa = side(pick(a, "annex"), pick(a, "latest"));
  const sb = side(pick(b, "annex"), pick(b, "latest"));
  const title =
    [pick(b, "annex"), pick(a, "annex")].flatMap((s) => (s.status === "built" ? [s.data.title] : []))[0] ?? m.title;
  const tables: TableDiff[] = [];
  const reported = new Set<string>();
  for (const mode of MODES) {
    const ta = new Map(tablesOf(pick(a, mode)));
    const tb = new Map(tablesOf(pick(b, mode)));
    const periodMoved = mode === "latest" && sa.latestPeriod !== sb.latestPeriod;
    for (const [name, tA] of ta) {
      const tB = tb.get(name);
      if (!tB) continue;
      const d = diffTables(name, mode, tA, tB);
      // Latest mode repeats the annex period: report only what annex mode did not show already.
      const id = (c: CellChange) => `${name}|${JSON.stringify(c.key)}|${c.column}|${String(c.old)}|${String(c.new)}`;
      if (mode === "annex") d.changed.forEach((c) => reported.add(id(c)));
      else d.changed = d.changed.filter((c) => !reported.has(id(c)));
      if (periodMoved && !d.keyColumns.includes("year") && d.changed.length) {
        d.periodMoved = { from: sa.latestPeriod, to: sb.latestPeriod };
        d.changed = [];
      }
      if (mode === "latest") {
        // Rows and key values the annex-mode comparison already listed are not repeated.
        const annexDiff = tables.find((t) => t.mode === "annex" && t.table === name);
        if (annexDiff) {
          for (const [rec, seen] of [
            [d.appearedKeys, annexDiff.appearedKeys],
            [d.disappearedKeys, annexDiff.disappearedKeys],
          ] as const) {
            for (const k of Object.keys(rec)) {
              rec[k] = rec[k].filter((v) => !(seen[k] ?? []).includes(v));
              if (!rec[k].length) delete rec[k];
            }
          }
          const rowId = (r: Row) => JSON.stringify(r);
          const seenUp = new Set(annexDiff.appeared.map(rowId));
          const seenDown = new Set(annexDiff.disappeared.map(rowId));
          d.appeared = d.appeared.filter((r) => !seenUp.has(rowId(r)));
          d.disappeared = d.disappeared.filter((r) => !seenDown.has(rowId(r)));
        }
      }
      if (!isEmpty(d) || d.periodMoved) tables.push(d);
    }
  }
  return { id: m.id, title, a: sa, b: sb, tables };
}

/** The claims whose status or computed value changed. */
export function diffClaims(ca: ClaimResult[], cb: ClaimResult[]): ClaimChange[] {
  const out: ClaimChange[] = [];
  for (const b of cb) {
    const a = ca.find((x) => x.id === b.id);
    // Computed values compared by their JSON: equal numbers, years or lists are equal.
    if (!a || (a.status === b.status && JSON.stringify(a.computed) === JSON.stringify(b.computed))) continue;
    out.push({
      id: b.id,
      figure: b.figure,
      statement: b.statement,
      a: { status: a.status, computed: a.computed, detail: a.detail },
      b: { status: b.status, computed: b.computed, detail: b.detail },
    });
  }
  return out;
}

/** Compares two vintages figure by figure. */
export function compareVintages(a: Vintage, b: Vintage, modules: FigureModule[]): VintageDiff {
  const sourceIds = [...new Set(modules.flatMap((m) => m.sourceIds))];
  return {
    dirA: a.dir,
    dirB: b.dir,
    files: diffFiles(sourceIds, a.files, b.files),
    figures: modules.map((m) => diffFigure(m, a.builds, b.builds)),
    claims: diffClaims(a.claims, b.claims),
  };
}
