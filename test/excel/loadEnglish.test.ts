/** @jest-environment jsdom */
// The ribbon's English texts, a bundle of their own: the stand-in table is Chinese until a complete English table is
// installed; loadEnglish goes on (once) whether the bundle loads, fails, never answers or is not named.
import { en as englishTexts } from "../../src/core/messages/en";
import { zh } from "../../src/core/messages/zh";
import { ENGLISH_GLOBAL, ENGLISH_META } from "../../src/commands/englishGlobal";
import { en, englishInstalled } from "../../src/commands/englishTable";
import { ENGLISH_WAIT_MS, loadEnglish } from "../../src/commands/loadEnglish";

/** Names the English bundle in the document as taskpane.html does. */
function nameBundle(file: string): void {
  const meta = document.createElement("meta");
  meta.setAttribute("name", ENGLISH_META);
  meta.setAttribute("content", file);
  document.head.appendChild(meta);
}

/** The script element loadEnglish added for `file`. */
function scriptFor(file: string): HTMLScriptElement {
  const s = Array.from(document.querySelectorAll("script")).find((x) => x.getAttribute("src") === file);
  if (!s) throw new Error(`no script for ${file}`);
  return s;
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
  document.head.innerHTML = "";
  delete (window as unknown as Record<string, unknown>)[ENGLISH_GLOBAL];
  jest.useRealTimers();
});

test("without a meta element the run goes on at once, in Chinese", () => {
  const done = jest.fn();
  loadEnglish(document, done);
  expect(done).toHaveBeenCalledTimes(1);
  expect(en.host.ribbonTitle_done()).toBe("一键评分完成");
});

test("a bundle that fails to load, or never answers, leaves the texts Chinese and the run goes on once", () => {
  jest.useFakeTimers();
  nameBundle("messagesEn.failed.js");
  const failed = jest.fn();
  loadEnglish(document, failed);
  expect(failed).not.toHaveBeenCalled();
  scriptFor("messagesEn.failed.js").dispatchEvent(new Event("error"));
  jest.advanceTimersByTime(ENGLISH_WAIT_MS);
  expect(failed).toHaveBeenCalledTimes(1);
  document.head.innerHTML = "";
  nameBundle("messagesEn.silent.js");
  const silent = jest.fn();
  loadEnglish(document, silent);
  jest.advanceTimersByTime(ENGLISH_WAIT_MS - 1);
  expect(silent).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(silent).toHaveBeenCalledTimes(1);
  expect(englishInstalled()).toBe(false);
  expect(en.titles.SCORE_DIFFERS).toBe(zh.titles.SCORE_DIFFERS);
  expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
    "English texts not loaded from messagesEn.failed.js",
    "English texts not loaded from messagesEn.silent.js",
  ]);
});

test("a table lacking a part is not installed", () => {
  nameBundle("messagesEn.partial.js");
  const done = jest.fn();
  loadEnglish(document, done);
  (window as unknown as Record<string, unknown>)[ENGLISH_GLOBAL] = { titles: englishTexts.titles };
  scriptFor("messagesEn.partial.js").dispatchEvent(new Event("load"));
  expect(done).toHaveBeenCalledTimes(1);
  expect(englishInstalled()).toBe(false);
  expect(en.host.ribbonTitle_done()).toBe("一键评分完成");
});

test("the loaded bundle's table makes the texts English, and later runs load nothing", () => {
  nameBundle("messagesEn.1234.js");
  const done = jest.fn();
  loadEnglish(document, done);
  expect(done).not.toHaveBeenCalled();
  (window as unknown as Record<string, unknown>)[ENGLISH_GLOBAL] = englishTexts;
  scriptFor("messagesEn.1234.js").dispatchEvent(new Event("load"));
  expect(done).toHaveBeenCalledTimes(1);
  expect(en.host.ribbonTitle_done()).toBe("Scoring finished");
  expect(en.titles.SCORE_DIFFERS).toBe(englishTexts.titles.SCORE_DIFFERS);
  expect(warn).not.toHaveBeenCalled();
  const again = jest.fn();
  loadEnglish(document, again);
  expect(again).toHaveBeenCalledTimes(1);
  expect(document.querySelectorAll("script")).toHaveLength(1);
});
