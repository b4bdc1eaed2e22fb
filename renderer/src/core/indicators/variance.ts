/**
 * Design-based uncertainty of the weighted shares and of the I7 ratio (docs/indicators-method.md).
 *
 * The design: a stratified sample, strata h = the weighting strata (N_h workplaces, n_h respondents
 * with a weight, w = N_h / n_h), finite-population correction f_h = 1 − n_h / N_h. A share of a domain
 * (a figure's base within a group) is the ratio p̂ = Σ w·d·y / Σ w·d; its Taylor-linearised variable
 * is z_i = d_i (y_i − p̂) / W with W = Σ w·d, and
 *
 *   Var(p̂) = Σ_h f_h · n_h / (n_h − 1) · Σ_{i∈h} (w_i z_i − mean_h(w z))²
 *
 * over every respondent of h (outside the domain z = 0): R survey's
 * `svymean(~y, subset(svydesign(ids = ~1, strata = ~h, fpc = ~N_h), domain), na.rm = TRUE)`.
 * With y ∈ {0, 1} the stratum sums need only A = Σ w·y, B = Σ w, C = Σ w²·y, D = Σ w² over the domain.
 * A stratum with one respondent adds nothing (R's `survey.lonely.psu = "remove"`); without a population
 * table the design is one stratum without correction (simple random sampling with replacement).
 *
 * The I7 ratio R = p₁ / p₀ of two shares over disjoint domains (with and without a civil role) by the
 * delta method: u = z₁ / p₀ − p₁ z₀ / p₀², whose stratum sums follow from the two shares' (z₁ z₀ = 0).
 */

/** The normal quantile of a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** Per stratum: respondents with a weight (n_h) and the population count (N_h; null = no correction). */
export interface DesignStratum {
  n: number;
  N: number | null;
}

/** A domain's sums in one stratum (over the domain's respondents with a weight, y ∈ {0, 1}). */
export interface StratumSums {
  /** Σ w·y */
  a: number;
  /** Σ w */
  b: number;
  /** Σ w²·y */
  c: number;
  /** Σ w² */
  d: number;
}

/** The linearised variable's sums in one stratum: S = Σ w z, Q = Σ (w z)². */
export interface Linearised {
  s: number;
  q: number;
}

/** z of a share p̂ = ΣA / ΣB, per stratum (`sums[h]` may be undefined: nobody of the domain in h). */
export function linearise(sums: readonly (StratumSums | undefined)[], p: number, W: number): Linearised[] {
  return sums.map((x) =>
    x === undefined ? { s: 0, q: 0 } : { s: (x.a - p * x.b) / W, q: (x.c * (1 - 2 * p) + p * p * x.d) / (W * W) },
  );
}

/** Var = Σ_h f_h · n_h / (n_h − 1) · (Q_h − S_h² / n_h). */
export function stratifiedVariance(lin: readonly Linearised[], strata: readonly DesignStratum[]): number {
  let v = 0;
  lin.forEach((l, h) => {
    const st = strata[h];
    if (!st || st.n < 2) return; // lonely stratum: no contribution ("remove")
    const f = st.N === null || st.N <= 0 ? 1 : Math.max(0, 1 - st.n / st.N);
    v += (f * st.n) / (st.n - 1) * (l.q - (l.s * l.s) / st.n);
  });
  return Math.max(0, v);
}

/** The delta-method variable of R = p₁ / p₀ over disjoint domains, per stratum. */
export function ratioLinearised(num: readonly Linearised[], den: readonly Linearised[], p1: number, p0: number): Linearised[] {
  const k = p1 / (p0 * p0);
  return num.map((l1, h) => {
    const l0 = den[h] ?? { s: 0, q: 0 };
    return { s: l1.s / p0 - k * l0.s, q: l1.q / (p0 * p0) + k * k * l0.q };
  });
}

/** The difference of two estimates over disjoint domains of the same design (u = z_A − z_B), per stratum. */
export function differenceLinearised(a: readonly Linearised[], b: readonly Linearised[]): Linearised[] {
  return a.map((la, h) => {
    const lb = b[h] ?? { s: 0, q: 0 };
    return { s: la.s - lb.s, q: la.q + lb.q };
  });
}

export interface Interval {
  low: number;
  high: number;
}

/** The 95 % Wald interval est ± 1.96·SE, kept within [min, max]. */
export function waldInterval(est: number, se: number, min = 0, max = Number.POSITIVE_INFINITY): Interval {
  return { low: Math.max(min, est - Z_95 * se), high: Math.min(max, est + Z_95 * se) };
}

/** Two-sided p-value of a z statistic (normal), by the complementary error function. */
export function twoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** erfc(x) for x ≥ 0 (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const y =
    t *
    Math.exp(
      -x * x - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return Math.min(1, y);
}
