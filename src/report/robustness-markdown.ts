// audit.md's part of the robustness audit: per figure, under "Does the statement depend on
// choices?", each claim's readings with their status and value (the annex's marked).
import { readingsTable, robustnessText } from "../claims/readings/present";
import type { Robustness } from "../claims/readings/types";
import { messages, type Lang } from "../i18n/index";
import { markdownCell } from "../outputs/markdown";

/** Lines to append to a figure's part of audit.md; none when no claim of it has readings. */
export function readingsMarkdown(claims: { id: string; robustness?: Robustness }[], lang: Lang): string[] {
  const mine = claims.filter((c) => c.robustness);
  if (!mine.length) return [];
  const t = messages(lang).readings;
  const out = ["", `### ${t.heading}`, "", t.docs, ""];
  for (const c of mine) {
    out.push(`- \`${c.id}\`: ${markdownCell(robustnessText(c.robustness, lang))}`);
    for (const r of readingsTable([c], lang)) {
      const value = [r.value, r.threshold && `${t.threshold} ${r.threshold}`].filter(Boolean).join("; ");
      out.push(
        `  - ${markdownCell(r.reading)}${r.annex ? ` *(${t.annexMark})*` : ""}: **${r.status}**${value ? `, ${markdownCell(value)}` : ""} (${markdownCell(r.basis)})`,
      );
    }
  }
  return out;
}
