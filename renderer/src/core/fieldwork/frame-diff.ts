/**
 * What a re-imported frame changes, shown to the coordinator before it is applied: workplaces added,
 * removed (they leave the sample; their attempts and responses are kept) and changed, field by field.
 */
import { FRAME_FIELDS, type FrameCase, type FrameField } from './frame';

export interface FrameChange {
  workplaceId: string;
  before: FrameCase;
  after: FrameCase;
  fields: FrameField[];
}

export interface FrameDiff {
  added: FrameCase[];
  removed: FrameCase[];
  changed: FrameChange[];
  unchanged: number;
}

/** The difference from `current` (the frame in force; [] when none) to `next`, each list in `next`'s (or `current`'s) order. */
export function diffFrames(current: readonly FrameCase[], next: readonly FrameCase[]): FrameDiff {
  const before = new Map(current.map((c) => [c.workplaceId, c]));
  const nextIds = new Set(next.map((c) => c.workplaceId));
  const added: FrameCase[] = [];
  const changed: FrameChange[] = [];
  let unchanged = 0;
  for (const after of next) {
    const old = before.get(after.workplaceId);
    if (!old) {
      added.push(after);
      continue;
    }
    const fields = FRAME_FIELDS.filter((f) => old[f] !== after[f]);
    if (fields.length === 0) unchanged += 1;
    else changed.push({ workplaceId: after.workplaceId, before: old, after, fields });
  }
  const removed = current.filter((c) => !nextIds.has(c.workplaceId));
  return { added, removed, changed, unchanged };
}

/** True when applying the frame would change nothing. */
export function isEmptyDiff(diff: FrameDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
