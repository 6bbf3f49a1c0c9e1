// Old Excel (2016/2019: Internet Explorer 11 / EdgeHTML) and the ribbon's visible result, in real Chromium:
// the commands bundle and the inline boot and dialog scripts parse as ES5 (acorn, ecmaVersion 5); taskpane.html in a
// Trident user agent shows the Chinese message and loads no pane bundle; the ES5 bundle scores on ExcelApi 1.1 with
// the modern built-ins deleted; the result dialog renders. Screenshots for docs/images.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as acorn from "acorn";
import { startServer } from "../../scripts/serve-web.mjs";
import { assert, assertEqual, guardedContext, openPage, ROOT, screenshot } from "./harness.mjs";
import { buildPaneDemo } from "./paneResults.test.mjs";

const IE11 =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const OFFICE_STUB = {
  pattern: /^https?:\/\/(?!127\.0\.0\.1)[^/]+\/.*office\.js(\?.*)?$/i,
  body: "/* office.js stub: window.Office stays undefined */\n",
};

/** The script files and inline scripts of a built page. */
async function pageScripts(dist, page) {
  const html = await fs.readFile(path.join(dist, page), "utf8");
  const files = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((f) => !/^https?:/.test(f));
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return { files, inline };
}

/** Parses a script as ES5; throws with the place and a snippet when it is not. */
function parseEs5(source, what) {
  try {
    acorn.parse(source, { ecmaVersion: 5, sourceType: "script" });
  } catch (error) {
    const at = error.pos ?? 0;
    throw new Error(`${what} is not ES5: ${error.message} near «${source.slice(Math.max(0, at - 60), at + 60)}»`);
  }
}

/** A sample ribbon result as the dialog receives it. */
const SAMPLE = {
  k: "done",
  g: "zh",
  t: "一键评分完成",
  l: [
    "附件1：总分96.88，等级优",
    "附件2：总分90.56，等级优",
    "写入142个单元格；需复核的单元格已标色并附说明。",
    "如需撤销，请打开“评分面板”，点击“撤销评分”。",
  ],
};

