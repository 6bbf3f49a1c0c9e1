// Figures for `npm run bench`: medians with their spread, and paired runs that alternate A and B so a machine
// whose speed drifts (shared, loaded) moves both alike.

/** The median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The quartiles [q1, q3] (nearest rank). */
export function quartiles(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
  return [at(0.25), at(0.75)];
}

/** "1.23 (1.10–1.41)": the median with the quartiles, `digits` decimals. */
export function spread(xs, digits = 2) {
  const [q1, q3] = quartiles(xs);
  return `${median(xs).toFixed(digits)} (${q1.toFixed(digits)}–${q3.toFixed(digits)})`;
}

/** Runs `a` and `b` `runs` times each in turn, A first in even rounds and B first in odd ones, after `warm`
 *  unrecorded rounds; returns both series and the per-round ratios a/b of what they return. */
export function paired(runs, warm, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < warm + runs; i++) {
    let ra;
    let rb;
    if (i % 2 === 0) {
      ra = a();
      rb = b();
    } else {
      rb = b();
      ra = a();
    }
    if (i >= warm) {
      as.push(ra);
      bs.push(rb);
    }
  }
  return { a: as, b: bs, ratio: as.map((v, i) => v / bs[i]) };
}

/** Runs each of `fns` `runs` times in turn, the order reversed every other round; returns a series for each. */
export function inTurn(runs, fns) {
  const series = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    const order = fns.map((_f, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) series[k].push(fns[k]());
  }
  return series;
}
