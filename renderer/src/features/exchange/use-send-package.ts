/** "Send to coordinator": build the package, save it through the host, then record it as sent. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { LastPackageSent, PackageScope } from '../../db/exchange-repository';
import { isStoreError } from '../../db/store-error';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'sent'; fileName: string; count: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function useSendPackage() {
  const { host, profile, lang, exchange } = useServices();
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [last, setLast] = useState<LastPackageSent | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void exchange.lastSent().then((sent) => live && setLast(sent));
    return () => {
      live = false;
    };
  }, [exchange, state]);

  const send = useCallback(
    async (scope: PackageScope['scope']) => {
      setState({ kind: 'working' });
      try {
        const built = await exchange.buildPackage(profile, { scope });
        const saved = await host.saveFile(built.fileName, 'package', built.bytes);
        if (!saved.ok) return setState({ kind: 'failed', message: saved.error });
        if (!saved.value.saved) return setState({ kind: 'cancelled' });
        const fileName = saved.value.fileName ?? built.fileName;
        await exchange.recordSent(profile, built, fileName);
        setState({ kind: 'sent', fileName, count: built.manifest.counts.responses });
      } catch (error) {
        const message = isStoreError(error) && error.text ? error.text[lang] : error instanceof Error ? error.message : String(error);
        setState({ kind: 'failed', message });
      }
    },
    [exchange, host, profile, lang],
  );

  return { state, last, send };
}
