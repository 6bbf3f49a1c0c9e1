// Places in a ranking (排名, 名次): `前10名` is a place no lower than 10th, `第8名` the 8th place. Read as a count of 10
// people, 第8名 against 前10名 scored 8 of 10 and 第12名 full marks: a place is better the smaller it is. Both are read in
// the count 名次, so a place is compared only with a place (8名 against 前10名 is a mismatch of units, for a person).
// `前30%` is a place among the top 30 % (a share of the field, compared only with a share); `后3名`, `后30%` count from the
// bottom: words, for a person.
import { figureValue } from "./numbers";
import type { QualitativeValue, QuantityValue, Unit } from "./types";
import { unknownCountUnit } from "./units";

/** The verb before a place (位居, 进入 …), where the ranking is (全省, 系统内 …) and what it ranks, all optional, in
 *  either order of verb and place (进入全省前5名, 全省排名位居第3). */
const VERB = "(?:为|在|是|进入|进|保持|稳居|位居|位列|名列|居|列|处于|达到)?";
const LEAD =
  VERB +
  "(?:全国|全省|全市|全州|全县|全区|全旗|全盟|省内|市内|州内|县内|区内|全系统|系统内|同类|同级|全行业)?" +
  "(?:综合|考核|考评|评比|评价|绩效)?(?:排名|排位|排序|名次|位次)?" +
  VERB;
const PLACE_NUMBER = "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)";
/** Among the first or the last N places or N % (全省前10名, 进入前三, 前5位以内, 前30%, 后3名): the first no lower than the
 *  Nth, the last for a person. */
const AMONG_ENDS = new RegExp(`^${LEAD}([前后])${PLACE_NUMBER}(?:名|位|强|(%))?(?:以内|之内|内)?$`);
/** The Nth place (第8名, 全市第二, 排名第5位). */
const NTH_PLACE = new RegExp(`^${LEAD}第${PLACE_NUMBER}(?:名|位)?$`);

/** The unit of a place in a ranking. */
export const PLACE_UNIT = unknownCountUnit("名次");

/** The unit of a place as a share of the field (前30%): compared only with a share. */
export const SHARE_PLACE_UNIT: Unit = Object.freeze({ text: "%", family: "count", factor: 1, countKind: "名次%" });

/** Whether `unit` is a place's (名次 or a share of the field): better the smaller it is. */
export const isPlaceUnit = (unit: Unit | null | undefined): boolean => unit === PLACE_UNIT || unit === SHARE_PLACE_UNIT;

/** Count units a place is also written in (8名, ≤10名): read as a place beside one (alignQuantities). */
export const PLACE_COUNTS: ReadonlySet<string> = new Set(["名", "位"]);

/** Normalised text `s` as a place in a ranking (`text` the cell's), or null when it is none. */
export function readPlace(s: string, text: string): QuantityValue | QualitativeValue | null {
  if (s.indexOf("前") < 0 && s.indexOf("第") < 0 && s.indexOf("后") < 0) return null;
  const ends = AMONG_ENDS.exec(s);
  const m = ends ? ends.slice(1) : NTH_PLACE.exec(s);
  if (!m) return null;
  const value = figureValue(m[1]);
  const share = ends !== null && ends[3] !== undefined;
  if (value === null || !(value > 0) || (share ? value > 100 : Math.floor(value) !== value)) return null;
  if (ends && m[0] === "后") return { kind: "qualitative", text };
  return {
    kind: "quantity",
    comparator: ends ? "<=" : null,
    comparatorSource: ends ? "prefix" : null,
    value,
    high: null,
    unit: share ? SHARE_PLACE_UNIT : PLACE_UNIT,
    unitSource: "text",
    approximate: false,
    text,
  };
}
