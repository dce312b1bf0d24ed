// The fixed texts of index.html and audit.md (the message tables' `report`, `dataSource` and
// `citation` sections) that one language must not show in the other's outputs: every phrase of one
// table that the other does not share (texts and the fixed parts of message functions, when they
// hold a space), and the one-word labels in the places the outputs put them (a table header, a
// heading, "label:").
import { en } from "../../src/i18n/en";
import { nl } from "../../src/i18n/nl";

type Tree = { [k: string]: unknown };
const MARK = "\u0001";

/** The fixed parts of a text or message function (called with a marker in every argument). */
function fragments(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (typeof v === "function")
    return String((v as (...a: string[]) => string)(...Array(v.length).fill(MARK)))
      .split(MARK)
      .map((s) => s.trim());
  if (typeof v === "object" && v !== null) return Object.values(v as Tree).flatMap(fragments);
  return [];
}

/**
 * The fixed texts the outputs show: the report's, and the run's data line and the sources'
 * citations and origins (raw/data-source.ts and parse/citation.ts, in the build's language).
 */
const shown = (m: typeof nl) => ({ report: m.report, dataSource: m.dataSource, citation: m.citation });

/**
 * The phrases (with a space) of `mine` that `other` does not have. The status "needs data" is
 * looked for where the outputs put it (below): parse/load.ts's messages, which the outputs quote,
 * start with the English "needs data:" in both languages.
 */
function phrases(mine: typeof nl, other: typeof nl): string[] {
  const theirs = new Set(fragments(shown(other)));
  return [...new Set(fragments(shown(mine)))].filter(
    (f) => f.includes(" ") && !theirs.has(f) && f !== mine.report.needsDataStatus,
  );
}

/** The one-word labels as the outputs show them. */
const places = (m: typeof nl): string[] => {
  const t = m.report;
  return [
    ...[t.figure, t.statement, t.published, t.computed].flatMap((w) => [`<th>${w}</th>`, `| ${w} |`]),
    ...[t.sourcesHeading, t.notesHeading, t.claimsHeading].map((w) => `<h3>${w}</h3>`),
    ...[t.vintage, t.request, t.citeAs, t.missingFiles].map((w) => `${w}: `),
    `; ${t.sourceKind.recorded}; `,
    `), ${t.from} `,
    `; ${t.file} <code>`,
    `(${t.latest})`,
    `title="${t.missingValue}"`,
    t.rows(2).replace(/^2/, ""),
    `>${t.reproduced}`,
    `>${t.needsDataStatus}`,
    `| ${t.needsDataStatus}`,
    `${t.needsDataStatus} (`,
    `| ${t.reproduced} |`,
    `**${t.differs}**`,
    `${t.differs}: `,
    `| ${t.figureStatus.built} |`,
    `${t.where.footnote("9")}:`,
    `, ${t.where.bullet}:`,
    // The citation's version and retrieval date, and the data line's retrieval dates.
    `, ${m.citation.version("")}`,
    `, ${m.citation.retrieved("")}`,
    `(${m.dataSource.retrieved("")}`,
    `; ${m.dataSource.retrieved("")}`,
  ];
};

export const ENGLISH_LABELS: string[] = [...phrases(en, nl), ...places(en)];
export const DUTCH_LABELS: string[] = [...phrases(nl, en), ...places(nl)];

/** The labels found in a text, each as whole words ("period" is not found in "periode"). */
export function labelsIn(text: string, labels: string[]): string[] {
  return labels.filter((l) => {
    const escaped = l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const before = /^\p{L}/u.test(l) ? "(?<!\\p{L})" : "";
    const after = /\p{L}$/u.test(l) ? "(?!\\p{L})" : "";
    return new RegExp(`${before}${escaped}${after}`, "u").test(text);
  });
}
