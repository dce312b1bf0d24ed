// The vintage diff (diff.ts) as Markdown in the reader's language: out/diff.md and its terminal
// print (`npm run diff`), and out/update.md (`npm run update`). The same text goes to the terminal
// (with `limit` rows per list) and to the file (all rows).
import { DIFF_MESSAGES, type DiffMessages } from "../i18n/diff";
import { messages, type Lang } from "../i18n/index";
import { markdownCell } from "../outputs/markdown";
import type { FetchOutcome, FetchStatus } from "../raw/fetch";
import { formatBytes } from "../raw/progress";
import { shownStatement } from "./audit";
import type { ClaimStatus } from "../claims/types";
import { formatValue } from "../claims/value";
import type { ClaimChange, ClaimSide, FigureSide, FileState, TableDiff, VintageDiff } from "./diff";

type Value = string | number | boolean | null;

export interface DiffTextOptions {
  /** Rows per list (default all). */
  limit?: number;
  lang?: Lang;
  /** The file that holds every row, named where a list is cut (default out/diff.md). */
  file?: string;
}

interface Text {
  t: DiffMessages;
  lang: Lang;
  limit?: number;
  file: string;
}

// Values as in data.csv, with the language's decimal mark.
const valueText = (v: Value, lang: Lang) =>
  v === null ? "–" : typeof v === "number" ? String(v).replace(".", messages(lang).format.decimal) : String(v);
const keyText = (r: Record<string, Value>, lang: Lang) =>
  Object.values(r)
    .map((v) => valueText(v, lang))
    .join(", ");
function rowText(r: Record<string, Value>, keys: string[], lang: Lang): string {
  const vals = Object.entries(r).filter(([c]) => !keys.includes(c));
  const key = keys.map((k) => valueText(r[k] ?? null, lang)).join(", ");
  return `${key}${vals.length ? `: ${vals.map(([c, v]) => `${c} ${valueText(v, lang)}`).join(", ")}` : ""}`;
}

function capped<T>(items: T[], x: Text, line: (item: T) => string): string[] {
  const shown = x.limit === undefined ? items : items.slice(0, x.limit);
  const out = shown.map(line);
  if (shown.length < items.length) out.push(`- … ${x.t.more(items.length - shown.length, x.file)}`);
  return out;
}

function sideText(s: FigureSide, lang: Lang): string {
  if (s.status !== "built")
    return `${messages(lang).report.figureStatus[s.status]}${s.message ? ` (${s.message})` : ""}`;
  return DIFF_MESSAGES[lang].built(s.annexPeriod, s.latestPeriod);
}

function tableText(d: TableDiff, x: Text, heading: string): string[] {
  const { t, lang } = x;
  const out = [`${heading} ${t.tableHeading(d.table, d.mode)}`, ""];
  const keys = (rec: Record<string, string[]>) =>
    Object.entries(rec)
      .map(([k, v]) => `${k} ${v.join(", ")}`)
      .join("; ");
  if (Object.keys(d.appearedKeys).length) out.push(t.appeared(markdownCell(keys(d.appearedKeys))));
  if (Object.keys(d.disappearedKeys).length) out.push(t.disappeared(markdownCell(keys(d.disappearedKeys))));
  if (d.columnsAdded.length) out.push(t.columnsAdded(markdownCell(d.columnsAdded.join(", "))));
  if (d.columnsRemoved.length) out.push(t.columnsRemoved(markdownCell(d.columnsRemoved.join(", "))));
  if (d.periodMoved) out.push(t.periodMoved(d.periodMoved.from ?? "–", d.periodMoved.to ?? "–"));
  if (d.changed.length) {
    out.push("", t.valuesChanged(d.changed.length), "", `| ${t.changeHeader.join(" | ")} |`, "|---|---|---|---|");
    const shown = x.limit === undefined ? d.changed : d.changed.slice(0, x.limit);
    for (const c of shown) {
      out.push(
        `| ${markdownCell(keyText(c.key, lang))} | ${markdownCell(c.column)} | ${markdownCell(valueText(c.old, lang))} | ${markdownCell(valueText(c.new, lang))} |`,
      );
    }
    if (shown.length < d.changed.length) out.push(`| … | ${t.more(d.changed.length - shown.length, x.file)} | | |`);
  }
  const rows = (r: Record<string, Value>) => `- ${markdownCell(rowText(r, d.keyColumns, lang))}`;
  if (d.appeared.length) out.push("", t.rowsAppeared(d.appeared.length), "", ...capped(d.appeared, x, rows));
  if (d.disappeared.length)
    out.push("", t.rowsDisappeared(d.disappeared.length), "", ...capped(d.disappeared, x, rows));
  out.push("");
  return out;
}

function statusWord(status: ClaimStatus, lang: Lang): string {
  const t = messages(lang).report;
  return { reproduced: t.reproduced, differs: t.differs, "needs-data": t.needsDataStatus, error: t.error }[status];
}

function claimSideText(s: ClaimSide, lang: Lang): string {
  const computed = s.computed === null ? undefined : formatValue(s.computed, lang);
  return `${statusWord(s.status, lang)}${computed !== undefined ? `: ${computed}` : s.detail ? `: ${s.detail}` : ""}`;
}

