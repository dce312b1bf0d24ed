// Compares two raw-data folders in the mirror layout (two mirrors, or a mirror and data/raw after
// a live fetch): which raw files changed, per figure which values changed (old, new), which
// years, countries or other keys appeared or disappeared, and which claims change status.
// Figures are compared in annex mode (revisions of what the publication shows) and in latest
// mode (what the newest data adds).
import * as fs from "node:fs";
import * as path from "node:path";
import type { ColumnTable } from "arquero";
import { sourceById } from "../catalog/sources";
import type { ClaimDefinition, ClaimResult, ClaimStatus } from "../claims/types";
import { FIGURES } from "../figures/index";
import { rowsOf } from "../figures/rows";
import { MODES, type FigureModule, type FigureStatus, type Mode } from "../figures/types";
import { markdownCell } from "../outputs/markdown";
import { rawPath, readSidecar } from "../raw/store";
import { auditClaims, type Builds } from "./audit";
import { buildBothModes } from "./audit-run";

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

export interface CellChange {
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
  note?: string;
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

export interface ClaimChange {
  id: string;
  figure: string;
  statement: string;
  a: { status: ClaimStatus; computed: string | null; detail?: string };
  b: { status: ClaimStatus; computed: string | null; detail?: string };
}

export interface VintageDiff {
  dirA: string;
  dirB: string;
  files: FileChange[];
  figures: FigureDiff[];
  /** Claims whose status or computed value differs between A and B. */
  claims: ClaimChange[];
}

// ---------------------------------------------------------------- files

function fileState(dir: string, sourceId: string): FileState | undefined {
  const p = rawPath(dir, sourceById(sourceId));
  if (!fs.existsSync(p)) return undefined;
  const sc = readSidecar(p, dir);
  const state: FileState = { sha256: sc.sha256, retrieved: sc.retrieved.slice(0, 10) };
  if (sc.tableModified) state.version = sc.tableModified.slice(0, 10);
  return state;
}

export function diffFiles(dirA: string, dirB: string, sourceIds: string[]): FileChange[] {
  return sourceIds.map((id) => {
    const file = sourceById(id).file;
    let a: FileState | undefined;
    let b: FileState | undefined;
    try {
      a = fileState(dirA, id);
      b = fileState(dirB, id);
    } catch (e) {
      return { sourceId: id, file, change: "unreadable", message: (e as Error).message };
    }
    let change: FileChange["change"];
    if (!a && !b) change = "absent";
    else if (!a) change = "added";
    else if (!b) change = "removed";
    else change = a.sha256 === b.sha256 ? "same" : "changed";
    return { sourceId: id, file, a, b, change };
  });
}

// ---------------------------------------------------------------- tables

const isNumeric = (v: unknown) => v === null || v === undefined || typeof v === "number" || typeof v === "boolean";

/**
 * Key columns identify a row: "year" and every column holding text (geo, label, series,
 * motive). The other columns hold the values that are compared.
 */
export function splitColumns(rowsA: Row[], rowsB: Row[], columns: string[]): { keys: string[]; values: string[] } {
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
  !t.changed.length && !t.appeared.length && !t.disappeared.length && !t.columnsAdded.length && !t.columnsRemoved.length;

const tablesOf = (s: FigureStatus): [string, ColumnTable][] =>
  s.status === "built" ? [["data.csv", s.data.table], ...Object.entries(s.data.extraTables ?? {}).map(([n, t]) => [`${n}.csv`, t] as [string, ColumnTable])] : [];

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
  const title = [pick(b, "annex"), pick(a, "annex")].flatMap((s) => (s.status === "built" ? [s.data.title] : []))[0] ?? m.title;
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
        d.note = `the period moved from ${sa.latestPeriod} to ${sb.latestPeriod}: values of this table are over different years and are not compared`;
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
      if (!isEmpty(d) || d.note) tables.push(d);
    }
  }
  return { id: m.id, title, a: sa, b: sb, tables };
}

