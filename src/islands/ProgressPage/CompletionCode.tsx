import { useState } from 'preact/hooks';
import { readSetting } from '../../client/storage/settings';
import { siteUrl } from '../../client/site-url';
import { NameField } from '../NameField';
import { QrCode } from '../QrCode';
import { completionOf, encodeCompletion } from '../../lib/codes/completion';
import type { Progress } from '../../lib/progress/model';
import type { ProgressStrings } from './strings';

interface Props {
  progress: Progress;
  strings: ProgressStrings;
  certificateHref: string;
}

/** The short code a learner shows a trainer, and the way to the certificate. */
export function CompletionCode({ progress, strings, certificateHref }: Props) {
  const [name, setName] = useState(() => String(readSetting('name') ?? ''));
  const [showQr, setShowQr] = useState(false);
  const completion = completionOf(progress, name);
  const { completed } = completion;
  const code = encodeCompletion(completion);
  return (
    <section aria-labelledby="completion-title">
      <h2 id="completion-title">{strings.completionTitle}</h2>
      <p>{strings.completionIntro}</p>
      <NameField
        id="learner-name"
        label={strings.completionName}
        hint={strings.completionNameHint}
        value={name}
        onChange={setName}
      />
      {completed.length > 0 ? (
        <p>
          {strings.completionCode}{' '}
          <strong class="code" data-completion-code>
            {code}
          </strong>
          <br />
          <button
            type="button"
            class="button button--secondary"
            aria-expanded={showQr}
            onClick={() => setShowQr(!showQr)}
          >
            {strings.completionQr}
          </button>
          {showQr && <QrCode text={code} label={`${strings.completionCode} ${code}`} />}
        </p>
      ) : (
        <p>{strings.completionNone}</p>
      )}
      <p>
        <a class="button button--secondary" href={siteUrl(certificateHref)}>
          {strings.certificate}
        </a>
      </p>
    </section>
  );
}
