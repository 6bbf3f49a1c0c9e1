// The table finder: indicator tables anywhere on a sheet, several per sheet, with their funding block, subtotal rows
// and total row. Headers are recognised by rule (headerTerms), in one or two rows (headerBand); a header printed again
// inside a table (a page break) continues it (repeatedHeader).
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import { findFunding, fundingHeader } from "./fundingBlock";
import { readHeaderBand, type HeaderBand, type IgnoredHeader } from "./headerBand";
import { labelKey, type ColumnRole } from "./headerTerms";
import type { FundingLayout, TableLayout } from "./layout";
import { labelledAbove } from "./labelsAbove";
import { levelColumns } from "./levels";
import { typeColumn } from "./typeColumn";
import { levelWeights } from "./levelWeights";
import { MergeIndex } from "./merges";
import { onlyPageMarks, RepeatFinder, type RepeatedHeader } from "./repeatedHeader";
import { exampleMark, isGradeLabel, isOwnGrade, isTotalLabel } from "./rowLabels";
import { isBlank, rowAt, rowHasText } from "./sheetRows";
import { splitSubtotals } from "./subtotals";
import { readTitleBlock } from "./titleBlock";

type Roles = Partial<Record<ColumnRole, number>>;

function titleOf(sheet: SheetGrid, from: number, to: number): { title: string; year: number | null } {
  const texts: string[] = [];
  for (let r = Math.max(from, to - 8); r < to; r++) {
    for (const v of rowAt(sheet, r)) if (typeof v === "string" && v.trim().length >= 4) texts.push(v.trim());
  }
  const title = texts.find((t) => /表|评价|自评|目标/.test(t)) ?? texts[0] ?? "";
  const all = texts.join(" ");
  const m = /(20\d{2}|19\d{2})\s*年/.exec(all);
  return { title, year: m ? Number(m[1]) : null };
}

/** How many rows above a table (its funding block or header) a mark saying it is an example may stand. */
const EXAMPLE_ROWS_ABOVE = 3;

/** The mark saying a table is an example (填报示例, 示例：, 样表) in its title, in the rows just above `first` (not above
 *  `from`) or in the rows down to its header's last; null when there is none. The sheet's name is not read. */
function exampleOf(sheet: SheetGrid, title: string, from: number, first: number, last: number): string | null {
  const mark = exampleMark(title);
  if (mark !== null) return mark;
  for (let r = Math.max(from, first - EXAMPLE_ROWS_ABOVE); r <= last; r++) {
    const c = rowHasText(sheet, r, (v) => exampleMark(v) !== null);
    if (c >= 0) return exampleMark(cellAt(sheet, r, c));
  }
  return null;
}

const DEPARTMENT_LEVEL1 = /^(部门管理|履职效果|能力建设)/;

/** A self-evaluation table even without a recognised 实际完成值 column: it has a 得分 column or a 自评 title (a 绩效目标表
 *  has neither). Such a table is not taken for a targets-only one: its missing column is reported (ACTUAL_MISSING). */
function isSelfEvaluation(roles: Roles, title: string): boolean {
  return roles.actual !== undefined || roles.score !== undefined || /自评/.test(title);
}

function kindOf(roles: Roles, title: string, level1s: string[]): TableLayout["kind"] {
  if (!isSelfEvaluation(roles, title)) return "targets-only";
  if (/整体支出|部门整体/.test(title)) return "department";
  if (level1s.some((t) => DEPARTMENT_LEVEL1.test(t))) return "department";
  return "project";
}

/** A grade as a form's grade cell holds one (优, 良好, 合格, 较差, 优秀等): such a cell is the grade's to write again. */
const GRADE_WORD = /^(?:优秀?|良好?|中等?|合格|及格|较?差|不合格)[等级]?$/;

/** Whether a cell right of a grade label is blank or holds a grade, so the grade may go in it. */
function gradeOrBlank(v: CellValue): boolean {
  return isBlank(v) || (typeof v === "string" && (GRADE_WORD.test(v.trim()) || isOwnGrade(v.trim())));
}

