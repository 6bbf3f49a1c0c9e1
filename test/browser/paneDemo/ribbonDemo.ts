// Test-only page: the built ES5 commands bundle (dist/commands.*.js, copied beside this page) runs in an iframe whose
// modern built-ins are deleted (as in Internet Explorer 11: no Promise, Map, Set, Symbol, TextEncoder, Object.entries,
// Array.from, String.prototype.startsWith …), against the fake Excel at ExcelApi 1.1 (Office 2016) with the example
// workbook. 一键评分 must score, write the 评分说明 column and request the result dialog. The result goes into #result.
// With ?lang=en&english=FILE the pane's language is English and the frame names the English bundle as taskpane.html
// does (a meta element): the run loads it first (or, when FILE cannot be fetched, goes on in Chinese).
import "./bufferShim";
import { readXlsx } from "../../../src/xlsx";
import { FakeExcel } from "../../fakes/fakeExcel";
import { FakeDocument } from "../../fakes/fakeModel";

type AnyWindow = Window & Record<string, unknown>;

/** Deletes what Internet Explorer 11 lacks from a window's globals and prototypes; returns what it removed. */
function stripToIe11(w: AnyWindow): string[] {
  const removed: string[] = [];
  const del = (owner: Record<string, unknown>, name: string, label: string) => {
    if (!owner || !(name in owner)) return;
    const d = Object.getOwnPropertyDescriptor(owner, name);
    if (d?.configurable && delete owner[name]) removed.push(label);
  };
  for (const g of [
    "Promise",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Symbol",
    "Reflect",
    "Proxy",
    "TextEncoder",
    "TextDecoder",
    "URL",
    "URLSearchParams",
    "fetch",
    "globalThis",
    "queueMicrotask",
    "structuredClone",
  ])
    del(w, g, g);
  const o = w.Object as unknown as Record<string, unknown>;
  for (const n of ["assign", "entries", "values", "fromEntries", "is", "getOwnPropertySymbols"])
    del(o, n, `Object.${n}`);
  const a = w.Array as unknown as Record<string, unknown>;
  for (const n of ["from", "of"]) del(a, n, `Array.${n}`);
  const ap = (w.Array as unknown as { prototype: Record<string, unknown> }).prototype;
  for (const n of [
    "includes",
    "find",
    "findIndex",
    "fill",
    "flat",
    "flatMap",
    "entries",
    "keys",
    "values",
    "at",
    "findLast",
  ])
    del(ap, n, `Array.prototype.${n}`);
  const sp = (w.String as unknown as { prototype: Record<string, unknown> }).prototype;
  for (const n of [
    "startsWith",
    "endsWith",
    "includes",
    "padStart",
    "padEnd",
    "repeat",
    "trimStart",
    "trimEnd",
    "replaceAll",
    "at",
    "codePointAt",
    "normalize",
    "matchAll",
  ])
    del(sp, n, `String.prototype.${n}`);
  const num = w.Number as unknown as Record<string, unknown>;
  for (const n of ["isFinite", "isInteger", "isNaN", "parseFloat", "parseInt"]) del(num, n, `Number.${n}`);
  const m = w.Math as unknown as Record<string, unknown>;
  for (const n of ["trunc", "sign", "log10", "hypot"]) del(m, n, `Math.${n}`);
  return removed.concat(es5Statics(o));
}

/** Gives Object's statics that the ES5 bundle calls natively their ES5 behaviour, as in Internet Explorer 11: a
 *  primitive argument throws a TypeError (ES5 §15.2.3; ES2015 converts it to an object, MDN "Object.keys"). */
function es5Statics(o: Record<string, unknown>): string[] {
  const names = ["keys", "getPrototypeOf", "getOwnPropertyDescriptor", "freeze"];
  for (const n of names) {
    const own = o[n] as (...args: unknown[]) => unknown;
    o[n] = function (this: unknown, ...args: unknown[]) {
      const x = args[0];
      if (x === null || (typeof x !== "object" && typeof x !== "function"))
        throw new TypeError(`Object.${n} called on non-object (ES5)`);
      return own.apply(this, args);
    };
  }
  return names.map((n) => `Object.${n} (ES5)`);
}

