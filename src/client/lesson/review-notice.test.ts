// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { showDueNotices } from './review-notice';

afterEach(() => document.body.replaceChildren());

describe('showDueNotices', () => {
  it('shows a notice from its due day on, and leaves it hidden before', () => {
    document.body.innerHTML = '<div data-review-due="2027-06-01" hidden>Perlu diperiksa</div>';
    const notice = document.querySelector<HTMLElement>('[data-review-due]')!;
    showDueNotices(document, new Date('2027-05-31T23:00:00Z'));
    expect(notice.hidden).toBe(true);
    showDueNotices(document, new Date('2027-06-01T00:00:00Z'));
    expect(notice.hidden).toBe(false);
  });

  it('ignores a notice whose date is missing', () => {
    document.body.innerHTML = '<div data-review-due="" hidden></div>';
    showDueNotices(document, new Date('2099-01-01T00:00:00Z'));
    expect(document.querySelector<HTMLElement>('[data-review-due]')!.hidden).toBe(true);
  });
});
