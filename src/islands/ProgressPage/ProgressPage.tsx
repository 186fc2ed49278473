import { useEffect, useState } from 'preact/hooks';
import { getState, subscribe, type StoreState } from '../../client/storage/progress-store';
import { readSetting } from '../../client/storage/settings';
import { transferFromFragment } from '../../lib/codes/link';
import { decodeTransfer } from '../../lib/codes/transfer';
import { useMounted } from '../use-mounted';
import { useCatalogue } from '../use-catalogue';
import { Backup } from './Backup';
import { ClearAll } from './ClearAll';
import { CompletionCode } from './CompletionCode';
import { useMergePreview } from './MergePreview';
import type { ProgressStrings } from './strings';
import { Summary } from './Summary';
import { Transfer } from './Transfer';
import type { Locale } from '../../lib/i18n/locales';

export interface ProgressPageProps {
  strings: ProgressStrings;
  locale: Locale;
  /** Absolute URL of this page, for transfer links and QR codes. */
  pageUrl: string;
  certificateHref: string;
  /** A lesson's address with `{slug}` in it. */
  lessonHref: string;
  noScript: string;
}

export default function ProgressPage(props: ProgressPageProps) {
  const { strings, locale } = props;
  const mounted = useMounted();
  const [state, setState] = useState<StoreState | undefined>();
  const catalogue = useCatalogue(locale);
  const data = catalogue === 'error' ? undefined : catalogue;
  const { preview, offer } = useMergePreview(state, data, strings);
  const [linkError, setLinkError] = useState('');

  useEffect(() => {
    setState(getState());
    const unsubscribe = subscribe(setState);
    // A transfer link carries the code in the fragment, which never reaches a server.
    const code = transferFromFragment(location.hash);
    if (code) {
      const decoded = decodeTransfer(code, Date.now());
      if (decoded.ok) offer(decoded.progress);
      else setLinkError(strings[`codeError.${decoded.error}`]);
      history.replaceState(null, '', location.pathname + location.search);
    }
    return unsubscribe;
  }, []);

  if (!mounted || !state) return <p>{props.noScript}</p>;
  // One swap from the placeholder to the whole page: a "loading" line that later grows into the
  // summary would push every section below it down (a layout shift of about 0.5).
  if (catalogue === undefined) return <p>{strings.loading}</p>;

  return (
    <div class="progress-page">
      {linkError && (
        <p class="form-error" role="alert">
          {linkError}
        </p>
      )}
      {preview}
      <Summary progress={state.progress} catalogue={data} strings={strings} lessonHref={props.lessonHref} />
      <section aria-labelledby="storage-title">
        <h2 id="storage-title">{strings.storageTitle}</h2>
        <p>
          {
            strings[
              state.mode === 'ok' ? 'storage.ok' : state.mode === 'memory' ? 'storage.memory' : 'storage.readOnly'
            ]
          }
        </p>
        <p>
          {
            strings[
              readSetting('persisted') === true
                ? 'persisted.yes'
                : readSetting('persisted') === false
                  ? 'persisted.no'
                  : 'persisted.unknown'
            ]
          }
        </p>
      </section>
      <Backup state={state} catalogue={data} strings={strings} />
      <Transfer state={state} catalogue={data} strings={strings} pageUrl={props.pageUrl} />
      <CompletionCode progress={state.progress} strings={strings} certificateHref={props.certificateHref} />
      <ClearAll state={state} strings={strings} />
    </div>
  );
}
