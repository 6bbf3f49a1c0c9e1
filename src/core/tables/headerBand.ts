// An indicator header as printed: one row, or two rows where a parent cell merged across columns names their role
// and the sub-headers below name the columns (年度指标值 over 指标性质 | 指标值 | 度量单位; 实际完成值 over 值 | 单位).
import { cellAt, columnLetters, type SheetGrid } from "../grid";
import type { IgnoredHeaderParam } from "../messages/params";
import type { MergeIndex } from "./merges";
import { indicatorRole, normaliseHeader, type ColumnRole, type Recognised, type RecognisedBy } from "./headerTerms";
import { isColumnNumberRow } from "./columnNumbers";
import { earlierYear, forecast, laterYear, periodOf, qualifiedRole } from "./headerQualifiers";
import { isBlank, rowAt } from "./sheetRows";
import { spannedRole } from "./spannedHeader";

/** A header cell that took a role. */
export interface PlacedHeader {
  col: number;
  role: ColumnRole;
  by: RecognisedBy;
  text: string;
}

/** A header cell the reader did not place: no role fits it, another column took its role, it is someone else's
 *  score (主管部门复核得分), it covers part of the year beside a whole-year column (1-6月 beside 1-12月), it is one of
 *  several completed-value columns none of which says it covers the whole year, the only one and it covers part of
 *  the year, or a forecast of the year (全年预计完成值), beside a completed-value column read or not. */
export interface IgnoredHeader {
  row: number;
  col: number;
  text: string;
  reason: IgnoredReason;
}

/** Why a header cell was not placed (see IgnoredHeader). */
type IgnoredReason =
  "unknown" | "duplicate" | "other-party" | "part-year" | "period-unclear" | "part-only" | "forecast" | "forecast-only";

/** The header of an indicator table, from its top row to its last header row. */
export interface HeaderBand {
  top: number;
  bottom: number;
  /** One column per role, the level roles excepted. */
  roles: Partial<Record<ColumnRole, number>>;
  /** Every column with a level role, left to right (block labels among them are sorted out with the data). */
  levels: PlacedHeader[];
  ignored: IgnoredHeader[];
  /** The header text of each placed column. */
  texts: Map<number, string>;
  /** Every column with the weight role, left to right (one per level in some department tables: levelWeights.ts). */
  weights: number[];
  /** Its text with its parent's in a two-row header (主管部门复核 over 得分), as the qualifiers read it. */
  labels: Map<number, string>;
}

/** Ignored header cells as a message names them (column letter and text). */
export function ignoredHeaderParams(ignored: readonly IgnoredHeader[]): IgnoredHeaderParam[] {
  return ignored.map((h) => {
    const param: IgnoredHeaderParam = {
      column: columnLetters(h.col),
      text: h.text,
      duplicate: h.reason === "duplicate",
    };
    if (h.reason === "other-party") param.otherParty = true;
    if (PERIODS.has(h.reason)) param.period = h.reason as NonNullable<IgnoredHeaderParam["period"]>;
    return param;
  });
}

/** Reasons that name what period or kind of figures a completed-value column holds. */
const PERIODS: ReadonlySet<IgnoredReason> = new Set<IgnoredReason>([
  "part-year",
  "period-unclear",
  "part-only",
  "forecast",
  "forecast-only",
]);
/** Reasons of the header cells no other column stands in for. */
const UNREAD: ReadonlySet<IgnoredReason> = new Set<IgnoredReason>([
  "unknown",
  "period-unclear",
  "part-only",
  "forecast-only",
]);

/** The header cells no role fits, or completed values none of which was read for the year's (not those whose role
 *  another column holds), as a message names them: what a message about a missing column lists as not read. */
export function unreadHeaderParams(ignored: readonly IgnoredHeader[]): IgnoredHeaderParam[] {
  return ignoredHeaderParams(ignored.filter((h) => UNREAD.has(h.reason)));
}

const LEVELS: ReadonlySet<ColumnRole> = new Set(["level1", "level2", "level3"]);
const SUB_WORD_LENGTH = 4;

/** A sub-header under a parent: units and comparators keep their own role; anything else takes the parent's. */
function underParent(parent: ColumnRole, own: ColumnRole | null): ColumnRole | null {
  if (parent === "target" || parent === "targetAdjusted") return own === "unit" || own === "comparator" ? own : parent;
  if (parent === "actual") return own === "unit" ? "actualUnit" : own === "comparator" ? null : parent;
  return own;
}

/** Whether row r+1 holds sub-headers of row r: a header cell of row r is merged over it or across columns with texts
 *  below, and the row holds no data (no numbers, only header words). */
function hasSubRow(sheet: SheetGrid, r: number): boolean {
  let joined = false;
  for (const m of sheet.merges) {
    if (m.r1 === r && (m.r2 > r || (m.c2 > m.c1 && rowHasAny(sheet, r + 1, m.c1, m.c2)))) joined = true;
    if (joined) break;
  }
  if (!joined) return false;
  let words = 0;
  for (const v of rowAt(sheet, r + 1)) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    const rec = indicatorRole(v);
    if (rec) words++;
    else if (v.trim().length > SUB_WORD_LENGTH || /\d/.test(v)) return false;
  }
  return words > 0;
}

