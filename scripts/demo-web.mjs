// `npm run demo:web`: builds dist/ if it is missing, serves it on 127.0.0.1 (PORT, default 8080) and prints the
// URL of the page that opens and scores the bundled example workbook (index.html?demo=1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve-web.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

if (!existsSync(path.join(dist, "index.html"))) {
  console.log("dist/ 不存在，正在构建（npm run build）… / dist/ is missing, building it…");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(path.join(dist, "assets", "example", "绩效自评表示例.xlsx"))) {
  console.error(
    "dist/assets/example/绩效自评表示例.xlsx 缺失，请重新构建 / the example workbook is missing from dist/, rebuild",
  );
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await startServer({ root: dist, port });
} catch (err) {
  console.error(
    `无法监听 127.0.0.1:${port}（${err.code ?? err.message}）。可用 PORT=8081 npm run demo:web 换一个端口。`,
  );
  console.error(`Cannot listen on 127.0.0.1:${port}; try another one with PORT=8081.`);
  process.exit(1);
}
console.log("绩效自评评分助手 · 浏览器演示 / SelfEval Scorer browser demo");
console.log(`示例工作簿评分 / example workbook scored: ${server.url}index.html?demo=1`);
console.log(`空白页面 / empty page:                    ${server.url}index.html`);
console.log("按 Ctrl+C 停止 / press Ctrl+C to stop");
