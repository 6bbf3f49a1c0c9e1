// Collects findings while a table is scored: code, the cell concerned, and the message in the run's language.
import { a1 } from "../grid";
import { FINDING_CATALOGUE } from "../findings";
import type { Finding, FindingCode, Severity } from "../report";

/** A message in both languages (the sink keeps only the run's one). */
export interface Text2 {
  zh: string;
  en: string;
}

/** A finding before it goes into the report. */
export interface RawFinding {
  code: FindingCode;
  severity: Severity;
  /** Absolute 0-based cell, or null for a table-level finding. */
  at: { row: number; col: number } | null;
  /** The message in the run's language. */
  message: string;
  /** Sheet row (0-based) of the indicator it belongs to, if any. */
  indicatorRow: number | null;
}

/** Gathers findings of one table. */
export class FindingSink {
  readonly items: RawFinding[] = [];
  private readonly byRow = new Map<number, FindingCode[]>();

  /** A sink keeping messages in `lang`. */
  constructor(private readonly lang: "zh" | "en" = "zh") {}

  /** Adds a finding of `code` on a cell (or the table when `at` is null). */
  add(code: FindingCode, at: { row: number; col: number } | null, text: Text2, indicatorRow: number | null = null): void {
    this.items.push({ code, severity: FINDING_CATALOGUE[code].severity, at, message: this.lang === "zh" ? text.zh : text.en, indicatorRow });
    if (indicatorRow === null) return;
    const codes = this.byRow.get(indicatorRow);
    if (!codes) this.byRow.set(indicatorRow, [code]);
    else if (!codes.includes(code)) codes.push(code);
  }

  /** The codes found on one indicator row, in order, without repeats (the sink's own list: read once, at the end). */
  codesOfRow(row: number): FindingCode[] {
    return this.byRow.get(row) ?? [];
  }

  /** The findings as reported. */
  toReport(): Finding[] {
    return this.items.map((f) => ({ code: f.code, severity: f.severity, cell: f.at ? a1(f.at.row, f.at.col) : null, message: f.message }));
  }
}
