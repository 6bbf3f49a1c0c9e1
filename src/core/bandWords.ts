// The built-in words of the three bands (spec §3 table), and the phrases beyond the table kept apart from it.

/** Built-in 达成 vocabulary (spec §3 table). */
export const ACHIEVED_WORDS: readonly string[] = [
  "达成预期指标",
  "达成",
  "完成",
  "已完成",
  "按期完成",
  "按时",
  "及时",
  "是",
  "好",
  "优",
  "优秀",
  "良好",
  "高",
  "合格",
  "达标",
  "有效",
  "显著",
  "明显",
  "效果明显",
  "健全",
  "完善",
  "完备",
  "规范",
  "合规",
  "符合",
  "满意",
  "科学合理",
  "持续有效",
];
/** Built-in 部分达成 vocabulary. */
export const PARTIAL_WORDS: readonly string[] = [
  "部分达成",
  "基本达成",
  "基本完成",
  "基本满意",
  "基本合格",
  "较好",
  "一般",
  "有所提升",
  "逐步提高",
];
/** Built-in 未达成 vocabulary. */
export const MISSED_WORDS: readonly string[] = [
  "未达成",
  "未完成",
  "否",
  "差",
  "较差",
  "不合格",
  "不满意",
  "无效",
  "未",
];

/** Funds paid in full: 足额, 全额 or 全部 before a verb of paying (足额拨付, 全额发放, 全部兑现). */
function paidInFull(): string[] {
  const phrases: string[] = [];
  for (const how of ["足额", "全额", "全部"])
    for (const verb of ["拨付", "发放", "兑现", "兑付", "支付", "缴纳"]) phrases.push(how + verb);
  return phrases;
}

/** Words saying work was done late (延期完成, 逾期, 推迟至9月): in a row about time they keep 完成 from 达成. */
export const LATE_WORDS: readonly string[] = [
  "延期",
  "逾期",
  "推迟",
  "延迟",
  "滞后",
  "超期",
  "拖期",
  "延后",
  "延误",
  "拖延",
  "顺延",
  "过期",
];

/** Work said not to have been late (未延误, 无逾期, 没有出现滞后): on time. */
function notLate(): string[] {
  const phrases: string[] = [];
  for (const not of ["未出现", "没有出现", "未发生", "没有", "未", "无"])
    for (const late of LATE_WORDS) phrases.push(not + late);
  return phrases;
}

/** Spending kept within the budget: a negation before a word of exceeding it (未超预算, 没有超出预算, 不超过预算, 未超支),
 *  or kept in its range (控制在预算范围内, 在预算内). */
function withinBudget(): string[] {
  const phrases = ["控制在预算范围内", "控制在预算范围以内", "控制在预算内", "控制在预算以内", "在预算范围内"];
  for (const not of ["未", "没有", "没", "不", "无"]) {
    phrases.push(`${not}超支`);
    for (const exceed of ["超", "超出", "超过", "突破"]) phrases.push(`${not}${exceed}预算`);
  }
  return phrases;
}

/** Reviews a completed value may say were passed or failed. */
const REVIEWS: readonly string[] = ["验收", "竣工验收", "初步验收", "考核", "审核", "评审", "审计", "检查", "评估"];

/** A review passed (通过验收, 验收通过, 通过竣工验收, 考核通过), as 验收合格 says. */
function passedReview(): string[] {
  const phrases: string[] = [];
  for (const review of REVIEWS) phrases.push(`通过${review}`, `${review}通过`);
  return phrases;
}

/** Works finished (已竣工, 全面完工, 建成投用): done, as 完成 says; before a noun of their paperwork (竣工验收, 竣工决算)
 *  no verdict (wordContext.ts). */
export const BUILT_WORDS: readonly string[] = ["竣工", "完工", "建成"];

/** A review failed (验收未通过, 考核没有通过): the passed phrase with a negation inside it, 未达成. */
function failedReview(): string[] {
  const phrases: string[] = [];
  for (const review of REVIEWS) for (const not of ["未", "没有", "不"]) phrases.push(`${review}${not}通过`);
  return phrases;
}

/** The phrases of a review passed, and of one failed. */
export const PASSED_REVIEWS: readonly string[] = passedReview();
export const FAILED_REVIEWS: readonly string[] = failedReview();

/** 达成 phrases beyond the spec's table: reaching or passing what was expected, as 达成预期指标 says (达到预期效果,
 *  实现预期目标, 达到要求, 超出预期), 优良, 全覆盖, 到位 (落实到位) and 完毕 (拨付完毕), funds paid in full (足额拨付,
 *  全额拨付, 已全部拨付), works finished (已竣工), spending within the budget (未超预算), work not late (未延误, 无逾期),
 *  a review passed (通过验收); negated (未达到预期, 执行不到位, 未足额拨付) or qualified (基本达到预期, 基本到位) like any
 *  entry. */
export const ACHIEVED_PHRASES: readonly string[] = [
  "达到预期",
  "达到了预期",
  "实现预期",
  "实现了预期",
  "达到目标",
  "实现目标",
  "达到既定目标",
  "实现既定目标",
  "达到要求",
  "达到标准",
  "超出预期",
  "超过预期",
  "高于预期",
  "好于预期",
  "优于预期",
  "优良",
  "全覆盖",
  "全部覆盖",
  "完全覆盖",
  "到位",
  "完毕",
  "准确无误",
  "无差错",
  "零差错",
  ...BUILT_WORDS,
  ...paidInFull(),
  ...withinBudget(),
  ...notLate(),
  ...PASSED_REVIEWS,
];
/** 部分达成 phrases beyond the table: some improvement, as 有所提升 is (有所改善, 有所提高). Not 较高: a high rate of
 *  something bad (发病率较高) is no partial success. */
export const PARTIAL_PHRASES: readonly string[] = ["有所改善", "有所提高", "有所加强", "有所增强", "有所好转"];
/** 未达成 phrases beyond the table: spending over the budget (超预算, 超出预算, 超支; negated they are withinBudget's), a
 *  review failed (验收未通过). */
export const MISSED_PHRASES: readonly string[] = [
  "超预算",
  "超出预算",
  "超过预算",
  "突破预算",
  "超支",
  ...FAILED_REVIEWS,
];
