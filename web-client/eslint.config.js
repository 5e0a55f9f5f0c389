// Lint: ESLint's and typescript-eslint's recommended rules, the rules of hooks, and the import boundaries —
// a feature never imports another feature; what features share lives in lib/ (logic) or components/ (UI).
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/api/schema.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks, boundaries },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
      "boundaries/include": ["src/**/*"],
      "boundaries/elements": [
        { type: "app", pattern: "src/app" },
        { type: "feature", pattern: "src/features/*", capture: ["feature"] },
        { type: "components", pattern: "src/components" },
        { type: "lib", pattern: "src/lib" },
        { type: "api", pattern: "src/api" },
        { type: "locales", pattern: "src/locales" },
        { type: "test", pattern: "src/test" },
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "boundaries/dependencies": ["error", {
        default: "disallow",
        policies: [
          { from: { element: { type: "app" } }, allow: { to: { element: { types: { anyOf: ["feature", "components", "lib", "api"] } } } } },
          // A feature reaches only shared code; other features are out of bounds.
          { from: { element: { type: "feature" } }, allow: { to: { element: { types: { anyOf: ["components", "lib", "api"] } } } } },
          { from: { element: { type: "components" } }, allow: { to: { element: { types: { anyOf: ["lib", "api"] } } } } },
          { from: { element: { type: "lib" } }, allow: { to: { element: { types: { anyOf: ["api", "locales"] } } } } },
          // Tests render the whole app and use shared fixtures.
          { from: { file: { categories: "test" } }, allow: { to: { element: { types: { anyOf: ["app", "feature", "components", "lib", "api", "locales", "test"] } } } } },
          { from: { element: { type: "test" } }, allow: { to: { element: { types: { anyOf: ["app", "feature", "components", "lib", "api"] } } } } },
          { from: { element: { type: "locales" } }, allow: { to: { element: { type: "locales" } } } },
        ],
      }],
    },
  },
  {
    settings: { "boundaries/files": [{ category: "test", pattern: "src/**/*.test.{ts,tsx}" }] },
  },
  {
    files: ["e2e/**/*.mjs", "scripts/**/*.mjs", "*.js", "*.ts"],
    // e2e callbacks passed to page.evaluate run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
