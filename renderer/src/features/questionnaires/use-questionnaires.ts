/** The stored editions and the active one, and storing, exporting and activating one, through the questionnaire repository. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { QuestionnaireDef } from '../../core/questionnaire/model';
import { writeXlsForm } from '../../core/xlsform/export-xlsform';
import type { ActiveEdition } from '../../db/questionnaire-repository';
import type { StoredQuestionnaire } from '../../db/records';
import { saveRecordedExport, type SavedExport } from '../../ui/save-recorded-export';

const fileNameOf = (def: QuestionnaireDef) => `xlsform-${def.id}-${def.version}.xlsx`.replace(/[^\w.-]+/g, '_');

export function useQuestionnaires() {
  const { questionnaires, audit, host, profile, lang } = useServices();
  const [stored, setStored] = useState<StoredQuestionnaire[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [active, setActive] = useState<ActiveEdition | null>(null);

  const reload = useCallback(() => {
    const failed = (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e));
    questionnaires.list().then(setStored, failed);
    questionnaires.activeQuestionnaire().then(setActive, failed);
  }, [questionnaires]);

  /** Makes the edition the one new responses are keyed in (audited by the repository). */
  const makeActive = useCallback(
    async (def: QuestionnaireDef) => {
      await questionnaires.setActiveQuestionnaire(profile, def.id, def.version);
      reload();
    },
    [questionnaires, profile, reload],
  );
  useEffect(reload, [reload]);

  const store = useCallback(
    async (def: QuestionnaireDef, fileName: string) => {
      const outcome = await questionnaires.add(profile, def, fileName);
      reload();
      return outcome;
    },
    [questionnaires, profile, reload],
  );

  const exportForm = useCallback(
    async (def: QuestionnaireDef): Promise<SavedExport> => {
      const bytes = await writeXlsForm(def);
      return saveRecordedExport(host, fileNameOf(def), bytes, lang, (fileName) =>
        audit.recordExport(profile, { kind: 'xlsform', fileName, rows: def.sections.reduce((n, s) => n + s.questions.length, 0), sheets: ['survey', 'choices', 'settings'] }),
      );
    },
    [host, lang, audit, profile],
  );

  return { stored, loadError, active, store, exportForm, makeActive };
}
