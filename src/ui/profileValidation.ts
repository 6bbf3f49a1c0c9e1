// Validates the editor's draft with ProfileSchema.safeParse and turns zod issues into messages per field.
import type { z } from "zod";
import { ProfileSchema, type Profile } from "../core/profile";
import { t, type Lang } from "./i18n";
import { candidateFromDraft, parseNumber, type ProfileDraft } from "./profileForm";

/** Messages keyed by editor field: draft names ("fullMark", "points.1") or "weights.<rowKey>.name|weight". */
export type FieldErrors = Record<string, string>;

/** The outcome of validating a draft. */
export type DraftValidation = { ok: true; profile: Profile } | { ok: false; errors: FieldErrors };

/** Schema paths whose editor field has another name. */
const FIELD_OF_PATH: Record<string, string> = {
  "funding.weight": "fundingWeight",
  "funding.rounding.decimals": "fundingDecimals",
  "funding.rounding.mode": "fundingMode",
  "funding.reasonBelowRate": "reasonBelowRate",
  "scoreRounding.decimals": "scoreDecimals",
  "scoreRounding.mode": "scoreMode",
  "qualitative.vocabulary.achieved": "vocabAchieved",
  "qualitative.vocabulary.partial": "vocabPartial",
  "qualitative.vocabulary.missed": "vocabMissed",
  "overAchievement.threshold": "overThreshold",
  "overAchievement.action": "overAction",
  "notApplicable.markers": "naMarkers",
  "notApplicable.rescale": "naRescale",
  "grades.excellent": "gradeExcellent",
  "grades.good": "gradeGood",
  "grades.pass": "gradePass",
};

/** The editor field a zod issue path belongs to. */
export function fieldOfPath(path: readonly PropertyKey[], draft: ProfileDraft): string {
  const [head, second, third] = path.map(String);
  if (head === "level1Weights" && second !== undefined) {
    const row = draft.weights.find((r) => r.name.trim() === second);
    return row ? `weights.${row.key}.weight` : "weights";
  }
  if (head === "qualitative" && (second === "points" || second === "bandFloors") && third !== undefined) {
    return `${second}.${third}`;
  }
  const joined = path.map(String).join(".");
  for (const [prefix, field] of Object.entries(FIELD_OF_PATH)) {
    if (joined === prefix || joined.startsWith(prefix + ".")) return field;
  }
  return head ?? "form";
}

/** A zod issue in the user's language (Chinese first), with the bound in it. */
export function issueMessage(lang: Lang, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return t(lang, "issue.integer");
      if (issue.expected === "number") return t(lang, "issue.number");
      return t(lang, "issue.invalid");
    case "too_small":
      if (issue.origin === "string") return t(lang, "issue.required");
      return t(lang, issue.inclusive ? "issue.min" : "issue.gt", { min: String(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t(lang, "issue.maxLength", { max: String(issue.maximum) });
      return t(lang, issue.inclusive ? "issue.max" : "issue.lt", { max: String(issue.maximum) });
    case "invalid_value":
      return t(lang, "issue.option");
    default:
      return t(lang, "issue.invalid");
  }
}

/** Checks the schema does not cover: blank or repeated level-1 names, grade bounds in order. */
function formIssues(lang: Lang, draft: ProfileDraft): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  for (const row of draft.weights) {
    const name = row.name.trim();
    if (name === "") errors[`weights.${row.key}.name`] = t(lang, "issue.required");
    else if (seen.has(name)) errors[`weights.${row.key}.name`] = t(lang, "issue.duplicate");
    seen.add(name);
  }
  const excellent = parseNumber(draft.gradeExcellent);
  const good = parseNumber(draft.gradeGood);
  const pass = parseNumber(draft.gradePass);
  if (good >= excellent) errors.gradeGood = t(lang, "issue.belowAbove", { above: "优", value: excellent });
  if (pass >= good) errors.gradePass = t(lang, "issue.belowAbove", { above: "良", value: good });
  return errors;
}

/** Validates a draft; on success the parsed Profile, else one message per field (the first issue wins). */
export function validateDraft(lang: Lang, draft: ProfileDraft): DraftValidation {
  const errors = formIssues(lang, draft);
  const parsed = ProfileSchema.safeParse(candidateFromDraft(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path, draft);
      errors[field] ??= issueMessage(lang, issue);
    }
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, profile: parsed.data };
  return { ok: false, errors };
}
