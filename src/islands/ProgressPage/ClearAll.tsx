import { useState } from 'preact/hooks';
import { clearProgress, type StoreState } from '../../client/storage/progress-store';
import type { ProgressStrings } from './strings';

/** Clearing all progress takes two deliberate steps, and says when it is done. */
export function ClearAll({ state, strings }: { state: StoreState; strings: ProgressStrings }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  if (state.mode === 'read-only') return null;
  return (
    <section aria-labelledby="clear-title">
      <h2 id="clear-title">{strings.clearTitle}</h2>
      <p>{strings.clearIntro}</p>
      {step === 'confirm' ? (
        <div class="confirm" role="alertdialog" aria-labelledby="clear-confirm" aria-modal="false">
          <p id="clear-confirm">
            <strong>{strings.clearConfirm}</strong>
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                clearProgress();
                setStep('done');
              }}
            >
              {strings.clearYes}
            </button>
            <button
              type="button"
              class="button button--secondary"
              ref={(element) => element?.focus()}
              onClick={() => setStep('idle')}
            >
              {strings.cancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          <button type="button" class="button button--secondary" onClick={() => setStep('confirm')}>
            {strings.clear}
          </button>
          {step === 'done' && <p role="status">{strings.cleared}</p>}
        </>
      )}
    </section>
  );
}
