/** Shows a lesson's "due for a check" notice once the phone's date reaches its due day. */
export function showDueNotices(root: ParentNode, today: Date): void {
  const day = today.toISOString().slice(0, 10);
  for (const notice of root.querySelectorAll<HTMLElement>('[data-review-due]')) {
    const due = notice.dataset['reviewDue'];
    if (due && day >= due) notice.hidden = false;
  }
}
