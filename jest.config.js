/** Jest: node environment by default; component tests opt in with a jsdom docblock. */
const fs = require("node:fs");
const path = require("node:path");

// test/shared/ checks the project against ../shared (its acceptance tools and workbooks): those tests exist only
// when ../shared stands beside the repository, as in CI. Everything else uses the project's own fixtures.
const sharedBeside = fs.existsSync(path.resolve(__dirname, "../shared/fixtures"));

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/browser/",
    ...(sharedBeside ? [] : ["<rootDir>/test/shared/"]),
  ],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }] },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
};
