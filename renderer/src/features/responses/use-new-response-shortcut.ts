import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * N (when not typing in a field) or Ctrl/Cmd+N anywhere on the list makes a new response.
 * Off while `enabled` is false (a dialog is open, or the store is read-only).
 */
export function useNewResponseShortcut(enabled: boolean, onNew: () => void): void {
  const latest = useRef(onNew);
  useEffect(() => {
    latest.current = onNew;
  }, [onNew]);

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.key.toLowerCase() !== 'n') return;
      const withModifier = e.ctrlKey || e.metaKey;
      if (!withModifier && (e.shiftKey || isTyping(e.target))) return;
      e.preventDefault();
      latest.current();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
