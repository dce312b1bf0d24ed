// Eurostat JSON-stat 2.0 into tidy rows: one row per cell with every dimension's code, the value
// and the status flag in its own column. The flat row-major index, `value` as an array or an
// object, and `status` as a string, array or object are unfolded here.
// A cell absent from `value` is missing (null), never 0.
//
// The document is checked whole before any cell is made: dimension ids distinct, each `size` a
// whole number matching its dimension's category count, the declared cube (product of size) not
// over MAX_CELLS, category codes distinct, every value a finite number or null. Codes read from
// the file are kept in Maps and objects without Object.prototype, so a code such as __proto__ or
// constructor is only a code.
import { brief, hasOwn, looksLikeHtml, ParseError, parseJsonText } from "./cbs-odata";

export interface JsonStatDimension {
  id: string;
  label: string;
  /** Codes in the document's index order, with their labels. */
  categories: { code: string; label: string }[];
}

export interface JsonStatCell {
  /** Dimension codes by dimension id, e.g. {freq: "A", geo: "NL", time: "2021"} (no Object.prototype: own keys only). */
  coords: Record<string, string>;
  value: number | null;
  /** Eurostat flag: p provisional, e estimated, b break, u low reliability, c confidential, ... */
  status: string | null;
}

export interface JsonStatDataset {
  label: string;
  /** Eurostat's dataset code (extension.id), lower-cased, when present. */
  datasetCode?: string;
  updated?: string;
  dimensions: JsonStatDimension[];
  statusLabels: Record<string, string>;
  cells: JsonStatCell[];
}

/**
 * The largest cube accepted (product of `size`). Every catalogued request is a few thousand cells;
 * a million cells already take some hundreds of MB once unfolded. A bigger declaration is refused
 * before anything is expanded (a "cube bomb": a small file declaring a huge, nearly empty cube).
 */
const MAX_CELLS = 1_000_000;

/** What the catalog knows about a dataset, passed by the loader. */
export interface JsonStatOptions {
  /** "count": every value is a number of persons (whole, not negative); "rate": any finite number. */
  measureKind?: "count" | "rate";
  /** The dimension ids the request returns (any order): a document with other dimensions is refused. */
  dimensions?: readonly string[];
  /** Overrides MAX_CELLS. */
  maxCells?: number;
}

/**
 * The prototype of every cell's coords: an empty, frozen object without a prototype. Nothing is
 * inherited (a dimension id such as __proto__, constructor or toString is an own key like any other;
 * without Object.prototype in the chain, assigning __proto__ makes an own key), and unlike
 * Object.create(null), whose objects V8 keeps as hash tables, the coords share one fast shape:
 * half the time of making the cells.
 */
const NO_PROTOTYPE: object = Object.freeze(Object.create(null));

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const INDEX_KEY = /^(0|[1-9]\d*)$/;

export function parseJsonStat(
  text: string,
  file: string,
  expectDataset?: string,
  opts: JsonStatOptions = {},
): JsonStatDataset {
  if (looksLikeHtml(text))
    throw new ParseError(file, "is HTML, not JSON-stat (an error page was saved instead of data?)");
  return parseJsonStatDoc(parseJsonText(text, file), file, expectDataset, opts);
}

