// The ribbon's code (built as ES5 with the polyfills it needs: it runs in Internet Explorer 11 in old Excel).
// 一键评分 (FunctionName scoreWorkbook) scores with the workbook's profile in the pane's language, shows the result,
// and always completes the event. Registered once Office.js is ready (Office.actions exists only after Office.onReady).
// A run in English first loads the English texts, which are a bundle of their own (loadEnglish.ts).
import { scoreFromRibbon, type CommandEvent, type HostLang } from "../excel";
import { loadEnglish } from "./loadEnglish";
import { choosePresenter, type PresenterOffice } from "./presenters";

/** The pane's language preference (localStorage, as the pane keeps it), zh when unknown. */
function preferredLang(): HostLang {
  try {
    const raw = window.localStorage.getItem("@selfeval/language");
    return raw === "en" || raw === '"en"' ? "en" : "zh";
  } catch {
    return "zh";
  }
}

/** The command handler the manifest names. */
function scoreWorkbook(event: CommandEvent): void {
  const office = Office as unknown as PresenterOffice;
  const presenter = choosePresenter(office, navigator.userAgent, window.location.href);
  const sharedRuntime = Boolean(office.addin) && office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  const lang = preferredLang();
  const run = (): void => void scoreFromRibbon(event, { presenter, lang, sharedRuntime });
  if (lang === "en") loadEnglish(document, run);
  else run();
}

// Older Office (function files before Office.actions) looks the function up on the global object.
(window as unknown as Record<string, unknown>).scoreWorkbook = scoreWorkbook;

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    if (Office.actions) Office.actions.associate("scoreWorkbook", scoreWorkbook);
  });
}