function claimsText(claims: ClaimChange[], x: Text): string[] {
  const { t, lang } = x;
  if (!claims.length) return [t.noClaimChanges];
  const out = [`| ${t.claimHeader.join(" | ")} |`, "|---|---|---|---|"];
  for (const c of claims) {
    const flag =
      c.a.status !== c.b.status ? ` **${statusWord(c.a.status, lang)} → ${statusWord(c.b.status, lang)}**` : "";
    out.push(
      `| ${c.id}${flag} | ${markdownCell(shownStatement(c, lang))} | ${markdownCell(claimSideText(c.a, lang))} | ${markdownCell(claimSideText(c.b, lang))} |`,
    );
  }
  return out;
}

const fileStateText = (s: FileState | undefined, t: DiffMessages) =>
  s ? t.fileState(s.version, s.retrieved, s.sha256.slice(0, 12)) : "–";

/** The diff's sections (raw files, claims, figures) under headings of `level` (2: "##"). */
function diffBody(d: VintageDiff, x: Text, level: number): string[] {
  const { t, lang } = x;
  const h = (n: 2 | 3, text: string) => `${"#".repeat(level + n - 2)} ${text}`;
  const out = [
    `- A: \`${d.dirA}\``,
    `- B: \`${d.dirB}\``,
    "",
    h(2, t.rawFiles),
    "",
    `| ${t.fileHeader.join(" | ")} |`,
    "|---|---|---|---|",
  ];
  for (const f of d.files) {
    const change = `${t.change[f.change]}${f.message ? `: ${markdownCell(f.message)}` : ""}`;
    out.push(`| ${f.file} | ${change} | ${fileStateText(f.a, t)} | ${fileStateText(f.b, t)} |`);
  }
  out.push("", h(2, t.claimsHeading), "", ...claimsText(d.claims, x));
  out.push("", h(2, t.figuresHeading), "");
  for (const f of d.figures) {
    out.push(
      h(3, `${f.id}: ${markdownCell(f.title)}`),
      "",
      `- A: ${sideText(f.a, lang)}`,
      `- B: ${sideText(f.b, lang)}`,
      "",
    );
    if (f.a.status !== "built" || f.b.status !== "built") {
      out.push(f.a.status === f.b.status ? t.neitherBuilt : t.oneBuilt, "");
      continue;
    }
    if (!f.tables.length) out.push(t.nothingChanged, "");
    for (const table of f.tables) out.push(...tableText(table, x, "#".repeat(level + 2)));
  }
  return out;
}

const finish = (lines: string[]) => lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";

function textOptions(opts: DiffTextOptions, file: string): Text {
  const lang = opts.lang ?? "nl";
  return { t: DIFF_MESSAGES[lang], lang, limit: opts.limit, file: opts.file ?? file };
}

/** out/diff.md: the whole diff, or with `limit` rows per list for the terminal. */
export function diffMarkdown(d: VintageDiff, opts: DiffTextOptions = {}): string {
  const x = textOptions(opts, "out/diff.md");
  return finish([`# ${x.t.title}`, "", ...diffBody(d, x, 2)]);
}

/** Counts for a one-line summary. */
export function diffSummary(d: VintageDiff, lang: Lang = "nl"): string {
  const files = d.files.filter((f) => f.change !== "same" && f.change !== "absent").length;
  const values = d.figures.reduce((a, f) => a + f.tables.reduce((n, t) => n + t.changed.length, 0), 0);
  const rows = d.figures.reduce(
    (a, f) => a + f.tables.reduce((n, t) => n + t.appeared.length + t.disappeared.length, 0),
    0,
  );
  const status = d.claims.filter((c) => c.a.status !== c.b.status).length;
  return DIFF_MESSAGES[lang].summary(files, values, rows, status);
}

export interface UpdateReportInput {
  /** The run's data line (raw/data-source.ts's dataLine). */
  data: string;
  fetched: FetchOutcome[];
  diff: VintageDiff;
}

const FETCH_STATUS: Record<Lang, Record<FetchStatus, string>> = {
  en: {
    downloaded: "downloaded",
    "up-to-date": "up to date",
    copied: "copied",
    unchanged: "unchanged",
    missing: "not available",
    failed: "failed",
  },
  nl: {
    downloaded: "gedownload",
    "up-to-date": "actueel",
    copied: "gekopieerd",
    unchanged: "ongewijzigd",
    missing: "niet beschikbaar",
    failed: "mislukt",
  },
};

/** out/update.md: the downloads, then what changed against the shipped annex vintage. */
export function updateMarkdown({ data, fetched, diff }: UpdateReportInput, opts: DiffTextOptions = {}): string {
  const x = textOptions(opts, "out/update.md");
  const u = x.t.update;
  const downloads = fetched.map((o) => {
    const size = o.bytes !== undefined ? formatBytes(o.bytes) : "";
    return `| ${o.source.file} | ${FETCH_STATUS[x.lang][o.status]} | ${size} | ${markdownCell(o.message ?? "")} |`;
  });
  return finish([
    `# ${u.title}`,
    "",
    `${data}.`,
    u.comparedWith(diffSummary(diff, x.lang)),
    "",
    `## ${u.downloads}`,
    "",
    `| ${u.downloadHeader.join(" | ")} |`,
    "|---|---|---|---|",
    ...downloads,
    "",
    `## ${u.whatChanged}`,
    "",
    ...diffBody(diff, x, 3),
  ]);
}
