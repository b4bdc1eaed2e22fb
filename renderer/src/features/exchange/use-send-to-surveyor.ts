/** "Send to a surveyor": the surveyors known here, and the package for one of them, saved then recorded. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { KnownSurveyor } from '../../db/exchange-repository';
import { isStoreError } from '../../db/store-error';

export type SendToSurveyorState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'sent'; name: string; fileName: string; cases: number; responses: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** `refresh`: bumped after an import, to read the known surveyors again. */
export function useSendToSurveyor(refresh: number) {
  const { host, profile, lang, exchange } = useServices();
  const [surveyors, setSurveyors] = useState<KnownSurveyor[] | null>(null);
  const [state, setState] = useState<SendToSurveyorState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void exchange.knownSurveyors().then((known) => live && setSurveyors(known));
    return () => {
      live = false;
    };
  }, [exchange, refresh]);

  const send = useCallback(
    async (recipient: KnownSurveyor) => {
      setState({ kind: 'working' });
      try {
        const built = await exchange.buildPackageFor(profile, recipient.profileId);
        const saved = await host.saveFile(built.fileName, 'package', built.bytes);
        if (!saved.ok) return setState({ kind: 'failed', message: saved.error });
        if (!saved.value.saved) return setState({ kind: 'cancelled' });
        const fileName = saved.value.fileName ?? built.fileName;
        await exchange.recordSentToSurveyor(profile, built, fileName);
        const { cases, responses } = built.manifest.counts;
        setState({ kind: 'sent', name: recipient.name, fileName, cases, responses });
      } catch (error) {
        const message = isStoreError(error) && error.text ? error.text[lang] : error instanceof Error ? error.message : String(error);
        setState({ kind: 'failed', message });
      }
    },
    [exchange, host, profile, lang],
  );

  return { surveyors, state, send };
}
