// The built-in scoring profiles, as plain data: importing them does not load zod (the command line's workers and
// a run with a built-in profile validate nothing). profile.ts re-exports them with the schema.
import type { Profile } from "./profile";

const central: Profile = {
  id: "central-2020",
  name: "中央部门（财预〔2020〕10号）",
  nameEn: "Central (MoF 2020 No. 10)",
  fullMark: 100,
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  weights: { fromBlockPoints: "equal" },
  funding: { weight: 10, rounding: { decimals: 2, mode: "half-up" }, reasonBelowRate: null },
  scoreRounding: { decimals: 2, mode: "half-up" },
  qualitative: {
    points: [1, 0.7, 0],
    bandFloors: [0.8, 0.6],
    vocabulary: { achieved: [], partial: [], missed: [] },
  },
  overAchievement: { threshold: 0.2, action: "warn" },
  notApplicable: { markers: ["/", "／", "—", "-", "一", "不适用", "无此项"], rescale: true },
  grades: { excellent: 90, good: 80, pass: 60 },
  reasonPlaceholders: [
    "无",
    "0",
    "/",
    "／",
    "—",
    "-",
    "——",
    "无。",
    "暂无",
    "待补充",
    "待填写",
    "略",
    "n/a",
    "na",
    "无偏差",
    "没有偏差",
    "不存在偏差",
    "无原因",
    "不涉及",
    "不适用",
    "无此项",
  ],
  lowerIsBetter: [],
  higherIsBetter: [],
  requiredLevel2: ["数量指标", "质量指标", "时效指标", "成本指标"],
};

/** The built-in profiles: central-2020 (default), qualitative-80-50 (Hubei/Jiangxi), sichuan. */
export const BUILT_IN_PROFILES: readonly Profile[] = [
  central,
  {
    ...central,
    id: "qualitative-80-50",
    name: "湖北/江西（定性三档 80-50，预算执行率20分）",
    nameEn: "Hubei/Jiangxi (bands 80-50, funding 20)",
    level1Weights: { 产出指标: 40, 效益指标: 30, 满意度指标: 10 },
    funding: { ...central.funding, weight: 20 },
    qualitative: { ...central.qualitative, points: [1, 0.65, 0], bandFloors: [0.8, 0.5] },
  },
  {
    ...central,
    id: "sichuan",
    name: "四川（执行率低于90%须说明原因）",
    nameEn: "Sichuan (rate below 90% needs a reason)",
    funding: { ...central.funding, reasonBelowRate: 0.9 },
  },
];

/** The default profile id. */
export const DEFAULT_PROFILE_ID = "central-2020";

/** Finds a built-in profile by id. */
export function builtInProfile(id: string): Profile | undefined {
  return BUILT_IN_PROFILES.find((p) => p.id === id);
}
