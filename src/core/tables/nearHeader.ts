// Why a workbook has no indicator table, when it nearly has one: the first header that lacks only its 年度指标值
// column (年度计划数, 预期值 … are not read as one: spec §1 amendment 4), so NO_TABLE_FOUND can name the row and the
// headers that were not read instead of listing what a header needs in general.
import type { WorkbookGrid } from "../grid";
import type { NearHeaderParam } from "../messages/params";
import { headerWithoutTarget, unreadHeaderParams } from "./headerBand";
import { keyTermsOf } from "./headerTerms";
import { MergeIndex } from "./merges";

/** The first header in the workbook that names its indicators and two more roles but no target; null when none. */
export function headerMissingTarget(grid: WorkbookGrid): NearHeaderParam | null {
  for (const sheet of grid.sheets) {
    const merges = new MergeIndex(sheet);
    const end = sheet.origin.row + sheet.values.length;
    for (let r = sheet.origin.row; r < end; r++) {
      const band = headerWithoutTarget(sheet, merges, r);
      if (band) {
        const ignored = unreadHeaderParams(band.ignored);
        return { sheet: sheet.name, row: r + 1, terms: keyTermsOf("target").endsWith, ignored };
      }
    }
  }
  return null;
}
