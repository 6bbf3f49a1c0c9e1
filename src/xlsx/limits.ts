// The budgets of reading one workbook: every allocation and loop over file content is bounded, so one monstrous
// or hostile file fails alone (FILE_TOO_LARGE) in well under a gigabyte and a few seconds, and a batch goes on.
import { xlsxErrors } from "./errors";

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
    if (declared > LIMITS.partBytes) throw this.tooLarge(`部件${part}解压后超过${mb(LIMITS.partBytes)}`, `part ${part} inflates to over ${mb(LIMITS.partBytes)}`);
    if (this.inflated + declared > LIMITS.inflatedBytes) {
      throw this.tooLarge(`解压后的内容合计超过${mb(LIMITS.inflatedBytes)}`, `its parts inflate to over ${mb(LIMITS.inflatedBytes)} in all`);
    }
  }

  /** After inflating `bytes` of a part. */
  inflate(bytes: number): void {
    this.inflated += bytes;
  }

  /** One more cell kept in a grid. */
  cell(): void {
    if (++this.cells > LIMITS.cells) throw this.tooLarge(`单元格超过${LIMITS.cells / 10000}万个`, `more than ${LIMITS.cells} cells`);
  }

  /** Grid slots about to be laid out. */
  layOut(slots: number): void {
    this.slots += slots;
    if (this.slots > LIMITS.gridSlots) {
      throw this.tooLarge(`表格区域超过${LIMITS.gridSlots / 10000}万个单元格（可能有离得很远的零散单元格）`, `a used area of more than ${LIMITS.gridSlots} cells`);
    }
  }

  /** A count of some item against its limit. */
  count(n: number, limit: number, what: string, whatEn: string): void {
    if (n > limit) throw this.tooLarge(`${what}超过${limit}个`, `more than ${limit} ${whatEn}`);
  }

  private tooLarge(detail: string, detailEn: string) {
    return xlsxErrors.fileTooLarge(this.fileName, detail, detailEn);
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1048576)}MB`;
}
