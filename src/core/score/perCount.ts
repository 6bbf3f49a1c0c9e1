// A total beside the count of the target's basis (总费用50万元，培训1000人 against ≤500元/人): the total was compared with
// the price per person, 500000元 against 500元, 0.09 of 90. The total over the count (500元/人) is what the target asks,
// restated and said as another basis is (UNIT_ASSUMED per-basis).
import { normalizeValueText } from "../parse/normalize";
import type { QuantityValue } from "../parse/types";
import { toBase } from "../parse/units";
import { basisNamed, basisOf } from "./basis";

/** A remark with one figure, a count: words, digits, 万 perhaps, up to two characters of unit (培训1000人, 1000亩). */
const ONE_COUNT = /^[^\d]{0,12}?(\d+(?:\.\d+)?)(万)?([\u4e00-\u9fff]{1,2})[^\d]{0,8}$/;

/** The factor restating total `b` per the basis its remark counts (1 / 1000 for 1000人 against 元/人), when the target
 *  (or the name) asks a figure per that basis, `b` says none, and the total over the count is nearer the target than the
 *  total itself; null otherwise. */
export function perCount(name: string, t: QuantityValue, b: QuantityValue): { factor: number; basis: string } | null {
  if (!b.remark || !t.unit || !b.unit || basisOf(b.text) !== null) return null;
  const basis = basisOf(t.text) ?? basisOf(name);
  if (basis === null) return null;
  // the remark holds the count alone: beside a second sum (执行80万元) or count (5000人次) which divides which is a guess
  const m = ONE_COUNT.exec(normalizeValueText(b.remark.note));
  const count = m ? Number(m[1]) * (m[2] ? 1e4 : 1) : 0;
  if (!m || count <= 0 || !countsBasis(m[3], basis.key) || !sameWord(t.text + name, m[3])) return null;
  const [total, asked] = [toBase(b.value, b.unit), toBase(t.value, t.unit)];
  const nearer = Math.abs(Math.log(total / count / asked)) < Math.abs(Math.log(total / asked));
  return nearer ? { factor: 1 / count, basis: basis.text } : null;
}

/** Whether the count's unit is a visit (人次) exactly where the target's or name's basis is one: 人 and 人次 are one basis
 *  for basis.ts, but 1万人 over a price per 人次 is no price per visit. */
function sameWord(asked: string, unit: string): boolean {
  return asked.includes("人次") === unit.startsWith("人次");
}

/** Whether the unit words after a count (人, 人次, 户 …, or the first of them) name the basis keyed `key`. */
function countsBasis(words: string, key: string): boolean {
  return basisNamed(words)?.key === key || basisNamed(words[0])?.key === key;
}
