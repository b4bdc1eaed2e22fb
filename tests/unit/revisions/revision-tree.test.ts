import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import { newRevision, resolveConflict } from '../../../renderer/src/core/revisions/new-revision';
import { EMPTY_TREE, generationOf, revisionId } from '../../../renderer/src/core/revisions/revision-tree';
import { conflicts, isConflicted, leaves, winner } from '../../../renderer/src/core/revisions/winner';
import { conflictFields } from '../../../renderer/src/core/revisions/conflict-fields';
import { anna, bo, content, created, deleted, edited, merged, resolved, unwrap } from './revision-support';

describe('making revisions', () => {
  it('gives a first revision generation 1, no parents, and an id from its content', () => {
    const tree = created({ workplace_name: 'Skolen' });
    expect(tree.nodes).toHaveLength(1);
    const [node] = tree.nodes;
    expect(node?.parents).toEqual([]);
    expect(node?.generation).toBe(1);
    expect(node?.rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(node?.rev).toBe(revisionId(1, [], content({ workplace_name: 'Skolen' })));
  });

  it('hashes canonical JSON of parents and content with SHA-256', () => {
    const c = content({ b: 1, a: ['x', 'y'] });
    const expected = createHash('sha256').update(canonicalJson({ parents: [], content: c })).digest('hex').slice(0, 32);
    expect(revisionId(1, [], c)).toBe(`1-${expected}`);
    
  });

  it('keeps the ancestry of every revision but the content of the leaf only', () => {
    const tree = edited(edited(created({ a: 1 }), { a: 2 }), { a: 3 });
    expect(tree.nodes.map((node) => node.generation).sort()).toEqual([1, 2, 3]);
    expect(tree.contents).toHaveLength(1);
    expect(winner(tree)?.content.answers).toEqual({ a: 3 });
    expect(generationOf(winner(tree)?.rev ?? '')).toBe(3);
  });

  it('makes the same id for the same change on two machines, and different ids for different changes', () => {
    const base = created({ a: 1 });
    expect(edited(base, { a: 2 })).toEqual(edited(base, { a: 2 }));
    expect(winner(edited(base, { a: 2 }))?.rev).not.toBe(winner(edited(base, { a: 2 }, { actor: bo }))?.rev);
  });

  it('refuses to fork a history by editing a revision that already has a child', () => {
    const base = created({ a: 1 });
    const first = winner(base)?.rev ?? '';
    const later = edited(base, { a: 2 });
    expect(newRevision(later, first, content({ a: 3 }))).toEqual({ ok: false, error: { code: 'not-a-leaf', rev: first } });
    expect(newRevision(later, null, content({}))).toEqual({ ok: false, error: { code: 'not-empty' } });
    expect(newRevision(later, '9-00000000000000000000000000000000', content({}))).toMatchObject({
      ok: false,
      error: { code: 'unknown-revision' },
    });
  });
});

describe('winners and conflicts', () => {
  const base = created({ a: 1 });
  const annaEdit = edited(base, { a: 2 }, { actor: anna, updatedAt: '2025-03-02T08:00:00.000Z' });
  const boEdit = edited(base, { a: 3 }, { actor: bo, updatedAt: '2025-03-02T09:00:00.000Z' });

  it('a history edited on one machine only has one leaf and no conflict', () => {
    expect(isConflicted(annaEdit)).toBe(false);
    expect(conflicts(annaEdit)).toEqual([]);
  });

  it('two machines editing the same revision give a conflict that keeps both sides', () => {
    const both = merged(annaEdit, boEdit);
    expect(isConflicted(both)).toBe(true);
    expect(leaves(both).map((leaf) => leaf.content.answers.a).sort()).toEqual([2, 3]);
    expect(conflicts(both)).toHaveLength(1);
    expect(conflictFields(both)).toEqual({ answers: ['a'], status: false, deleted: false });
  });

  it('picks the same winner whatever the merge order: highest generation, then highest rev id', () => {
    const ab = merged(annaEdit, boEdit);
    const ba = merged(boEdit, annaEdit);
    expect(winner(ab)).toEqual(winner(ba));
    const revs = leaves(ab).map((leaf) => leaf.rev);
    expect(winner(ab)?.rev).toBe([...revs].sort().at(-1));
    const longer = merged(edited(annaEdit, { a: 4 }), boEdit);
    expect(winner(longer)?.content.answers).toEqual({ a: 4 });
  });

  it('deleted on one machine and edited on another is a conflict, not a loss', () => {
    const gone = deleted(base);
    const both = merged(gone, edited(base, { a: 5 }, { actor: bo }));
    expect(isConflicted(both)).toBe(true);
    expect(winner(both)?.content.deletedAt).toBeNull();
    expect(conflicts(both)[0]?.content.deletedAt).not.toBeNull();
    expect(conflictFields(both).deleted).toBe(true);
  });

  it('a live leaf wins over a deleted one even when the deletion is newer (as in CouchDB)', () => {
    const gone = deleted(edited(edited(base, { a: 7 }), { a: 8 }));
    const both = merged(gone, boEdit);
    expect(winner(both)?.content.answers).toEqual({ a: 3 });
  });
});

describe('resolving a conflict', () => {
  const base = created({ a: 1, b: 'x' });
  const both = merged(edited(base, { a: 2, b: 'x' }), edited(base, { a: 1, b: 'y' }, { actor: bo }));

  it('makes one revision whose parents are all the leaves, with the chosen values', () => {
    const done = resolved(both, { answers: { a: 2, b: 'y' }, status: 'draft', deletedAt: null });
    expect(isConflicted(done)).toBe(false);
    const top = winner(done);
    expect(top?.content.answers).toEqual({ a: 2, b: 'y' });
    expect(top?.content.updatedById).toBe('coord');
    const node = done.nodes.find((n) => n.rev === top?.rev);
    expect(node?.parents).toEqual(leaves(both).map((leaf) => leaf.rev).sort());
    expect(node?.generation).toBe(3);
  });

  it('closes the conflict on a machine that merges the resolution, even if that machine edited on', () => {
    const done = resolved(both, { answers: { a: 2, b: 'y' }, status: 'draft', deletedAt: null });
    expect(isConflicted(merged(both, done))).toBe(false);
    expect(merged(both, done)).toEqual(done);
  });

  it('refuses when there is nothing to resolve', () => {
    expect(resolveConflict(base, { answers: {}, status: 'draft', deletedAt: null }, bo, '2025-03-01T00:00:00.000Z')).toEqual({
      ok: false,
      error: { code: 'no-conflict' },
    });
  });

  it('editing the winner of a conflicted response keeps the conflict open', () => {
    const onward = unwrap(newRevision(both, winner(both)?.rev ?? '', content({ a: 9, b: 'z' })));
    expect(isConflicted(onward.tree)).toBe(true);
  });

  it('an empty tree has no winner', () => {
    expect(winner(EMPTY_TREE)).toBeUndefined();
  });
});
