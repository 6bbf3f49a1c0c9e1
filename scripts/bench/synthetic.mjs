// A synthetic self-evaluation table of N rows built from the project fixture's own targets and completed values.
export const TARGETS = [
  "3家",
  "≥10次",
  "≥24次",
  "≥1000人次",
  "≥11场次",
  "1套",
  "≥15篇",
  "≥70人次",
  "3名",
  "100%",
  "100%",
  "100%",
  "100%",
  "100%",
  "100%",
  "按期完成",
  "及时",
  "及时",
  "≤2日",
  "及时",
  "≤320万元",
  "≥12万度",
  "≥30万人次",
  "科学合理",
  "有效",
  "≥20次",
  "健全",
  "完善",
  "健全",
  "≥90%",
];
export const ACTUALS = [
  "3家",
  "10次",
  "24次",
  "1000多人次",
  "11场次",
  "1套",
  "11篇",
  "70多人次",
  "3名",
  "100%",
  "100%",
  "100%",
  "100%",
  "100%",
  "100%",
  "按期完成",
  "及时",
  "及时",
  "2日内",
  "及时",
  "245.77万元",
  "12.94万度",
  "30多万人次",
  "科学合理",
  "有效",
  "20余次",
  "健全",
  "完善",
  "健全",
  ">90%",
];
const LEVEL2 = ["数量指标", "质量指标", "时效指标", "成本指标"];

/** The sheet grid of an N-row table (funding block, header, rows, total); `mergedLevels` merges the level-1 cell down the
 * table and each level-2 cell down to the row before the next one, as finance offices lay them out. */
export function syntheticGrid(n, { mergedLevels = false } = {}) {
  const values = [
    ["2021年度项目支出绩效自评表"],
    ["（2021年度）"],
    [],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 320, 320, 245.77, 10, null, null],
    [],
    [],
    [],
    [],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  for (let i = 0; i < n; i++) {
    const k = i % 30;
    values.push([
      i === 0 ? "产出指标" : null,
      k % 8 === 0 ? LEVEL2[(i >> 3) % 4] : null,
      `指标${i}`,
      TARGETS[k],
      ACTUALS[k],
      3,
      null,
      k === 6 ? "受疫情影响" : null,
    ]);
  }
  values.push(["总分", null, null, null, null, 100]);
  const merges = [];
  if (mergedLevels) {
    merges.push({ r1: 10, c1: 0, r2: 9 + n, c2: 0 });
    const starts = values.map((r, i) => (i >= 10 && i < 10 + n && r[1] !== null ? i : -1)).filter((i) => i >= 0);
    starts.forEach((r1, j) => merges.push({ r1, c1: 1, r2: (starts[j + 1] ?? 10 + n) - 1, c2: 1 }));
  }
  return { name: "synthetic", sheets: [{ name: "自评表", values, merges, origin: { row: 0, col: 0 } }] };
}
