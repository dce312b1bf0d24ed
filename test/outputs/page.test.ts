// The page writer: escaping of text in HTML and of data inside <script>, out/'s one copy of
// plotly.js, and pages (shared asset or inlined plotly.js) that render from a file URL.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { PlotlyFigure } from "../../src/figures/types";
import { html } from "../../src/outputs/html";
import {
  htmlPage,
  PLOTLY_ASSET,
  plotlyAssetSrc,
  plotlyBundlePath,
  plotlyScript,
  scriptJson,
  writePlotlyAsset,
} from "../../src/outputs/page";
import { launchChromium } from "../../src/outputs/render";

const temp: string[] = [];
const tmpDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-page-"));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
});

const hostile = `</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted" 'single' <b>bold</b>`;
const figure: PlotlyFigure = {
  data: [{ type: "bar", name: hostile, x: [2001, 2002], y: [10, 20] }],
  layout: { title: { text: hostile }, width: 400, height: 300 },
};

describe("scriptJson", () => {
  it("has no character that can end or change a script, and evaluates back to the value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const js = scriptJson(v);
        expect(js).not.toMatch(/[<>&\u2028\u2029]/);
        expect(new Function(`return (${js});`)()).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
    const js = scriptJson({ t: hostile });
    expect(js).not.toMatch(/[<>&\u2028\u2029]/);
    expect(new Function(`return (${js});`)()).toEqual({ t: hostile });
  });
  it("writes undefined as null (JSON.stringify would give no text at all)", () => {
    expect(scriptJson(undefined)).toBe("null");
  });
});

describe("plotlyScript", () => {
  it("loads out/'s copy by its relative URL", () => {
    expect(plotlyScript({ src: "../assets/plotly.min.js" }).toString()).toBe(
      '<script src="../assets/plotly.min.js"></script>',
    );
    expect(plotlyScript("loaded").toString()).toBe("");
  });
  it("inlines plotly.js with nothing inside that ends the script or enters its escaped states", () => {
    const tag = plotlyScript("inline").toString();
    const inner = tag.slice("<script>".length, -"</script>".length);
    expect(tag.startsWith("<script>") && tag.endsWith("</script>")).toBe(true);
    expect(inner).not.toMatch(/<!--|<\/?script/i);
    expect(inner.length).toBeGreaterThan(fs.statSync(plotlyBundlePath()).size * 0.99);
  });
});

describe("htmlPage", () => {
  it("escapes the title, loads plotly before the figures are drawn, one script per job", () => {
    const page = htmlPage({
      title: hostile,
      body: html`<div id="f"></div>`,
      plotly: { src: "assets/plotly.min.js" },
      plots: [{ divId: "f", figure }],
    });
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain(
      "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &amp; \u2028\u2029 &quot;quoted&quot; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;</title>",
    );
    expect(page.indexOf('<script src="assets/plotly.min.js">')).toBeLessThan(page.indexOf("Plotly.newPlot"));
    expect(page.match(/<\/script>/g)!.length).toBe(2);
    expect(page.match(/<script/g)!.length).toBe(2);
  });
});

describe("plotlyAssetSrc", () => {
  it("is the relative URL from the page's folder to out/assets/plotly.min.js", () => {
    expect(plotlyAssetSrc("/o", "/o/fig1")).toEqual({ src: "../assets/plotly.min.js" });
    expect(plotlyAssetSrc("/o", "/o")).toEqual({ src: "assets/plotly.min.js" });
  });
});

describe("writePlotlyAsset", () => {
  const bundle = () => fs.readFileSync(plotlyBundlePath());

  it("writes out/assets/plotly.min.js once and leaves an identical copy alone", () => {
    const out = tmpDir();
    const target = writePlotlyAsset(out);
    expect(target).toBe(path.join(out, PLOTLY_ASSET));
    expect(fs.readFileSync(target).equals(bundle())).toBe(true);
    const before = fs.statSync(target);
    expect(writePlotlyAsset(out)).toBe(target);
    const after = fs.statSync(target);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["plotly.min.js"]); // no temporary file left
  });

  it("leaves a copy that another process wrote alone when it is identical", () => {
    const out = tmpDir();
    fs.mkdirSync(path.join(out, "assets"));
    fs.copyFileSync(plotlyBundlePath(), path.join(out, PLOTLY_ASSET));
    const before = fs.statSync(path.join(out, PLOTLY_ASSET));
    writePlotlyAsset(out);
    expect(fs.statSync(path.join(out, PLOTLY_ASSET)).ino).toBe(before.ino);
  });

  it("replaces a copy that differs (truncated, or an older plotly.js)", () => {
    const out = tmpDir();
    const target = writePlotlyAsset(out);
    fs.writeFileSync(target, bundle().subarray(0, 1000));
    writePlotlyAsset(out);
    expect(fs.readFileSync(target).equals(bundle())).toBe(true);
    const same = bundle();
    same[10] = same[10] ^ 1; // same size, one byte off
    fs.writeFileSync(target, same);
    fs.utimesSync(target, new Date(0), new Date(0));
    writePlotlyAsset(out);
    expect(fs.readFileSync(target).equals(bundle())).toBe(true);
  });
});

describe("pages in Chromium, opened from a file URL", () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  afterAll(async () => {
    await chromium?.close();
  });

  async function open(file: string) {
    chromium ??= await launchChromium();
    const page = await (chromium.context as unknown as BrowserContext).newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, errors, url };
  }

  it("a page with plotly.js inlined draws the figure with hostile text and element id shown as text", async () => {
    const file = path.join(tmpDir(), "inline.html");
    const divId = `x"><b id="injected`;
    fs.writeFileSync(
      file,
      htmlPage({ title: hostile, body: html`<div id="${divId}"></div>`, plotly: "inline", plots: [{ divId, figure }] }),
    );
    const { page, requests, errors, url } = await open(file);
    try {
      await page.waitForFunction(`document.querySelectorAll(".main-svg").length > 0`);
      const title = await page.title();
      for (const part of ["</script><script>alert(1)</script><!-- &", `"quoted" 'single' <b>bold</b>`])
        expect(title).toContain(part);
      expect(await page.locator("#injected").count()).toBe(0);
      expect(await page.locator("script").count()).toBe(2);
      expect(await page.locator(".gtitle").textContent()).toContain("</script>");
      expect(requests.filter((r) => r !== url && !r.startsWith("data:"))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
