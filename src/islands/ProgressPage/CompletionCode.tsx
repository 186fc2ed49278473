import { useState } from 'preact/hooks';
import { readSetting, writeSetting } from '../../client/progress-store';
import { encodeCompletion } from '../../lib/codes/completion';
import { completedIds, type Progress } from '../../lib/progress/model';
import type { ProgressStrings } from './strings';

interface Props {
  progress: Progress;
  strings: ProgressStrings;
  certificateHref: string;
}

/** The short code a learner shows a trainer, and the way to the certificate. */
export function CompletionCode({ progress, strings, certificateHref }: Props) {
  const [name, setName] = useState(() => String(readSetting('name') ?? ''));
  const completed = completedIds(progress);
  return (
    <section aria-labelledby="completion-title">
      <h2 id="completion-title">{strings.completionTitle}</h2>
      <p>{strings.completionIntro}</p>
      <label for="learner-name">{strings.completionName}</label>
      <p class="field-hint" id="learner-name-hint">
        {strings.completionNameHint}
      </p>
      <input
        id="learner-name"
        value={name}
        maxLength={60}
        autoComplete="name"
        aria-describedby="learner-name-hint"
        onInput={(event) => {
          setName(event.currentTarget.value);
          writeSetting('name', event.currentTarget.value);
        }}
      />
      {completed.length > 0 ? (
        <p>
          {strings.completionCode}{' '}
          <strong class="code" data-completion-code>
            {encodeCompletion({ completed, initials: name })}
          </strong>
        </p>
      ) : (
        <p>{strings.completionNone}</p>
      )}
      <p>
        <a class="button button--secondary" href={certificateHref}>
          {strings.certificate}
        </a>
      </p>
    </section>
  );
}