/** Rows right under a table where its grade label may stand (总分 row, then 自评等级 row). */
const GRADE_ROWS_UNDER = 2;

/** Where a table's grade goes: under a grade column's header (自评等级) in the total row, right of a grade label in the
 *  table or in the rows right under it (after the label's merged area) when that cell is blank or holds a grade (not
 *  the text a 自评结论 label introduces), else (or then) the first cell right of the total row's score that is blank or holds
 *  the grade an earlier run wrote there. The `header` rows (first, last) are the header's: a label there heads a
 *  column, never a cell to fill. */
function gradeCellOf(
  sheet: SheetGrid,
  merges: MergeIndex,
  rows: { from: number; header: [number, number]; to: number },
  totalRow: number | null,
  roles: Roles,
  lastCol: number,
): TableLayout["gradeCell"] {
  const last = Math.min(rows.to + GRADE_ROWS_UNDER, sheet.origin.row + sheet.values.length - 1);
  for (let r = rows.from; r <= last; r++) {
    const c = rowHasText(sheet, r, isGradeLabel);
    if (c >= 0 && r >= rows.header[0] && r <= rows.header[1])
      return totalRow === null ? null : { row: totalRow, col: c, labelled: true };
    if (c >= 0) {
      const col = (merges.areaAt(r, c)?.c2 ?? c) + 1;
      if (gradeOrBlank(cellAt(sheet, r, col))) return { row: r, col, labelled: true };
      break; // the label's text (自评结论：…) is the user's: beside the total, as with no label
    }
    if (r > rows.to && rowHasText(sheet, r, (v) => !isBlank(v)) >= 0) break;
  }
  if (totalRow === null || roles.score === undefined) return null;
  for (let c = roles.score + 1; c <= lastCol; c++) {
    const v = cellAt(sheet, totalRow, c);
    if (isBlank(v) || isOwnGrade(v)) return { row: totalRow, col: c, labelled: false };
  }
  return null;
}

/** Where a total label (总分, 合计) can stand under a header: left of its level-3 name and target columns. */
function totalLabelEnd(band: HeaderBand): number {
  const nameCol = band.levels.length ? band.levels[band.levels.length - 1].col : undefined;
  return Math.min(band.roles.target!, nameCol ?? Infinity);
}

/** Whether row `r` is a table's total row: a total label before `labelEnd` (totalLabelEnd). */
function isTotalRow(sheet: SheetGrid, r: number, labelEnd: number): boolean {
  return rowHasText(sheet, r, isTotalLabel, sheet.origin.col, labelEnd) >= 0;
}

/** A template's numbered name left unfilled (指标1：, 指标 2): with no target, weight or completed value, no indicator. */
const PLACEHOLDER_NAME = /^\s*指标\s*\d+\s*[:：.、]?\s*$/;

/** Whether row `r` holds only an unfilled template name (指标1：) in `nameCol`. */
function placeholderRow(sheet: SheetGrid, band: HeaderBand, r: number, nameCol: number | undefined): boolean {
  const name = nameCol === undefined ? null : cellAt(sheet, r, nameCol);
  if (typeof name !== "string" || !PLACEHOLDER_NAME.test(name)) return false;
  const { target, weight, actual } = band.roles;
  return [target, weight, actual].every((c) => c === undefined || isBlank(cellAt(sheet, r, c)));
}

/** The rows under a header from `from` up to its total row (or the next funding block): every row with a name, target
 *  or weight (not a page mark, nor an unfilled template row). A total row printed first, right under the header
 *  (`first`) with an indicator after it, is the table's total row (`atTop`) and does not end it. */
