// A completed figure labelled as another year's than the table's (2022年完成20公里, 1000人次（2020年度）, 20公里（次年
// 完成）), as a sum over several years (三年累计20公里, 十三五期间累计) or as taken over from earlier years (95%（沿用上年）):
// not this year's figure reached.
import type { QuantityValue } from "../parse/types";
import type { WaitingReview } from "./personScore";

/** A year written out, before 年 (2022年, 2020年度), with a comparison word before it (较2020年增加: no label). */
const YEAR = /(较|比|与)?((?:19|20)\d{2})(?=年)/g;
/** The year after the table's, in words, as when the work was done (次年完成, 翌年3月到位; not 下年度继续实施). */
const NEXT_YEAR =
  /(?:次年|翌年|来年|下一?年度?)(?:\d{1,2}月)?[\u4e00-\u9fff]{0,2}?(?:完成|完工|建成|实现|到位|发放|拨付|兑现)/;
/** A span of years before a sum (三年累计, 两年共, 历年累计, 十三五期间累计, 2019年以来累计), not a year's last digit
 *  (2022年共完成: the year's own sum); the span is the second group. */
const SPAN_SUM =
  /(^|[^\d])((?:[两三四五六七八九十2-9]个?年(?:来|间|内)?|历年|多年|十[一二三四五]五(?:期间|以来)?|(?:(?:19|20)\d{2}年)?以来)[\u4e00-\u9fff]{0,2}?(?:累计|共计|合计|总计|共))/;

/** A figure taken over from earlier years (95%（沿用上年）, 参照上年, 往年平均, 上年数据), not measured this year; not a
 *  rule taken over (参照上年标准发放). */
const BORROWED =
  /(?:沿用|参照|参考|借用|套用)(?:上一?年度?|去年|往年|历年|以前年度)(?!标准|规定|办法|做法|政策|口径)(?:数据|数|平均|水平)?|(?:往年|历年)平均|(?:上年|去年)数据/;

/** The words labelling completed value `s` (normalised text of `b`) as another year's or several years' (2022年, 次年,
 *  三年累计), when the table's year is known and the value names that year nowhere; null otherwise. */
export function otherYearLabel(s: string, tableYear: number | null): string | null {
  if (tableYear === null) return null;
  const span = SPAN_SUM.exec(s);
  if (span) return span[2];
  const borrowed = BORROWED.exec(s);
  if (borrowed) return borrowed[0];
  const years: number[] = [];
  // an exec loop, not matchAll: old Excel's Internet Explorer 11 has none
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m !== null; m = YEAR.exec(s)) if (!m[1]) years.push(Number(m[2]));
  if (years.includes(tableYear)) return null;
  return years.length > 0 ? `${years[0]}年` : (NEXT_YEAR.exec(s)?.[0] ?? null);
}

/** The review of a count, an amount or a rate `b` labelled as another year's or several years', or null. */
export function otherYearReview(
  t: QuantityValue,
  b: QuantityValue,
  s: string,
  tableYear: number | null,
): WaitingReview | null {
  const label = otherYearLabel(s, tableYear);
  return label === null ? null : { kind: "other-year", actual: b.text, label, year: tableYear!, target: t.text };
}
