// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { islandStrings } from '../../client/test-support';
import type { CatalogueData } from '../../lib/progress/catalogue';
import { fill } from '../../lib/text/fill';
import SessionPlanner from './SessionPlanner';
import type { PlannerStrings } from './strings';

const strings = islandStrings<PlannerStrings>('trainer.planner');
const lesson = (slug: string, title: string, minutes: number) => ({
  slug,
  title,
  path: 'aman',
  pillar: 'aman',
  quiz: 3,
  minutes,
});
const catalogue: CatalogueData = {
  lessons: { '6': lesson('kode-otp', 'Kode OTP rahasia', 10), '7': lesson('cek-link', 'Cek tautan', 15) },
  paths: [{ slug: 'aman', title: 'Aman digital', lessons: [6, 7] }],
};

beforeEach(() => {
  history.replaceState(null, '', '/pelatih/sesi/');
  globalThis.fetch = (() => Promise.resolve(new Response(JSON.stringify(catalogue)))) as typeof fetch;
});
afterEach(cleanup);

const planner = () => render(<SessionPlanner strings={strings} locale="id" agendaPath="/sesi/" noScript="" />);
const agendaTitles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((row) => row.textContent ?? '');

describe('SessionPlanner', () => {
  it('adds a whole path with each lesson’s minutes, moves a lesson up, and adds up the time', async () => {
    planner();
    fireEvent.click(await screen.findByRole('button', { name: strings.addPathButton }));
    expect(agendaTitles()[0]).toContain('Kode OTP rahasia');
    fireEvent.click(screen.getByRole('button', { name: `${strings.up}: Cek tautan` }));
    expect(agendaTitles()[0]).toContain('Cek tautan');
    // Said to screen readers, which cannot see the row move.
    expect(screen.getByText(fill(strings.moved, { title: 'Cek tautan', position: 1 })).getAttribute('role')).toBe(
      'status',
    );
    fireEvent.click(screen.getByRole('button', { name: strings.addBreak }));
    expect(screen.getByText(fill(strings.total, { minutes: 40, end: '09:40' }))).toBeTruthy();
  });

  it('keeps the plan in the address, so the same link opens the same agenda', async () => {
    const first = planner();
    fireEvent.click(await screen.findByRole('button', { name: strings.addLessonButton }));
    fireEvent.input(screen.getByLabelText(strings.title), { target: { value: 'Kelas Sangatta' } });
    const saved = location.hash;
    expect(saved).not.toBe('');
    first.unmount();
    planner();
    expect(((await screen.findByLabelText(strings.title)) as HTMLInputElement).value).toBe('Kelas Sangatta');
    expect(agendaTitles()[0]).toContain('Kode OTP rahasia');
  });
});
