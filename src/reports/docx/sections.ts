// The six sections of the 自评报告 draft, in the published reports' order, each from the table's report:
// 组织开展情况, 预算执行情况, 绩效目标完成情况, 偏差原因分析及改进措施, 自评结果, 结果应用.
import type { IndicatorReport, TableReport } from "../../core";
import { gradeLabel } from "../gradeLabels";
import { hundredths, reasonText, shortfallOf, type TableFacts } from "../tableFacts";
import { heading, money, paragraph, percent, points, score, type DraftBlock } from "./draftModel";
import type { DraftStrings, Subject } from "./strings";

/** What every section is built from. */
export interface SectionContext {
  table: TableReport;
  facts: TableFacts;
  words: DraftStrings;
  form: DraftStrings["project"];
  subject: Subject;
  lang: "zh" | "en";
}

/** 一、绩效自评工作组织开展情况: scope from the figures, the rest for a person to write. */
export function organisation(c: SectionContext): DraftBlock[] {
  const { words: w, table } = c;
  const basics =
    table.kind === "department"
      ? [heading(w.sub(1, w.basicsHeading), 2), paragraph(w.placeholder(w.basicsPlaceholder), w)]
      : [];
  const n = basics.length ? 1 : 0;
  return [
    heading(w.organisationHeading, 1),
    ...basics,
    heading(w.sub(n + 1, w.scopeHeading), 2),
    paragraph(c.form.scope(c.subject, table.funding ? money(table.funding.budget) : null), w),
    heading(w.sub(n + 2, w.processHeading), 2),
    paragraph(w.placeholder(w.processPlaceholder), w),
  ];
}

/** 二、预算执行情况: budget, spending, rate, the rate's weight, score and deduction. */
export function budget(c: SectionContext): DraftBlock[] {
  const { words: w } = c;
  const f = c.table.funding;
  if (!f) return [heading(c.form.budgetHeading, 1), paragraph(w.noFunding + w.placeholder(w.noFundingPlaceholder), w)];
  const deduct = shortfallOf(f);
  return [
    heading(c.form.budgetHeading, 1),
    paragraph(
      c.form.budget(c.subject, money(f.budget), money(f.executed), percent(f.rate)) +
        w.fundingScore(points(f.weight), score(f.score), deduct > 0 ? score(deduct) : null),
      w,
    ),
    paragraph(w.placeholder(w.fundingUse), w),
  ];
}

const met = (rows: readonly IndicatorReport[]) =>
  rows.filter((i) => i.score !== null && i.weight !== null && shortfallOf(i) === 0).length;

/** 三、绩效目标完成情况: counts met / not met overall and by level-1 block, and every indicator in a table. */
export function targets(c: SectionContext): DraftBlock[] {
  const { words: w, table } = c;
  const all = table.indicators;
  const open = all.filter((i) => i.score === null).length;
  const blocks = table.blocks.map((b, k) => {
    const rows = all.filter((i) => i.level1 === b.level1);
    const missed = rows.filter((i) => shortfallOf(i) > 0).map((i) => i.level3);
    const unscored = rows.filter((i) => i.score === null).length;
    return paragraph(
      w.block(k + 1, b.level1, points(b.weight), score(b.score), unscored > 0) +
        w.blockCounts(rows.length, met(rows), missed, unscored),
      w,
    );
  });
  const cells = all.map((i) => [
    i.level1,
    i.level2,
    i.level3,
    i.target,
    i.actual,
    i.weight === null ? "" : points(i.weight),
    i.score === null ? w.notScored : score(i.score),
  ]);
  return [
    heading(c.form.targetsHeading, 1),
    heading(w.sub(1, w.overallHeading), 2),
    paragraph(w.placeholder(w.overallPlaceholder), w),
    heading(w.sub(2, w.indicatorsHeading), 2),
    paragraph(w.indicatorCount(all.length, met(all), c.facts.notMet.length, open), w),
    ...blocks,
    { kind: "table", header: w.tableHeader, rows: cells },
  ];
}