function scanRows(
  sheet: SheetGrid,
  band: HeaderBand,
  span: { from: number; end: number; first: boolean },
): { rows: number[]; totalRow: number | null; atTop: boolean } {
  const nameCol = band.levels.length ? band.levels[band.levels.length - 1].col : undefined;
  const probe = [nameCol, band.roles.target, band.roles.weight].filter((c): c is number => c !== undefined);
  const labelEnd = totalLabelEnd(band);
  const rows: number[] = [];
  let top: number | null = null;
  for (let r = span.from; r < span.end; r++) {
    if (isTotalRow(sheet, r, labelEnd)) {
      if (rows.length || top !== null || !span.first || !indicatorNext(sheet, band, r + 1, span.end))
        return { rows, totalRow: r, atTop: false };
      top = r;
      continue;
    }
    if (fundingHeader(sheet, r)) break;
    if (!probe.some((c) => !isBlank(cellAt(sheet, r, c))) || onlyPageMarks(sheet, r, probe)) continue;
    if (!placeholderRow(sheet, band, r, nameCol)) rows.push(r);
  }
  return { rows, totalRow: top, atTop: top !== null };
}

/** Whether the first row from `from` (before `end`) that is not blank holds an indicator: a name and a target. */
function indicatorNext(sheet: SheetGrid, band: HeaderBand, from: number, end: number): boolean {
  const nameCol = band.levels.length ? band.levels[band.levels.length - 1].col : band.roles.target!;
  for (let r = from; r < end; r++) {
    if (rowHasText(sheet, r, (v) => !isBlank(v)) < 0) continue;
    return !isBlank(cellAt(sheet, r, nameCol)) && !isBlank(cellAt(sheet, r, band.roles.target!));
  }
  return false;
}

function level1Texts(sheet: SheetGrid, merges: MergeIndex, col: number | undefined, rows: readonly number[]): string[] {
  if (col === undefined) return [];
  const out: string[] = [];
  let last: CellValue = null;
  for (const r of rows) {
    const a = merges.anchor(r, col);
    const v: CellValue = cellAt(sheet, a.row, a.col);
    if (typeof v === "string" && v !== last) out.push(labelKey(v)); // a merged run repeats one text: read it once
    last = v;
  }
  return out;
}

/** The header's roles with the level columns the rows showed (a level without a column is left out), and with one
 *  分值 column per level, the level-3 one as the weight and the others as their blocks' points. */
function rolesWithLevels(band: HeaderBand, levels: ReturnType<typeof levelColumns>): Roles {
  // a copy given fields one by one: a spread given more fields outlives the young generation (docs/DECISIONS.md)
  const roles: Roles = Object.assign({}, band.roles);
  for (const k of ["level1", "level2", "level3"] as const) {
    const col = levels[k];
    if (col !== undefined) roles[k] = col;
    else if (k in roles) delete roles[k];
  }
  const w = levelWeights(band, levels);
  if (w) roles.weight = w.weight;
  if (w?.level1Points !== undefined) roles.level1Points = w.level1Points;
  if (w?.level2Points !== undefined) roles.level2Points = w.level2Points;
  return roles;
}

/** The first and last column the table uses: its roles, block labels and funding block. */
function columnSpan(
  roles: Roles,
  blockLabels: readonly { col: number }[],
  funding: ReturnType<typeof findFunding>,
): { firstCol: number; lastCol: number } {
  const cols = [
    ...(Object.values(roles) as number[]),
    ...blockLabels.map((l) => l.col),
    ...(funding ? (Object.values(funding.cols) as number[]) : []),
  ];
  return { firstCol: Math.min(...cols), lastCol: Math.max(...cols) };
}

/** The rows a table's header has under it, its repeated headers, and the band after it. */
interface TableRows {
  rows: number[];
  totalRow: number | null;
  repeats: RepeatedHeader[];
  next: number;
}

/** The rows of the table under `bands[i]`, read part by part: each next header that repeats it while the rows above
 *  have no total row (a page break; see repeatedHeader.ts) is passed over with the gap before it, and the rows below
 *  it continue the table. `next` is the index of the first band that starts a table of its own. */
