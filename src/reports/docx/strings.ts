// The words of the 自评报告 draft, Chinese first (the published reports' section order and phrasing); the English
// table has the same shape. Functions take the figures already formatted.

/** What the phrases of one form (project or department) need to name the subject. */
export interface Subject {
  /** 项目名称 or 单位名称 (or its placeholder). */
  name: string;
  year: string;
}

const zh = {
  placeholder: (what: string) => `【请填写：${what}】`,
  /** Finds the placeholders in a sentence (they are highlighted in the document). */
  placeholderPattern: /【请填写：[^】]*】/g,
  fileSuffix: "自评报告",
  unitLine: (unit: string) => `单位：${unit}`,
  we: "本单位",
  missing: { project: "项目名称", unit: "单位名称", year: "年度", noticeFile: "开展绩效自评工作的通知文件名称及文号" },
  project: {
    title: (s: Subject) => `${s.year}年度${s.name}绩效自评报告`,
    intro: (s: Subject, unit: string, notice: string) =>
      `根据${notice}要求，${unit}对${s.year}年度${s.name}开展了绩效自评，现将自评情况报告如下：`,
    scope: (s: Subject, budget: string | null) =>
      `本次绩效自评范围为${s.year}年度${s.name}` + (budget === null ? "。" : `，年度预算资金${budget}万元。`),
    budgetHeading: "二、预算执行情况",
    budget: (s: Subject, b: string, e: string, rate: string) =>
      `${s.year}年度，该项目全年预算数${b}万元，全年执行数${e}万元，预算执行率为${rate}。`,
    targetsHeading: "三、绩效目标完成情况",
    deviationHeading: "四、偏差原因分析及改进措施",
    result: (s: Subject, funding: string, indicators: string, total: string, grade: string) =>
      `综上所述，${s.year}年度${s.name}预算执行率部分得分${funding}分，绩效指标部分得分${indicators}分，合计总分${total}分，自评等级为“${grade}”。`,
  },
  department: {
    title: (s: Subject) => `${s.year}年度${s.name}部门整体支出绩效自评报告`,
    intro: (s: Subject, _unit: string, notice: string) =>
      `根据${notice}要求，${s.name}对${s.year}年度部门整体支出开展了绩效自评，现将自评情况报告如下：`,
    scope: (s: Subject, budget: string | null) =>
      `本次绩效自评范围为${s.name}${s.year}年度部门整体支出` +
      (budget === null ? "。" : `，年度预算资金${budget}万元。`),
    budgetHeading: "二、部门预算执行情况",
    budget: (s: Subject, b: string, e: string, rate: string) =>
      `${s.year}年度，本部门预算资金${b}万元，全年支出${e}万元，预算执行率为${rate}。`,
    targetsHeading: "三、部门整体绩效目标完成情况",
    deviationHeading: "四、偏离绩效目标的原因及改进措施",
    result: (s: Subject, funding: string, indicators: string, total: string, grade: string) =>
      `综上所述，${s.name}${s.year}年度部门整体支出预算执行率部分得分${funding}分，年度绩效指标完成情况部分得分${indicators}分，合计总分${total}分，自评等级为“${grade}”。`,
  },
  /** A numbered sub-heading: （一）自评范围. */
  sub: (i: number, text: string) => `（${"一二三四五六七八九十"[i - 1] ?? i}）${text}`,
  organisationHeading: "一、绩效自评工作组织开展情况",
  scopeHeading: "自评范围",
  basicsHeading: "部门基本情况",
  basicsPlaceholder: "部门主要职能、内设机构和人员情况",
  processHeading: "自评工作组织实施",
  processPlaceholder: "自评工作的组织分工、资料收集与核实、填写自评表、审核报送的过程",
  fundingScore: (weight: string, score: string, deduct: string | null) =>
    `预算执行率指标分值${weight}分，得分${score}分` + (deduct === null ? "。" : `，扣${deduct}分。`),
  fundingUse: "资金主要用途和支出明细",
  noFunding: "自评表未填写预算执行情况。",
  noFundingPlaceholder: "年度预算数、执行数和预算执行率",
  overallHeading: "总体绩效目标完成情况",
  overallPlaceholder: "年度总体绩效目标及其完成情况",
  indicatorsHeading: "各项指标完成情况",
  indicatorCount: (n: number, met: number, notMet: number, open: number) =>
    `自评表共设绩效指标${n}项，其中${met}项达到年度指标值，${notMet}项未达到` +
    (open ? `，${open}项未评分` : "") +
    "。",
  block: (i: number, name: string, weight: string, score: string, partial: boolean) =>
    `${i}.${name}（指标分值${weight}分，${partial ? "已评分指标得分" : "得分"}${score}分）`,
  blockCounts: (n: number, met: number, notMetNames: string[], open: number) =>
    `：共${n}项指标，${met}项达到年度指标值` +
    (notMetNames.length ? `，${notMetNames.length}项未达到（${notMetNames.join("、")}）` : "") +
    (open ? `，${open}项未评分` : "") +
    "。",
  tableHeader: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  reasonsHeading: "偏差原因",
  shortfall: (i: number, name: string, target: string, actual: string, score: string, weight: string, deduct: string) =>
    `${i}.${name}：年度指标值${target}，实际完成值${actual}，得${score}分（分值${weight}分，扣${deduct}分）。偏差原因：`,
  fundingShortfall: (i: number, rate: string, deduct: string) =>
    `${i}.预算执行率为${rate}，未全部执行（扣${deduct}分）。原因：`,
  overAchieved: (i: number, name: string, target: string, actual: string) =>
    `${i}.${name}：实际完成值${actual}明显高于年度指标值${target}。原因：`,
  reasonPlaceholder: "偏差原因",
  fundingReasonPlaceholder: "预算未全部执行的原因",
  overReasonPlaceholder: "指标值设定偏低的原因",
  noDeviation: "各项指标均达到年度指标值，预算全部执行，未发现偏差。",
  noDeviationIndicators: "各项指标均达到年度指标值，未发现偏差。",
  deviationUnchecked: "自评表中有未评分的指标，其偏差未能逐项核对：",
  uncheckedPlaceholder: "未评分指标的完成情况及偏差原因",
  measuresHeading: "改进措施",
  measuresPlaceholder: "针对上述偏差的改进措施",
  resultHeading: "五、自评结果",
  resultNoFunding: (total: string, grade: string) => `综上所述，绩效指标合计得分${total}分，自评等级为“${grade}”。`,
  resultWithheld: "自评表中尚有未能评分的指标，总分暂不能计算。",
  resultCheckOnly: "自评表未设分值，本次只核对各项指标的完成情况，不计总分和等级。",
  resultWithheldPlaceholder: "处理下列问题并重新评分后的总分和等级",
  problemsLead: "评分时发现以下问题，提交前请逐项处理，并删除本段：",
  applicationHeading: "六、结果应用",
  applicationPlaceholder: "自评结果的应用情况，如用于改进管理、调整下一年度预算安排，以及按要求公开自评结果的情况",
  notScored: "未评分",
};

