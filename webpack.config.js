// Builds the three pages: the Excel task pane, the ribbon's function file, and the browser page.
//
// office.js: taskpane.html and commands.html load it from the Microsoft CDN
//   https://appsforoffice.microsoft.com/lib/1/hosted/office.js
// Set OFFICE_JS_URL at build time to use another copy, e.g. an intranet mirror, or the 21Vianet (China cloud) CDN
//   OFFICE_JS_URL=https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js npm run build
// The browser page (index.html) never loads office.js and makes no external request (checked below).
// ADDIN_BASE_URL (e.g. https://intranet.example/selfeval/) rewrites https://localhost:3000/ in the copied manifest.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { pathToFileURL } = require("node:url");
const { Compilation, NormalModuleReplacementPlugin, WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEFAULT_OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_ORIGIN = "https://localhost:3000/";

/** The pages: HTML template, output file, the entries whose scripts it loads, whether it loads office.js, whether
 * html-webpack-plugin injects the scripts (taskpane.html loads them itself: its ES5 boot check decides). */
const PAGES = [
  {
    name: "taskpane",
    template: "./src/taskpane/taskpane.html",
    filename: "taskpane.html",
    chunks: ["commands", "messagesEn", "taskpane"],
    inject: false,
    officeJs: true,
  },
  {
    name: "dialog",
    template: "./src/commands/dialog.html",
    filename: "dialog.html",
    chunks: [],
    inject: false,
    officeJs: true,
  },
  {
    name: "web",
    template: "./src/web/index.html",
    filename: "index.html",
    chunks: ["web"],
    inject: "body",
    officeJs: false,
  },
];

/** The bundles: entry module, webpack layer ("es5": Babel to ES5 with core-js-pure polyfills), initial-JS budget (KB gzip). */
const ENTRIES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", limitKB: 250 },
  // The ribbon's code runs in Internet Explorer 11 / EdgeHTML in Excel 2016/2019: ES5, no global polyfills.
  { name: "commands", entry: "./src/commands/commands.ts", layer: "es5", limitKB: 150 },
  // The English message table, which the ribbon loads only for a run in English (src/commands/loadEnglish.ts).
  { name: "messagesEn", entry: "./src/commands/englishEntry.ts", layer: "es5", limitKB: 20 },
  { name: "web", entry: "./src/web/index.tsx", limitKB: 300 },
];

/** In the ES5 layer, URL and URLSearchParams are the window's own: their polyfills were dead code (see globalUrl.ts).
 * Code imports core-js's "features" entries only for what core-js 3.0 lacked (globalThis): their stable entries.
 * The profile's schema, a chunk loaded on demand in the pane (src/excel/profileSchema.ts), is in the ribbon's one file. */
const ES5_ALIASES = {
  [path.resolve(__dirname, "src/excel/profileSchema")]: path.resolve(__dirname, "src/commands/bundledProfileSchema.ts"),
  "core-js-pure/stable/url/index.js$": path.resolve(__dirname, "src/commands/globalUrl.ts"),
  "core-js-pure/stable/url-search-params/index.js$": path.resolve(__dirname, "src/commands/globalUrlSearchParams.ts"),
  "core-js-pure/features": "core-js-pure/stable",
};
/** The polyfills themselves are already ES5 and must not be transformed again. */
const POLYFILLS = /[\\/]node_modules[\\/](core-js-pure|@babel[\\/]runtime-corejs3)[\\/]/;
/** Babel's helpers (for-of, spread, classes) import core-js's "features" entries: every proposal on Symbol, Promise,
 * Map (Symbol.metadata, Promise.allKeyed …), which nothing here calls. Their stable entries hold what the helpers use. */
