// Eurostat JSON-stat 2.0 into tidy rows: one row per cell with every dimension's code, the value
// and the status flag in its own column. The flat row-major index, `value` as an array or an
// object, and `status` as a string, array or object are handled by the JSON-stat toolkit.
// A cell absent from `value` is missing (null), never 0.
import { looksLikeHtml, ParseError, parseJsonText } from "./cbs-odata";
// The toolkit ships no type declarations; its surface used here is typed below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSONstat: (input: unknown) => JsonStatToolkitDataset = require("jsonstat-toolkit");

interface JsonStatToolkitDataset {
  class?: string;
  toTable(opts: { type: "arrobj"; status: boolean; content: "id" }): Record<string, string | number | null>[];
}

export interface JsonStatDimension {
  id: string;
  label: string;
  /** Codes in the document's index order, with their labels. */
  categories: { code: string; label: string }[];
}

export interface JsonStatCell {
  /** Dimension codes by dimension id, e.g. {freq: "A", geo: "NL", time: "2021"}. */
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

type Raw = Record<string, unknown>;

export function parseJsonStat(text: string, file: string, expectDataset?: string): JsonStatDataset {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not JSON-stat (an error page was saved instead of data?)");
  return parseJsonStatDoc(parseJsonText(text, file), file, expectDataset);
}

export function parseJsonStatDoc(doc: unknown, file: string, expectDataset?: string): JsonStatDataset {
  const d = doc as Raw;
  if (typeof d !== "object" || d === null) throw new ParseError(file, "is not a JSON object");
  if (d.error) throw new ParseError(file, `holds a Eurostat error, not data: ${JSON.stringify(d.error)}`);
  if (d.class !== "dataset" || !Array.isArray(d.id) || !Array.isArray(d.size) || typeof d.dimension !== "object") {
    throw new ParseError(file, 'is not a JSON-stat 2.0 dataset (needs class "dataset", id, size, dimension)');
  }
  const ids = d.id as string[];
  const sizes = d.size as number[];
  if (ids.length !== sizes.length) throw new ParseError(file, `id has ${ids.length} dimensions but size has ${sizes.length}`);
  const ext = (d.extension ?? {}) as Raw;
  const datasetCode = typeof ext.id === "string" ? ext.id.toLowerCase() : undefined;
  if (expectDataset && datasetCode && datasetCode !== expectDataset.toLowerCase()) {
    throw new ParseError(file, `is dataset ${datasetCode}, expected ${expectDataset}`);
  }

  const dims = d.dimension as Record<string, Raw>;
  const dimensions: JsonStatDimension[] = ids.map((id, i) => {
    const dim = dims[id];
    if (!dim || typeof dim.category !== "object") throw new ParseError(file, `dimension "${id}" has no category`);
    const cat = dim.category as { index?: string[] | Record<string, number>; label?: Record<string, string> };
    let codes: string[];
    if (Array.isArray(cat.index)) codes = cat.index;
    else if (cat.index) codes = Object.entries(cat.index).sort((a, b) => a[1] - b[1]).map(([c]) => c);
    else codes = Object.keys(cat.label ?? {});
    if (codes.length !== sizes[i]) {
      throw new ParseError(file, `dimension "${id}" has ${codes.length} categories but size says ${sizes[i]}`);
    }
    return {
      id,
      label: typeof dim.label === "string" ? dim.label : id,
      categories: codes.map((code) => ({ code, label: cat.label?.[code] ?? code })),
    };
  });

  const n = sizes.reduce((a, b) => a * b, 1);
  if (Array.isArray(d.value) && d.value.length !== n) {
    throw new ParseError(file, `value array has ${d.value.length} cells, size implies ${n}: truncated?`);
  }
  const table = JSONstat(doc).toTable({ type: "arrobj", status: true, content: "id" });
  if (table.length !== n) throw new ParseError(file, `JSON-stat toolkit returned ${table.length} cells, expected ${n}`);
  const cells: JsonStatCell[] = table.map((r) => {
    const coords: Record<string, string> = {};
    for (const id of ids) coords[id] = String(r[id]);
    const v = r.value;
    if (v !== null && typeof v !== "number") throw new ParseError(file, `cell ${JSON.stringify(coords)} holds "${v}", not a number`);
    const status = r.status === null || r.status === undefined || r.status === "" ? null : String(r.status);
    return { coords, value: typeof v === "number" ? v : null, status };
  });

  const statusLabels = ((ext.status as Raw | undefined)?.label ?? {}) as Record<string, string>;
  return {
    label: typeof d.label === "string" ? d.label : "",
    datasetCode,
    updated: typeof d.updated === "string" ? d.updated : undefined,
    dimensions,
    statusLabels,
    cells,
  };
}