function tableRows(
  sheet: SheetGrid,
  bands: readonly HeaderBand[],
  i: number,
  regionStart: number,
  end: number,
): TableRows {
  const band = bands[i];
  const repeats: RepeatedHeader[] = [];
  let finder: RepeatFinder | null = null; // made when a part ends at another header without a total row
  let rows: number[] = [];
  let from = band.bottom + 1;
  let top: number | null = null; // a total row printed above the rows
  for (let j = i + 1; ; j++) {
    const part = scanRows(sheet, band, { from, end: j < bands.length ? bands[j].top : end, first: j === i + 1 });
    rows = rows.length ? rows.concat(part.rows) : part.rows;
    if (part.atTop) top = part.totalRow;
    const ended = part.totalRow !== null && !part.atTop;
    const lastRead = part.rows.length ? part.rows[part.rows.length - 1] : from - 1;
    const repeat =
      j < bands.length && !ended
        ? (finder ??= new RepeatFinder(sheet, band, regionStart)).repeatAt(bands[j], lastRead)
        : null;
    if (!repeat) return { rows, totalRow: ended ? part.totalRow : top, repeats, next: j };
    repeats.push(repeat);
    from = repeat.bottom + 1;
  }
}

/** How many rows after a funding block printed under a table its total row may come (其中 rows, a blank row). */
const TOTAL_AFTER_FUNDING = 6;

/** A funding block printed under the indicators (some counties' templates), searched from `after` to `end`, with the
 *  total row that follows it (总分, 合计) when the table had none above it. */
function fundingUnder(
  sheet: SheetGrid,
  band: HeaderBand,
  after: number,
  end: number,
): { funding: FundingLayout; totalRow: number | null } | null {
  const funding = findFunding(sheet, after, end);
  if (!funding) return null;
  const labelEnd = totalLabelEnd(band);
  for (let r = funding.row + 1; r < Math.min(end, funding.row + 1 + TOTAL_AFTER_FUNDING); r++) {
    if (isTotalRow(sheet, r, labelEnd)) return { funding, totalRow: r };
  }
  return { funding, totalRow: null };
}

/** The table under one header with its rows, its funding block searched between `regionStart` and the header, or, when
 *  `end` is given (the sheet's last table, or any on a sheet that prints blocks under its tables), under its rows up to
 *  `end` when none stands above. */
function tableAt(
  sheet: SheetGrid,
  merges: MergeIndex,
  band: HeaderBand,
  regionStart: number,
  under: TableRows,
  end: number | null,
): TableLayout {
  const { rows, repeats } = under;
  const typed = typeColumn(sheet, merges, band, rows);
  const levels = levelColumns(sheet, merges, typed.levels, rows);
  const roles = rolesWithLevels(band, levels);
  if (!typed.type) delete roles.indicatorType;
  const { indicators, subtotals } = splitSubtotals(sheet, merges, roles, rows);
  const above = findFunding(sheet, regionStart, band.top);
  // the total row, or the last indicator row when the total is printed above them
  const lastRead = Math.max(under.totalRow ?? band.bottom, rows.length ? rows[rows.length - 1] : band.bottom);
  const below = above || end === null ? null : fundingUnder(sheet, band, lastRead + 1, end);
  const funding = above ?? below?.funding ?? null;
  const totalRow = under.totalRow ?? below?.totalRow ?? null;
  const { title, year } = titleOf(sheet, regionStart, above ? above.headerRow : band.top);
  const info = readTitleBlock(sheet, merges, regionStart, band.top, year);
  const { firstCol, lastCol } = columnSpan(roles, levels.blockLabels, funding);
  const lastRow = Math.max(totalRow ?? lastRead, lastRead, below ? below.funding.row : lastRead);
  const firstRow = above ? above.headerRow : band.top;
  // without a total row, labels above the header in its columns (an info block's 自评得分 | ▢ | 自评等级 | ▢) say where
  // the total and grade go, when each is labelled once; else the grade labels are read as before
  const labelled =
    totalRow === null ? labelledAbove(sheet, merges, regionStart, band.top, funding, [firstCol, lastCol]) : null;
  const rowSpan = { from: firstRow, header: [band.top, band.bottom] as [number, number], to: lastRow };
  const gradeCell = labelled?.grade ? null : gradeCellOf(sheet, merges, rowSpan, totalRow, roles, lastCol);
  // a 自评等级 column the grade goes in is read, not an unknown header
  const graded = (h: IgnoredHeader) => gradeCell !== null && h.col === gradeCell.col && h.row <= band.bottom;
  // a column taken for another role after all (a 分值 column per level) is read, not ignored
  const read = (h: IgnoredHeader) => h.reason === "duplicate" && Object.values(roles).includes(h.col);
  return {
    sheet,
    headerRow: band.top,
    headerBottom: band.bottom,
    columns: roles,
    indicatorRows: indicators,
    subtotals,
    ignoredHeaders: band.ignored.concat(typed.ignored).filter((h) => !graded(h) && !read(h)),
    repeatedHeaders: repeats,
    totalRow,
    funding,
    title,
    example: exampleOf(sheet, title, regionStart, firstRow, band.bottom),
    info,
    year,
    kind: kindOf(roles, title, level1Texts(sheet, merges, roles.level1, indicators)),
    gradeCell,
    labelled: labelled ?? { total: null, grade: null },
    firstRow,
    lastRow,
    firstCol,
    lastCol,
  };
}

