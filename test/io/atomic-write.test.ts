// Atomic writes of out/ and of the raw store's files: the whole file or nothing, no temporary
// file left, and a failure that names the file as a file write (not a raw-data error).
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileWriteError, writeFileAtomic } from "../../src/io/atomic-write";
import { filesIn, leftovers, tempDir } from "../helpers/fetch-setup";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary file", () => {
    const target = path.join(dir, "a", "b.json");
    writeFileAtomic(target, "{}");
    expect(fs.readFileSync(target, "utf8")).toBe("{}");
    expect(filesIn(dir)).toEqual([path.join("a", "b.json")]);
  });

  it("names the target and the cause when the folder cannot be made", () => {
    fs.writeFileSync(path.join(dir, "a"), "a file, not a folder");
    expect(() => writeFileAtomic(path.join(dir, "a", "b.json"), "{}")).toThrow(
      /a\/b\.json: cannot write: EEXIST: .*a file stands where a folder is needed/,
    );
    expect(() => writeFileAtomic(path.join(dir, "a", "b.json"), "{}")).toThrow(FileWriteError);
    expect(leftovers(dir)).toEqual([]);
  });
});
