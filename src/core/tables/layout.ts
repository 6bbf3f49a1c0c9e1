// The shape of a table as found on a sheet: which rows and columns play which role.
import type { SheetGrid } from "../grid";
import type { ColumnRole, FundingRole } from "./headers";

/** The funding block (项目资金) of a table. */
export interface FundingLayout {
  headerRow: number;
  /** The 年度资金总额 row. */
  row: number;
  cols: Partial<Record<FundingRole, number>>;
}

/** One indicator table found on a sheet; all coordinates absolute and 0-based. */
export interface TableLayout {
  sheet: SheetGrid;
  headerRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Rows that hold indicators, in sheet order. */
  indicatorRows: number[];
  totalRow: number | null;
  funding: FundingLayout | null;
  /** The title text above the table (may be ""). */
  title: string;
  year: number | null;
  kind: "project" | "department" | "targets-only";
  /** Where the grade is written: right of a 等级 label, or an empty cell of the total row. */
  gradeCell: { row: number; col: number } | null;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}
