/** The zod schema of a revision tree as read from a file. Strict: unknown keys are refused. */
import { z } from 'zod';
import { revisionContentSchema } from './revision-content';
import { REV_PATTERN, type RevisionTree } from './revision-tree';

const rev = z.string().regex(REV_PATTERN, 'is not a revision id (<generation>-<32 hex digits>)');

const nodeSchema = z.strictObject({
  rev,
  parents: z.array(rev),
  generation: z.number().int().min(1),
});

const leafSchema = z.strictObject({ rev, content: revisionContentSchema });

/** A revision tree: structure only; `checkTree` checks that it holds together. */
export const revisionTreeSchema = z.strictObject({
  nodes: z.array(nodeSchema),
  contents: z.array(leafSchema),
  truncated: z.array(rev),
});

type Assert<T extends true> = T;
type Parsed = z.output<typeof revisionTreeSchema>;
/** Fails to compile when the schema and `RevisionTree` drift apart. */
export type RevisionTreeSchemaMatches = Assert<[Parsed] extends [RevisionTree] ? true : false>;