/** What 四、（一） adds after the deviations it lists: that rows were not scored (a placeholder for a person), else,
 *  when it lists none, that none was found — the budget's part only when the sheet has a budget. */
function noDeviationLine(table: TableReport, listed: number, w: DraftStrings): DraftBlock[] {
  const unscored = table.indicators.some((i) => i.score === null && i.status !== "not-applicable");
  if (unscored) return [paragraph(w.deviationUnchecked + w.placeholder(w.uncheckedPlaceholder), w)];
  return listed > 0 ? [] : [paragraph(table.funding ? w.noDeviation : w.noDeviationIndicators, w)];
}

/** 四、偏差原因分析及改进措施: the rate's shortfall, each indicator below target with its reason (or a placeholder),
 *  each far above target; improvements for a person to write. */
export function deviations(c: SectionContext): DraftBlock[] {
  const { words: w, table } = c;
  const items: string[] = [];
  const f = table.funding;
  if (f && shortfallOf(f) > 0)
    items.push(
      w.fundingShortfall(items.length + 1, percent(f.rate), score(shortfallOf(f))) +
        w.placeholder(w.fundingReasonPlaceholder),
    );
  for (const i of c.facts.notMet) {
    const line = w.shortfall(
      items.length + 1,
      i.level3,
      i.target,
      i.actual,
      score(i.score!),
      points(i.weight!),
      score(shortfallOf(i)),
    );
    items.push(line + (reasonText(i) ?? w.placeholder(w.reasonPlaceholder)));
  }
  for (const i of c.facts.overAchieved)
    items.push(w.overAchieved(items.length + 1, i.level3, i.target, i.actual) + w.placeholder(w.overReasonPlaceholder));
  return [
    heading(c.form.deviationHeading, 1),
    heading(w.sub(1, w.reasonsHeading), 2),
    ...items.map((t) => paragraph(t, w)),
    ...noDeviationLine(table, items.length, w),
    heading(w.sub(2, w.measuresHeading), 2),
    paragraph(w.placeholder(w.measuresPlaceholder), w),
  ];
}

/** 五、自评结果: the rate's part, the indicators' part, total and grade; or why there is no total, and the problems
 *  left to fix (those the deviations section does not already ask about), highlighted to be deleted. */
export function result(c: SectionContext): DraftBlock[] {
  const { words: w, table } = c;
  const out: DraftBlock[] = [heading(w.resultHeading, 1)];
  if (table.total !== null && table.grade !== null) {
    const grade = gradeLabel(table.grade, c.lang);
    const f = table.funding;
    const text = f
      ? c.form.result(
          c.subject,
          score(f.score),
          score((hundredths(table.total) - hundredths(f.score)) / 100),
          score(table.total),
          grade,
        )
      : w.resultNoFunding(score(table.total), grade);
    out.push(paragraph(text, w));
  } else if (table.mode === "check-only") out.push(paragraph(w.resultCheckOnly, w));
  else out.push(paragraph(w.resultWithheld + w.placeholder(w.resultWithheldPlaceholder), w));
  const asked = new Set(["NOT_MET_NO_REASON", "OVER_ACHIEVED"]);
  const problems = c.facts.problems.filter((p) => !asked.has(p.code));
  if (problems.length) {
    out.push({ kind: "paragraph", runs: [{ text: w.problemsLead, placeholder: true }] });
    for (const p of problems)
      out.push({ kind: "paragraph", runs: [{ text: `${p.cell ? p.cell + " " : ""}${p.message}`, placeholder: true }] });
  }
  return out;
}

/** 六、结果应用: for a person to write. */
export function application(c: SectionContext): DraftBlock[] {
  return [
    heading(c.words.applicationHeading, 1),
    paragraph(c.words.placeholder(c.words.applicationPlaceholder), c.words),
  ];
}