/** Whether a sheet of several tables prints each one's funding block under its indicators: none above the first
 *  table, one between the first two and one after the last header. Then a block between two tables is the one above
 *  it's (else the one under it's, as the standard template prints it). */
function printsBlocksUnder(sheet: SheetGrid, bands: readonly HeaderBand[], end: number): boolean {
  if (bands.length < 2 || findFunding(sheet, sheet.origin.row, bands[0].top)) return false;
  const afterLast = bands[bands.length - 1].bottom + 1;
  return findFunding(sheet, bands[0].bottom + 1, bands[1].top) !== null && findFunding(sheet, afterLast, end) !== null;
}

/** Whether header `a` spans header `b`'s 年度指标值 column (between the first and last column it gives a role to). */
function spansTarget(a: HeaderBand, b: HeaderBand): boolean {
  const cols = [...(Object.values(a.roles) as number[]), ...a.levels.map((l) => l.col)];
  const target = b.roles.target!;
  return Math.min(...cols) <= target && target <= Math.max(...cols);
}

/** Adds a header to the sheet's; a header right under another over the same columns (no row between: an old header
 *  row left above the real one, often hidden) is one header with it, read by the lower one unless only the lower one
 *  is hidden. Headers over other columns (tables side by side, one a row higher) stay apart. */
function addBand(bands: HeaderBand[], band: HeaderBand, hidden: ReadonlySet<number> | undefined): void {
  const above = bands[bands.length - 1];
  const one =
    above !== undefined && above.bottom + 1 === band.top && spansTarget(above, band) && spansTarget(band, above);
  if (!one) bands.push(band);
  else if (hidden?.has(band.top) && !hidden.has(above.top)) above.bottom = band.bottom;
  else bands[bands.length - 1] = band;
}

/** Finds every indicator table on a sheet, in sheet order. */
export function findTables(sheet: SheetGrid, merges: MergeIndex = new MergeIndex(sheet)): TableLayout[] {
  const end = sheet.origin.row + sheet.values.length;
  const bands: HeaderBand[] = [];
  for (let r = sheet.origin.row; r < end; r++) {
    const band = readHeaderBand(sheet, merges, r);
    if (!band) continue;
    addBand(bands, band, sheet.hiddenRows);
    r = band.bottom;
  }
  const tables: TableLayout[] = [];
  const blocksUnder = printsBlocksUnder(sheet, bands, end);
  let regionStart = sheet.origin.row;
  for (let i = 0; i < bands.length;) {
    const under = tableRows(sheet, bands, i, regionStart, end);
    const last = under.next >= bands.length;
    const searchEnd = last ? end : blocksUnder ? bands[under.next].top : null;
    const table = tableAt(sheet, merges, bands[i], regionStart, under, searchEnd);
    tables.push(table);
    regionStart = table.lastRow + 1;
    i = under.next;
  }
  return tables;
}
