// The same figure-data computations in plain TypeScript, arquero and danfojs-node, on the same
// parsed rows, so that the choice of library for each job in src/ rests on numbers:
//   fig1: 83474NED rows -> yearly rows (filter JJ periods, derive year and net migration, sort)
//   fig6: JSON-stat cells -> per-country mean over 2015-2024 for the EU aggregate and member states
// Each result is checked against the figure's own table, so a fast but wrong variant shows.
// Import times are measured in fresh Node processes (a module loads once per process).
import * as aq from "arquero";
import type { DataFrame } from "danfojs-node";
import { FIG1_ANNEX, FIG1_SOURCE } from "../../src/figures/fig1-immigration-emigration";
import { fig6Yearly, FIG6_ANNEX, loadFig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { shownGeos } from "../../src/catalog/annex";
import { EU_AGGREGATE } from "../../src/figures/eu-countries";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import type { YearlyValue } from "../../src/figures/eu-average";
import type { CbsRow } from "../../src/parse/cbs-odata";
import type { Fig1Row } from "../../src/figures/fig1-immigration-emigration";
import { loadCbsOData } from "../../src/parse/load";
import { projectRoot } from "../../src/paths";
import { runChildOk } from "./child";

// danfojs-node takes over a second to import: loaded on first use, not with the benchmark.
type Danfo = typeof import("danfojs-node");
let danfo: Danfo | undefined;
const dfd = (): Danfo => (danfo ??= require("danfojs-node") as Danfo);

const IMM = "Immigratie_4";
const EMI = "EmigratieInclusiefAdministratieveC_5";

/** Figure 1's data.csv row, as the figure module makes it. */
type Fig1Out = Fig1Row;
interface Fig6Out {
  geo: string;
  average: number;
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const netOf = (i: number | null, e: number | null) => (i === null || e === null ? null : i - e);

// ------------------------------------------------------------------ figure 1: filter and derive

const fig1Plain = (rows: readonly CbsRow[]): Fig1Out[] =>
  rows
    .filter((r) => String(r.Perioden).includes("JJ"))
    .map((r) => ({ year: Number(String(r.Perioden).slice(0, 4)), immigration: num(r[IMM]), emigration: num(r[EMI]) }))
    .filter((r) => r.year >= FIG1_ANNEX.from && r.year <= FIG1_ANNEX.to)
    .map((r) => ({ ...r, net_migration: netOf(r.immigration, r.emigration) }))
    .sort((a, b) => a.year - b.year);

function fig1Arquero(rows: readonly CbsRow[]): Fig1Out[] {
  return aq
    .from(rows)
    .params({ from: FIG1_ANNEX.from, to: FIG1_ANNEX.to })
    .filter((d: any) => aq.op.includes(d.Perioden, "JJ"))
    .derive({ year: (d: any) => aq.op.parse_int(aq.op.substring(d.Perioden, 0, 4)) })
    .filter((d: any, $: any) => d.year >= $.from && d.year <= $.to)
    .derive({
      immigration: (d: any) => d.Immigratie_4,
      emigration: (d: any) => d.EmigratieInclusiefAdministratieveC_5,
      // Written out: arquero, like JavaScript, turns null - x into -x.
      net_migration: (d: any) =>
        d.Immigratie_4 === null || d.EmigratieInclusiefAdministratieveC_5 === null
          ? null
          : d.Immigratie_4 - d.EmigratieInclusiefAdministratieveC_5,
    })
    .orderby("year")
    .select("year", "immigration", "emigration", "net_migration")
    .objects() as Fig1Out[];
}

function fig1Danfo(rows: readonly CbsRow[]): Fig1Out[] {
  const d = dfd();
  const df = new d.DataFrame(rows.map((r) => ({ Perioden: r.Perioden, [IMM]: r[IMM], [EMI]: r[EMI] })));
  const yearly = df.query(df["Perioden"].str.includes("JJ")) as DataFrame;
  // A second query on a filtered frame fails inside danfojs unless the index is made 0..n-1 again.
  yearly.resetIndex({ inplace: true });
  yearly.addColumn("year", yearly["Perioden"].str.substring(0, 4).asType("int32"), { inplace: true });
  const inPeriod = yearly.query(yearly["year"].ge(FIG1_ANNEX.from).and(yearly["year"].le(FIG1_ANNEX.to))) as DataFrame;
  // danfojs's sub() also turns null - x into -x: the null-safe difference is computed by hand.
  const imm = inPeriod[IMM].values as (number | null)[];
  const emi = inPeriod[EMI].values as (number | null)[];
  // null stays null at run time; danfojs's types only admit string | number | boolean cells.
  inPeriod.addColumn("net_migration", imm.map((v, i) => netOf(v, emi[i])) as unknown as number[], { inplace: true });
  const sorted = inPeriod.sortValues("year") as DataFrame;
  return (d.toJSON(sorted) as Record<string, unknown>[]).map((r) => ({
    year: r.year as number,
    immigration: num(r[IMM]),
    emigration: num(r[EMI]),
    net_migration: num(r.net_migration),
  }));
}

// ------------------------------------------------------------------ figure 6: group and mean

const EU_GEOS = new Set([EU_AGGREGATE, ...shownGeos("fig6")]); // the annex's EU/EFTA set
const inFig6 = (v: YearlyValue) =>
  EU_GEOS.has(v.geo) && v.year >= FIG6_ANNEX.from && v.year <= FIG6_ANNEX.to && v.value !== null;

function fig6Plain(values: YearlyValue[]): Fig6Out[] {
  const acc = new Map<string, { sum: number; n: number }>();
  for (const v of values) {
    if (!inFig6(v)) continue;
    const a = acc.get(v.geo) ?? { sum: 0, n: 0 };
    a.sum += v.value as number;
    a.n++;
    acc.set(v.geo, a);
  }
  return [...acc].map(([geo, a]) => ({ geo, average: round6(a.sum / a.n) })).sort((a, b) => b.average - a.average);
}

function fig6Arquero(values: YearlyValue[]): Fig6Out[] {
  return aq
    .from(values)
    .params({ geos: [...EU_GEOS], from: FIG6_ANNEX.from, to: FIG6_ANNEX.to })
    .filter((d: any, $: any) => aq.op.includes($.geos, d.geo) && d.year >= $.from && d.year <= $.to && d.value !== null)
    .groupby("geo")
    .rollup({ average: aq.op.mean("value") })
    .derive({ average: (d: any) => aq.op.round(d.average * 1e6) / 1e6 })
    .orderby(aq.desc("average"))
    .objects() as Fig6Out[];
}

function fig6Danfo(values: YearlyValue[]): Fig6Out[] {
  const d = dfd();
  const df = new d.DataFrame(
    values.filter((v) => v.value !== null).map((v) => ({ geo: v.geo, year: v.year, value: v.value })),
  );
  const mask = df["year"]
    .ge(FIG6_ANNEX.from)
    .and(df["year"].le(FIG6_ANNEX.to))
    .and(df["geo"].map((g: unknown) => EU_GEOS.has(String(g))));
  const means = (df.query(mask) as DataFrame).groupby(["geo"]).col(["value"]).mean();
  const sorted = means.sortValues("value_mean", { ascending: false }) as DataFrame;
  return (d.toJSON(sorted) as Record<string, unknown>[]).map((r) => ({
    geo: String(r.geo),
    average: round6(r.value_mean as number),
  }));
}

// ------------------------------------------------------------------ checks and timing

function sameFig1(got: Fig1Out[], fig: FigureData): boolean {
  const want = rowsOf<Fig1Out>(fig.table);
  return (
    JSON.stringify(got) ===
    JSON.stringify(
      want.map((r) => ({
        year: r.year,
        immigration: r.immigration,
        emigration: r.emigration,
        net_migration: r.net_migration,
      })),
    )
  );
}

function sameFig6(got: Fig6Out[], fig: FigureData): boolean {
  const want = rowsOf<{ geo: string; average: number | null }>(fig.table).filter((r) => r.average !== null);
  return JSON.stringify(got.map((r) => [r.geo, r.average])) === JSON.stringify(want.map((r) => [r.geo, r.average]));
}

export const LIBRARIES = ["plain TypeScript", "arquero", "danfojs-node"] as const;
type Library = (typeof LIBRARIES)[number];

export interface LibraryTask {
  task: string;
  rows: number;
  variants: Record<Library, { firstMs: number; warmMs: number; sameAsFigure: boolean }>;
}

const WARM_CALLS = 20;

function measure<I, O>(input: I, fn: (i: I) => O, check: (o: O) => boolean) {
  let t = performance.now();
  const first = fn(input);
  const firstMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < WARM_CALLS; i++) fn(input);
  return { firstMs, warmMs: (performance.now() - t) / WARM_CALLS, sameAsFigure: check(first) };
}

/** Both computations with each library; figures come from the same run's figure-data stage. */
export function compareLibraries(rawDir: string, built: FigureData[]): LibraryTask[] {
  const fig1 = built.find((f) => f.id === "fig1");
  const fig6 = built.find((f) => f.id === "fig6");
  const tasks: LibraryTask[] = [];
  dfd(); // imported before timing: its import time is measured apart, in a fresh process
  if (fig1) {
    const rows = loadCbsOData(FIG1_SOURCE, rawDir).data.rows;
    const fns: Record<Library, (r: readonly CbsRow[]) => Fig1Out[]> = {
      "plain TypeScript": fig1Plain,
      arquero: fig1Arquero,
      "danfojs-node": fig1Danfo,
    };
    const variants = Object.fromEntries(
      LIBRARIES.map((l) => [l, measure(rows, fns[l], (o) => sameFig1(o, fig1))]),
    ) as LibraryTask["variants"];
    tasks.push({ task: "fig1: yearly filter + derive (83474NED rows)", rows: rows.length, variants });
  }
  if (fig6) {
    const { values } = fig6Yearly(loadFig6(rawDir));
    const fns: Record<Library, (v: YearlyValue[]) => Fig6Out[]> = {
      "plain TypeScript": fig6Plain,
      arquero: fig6Arquero,
      "danfojs-node": fig6Danfo,
    };
    const variants = Object.fromEntries(
      LIBRARIES.map((l) => [l, measure(values, fns[l], (o) => sameFig6(o, fig6))]),
    ) as LibraryTask["variants"];
    tasks.push({ task: "fig6: per-country mean 2015-2024 (JSON-stat cells)", rows: values.length, variants });
  }
  return tasks;
}

/** require() time of a module in a fresh Node process (Node's own start-up excluded). */
export async function importMs(moduleName: string): Promise<number> {
  const script = `const t = performance.now(); require(${JSON.stringify(moduleName)}); process.stdout.write(String(performance.now() - t));`;
  const r = await runChildOk(process.execPath, ["-e", script], { cwd: projectRoot() });
  return Number(r.stdout);
}
