// The value reader's public face (spec §2): parseValue, units, and the helpers the table reader and scorer use.
export { parseValue, clearParseCache } from "./parseValue";
export {
  lookupUnit,
  sameFamily,
  toBase,
  normalizeUnitText,
  COUNT_UNITS,
  COUNT_GROUPS,
  unknownCountUnit,
} from "./units";
export { parseComparatorColumn, normalizeValueText, NOT_APPLICABLE_MARKS, type ColumnComparator } from "./normalize";
export { classifyNumberFormat, excelSerialToDate, type FormatInfo } from "./numberFormat";
export { scaleNumber } from "./numbers";
export type * from "./types";
