// The 自评报告 draft as plain data (headings, paragraphs of runs, tables), independent of the .docx writer, so that
// its text is built and tested without loading the `docx` library; the numbers are formatted once, here.
import { fmtNumber, fmtScore } from "../../core";
import type { DraftStrings } from "./strings";

/** A piece of text; `placeholder` runs are what a person must still write (highlighted in the document). */
export interface Run {
  text: string;
  placeholder?: boolean;
}

/** One block of the document. */
export type DraftBlock =
  | { kind: "title"; runs: Run[] }
  | { kind: "subtitle"; runs: Run[] }
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "table"; header: string[]; rows: string[][] };

/** A whole draft: its title (plain text, for the file's properties) and blocks. */
export interface Draft {
  title: string;
  lang: "zh" | "en";
  blocks: DraftBlock[];
}

/** Splits a sentence into runs, its placeholders (【请填写：…】) marked. */
export function runsOf(text: string, words: DraftStrings): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(words.placeholderPattern)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** A paragraph block of a sentence (placeholders marked). */
export function paragraph(text: string, words: DraftStrings): DraftBlock {
  return { kind: "paragraph", runs: runsOf(text, words) };
}

/** A heading block. */
export function heading(text: string, level: 1 | 2): DraftBlock {
  return { kind: "heading", level, text };
}

/** Money as the sheet gives it (320, 245.77). */
export const money = (n: number): string => fmtNumber(n, 2);
/** A score with two decimals (96.88, 2.20). */
export const score = (n: number): string => fmtScore(n);
/** A weight as written (3, 10, 2.5). */
export const points = (n: number): string => fmtNumber(n, 2);
/** A rate fraction as a percentage with two decimals (0.768 → 76.80%). */
export const percent = (rate: number): string => `${(rate * 100).toFixed(2)}%`;
