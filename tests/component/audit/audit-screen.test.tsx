/**
 * The audit screen as a coordinator and an auditor use it: "Verify integrity" green over an
 * untouched log, red naming the entry after one was changed behind the app's back; the standalone
 * export saved with its chain head; a surveyor refused with a message.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditScreen } from '../../../renderer/src/features/audit/AuditScreen';
import { anna, carl, dora } from '../../unit/db/db-test-support';
import { openStore, renderWith, type Store } from './services-harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
  const r = await store.responses.create(anna, store.services(anna).questionnaire);
  await store.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skole Nord');
  await store.responses.commitAnswer(anna, r.id, 'n_employees', 25);
});
afterEach(() => store.close());

const verdict = () => screen.findByText(/Integriteten er/, { selector: '[role="status"]' });

describe('the audit screen', () => {
  it('verifies an untouched log green, and names the entry changed behind the app’s back in red', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <AuditScreen />);
    await user.click(screen.getByRole('button', { name: 'Kontrollér integritet' }));
    const green = await verdict();
    expect(green).toHaveProperty('dataset.tone', 'ok');
    expect(green.textContent).toMatch(/Integriteten er i orden: 3 poster fra 1 computer\(e\) er kontrolleret, 0 registrerede endepunkter af kæderne passer, og 1 besvarelse\(r\) stemmer/);

    const changed = (await store.audit.all()).find((e) => e.field === 'n_employees');
    await store.db.audit.update(changed?.seq ?? 0, { newValue: 250 });
    await user.click(screen.getByRole('button', { name: 'Kontrollér integritet' }));
    const red = await screen.findByText(/Integriteten er brudt/, { selector: '[role="status"]' });
    expect(red).toHaveProperty('dataset.tone', 'broken');
    expect(red.textContent).toContain(`Post ${changed?.deviceSeq} fra computer`);
    expect(red.textContent).toContain('er ændret: indholdet passer ikke længere til dens kontrolsum');
    expect(red.textContent).toContain(`nr. ${changed?.seq} på denne computer, id ${changed?.id}`);
    const details = screen.getByRole('heading', { name: 'Detaljer' }).nextElementSibling as HTMLElement;
    expect(within(details).getByText(/2 af 3 poster i orden/)).toBeTruthy();
  });

  it('an auditor exports the log with the chain head it was taken at', async () => {
    const user = userEvent.setup();
    const head = (await store.audit.heads())[0];
    await renderWith(store, dora, <AuditScreen />);
    await user.click(screen.getByRole('button', { name: 'Eksportér revisionsloggen' }));
    const done = await screen.findByText(/Revisionsloggen \(3 poster\) er gemt som revisionslog-/);
    expect(done.textContent).toContain(`#${head?.deviceSeq} ${head?.hash.slice(0, 12)}`);
    expect(store.saved.map((s) => s.name)).toEqual([expect.stringMatching(/^revisionslog-.*\.xlsx$/)]);
    expect((await store.audit.all()).at(-1)).toMatchObject({ action: 'export', actorId: dora.id });
  });

  it('speaks English on request', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <AuditScreen />, 'en');
    await user.click(screen.getByRole('button', { name: 'Verify integrity' }));
    expect((await screen.findByText(/Integrity intact/)).textContent).toMatch(/3 entries from 1 computer/);
  });
});
