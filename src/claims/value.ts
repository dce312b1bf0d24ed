// The typed values of the claims: what the annex printed and what the raw data gives, as numbers,
// years, year lists and codes with their unit. They stay typed in claims.json; a page formats them
// in its language (formatValue, through the message tables), and nothing parses a formatted value back.
import type { FigureId } from "../catalog/annex";
import { messages, type Lang } from "../i18n/index";
import type { ClaimMessages, PhraseKey } from "../i18n/claims-nl";

type Period = { from: number; to: number };

/** What a number counts or measures. */
type Unit = "persons" | "millions" | "per-1000" | "percent" | "ratio" | "persons-per-year" | "year";

/** The statistic a number is, when it is not the plain count (e.g. a coefficient of variation). */
type Measure = "cv" | "mean-yearly-change" | "newest-year" | "p75";

/** What a number in a list is about: a year, a period, a country, a motive, a group or a series. */
type Label =
  | { year: number }
  | { period: Period }
  | { geo: string }
  | { motive: string }
  | { group: "eu" | "non-eu" }
  | { series: "requests" | "asylum-migrants" };

/** What a list of years is: the years in which something (not) holds. */
type YearsWhere = "net-not-positive" | "nl-not-lower" | "nl-not-higher";

export type ClaimValue =
  /** A number with its unit, to `decimals` as shown; bound "over": the annex's "ruim" (well over). */
  | { kind: "number"; value: number; unit: Unit; decimals: number; measure?: Measure; of?: Label; bound?: "over" }
  /** A year; relation "from": since that year; "newest": the newest year in the data. */
  | { kind: "year"; year: number; relation?: "from" | "newest" }
  | { kind: "period"; from: number; to: number }
  /** A day, YYYY-MM-DD. */
  | { kind: "date"; date: string }
  /** The years of `within` in which `where` holds (none: it never does). */
  | { kind: "years"; years: number[]; where: YearsWhere; within: Period }
  /** Eurostat geo codes left out of a figure (without) or shown in it although they should not be (shown). */
  | { kind: "geos"; geos: string[]; where: "without" | "shown" }
  /** Numbers side by side, each with what it is about; reference: a threshold they are read against. */
  | {
      kind: "values";
      items: { label: Label; value: number | null }[];
      unit: Unit;
      decimals: number;
      measure?: Measure;
      within?: Period;
      signed?: boolean;
      reference?: { measure: Measure; value: number };
    }
  /** Numbers that moved from one value to another (e.g. a share among entrants and among residents). */
  | { kind: "changes"; items: { label: Label; from: number; to: number }[]; unit: Unit; decimals: number }
  /** Two numbers and how much the first exceeds the second (percent). */
  | {
      kind: "comparison";
      a: { label: Label; value: number };
      b: { label: Label; value: number };
      unit: Unit;
      within: Period;
      excess: number;
    }
  /** The year with the highest value, and the highest before a given year. */
  | { kind: "peaks"; overall: number; before: number; beforeYear: number }
  /** A figure's period against those of other figures. */
  | { kind: "periods"; own: Period; others: { figure: FigureId; from: number; to: number }[] }
  /** Sources and the producer's version date of each. */
  | { kind: "versions"; items: { code: string; version: string }[] }
  /** A qualitative reading, worded in the message tables (e.g. "dip in 2020"). */
  | { kind: "phrase"; phrase: PhraseKey };

/** What a claim's texts are worded with: the language's claim messages and its number format. */
export interface Wording {
  lang: Lang;
  t: ClaimMessages;
  /** A number in the language's format, to `decimals` (default 0); signed: always with + or -. */
  num(x: number, decimals?: number, signed?: boolean): string;
  /** Years or codes as a list: "2018, 2019". */
  list(items: (string | number)[]): string;
  /** Items joined with the language's "and": "HU en LI". */
  and(items: string[]): string;
  label(l: Label): string;
  value(v: ClaimValue): string;
}

/** A text of a claim (rule, rounding, tolerance, detail, needs-data reason) in any language: the message tables word it. */
export type ClaimText = (w: Wording) => string;

