import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../preload/contract';
import type { Host } from '../host/host';

/** Listens to the application menu (Electron) for as long as the app is shown; the latest handler wins. */
export function useMenuCommands(host: Host, handle: (command: MenuCommand) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  }, [handle]);
  useEffect(() => host.onMenuCommand((command) => latest.current(command)), [host]);
}
