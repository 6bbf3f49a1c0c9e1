// The shape of a table as found on a sheet: which rows and columns play which role.
import type { SheetGrid } from "../grid";
import type { IgnoredHeader } from "./headerBand";
import type { RepeatedHeader } from "./repeatedHeader";
import type { TitleInfo } from "./titleBlock";
import type { ColumnRole, FundingRole } from "./headerTerms";

/** The funding block (项目资金) of a table. */
export interface FundingLayout {
  headerRow: number;
  /** The 年度资金总额 row. */
  row: number;
  cols: Partial<Record<FundingRole, number>>;
  /** Points printed in the block's label or headers (预算执行情况（20分）), used when it has no 分值 cell. */
  points: number | null;
  /** The cell the points are printed in. */
  pointsCell: { row: number; col: number } | null;
  /** The part rows with figures (其中：财政拨款, 上年结转资金, 其他资金), in sheet order. */
  parts: number[];
  /** No total row: `row` is the first part's, and the block's figures are the parts' sums. */
  summed: boolean;
}

/** A subtotal row (一、产出指标 | | | 63): its block's weights sum to its 分值; not an indicator. */
export interface SubtotalLayout {
  row: number;
  level: 1 | 2;
  /** The block's level-1 or level-2 name. */
  name: string;
  /** The indicator rows of the block. */
  members: number[];
}

/** The cell right of a label above a table's header (自评得分 | ▢ | 自评等级 | ▢) and the label's text. */
export interface LabelledCell {
  row: number;
  col: number;
  label: string;
}

/** One indicator table found on a sheet; all coordinates absolute and 0-based. */
export interface TableLayout {
  sheet: SheetGrid;
  headerRow: number;
  /** The last header row (below headerRow when the header has two rows); data starts below it. */
  headerBottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Rows that hold indicators, in sheet order. */
  indicatorRows: number[];
  subtotals: SubtotalLayout[];
  /** Header cells the reader did not place (reported, never guessed). */
  ignoredHeaders: IgnoredHeader[];
  /** Headers printed again inside the table (page breaks): their rows are not read; the table says so. */
  repeatedHeaders: readonly RepeatedHeader[];
  totalRow: number | null;
  funding: FundingLayout | null;
  /** The title text above the table (may be ""). */
  title: string;
  /** The mark saying the table is an example (填报示例（请勿修改）) in its title, just above it or in its header: the
   *  table is not scored; or null. */
  example: string | null;
  /** The title block: project, department, unit and year. */
  info: TitleInfo;
  year: number | null;
  kind: "project" | "department" | "targets-only";
  /** Where the grade is written: right of a 等级 label (`labelled`: the grade alone), or an empty cell of the total row. */
  gradeCell: { row: number; col: number; labelled: boolean } | null;
  /** A table without a total row: the cells right of the one total label and the one grade label above its header
   *  (each null when there is none, or more than one); `gradeCell` is then null when a grade one is found. */
  labelled: { total: LabelledCell | null; grade: LabelledCell | null };
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}
