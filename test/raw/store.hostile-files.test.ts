// Mirror and raw entries that are not regular files (issue 13, item 3): a FIFO, a link to
// /dev/zero, a link out of the mirror to /etc/passwd with a matching sidecar, an oversized sidecar.
// Each is refused by name in bounded time, nothing is stored, and no read waits or grows.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources } from "../../src/raw/fetch";
import { readRaw, readRegularFile, sidecarPath } from "../../src/raw/store";
import {
  CBS_DATA,
  EUROSTAT_DATA,
  EUROSTAT_SIGNED,
  filesIn,
  fixture,
  signedSidecar,
  tempDir,
} from "../helpers/fetch-setup";

let mirror: string;
let rawDir: string;
beforeEach(() => {
  mirror = tempDir("migratie-hostile-mirror-");
  rawDir = tempDir("migratie-hostile-raw-");
});
afterEach(() => {
  for (const d of [mirror, rawDir]) fs.rmSync(d, { recursive: true, force: true });
});

const good = () => Buffer.from(fixture("eurostat/tst_asyapp.json"));

/** A sidecar "re-signed" for the given bytes: only type, place and content checks can catch the entry. */
function writeSidecar(file: string, bytes: Buffer, extra: Record<string, unknown> = {}): void {
  const sc = signedSidecar(EUROSTAT_DATA, bytes, { ...EUROSTAT_SIGNED, ...extra });
  fs.writeFileSync(sidecarPath(file), JSON.stringify(sc));
}

function mirrorFile(): string {
  const file = path.join(mirror, EUROSTAT_DATA.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

const fetchFromMirror = async () =>
  (await fetchSources([EUROSTAT_DATA], { rawDir, mirror, content: OFFICIAL_FORMATS }))[0];

describe("mirror entries that are not regular files", () => {
  it("a FIFO is refused at once, not waited on", async () => {
    const file = mirrorFile();
    execFileSync("mkfifo", [file]);
    writeSidecar(file, good());
    const o = await fetchFromMirror();
    expect(o.status).toBe("failed");
    expect(o.message).toContain(file);
    expect(o.message).toMatch(/is a FIFO, not a regular file/);
    expect(filesIn(rawDir)).toEqual([]);
  });

  it("a link to /dev/zero is refused without reading from it", async () => {
    const file = mirrorFile();
    fs.symlinkSync("/dev/zero", file);
    writeSidecar(file, good());
    const o = await fetchFromMirror();
    expect(o.message).toMatch(/is a link leading out of .* \(to \/dev\/zero\)/);
    expect(filesIn(rawDir)).toEqual([]);
  });

  it("a link out of the mirror (/etc/passwd) with a matching sidecar is not stored", async () => {
    const file = mirrorFile();
    const passwd = fs.readFileSync("/etc/passwd");
    fs.symlinkSync("/etc/passwd", file);
    writeSidecar(file, passwd);
    const o = await fetchFromMirror();
    expect(o.status).toBe("failed");
    expect(o.message).toMatch(/is a link leading out of/);
    expect(filesIn(rawDir)).toEqual([]);
  });

  it("a link inside the mirror is followed (a mirror may share files)", async () => {
    const file = mirrorFile();
    const real = path.join(mirror, "store", "tst_asyapp.json");
    fs.mkdirSync(path.dirname(real));
    fs.writeFileSync(real, good());
    fs.symlinkSync(real, file);
    writeSidecar(file, good());
    const o = await fetchFromMirror();
    expect(o.status, o.message).toBe("copied");
  });

  it("a file larger than its sidecar says is refused before it is read", async () => {
    const file = mirrorFile();
    fs.writeFileSync(file, Buffer.concat([good(), Buffer.alloc(1000, " ")]));
    writeSidecar(file, good());
    const o = await fetchFromMirror();
    expect(o.message).toMatch(/size \d+ bytes differs from its sidecar/);
  });

  it("a sidecar that is a FIFO, or far too large, is refused by name", async () => {
    const file = mirrorFile();
    fs.writeFileSync(file, good());
    execFileSync("mkfifo", [sidecarPath(file)]);
    let o = await fetchFromMirror();
    expect(o.message).toContain(sidecarPath(file));
    expect(o.message).toMatch(/is a FIFO/);
    fs.rmSync(sidecarPath(file));
    fs.writeFileSync(sidecarPath(file), `{"notes": "${"x".repeat(2 * 1024 * 1024)}"}`);
    o = await fetchFromMirror();
    expect(o.message).toMatch(/origin\.json: is \d+ bytes, more than the 1048576 bytes allowed here/);
  });

  it("reads of a verified raw folder follow the same rules (readRaw)", () => {
    const file = path.join(rawDir, CBS_DATA.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.symlinkSync("/etc/passwd", file);
    const passwd = fs.readFileSync("/etc/passwd");
    writeSidecar(file, passwd, { provider: "CBS", table: "90001TST", dataset: undefined, format: "cbs-odata-v3-json" });
    expect(() => readRaw(rawDir, CBS_DATA)).toThrow(/is a link leading out of/);
  });

  it("readRegularFile stops at the size it was given", () => {
    const file = path.join(rawDir, "f");
    fs.writeFileSync(file, "0123456789");
    expect(() => readRegularFile(file, rawDir, { maxBytes: 5 })).toThrow(/more than the 5 bytes/);
    expect(readRegularFile(file, rawDir, { expectedBytes: 10, maxBytes: 10 }).toString()).toBe("0123456789");
  });
});
