/**
 * A calm notice at the top of the page when progress cannot be kept normally. It says
 * what happened and what still works, in the page's language, and never blocks learning.
 */
import type { StoreState } from './progress-store';

const TEXT = {
  id: {
    memory:
      'Kemajuan tidak bisa disimpan di perangkat ini. Anda tetap bisa belajar, tetapi kemajuan hilang saat halaman ditutup. Penyebabnya biasanya mode penyamaran atau memori ponsel yang penuh.',
    'read-only':
      'Kemajuan Anda disimpan oleh versi Langkah Digital yang lebih baru. Muat ulang halaman untuk memakai versi terbaru. Sampai itu, perubahan tidak disimpan.',
    recovered:
      'Catatan kemajuan lama di perangkat ini tidak bisa dibaca. Kami menyimpannya terpisah, tidak dihapus, dan memulai catatan baru.',
    close: 'Tutup pemberitahuan',
    zim: 'Sebelum menutup, buka halaman Kemajuan dan buat kode pindah. Masukkan kode itu di situs Langkah Digital saat ada internet.',
  },
  en: {
    memory:
      'Progress cannot be saved on this device. You can still learn, but progress is lost when the page closes. This usually happens in private browsing or when the phone’s storage is full.',
    'read-only':
      'Your progress was saved by a newer version of Langkah Digital. Reload the page to use the newest version. Until then, changes are not saved.',
    recovered:
      'The old progress record on this device could not be read. It has been kept aside, not deleted, and a new record started.',
    close: 'Close notice',
    zim: 'Before you close, open the Progress page and make a transfer code. Enter it on the Langkah Digital website when you are online.',
  },
};

export function showStorageNotice(state: StoreState): void {
  if (typeof document === 'undefined') return;
  const kind = state.mode !== 'ok' ? state.mode : state.keptKey ? 'recovered' : undefined;
  document.getElementById('storage-notice')?.remove();
  const main = document.querySelector('main');
  if (!kind || !main) return;
  const text = document.documentElement.lang === 'en' ? TEXT.en : TEXT.id;
  const notice = document.createElement('div');
  notice.id = 'storage-notice';
  notice.className = 'storage-notice';
  notice.setAttribute('role', 'status');
  notice.dataset['kind'] = kind;
  const message = document.createElement('p');
  // In Kiwix a reader without storage is common: the transfer code carries progress to the website.
  message.textContent = __ZIM_EDITION__ && kind === 'memory' ? `${text.memory} ${text.zim}` : text[kind];
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'storage-notice__close';
  close.setAttribute('aria-label', text.close);
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  notice.append(message, close);
  main.prepend(notice);
}
