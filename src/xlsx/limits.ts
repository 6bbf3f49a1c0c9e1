// The budgets of reading one workbook: every allocation and loop over file content is bounded, so one monstrous
// or hostile file fails alone (FILE_TOO_LARGE) in well under a gigabyte and a few seconds, and a batch goes on.
import type { CountedLimit, FileLimit } from "../core";
import { xlsxError } from "./errors";

/** The limits, sized for real self-evaluation workbooks with a wide margin (a real table has 30-3,000 rows). */
export const LIMITS = {
  /** A file itself (checked by the hosts before reading). */
  fileBytes: 200 * 1024 * 1024,
  /** One part, inflated: its declared size and the bytes it really inflates to. */
  partBytes: 200 * 1024 * 1024,
  /** All parts read from one file, inflated. */
  inflatedBytes: 320 * 1024 * 1024,
  /** Cells kept in the grids of one workbook (values, formats or formulas). */
  cells: 2_000_000,
  /** Grid slots laid out for one workbook (each row from the first used column to its last cell). */
  gridSlots: 8_000_000,
  /** Shared strings of one workbook. */
  sharedStrings: 4_000_000,
  /** Merged areas of one sheet. */
  merges: 100_000,
  /** Cell-against-range checks for multi-cell array formulas of one sheet. */
  arrayChecks: 20_000_000,
};

/** What one read has spent; each spend throws FILE_TOO_LARGE (Chinese message) past its limit. */
export class ReadBudget {
  private inflated = 0;
  private cells = 0;
  private slots = 0;

  constructor(readonly fileName: string) {}

  /** Before inflating a part of `declared` bytes (its header's size): refuse it up front when over a limit. */
  declare(part: string, declared: number): void {
    if (declared > LIMITS.partBytes) throw this.tooLarge({ kind: "part", part, limitBytes: LIMITS.partBytes });
    if (this.inflated + declared > LIMITS.inflatedBytes) {
      throw this.tooLarge({ kind: "inflated", limitBytes: LIMITS.inflatedBytes });
    }
  }

  /** After inflating `bytes` of a part. */
  inflate(bytes: number): void {
    this.inflated += bytes;
  }

  /** One more cell kept in a grid. */
  cell(): void {
    if (++this.cells > LIMITS.cells) throw this.tooLarge({ kind: "cells", limit: LIMITS.cells });
  }

  /** Grid slots about to be laid out. */
  layOut(slots: number): void {
    this.slots += slots;
    if (this.slots > LIMITS.gridSlots) {
      throw this.tooLarge({ kind: "gridSlots", limit: LIMITS.gridSlots });
    }
  }

  /** A count of some item against its limit. */
  count(n: number, item: CountedLimit): void {
    if (n > item.limit) throw this.tooLarge(item);
  }

  private tooLarge(limit: FileLimit) {
    return xlsxError("fileTooLarge", { file: this.fileName, limit });
  }
}