const POLYFILL_ALIASES = { "core-js-pure/features": "core-js-pure/stable" };
/** core-js's entries for these constructors also load every static and method they gained after ES2023 (Map.groupBy,
 * Set's union …, Promise.any, Promise.try, the dispose symbols), which nothing here calls: 3 KB gzipped of the ribbon.
 * In the ES5 layer each entry (core-js-pure/es/NAME/index.js, however it is reached) is src/commands/coreJs/NAME.js:
 * the constructor, its iterators and the well-known symbols Babel's helpers read. */
const CORE_JS_NARROWED = ["map", "set", "promise", "weak-map", "symbol"];
/** Methods Internet Explorer 11 has from ES5, whose core-js versions only add ES2015+ details nothing here relies on
 * (species for subclassed arrays, the length bug of push in old Safari, ToObject of primitives, well-formed JSON of lone
 * surrogates): 2.9 KB gzipped of the ribbon. In the ES5 layer each instance entry (core-js-pure/es/instance/NAME.js)
 * returns the value's own method, and each static entry is the window's own function. Not sort: IE 11's is not stable. */
const IE11_INSTANCE = ["concat", "every", "filter", "for-each", "index-of", "last-index-of", "map", "push", "reduce"];
IE11_INSTANCE.push("reverse", "slice", "some", "bind");
const IE11_STATIC = {
  "json/stringify": "JSON.stringify",
  "number/parse-int": "parseInt",
  "parse-float": "parseFloat",
  "date/now": "Date.now",
  "array/is-array": "Array.isArray",
};
for (const name of ["create", "define-property", "define-properties", "freeze", "get-own-property-descriptor"])
  IE11_STATIC[`object/${name}`] = `Object.${camelCase(name)}`;
IE11_STATIC["object/get-prototype-of"] = "Object.getPrototypeOf";
IE11_STATIC["object/keys"] = "Object.keys";
/** The calls of those methods Babel leaves as written (`a.slice(1)`, not `_slice(a).call(a, 1)`; a template literal's
 * `"x".concat(a).concat(b)`, not a `_concat(_context = …).call(_context, …)` for each part): they reached IE 11's own
 * method or function through the entries above already, so it is the same call, 4.6 KB gzipped shorter in the ribbon.
 * Not forEach: core-js's stable entry gives NodeList and DOMTokenList, whose forEach IE 11 lacks, the array method.
 * Not Number.parseInt: IE 11 has only the global parseInt. (The entries stay for the imports of Babel's helpers.) */
const IE11_UNTOUCHED = [
  ...IE11_INSTANCE.filter((name) => name !== "for-each").map((n) =>
    n === "bind" ? "es.function.bind" : `es.array.${n}`,
  ),
  ...Object.keys(IE11_STATIC)
    .filter((entry) => entry !== "number/parse-int")
    .map((entry) => `es.${entry.replace("/", ".")}`),
];
/** Babel for the ES5 layer: preset-env for IE 11, TypeScript stripped, helpers and built-ins from core-js-pure. The
 * built-ins come from babel-plugin-polyfill-corejs3, as transform-runtime's corejs option would put them, but imported
 * from core-js-pure itself, not through @babel/runtime-corejs3's core-js-stable entries: those files only re-export,
 * but their package does not declare them side-effect free (core-js-pure does: only its modules/ act), so webpack kept
 * each as a module of its own and every one the code imports, even where it drops the code that uses it (zod's Proxy
 * handlers: Reflect.get, set …; its padStart, repeat, Number.EPSILON): 3.7 KB gzipped of the ribbon.
 * Those in IE11_UNTOUCHED it leaves as they are written. */