function load(el: HTMLIFrameElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.onload = () => resolve();
    el.onerror = () => reject(new Error("failed to load"));
  });
}

const LANGUAGE_KEY = "@selfeval/language";

/** Sets the pane's language and the English bundle's meta element in the frame, as the query asks; the file named. */
function prepareLanguage(w: AnyWindow): string | null {
  const query = new URLSearchParams(location.search);
  const english = query.get("english");
  if (query.get("lang") === "en") w.localStorage.setItem(LANGUAGE_KEY, "en");
  else w.localStorage.removeItem(LANGUAGE_KEY);
  if (!english) return null;
  const meta = w.document.createElement("meta");
  meta.setAttribute("name", "selfeval-messages-en");
  meta.setAttribute("content", english);
  w.document.head.appendChild(meta);
  return english;
}

/** The src of every script element in the frame. */
function scriptsLoaded(w: AnyWindow): string[] {
  return Array.from(w.document.getElementsByTagName("script")).map((s) => s.src);
}

async function main(): Promise<void> {
  const bundle = new URLSearchParams(location.search).get("bundle") ?? "";
  const bytes = new Uint8Array(await (await fetch("example.xlsx")).arrayBuffer());
  const grid = readXlsx(bytes, "绩效自评表示例.xlsx").grid;
  const frameUrl = new URL("ribbon-frame.html", location.href).href;
  const excel = new FakeExcel(FakeDocument.fromGrid(grid), { api: "1.1", hostPageUrl: frameUrl });
  const office = excel.pane.office.global() as {
    context: { ui: { displayDialogAsync: (u: string, o: unknown, cb: (r: unknown) => void) => void } };
  };
  const requested: string[] = [];
  const open = office.context.ui.displayDialogAsync;
  office.context.ui.displayDialogAsync = (u, o, cb) => {
    requested.push(u);
    open(u, o, cb);
  };
  const frame = document.createElement("iframe");
  frame.src = frameUrl;
  document.body.appendChild(frame);
  await load(frame);
  const w = frame.contentWindow as unknown as AnyWindow;
  w.Office = office;
  w.Excel = { run: (batch: never) => excel.run(batch) };
  const removed = stripToIe11(w);
  const english = prepareLanguage(w);
  const script = w.document.createElement("script");
  script.src = bundle;
  w.document.body.appendChild(script);
  await load(script);
  for (let i = 0; i < 200 && !excel.pane.office.actions.has("scoreWorkbook"); i++)
    await new Promise((r) => setTimeout(r, 25));
  const action = excel.pane.office.actions.get("scoreWorkbook");
  if (!action) throw new Error("scoreWorkbook was not registered through Office.actions after Office.onReady");
  await new Promise<void>((resolve, reject) => {
    setTimeout(() => reject(new Error("event.completed() was not called within 20 s")), 20000);
    action({ completed: () => resolve() });
  });
  const sheet = excel.doc.sheets[0];
  const header = sheet.rows.some((row) => row?.some((c) => c?.value === "评分说明"));
  const scored = excel.syncs.filter((s) => s.ok).length;
  const dialog = requested[0] ? JSON.parse(unescape(requested[0].split("?r=")[1])) : null;
  const result = {
    removed,
    stillMissing: typeof w.Promise === "undefined" && typeof w.Symbol === "undefined",
    header,
    scored,
    dialog,
    frameErrors: (w as unknown as { __errors?: string[] }).__errors ?? [],
    englishRequested: english ? scriptsLoaded(w).filter((src) => src.endsWith(english)).length : 0,
  };
  w.localStorage.removeItem(LANGUAGE_KEY);
  document.getElementById("result")!.textContent = JSON.stringify(result);
}

main().catch((error: unknown) => {
  document.getElementById("result")!.textContent = JSON.stringify({
    error: error instanceof Error ? error.message : String(error),
  });
});
