// The `.origin.json` sidecar: its contract (the mirror's README) as one zod schema, checked on
// every read, so that a missing or mistyped field is refused by name instead of failing later
// with "Cannot read properties of undefined" far from the file. The TypeScript type is derived
// from the schema (z.infer): the contract is written once.
import { z } from "zod";

/** Far above any table this project reads (the largest is about 100 KB; a live paged table some MB). */
const MAX_RAW_BYTES = 1024 * 1024 * 1024;
/** A sidecar is a few hundred bytes; more than this is not a sidecar. */
export const MAX_SIDECAR_BYTES = 1024 * 1024;

// A date, optionally with a time: 2025-04-22, 2024-03-26T09:19:42, 2025-04-01T10:00:00Z.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function isDate(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const text = z.string({ error: "expected a text" }).min(1, { error: "expected a non-empty text" });
const dateText = z.string({ error: "expected a date YYYY-MM-DD (optionally with a time) as text" }).refine(isDate, {
  error: (iss) => `expected a date YYYY-MM-DD (optionally with a time), got ${JSON.stringify(iss.input)}`,
});

/** The `.origin.json` sidecar, as defined in the mirror's README (fields unknown to it are kept). */
const SIDECAR_SCHEMA = z
  .looseObject({
    file: text,
    bytes: z
      .number({ error: "expected a byte count" })
      .int({ error: "expected a whole byte count" })
      .min(0, { error: "expected a byte count >= 0" })
      .max(MAX_RAW_BYTES, { error: `expected at most ${MAX_RAW_BYTES} bytes` }),
    sha256: z
      .string({ error: "expected a sha256 in hex" })
      .regex(/^[0-9a-f]{64}$/, { error: "expected a sha256 in hex (64 characters 0-9a-f)" }),
    provider: z.enum(["CBS", "Eurostat"], { error: 'expected "CBS" or "Eurostat"' }),
    /** CBS: the table id (required for CBS). */
    table: text.optional(),
    /** Eurostat: the dataset code (required for Eurostat). */
    dataset: text.optional(),
    title: text,
    /** The API request that returns this content. */
    url: z
      .string({ error: "expected a URL" })
      .regex(/^(https?|file):\/\/\S/, { error: "expected an http(s) URL (file:// for staged fixtures)" }),
    format: z.enum(["cbs-odata-v3-json", "cbs-csv", "jsonstat-2.0"], {
      error: "expected cbs-odata-v3-json, cbs-csv or jsonstat-2.0",
    }),
    /** When the values were downloaded from the producer: the vintage. */
    retrieved: dateText,
    /** CBS TableInfos.Modified, or Eurostat's `updated`, of that vintage, where known. */
    tableModified: dateText.optional(),
    kind: z.enum(["recorded", "reconstructed"], { error: 'expected "recorded" or "reconstructed"' }),
    /** Where a reconstructed file's values come from (kind reconstructed needs this or notes). */
    derivedFrom: z
      .record(z.string(), z.unknown(), { error: "expected an object (repository, commit, path, ...)" })
      .optional(),
    notes: z.string({ error: "expected a text" }).optional(),
    /** Written by this project: where the file was copied from, when it came from a mirror. */
    copiedFrom: z.object({ mirror: text, at: dateText }, { error: "expected {mirror, at}" }).optional(),
    /** Written by this project: the last check whether the producer's table changed. */
    checked: z
      .object(
        {
          at: dateText,
          /** What was compared, e.g. "CBS TableInfos.Modified". */
          method: text,
          /** The request that answered the check. */
          url: z.string().optional(),
          /** The producer's modification date found by the check. */
          producerModified: z.string().optional(),
          /** Our copy's tableModified before the check. */
          previous: z.string().optional(),
          /** unchanged (kept), changed, new, refresh, request changed, damaged copy, unknown. */
          result: text,
        },
        { error: "expected {at, method, result, ...}" },
      )
      .optional(),
  })
  .superRefine((sc, ctx) => {
    const idField = sc.provider === "CBS" ? "table" : "dataset";
    if (sc[idField] === undefined)
      ctx.addIssue({ code: "custom", path: [idField], message: `required for provider ${sc.provider}` });
    // A reconstructed file must say where its values come from: derivedFrom (the real sidecars) or notes (synthetic fixtures).
    if (sc.kind === "reconstructed" && sc.derivedFrom === undefined && !sc.notes?.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["derivedFrom"],
        message: "required for kind reconstructed (or notes saying where the values come from)",
      });
    }
  });

/** The `.origin.json` sidecar, as defined in the mirror's README: the schema's type. */
export type Sidecar = z.infer<typeof SIDECAR_SCHEMA>;

/** Checks a parsed sidecar against the contract; throws `<where>: field "x": reason` for the first problems. */
export function parseSidecar(json: unknown, where: string, fail: (where: string, reason: string) => Error): Sidecar {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw fail(where, "sidecar is not a JSON object");
  const r = SIDECAR_SCHEMA.safeParse(json);
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, 3).map((iss) => {
    const field = iss.path.join(".");
    const value = iss.path.reduce<unknown>(
      (o, k) => (o && typeof o === "object" ? (o as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined),
      json,
    );
    if (value !== undefined) return `field "${field}": ${iss.message}`;
    return `field "${field}": missing${iss.code === "custom" ? ` (${iss.message})` : ""}`;
  });
  throw fail(where, problems.join("; "));
}
