import { useState } from 'preact/hooks';
import type { StoreState } from '../../client/storage/progress-store';
import { transferLink } from '../../lib/codes/link';
import { decodeTransfer, encodeTransfer } from '../../lib/codes/transfer';
import type { CatalogueData } from '../../lib/progress/catalogue';
import { TextField } from '../Field';
import { useMergePreview } from './MergePreview';
import { QrCode } from '../QrCode';
import type { ProgressStrings } from './strings';

interface Props {
  state: StoreState;
  catalogue: CatalogueData | undefined;
  strings: ProgressStrings;
  pageUrl: string;
}

/** Moves progress to another phone with no internet: a code to type, or a QR code whose link carries it. */
export function Transfer({ state, catalogue, strings, pageUrl }: Props) {
  const [shown, setShown] = useState<string | undefined>();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const { preview, offer } = useMergePreview(state, catalogue, strings);

  const show = () => setShown(encodeTransfer(state.progress, Date.now()));
  const receive = (event: Event) => {
    event.preventDefault();
    const decoded = decodeTransfer(typed, Date.now());
    offer(undefined);
    if (!decoded.ok) return setError(strings[`codeError.${decoded.error}`]);
    setError('');
    offer(decoded.progress);
  };

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{strings.transferTitle}</h2>
      <p>{strings.transferIntro}</p>
      <p>
        <button type="button" class="button" onClick={show}>
          {strings.transferShow}
        </button>
      </p>
      {shown && (
        <div class="transfer-code">
          <p>
            {strings.transferCode}{' '}
            <strong class="code" data-transfer-code>
              {shown}
            </strong>
          </p>
          <QrCode text={transferLink(pageUrl, shown)} label={strings.transferQr} />
        </div>
      )}
      <form class="code-form" onSubmit={receive} noValidate>
        <TextField
          code
          id="transfer-input"
          label={strings.receiveLabel}
          error={error}
          value={typed}
          onValue={setTyped}
        />
        <button type="submit" class="button button--secondary">
          {strings.receive}
        </button>
      </form>
      {preview}
    </section>
  );
}
