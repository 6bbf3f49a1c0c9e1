// Every tolerance the scorer compares with, named once (issue 16: no unnamed epsilons).

/** Floating-point noise when two quantities in one unit are compared (0.1 + 0.2 against 0.3). */
export const FLOAT_NOISE = 1e-12;

/** Noise allowed when a figure is compared with a profile setting (a grade band, an over-achievement threshold). */
export const SETTING_NOISE = 1e-9;

/** Nudge before rounding, so 2.675 stored as 2.67499999… still rounds half-up to 2.68. */
export const ROUNDING_NUDGE = 1e-7;

/** Spec §3: `= A` is met when |B − A| ≤ 0.5 % of A. */
export const EQUAL_BAND = 0.005;

/** Spec §6 SCORE_DIFFERS: an existing score differs when it is more than 0.01 away from the computed one. */
export const SCORE_DIFFERS_BY = 0.01;

/** TOTAL_DIFFERS: an existing total more than a cent (and rounding) away from the sum of the existing scores. */
export const TOTAL_DIFFERS_BY = 0.011;
