#!/usr/bin/env node
// Entry of the `selfeval` command: runs the compiled command line (npm ci builds it into lib/).
const path = require("node:path");
const fs = require("node:fs");
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("selfeval: 尚未编译，请先运行 npm run build:cli（npm ci 会自动编译）\n");
  process.exit(2);
}
/** Exits once everything written to stdout and stderr has been handed to the system: a summary piped to another
 *  program (a log, `| tee`) that fills the pipe is queued, and exiting at once would cut it off. */
function exitAfterOutput(code) {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
require(main)
  .main(process.argv.slice(2))
  .then(exitAfterOutput)
  .catch((e) => {
    process.stderr.write(`selfeval: 内部错误：${e && e.message ? e.message : e}\n`);
    process.exit(1);
  });
