/** Import (coordinator): the chosen files, the progress of the running import, the outcomes. */
import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services-context';
import { DEFAULT_PACKAGE_LIMITS } from '../../core/exchange';
import { newGroups, type DuplicateGroup } from '../../core/fieldwork/duplicate-groups';
import type { DeviceToConfirm, ImportFile, ImportOutcome, ImportProgress } from '../../db/exchange-repository';
import { isStoreError } from '../../db/store-error';

export function useImportPackages() {
  const { host, profile, lang, exchange, duplicates } = useServices();
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[] | null>(null);
  const [problem, setProblem] = useState('');
  // A package from a device not trusted yet waits for the coordinator's answer (its fingerprint shown).
  const [device, setDevice] = useState<DeviceToConfirm | null>(null);
  const answer = useRef<((trust: boolean) => void) | null>(null);
  // Bumped after each import, so the list of trusted devices is read again.
  const [imports, setImports] = useState(0);
  // The workplaces the import brought a second response for (read from the store before and after).
  const [newDuplicates, setNewDuplicates] = useState<DuplicateGroup[] | null>(null);

  const confirmDevice = useCallback(
    (asked: DeviceToConfirm) =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setDevice(asked);
      }),
    [],
  );

  const decideDevice = useCallback((trust: boolean) => {
    answer.current?.(trust);
    answer.current = null;
    setDevice(null);
  }, []);

  const addFile = useCallback(async () => {
    setProblem('');
    const opened = await host.openFile('package', DEFAULT_PACKAGE_LIMITS.maxFileBytes);
    if (!opened.ok) return setProblem(opened.error);
    const file = opened.value;
    if (file) setFiles((current) => [...current.filter((f) => f.name !== file.name), file]);
  }, [host]);

  const removeFile = useCallback((name: string) => setFiles((current) => current.filter((f) => f.name !== name)), []);

  const run = useCallback(async () => {
    setProblem('');
    setOutcomes(null);
    setNewDuplicates(null);
    try {
      // Two reads of the summaries, before and after; a failure of either only leaves the notice out.
      const before = await duplicates.responseIdsInGroups().catch(() => null);
      const result = await exchange.importPackages(profile, files, setProgress, confirmDevice);
      setOutcomes(result);
      setFiles([]);
      setImports((n) => n + 1);
      if (before) {
        const after = await duplicates.groups().catch(() => null);
        if (after) setNewDuplicates(newGroups(after, before));
      }
    } catch (error) {
      setProblem(isStoreError(error) && error.text ? error.text[lang] : error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  }, [exchange, duplicates, profile, files, lang, confirmDevice]);

  return { files, addFile, removeFile, run, progress, outcomes, problem, device, decideDevice, imports, newDuplicates };
}
