import { Field } from '../Field';
import { QrCode } from '../QrCode';
import type { PlannerStrings } from './strings';

interface Props {
  shareUrl: string;
  strings: PlannerStrings;
  copied: boolean;
  onCopied: (copied: boolean) => void;
}

/** The planned session as a link to copy or open, and as a QR code for learners' phones. */
export function ShareSession({ shareUrl, strings, copied, onCopied }: Props) {
  return (
    <section aria-labelledby="share-title" class="panel">
      <h2 id="share-title">{strings.share}</h2>
      <p>{strings.shareIntro}</p>
      <Field id="share-link" label={strings.link}>
        {(control) => <input {...control} readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />}
      </Field>
      <p class="button-row">
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(shareUrl).then(
              () => onCopied(true),
              () => onCopied(false),
            )
          }
        >
          {strings.copy}
        </button>
        <a class="button" href={shareUrl}>
          {strings.open}
        </a>
      </p>
      <p role="status">{copied ? strings.copied : ''}</p>
      <QrCode text={shareUrl} label={strings.qr} />
    </section>
  );
}
