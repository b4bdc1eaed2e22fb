/** The save state of one field (or of the whole form), as a short text beside it. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveIndicatorProps {
  id?: string;
  state: SaveState;
  /** What to show: "Gemmer …", "Gemt", "Kunne ikke gemme: …". Nothing is shown for 'idle'. */
  text: string;
  /**
   * 'errors' (a field): quiet while saving, since a typist does not want every save announced; an
   * error is a new role="alert" element, announced at once.
   * 'all' (the form-wide summary): a polite status region announcing every change.
   */
  announce?: 'errors' | 'all';
}

export function SaveIndicator({ id, state, text, announce = 'errors' }: SaveIndicatorProps) {
  const shown = state === 'idle' ? '' : text;
  if (announce === 'errors' && state === 'error') {
    return (
      <span id={id} className="ui-save ui-save-error" role="alert">
        {shown}
      </span>
    );
  }
  return (
    <span id={id} className={`ui-save ui-save-${state}`} role={announce === 'all' ? 'status' : undefined}>
      {shown}
    </span>
  );
}
