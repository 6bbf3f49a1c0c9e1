// ESLint (flat config): typescript-eslint recommended for src/ and test/; Office globals are read-only.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "test-results/", "demo-output/"] },
  js.configs.recommended,
  // Scripts and browser tests run in node and hand functions to the page: both sets of globals.
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript itself reports undefined names, with the right lib (DOM, node) per file.
      "no-undef": "off",
      // Tests and the fake Excel context build Office-shaped objects; `any` stays an explicit, greppable choice there.
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A few tests load modules lazily with require() on purpose (fflate, crypto) to keep their imports local.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  // core-js entries narrowed for the ribbon (webpack.config.js CORE_JS_NARROWED) stand in for core-js's CommonJS files.
  { files: ["src/commands/coreJs/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // The core's boundary (issue 16): hosts and UI import the core only through its public entries, src/core/index.ts and
  // src/core/schemas.ts (the zod schemas, kept apart so that scoring never loads zod);
  // the core imports no host and nothing of Node, the DOM, React or Office, and reads no host global.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)core/(?!schemas$).",
              message:
                "Import the core through its public entries (src/core/index.ts; src/core/schemas.ts for the zod schemas).",
            },
          ],
        },
      ],
    },
  },
  // The ribbon's English texts (a bundle of their own) stand in for and publish the message tables themselves.
  {
    files: ["src/commands/englishTable.ts", "src/commands/englishEntry.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)core/(?!schemas$|messages/(en|zh|params)$).",
              message: "Only the message tables themselves, or the core's public entries.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(cli|commands|excel|host|reports|taskpane|ui|web|xlsx)(/|$)",
              message: "The core imports no host.",
            },
            {
              regex: "^(node:|fs$|path$|os$|worker_threads$|react|@fluentui/|@microsoft/|office)",
              message: "The core is pure: no Node, DOM, React or Office.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "localStorage",
        "Office",
        "Excel",
        "OfficeExtension",
        "process",
        "require",
      ],
    },
  },
  // The per-file path (core, xlsx reader and writer) builds its objects as literals: in Node 20's V8 an object that
  // starts with a spread and is then given more fields (or a second spread) outlives the young generation's
  // collections and waits for a full one (docs/DECISIONS.md, "No object spread given more fields"). The built-in
  // profiles are data, made once.
  {
    files: ["src/core/**/*.ts", "src/xlsx/**/*.ts"],
    ignores: ["src/core/builtInProfiles.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ObjectExpression > SpreadElement:first-child ~ *",
          message:
            "Write the object out (or Object.assign({}, a, b)): a spread given more fields is promoted by Node 20's V8 (docs/DECISIONS.md).",
        },
      ],
    },
  },
  // CommonJS config files (webpack) load their plugins with require().
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
