// The shipped annex vintage (data/annex-2025/) is exactly what its manifest and sidecars say, holds
// nothing else, and its README names every catalogued source it lacks. Reads the committed folder
// only: no MIGRATIE_MIRROR, no network.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../../src/catalog/sources";

const VINTAGE = path.resolve(__dirname, "../../data/annex-2025");
const SIDECAR = ".origin.json";

interface Entry {
  file: string;
  bytes: number;
  sha256: string;
  [key: string]: unknown;
}

const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(VINTAGE, rel), "utf8"));
const manifest = (readJson("manifest.json") as { files: Entry[] }).files;
const shipped = new Set(manifest.map((e) => e.file));
const readme = fs.readFileSync(path.join(VINTAGE, "README.md"), "utf8");

/** Every file under dir, as a '/'-separated path relative to it. */
function walk(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const rel = prefix + d.name;
    return d.isDirectory() ? walk(path.join(dir, d.name), rel + "/") : [rel];
  });
}

/** The README section under `## <title>`, up to the next `## ` heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`data/annex-2025/README.md has no "## ${title}" section`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe("the shipped annex vintage (data/annex-2025)", () => {
  it("has a manifest with one entry per file", () => {
    expect(manifest.length).toBeGreaterThan(0);
    expect(shipped.size).toBe(manifest.length);
  });

  it.each(manifest.map((e) => [e.file, e] as const))("%s has its sidecar's bytes and sha256, and the sidecar equals the manifest entry", (file, entry) => {
    const data = fs.readFileSync(path.join(VINTAGE, file));
    const sidecar = readJson(file + SIDECAR) as Entry;
    expect(sidecar).toEqual(entry);
    expect(sidecar.file).toBe(file);
    expect(data.length, `${file}: size`).toBe(sidecar.bytes);
    expect(crypto.createHash("sha256").update(data).digest("hex"), `${file}: sha256`).toBe(sidecar.sha256);
  });

  it("says for every file where its bytes come from", () => {
    for (const e of manifest) {
      for (const key of ["provider", "title", "url", "format", "retrieved", "kind"]) expect(e[key], `${e.file}: ${key}`).toBeTruthy();
      expect(["recorded", "reconstructed"], e.file).toContain(e.kind);
      if (e.kind === "reconstructed") expect(e.derivedFrom, `${e.file}: derivedFrom`).toBeTruthy();
    }
  });

  it("holds nothing but those files, their sidecars, manifest.json, README.md and .gitattributes", () => {
    const allowed = new Set(["manifest.json", "README.md", ".gitattributes", ...[...shipped].flatMap((f) => [f, f + SIDECAR])]);
    expect(walk(VINTAGE).filter((f) => !allowed.has(f))).toEqual([]);
  });

  it("keeps git from converting line endings or encodings", () => {
    const attributes = fs.readFileSync(path.join(VINTAGE, ".gitattributes"), "utf8");
    expect(attributes.split("\n").map((l) => l.trim())).toContain("* -text");
  });

  it("ships only catalogued sources, and its README describes each one", () => {
    const catalogued = new Set(SOURCES.map((s) => s.file));
    for (const file of shipped) {
      expect(catalogued.has(file), `${file} is shipped but not in the catalog`).toBe(true);
      expect(readme, `README.md does not name ${file}`).toContain(`\`${file}\``);
    }
  });

  it("names every catalogued source it lacks in the README's missing list, and nothing else", () => {
    const missing = section(readme, "What is missing");
    const named = new Set([...missing.matchAll(/`((?:cbs|eurostat)\/[^`]+)`/g)].map((m) => m[1]));
    const absent = SOURCES.filter((s) => !shipped.has(s.file));
    for (const s of absent) expect(named.has(s.file), `README.md's missing list does not name ${s.file} (${s.id})`).toBe(true);
    // A stale list is as misleading as a short one: everything named is catalogued and really absent.
    const absentFiles = new Set(absent.map((s) => s.file));
    expect([...named].filter((f) => !absentFiles.has(f))).toEqual([]);
  });
});
