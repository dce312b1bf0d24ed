// Data-derived text inside Markdown (audit.md, diff.md, the notebooks' tables and source lists).
import { stripControls } from "../io/text";

/**
 * Text for a Markdown table cell (also safe in a list item or heading): controls and ANSI
 * dropped; newlines become a space, so a row stays one line; backslash and "|" escaped, so the
 * cell keeps its columns; "<" and entity-like "&" escaped, so HTML in a title is shown, not
 * rendered. ">" stays: it cannot open a tag, and a cell never starts a line.
 */
export function markdownCell(s: string | number | null | undefined): string {
  return stripControls(String(s ?? ""))
    .replace(/\s*[\n\u2028\u2029]\s*/g, " ")
    .replace(/[\\|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[0-9a-z]+;)/gi, "&amp;")
    .replace(/</g, "&lt;");
}
