// vitest setup file: removes the temporary folders a test file made through helpers/temp.ts.
import { afterAll } from "vitest";
import { removeTempDirs } from "./temp";

afterAll(removeTempDirs);
