// Stands in for the English message table (src/core/messages/en.ts) in the ribbon's ES5 bundle: webpack.config.js
// puts it there for every importer but the English bundle's own entry (englishEntry.ts). A Chinese user's old Excel
// then never downloads the English texts (10 KB gzipped); an English run loads them first (loadEnglish.ts).
import type { Messages } from "../core/messages/params";
import { zh } from "../core/messages/zh";

/** The table messagesFor("en") gives in the ribbon: the Chinese texts until installEnglish has put the English in. */
export const en: Messages = { ...zh };

/** Whether the English texts are in the table. */
let installed = false;

/** Puts a loaded English table's texts into `en`; false (the table stays Chinese) when it lacks a part. */
export function installEnglish(table: Partial<Messages> | undefined): boolean {
  if (installed) return true;
  if (!table || (Object.keys(zh) as (keyof Messages)[]).some((k) => table[k] === undefined)) return false;
  for (const k of Object.keys(zh) as (keyof Messages)[]) (en as unknown as Record<string, unknown>)[k] = table[k];
  installed = true;
  return true;
}

/** Whether the English texts have been installed. */
export function englishInstalled(): boolean {
  return installed;
}
