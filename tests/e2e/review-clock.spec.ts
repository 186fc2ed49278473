/**
 * A page built before its lesson fell due still warns: on the day the phone's date passes
 * the review date, the lesson script shows the notice the build left hidden.
 */
import { expect, test } from './fixtures';

test('a lesson shows its review notice once the phone’s date passes the due day', async ({ page }) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  const notice = page.locator('[data-review-due]');
  await expect(notice).toBeHidden();
  const due = await notice.getAttribute('data-review-due');
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await page.clock.setFixedTime(new Date(`${due}T08:00:00Z`));
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Pelajaran ini perlu diperiksa ulang');
});
