/**
 * The exchange repository for the coordinator screens. It holds no state of its own (the database
 * and a questionnaire lookup), so a screen may make its own over the shared database.
 */
import { useMemo } from 'react';
import { useServices } from '../../app/services-context';
import type { Questionnaire } from '../../core/questionnaire/model';
import { ExchangeRepository } from '../../db/exchange-repository';

/** As in the bootstrap: only the built-in edition is compiled in this version of the app. */
export function builtinLookup(questionnaire: Questionnaire) {
  return (id: string, version: string): Questionnaire => {
    if (id === questionnaire.id && version === questionnaire.version) return questionnaire;
    throw new Error(`Questionnaire ${id} version ${version} is not installed in this version of the app.`);
  };
}

export function useExchangeRepository(): ExchangeRepository {
  const { db, questionnaire } = useServices();
  return useMemo(() => new ExchangeRepository(db, builtinLookup(questionnaire)), [db, questionnaire]);
}
