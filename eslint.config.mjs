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
  // CommonJS config files (webpack) load their plugins with require().
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
