// The message layer: a finding's code and values become text once, in the run's language.
import { severityOf } from "../findings";
import type { Finding } from "../report";
import { en } from "./en";
import type { FindingParams, Issue, Messages } from "./params";
import { zh } from "./zh";

export type * from "./params";
export type * from "./files";
export { en, zh };

/** The message table of a language. */
export function messagesFor(lang: "zh" | "en"): Messages {
  return lang === "en" ? en : zh;
}

/** The message of one issue in a language. */
export function messageOf(issue: Issue, m: Messages): string {
  const render = m.findings[issue.code] as (p: FindingParams[typeof issue.code]) => string;
  return render(issue.params);
}

/** An issue as the report lists it: code, severity, cell and the message. */
export function findingOf(issue: Issue, m: Messages): Finding {
  return { code: issue.code, severity: severityOf(issue.code), cell: issue.cell, message: messageOf(issue, m) };
}

export { fileMessage } from "./fileText";
