// out/index.html in headless Chromium: opened from a file URL it shows every figure that has data
// (interactive Plotly), lists those that need data, logs no console errors and requests nothing
// but itself and out/'s one copy of plotly.js; so does each figure's figure.html. Built once from the real raw data (mirror) and once from a synthetic vintage in
// which most figures need data.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAll, type BuildAllResult } from "../../src/build";
import { readOnlyData } from "../../src/raw/data-source";
import { launchChromium } from "../../src/outputs/render";
import { PLOTLY_ASSET, plotlyBundlePath } from "../../src/outputs/page";
import { realRawDir } from "../helpers/raw";

interface Loaded {
  outDir: string;
  result: BuildAllResult;
  html: string;
  page: Page;
  requests: string[];
  errors: string[];
  url: string;
}

let chromium: Awaited<ReturnType<typeof launchChromium>>;
const temp: string[] = [];
const tmpDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(d);
  return d;
};

/** Opens a page of out/ from its file URL, recording its requests and errors. */
async function openFile(file: string) {
  const context = chromium.context as unknown as BrowserContext;
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: "load" });
  return { page, requests, errors, url };
}

/** Builds out/ from a read-only raw folder (nothing fetched) and opens index.html. */
async function buildAndOpen(rawDir: string): Promise<Loaded> {
  const outDir = tmpDir("migratie-index-");
  const result = await buildAll({ data: readOnlyData(rawDir), outDir, mode: "annex", images: false });
  const file = path.join(outDir, "index.html");
  const html = fs.readFileSync(file, "utf8");
  const { page, requests, errors, url } = await openFile(file);
  const built = result.figures.filter((f) => f.status === "built").length;
  await page.waitForFunction(`document.querySelectorAll(".plot .main-svg").length >= ${built}`);
  return { outDir, result, html, page, requests, errors, url };
}

function commonChecks(get: () => Loaded) {
  it("renders every built figure interactively, in its own section", async () => {
    const { result, page } = get();
    for (const f of result.figures.filter((x) => x.status === "built")) {
      const plots = await page
        .locator(
          `section#${f.id}[data-status="built"] .plot-container, section#${f.id}[data-status="built"] svg.main-svg`,
        )
        .count();
      expect(plots, f.id).toBeGreaterThan(0);
    }
  });

  it("lists every figure that needs data, with the reason", async () => {
    const { result, page } = get();
    for (const f of result.figures.filter((x) => x.status !== "built")) {
      const item = page.locator(`#needs-data li[data-figure="${f.id}"]`);
      expect(await item.count(), f.id).toBe(1);
      if (f.status === "needs-data") expect(await item.textContent()).toContain(f.sources[0].file);
      expect(await page.locator(`section#${f.id} .plot`).count()).toBe(0);
    }
  });

  it("shows each built figure's data table and its sources with vintage and sha256", async () => {
    const { result, page } = get();
    for (const f of result.figures) {
      if (f.status !== "built") continue;
      const rows = await page.locator(`section#${f.id} details.data-table`).first().locator("tbody tr").count();
      expect(rows, f.id).toBe(f.data.table.numRows());
      const sources = await page.locator(`section#${f.id} ul.sources`).textContent();
      for (const p of f.data.sources) {
        expect(sources).toContain(p.sha256);
        expect(sources).toContain(p.retrieved.slice(0, 10));
      }
    }
  });

  it("has the audit table with every claim", async () => {
    const { result, page } = get();
    expect(await page.locator("#audit table.claims tbody tr").count()).toBe(result.claims.length);
    for (const c of result.claims) {
      expect(await page.locator(`#audit tr[data-claim="${c.id}"]`).getAttribute("data-status")).toBe(c.status);
    }
  });

  it("loads out/'s one copy of plotly.js by a relative path and nothing from the network", () => {
    const { outDir, html, requests, url } = get();
    const asset = path.join(outDir, PLOTLY_ASSET);
    expect(fs.readFileSync(asset).equals(fs.readFileSync(plotlyBundlePath()))).toBe(true);
    expect(html).toContain('<script src="assets/plotly.min.js"></script>');
    expect(html).not.toMatch(/<script[^>]+src="(?!assets\/plotly\.min\.js")|<link[^>]+href="https?:/);
    expect(requests).toContain(url); // the listener sees requests: the page's own
    expect(requests.filter((r) => r !== url && !r.startsWith("data:"))).toEqual([pathToFileURL(asset).href]);
  });

  it("holds plotly.js once: no page in out/ inlines it", () => {
    const { outDir } = get();
    const bundleStart = fs.readFileSync(plotlyBundlePath(), "utf8").slice(0, 200);
    const files = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
      fs.statSync(path.join(outDir, f)).isFile(),
    );
    const holding = files.filter((f) => fs.readFileSync(path.join(outDir, f), "utf8").includes(bundleStart));
    expect(holding).toEqual([PLOTLY_ASSET.split("/").join(path.sep)]);
  });

  it("logs no console errors", () => {
    expect(get().errors).toEqual([]);
  });
}

beforeAll(async () => {
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
});

describe("out/index.html from the real raw data", () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await buildAndOpen(await realRawDir());
  });
  commonChecks(() => loaded);

  it("is written by buildAll after claims.json and audit.md, which hold the same claims", () => {
    const json = JSON.parse(fs.readFileSync(path.join(loaded.outDir, "claims.json"), "utf8")) as {
      id: string;
      status: string;
    }[];
    expect(json.map((c) => `${c.id}:${c.status}`)).toEqual(loaded.result.claims.map((c) => `${c.id}:${c.status}`));
    const md = fs.readFileSync(path.join(loaded.outDir, "audit.md"), "utf8");
    for (const f of loaded.result.figures) expect(md).toContain(`## ${f.id}: `);
  });

  it("renders a figure's figure.html from its file URL with the shared plotly.js", async () => {
    // One figure: every figure.html is the same page around another spec (the specs are drawn in index.html).
    const f = loaded.result.figures.find((x) => x.status === "built");
    if (f?.status !== "built") throw new Error("no figure built from the real raw data");
    const asset = pathToFileURL(path.join(loaded.outDir, PLOTLY_ASSET)).href;
    const opened = await openFile(path.join(loaded.outDir, f.id, "figure.html"));
    try {
      await opened.page.waitForFunction(`document.querySelectorAll("#figure .main-svg").length > 0`);
      expect(await opened.page.title()).toBe(f.data.title);
      expect(opened.requests.filter((r) => r !== opened.url && !r.startsWith("data:"))).toEqual([asset]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it("shows the figures the mirror has data for", () => {
    const built = loaded.result.figures.filter((f) => f.status === "built").map((f) => f.id);
    expect(built).toEqual(expect.arrayContaining(["fig1", "fig5", "fig6"]));
  });
});

describe("out/index.html from a vintage where most figures need data", () => {
  let loaded: Loaded;
  beforeAll(async () => {
    const raw = tmpDir("migratie-raw-a-");
    fs.cpSync(path.join(__dirname, "../fixtures/vintages/a"), raw, { recursive: true });
    loaded = await buildAndOpen(raw);
  });
  commonChecks(() => loaded);

  it("builds figures 5 and 6 and says figure 1 needs CBS 83474NED", async () => {
    const status = Object.fromEntries(loaded.result.figures.map((f) => [f.id, f.status]));
    expect(status).toMatchObject({ fig1: "needs-data", fig5: "built", fig6: "built" });
    expect(await loaded.page.locator('#needs-data li[data-figure="fig1"]').textContent()).toContain("83474NED");
  });
});
