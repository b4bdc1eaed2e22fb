import type { BarometerDb } from './database';
import { StoreError } from './store-error';

/** Every repository write starts here, before any transaction opens. */
export function assertWritable(db: BarometerDb): void {
  if (db.readOnly) {
    throw new StoreError(
      'read-only',
      db.readOnlyReason ?? 'The data is open read-only: changes cannot be saved.',
    );
  }
}
