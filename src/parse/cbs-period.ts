// CBS period keys: 1995JJ00 (year), 1995MM01 (month), 1995KW01 (quarter).
// Keys can carry padding and, in titles, a '*' for provisional figures; both are stripped.

type Frequency = "year" | "quarter" | "month";

export interface CbsPeriod {
  key: string;
  year: number;
  frequency: Frequency;
  /** 0 for a year, 1-4 for a quarter, 1-12 for a month. */
  number: number;
}

const PERIOD = /^(\d{4})(JJ|KW|MM)(\d{2})$/;
const FREQ: Record<string, Frequency> = { JJ: "year", KW: "quarter", MM: "month" };

// Every figure reads the same few hundred period keys from the shared rows, so a key is parsed
// once per process: the results are frozen and shared. Capped so that a file full of distinct
// keys cannot grow it without bound (keys past the cap are parsed each time).
const seen = new Map<string, CbsPeriod>();
const SEEN_MAX = 10_000;

/** `where` (the file, a row) starts the message of a key that is not a period. */
export function parseCbsPeriod(raw: string, where?: string): CbsPeriod {
  const hit = seen.get(raw);
  if (hit) return hit;
  const p = Object.freeze(parsePeriod(raw, where));
  if (seen.size < SEEN_MAX) seen.set(raw, p);
  return p;
}

function parsePeriod(raw: string, where?: string): CbsPeriod {
  const at = where ? `${where}: ` : "";
  const key = String(raw).trim();
  const m = PERIOD.exec(key);
  if (!m) throw new Error(`${at}Not a CBS period key: "${raw}" (expected e.g. 1995JJ00, 1995KW01, 1995MM01)`);
  const frequency = FREQ[m[2]];
  const number = Number(m[3]);
  const max = frequency === "year" ? 0 : frequency === "quarter" ? 4 : 12;
  if ((frequency === "year" && number !== 0) || (frequency !== "year" && (number < 1 || number > max))) {
    throw new Error(`${at}CBS period key "${raw}" has an impossible ${frequency} number ${number}`);
  }
  return { key, year: Number(m[1]), frequency, number };
}
