/** The published Innovation Barometer indicators I1–I10, weighted and unweighted. */
export * from './types';
export * from './specs';
export * from './compute-indicators';
export { flag, picked } from './values';
export * from './base-rule';
export * from './variance';
