// @vitest-environment happy-dom
/**
 * Deleting from the evidence log can be undone: a record of abusive collection is evidence, and
 * one mistaken tap must not lose it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceLog } from '@/components/evidence-log';
import { LangProvider } from '@/components/language';
import type { Contact } from '@/lib/guidance/evidence-flags';

afterEach(cleanup);

const call: Contact = { at: '2025-06-01T14:05', channel: 'call', who: 'Collector', summary: 'Pay in three days' };
const threat: Contact = { at: '2025-06-03T09:30', channel: 'sms', who: 'A law firm', summary: 'We will come to your home', threats: true, attachments: ['sms-0603.png'] };
const family: Contact = { at: '2025-06-05T23:10', channel: 'call', who: 'Called my mother', thirdParty: true };

/** The log with its contacts held as the planner holds them; `latest()` is what was last saved. */
function renderLog(contacts: ReadonlyArray<Contact>) {
  let saved = contacts;
  function Holder() {
    const [list, setList] = useState(contacts);
    return (
      <LangProvider value="en">
        <EvidenceLog contacts={list} onChange={(next) => { saved = next; setList(next); }} />
      </LangProvider>
    );
  }
  render(<Holder />);
  return { latest: () => saved };
}

/** Each row's heading: its number, when, how and who. */
const rows = () => screen.getAllByTestId('evidence-row').map((row) => row.querySelector('.evidence-head')?.textContent);

describe('deleting a contact', () => {
  it('can be undone: the contact comes back whole, in its place in time', () => {
    const log = renderLog([call, threat, family]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact 2' }));
    expect(rows()).toEqual(['Contact 1 · 1 Jun 2025, 14:05 · Call · Collector', 'Contact 2 · 5 Jun 2025, 23:10 · Call · Called my mother']);
    expect(screen.getByRole('status').textContent).toBe('One contact deleted.');

    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    // Back between the 1 June call and the 5 June call, with every field it had.
    expect(rows()).toEqual([
      'Contact 1 · 1 Jun 2025, 14:05 · Call · Collector',
      'Contact 2 · 3 Jun 2025, 09:30 · Text message · A law firm',
      'Contact 3 · 5 Jun 2025, 23:10 · Call · Called my mother',
    ]);
    expect(log.latest()).toEqual([call, threat, family]);
    expect(screen.getByRole('status').textContent).toBe('The deleted contact is back.');
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  });

  it('offers the undo only until the log changes again', () => {
    renderLog([call, threat]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact 1' }));
    expect(screen.getByRole('button', { name: 'Undo delete' })).toBeTruthy();
    // Starting a new contact ends the offer: an undo later would put back a contact the user
    // may have entered again by hand.
    fireEvent.click(screen.getByRole('button', { name: '+ Log a contact' }));
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  });
});

describe('where each logged contact can be reported', () => {
  const where = () => [...document.querySelectorAll('.evidence-flags .hint')].map((e) => e.textContent);

  it('for a person or an unlicensed lender: the police only, with the general law cited', () => {
    // 23:10 call to the mother: late at night and third-party. By a licensed lender these go to 12378
    // and the lender's own line; a person answers to neither (evidence-flags.ts, NOT_LICENSED).
    render(<LangProvider value="en"><EvidenceLog contacts={[family]} onChange={() => undefined} licensed={false} /></LangProvider>);
    expect(where()).toEqual(['Complain to: 110, the police', 'Complain to: 110, the police']);
    expect(document.querySelector('.evidence-flags')?.textContent).not.toContain('guideline');
  });

  it('for a licensed lender: the financial regulator and the lender’s own line', () => {
    render(<LangProvider value="en"><EvidenceLog contacts={[family]} onChange={() => undefined} /></LangProvider>);
    expect(where()[0]).toBe('Complain to: 12378, the financial regulator’s consumer complaint line · the lender’s own official complaint line');
  });
});
