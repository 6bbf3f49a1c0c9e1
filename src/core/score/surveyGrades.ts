// A survey's grades listed one by one (非常满意60%，满意35%) against a satisfaction rate (群众满意度 ≥90%): the first
// grade was counted as the figure reached (60 %: 6.67 of 10) with a "two figures" review. The grades are parts of one
// whole: the satisfied ones add up (95 %), and the grades between (比较满意, 基本满意, 一般) and below are named as not
// counted, for a person to check (docs/DECISIONS.md, "A survey's grades add up").
import { normalizeValueText } from "../parse/normalize";
import type { QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";

/** Grades that count as satisfied. */
const SATISFIED: ReadonlySet<string> = new Set(["非常满意", "十分满意", "很满意", "满意"]);

/** One clause: a grade, the words that may join it to its percent, and the percent (非常满意率为60%, 满意：35%). */
const GRADE_CLAUSE =
  /^(非常满意|十分满意|很满意|比较满意|较满意|基本满意|满意|一般|不太满意|不满意|很不满意|非常不满意)(?:率|度|的|人数)?(?:为|占|占比|达到|达|[:：])?(\d{1,3}(?:\.\d+)?)%$/;

/** The most clauses a cell is split into (a survey has five grades or so). */
const MAX_CLAUSES = 8;

/** The satisfied grades' sum and what was and was not counted. */
export interface SurveyGrades {
  /** The sum of the satisfied grades, in percent. */
  percent: number;
  counted: string[];
  left: string[];
}

/** The grades of the completed text `actual` listed one by one against a satisfaction rate in percent (`t`), when
 *  every clause is a grade with its percent, they make at most a whole and two at least are satisfied (one satisfied
 *  grade beside others, 满意率96%，不满意率4%, is the figure reached as before); null otherwise. */
export function surveyGrades(row: IndicatorInput, t: QuantityValue, actual: string): SurveyGrades | null {
  if (t.unit?.family !== "percent" || t.unit.factor !== 0.01 || !row.level3.includes("满意")) return null;
  const clauses = normalizeValueText(actual).split(/[，,；;、]/, MAX_CLAUSES + 1);
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return null;
  const grades: SurveyGrades = { percent: 0, counted: [], left: [] };
  let whole = 0;
  for (const clause of clauses) {
    const m = GRADE_CLAUSE.exec(clause.trim());
    if (!m) return null;
    const share = Number(m[2]);
    whole += share;
    if (SATISFIED.has(m[1])) {
      grades.percent += share;
      grades.counted.push(clause.trim());
    } else grades.left.push(clause.trim());
  }
  if (grades.counted.length < 2 || whole > 100 + 1e-9) return null;
  grades.percent = Math.round(grades.percent * 1e6) / 1e6;
  return grades;
}
