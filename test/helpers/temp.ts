// Temporary folders of the tests, removed after each test file (test/helpers/cleanup.ts, a vitest
// setup file): test runs leave nothing in the system's temporary folder.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const made: string[] = [];

/** A new folder in the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix = "migratie-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