function rowHasAny(sheet: SheetGrid, r: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) if (!isBlank(cellAt(sheet, r, c))) return true;
  return false;
}

/** A header text as a message shows it: one line. */
const shown = (v: unknown) => String(v).replace(/\s+/g, " ").trim();

/** The explanation column this product adds in old Excel (评分说明): ours, so never reported as not recognised. */
const OWN_COLUMN = "评分说明";

/** The role of column `c` in a band of one or two rows, with the text it was read from. */
function columnRole(
  sheet: SheetGrid,
  merges: MergeIndex,
  top: number,
  bottom: number,
  c: number,
): { rec: Recognised<ColumnRole>; text: string; label: string } | { unknown: string; row: number } | null {
  const pa = merges.anchor(top, c);
  const parentText = pa.row === top ? cellAt(sheet, pa.row, pa.col) : null;
  const parent = indicatorRole(parentText);
  const sa = bottom > top ? merges.anchor(bottom, c) : null;
  const subText = sa && sa.row === bottom && sa.col === c ? cellAt(sheet, bottom, c) : null;
  if (!isBlank(subText)) {
    const own = indicatorRole(subText);
    const role = parent ? underParent(parent.role, own?.role ?? null) : (own?.role ?? null);
    if (!role) return { unknown: shown(subText), row: bottom };
    const by = own && own.role === role ? own.by : parent!.by;
    const label = `${isBlank(parentText) ? "" : shown(parentText)}${shown(subText)}`;
    return { rec: { role, by, key: own?.key ?? parent!.key }, text: shown(subText), label };
  }
  const spanned = parent && bottom === top ? merges.areaAt(top, c) : null;
  if (spanned && spanned.c2 > spanned.c1 && spanned.r1 === top) {
    const role = spannedRole(sheet, spanned, c, parent!.role);
    const text = shown(parentText);
    return role && { rec: { role, by: parent!.by, key: parent!.key }, text, label: text };
  }
  if (pa.col !== c || isBlank(parentText)) return null;
  const text = shown(parentText);
  return parent ? { rec: parent, text, label: text } : { unknown: text, row: top };
}

/** Whether a row may hold an indicator header: a cell naming a level (一级指标 … 绩效指标, 指标名称). The start of each
 *  text is looked at first, so data rows cost no string work (the 30,000-row scan). */
function mayBeHeaderRow(row: readonly unknown[]): boolean {
  for (const v of row) {
    if (typeof v !== "string" || !LEVEL_START.test(v)) continue;
    const rec = indicatorRole(v);
    if (rec && LEVELS.has(rec.role)) return true;
  }
  return false;
}

/** How every level header starts (spaces allowed between characters): 一级 二级 三级 绩效 指标名. */
const LEVEL_START = /^\s*(?:[一二三]\s*级|绩\s*效|指\s*标\s*名)/;

/** Reads the header starting at row `r`; null when the row is not an indicator header (a target, a name and three roles).
 *  A row of column numbers right under it (栏次: 甲 | 乙 | 丙 | 1 | 2 …) is its last row. */
export function readHeaderBand(sheet: SheetGrid, merges: MergeIndex, r: number): HeaderBand | null {
  const band = readBand(sheet, merges, r);
  if (!band || !isIndicatorHeader(band)) return null;
  if (isColumnNumberRow(rowAt(sheet, band.bottom + 1))) band.bottom++;
  return band;
}

/** A header at row `r` with a name column but no 年度指标值 column, and two more roles (实际完成值, 分值, 得分 …) or
 *  three more columns read or not (年度计划数, 标准分, 自评分 …): the place to point a user at when no table is found.
 *  Null for any other row. */
export function headerWithoutTarget(sheet: SheetGrid, merges: MergeIndex, r: number): HeaderBand | null {
  const band = readBand(sheet, merges, r);
  if (!band || band.roles.target !== undefined || band.roles.targetAdjusted !== undefined) return null;
  const roles = Object.keys(band.roles).length;
  return hasName(band) && (roles >= 2 || roles + band.ignored.length >= 3) ? band : null;
}

