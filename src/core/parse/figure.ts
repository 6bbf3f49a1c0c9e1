// Whether a text of words holds a figure (spec §6 TARGET_UNPARSEABLE: a target with a number that cannot be read).
import { normalizeValueText } from "./normalize";
import { lookupUnit } from "./units";

const QUOTED = /《[^》]*》|“[^”]*”|"[^"]*"/g;
const FIGURE = /(第?)(\d+(?:\.\d+)?)(%|[\u4e00-\u9fff]{1,3})/g;

/** The unit a run of characters starts with (万元 in 万元以上), or null. */
function unitAtStart(s: string): boolean {
  for (let n = Math.min(3, s.length); n >= 1; n--) if (lookupUnit(s.slice(0, n))) return true;
  return false;
}

/** Whether a text holds a figure with a unit or percent (8万元, 0次, 100%), not counting years (2021年), ordinals
 *  (第3条) or figures inside a quoted title (《…》, “…”). */
export function holdsFigure(text: string): boolean {
  const s = normalizeValueText(text).replace(QUOTED, "");
  FIGURE.lastIndex = 0;
  // an exec loop, not matchAll: old Excel's Internet Explorer 11 has no String.prototype.matchAll
  for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
    if (m[1] || (/^(19|20)\d\d$/.test(m[2]) && m[3].slice(0, 1) === "年")) continue;
    if (m[3] === "%" || unitAtStart(m[3])) return true;
  }
  return false;
}
