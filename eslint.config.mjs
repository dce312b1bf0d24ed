// ESLint (npm run lint): the recommended rules of ESLint and typescript-eslint for src/, test/,
// bench/ and the configs. Formatting is Prettier's job (npm run format:check), not ESLint's.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["data/", "dist/", "out/", "out-*/", "notebooks/", "jupyter/", "test/fixtures/", "test/snapshots/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      // A CommonJS package run by Node (tsx): its globals.
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: {
      // Control characters are matched on purpose: terminal and Markdown text is cleaned of them (src/io/text.ts).
      "no-control-regex": "off",
      // require() is used on purpose: to load a heavy or optional module on first use (danfojs-node,
      // tslab's kernel writer) and to keep playwright-core's types out of the type-check.
      "@typescript-eslint/no-require-imports": "off",
      // A leading underscore marks a parameter or binding that is there for its position only.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and the benchmark run code in the browser (page.evaluate; tsconfig has no DOM types) and
    // feed parsers deliberately ill-typed input: `any` is the honest type there.
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
