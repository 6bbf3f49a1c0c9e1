// npm ci / npm install hook: compiles the command line into lib/ and links node_modules/.bin/selfeval.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
if (!fs.existsSync(tsc)) process.exit(0); // production install without dev tools: nothing to build
fs.rmSync(path.join(root, "lib"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit", cwd: root });
const bin = path.join(root, "node_modules", ".bin");
fs.mkdirSync(bin, { recursive: true });
const link = path.join(bin, "selfeval");
fs.rmSync(link, { force: true });
fs.symlinkSync(path.join("..", "..", "bin", "selfeval.js"), link);
