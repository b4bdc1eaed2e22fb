/** A response's comments (oldest first) and adding one as the active profile; reloaded after a review action. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { CommentRecord } from '../../db/records';

export function useResponseComments(responseId: string) {
  const { comments, profile } = useServices();
  const [list, setList] = useState<CommentRecord[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    comments.forResponse(responseId).then(
      (all) => {
        if (!live) return;
        setList(all);
        setError(null);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [comments, responseId, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const add = useCallback(
    async (text: string, field: string | null) => {
      await comments.add(profile, responseId, text, field);
      reload();
    },
    [comments, profile, responseId, reload],
  );
  return { list, error, add, reload };
}
