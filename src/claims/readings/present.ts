// How the readings are shown: the robustness cell of audit.md and index.html, one dot plot per
// claim with more than two numeric readings (the value under each reading beside the published
// value), and the table the notebooks show. Values stay numbers until formatted here in a language.
import { COLORS } from "../../figures/style";
import type { PlotlyFigure } from "../../figures/types";
import { messages, type Lang } from "../../i18n/index";
import { readingsOf } from "./registry";
import type { ReadingResult, ReadingUnit, Robustness } from "./types";

const DIGITS: Record<ReadingUnit, number> = { millions: 3, persons: 0, per1000: 2, percent: 1, ratio: 2, years: 0 };

/** A reading's value in a language: "2,31 per 1.000 inwoners", "57,4%", "8 jaar". */
export function formatValue(value: number, unit: ReadingUnit, lang: Lang = "nl"): string {
  const t = messages(lang);
  const digits = DIGITS[unit];
  const n = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  const u = t.readings.units[unit];
  return unit === "percent" ? `${n}${u}` : unit === "ratio" ? n : `${n} ${u}`;
}

/** What a reading found, in a language: its value, or the condition's finding. */
function readingValueText(r: ReadingResult, lang: Lang = "nl"): string {
  if (r.value !== undefined && r.unit) return formatValue(r.value, r.unit, lang) + (r.detail ? `, ${r.detail}` : "");
  return r.detail ?? "";
}

const readingName = (id: string, lang: Lang = "nl") => messages(lang).readings.names[id]?.name ?? id;

/**
 * The robustness cell: "houdt in 3 van 5 lezingen; breekt onder: EU/EFTA ... (2,31 per 1.000
 * inwoners); 1 hebben data nodig". Plain text (Markdown and HTML escape it themselves).
 */
export function robustnessText(rob: Robustness | undefined, lang: Lang = "nl"): string {
  const t = messages(lang).readings;
  if (!rob) return t.noReadings;
  const parts = [t.holdsOf(rob.holds, rob.of)];
  const breaking = rob.readings.filter((r) => r.status === "breaks");
  if (breaking.length)
    parts.push(
      `${t.breaksUnder}: ${breaking.map((r) => `${readingName(r.id, lang)} (${readingValueText(r, lang)})`).join("; ")}`,
    );
  if (rob.needsData) parts.push(t.needsData(rob.needsData));
  return parts.join("; ");
}

/** The numeric readings drawn in a claim's picture: those of the unit most of them share. */
function plotted(rob: Robustness): ReadingResult[] {
  const numeric = rob.readings.filter((r) => r.value !== undefined && r.unit !== undefined);
  const byUnit = new Map<ReadingUnit, ReadingResult[]>();
  for (const r of numeric) byUnit.set(r.unit!, [...(byUnit.get(r.unit!) ?? []), r]);
  return [...byUnit.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** Whether a claim gets a picture: more than two numeric readings on one scale. */
const hasReadingsFigure = (rob: Robustness | undefined): boolean => rob !== undefined && plotted(rob).length > 2;

/**
 * The dot plot of a claim's readings: one row per reading (the annex's marked), its value as a dot
 * (green: holds, red: breaks), the line it must pass as an open marker, the published value as a
 * vertical line where the claim has one on the same scale. Undefined with two numeric readings or fewer.
 */
export function readingsFigure(
  claimId: string,
  rob: Robustness | undefined,
  lang: Lang = "nl",
): PlotlyFigure | undefined {
  if (!rob || !hasReadingsFigure(rob)) return undefined;
  const t = messages(lang).readings;
  const rows = plotted(rob);
  const unit = rows[0].unit!;
  const label = (r: ReadingResult) =>
    `${readingName(r.id, lang)}${r.annex ? ` (${t.annexMark})` : ""}${r.data ? ` [${r.data}]` : ""}`;
  const y = rows.map(label);
  const reference = readingsOf(claimId)?.reference;
  const withThreshold = rows.filter((r) => r.threshold);
  const data: Record<string, unknown>[] = [
    {
      type: "scatter",
      mode: "markers",
      name: `${t.status.holds} / ${t.status.breaks}`,
      x: rows.map((r) => r.value),
      y,
      marker: {
        size: 12,
        color: rows.map((r) => (r.status === "holds" ? COLORS.green : COLORS.red)),
        symbol: rows.map((r) => (r.annex ? "diamond" : "circle")),
      },
      text: rows.map((r) => `${t.status[r.status]}: ${formatValue(r.value!, unit, lang)}`),
      hovertemplate: "%{y}<br>%{text}<extra></extra>",
    },
  ];
  if (withThreshold.length) {
    data.push({
      type: "scatter",
      mode: "markers",
      name: t.threshold,
      x: withThreshold.map((r) => r.threshold!.value),
      y: withThreshold.map(label),
      marker: { size: 14, symbol: "line-ns-open", color: COLORS.grey, line: { width: 2 } },
      hovertemplate: `${t.threshold}: %{x}<extra></extra>`,
    });
  }
  const shapes =
    reference && reference.unit === unit
      ? [
          {
            type: "line",
            xref: "x",
            yref: "paper",
            x0: reference.value,
            x1: reference.value,
            y0: 0,
            y1: 1,
            line: { color: COLORS.orange, dash: "dash", width: 2 },
          },
        ]
      : [];
  const annotations = shapes.length
    ? [
        {
          x: reference!.value,
          y: 1,
          xref: "x",
          yref: "paper",
          yanchor: "bottom",
          text: `${t.published}: ${formatValue(reference!.value, unit, lang)}`,
          showarrow: false,
          font: { color: COLORS.orange, size: 11 },
        },
      ]
    : [];
  return {
    data,
    layout: {
      title: { text: t.figureTitle(claimId), x: 0.01, xanchor: "left", font: { size: 14 } },
      font: { family: "Arial, Helvetica, sans-serif", size: 12, color: "#222" },
      separators: messages(lang).format.separators,
      width: 900,
      height: 140 + 36 * rows.length,
      margin: { l: 420, r: 30, t: 60, b: 50 },
      showlegend: false,
      xaxis: { title: { text: t.units[unit] }, gridcolor: "#ddd", zeroline: false },
      yaxis: { autorange: "reversed", automargin: true },
      shapes,
      annotations,
    },
  };
}

/** One row per reading of the given claims, for a notebook's table (values formatted in the language). */
export interface ReadingRow {
  claim: string;
  /** The reading's id, and its status as a key (holds, breaks, needs-data). */
  id: string;
  statusKey: ReadingResult["status"];
  reading: string;
  annex: boolean;
  status: string;
  value: string;
  threshold: string;
  reason: string;
  basis: string;
}

export function readingsTable(claims: { id: string; robustness?: Robustness }[], lang: Lang = "nl"): ReadingRow[] {
  const t = messages(lang).readings;
  return claims.flatMap((c) =>
    (c.robustness?.readings ?? []).map((r) => ({
      claim: c.id,
      id: r.id,
      statusKey: r.status,
      reading: readingName(r.id, lang) + (r.data ? ` [${r.data}]` : ""),
      annex: r.annex,
      status: t.status[r.status],
      value:
        r.status === "needs-data"
          ? `${r.detail ?? ""}${r.command ? ` (${r.command})` : ""}`
          : readingValueText(r, lang),
      threshold:
        r.threshold && r.unit
          ? `${r.threshold.holdsWhen === "above" ? ">" : "<"} ${formatValue(r.threshold.value, r.unit, lang)}`
          : "",
      reason: t.names[r.id]?.reason ?? "",
      basis: t.names[r.id]?.basis ?? "",
    })),
  );
}
