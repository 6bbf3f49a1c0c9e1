// Loads the English message table before a ribbon run in English: a <script> for the bundle taskpane.html names in its
// meta element (no webpack chunk loading, which needs a global Promise that Internet Explorer 11 lacks). Whatever
// happens (no meta, the file cannot be fetched, too slow, a table lacking a part) the run goes on, in Chinese.
import { ENGLISH_GLOBAL, ENGLISH_META } from "./englishGlobal";
import { englishInstalled, installEnglish } from "./englishTable";

/** How long a run waits for the English bundle before it goes on in Chinese. */
export const ENGLISH_WAIT_MS = 10000;

/** Calls `done` once the English texts are in (or cannot be had); at most once, never synchronously twice. */
export function loadEnglish(doc: Document, done: () => void): void {
  if (englishInstalled()) return done();
  const meta = doc.querySelector(`meta[name="${ENGLISH_META}"]`);
  const file = meta && meta.getAttribute("content");
  if (!file) return done();
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    const view = (doc.defaultView || window) as unknown as Record<string, unknown>;
    if (!installEnglish(view[ENGLISH_GLOBAL] as never)) console.warn(`English texts not loaded from ${file}`);
    done();
  };
  const timer = setTimeout(finish, ENGLISH_WAIT_MS);
  try {
    const script = doc.createElement("script");
    script.src = file;
    script.onload = finish;
    script.onerror = finish;
    (doc.head || doc.body).appendChild(script);
  } catch {
    finish();
  }
}
