// out/notebooks/<name>.html: nbconvert's page with its outside scripts removed and out/'s one plotly.js loaded.
import * as os from "node:os";
import { describe, expect, it } from "vitest";
import { NOTEBOOK_PAGE_PLOTLY, offlineNotebookPage } from "../../src/notebook/notebook-page";

const nbconvert = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<title>fig1</title><script src="file:///usr/share/javascript/requirejs/require.min.js"></script>
<style>body { margin: 0 }</style>
<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/latest.js?config=TeX-AMS_CHTML-full,Safe"> </script>
<script type="text/x-mathjax-config">init_mathjax = function() {}</script>
</head>
<body><a href="https://ec.europa.eu/eurostat">Eurostat</a><img src="data:image/png;base64,AAAA"><div class="migratie-figure"></div></body>
</html>`;

describe("offlineNotebookPage", () => {
  it("drops the scripts loaded from outside, loads out/assets/plotly.min.js once in <head> and keeps links and data: images", () => {
    const page = offlineNotebookPage(nbconvert, "fig1.html");
    expect(page).not.toContain("require.min.js");
    expect(page).not.toContain("cdnjs");
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head.match(/<script src="[^"]*"><\/script>/g)).toEqual([`<script src="${NOTEBOOK_PAGE_PLOTLY}"></script>`]);
    expect(NOTEBOOK_PAGE_PLOTLY).toBe("../assets/plotly.min.js"); // from out/notebooks/ to out/assets/
    expect(page.length).toBeLessThan(nbconvert.length + 100); // plotly.js is not in the page
    expect(page).toContain('<a href="https://ec.europa.eu/eurostat">');
    expect(page).toContain('<img src="data:image/png;base64,AAAA">');
  });

  it("names the file and the resource when the page still loads something from outside", () => {
    const withCss = nbconvert.replace("</head>", '<link rel="stylesheet" href="https://example.org/x.css"></head>');
    expect(() => offlineNotebookPage(withCss, "out/notebooks/fig1.html")).toThrow(
      /out\/notebooks\/fig1.html: still loads https:\/\/example.org\/x.css/,
    );
    expect(() => offlineNotebookPage("<html><body></body></html>", "x.html")).toThrow(/x.html: no <\/head>/);
  });

  it("reads the page as a browser does: any quoting or case of the attribute, and tags inside comments or script text are no elements", () => {
    const tricky = nbconvert
      .replace(
        "</head>",
        `<SCRIPT data-x="a>b" SRC='//cdn.example.org/x.js'></SCRIPT>\n<!-- <img src="https://example.org/a.png"> -->\n</head>`,
      )
      .replace("<body>", `<body><script>var s = '<img src="https://example.org/b.png">';</script>`);
    const page = offlineNotebookPage(tricky, "fig1.html");
    expect(page).not.toContain("cdn.example.org");
    expect(page).toContain(`<script>var s = '<img src="https://example.org/b.png">';</script>`);
    expect(page.endsWith(nbconvert.slice(nbconvert.indexOf("<div class=")))).toBe(true);
    const withImg = nbconvert.replace("<body>", "<body><IMG alt=x SRC=https://example.org/c.png>");
    expect(() => offlineNotebookPage(withImg, "fig1.html")).toThrow(
      /fig1.html: still loads https:\/\/example.org\/c.png/,
    );
  });

  it("refuses a page that names a folder of the machine it was built on (the project, home or temporary folder)", () => {
    const withPath = nbconvert.replace("<body>", "<body><pre>not in /srv/build/migratie/data/annex-2025</pre>");
    expect(() => offlineNotebookPage(withPath, "fig7.html", { root: "/srv/build/migratie" })).toThrow(
      /fig7.html: names \/srv\/build\/migratie, a folder of this machine/,
    );
    expect(() =>
      offlineNotebookPage(nbconvert.replace("<body>", `<body>${os.tmpdir()}/migratie-x`), "fig7.html"),
    ).toThrow(/a folder of this machine/);
    expect(
      offlineNotebookPage(withPath.replace("/srv/build/migratie/", ""), "fig7.html", { root: "/srv/build/migratie" }),
    ).toContain("data/annex-2025");
  });
});
