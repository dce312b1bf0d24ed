// out/notebooks/<name>.html: an executed notebook as a page a teacher can send, made by nbconvert
// (lab template) and then made to work from disk, without network, on any machine.
import * as os from "node:os";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { PLOTLY_ASSET, plotlyScript } from "../outputs/page";

type Element = DefaultTreeAdapterTypes.Element;

// Elements that would load their src/href from outside the page (links to elsewhere, <a href>, are fine).
const LOADING = new Set(["script", "link", "img", "iframe", "source", "video", "audio"]);
const OUTSIDE_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const outsideUrl = (e: Element) =>
  [attr(e, "src"), attr(e, "href")].find((u) => u !== undefined && OUTSIDE_URL.test(u) && !/^data:/i.test(u));

function elements(node: DefaultTreeAdapterTypes.ParentNode): Element[] {
  return node.childNodes.flatMap((c) => ("tagName" in c ? [c, ...elements(c)] : []));
}

/** The page's plotly.js: out/assets/plotly.min.js, shared by every page of out/ (pages are in out/notebooks/). */
export const NOTEBOOK_PAGE_PLOTLY = `../${PLOTLY_ASSET}`;

export interface PageOptions {
  /** The project root: the page may not name it (nor the home or temporary folder of the machine that built it). */
  root?: string;
  /** plotly.js relative to the page (default ../assets/plotly.min.js: a page in out/notebooks/). */
  plotly?: string;
}

/**
 * The nbconvert page with outside scripts removed and plotly.js loaded from out/assets/ (one copy
 * for every page of out/: a page weighs what its outputs weigh), so that each figure output draws
 * its interactive figure. Debian's nbconvert points require.js and MathJax at
 * file:///usr/share/javascript/ (upstream: a CDN); neither is on the reader's machine and the
 * figures need neither (the notebooks have no formulas). The page is parsed as a browser would
 * (parse5) and only those elements are cut out; every other byte stays. Throws, naming `file`,
 * when the page still loads something from outside or names a folder of the machine it was built on.
 */
export function offlineNotebookPage(page: string, file: string, opts: PageOptions = {}): string {
  const all = elements(parse(page, { sourceCodeLocationInfo: true }));
  const headEnd = all.find((e) => e.tagName === "head")?.sourceCodeLocation?.endTag?.startOffset;
  if (headEnd === undefined) throw new Error(`${file}: no </head>, not an nbconvert HTML page`);
  const dropped = all.filter((e) => e.tagName === "script" && outsideUrl(e) !== undefined);
  const outside = all.filter((e) => LOADING.has(e.tagName) && !dropped.includes(e)).flatMap((e) => outsideUrl(e) ?? []);
  if (outside.length) throw new Error(`${file}: still loads ${outside.slice(0, 3).join(", ")} from outside the page`);
  const local = [opts.root, os.homedir(), os.tmpdir()].filter((d): d is string => !!d && d.length > 1);
  const named = local.find((d) => page.includes(d));
  if (named)
    throw new Error(
      `${file}: names ${named}, a folder of this machine (the page is handed out: show paths relative to the project)`,
    );
  const edits = [
    ...dropped.map((e) => {
      const { startOffset, endOffset } = e.sourceCodeLocation!;
      // With the blank space after the element, as if it had never been there.
      return { start: startOffset, end: endOffset + /^\s*/.exec(page.slice(endOffset))![0].length, text: "" };
    }),
    { start: headEnd, end: headEnd, text: `${plotlyScript({ src: opts.plotly ?? NOTEBOOK_PAGE_PLOTLY })}\n` },
  ];
  // From the end of the page backwards, so that the offsets still ahead stay valid.
  let out = page;
  for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
