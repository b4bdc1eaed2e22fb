/** A re-imported frame shows what it adds, removes and changes before it is applied. */
import { describe, expect, it } from 'vitest';
import { diffFrames, isEmptyDiff } from '../../../renderer/src/core/fieldwork/frame-diff';
import type { FrameCase } from '../../../renderer/src/core/fieldwork/frame';

const c = (workplaceId: string, more: Partial<FrameCase> = {}): FrameCase => ({
  workplaceId, name: `W ${workplaceId}`, address: '', postcode: '', city: '', contact: '', email: '', phone: '',
  sector_level: 'state', policy_area: 'health', size_class: '3_9', employees: null, ...more,
});

describe('the change a re-import makes', () => {
  it('against no frame: everything is added', () => {
    const diff = diffFrames([], [c('11111111'), c('22222222')]);
    expect(diff.added.map((x) => x.workplaceId)).toEqual(['11111111', '22222222']);
    expect(diff).toMatchObject({ removed: [], changed: [], unchanged: 0 });
  });

  it('names the added, the removed and each changed field', () => {
    const diff = diffFrames(
      [c('11111111'), c('22222222'), c('33333333')],
      [c('33333333', { name: 'Ny', size_class: '10_49' }), c('11111111'), c('44444444')],
    );
    expect(diff.added.map((x) => x.workplaceId)).toEqual(['44444444']);
    expect(diff.removed.map((x) => x.workplaceId)).toEqual(['22222222']);
    expect(diff.changed.map((x) => [x.workplaceId, x.fields])).toEqual([['33333333', ['name', 'size_class']]]);
    expect(diff.unchanged).toBe(1);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('the same frame again changes nothing', () => {
    const frame = [c('11111111'), c('22222222', { employees: 12 })];
    expect(isEmptyDiff(diffFrames(frame, frame.map((x) => ({ ...x }))))).toBe(true);
  });
});
