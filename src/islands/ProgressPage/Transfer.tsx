import { useState } from 'preact/hooks';
import type { StoreState } from '../../client/storage/progress-store';
import { decodeTransfer, encodeTransfer } from '../../lib/codes/transfer';
import type { CatalogueData } from '../../lib/progress/catalogue';
import type { Progress } from '../../lib/progress/model';
import { Field } from '../Field';
import { MergePreview } from './MergePreview';
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
  const [incoming, setIncoming] = useState<Progress | undefined>();

  const show = () => setShown(encodeTransfer(state.progress, Date.now()));
  const receive = (event: Event) => {
    event.preventDefault();
    const decoded = decodeTransfer(typed);
    setIncoming(undefined);
    if (!decoded.ok) return setError(strings[`codeError.${decoded.error}`]);
    setError('');
    setIncoming(decoded.progress);
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
          <QrCode text={`${pageUrl}#pindah=${shown}`} label={strings.transferQr} />
        </div>
      )}
      <form class="code-form" onSubmit={receive} noValidate>
        <Field id="transfer-input" label={strings.receiveLabel} error={error}>
          {(control) => (
            <input
              {...control}
              class="code-input"
              value={typed}
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              onInput={(event) => setTyped(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button button--secondary">
          {strings.receive}
        </button>
      </form>
      {incoming && (
        <MergePreview
          current={state.progress}
          incoming={incoming}
          catalogue={catalogue}
          strings={strings}
          readOnly={state.mode === 'read-only'}
          onDone={() => setIncoming(undefined)}
        />
      )}
    </section>
  );
}
