// The table finder: indicator tables anywhere on a sheet, several per sheet, with their funding block and total row.
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import { headerKey } from "../text";
import {
  fundingRole,
  headerRole,
  isFundingTotalLabel,
  isGradeLabel,
  isTotalLabel,
  type ColumnRole,
  type FundingRole,
} from "./headers";
import type { FundingLayout, TableLayout } from "./layout";

type Roles = Partial<Record<ColumnRole, number>>;

function rowAt(sheet: SheetGrid, r: number): CellValue[] {
  return sheet.values[r - sheet.origin.row] ?? [];
}

function headerRoles(sheet: SheetGrid, r: number): Roles | null {
  const row = rowAt(sheet, r);
  let roles: Roles | null = null; // made at the first header cell: most rows have none
  let count = 0;
  for (let j = 0; j < row.length; j++) {
    const role = headerRole(row[j]);
    if (role && (roles ??= {})[role] === undefined) {
      roles[role] = sheet.origin.col + j;
      count++;
    }
  }
  if (!roles) return null;
  const hasTarget = roles.target !== undefined || roles.targetAdjusted !== undefined;
  const hasName = roles.level3 !== undefined || (roles.level1 !== undefined && roles.level2 !== undefined);
  if (!hasTarget || !hasName || count < 3) return null;
  if (roles.targetAdjusted !== undefined) roles.target = roles.targetAdjusted; // spec: prefer 调整指标值
  return roles;
}

function fundingHeader(sheet: SheetGrid, r: number): Partial<Record<FundingRole, number>> | null {
  const row = rowAt(sheet, r);
  let cols: Partial<Record<FundingRole, number>> | null = null; // made at the first funding label
  let count = 0;
  for (let j = 0; j < row.length; j++) {
    const role = fundingRole(row[j]);
    if (role && (cols ??= {})[role] === undefined) {
      cols[role] = sheet.origin.col + j;
      count++;
    }
  }
  const ok = cols !== null && count >= 3 && (cols.executed !== undefined || cols.rate !== undefined);
  return ok ? cols : null;
}

function rowHasText(sheet: SheetGrid, r: number, test: (v: CellValue) => boolean, c1 = 0, c2 = Infinity): number {
  const row = rowAt(sheet, r);
  for (let j = 0; j < row.length; j++) {
    const c = sheet.origin.col + j;
    if (c >= c1 && c <= c2 && test(row[j])) return c;
  }
  return -1;
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function findFunding(sheet: SheetGrid, from: number, to: number): FundingLayout | null {
  for (let r = from; r < to; r++) {
    const cols = fundingHeader(sheet, r);
    if (!cols) continue;
    for (let q = r + 1; q < to; q++) {
      if (rowHasText(sheet, q, isFundingTotalLabel) >= 0) return { headerRow: r, row: q, cols };
    }
    const next = r + 1 < to ? r + 1 : -1;
    return next >= 0 ? { headerRow: r, row: next, cols } : null;
  }
  return null;
}

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

const DEPARTMENT_LEVEL1 = /^(部门管理|履职效果|能力建设)/;

function kindOf(roles: Roles, title: string, level1s: string[]): TableLayout["kind"] {
  if (roles.actual === undefined) return "targets-only";
  if (/整体支出|部门整体/.test(title)) return "department";
  if (level1s.some((t) => DEPARTMENT_LEVEL1.test(t))) return "department";
  return "project";
}

function gradeCellOf(
  sheet: SheetGrid,
  from: number,
  to: number,
  totalRow: number | null,
  roles: Roles,
  lastCol: number,
): { row: number; col: number } | null {
  for (let r = from; r <= to; r++) {
    const c = rowHasText(sheet, r, isGradeLabel);
    if (c >= 0) return { row: r, col: c + 1 };
  }
  if (totalRow === null || roles.score === undefined) return null;
  for (let c = roles.score + 1; c <= lastCol; c++) if (isBlank(cellAt(sheet, totalRow, c))) return { row: totalRow, col: c };
  return null;
}

/** Finds every indicator table on a sheet, in sheet order. */
export function findTables(sheet: SheetGrid): TableLayout[] {
  const end = sheet.origin.row + sheet.values.length;
  const headers: { row: number; roles: Roles }[] = [];
  for (let r = sheet.origin.row; r < end; r++) {
    const roles = headerRoles(sheet, r);
    if (roles) headers.push({ row: r, roles });
  }
  const tables: TableLayout[] = [];
  let regionStart = sheet.origin.row;
  headers.forEach((h, i) => {
    const regionEnd = i + 1 < headers.length ? headers[i + 1].row : end;
    const roles = h.roles;
    const cols = Object.values(roles) as number[];
    const labelEnd = Math.min(roles.target ?? Infinity, roles.level3 ?? Infinity);
    const indicatorRows: number[] = [];
    const level1s: string[] = [];
    let totalRow: number | null = null;
    for (let r = h.row + 1; r < regionEnd; r++) {
      if (rowHasText(sheet, r, isTotalLabel, sheet.origin.col, labelEnd) >= 0) {
        totalRow = r;
        break;
      }
      if (fundingHeader(sheet, r)) break;
      const name = roles.level3 !== undefined ? cellAt(sheet, r, roles.level3) : null;
      const target = cellAt(sheet, r, roles.target!);
      const weight = roles.weight !== undefined ? cellAt(sheet, r, roles.weight) : null;
      if (isBlank(name) && isBlank(target) && isBlank(weight)) continue;
      indicatorRows.push(r);
      if (roles.level1 !== undefined) {
        const l1 = cellAt(sheet, r, roles.level1);
        if (typeof l1 === "string") level1s.push(headerKey(l1));
      }
    }
    const funding = findFunding(sheet, regionStart, h.row);
    const { title, year } = titleOf(sheet, regionStart, funding ? funding.headerRow : h.row);
    const fundingCols = funding ? (Object.values(funding.cols) as number[]) : [];
    const firstCol = Math.min(...cols, ...fundingCols);
    const lastCol = Math.max(...cols, ...fundingCols);
    const lastRow = totalRow ?? (indicatorRows.length ? indicatorRows[indicatorRows.length - 1] : h.row);
    const firstRow = funding ? funding.headerRow : h.row;
    tables.push({
      sheet,
      headerRow: h.row,
      columns: roles,
      indicatorRows,
      totalRow,
      funding,
      title,
      year,
      kind: kindOf(roles, title, level1s),
      gradeCell: gradeCellOf(sheet, firstRow, lastRow, totalRow, roles, lastCol),
      firstRow,
      lastRow,
      firstCol,
      lastCol,
    });
    regionStart = lastRow + 1;
  });
  return tables;
}
