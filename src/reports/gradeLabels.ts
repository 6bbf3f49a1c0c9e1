// How a grade is shown in the summary and the draft: the grade itself in Chinese, with its meaning in English.
import type { TableReport } from "../core";

/** A grade of the report (优 良 中 差). */
export type Grade = NonNullable<TableReport["grade"]>;

const LABELS: Record<"zh" | "en", Record<Grade, string>> = {
  zh: { 优: "优", 良: "良", 中: "中", 差: "差" },
  en: { 优: "优 Excellent", 良: "良 Good", 中: "中 Pass", 差: "差 Poor" },
};

/** The label of `grade` in `lang`. */
export function gradeLabel(grade: Grade, lang: "zh" | "en"): string {
  return LABELS[lang][grade];
}
