// The text of a file problem: its own tables (files.zh.ts, files.en.ts), apart from the findings' message tables, so a
// host that opens no file (the ribbon, the pane) does not carry them.
import type { FileMessages, FileProblem } from "./files";
import { filesEn } from "./files.en";
import { filesZh } from "./files.zh";

/** The file message table of a language. */
export function fileMessagesFor(lang: "zh" | "en"): FileMessages {
  return lang === "en" ? filesEn : filesZh;
}

/** The text of a file problem in a language. */
export function fileMessage(problem: FileProblem, lang: "zh" | "en"): string {
  const render = fileMessagesFor(lang)[problem.kind] as (p: FileProblem) => string;
  return render(problem);
}