/** The roles of the cells of row `r` (and the sub-header row under it); null when no cell of it names a level. */
function readBand(sheet: SheetGrid, merges: MergeIndex, r: number): HeaderBand | null {
  const row = rowAt(sheet, r);
  if (!mayBeHeaderRow(row)) return null;
  const bottom = hasSubRow(sheet, r) ? r + 1 : r;
  const band: HeaderBand = {
    top: r,
    bottom,
    roles: {},
    levels: [],
    ignored: [],
    weights: [],
    texts: new Map(),
    labels: new Map(),
  };
  // in column order: headers not placed, and those to place once every column's period is known (wholeYear)
  const cells: (PlacedHeader | IgnoredHeader)[] = [];
  const width = Math.max(row.length, rowAt(sheet, bottom).length);
  for (let j = 0; j < width; j++) {
    const c = sheet.origin.col + j;
    const found = columnRole(sheet, merges, r, bottom, c);
    if (!found) continue;
    if ("unknown" in found) {
      if (normaliseHeader(found.unknown) !== OWN_COLUMN)
        cells.push({ row: found.row, col: c, text: found.unknown, reason: "unknown" });
      continue;
    }
    const role = qualifiedRole(found.rec.role, found.label);
    if (!role) {
      cells.push({ row: bottom, col: c, text: found.label, reason: "other-party" });
      continue;
    }
    const by = found.rec.by;
    band.texts.set(c, found.text);
    band.labels.set(c, found.label);
    if (role === "weight") band.weights.push(c);
    if (LEVELS.has(role)) band.levels.push({ col: c, role, by, text: found.text });
    else cells.push({ col: c, role, by, text: found.text });
  }
  const left = partsOfYear(band, cells);
  const strength: Partial<Record<ColumnRole, RecognisedBy>> = {};
  for (const h of cells) {
    if ("reason" in h) band.ignored.push(h);
    else if (left.has(h.col)) band.ignored.push({ row: bottom, col: h.col, text: h.text, reason: left.get(h.col)! });
    else place(band, strength, h, bottom, sheet.hiddenColumns);
  }
  return band;
}

/** The columns left out of their role, with why: one covering part of the year (1-6月实际完成值, 上半年) when another
 *  of its role covers the whole year (1-12月, 全年); every completed value when several are and a part of the year is
 *  named but not the whole year (not guessed); the only completed value when it covers part of the year; a forecast
 *  of the year (全年预计完成值) always, the real completed value being read when there is one. */
function partsOfYear(band: HeaderBand, cells: readonly (PlacedHeader | IgnoredHeader)[]): Map<number, IgnoredReason> {
  const label = (h: PlacedHeader) => band.labels.get(h.col) ?? h.text;
  const period = (h: PlacedHeader) => periodOf(label(h));
  const placed = cells.filter((h): h is PlacedHeader => "role" in h && !(h.role === "actual" && forecast(label(h))));
  const left = new Map<number, IgnoredReason>();
  for (const h of placed) {
    const same = placed.filter((o) => o.role === h.role);
    if (h.role === "actual" && same.length === 1 && period(h) === "part") left.set(h.col, "part-only");
    if (same.length < 2 || !same.some((o) => period(o) === "part")) continue;
    if (same.some((o) => period(o) === "whole")) {
      if (period(h) === "part") left.set(h.col, "part-year");
    } else if (h.role === "actual") left.set(h.col, "period-unclear");
  }
  const read = placed.some((h) => h.role === "actual" && !left.has(h.col));
  for (const h of cells)
    if ("role" in h && h.role === "actual" && forecast(label(h))) left.set(h.col, read ? "forecast" : "forecast-only");
  return left;
}

/** Gives a column its role unless a column with a stronger claim has it: a visible one over a hidden one (a stale
 *  实际完成值 hidden beside the one filled in), this year's over an earlier year's (上年实际值), then a synonym over a
 *  key term, else the left one. */
function place(
  band: HeaderBand,
  strength: Partial<Record<ColumnRole, RecognisedBy>>,
  h: PlacedHeader,
  row: number,
  hidden: ReadonlySet<number> | undefined,
): void {
  const held = band.roles[h.role];
  const oneHidden = hidden !== undefined && held !== undefined && hidden.has(held) !== hidden.has(h.col);
  const heldText = held === undefined ? "" : (band.labels.get(held) ?? "");
  const text = band.labels.get(h.col) ?? h.text;
  // a visible column over a hidden one, this year's over an earlier year's, then a synonym over a key term
  const stronger = oneHidden
    ? hidden.has(held!)
    : laterYear(text, heldText) ||
      (!earlierYear(text, heldText) && strength[h.role] === "key-term" && h.by === "synonym");
  if (held === undefined || stronger) {
    if (held !== undefined)
      band.ignored.push({ row, col: held, text: band.texts.get(held) ?? "", reason: "duplicate" });
    band.roles[h.role] = h.col;
    strength[h.role] = h.by;
  } else band.ignored.push({ row, col: h.col, text: h.text, reason: "duplicate" });
}

function isIndicatorHeader(band: HeaderBand): boolean {
  const roles = band.roles;
  if (roles.targetAdjusted !== undefined) {
    if (roles.target !== undefined)
      band.ignored.push({
        row: band.top,
        col: roles.target,
        text: band.texts.get(roles.target) ?? "",
        reason: "duplicate",
      });
    roles.target = roles.targetAdjusted; // spec: prefer 调整指标值
  }
  const distinct = Object.keys(roles).length + new Set(band.levels.map((l) => l.role)).size;
  return roles.target !== undefined && hasName(band) && distinct >= 3;
}

/** Whether the band names its indicators: a 三级指标 column, or 一级 and 二级 ones. */
function hasName(band: HeaderBand): boolean {
  const levelRoles = new Set(band.levels.map((l) => l.role));
  return levelRoles.has("level3") || (levelRoles.has("level1") && levelRoles.has("level2"));
}
