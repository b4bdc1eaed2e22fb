/** Bounds on a sheet a coordinator imports, shared by the reading Worker and the check of what it returns. */

/** Far above any stratification (3 levels × 11 areas × 4 sizes = 132 strata), far below harm. */
export const MAX_SHEET_ROWS = 5_000;
export const MAX_SHEET_COLUMNS = 50;
export const MAX_CELL_LENGTH = 1_000;
/** The largest population file the coordinator may pick. */
export const MAX_POPULATION_FILE_BYTES = 20 * 1024 * 1024;
/** A sheet that takes longer to read is abandoned and its Worker terminated. */
export const SHEET_READ_TIMEOUT_MS = 10_000;

/** The largest sample-frame file the coordinator may pick. */
export const MAX_FRAME_FILE_BYTES = 40 * 1024 * 1024;
