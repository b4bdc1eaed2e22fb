/**
 * The «Stikprøve» screen's data: the frame version in force, every case with its disposition, the
 * profiles cases can be assigned to, and the import of a new frame (read → preview → apply).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useWeightingEditions } from '../../analysis/weighting-editions';
import { useServices } from '../../app/services-context';
import type { FrameDiff } from '../../core/fieldwork/frame-diff';
import { progressByDay, type DayProgress } from '../../core/fieldwork/progress-by-day';
import type { FrameProblem, ParsedFrame } from '../../core/fieldwork/parse-frame';
import { editionVocabulary } from '../../core/weights/edition-strata';
import { stratumVocabulary } from '../../core/weights/population';
import type { Assignee, CaseView } from '../../db/fieldwork-repository';
import type { FrameVersionRow } from '../../db/fieldwork-records';
import { MAX_FRAME_FILE_BYTES } from '../../ui/spreadsheet/sheet-limits';
import { importFrameFile } from './import-frame';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export type FrameImport =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'open-failed'; message: string }
  | { kind: 'refused'; file: string; problems: FrameProblem[] }
  | { kind: 'preview'; file: string; parsed: ParsedFrame; diff: FrameDiff; basedOn: number }
  | { kind: 'applied'; version: number; count: number }
  | { kind: 'apply-failed'; message: string };

export interface SampleData {
  version: FrameVersionRow | undefined;
  cases: CaseView[];
  /** Whom cases can be assigned to: surveyors and coordinators here, surveyors known from their packages. */
  assignees: Assignee[];
  /** Work and completions per Copenhagen day. */
  progress: DayProgress[];
}

export function useSample() {
  const services = useServices();
  const { fieldwork, host, profile, questionnaire } = services;
  // The frame's levels and areas are checked against the codes of the editions held here, in those of
  // the edition for new responses (an older edition's renamed code read as the new one), as the
  // population table is; until they are read, nothing is imported.
  const { editions, error: editionsError } = useWeightingEditions(services);
  const heldVocabulary = useMemo(() => (editions ? editionVocabulary(editions) : null), [editions]);
  const vocabulary = useMemo(() => heldVocabulary ?? stratumVocabulary(questionnaire), [heldVocabulary, questionnaire]);
  const [data, setData] = useState<SampleData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [frameImport, setFrameImport] = useState<FrameImport>({ kind: 'idle' });

  // Bumped after every change, to read the sample again.
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([fieldwork.currentVersion(), fieldwork.monitoring(), fieldwork.assignees()])
      .then(
        ([version, { cases, progress }, assignees]) => live && setData({ version, cases, assignees, progress: progressByDay(progress) }),
      )
      .catch((e: unknown) => live && setLoadError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [fieldwork, revision]);

  const pickFile = useCallback(async () => {
    if (heldVocabulary === null) return;
    const opened = await host.openFile('spreadsheet', MAX_FRAME_FILE_BYTES);
    if (!opened.ok) return setFrameImport({ kind: 'open-failed', message: opened.error });
    if (opened.value === null) return;
    const file = opened.value;
    setFrameImport({ kind: 'reading' });
    const parsed = await importFrameFile(file, heldVocabulary);
    if (!parsed.ok) return setFrameImport({ kind: 'refused', file: file.name, problems: parsed.error });
    const { diff, basedOn } = await fieldwork.preview(parsed.value);
    setFrameImport({ kind: 'preview', file: file.name, parsed: parsed.value, diff, basedOn });
  }, [host, heldVocabulary, fieldwork]);

  const apply = useCallback(async () => {
    if (frameImport.kind !== 'preview') return;
    try {
      const row = await fieldwork.applyFrame(profile, frameImport.parsed, frameImport.file, frameImport.basedOn);
      setFrameImport({ kind: 'applied', version: row.version, count: row.cases });
      reload();
    } catch (e) {
      setFrameImport({ kind: 'apply-failed', message: messageOf(e) });
    }
  }, [frameImport, fieldwork, profile, reload]);

  const assign = useCallback(
    async (caseIds: readonly string[], assigneeId: string | null) => {
      const changed = await fieldwork.assign(profile, caseIds, assigneeId);
      reload();
      return changed;
    },
    [fieldwork, profile, reload],
  );

  return { vocabulary, ready: heldVocabulary !== null, data, loadError: loadError ?? editionsError, frameImport, pickFile, apply, cancel: () => setFrameImport({ kind: 'idle' }), assign };
}
