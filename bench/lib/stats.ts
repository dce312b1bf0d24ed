// Summaries of repeated timings: median with min and max, and the formatting used in results.md.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(xs: number[]): Summary | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length };
}

/** Named series of samples (milliseconds or bytes), one value per run. */
export class Samples {
  private readonly series = new Map<string, number[]>();

  add(name: string, value: number): void {
    const list = this.series.get(name) ?? [];
    list.push(value);
    this.series.set(name, list);
  }

  get(name: string): Summary | undefined {
    return summarize(this.series.get(name) ?? []);
  }

  /** The value of the first run (cold caches, first JIT), when there is one. */
  first(name: string): number | undefined {
    return this.series.get(name)?.[0];
  }

  /** The latest value added. */
  last(name: string): number | undefined {
    return this.series.get(name)?.at(-1);
  }

  names(): string[] {
    return [...this.series.keys()];
  }

  toJSON(): Record<string, number[]> {
    return Object.fromEntries(this.series);
  }

  static fromJSON(json: Record<string, number[]>): Samples {
    const s = new Samples();
    for (const [name, values] of Object.entries(json)) for (const v of values) s.add(name, v);
    return s;
  }
}

/** Milliseconds: "12.3 ms" below 1 s, "4.56 s" above. */
export function fmtMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function fmtBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** "median (min-max)" in one cell. */
export function fmtSummary(s: Summary | undefined, fmt: (v: number) => string = fmtMs): string {
  if (!s) return "not measured";
  return s.n === 1 ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)} – ${fmt(s.max)})`;
}
