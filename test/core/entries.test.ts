// The core's two public entries: ./index (scoring, messages, types) loads no zod; ./schemas does. Walks the static
// imports and re-exports of the sources (type-only ones are erased by the compiler and skipped).
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.join(__dirname, "../../src");
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\s+from\s+)?"([^"]+)";?/gm;

/** Every package a module reaches through its runtime imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(RUNTIME_IMPORT)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        // the package, not its entry point (zod/mini is zod)
        const pkg = spec
          .split("/")
          .slice(0, spec.startsWith("@") ? 2 : 1)
          .join("/");
        if (!reached.has(pkg)) reached.set(pkg, [...chain, path.relative(SRC, file)]);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const next = [".ts", ".tsx", "/index.ts"].map((e) => base + e).find((f) => fs.existsSync(f));
      if (next) visit(next, [...chain, path.relative(SRC, file)]);
    }
  };
  visit(path.join(SRC, entry), []);
  return reached;
}

test.each(["core/index.ts", "xlsx/index.ts", "cli/main.ts", "cli/worker.ts"])("%s loads no zod", (entry) => {
  expect(packagesReached(entry).get("zod")).toBeUndefined();
});

// the command line packs with node:zlib; fflate (8 ms to load) is required by the portable codec when first used
test.each(["cli/main.ts", "cli/worker.ts"])("%s loads no fflate", (entry) => {
  expect(packagesReached(entry).get("fflate")).toBeUndefined();
});

test("core/schemas.ts is where zod is", () => {
  expect(packagesReached("core/schemas.ts").has("zod")).toBe(true);
});
