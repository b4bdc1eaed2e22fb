/**
 * Moving on with the keyboard. Each place the typist stops (a question, or one row of a grid) is an
 * element with `data-entry-stop="<variable>"`; the element to go to after the last stop of a section
 * (the "Next section" button, or "Mark as completed" in the last section) has `data-entry-end`.
 */
export const STOP_ATTR = 'data-entry-stop';
export const END_ATTR = 'data-entry-end';

const CONTROLS = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/** The control to focus in a stop: the checked radio of a group, else the first control. */
export function firstControl(stop: Element): HTMLElement | null {
  const checked = stop.querySelector<HTMLElement>('input[type="radio"]:checked:not([disabled])');
  return checked ?? stop.querySelector<HTMLElement>(CONTROLS);
}

function stops(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[${STOP_ATTR}]`));
}

/** Focuses the stop of a variable (a question or a grid row). Returns false if it is not on screen. */
export function focusStop(root: Element, variable: string): boolean {
  const stop = stops(root).find((s) => s.getAttribute(STOP_ATTR) === variable);
  const control = stop ? firstControl(stop) : null;
  if (!control) return false;
  control.focus();
  return true;
}

/**
 * Focuses the first stop of the section on screen that can be changed (answers locked from the sample
 * are read-only text); when every one is read-only, the first stop.
 */
export function focusFirstStop(root: Element): boolean {
  const controls = stops(root).map(firstControl).filter((c): c is HTMLElement => c !== null);
  const control = controls.find((c) => !c.hasAttribute('readonly')) ?? controls[0];
  control?.focus();
  return control !== undefined;
}

/**
 * Where Enter and ↑ may land: a control that takes an answer. A read-only text (a question given by
 * the questionnaire, an answer locked from the sample) is passed over, as a locked choice is
 * (disabled); Tab still reaches it, to read it.
 */
function landing(stop: Element): HTMLElement | null {
  const control = firstControl(stop);
  return control?.hasAttribute('readonly') ? null : control;
}

/** Enter: from the stop holding `from`, to the next stop, or to the end-of-section button. */
export function advanceFrom(root: Element, from: Element): void {
  const all = stops(root);
  const current = from.closest(`[${STOP_ATTR}]`);
  const index = current ? all.indexOf(current as HTMLElement) : -1;
  for (const stop of all.slice(index + 1)) {
    const control = landing(stop);
    if (control) {
      control.focus();
      return;
    }
  }
  root.querySelector<HTMLElement>(`[${END_ATTR}]:not([disabled])`)?.focus();
}

/** ↑: from the stop holding `from`, to the previous stop (nothing happens on the first). */
export function retreatFrom(root: Element, from: Element): void {
  const all = stops(root);
  const current = from.closest(`[${STOP_ATTR}]`);
  const index = current ? all.indexOf(current as HTMLElement) : all.length;
  for (const stop of all.slice(0, Math.max(0, index)).reverse()) {
    const control = landing(stop);
    if (control) {
      control.focus();
      return;
    }
  }
}
