// Rounding in integer hundredths, so sums never drift (no 96.88000000000001).
import { ROUNDING_NUDGE } from "./tolerances";

/** Rounding rule: decimals 0–2, half-up or floor. */
export interface RoundingRule {
  decimals: number;
  mode: "half-up" | "floor";
}

/** Rounds a non-negative value by the rule and returns integer hundredths (2.9847 → 298). */
export function toHundredths(value: number, rule: RoundingRule): number {
  const f = 10 ** rule.decimals;
  const scaled = value * f;
  const rounded =
    rule.mode === "floor" ? Math.floor(scaled + ROUNDING_NUDGE) : Math.floor(scaled + 0.5 + ROUNDING_NUDGE);
  return rounded * 10 ** (2 - rule.decimals);
}

/** Integer hundredths back to a number with at most 2 decimals (298 → 2.98). */
export function fromHundredths(h: number): number {
  return Math.round(h) / 100;
}

/** A number for messages: at most `max` decimals, no trailing zeros (2.2 → "2.2", 7.68 → "7.68"). */
export function fmtNumber(n: number, max = 2): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n === 0 ? 0 : n);
  const s = n.toFixed(max);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** A score for messages, always two decimals ("2.20"). */
export function fmtScore(n: number): string {
  return n.toFixed(2);
}
