import { isAppUrl } from './app-origin';

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * True only for a call from the top frame of our main window while it shows our own app:// page.
 * Every IPC handler asks this first: a frame that navigated elsewhere, a sub-frame, another
 * window or a destroyed frame (senderFrame null) gets nothing.
 */
export function isAllowedSender(event: SenderEvent, expectedWebContentsId: number | undefined): boolean {
  if (expectedWebContentsId === undefined || event.sender.id !== expectedWebContentsId) return false;
  let frame: SenderEvent['senderFrame'];
  try {
    // Electron may throw when a disposed frame is touched; treat that as "no frame".
    frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}
