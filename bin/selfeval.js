#!/usr/bin/env node
// Entry of the `selfeval` command: runs the compiled command line (npm ci builds it into lib/).
const path = require("node:path");
const fs = require("node:fs");
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("selfeval: 尚未编译，请先运行 npm run build:cli（npm ci 会自动编译）\n");
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    process.stderr.write(`selfeval: 内部错误：${e && e.message ? e.message : e}\n`);
    process.exit(1);
  });
