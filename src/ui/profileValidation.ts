// Validates the editor's draft with the core's ProfileSchema (every rule is there) and puts its messages on the fields.
import type { z } from "zod/mini";
import { messagesFor } from "../core";
import type { Profile } from "../core";
import { level1NameProblems, profileProblemOf, ProfileSchema } from "../core/schemas";
import type { Lang } from "./i18n";
import { candidateFromDraft, type ProfileDraft } from "./profileForm";

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
    return row ? `weights.${row.key}.${third === "name" ? "name" : "weight"}` : "weights";
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

/** A zod issue in the user's language (Chinese first), with the bound in it: the core's message for its problem. */
export function issueMessage(lang: Lang, issue: z.core.$ZodIssue): string {
  return messagesFor(lang).profileProblem(profileProblemOf(issue));
}

/** Blank or repeated level-1 names among the draft's rows (the schema sees the names only once they are keys). */
function nameIssues(lang: Lang, draft: ProfileDraft): FieldErrors {
  const errors: FieldErrors = {};
  level1NameProblems(draft.weights.map((r) => r.name)).forEach((p, i) => {
    if (p) errors[`weights.${draft.weights[i].key}.name`] = messagesFor(lang).profileProblem(p);
  });
  return errors;
}

/** Validates a draft; on success the parsed Profile, else one message per field (the first issue wins). */
export function validateDraft(lang: Lang, draft: ProfileDraft): DraftValidation {
  const errors = nameIssues(lang, draft);
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