export function parseJsonStatDoc(
  doc: unknown,
  file: string,
  expectDataset?: string,
  opts: JsonStatOptions = {},
): JsonStatDataset {
  if (!isObject(doc)) throw new ParseError(file, "is not a JSON object");
  const d = doc;
  if (hasOwn(d, "error") && d.error) throw new ParseError(file, `holds a Eurostat error, not data: ${brief(d.error)}`);
  if (d.class !== "dataset" || !Array.isArray(d.id) || !Array.isArray(d.size) || !isObject(d.dimension)) {
    throw new ParseError(file, 'is not a JSON-stat 2.0 dataset (needs class "dataset", id, size, dimension)');
  }
  const ids = d.id as unknown[];
  const sizes = d.size as unknown[];
  if (ids.length !== sizes.length)
    throw new ParseError(file, `id has ${ids.length} dimensions but size has ${sizes.length}`);
  const seenIds = new Set<string>();
  for (const id of ids) {
    if (typeof id !== "string" || id === "") throw new ParseError(file, `dimension id ${brief(id, 60)} is not a name`);
    if (seenIds.has(id)) throw new ParseError(file, `dimension id "${id}" appears twice in id`);
    seenIds.add(id);
  }
  const dimIds = ids as string[];
  sizes.forEach((s, i) => {
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
      throw new ParseError(
        file,
        `size of dimension "${dimIds[i]}" is ${brief(s, 60)}, not a whole number of categories`,
      );
    }
  });
  const size = sizes as number[];
  const ext = isObject(d.extension) ? d.extension : {};
  const datasetCode = typeof ext.id === "string" ? ext.id.toLowerCase() : undefined;
  if (expectDataset && datasetCode && datasetCode !== expectDataset.toLowerCase()) {
    throw new ParseError(file, `is dataset ${datasetCode}, expected ${expectDataset}`);
  }
  if (opts.dimensions) {
    const want = new Set(opts.dimensions);
    if (dimIds.length !== want.size || dimIds.some((id) => !want.has(id))) {
      throw new ParseError(
        file,
        `has dimensions ${dimIds.join(", ")}; the catalogued request returns ${[...want].join(", ")}`,
      );
    }
  }

  // The declared cube, before anything is expanded.
  const max = opts.maxCells ?? MAX_CELLS;
  const n = size.reduce((a, b) => a * b, 1);
  if (n > max) {
    throw new ParseError(
      file,
      `declares ${size.join(" x ")} = ${n} cells, more than the ${max} accepted: refusing to expand it (not the catalogued request?)`,
    );
  }

  const dims = d.dimension;
  const dimensions: JsonStatDimension[] = dimIds.map((id, i) => readDimension(dims, id, size[i], file));

  // Values and statuses by flat index; both checked before the cells are made.
  const valueAt = readValues(d.value, n, file);
  const statusAt = readStatus(d.status, n, file);
  const strides = size.map((_, i) => size.slice(i + 1).reduce((a, b) => a * b, 1));
  const codesOf = dimensions.map((dim) => dim.categories.map((c) => c.code));
  const coordsOf = (index: number): Record<string, string> => {
    const coords: Record<string, string> = Object.create(NO_PROTOTYPE);
    // A plain loop: this runs for every cell.
    for (let j = 0; j < dimIds.length; j++) coords[dimIds[j]] = codesOf[j][Math.floor(index / strides[j]) % size[j]];
    return coords;
  };
  const cellName = (index: number) => {
    const c = coordsOf(index);
    return `cell ${dimIds.map((id) => `${id}=${c[id]}`).join(", ")} (value index ${index})`;
  };
  // A separate function rather than narrowing `v` in the loop: tslab type-checks src/ without
  // strictNullChecks, where `v !== null` does not narrow unknown.
  const checkedValue = (v: unknown, index: number): number => {
    if (typeof v !== "number") throw new ParseError(file, `${cellName(index)} holds ${brief(v, 60)}, not a number`);
    if (!Number.isFinite(v))
      throw new ParseError(file, `${cellName(index)}: ${v} is not a finite number (a value like 1e999?)`);
    if (opts.measureKind === "count" && v < 0)
      throw new ParseError(file, `${cellName(index)}: ${v} is a negative number of persons`);
    if (opts.measureKind === "count" && !Number.isInteger(v))
      throw new ParseError(file, `${cellName(index)}: ${v} is a fractional number of persons`);
    return v;
  };
  const cells: JsonStatCell[] = [];
  for (let index = 0; index < n; index++) {
    const v = valueAt(index);
    cells.push({ coords: coordsOf(index), value: v === null ? null : checkedValue(v, index), status: statusAt(index) });
  }

  const statusLabels: Record<string, string> = Object.create(null);
  const statusExt = isObject(ext.status) && isObject(ext.status.label) ? ext.status.label : {};
  for (const [flag, label] of Object.entries(statusExt)) if (typeof label === "string") statusLabels[flag] = label;
  return {
    label: typeof d.label === "string" ? d.label : "",
    datasetCode,
    updated: typeof d.updated === "string" ? d.updated : undefined,
    dimensions,
    statusLabels,
    cells,
  };
}

