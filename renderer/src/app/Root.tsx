/** Runs the start-up once and shows the loading screen, the failure, or the app. */
import { useEffect, useState } from 'react';
import { initI18n } from '../i18n/i18n';
import { App } from './App';
import { bootstrap, type Boot, type BootFailure } from './bootstrap';
import type { Result } from '../core/result';
import { StartupScreen } from './StartupScreen';

type State = { kind: 'loading' } | { kind: 'failed'; failure: BootFailure } | { kind: 'ready'; boot: Boot };

/** `starting`: the start-up, begun before React (main.tsx); without it Root begins it. */
export function Root({ starting }: { starting?: Promise<Result<Boot, BootFailure>> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    (starting ?? bootstrap())
      .then(async (result) => {
        if (result.ok) await initI18n(result.value.lang);
        performance.mark('boot:language');
        return result;
      })
      .then(
        (result) => {
          if (!live) return;
          setState(result.ok ? { kind: 'ready', boot: result.value } : { kind: 'failed', failure: result.error });
        },
        (e: unknown) => {
          if (live) setState({ kind: 'failed', failure: { stage: 'db', message: e instanceof Error ? e.message : String(e) } });
        },
      );
    return () => {
      live = false;
    };
  }, [starting]);

  if (state.kind === 'ready') return <App boot={state.boot} />;
  return <StartupScreen {...(state.kind === 'failed' ? { failure: state.failure } : {})} />;
}
