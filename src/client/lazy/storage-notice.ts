/** Loaded only when progress cannot be kept normally: shows the notice for the state the store left. */
import { showStorageNotice } from '../storage/storage-notice';
import type { StoreState } from '../storage/progress-store';

const page = window as Window & { langkahStorage?: StoreState; langkahShowNotice?: (state: StoreState) => void };
page.langkahShowNotice = showStorageNotice;
if (page.langkahStorage) showStorageNotice(page.langkahStorage);
