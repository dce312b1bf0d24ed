// The html template: values are escaped unless they are markup, so hostile text stays text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { html, joinHtml, raw } from "../../src/outputs/html";

describe("html", () => {
  it("escapes the five characters that matter in text and attribute values", () => {
    const v = `<a href="x" title='y'>&amp;</a>`;
    expect(html`<p title="${v}">${v}</p>`.toString()).toBe(
      '<p title="&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;">&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;</p>',
    );
  });

  it("leaves no markup character of a value unescaped, and the escaped text reads back as the value", () => {
    const unescape = (x: string) =>
      x.replace(
        /&(lt|gt|quot|#39|amp);/g,
        (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!,
      );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const escaped = html`${s}`.toString();
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(s);
        expect(html`<td title="${s}">${s}</td>`.toString()).toBe(`<td title="${escaped}">${escaped}</td>`);
      }),
    );
  });

  it("puts markup made by html or raw in as it is, numbers as written, lists joined, and false/null/undefined as nothing", () => {
    const cell = html`<td>${"<b>"}</td>`;
    expect(html`<tr>${cell}${raw("<td>&nbsp;</td>")}</tr>`.toString()).toBe(
      "<tr><td>&lt;b&gt;</td><td>&nbsp;</td></tr>",
    );
    expect(html`${[1.5, "&", [html`<i>`]]}|${false}${null}${undefined}`.toString()).toBe("1.5&amp;<i>|");
    expect(joinHtml([html`<li>a</li>`, "<b>"], "\n").toString()).toBe("<li>a</li>\n&lt;b&gt;");
  });
});
