/** Saving a file the page made itself (a backup, a class list): it never leaves the device. */
import { el } from './dom';

export function downloadFile(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
