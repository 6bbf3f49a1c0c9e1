// A tiny static server for dist/ on 127.0.0.1 (node:http, no dependency). `npm run serve:web`; PORT sets the port.
import { createReadStream, promises as fs } from "node:fs";
import { createServer } from "node:http";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** MIME types by extension (lower case, with the dot). */
export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
};

/** The MIME type of a file path (application/octet-stream when unknown). */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Maps a URL path to a file under root; null when it escapes root or is malformed. */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * The Content-Security-Policy header for an HTML page: the policy its own <meta http-equiv> declares (one source of
 * truth, built by webpack), plus what only a header can say (frame-ancestors: the page is never framed). Null for a
 * page without a policy (the task pane runs inside Office's frame and loads office.js from Microsoft's CDN).
 */
export function cspHeader(html) {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(html);
  const policy = meta ? (meta[1] ?? meta[2]).trim().replace(/;\s*$/, "") : "";
  return policy ? `${policy}; frame-ancestors 'none'` : null;
}

/** Starts serving `root` on host:port (port 0 = a free one); resolves to { server, port, url, close() }. */
export function startServer({ root, port = 8080, host = "127.0.0.1", quiet = true } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let file = resolvePath(base, req.url ?? "/");
    if (!file) {
      res.writeHead(400).end("bad path");
      return;
    }
    try {
      let stat = await fs.stat(file);
      if (stat.isDirectory()) {
        file = path.join(file, "index.html");
        stat = await fs.stat(file);
      }
      const headers = {
        "Content-Type": mimeType(file),
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      };
      const csp = file.endsWith(".html") ? cspHeader(await fs.readFile(file, "utf8")) : null;
      if (csp) headers["Content-Security-Policy"] = csp;
      res.writeHead(200, headers);
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
      if (!quiet) console.log(`200 ${req.url}`);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      if (!quiet) console.log(`404 ${req.url}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
  const port = Number(process.env.PORT ?? 8080);
  try {
    await fs.access(path.join(root, "index.html"));
  } catch {
    console.error("dist/index.html 不存在，请先运行 npm run build / dist/ is missing: run npm run build first");
    process.exit(1);
  }
  const { url } = await startServer({ root, port, quiet: process.env.QUIET === "1" });
  console.log(`绩效自评评分助手 · 浏览器页面 / browser page: ${url}index.html`);
  console.log(`Excel 任务窗格 / task pane: ${url}taskpane.html   (Ctrl+C 停止 / to stop)`);
}
