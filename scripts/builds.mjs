// Whether lib/ (the command line, `npm run build:cli`) and dist/ (the page and the pane, `npm run build`) are older
// than what they are built from, so that the bench and the browser tests build them again instead of timing or
// testing code that is no longer in src/ (both used to build only what was missing).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Each build: its npm script, its output folder, and what it is made from (relative to the repository). */
export const BUILDS = {
  cli: { script: "build:cli", out: "lib", from: ["src", "tsconfig.json", "tsconfig.cli.json", "package-lock.json"] },
  page: {
    script: "build",
    out: "dist",
    from: ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"],
  },
};

/** The build stamp written after a build made here: webpack leaves an output file unwritten when its bytes did not
 *  change, so a folder's newest file can predate a change to a comment. */
const STAMP = ".built";

/** The newest modification time (ms) of the files at `paths` (folders walked); 0 when there are none. */
export function newestChange(paths) {
  let newest = 0;
  const visit = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Whether build `name`'s output is missing or older than a file it is made from (under `root`). */
export function isStale(name, root = ROOT) {
  const { out, from } = BUILDS[name];
  const built = newestChange([path.join(root, out)]);
  return built === 0 || newestChange(from.map((f) => path.join(root, f))) > built;
}

/** Marks build `name`'s output as made now (after a build that succeeded). */
export function stampBuild(name, root = ROOT) {
  fs.writeFileSync(path.join(root, BUILDS[name].out, STAMP), new Date().toISOString() + "\n");
}

/** Runs build `name` when it is stale (or `always`), then stamps its output; throws if the build fails. */
export function ensureBuilt(name, { always = false, log = console.log } = {}) {
  if (!always && !isStale(name)) return;
  const { script, out } = BUILDS[name];
  log(`> npm run ${script} (${always ? "asked for" : `${out}/ is older than its sources or missing`})`);
  const r = spawnSync("npm", ["run", script], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status})`);
  stampBuild(name);
}