/** One dimension's codes in index order: distinct codes, distinct positions, as many as size says. */
function readDimension(dims: Raw, id: string, size: number, file: string): JsonStatDimension {
  const dim = hasOwn(dims, id) ? dims[id] : undefined;
  if (!isObject(dim) || !isObject(dim.category)) throw new ParseError(file, `dimension "${id}" has no category`);
  const cat = dim.category;
  const labels = isObject(cat.label) ? cat.label : {};
  let codes: string[];
  if (Array.isArray(cat.index)) {
    codes = cat.index.map((c) => {
      if (typeof c !== "string")
        throw new ParseError(file, `dimension "${id}": category index holds ${brief(c, 60)}, not a code`);
      return c;
    });
    const seen = new Set<string>();
    for (const c of codes) {
      if (seen.has(c)) throw new ParseError(file, `dimension "${id}": code "${c}" appears twice in the category index`);
      seen.add(c);
    }
  } else if (isObject(cat.index)) {
    const byPosition = new Map<number, string>();
    for (const [code, pos] of Object.entries(cat.index)) {
      if (typeof pos !== "number" || !Number.isInteger(pos) || pos < 0 || pos >= size) {
        throw new ParseError(
          file,
          `dimension "${id}": code "${code}" has index position ${brief(pos, 60)}, outside 0..${size - 1}`,
        );
      }
      const other = byPosition.get(pos);
      if (other !== undefined)
        throw new ParseError(file, `dimension "${id}": codes "${other}" and "${code}" share index position ${pos}`);
      byPosition.set(pos, code);
    }
    codes = [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  } else if (cat.index === undefined) {
    codes = Object.keys(labels);
  } else {
    throw new ParseError(file, `dimension "${id}": category index is ${brief(cat.index, 60)}, not an array or object`);
  }
  if (codes.length !== size)
    throw new ParseError(file, `dimension "${id}" has ${codes.length} categories but size says ${size}`);
  return {
    id,
    label: typeof dim.label === "string" ? dim.label : id,
    categories: codes.map((code) => {
      const label = hasOwn(labels, code) ? labels[code] : undefined;
      return { code, label: typeof label === "string" ? label : code };
    }),
  };
}

/** `value` as an array of n cells or an object keyed by flat index; absent cells are null. */
function readValues(value: unknown, n: number, file: string): (index: number) => unknown {
  if (Array.isArray(value)) {
    if (value.length !== n)
      throw new ParseError(file, `value array has ${value.length} cells, size implies ${n}: truncated?`);
    return (i) => value[i] ?? null;
  }
  if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (!INDEX_KEY.test(key) || Number(key) >= n)
        throw new ParseError(file, `value has key ${brief(key, 40)}, not a cell index below ${n}`);
    }
    // Dense once (the keys are checked above): one array read per cell instead of String(i) and hasOwn.
    const dense: unknown[] = new Array(n).fill(null);
    for (const key of Object.keys(value)) dense[Number(key)] = value[key];
    return (i) => dense[i];
  }
  throw new ParseError(file, `has no value array or object (value is ${brief(value, 60)})`);
}

/** `status` as one string for every cell, an array (of n, or 1 for all), or an object keyed by flat index. */
function readStatus(status: unknown, n: number, file: string): (index: number) => string | null {
  const flag = (s: unknown, where: string): string | null => {
    if (s === null || s === undefined || s === "") return null;
    if (typeof s !== "string") throw new ParseError(file, `status ${where} is ${brief(s, 60)}, not a flag`);
    return s;
  };
  if (status === undefined || status === null) return () => null;
  if (typeof status === "string") return () => flag(status, "");
  if (Array.isArray(status)) {
    if (status.length !== n && status.length !== 1)
      throw new ParseError(file, `status array has ${status.length} entries, size implies ${n}`);
    const flags = status.map((s, i) => flag(s, `at index ${i}`));
    return (i) => (flags.length === 1 ? flags[0] : flags[i]);
  }
  if (isObject(status)) {
    const flags = new Map<number, string | null>();
    for (const [key, s] of Object.entries(status)) {
      if (!INDEX_KEY.test(key) || Number(key) >= n)
        throw new ParseError(file, `status has key ${brief(key, 40)}, not a cell index below ${n}`);
      flags.set(Number(key), flag(s, `at index ${key}`));
    }
    return (i) => flags.get(i) ?? null;
  }
  throw new ParseError(file, `status is ${brief(status, 60)}, not a string, array or object`);
}
