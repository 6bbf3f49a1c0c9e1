// Scoring profiles (spec §8): every setting a finance user may disagree with, as validated data.
import { z } from "zod/mini";
import { nfkc } from "./text";

const rounding = z.object({
  decimals: z.int().check(z.minimum(0), z.maximum(2)),
  mode: z.enum(["half-up", "floor"]),
});

/** The shape of a profile, before the rules across its fields (ProfileSchema adds them). */
const ProfileShape = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  fullMark: z.number().check(z.positive()),
  /** Expected first-level weights (central: 产出50/效益30/满意度10); a difference is an info finding. */
  level1Weights: z.record(z.string(), z.number().check(z.nonnegative())),
  /** A table without a 分值 column whose level-1 labels carry points (产出指标（60分）): `equal` divides them equally
   *  among the block's rows (a WEIGHTS_FROM_BLOCKS warning says so); `off` leaves the table check-only. */
  weights: z._default(z.object({ fromBlockPoints: z.enum(["equal", "off"]) }), { fromBlockPoints: "equal" }),
  funding: z.object({
    weight: z.number().check(z.nonnegative()),
    rounding,
    /** Execution rate below this needs a reason (Sichuan 0.9); null = no rule. */
    reasonBelowRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  }),
  scoreRounding: rounding,
  qualitative: z.object({
    /** Points (fraction of w) written for the bands 达成 / 部分达成 / 未达成. */
    points: z.tuple([
      z.number().check(z.minimum(0), z.maximum(1)),
      z.number().check(z.minimum(0), z.maximum(1)),
      z.number().check(z.minimum(0), z.maximum(1)),
    ]),
    /** The central ranges of the bands, as printed in the pane, e.g. [0.8, 0.6]. */
    bandFloors: z.tuple([z.number().check(z.minimum(0), z.maximum(1)), z.number().check(z.minimum(0), z.maximum(1))]),
    /** Extra vocabulary per band, added to the built-in lists. */
    vocabulary: z.object({
      achieved: z.array(z.string()),
      partial: z.array(z.string()),
      missed: z.array(z.string()),
    }),
  }),
  overAchievement: z.object({
    threshold: z.number().check(z.minimum(0)),
    action: z.enum(["warn", "deduct"]),
  }),
  notApplicable: z.object({
    markers: z.array(z.string()),
    rescale: z.boolean(),
  }),
  /** Lower bounds of the grades 优 / 良 / 中 (below the last is 差). */
  grades: z.object({ excellent: z.number(), good: z.number(), pass: z.number() }),
  reasonPlaceholders: z.array(z.string()),
  /** Extra lower-is-better keywords added to the built-in list (spec §2 direction). */
  lowerIsBetter: z.array(z.string()),
  /** Extra higher-is-better heads added to the built-in list. */
  higherIsBetter: z.array(z.string()),
  /** Level-2 categories a 产出指标 block must have (spec §7 LEVEL2_MISSING). */
  requiredLevel2: z.array(z.string()),
});

/** A problem with a profile's data, as a code with values; the message tables say it in words (profileProblem). */
export type ProfileProblem =
  | { code: "NUMBER" }
  | { code: "INTEGER" }
  | { code: "REQUIRED" }
  | { code: "MIN"; min: number; inclusive: boolean }
  | { code: "MAX"; max: number; inclusive: boolean }
  | { code: "MAX_LENGTH"; max: number }
  | { code: "OPTION" }
  | { code: "INVALID" }
  | { code: "GRADE_ORDER"; above: "优" | "良"; value: number }
  | { code: "NAME_BLANK" }
  | { code: "NAME_DUPLICATE"; name: string }
  | { code: "WEIGHTS_SUM"; sum: number; funding: number; full: number };

/** The problem of each level-1 name (blank, or the same as an earlier one once blanks and widths are ignored), or null. */
export function level1NameProblems(names: readonly string[]): (ProfileProblem | null)[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const name = nfkc(raw).replace(/\s+/g, "");
    if (name === "") return { code: "NAME_BLANK" };
    if (seen.has(name)) return { code: "NAME_DUPLICATE", name: raw.trim() };
    seen.add(name);
    return null;
  });
}

/** The rules across fields: grade bounds in order, level-1 names, and weights that add up to the full mark. */
function checkProfileRules(
  p: z.infer<typeof ProfileShape>,
  ctx: z.core.$RefinementCtx<z.infer<typeof ProfileShape>>,
): void {
  const problem = (path: PropertyKey[], params: ProfileProblem) =>
    ctx.addIssue({ code: "custom", path, params, message: params.code });
  const g = p.grades;
  if (g.good >= g.excellent) problem(["grades", "good"], { code: "GRADE_ORDER", above: "优", value: g.excellent });
  if (g.pass >= g.good) problem(["grades", "pass"], { code: "GRADE_ORDER", above: "良", value: g.good });
  const names = Object.keys(p.level1Weights);
  level1NameProblems(names).forEach((x, i) => x && problem(["level1Weights", names[i], "name"], x));
  const sum = Object.values(p.level1Weights).reduce((a, b) => a + b, 0);
  // said only when the figures it adds are valid themselves (a full mark of -5 is its own problem)
  const valid = [sum, p.funding.weight, p.fullMark].every((x) => Number.isFinite(x) && x >= 0) && p.fullMark > 0;
  if (names.length > 0 && valid && Math.abs(sum + p.funding.weight - p.fullMark) > 1e-9) {
    problem(["level1Weights"], { code: "WEIGHTS_SUM", sum, funding: p.funding.weight, full: p.fullMark });
  }
}

/** The zod schema of a profile; profiles stored in workbooks or files, and the pane's editor, are checked with it. */
export const ProfileSchema = ProfileShape.check(z.superRefine(checkProfileRules));

/** A validated scoring profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/** What a zod issue of ProfileSchema means, as a code with values. */
export function profileProblemOf(issue: z.core.$ZodIssue): ProfileProblem {
  switch (issue.code) {
    case "custom":
      return (issue.params as ProfileProblem | undefined) ?? { code: "INVALID" };
    case "invalid_type":
      return issue.expected === "int"
        ? { code: "INTEGER" }
        : issue.expected === "number"
          ? { code: "NUMBER" }
          : { code: "INVALID" };
    case "too_small":
      return issue.origin === "string"
        ? { code: "REQUIRED" }
        : { code: "MIN", min: Number(issue.minimum), inclusive: issue.inclusive !== false };
    case "too_big":
      return issue.origin === "string"
        ? { code: "MAX_LENGTH", max: Number(issue.maximum) }
        : { code: "MAX", max: Number(issue.maximum), inclusive: issue.inclusive !== false };
    case "invalid_value":
      return { code: "OPTION" };
    default:
      return { code: "INVALID" };
  }
}

export { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "./builtInProfiles";

/** Validates unknown data as a profile; throws a zod error with the paths that are wrong. */
export function parseProfile(data: unknown): Profile {
  return ProfileSchema.parse(data);
}
