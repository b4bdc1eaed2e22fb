/** Post-stratification weights (w = N_h / r_h) and the population table they come from. */
export * from './population';
export * from './parse-population';
export * from './population-csv';
export * from './compute-weights';
export * from './collapse';
export * from './diagnostics';
export * from './edition-strata';
