// A word target set against a benchmark named in words (不低于序时进度, 高于全省平均水平, 符合国家标准) and a completed
// value comparing itself with the same benchmark (超过序时进度, 略低于全市平均水平, 达到国家标准): the band the comparison
// gives (docs/DECISIONS.md, "A target set against a benchmark in words"). The year before has its own rule
// (earlierYear.ts), which also reads the way a figure changed.
import { CHANGE_WORDS_SOURCE } from "./score/changeWords";
import { compactText } from "./text";

/** What a target asks of the benchmark: at least (≥), above (>), at most (≤), below (<), or to meet it. */
type Asked = "atLeast" | "above" | "atMost" | "below" | "meet";
/** What a completed value says of it: above, below, level with it, better or worse than it, or not reaching it. */
type Said = "above" | "below" | "level" | "better" | "worse" | "short";

const ASKED_WORDS: readonly (readonly [string, Asked])[] = [
  ["不低于|不少于|不小于|≥|>=|大于等于|高于或等于", "atLeast"],
  ["不高于|不多于|不超过|≤|<=|小于等于|低于或等于", "atMost"],
  ["高于|多于|超过|>", "above"],
  ["低于|少于|<", "below"],
  ["达到|符合|满足", "meet"],
];
const SAID_WORDS: readonly (readonly [string, Said])[] = [
  ["未达到|没有达到|未能达到|达不到|不符合|未满足|不满足", "short"],
  ["[略稍]?(?:高于|超过|多于|快于)", "above"],
  ["[略稍]?(?:低于|少于|慢于)", "below"],
  ["优于|好于", "better"],
  ["落后于|差于|劣于", "worse"],
  ["达到|符合|满足|等于", "level"],
];
/** The band each value gives each target: 0 达成, 2 未达成, null for a person (which way is better is not said). */
const BANDS: Readonly<Record<Asked, Readonly<Record<Said, 0 | 2 | null>>>> = {
  atLeast: { above: 0, level: 0, better: 0, below: 2, worse: 2, short: 2 },
  above: { above: 0, better: 0, level: null, below: 2, worse: 2, short: 2 },
  atMost: { below: 0, level: 0, better: 0, above: 2, worse: 2, short: null },
  below: { below: 0, better: 0, level: null, above: 2, worse: 2, short: null },
  meet: { level: 0, better: 0, above: null, below: null, worse: 2, short: 2 },
};

/** A benchmark: a few words, no figure, not the year before (earlierYear.ts). */
const BENCHMARK = "([^\\d%<>=≤≥,，;；。]{2,12}?)";
/** Words a benchmark may end in or leave out on either side (全省平均 / 全省平均水平, 序时进度 / 序时进度要求). */
const TAIL = "(?:水平|要求)?";
const ASKED = ASKED_WORDS.map(([w, asked]) => [new RegExp(`^(?:${w})${BENCHMARK}${TAIL}$`), asked] as const);
/** Words before the comparison that add nothing (已, 均 …). */
const LEAD = "(?:已经?|均已?|全部)?";
const EARLIER = /^(?:上年|上一年|去年|往年|前一年)/;
/** A comparison or a change said to be by a little (略低于, 稍高于, 同比略有下降). */
const SLIGHTLY = new RegExp(`(?:略微?|稍微?)有?(?:高于|低于|多于|少于|快于|慢于|超过|${CHANGE_WORDS_SOURCE})`);

/** The band of a completed value against a target set against a benchmark named in words; null when the target is
 *  no such target, the value names another benchmark or says no comparison, or the comparison does not decide. */
export function benchmarkBand(actual: string, target: string): 0 | 2 | null {
  const t = compactText(target);
  for (const [re, asked] of ASKED) {
    const m = re.exec(t);
    if (!m || EARLIER.test(m[1])) continue;
    const said = saidOf(compactText(actual), m[1]);
    return said === null ? null : BANDS[asked][said];
  }
  return null;
}

/** A comparison's band, 部分达成 where it went the wrong way by a little (略低于全市平均水平 against 不低于全市平均水平,
 *  略低于上年 against 不低于上年). */
export function slightlyShort(band: 0 | 2 | null, actual: string): 0 | 1 | 2 | null {
  return band === 2 && SLIGHTLY.test(compactText(actual)) ? 1 : band;
}

/** What `s` says of `benchmark` (与序时进度持平 is level), or null when it is no comparison with it alone. */
function saidOf(s: string, benchmark: string): Said | null {
  const b = escape(benchmark);
  if (new RegExp(`^${LEAD}与${b}${TAIL}持平$`).test(s)) return "level";
  for (const [w, said] of SAID_WORDS) if (new RegExp(`^${LEAD}(?:${w})${b}${TAIL}$`).test(s)) return said;
  return null;
}

/** `s` with the characters a regular expression reads as syntax escaped. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
