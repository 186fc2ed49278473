// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeCompletion } from '../../lib/codes/completion';
import { encodeTransfer } from '../../lib/codes/transfer';
import { completeLesson, emptyProgress } from '../../lib/progress/model';
import { ROSTER_KEY } from '../../client/storage/roster-store';
import { islandStrings } from '../../client/test-support';
import ClassRoster from './ClassRoster';
import type { RosterStrings } from './strings';

const strings = { ...islandStrings<RosterStrings>('trainer.roster'), ...islandStrings<RosterStrings>('progress') };
const code = encodeCompletion({ completed: [6, 10], initials: 'Ayu Lestari' });

beforeEach(() => {
  localStorage.clear();
  globalThis.fetch = (() => Promise.reject(new Error('offline'))) as typeof fetch;
});
afterEach(cleanup);

async function createClass(name: string): Promise<void> {
  fireEvent.input(await screen.findByLabelText(strings.className), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: strings.create }));
  await screen.findByRole('heading', { name });
}

describe('ClassRoster', () => {
  it('refuses a mistyped code in plain words, then adds the learner and saves the class', async () => {
    render(<ClassRoster strings={strings} locale="id" noScript="" />);
    await createClass('Kelas Bengalon');
    fireEvent.input(screen.getByLabelText(strings.code), {
      target: { value: code.slice(0, -1) + (code.endsWith('0') ? '1' : '0') },
    });
    fireEvent.click(screen.getByRole('button', { name: strings.addLearner }));
    expect((await screen.findByRole('alert')).textContent).toBe(strings['codeError.checksum']);

    fireEvent.input(screen.getByLabelText(strings.code), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: strings.addLearner }));
    expect(await screen.findByRole('rowheader', { name: 'AL' })).toBeTruthy();
    const saved = JSON.parse(localStorage.getItem(ROSTER_KEY)!);
    expect(saved.classes[0].learners[0]).toMatchObject({ name: 'AL', completed: [6, 10] });
  });

  it('refuses a transfer code by name, and keeps the learner already added with the same initials', async () => {
    render(<ClassRoster strings={strings} locale="id" noScript="" />);
    await createClass('Kelas Sangatta');
    fireEvent.input(screen.getByLabelText(strings.code), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: strings.addLearner }));
    await screen.findByRole('rowheader', { name: 'AL' });
    const transfer = encodeTransfer(completeLesson(emptyProgress(), 6, Date.UTC(2026, 11, 1)), Date.UTC(2026, 11, 1));
    fireEvent.input(screen.getByLabelText(strings.code), { target: { value: transfer } });
    fireEvent.click(screen.getByRole('button', { name: strings.addLearner }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ini kode pindah, bukan kode selesai. Minta kode selesai dari halaman Kemajuan Saya.',
    );
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText(/dilaporkan oleh peserta sendiri/)).toBeTruthy();
  });

  it('keeps unreadable saved classes aside and says so, without losing the readable ones', async () => {
    const good = { id: 'a', name: 'Kelas Lama', learners: [{ name: 'AL', code }] };
    localStorage.setItem(ROSTER_KEY, JSON.stringify({ version: 1, classes: [good, { broken: true }] }));
    render(<ClassRoster strings={strings} locale="id" noScript="" />);
    expect(await screen.findByRole('button', { name: 'Kelas Lama' })).toBeTruthy();
    expect(screen.getByText(/1 data kelas lama tidak terbaca/)).toBeTruthy();
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${ROSTER_KEY}.unreadable.`));
    expect(kept).toHaveLength(1);
  });
});
