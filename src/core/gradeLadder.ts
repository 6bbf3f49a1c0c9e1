// Grades on one ladder (优秀 > 良好 > 合格 > 不合格; A级 > B级; 一等 > 二等; 甲级 > 乙级; water of class Ⅰ > Ⅱ > … > 劣Ⅴ;
// 5A > 4A; 五星 > 四星; 国家级 > 省级 > 市级):
// a completed grade below the grade its target asks (合格 against 良好及以上) is not 达成, though the spec's vocabulary
// holds both words (docs/DECISIONS.md, "A grade below the one asked").
import type { GradeGap } from "./messages/params";
import { isAsked } from "./negation";
import { toHalfWidth } from "./text";

/** The grades said in words, best first; the words of one rank share a row (优良 asks at least 良好). */
const WORD_LADDER: readonly (readonly string[])[] = [
  ["优秀", "优"],
  ["良好", "良", "优良", "优质", "称职"],
  ["合格", "及格", "中等", "基本称职"],
  ["不合格", "不及格", "差", "不称职"],
];
/** Letters (A级, B等), numbered prizes and classes (一等, 二等奖) and the heavenly stems (甲级, 乙等): how each is
 *  written, and its signs best first. */
const SIGN_LADDERS: readonly (readonly [RegExp, string])[] = [
  [/^([A-E])(?:级|等|档)$/, "ABCDE"],
  [/^([一二三四五])等奖?$/, "一二三四五"],
  [/^([甲乙丙丁])(?:级|等)$/, "甲乙丙丁"],
  // water quality classes (地表水Ⅲ类, 劣Ⅴ类): the lower the class, the cleaner
  [/^(?:水质|地表水|水体|出水)?(?:达到|为)?(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|劣)(?:Ⅴ)?类(?:水质|水体|水|标准)?$/, "ⅠⅡⅢⅣⅤ劣"],
  // A-levels counted by their letters (4A级景区, AAA级: more is better; a single A级 is the letter grade above)
  [/^([2-5])A级?(?:旅游)?(?:景区)?$/, "5432"],
  // stars (五星级, 4星级) and the level that gave a title (国家级 > 省级 > 市级 > 县级)
  [/^([一二三四五])星级?(?:酒店|饭店|景区)?$/, "五四三二一"],
  [/^([国省市县乡])家?级(?:示范|荣誉|称号)?$/, "国省市县乡"],
];
/** A-levels written as letters (AAAA级) or in figures (4A级), as a count: 4A. */
const A_LETTERS = /^A{2,5}(?=级|景区|旅游|$)/;
/** Stars in figures (4星级), as in words. */
const STARS_IN_FIGURES = /^([1-5])(?=星)/;
const STAR_WORD = "一二三四五";
/** Roman numerals written in letters before 类 (III类), as the class signs. */
const LETTER_CLASSES = /(^|[^A-Za-z])(III|II|IV|I|V)类/;
const CLASS_OF: Readonly<Record<string, string>> = { I: "Ⅰ", II: "Ⅱ", III: "Ⅲ", IV: "Ⅳ", V: "Ⅴ" };

/** Words framing a grade: who gave it (考核结果为, 被评为, 达到) before, the kind of grade (等级, 标准, 工程) and at-least after. */
const BEFORE =
  /^(?:被?评(?:定|选)?为|获评|达到|获得|确保|(?:年度)?(?:考核|考评|评价|评定|评估|验收|检查|绩效评价)?(?:结果|等次|等级|结论)(?:为|是)?)/;
const AT_LEAST_AFTER = /(?:及以上|或以上|以上)$/;
const KIND_AFTER = /(?:等次|等级|档次|水平|标准|工程)$/;

/** A grade: its ladder, its rank (0 the best) and the word, and whether the text asks it or better (良好及以上). */
interface Grade {
  ladder: string;
  rank: number;
  word: string;
  atLeast: boolean;
}

/** Grades read, by text: a table's rows repeat their targets (a budget: cleared past 2,000 texts). */
const READ = new Map<string, Grade | null>();

/** The grade a short text is, or null when it is anything more or less than a grade in its frame. */
export function gradeOf(text: string): Grade | null {
  const known = READ.get(text);
  if (known !== undefined) return known;
  if (READ.size > 2000) READ.clear();
  const grade = readGrade(text);
  READ.set(text, grade);
  return grade;
}

/** gradeOf, unremembered. */
function readGrade(text: string): Grade | null {
  let s = toHalfWidth(String(text))
    .replace(/[\s"'“”‘’。.!！;；,，、:：]/g, "")
    .replace(LETTER_CLASSES, (_m, before: string, roman: string) => before + CLASS_OF[roman] + "类");
  if (s.length > 16) return null;
  const atLeast = s.startsWith("≥") || s.startsWith(">=") || AT_LEAST_AFTER.test(s);
  s = s
    .replace(/^(?:≥|>=)/, "")
    .replace(BEFORE, "")
    .replace(AT_LEAST_AFTER, "")
    .replace(KIND_AFTER, "")
    .replace(A_LETTERS, (a) => `${a.length}A`)
    .replace(STARS_IN_FIGURES, (_m, n: string) => STAR_WORD[Number(n) - 1]);
  const row = WORD_LADDER.findIndex((words) => words.includes(s));
  if (row >= 0) return { ladder: "words", rank: row, word: s, atLeast };
  for (const [written, signs] of SIGN_LADDERS) {
    const m = written.exec(s);
    if (m) return { ladder: signs, rank: signs.indexOf(m[1]), word: s, atLeast };
  }
  return null;
}

/** A completed grade against the grade its target asks, on one ladder: reached (B级 against B级及以上, A级 against
 *  B级), below it (one rank 部分达成, more 未达成), or unclear (良好以上 against 优秀: which?); null when either is no
 *  grade, they are on different ladders, or the target asks for the lowest. */
export type GradeComparison = "reached" | "unclear" | { band: 1 | 2; gap: GradeGap };

/** How a completed text's grade stands against its target's (see GradeComparison), or null; null too for a grade
 *  planned (确保合格, 有望合格: a target's frame, no grade reached). */
export function compareGrades(actual: string, target: string): GradeComparison | null {
  const asked = gradeOf(target);
  if (!asked || asked.rank === lowest(asked.ladder)) return null;
  const said = gradeOf(actual);
  if (!said || said.ladder !== asked.ladder || isAsked(actual, Math.max(0, actual.lastIndexOf(said.word)))) return null;
  if (said.rank <= asked.rank) return "reached";
  if (said.atLeast) return "unclear";
  return { band: said.rank - asked.rank === 1 ? 1 : 2, gap: { actual: said.word, target: asked.word } };
}

/** The rank of a ladder's lowest grade. */
function lowest(ladder: string): number {
  return ladder === "words" ? WORD_LADDER.length - 1 : ladder.length - 1;
}