const BABEL_ES5 = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    // `a ?? b` and `a?.b` test `a != null`, not `a !== null && a !== void 0`: they differ only for document.all (the
    // one object == null), which no code of the ES5 layer reads.
    // A for-of that leaves its loop early does not call the iterator's return(): what the ES5 layer iterates (arrays,
    // strings, Map and Set and their keys(), values(), entries(), native or core-js's) has none; its one generator
    // (zod's $ZodCheckProperties: yield inst) has no finally. Check that before iterating a generator or an iterator of
    // your own whose return() matters here.
    assumptions: { noDocumentAll: true, skipForOfIteratorClosing: true },
    presets: [
      ["@babel/preset-env", { targets: { ie: "11" }, modules: false, bugfixes: true }],
      "@babel/preset-typescript",
    ],
    plugins: [
      ["@babel/plugin-transform-runtime", { version: "7.29.15", moduleName: "@babel/runtime-corejs3" }],
      ["babel-plugin-polyfill-corejs3", { method: "usage-pure", exclude: IE11_UNTOUCHED }],
    ],
  },
};
const CORE_JS_ES = /[\\/]node_modules[\\/]core-js-pure[\\/]es[\\/](.+)\.js$/;
/** for-each → forEach. */
function camelCase(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
/** Points each narrowed core-js entry at its file in src/commands/coreJs, and each entry IE 11 has natively at its
 * own method or function (a data: module), once webpack has resolved it. */
function narrowCoreJs(resolved) {
  const match = resolved.createData && CORE_JS_ES.exec(resolved.createData.resource || "");
  if (!match) return;
  const entry = match[1].replace(/\\/g, "/");
  const constructor = /^([a-z-]+)\/index$/.exec(entry);
  const instance = /^instance\/([a-z-]+)$/.exec(entry);
  if (constructor && CORE_JS_NARROWED.includes(constructor[1]))
    resolved.createData.resource = path.resolve(__dirname, "src/commands/coreJs", `${constructor[1]}.js`);
  else if (instance && IE11_INSTANCE.includes(instance[1]))
    resolved.createData.resource = `data:text/javascript,module.exports=function(it){return it.${camelCase(instance[1])}}`;
  else if (IE11_STATIC[entry])
    resolved.createData.resource = `data:text/javascript,module.exports=${IE11_STATIC[entry]}`;
}
/** core-js's JSON.stringify, which its Symbol (modules/es.symbol.js) loads to serialize symbols: it only sets core-js's
 * own JSON.stringify, which only core-js's JSON entries read, and IE11_STATIC makes the ribbon's one the window's own.
 * In the ES5 layer it is an empty module: 1.5 KB gzipped of the ribbon (with the parts of core-js only it used). */
const CORE_JS_JSON_STRINGIFY = /[\\/]node_modules[\\/]core-js-pure[\\/]modules[\\/]es\.json\.stringify\.js$/;
function emptyInEs5(resolved) {
  if (resolved.contextInfo.issuerLayer === "es5") resolved.createData.resource = "data:text/javascript,";
}
/** Reflect.construct for Babel's class helpers (callSuper, construct), which call it only once their check
 * isNativeReflectConstruct() has seen it build a Boolean: the window's own where there is one (EdgeHTML 15+, Chromium,
 * WebKit: core-js uses that one itself, core-js-compat es.reflect.construct), else undefined. IE 11 has no Reflect;
 * there core-js's version fails the check as undefined does (valueOf of a non-Boolean throws), so the helpers take
 * their ES5 path either way. Code of the ES5 layer that calls Reflect.construct itself still gets core-js's. 0.4 KB
 * gzipped of the ribbon. */
const CORE_JS_REFLECT_CONSTRUCT = /[\\/]node_modules[\\/]core-js-pure[\\/]stable[\\/]reflect[\\/]construct\.js$/;
const BABEL_HELPERS = /[\\/]node_modules[\\/]@babel[\\/]runtime-corejs3[\\/]helpers[\\/]/;
function nativeReflectConstructForHelpers(resolved) {
  if (resolved.contextInfo.issuerLayer === "es5" && BABEL_HELPERS.test(resolved.contextInfo.issuer || ""))
    resolved.createData.resource =
      'data:text/javascript,module.exports=typeof Reflect!="undefined"?Reflect.construct:void 0';
}

/** The English message table: in the ES5 layer every importer but the English bundle's entry gets the stand-in
 * src/commands/englishTable.ts (the Chinese texts until a run in English loads the bundle): 10 KB gzipped of the
 * ribbon that a Chinese user's old Excel never downloads. */
const ENGLISH_TABLE = /[\\/]src[\\/]core[\\/]messages[\\/]en\.ts$/;
const ENGLISH_ENTRY = /[\\/]src[\\/]commands[\\/]englishEntry\.ts$/;
function englishStandInInEs5(resolved) {
  const info = resolved.contextInfo;
  const data = resolved.createData;
  if (!data || info.issuerLayer !== "es5" || ENGLISH_ENTRY.test(info.issuer || "")) return;
  // The module's identity is its request (loaders and resource): the English entry's en.ts has the same one.
  const standIn = path.resolve(__dirname, "src/commands/englishTable.ts");
  for (const key of ["request", "userRequest", "rawRequest"])
    if (data[key]) data[key] = data[key].split(data.resource).join(standIn);
  data.resource = standIn;
}

/** Gzip -9 size of the initial JavaScript of every page; prints it and fails the build above the budget. */
class InitialSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const page of ENTRIES) {
            const entry = compilation.entrypoints.get(page.name);
            if (!entry) continue;
            const files = entry.getFiles().filter((f) => f.endsWith(".js"));
            const bytes = files.reduce(
              (sum, f) => sum + zlib.gzipSync(compilation.getAsset(f).source.buffer(), { level: 9 }).length,
              0,
            );
            const kb = bytes / 1024;
            const limit = page.limitKB === null ? "" : ` (limit ${page.limitKB} KB)`;
            console.log(`initial JS ${page.name}: ${kb.toFixed(1)} KB gzipped${limit} [${files.join(", ")}]`);
            if (page.limitKB !== null && kb > page.limitKB) {
              compilation.errors.push(
                new WebpackError(
                  `initial JS of ${page.name} is ${kb.toFixed(1)} KB gzipped, over its ${page.limitKB} KB budget`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

/** The Office pages must load office.js; the browser page must not, and must not reference other origins. */
class PageRulesPlugin {
  constructor(officeJsUrl) {
    this.officeJsUrl = officeJsUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PageRulesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PageRulesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const fail = (message) => compilation.errors.push(new WebpackError(message));
          for (const page of PAGES) {
            const asset = compilation.getAsset(page.filename);
            if (!asset) continue;
            const html = asset.source.source().toString();
            const loadsOfficeJs = new RegExp(
              `src=["']?${this.officeJsUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["' >]`,
            ).test(html);
            if (page.officeJs && !loadsOfficeJs) fail(`${page.filename} must load office.js from ${this.officeJsUrl}`);
            if (!page.officeJs) {
              if (/office(\.debug)?\.js/i.test(html)) fail(`${page.filename} must not load office.js`);
              const external = /\b(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?\/\//i.exec(html);
              if (external) fail(`${page.filename} references another origin: ${external[0]}`);
              for (const file of page.chunks
                .flatMap((c) => compilation.entrypoints.get(c)?.getFiles() ?? [])
                .filter((f) => f.endsWith(".js"))) {
                if (compilation.getAsset(file).source.source().toString().includes("appsforoffice"))
                  fail(`${file} (${page.name}) refers to office.js`);
              }
            }
          }
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJsUrl = process.env.OFFICE_JS_URL || DEFAULT_OFFICE_JS_URL;
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_ORIGIN;
  const config = {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: Object.fromEntries(ENTRIES.map((e) => [e.name, e.layer ? { import: e.entry, layer: e.layer } : e.entry])),
    experiments: { layers: true },
    // webpack's own code (runtime, export rewrites) in ES5: it is part of the commands bundle. The pane's bundles keep
    // the syntax of their own code; only webpack's glue is ES5 there.
    target: ["web", "es5"],
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js"] },
    module: {
      rules: [
        // The core's modules do nothing when loaded but build their own constants (tables, Maps, regular expressions,
        // zod schemas) and read no host global (eslint.config.mjs): webpack may skip one whose exports a bundle never
        // uses, as it could not tell from code like report.ts's `z.object(…)` (its report schemas; no zod registry is
        // read), and the re-exports of src/core/index.ts. In every layer: in the ribbon 0.9 KB gzipped; in the pane's
        // and page's layer the core's modules then sit in one chunk, where webpack joins them into one scope instead
        // of a hundred modules importing each other across chunks (8.4 KB of the pane, 11.4 of the page). A module
        // of src/core that acts on anything else when loaded would break this.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          oneOf: [
            {
              test: /\.[cm]?[jt]sx?$/,
              issuerLayer: "es5",
              exclude: POLYFILLS,
              use: BABEL_ES5,
              resolve: { alias: ES5_ALIASES },
            },
            { test: POLYFILLS, issuerLayer: "es5", resolve: { alias: POLYFILL_ALIASES } },
            { test: /[\\/]src[\\/]commands[\\/](commands|englishEntry)\.ts$/, use: BABEL_ES5 },
            {
              test: /\.tsx?$/,
              exclude: /node_modules/,
              use: {
                loader: "ts-loader",
                options: {
                  transpileOnly: true,
                  onlyCompileBundledFiles: true,
                  compilerOptions: { noEmit: false, sourceMap: true },
                },
              },
            },
          ],
        },
      ],
    },
    optimization: {
      // Terser as webpack sets it (two passes), and hoist_funs: each function declaration moved to the top of its own
      // scope (terser hoists only those directly in a function's or the file's body, never out of a block), where the
      // language puts it anyway before any code runs. 2.2 KB gzipped off the ribbon, less off the pane and the page.
      minimizeOptions: { javascript: { compress: { passes: 2, hoist_funs: true } } },
      splitChunks: {
        // The commands bundle stays one ES5 file (taskpane.html and old Excel's function file load it as it is), and
        // so does the English table it may load.
        chunks: (chunk) => chunk.name !== "commands" && chunk.name !== "messagesEn",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "all",
            priority: 30,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: p.chunks,
            inject: p.inject,
            officeJsUrl: p.officeJs ? officeJsUrl : undefined,
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true, info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              baseUrl === DEV_ORIGIN ? content : Buffer.from(content.toString().split(DEV_ORIGIN).join(baseUrl)),
          },
        ],
      }),
      new NormalModuleReplacementPlugin(CORE_JS_ES, narrowCoreJs),
      new NormalModuleReplacementPlugin(CORE_JS_JSON_STRINGIFY, emptyInEs5),
      new NormalModuleReplacementPlugin(CORE_JS_REFLECT_CONSTRUCT, nativeReflectConstructForHelpers),
      new NormalModuleReplacementPlugin(ENGLISH_TABLE, englishStandInInEs5),
      new PageRulesPlugin(officeJsUrl),
      ...(production ? [new InitialSizePlugin()] : []),
    ],
    stats: production ? "errors-warnings" : "minimal",
  };
  if (serving) {
    const { ensureDevCerts } = await import(pathToFileURL(path.join(__dirname, "scripts", "dev-certs.mjs")).href);
    const certs = await ensureDevCerts();
    config.devServer = {
      host: "localhost",
      port: 3000,
      server: { type: "https", options: { key: certs.key, cert: certs.cert, ca: certs.ca } },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};

/** The pages and their output files (read by scripts/validate-manifest.mjs and the manifest test). */
module.exports.PAGES = PAGES;
/** The bundles. */
module.exports.ENTRIES = ENTRIES;
/** The default office.js location. */
module.exports.DEFAULT_OFFICE_JS_URL = DEFAULT_OFFICE_JS_URL;