/** The draft's words in one language. */
export type DraftStrings = typeof zh;

const en: DraftStrings = {
  placeholder: (what: string) => `[To complete: ${what}]`,
  placeholderPattern: /\[To complete: [^\]]*\]/g,
  fileSuffix: "report",
  unitLine: (unit: string) => `Unit: ${unit}`,
  we: "our unit",
  missing: {
    project: "project name",
    unit: "unit name",
    year: "year",
    noticeFile: "title and number of the notice on performance self-evaluation",
  },
  project: {
    title: (s: Subject) => `Performance self-evaluation report: ${s.name}, ${s.year}`,
    intro: (s: Subject, unit: string, notice: string) =>
      `As required by ${notice}, ${unit} evaluated the performance of ${s.name} in ${s.year}. This report sets out the results.`,
    scope: (s: Subject, budget: string | null) =>
      `This self-evaluation covers ${s.name} in ${s.year}` +
      (budget === null ? "." : `, with an annual budget of ${budget} (10,000 yuan).`),
    budgetHeading: "2. Budget execution",
    budget: (s: Subject, b: string, e: string, rate: string) =>
      `In ${s.year}, the project had a budget of ${b} and spent ${e} (10,000 yuan): an execution rate of ${rate}.`,
    targetsHeading: "3. Performance targets achieved",
    deviationHeading: "4. Deviations: causes and improvements",
    result: (s: Subject, funding: string, indicators: string, total: string, grade: string) =>
      `In sum, ${s.name} scored ${funding} for budget execution and ${indicators} for its indicators in ${s.year}: a total of ${total}, grade ${grade}.`,
  },
  department: {
    title: (s: Subject) => `Department spending performance self-evaluation report: ${s.name}, ${s.year}`,
    intro: (s: Subject, _unit: string, notice: string) =>
      `As required by ${notice}, ${s.name} evaluated the performance of its department spending in ${s.year}. This report sets out the results.`,
    scope: (s: Subject, budget: string | null) =>
      `This self-evaluation covers the department spending of ${s.name} in ${s.year}` +
      (budget === null ? "." : `, with a budget of ${budget} (10,000 yuan).`),
    budgetHeading: "2. Department budget execution",
    budget: (s: Subject, b: string, e: string, rate: string) =>
      `In ${s.year}, the department had a budget of ${b} and spent ${e} (10,000 yuan): an execution rate of ${rate}.`,
    targetsHeading: "3. Department performance targets achieved",
    deviationHeading: "4. Deviations from the targets: causes and improvements",
    result: (s: Subject, funding: string, indicators: string, total: string, grade: string) =>
      `In sum, the department spending of ${s.name} in ${s.year} scored ${funding} for budget execution and ${indicators} for its indicators: a total of ${total}, grade ${grade}.`,
  },
  sub: (i: number, text: string) => `(${i}) ${text}`,
  organisationHeading: "1. How the self-evaluation was organised",
  scopeHeading: "Scope",
  basicsHeading: "The department",
  basicsPlaceholder: "main functions, internal units and staff of the department",
  processHeading: "Organisation",
  processPlaceholder:
    "who did what, how the data were collected and checked, how the sheet was filled in, reviewed and submitted",
  fundingScore: (weight: string, score: string, deduct: string | null) =>
    ` The execution rate is worth ${weight} points and scored ${score}` +
    (deduct === null ? "." : `, ${deduct} deducted.`),
  fundingUse: "main uses of the funds and the spending breakdown",
  noFunding: "The sheet has no budget execution figures.",
  noFundingPlaceholder: "annual budget, spending and execution rate",
  overallHeading: "Overall targets",
  overallPlaceholder: "the year's overall performance targets and how far they were met",
  indicatorsHeading: "Indicators",
  indicatorCount: (n: number, met: number, notMet: number, open: number) =>
    `The sheet sets ${n} indicator${n === 1 ? "" : "s"}: ${met} met their annual target, ${notMet} did not` +
    (open ? `, ${open} not scored` : "") +
    ".",
  block: (i: number, name: string, weight: string, score: string, partial: boolean) =>
    `${i}. ${name} (worth ${weight}, ${partial ? "the scored indicators" : "scored"} ${score})`,
  blockCounts: (n: number, met: number, notMetNames: string[], open: number) =>
    `: ${n} indicator${n === 1 ? "" : "s"}, ${met} met their target` +
    (notMetNames.length ? `, ${notMetNames.length} did not (${notMetNames.join(", ")})` : "") +
    (open ? `, ${open} not scored` : "") +
    ".",
  tableHeader: ["Level 1", "Level 2", "Indicator", "Annual target", "Achieved", "Weight", "Score"],
  reasonsHeading: "Causes",
  shortfall: (i: number, name: string, target: string, actual: string, score: string, weight: string, deduct: string) =>
    `${i}. ${name}: target ${target}, achieved ${actual}, scored ${score} of ${weight} (${deduct} deducted). Cause: `,
  fundingShortfall: (i: number, rate: string, deduct: string) =>
    `${i}. The execution rate was ${rate}: the budget was not fully spent (${deduct} deducted). Cause: `,
  overAchieved: (i: number, name: string, target: string, actual: string) =>
    `${i}. ${name}: achieved ${actual}, far above the target ${target}. Cause: `,
  reasonPlaceholder: "cause of the deviation",
  fundingReasonPlaceholder: "why the budget was not fully spent",
  overReasonPlaceholder: "why the target was set low",
  noDeviation: "Every indicator met its annual target and the budget was fully spent: no deviation found.",
  noDeviationIndicators: "Every indicator met its annual target: no deviation found.",
  deviationUnchecked: "Some indicators of the sheet were not scored, so their deviations were not checked: ",
  uncheckedPlaceholder: "how the unscored indicators were met, and the cause of any deviation",
  measuresHeading: "Improvements",
  measuresPlaceholder: "improvements for the deviations above",
  resultHeading: "5. Result",
  resultNoFunding: (total: string, grade: string) => `In sum, the indicators scored ${total} in total: grade ${grade}.`,
  resultWithheld: "Some indicators of the sheet could not be scored, so there is no total yet.",
  resultCheckOnly:
    "The sheet has no weights: the indicators were only checked against their targets, with no total or grade.",
  resultWithheldPlaceholder: "total and grade after the problems below are fixed and the sheet is scored again",
  problemsLead: "Scoring found these problems; fix each before submitting and delete this paragraph:",
  applicationHeading: "6. Use of the results",
  applicationPlaceholder:
    "how the results are used, e.g. to improve management and adjust next year's budget, and how they are published",
  notScored: "not scored",
};

/** The draft's words in `lang`. */
export function draftStrings(lang: "zh" | "en"): DraftStrings {
  return lang === "en" ? en : zh;
}