export function wording(lang: Lang): Wording {
  const m = messages(lang);
  const t = m.claims;
  const formats = new Map<string, Intl.NumberFormat>();
  const num = (x: number, decimals = 0, signed = false) => {
    const key = `${decimals}:${signed}`;
    if (!formats.has(key)) {
      formats.set(
        key,
        new Intl.NumberFormat(m.format.locale, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
          signDisplay: signed ? "exceptZero" : "auto",
        }),
      );
    }
    // The rounding behind the claims' checks (toFixed), not Intl's own: the shown digits are the compared ones.
    return formats.get(key)!.format(rounded(x, decimals));
  };
  const list = (items: (string | number)[]) => items.join(", ");
  const and = (items: string[]) =>
    items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${t.value.and} ${items[items.length - 1]}`;
  const period = (p: Period) => `${p.from}-${p.to}`;
  const label = (l: Label): string => {
    if ("year" in l) return String(l.year);
    if ("period" in l) return period(l.period);
    if ("geo" in l) return (m.countries as Record<string, string>)[l.geo] ?? l.geo;
    if ("motive" in l) return ((m.motives as Record<string, string>)[l.motive] ?? l.motive).toLowerCase();
    if ("group" in l) return t.value.group[l.group];
    return t.value.series[l.series];
  };
  const amount = (x: number, unit: Unit, decimals: number, signed = false): string => {
    const n = unit === "year" ? String(x) : num(x, decimals, signed);
    if (unit === "millions") return t.value.millions(n);
    if (unit === "percent") return t.value.percent(n);
    if (unit === "persons-per-year") return t.value.perYear(n);
    return n;
  };
  const value = (v: ClaimValue): string => {
    switch (v.kind) {
      case "number": {
        let s = amount(v.value, v.unit, v.decimals);
        if (v.bound === "over") s = t.value.over(s);
        if (v.of) s = `${s} ${label(v.of)}`;
        return v.measure ? `${t.value.measure[v.measure]} ${s}` : s;
      }
      case "year":
        return v.relation === "from"
          ? t.value.since(String(v.year))
          : v.relation === "newest"
            ? t.value.newest(String(v.year))
            : String(v.year);
      case "period":
        return period(v);
      case "date": {
        const [y, mo, d] = v.date.split("-");
        return t.value.date(String(Number(d)), t.value.months[Number(mo) as keyof ClaimMessages["value"]["months"]], y);
      }
      case "years":
        return v.years.length
          ? t.value.yearsSome[v.where](list(v.years))
          : t.value.yearsNone[v.where](period(v.within));
      case "geos": {
        const names = and(v.geos.map((g) => label({ geo: g })));
        return v.where === "without" ? t.value.without(names) : t.value.shown(names);
      }
      case "values": {
        // "2019: 124.550" for years and periods; "niet-EU 21%" for countries, motives and groups.
        const sep = (l: Label) => ("year" in l || "period" in l ? ": " : " ");
        const items = v.items
          .map(
            (i) =>
              `${label(i.label)}${sep(i.label)}${i.value === null ? "?" : amount(i.value, v.unit, v.decimals, v.signed)}`,
          )
          .join(", ");
        const head = [v.measure && t.value.measure[v.measure], v.within && period(v.within)].filter(Boolean).join(" ");
        const ref = v.reference
          ? ` (${t.value.measure[v.reference.measure]} ${amount(v.reference.value, v.unit, v.decimals)})`
          : "";
        return `${head ? `${head}: ` : ""}${items}${ref}`;
      }
      case "changes":
        return v.items
          .map((i) => `${label(i.label)} ${amount(i.from, v.unit, v.decimals)} -> ${amount(i.to, v.unit, v.decimals)}`)
          .join(", ");
      case "comparison":
        return t.value.comparison(
          `${amount(v.a.value, v.unit, 0)} ${label(v.a.label)}`,
          `${amount(v.b.value, v.unit, 0)} ${label(v.b.label)}`,
          period(v.within),
          t.value.percent(num(v.excess, 0, true)),
        );
      case "peaks":
        return t.value.peaks(String(v.overall), String(v.beforeYear), String(v.before));
      case "periods":
        return t.value.periods(
          period(v.own),
          String(v.own.to - v.own.from + 1),
          v.others.map((o) => `${o.figure} ${o.from}-${o.to}`).join(", "),
        );
      case "versions":
        return v.items.map((i) => t.value.version(i.code, i.version)).join("; ");
      case "phrase":
        return t.phrases[v.phrase];
    }
  };
  return { lang, t, num, list, and, label, value };
}

/** The value as a page in that language shows it. */
export function formatValue(v: ClaimValue, lang: Lang): string {
  return wording(lang).value(v);
}

/** The number rounded as shown: the comparison behind "equal after rounding". */
export const rounded = (x: number, decimals: number) => Number(x.toFixed(decimals));