/** The old-Excel tests. */
export const oldExcelTests = [
  {
    name: "old Excel: the commands bundle and the boot and dialog scripts parse as ES5 (acorn ecmaVersion 5)",
    async run(env) {
      const pane = await pageScripts(env.dist, "taskpane.html");
      const commands = pane.files.filter((f) => /^commands\./.test(f));
      assertEqual(commands.length, 1, "commands bundles in taskpane.html");
      assertEqual(pane.files.length, 1, "scripts taskpane.html loads before its boot check");
      const source = await fs.readFile(path.join(env.dist, commands[0]), "utf8");
      parseEs5(source, commands[0]);
      const proposals = source.match(/\b(allKeyed|allSettledKeyed|customMatcher|observable)\b/g) ?? [];
      assertEqual(
        proposals.join(", "),
        "",
        "core-js proposals in the commands bundle (webpack.config.js POLYFILL_ALIASES)",
      );
      const unused =
        source.match(/\b(groupBy|getOrInsert|allSettled|withResolvers|symmetricDifference|asyncDispose)\b/g) ?? [];
      assertEqual(
        [...new Set(unused)].join(", "),
        "",
        "core-js statics and methods nothing calls in the commands bundle (webpack.config.js CORE_JS_NARROWED)",
      );
      // the ribbon opens no file: the file problems' texts (messages/fileText.ts) stay out of its bundle
      assertEqual(/ZIP64/.test(source), false, "file message texts in the commands bundle");
      // the English texts are a bundle of their own, loaded only for a run in English (src/commands/loadEnglish.ts)
      assertEqual(/partly achieved/.test(source), false, "English message texts in the commands bundle");
      const english = await englishBundle(env.dist);
      const englishSource = await fs.readFile(path.join(env.dist, english), "utf8");
      parseEs5(englishSource, english);
      assert(/partly achieved/.test(englishSource), `${english} holds no English message texts`);
      pane.inline.forEach((s, i) => parseEs5(s, `taskpane.html inline script ${i + 1}`));
      const dialog = await pageScripts(env.dist, "dialog.html");
      assertEqual(dialog.files.length, 0, "bundles in dialog.html");
      dialog.inline.forEach((s, i) => parseEs5(s, `dialog.html inline script ${i + 1}`));
      return `${commands[0]} ${(source.length / 1024).toFixed(0)} KB, ${english} ${(englishSource.length / 1024).toFixed(0)} KB, ${pane.inline.length + dialog.inline.length} inline scripts`;
    },
  },
  ...[
    ["Internet Explorer 11 (Trident)", IE11, "old-excel-pane.png"],
    ["EdgeHTML", EDGE_HTML, null],
  ].map(([label, userAgent, picture]) => ({
    name: `old Excel: taskpane.html in a ${label} user agent says so in Chinese and loads no pane bundle`,
    async run(env) {
      const guard = await guardedContext(env.browser, env.base, { stubs: [OFFICE_STUB], userAgent });
      try {
        const { page, errors } = await openPage(guard.context, `${env.base}taskpane.html`, { width: 320, height: 640 });
        await page.getByText("此版本Excel无法显示评分面板").waitFor({ timeout: 10000 });
        const text = await page.locator("#root").innerText();
        assert(text.includes("一键评分") && text.includes("浏览器"), `message: ${text}`);
        assertEqual(
          await page.locator("#web-page").getAttribute("href"),
          `${env.base}index.html`,
          "link to the browser page",
        );
        const pane = guard.requests.filter((u) => /\/(taskpane|react)\.[0-9a-f]+\.js/.test(u));
        assertEqual(pane.length, 0, `pane bundles requested: ${pane.join(", ")}`);
        assert(
          guard.requests.some((u) => /\/commands\.[0-9a-f]+\.js/.test(u)),
          "the ES5 commands bundle was not loaded",
        );
        if (picture) await screenshot(page, picture);
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return picture ? `screenshot ${picture}` : "";
      } finally {
        await guard.finish();
      }
    },
  })),
  {
    name: "ribbon: the result dialog shows the summary (Chinese) and its close button",
    async run(env) {
      const guard = await guardedContext(env.browser, env.base, { stubs: [OFFICE_STUB] });
      try {
        const url = `${env.base}dialog.html?r=${escape(JSON.stringify(SAMPLE))}`;
        const { page, errors } = await openPage(guard.context, url, { width: 520, height: 300 });
        await page.getByText("附件1：总分96.88，等级优").waitFor();
        assertEqual(await page.locator("h1").innerText(), "一键评分完成", "title");
        assertEqual(await page.getByRole("button", { name: "关闭" }).count(), 1, "close button");
        await screenshot(page, "ribbon-dialog.png");
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return "screenshot ribbon-dialog.png";
      } finally {
        await guard.finish();
      }
    },
  },
  ...[
    ["Chinese", "", "一键评分完成", "附件1：总分96.88，等级优", 0],
    ["English, its bundle loaded first", "en", "Scoring finished", null, 1],
    [
      "English, its bundle missing: the run goes on in Chinese",
      "en-missing",
      "一键评分完成",
      "附件1：总分96.88，等级优",
      1,
    ],
  ].map(([label, lang, title, firstLine, englishRequests]) => ({
    name: `ribbon: the built ES5 bundle scores on ExcelApi 1.1 (fake) with Promise, Map, Symbol … deleted, and asks for the dialog (${label})`,
    async run(env) {
      buildPaneDemo(env.rebuild);
      const out = path.join(ROOT, "dist-test");
      const { files } = await pageScripts(env.dist, "taskpane.html");
      await fs.copyFile(path.join(env.dist, files[0]), path.join(out, files[0]));
      const english = await englishBundle(env.dist);
      await fs.copyFile(path.join(env.dist, english), path.join(out, english));
      const query = lang ? `&lang=en&english=${lang === "en" ? english : "missing-messagesEn.js"}` : "";
      const server = await startServer({ root: out, port: 0 });
      const guard = await guardedContext(env.browser, server.url);
      try {
        const { page } = await guardedOpen(guard, `${server.url}ribbon-demo.html?bundle=${files[0]}${query}`);
        await page.waitForFunction(() => document.getElementById("result")?.textContent, null, { timeout: 30000 });
        const result = JSON.parse(await page.locator("#result").textContent());
        assert(!result.error, `ribbon demo: ${result.error}`);
        assert(
          result.removed.includes("Promise") &&
            result.removed.includes("Symbol") &&
            result.removed.includes("URL") &&
            result.removed.includes("String.prototype.startsWith"),
          "built-ins not removed",
        );
        assert(result.stillMissing, "the bundle patched the globals (it must use core-js-pure, not global polyfills)");
        assert(result.header, "no 评分说明 column written (ExcelApi 1.1 path)");
        assertEqual(result.dialog?.t, title, "dialog title");
        if (firstLine) assertEqual(result.dialog?.l?.[0], firstLine, "dialog first line");
        else
          assert(
            /96\.88/.test(result.dialog?.l?.[0]) && !/总分/.test(result.dialog.l[0]),
            `English line: ${result.dialog?.l?.[0]}`,
          );
        assertEqual(result.englishRequested, englishRequests, "requests for the English bundle");
        assertEqual(
          result.frameErrors.length,
          0,
          `errors in the function-file frame: ${result.frameErrors.join("; ")}`,
        );
        await guard.finish();
        return `${result.removed.length} built-ins removed, ${result.scored} syncs`;
      } finally {
        await server.close();
      }
    },
  })),
];

/** The English bundle's file, as taskpane.html's meta element names it. */
async function englishBundle(dist) {
  const html = await fs.readFile(path.join(dist, "taskpane.html"), "utf8");
  const m = /<meta name="?selfeval-messages-en"? content="?([^" >]+)/.exec(html);
  assert(m, "taskpane.html names no English bundle (meta selfeval-messages-en)");
  return m[1];
}

/** Opens a page without waiting for a heading (the demo has none). */
async function guardedOpen(guard, url) {
  const page = await guard.context.newPage();
  await page.goto(url);
  return { page };
}
