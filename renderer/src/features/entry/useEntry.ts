import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import { loadQuestionnaire } from '../../core/questionnaire/load-questionnaire';
import type { AnswerValue, Questionnaire } from '../../core/questionnaire/model';
import type { ResponseRecord } from '../../db/records';

export type EntryState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; record: ResponseRecord; questionnaire: Questionnaire };

/**
 * One response, read with the questionnaire version it was keyed with (the built-in one, or an
 * older edition from the store), and its writes: every answer through `commitAnswer` with the
 * active profile, completing and reopening through `setStatus`; each with the reason of a correction
 * when one is under way (the store records it in the audit entry, and refuses where one is needed and
 * none is given). The record on screen is the one the store returned, so it never claims more than was written.
 */
/** `generation`: a change reads the response again (another window handed it over). */
export function useEntry(responseId: string, generation = 0) {
  const services = useServices();
  const { responses, profile, questionnaires } = services;
  const builtin = services.questionnaire;
  const [state, setState] = useState<EntryState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    const load = async (): Promise<EntryState> => {
      const record = await responses.get(responseId);
      if (!record) return { kind: 'missing' };
      if (record.questionnaireId === builtin.id && record.questionnaireVersion === builtin.version) {
        return { kind: 'ready', record, questionnaire: builtin };
      }
      const def = await questionnaires.get(record.questionnaireId, record.questionnaireVersion);
      const loaded = def ? loadQuestionnaire(def) : null;
      if (!loaded?.ok) throw new Error(`Questionnaire ${record.questionnaireId} ${record.questionnaireVersion} is not available.`);
      return { kind: 'ready', record, questionnaire: loaded.value };
    };
    load().then(
      (next) => live && setState(next),
      (error: unknown) => live && setState({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [responses, responseId, builtin, questionnaires, generation]);

  const update = useCallback((record: ResponseRecord) => {
    setState((s) => (s.kind === 'ready' ? { ...s, record } : s));
  }, []);

  const commit = useCallback(
    async (field: string, value: AnswerValue | undefined, reason?: string) => {
      update(await responses.commitAnswer(profile, responseId, field, value, reason));
    },
    [responses, profile, responseId, update],
  );
  const complete = useCallback(
    async (reason?: string) => {
      update(await responses.setStatus(profile, responseId, 'completed', reason));
    },
    [responses, profile, responseId, update],
  );
  const reopen = useCallback(
    async (reason?: string) => {
      update(await responses.setStatus(profile, responseId, 'draft', reason));
    },
    [responses, profile, responseId, update],
  );

  return { state, commit, complete, reopen, replace: update, lang: services.lang, storeReadOnlyReason: services.readOnlyReason };
}
