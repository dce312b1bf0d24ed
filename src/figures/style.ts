// Shared look of the annex figures: colours, fonts, the source line with vintages.
import type { Provenance } from "../parse/load";
import { vintageLabel } from "../parse/load";
import { dataLabelShort } from "../parse/citation";
import { messages, type Messages } from "../i18n/index";
import type { CompositionMotive } from "./family-split";

export const COLORS = {
  blue: "#1f4e79",
  orange: "#e07b00",
  green: "#4d8b31",
  grey: "#8c8c8c",
  red: "#b22222",
  purple: "#6a3d9a",
  teal: "#1b9e9e",
  sand: "#c9a227",
};

/** One colour per motive in figures 2, 3 and 4; a family part a lighter shade of its motive's. */
export const MOTIVE_COLORS: Record<CompositionMotive, string> = {
  work: COLORS.blue,
  family_of_work: "#7fa7cf",
  study: COLORS.green,
  family_of_study: "#a3c98f",
  asylum: COLORS.red,
  family_of_asylum_nareis: "#d9736f",
  family_of_asylum: "#eab3b0",
  temporary_protection: COLORS.sand,
  family: COLORS.orange,
  family_other: COLORS.orange,
  other: COLORS.grey,
};

/**
 * "Bron: CBS StatLine (83474NED, opgehaald 2025-04-22), bewerking Adviesraad Migratie.<br>Data:
 * meegeleverde annex-vintage": the data used is named (the shipped vintage, a mirror, a live download),
 * on a line of its own so that the source line fits the figure's width.
 * In English "Source: ...".
 */
export function sourceLine(provider: string, sources: Provenance[], t: Messages = messages()): string {
  const parts = sources.map((p) => `${p.code}, ${vintageLabel(p, t.lang)}`).join("; ");
  const data = [...new Set(sources.map((p) => dataLabelShort(p.data, t)))].join("; ");
  return t.source.line(provider, parts, data);
}

/** A number with the language's decimal mark ("1,42" in Dutch, "1.42" in English). */
export function decimal(x: number, digits: number, t: Messages = messages()): string {
  return x.toFixed(digits).replace(".", t.format.decimal);
}

/** The common layout: title on top, the source line at the bottom edge, the language's number format. */
export function baseLayout(
  title: string,
  source: string,
  extra: Record<string, unknown> = {},
  t: Messages = messages(),
): Record<string, unknown> {
  const layout: Record<string, unknown> = {
    title: { text: title, x: 0.01, xanchor: "left", font: { size: 16 } },
    font: { family: "Arial, Helvetica, sans-serif", size: 12, color: "#222" },
    separators: t.format.separators, // Dutch: decimal comma, thousands dot
    paper_bgcolor: "white",
    plot_bgcolor: "white",
    width: 900,
    height: 540,
    margin: { l: 70, r: 30, t: 60, b: 130 },
    legend: { orientation: "h", x: 0, y: -0.15, yanchor: "top", traceorder: "normal" },
    ...extra,
  };
  // Pinned in pixels to the bottom of the canvas, whatever the plot's height.
  const bottom = (layout.margin as { b: number }).b;
  layout.annotations = [
    ...((extra.annotations as unknown[]) ?? []),
    {
      text: source,
      xref: "paper",
      yref: "paper",
      x: 0,
      y: 0,
      yshift: -(bottom - 14),
      xanchor: "left",
      yanchor: "bottom",
      align: "left",
      showarrow: false,
      font: { size: 10, color: "#555" },
    },
  ];
  return layout;
}

/** Inclusive integer range. Non-finite bounds (the newest year of no data is -Infinity) are refused, not looped over. */
export function years(from: number, to: number): number[] {
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new Error(`no valid year range (${from}-${to}): the data holds no year for it`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