export function diffClaims(ca: ClaimResult[], cb: ClaimResult[]): ClaimChange[] {
  const out: ClaimChange[] = [];
  for (const b of cb) {
    const a = ca.find((x) => x.id === b.id);
    if (!a || (a.status === b.status && a.computed === b.computed)) continue;
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

/** Compares two raw folders figure by figure; neither folder is written to. */
export function diffRawFolders(dirA: string, dirB: string, modules: FigureModule[] = FIGURES, claims?: ClaimDefinition[]): VintageDiff {
  for (const d of [dirA, dirB]) if (!fs.existsSync(d)) throw new Error(`${d}: no such folder`);
  const a = buildBothModes(modules, dirA);
  const b = buildBothModes(modules, dirB);
  const sourceIds = [...new Set(modules.flatMap((m) => m.sourceIds))];
  return {
    dirA: path.resolve(dirA),
    dirB: path.resolve(dirB),
    files: diffFiles(dirA, dirB, sourceIds),
    figures: modules.map((m) => diffFigure(m, a, b)),
    claims: diffClaims(auditClaims(a, { claims }), auditClaims(b, { claims })),
  };
}

// ---------------------------------------------------------------- text

const fmt = (v: Value) => (v === null ? "–" : String(v));
const keyText = (r: Row) => Object.values(r).map(fmt).join(", ");
const rowText = (r: Row, keys: string[]) => {
  const vals = Object.entries(r).filter(([c]) => !keys.includes(c));
  return `${keys.map((k) => fmt(r[k] ?? null)).join(", ")}${vals.length ? `: ${vals.map(([c, v]) => `${c} ${fmt(v)}`).join(", ")}` : ""}`;
};

function capped<T>(items: T[], limit: number | undefined, line: (x: T) => string): string[] {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const out = shown.map(line);
  if (shown.length < items.length) out.push(`- … and ${items.length - shown.length} more (all in out/diff.md)`);
  return out;
}

function sideText(s: FigureSide): string {
  if (s.status !== "built") return `${s.status}${s.message ? ` (${s.message})` : ""}`;
  return `built, annex ${s.annexPeriod}, latest ${s.latestPeriod}`;
}

function tableText(t: TableDiff, limit: number | undefined): string[] {
  const out = [`#### ${t.table} (${t.mode} mode)`, ""];
  const keys = (rec: Record<string, string[]>) =>
    Object.entries(rec).map(([k, v]) => `${k} ${v.join(", ")}`).join("; ");
  if (Object.keys(t.appearedKeys).length) out.push(`Appeared: ${markdownCell(keys(t.appearedKeys))}.`);
  if (Object.keys(t.disappearedKeys).length) out.push(`Disappeared: ${markdownCell(keys(t.disappearedKeys))}.`);
  if (t.columnsAdded.length) out.push(`Columns added: ${t.columnsAdded.join(", ")}.`);
  if (t.columnsRemoved.length) out.push(`Columns removed: ${t.columnsRemoved.join(", ")}.`);
  if (t.note) out.push(`Note: ${t.note}.`);
  if (t.changed.length) {
    out.push("", `${t.changed.length} value(s) changed:`, "", "| row | column | old | new |", "|---|---|---|---|");
    const shown = limit === undefined ? t.changed : t.changed.slice(0, limit);
    for (const c of shown) out.push(`| ${markdownCell(keyText(c.key))} | ${markdownCell(c.column)} | ${markdownCell(fmt(c.old))} | ${markdownCell(fmt(c.new))} |`);
    if (shown.length < t.changed.length) out.push(`| … | ${t.changed.length - shown.length} more (all in out/diff.md) | | |`);
  }
  if (t.appeared.length) out.push("", `${t.appeared.length} row(s) appeared:`, "", ...capped(t.appeared, limit, (r) => `- ${markdownCell(rowText(r, t.keyColumns))}`));
  if (t.disappeared.length) {
    out.push("", `${t.disappeared.length} row(s) disappeared:`, "", ...capped(t.disappeared, limit, (r) => `- ${markdownCell(rowText(r, t.keyColumns))}`));
  }
  out.push("");
  return out;
}

/** The diff as Markdown: the same text goes to the terminal (with `limit` rows per list) and to out/diff.md (all). */
export function diffMarkdown(d: VintageDiff, opts: { limit?: number } = {}): string {
  const out = [`# Vintage diff`, "", `- A: \`${d.dirA}\``, `- B: \`${d.dirB}\``, "", "## Raw files", "", "| file | change | A | B |", "|---|---|---|---|"];
  const st = (s?: FileState) =>
    s ? `${s.version ? `versie ${s.version}, ` : ""}opgehaald ${s.retrieved}, sha256 ${s.sha256.slice(0, 12)}…` : "–";
  for (const f of d.files) out.push(`| ${f.file} | ${f.change}${f.message ? `: ${markdownCell(f.message)}` : ""} | ${st(f.a)} | ${st(f.b)} |`);

  out.push("", "## Claims that change", "");
  if (!d.claims.length) out.push("No claim changes status or computed value.");
  else {
    out.push("| claim | statement | A | B |", "|---|---|---|---|");
    for (const c of d.claims) {
      const s = (x: ClaimChange["a"]) => markdownCell(`${x.status}${x.computed !== null ? `: ${x.computed}` : x.detail ? `: ${x.detail}` : ""}`);
      const flag = c.a.status !== c.b.status ? ` **${c.a.status} → ${c.b.status}**` : "";
      out.push(`| ${c.id}${flag} | ${markdownCell(c.statement)} | ${s(c.a)} | ${s(c.b)} |`);
    }
  }

  out.push("", "## Figures", "");
  for (const f of d.figures) {
    out.push(`### ${f.id}: ${markdownCell(f.title)}`, "", `- A: ${sideText(f.a)}`, `- B: ${sideText(f.b)}`, "");
    if (f.a.status !== "built" || f.b.status !== "built") {
      out.push(f.a.status === f.b.status ? "Not built from either folder: nothing to compare." : "Built from one folder only: values not compared.", "");
      continue;
    }
    if (!f.tables.length) out.push("No values changed; no rows appeared or disappeared.", "");
    for (const t of f.tables) out.push(...tableText(t, opts.limit));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

/** Counts for a one-line summary. */
export function diffSummary(d: VintageDiff): string {
  const files = d.files.filter((f) => f.change !== "same" && f.change !== "absent").length;
  const values = d.figures.reduce((a, f) => a + f.tables.reduce((x, t) => x + t.changed.length, 0), 0);
  const rows = d.figures.reduce((a, f) => a + f.tables.reduce((x, t) => x + t.appeared.length + t.disappeared.length, 0), 0);
  const status = d.claims.filter((c) => c.a.status !== c.b.status).length;
  return `${files} raw file(s) differ; ${values} value(s) changed; ${rows} row(s) appeared or disappeared; ${status} claim(s) change status`;
}
