// The inverse of one run, captured before it was applied (Univer style), stored in the document settings.
import type { NoteMode } from "../host/types";

/** A primitive as Excel returns it from `formulas` (constants, "=formula" text, "" for empty). */
export type FormulaCell = string | number | boolean;

/** A value run: what was there before (formulas and formats) and what the run wrote. */
export interface RunRecord {
  sheet: string;
  col: number;
  row1: number;
  /** formulas: formula text for formula cells, the typed value otherwise; types: one CellType letter per cell
   * (absent in records written before types were kept: those are restored as their formulas). */
  before: { formulas: FormulaCell[]; formats: string[]; types?: string };
  /** formats: the number formats after the run (absent in older records). */
  after: { values: (string | number)[]; formats?: string[] };
}

/** How a run attached an explanation to a cell (after = null: it took an earlier run's off), enough to take it back. */
export type NoteRecord =
  | { via: "note"; before: string | null; after: string | null }
  | { via: "comment"; id: string; before: string | null; after: string | null }
  | { via: "reply"; commentId: string; id: string; before: string | null; after: string | null };

/** A marked cell: fill before/after and the note, if any. */
export interface MarkRecord {
  sheet: string;
  row: number;
  col: number;
  /** "#RRGGBB", or null for no fill. */
  fillBefore: string | null;
  /** null: the run took an earlier run's fill off (no fill). */
  fillAfter: string | null;
  note: NoteRecord | null;
}

/** One run's inverse. */
export interface UndoEntry {
  v: 1;
  id: string;
  /** ISO time of the run. */
  at: string;
  file: string;
  noteMode: NoteMode;
  /** The write failed part-way: some cells may still hold their previous state. */
  partial: boolean;
  runs: RunRecord[];
  marks: MarkRecord[];
}
