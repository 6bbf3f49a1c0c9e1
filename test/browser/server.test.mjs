// The static server of `npm run serve:web`: MIME types the page needs, 404s, no way out of dist/.
import { readdirSync } from "node:fs";
import { assertEqual } from "./harness.mjs";

/** Status and content type of a GET (or another method) on the test server. */
async function probe(base, path, method = "GET") {
  const r = await fetch(base + path, { method });
  await r.arrayBuffer();
  return `${r.status} ${r.headers.get("content-type") ?? ""}`;
}

/** The server tests (no browser needed). */
export const serverTests = [
  {
    name: "server: MIME types, 404, no path traversal, GET/HEAD only",
    async run({ base, dist }) {
      const worker = readdirSync(dist).find((f) => /^scorer-worker\..*\.js$/.test(f));
      assertEqual(await probe(base, "index.html"), "200 text/html; charset=utf-8", "index.html");
      assertEqual(await probe(base, ""), "200 text/html; charset=utf-8", "/ serves index.html");
      assertEqual(await probe(base, worker), "200 text/javascript; charset=utf-8", worker);
      assertEqual(
        await probe(base, encodeURI("assets/example/绩效自评表示例.xlsx")),
        "200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "example .xlsx",
      );
      assertEqual(await probe(base, `${worker}.map`), "200 application/json; charset=utf-8", "source map");
      assertEqual(await probe(base, "missing.wasm"), "404 text/plain; charset=utf-8", "missing file");
      assertEqual(await probe(base, "%2e%2e/package.json"), "404 text/plain; charset=utf-8", "encoded ../");
      assertEqual(await probe(base, "..%2fpackage.json"), "404 text/plain; charset=utf-8", "encoded /");
      assertEqual(await probe(base, "index.html", "POST"), "405 ", "POST");
      const page = await fetch(base + "index.html");
      const csp = page.headers.get("content-security-policy") ?? "";
      assertEqual(
        csp.startsWith("default-src 'self'; script-src 'self';") && csp.endsWith("; frame-ancestors 'none'"),
        true,
        `the page's CSP header: ${csp}`,
      );
      assertEqual(
        (await page.text()).includes(csp.replace("; frame-ancestors 'none'", "")),
        true,
        "the header repeats the page's own <meta> policy",
      );
      const pane = await fetch(base + "taskpane.html");
      assertEqual(
        pane.headers.get("content-security-policy"),
        null,
        "no CSP header on the task pane (Office frames it, office.js comes from the CDN)",
      );
      return `${worker} served as JavaScript; CSP header ${csp.length} characters`;
    },
  },
];
