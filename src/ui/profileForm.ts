// The profile editor's form state: every Profile setting as text the user edits, and back to a Profile.
import type { Profile } from "../core";
import { toHalfWidth } from "../core";

/** One row of the level-1 weights table; `key` is stable while the row is edited. */
export interface WeightRow {
  key: number;
  name: string;
  weight: string;
}

/** Every Profile setting as the editor holds it (numbers and lists as typed text). */
export interface ProfileDraft {
  id: string;
  name: string;
  nameEn: string;
  fullMark: string;
  weights: WeightRow[];
  fundingWeight: string;
  fundingDecimals: string;
  fundingMode: string;
  reasonBelowRate: string;
  scoreDecimals: string;
  scoreMode: string;
  points: [string, string, string];
  bandFloors: [string, string];
  vocabAchieved: string;
  vocabPartial: string;
  vocabMissed: string;
  overThreshold: string;
  overAction: string;
  naMarkers: string;
  naRescale: boolean;
  gradeExcellent: string;
  gradeGood: string;
  gradePass: string;
  reasonPlaceholders: string;
  lowerIsBetter: string;
  higherIsBetter: string;
  requiredLevel2: string;
}

/** Joins a list for its text box ("无, 0, /"). */
export function listText(items: readonly string[]): string {
  return items.join(", ");
}

/** Splits a text box into a list: commas (half or full width) and 、 separate, blanks are dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Reads a typed number (full-width digits allowed); blank or junk gives NaN so the schema reports it. */
export function parseNumber(text: string): number {
  const s = toHalfWidth(text).trim();
  return s === "" ? Number.NaN : Number(s);
}

let nextRowKey = 1;

/** A fresh weights row. */
export function newWeightRow(name = "", weight = ""): WeightRow {
  return { key: nextRowKey++, name, weight };
}

/** The draft of a profile, ready to edit. */
export function draftFromProfile(p: Profile): ProfileDraft {
  const str = (n: number): string => String(n);
  return {
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    fullMark: str(p.fullMark),
    weights: Object.entries(p.level1Weights).map(([name, w]) => newWeightRow(name, str(w))),
    fundingWeight: str(p.funding.weight),
    fundingDecimals: str(p.funding.rounding.decimals),
    fundingMode: p.funding.rounding.mode,
    reasonBelowRate: p.funding.reasonBelowRate === null ? "" : str(p.funding.reasonBelowRate),
    scoreDecimals: str(p.scoreRounding.decimals),
    scoreMode: p.scoreRounding.mode,
    points: [str(p.qualitative.points[0]), str(p.qualitative.points[1]), str(p.qualitative.points[2])],
    bandFloors: [str(p.qualitative.bandFloors[0]), str(p.qualitative.bandFloors[1])],
    vocabAchieved: listText(p.qualitative.vocabulary.achieved),
    vocabPartial: listText(p.qualitative.vocabulary.partial),
    vocabMissed: listText(p.qualitative.vocabulary.missed),
    overThreshold: str(p.overAchievement.threshold),
    overAction: p.overAchievement.action,
    naMarkers: listText(p.notApplicable.markers),
    naRescale: p.notApplicable.rescale,
    gradeExcellent: str(p.grades.excellent),
    gradeGood: str(p.grades.good),
    gradePass: str(p.grades.pass),
    reasonPlaceholders: listText(p.reasonPlaceholders),
    lowerIsBetter: listText(p.lowerIsBetter),
    higherIsBetter: listText(p.higherIsBetter),
    requiredLevel2: listText(p.requiredLevel2),
  };
}

/** The draft as profile-shaped data, not yet validated (ProfileSchema.safeParse decides). */
export function candidateFromDraft(d: ProfileDraft): unknown {
  const num = parseNumber;
  return {
    id: d.id.trim(),
    name: d.name.trim(),
    nameEn: d.nameEn.trim(),
    fullMark: num(d.fullMark),
    level1Weights: Object.fromEntries(d.weights.map((r) => [r.name.trim(), num(r.weight)])),
    funding: {
      weight: num(d.fundingWeight),
      rounding: { decimals: num(d.fundingDecimals), mode: d.fundingMode },
      reasonBelowRate: d.reasonBelowRate.trim() === "" ? null : num(d.reasonBelowRate),
    },
    scoreRounding: { decimals: num(d.scoreDecimals), mode: d.scoreMode },
    qualitative: {
      points: d.points.map(num),
      bandFloors: d.bandFloors.map(num),
      vocabulary: {
        achieved: parseList(d.vocabAchieved),
        partial: parseList(d.vocabPartial),
        missed: parseList(d.vocabMissed),
      },
    },
    overAchievement: { threshold: num(d.overThreshold), action: d.overAction },
    notApplicable: { markers: parseList(d.naMarkers), rescale: d.naRescale },
    grades: { excellent: num(d.gradeExcellent), good: num(d.gradeGood), pass: num(d.gradePass) },
    reasonPlaceholders: parseList(d.reasonPlaceholders),
    lowerIsBetter: parseList(d.lowerIsBetter),
    higherIsBetter: parseList(d.higherIsBetter),
    requiredLevel2: parseList(d.requiredLevel2),
  };
}
