import { describe, expect, it } from 'vitest';
import { isAllowedSender, type SenderEvent } from '../../main/ipc-sender';
import { MAIN_WINDOW_ID, senderEvent } from './ipc-fakes';

describe('the IPC sender check', () => {
  it('accepts the top frame of our main window showing our app:// page', () => {
    expect(isAllowedSender(senderEvent(), MAIN_WINDOW_ID)).toBe(true);
    expect(isAllowedSender(senderEvent({ url: 'app://bundle/index.html#/entry/3' }), MAIN_WINDOW_ID)).toBe(true);
  });

  it.each([
    ['an http origin', 'http://localhost:5173/'],
    ['an https page', 'https://example.com/'],
    ['a file:// page', 'file:///opt/app/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a host that merely starts like ours', 'app://bundle.evil/index.html'],
    ['credentials in the URL', 'app://bundle@evil/'],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses a frame showing %s', (_what, url) => {
    expect(isAllowedSender(senderEvent({ url }), MAIN_WINDOW_ID)).toBe(false);
  });

  it('refuses a missing (destroyed or navigated) frame', () => {
    expect(isAllowedSender(senderEvent({ frame: 'none' }), MAIN_WINDOW_ID)).toBe(false);
  });

  it('refuses a sub-frame, even of our own page', () => {
    expect(isAllowedSender(senderEvent({ frame: 'sub' }), MAIN_WINDOW_ID)).toBe(false);
  });

  it('refuses other webContents, and everything while there is no main window', () => {
    expect(isAllowedSender(senderEvent({ id: MAIN_WINDOW_ID + 1 }), MAIN_WINDOW_ID)).toBe(false);
    expect(isAllowedSender(senderEvent(), undefined)).toBe(false);
  });

  it('refuses when reading the frame throws', () => {
    const event = {
      sender: { id: MAIN_WINDOW_ID },
      get senderFrame(): SenderEvent['senderFrame'] {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isAllowedSender(event, MAIN_WINDOW_ID)).toBe(false);
  });
});
