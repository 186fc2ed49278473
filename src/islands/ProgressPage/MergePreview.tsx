import { useEffect, useRef, useState } from 'preact/hooks';
import { updateProgress, type StoreState } from '../../client/storage/progress-store';
import type { CatalogueData } from '../../lib/progress/catalogue';
import { keepKnown, mergeProgress, previewMerge } from '../../lib/progress/merge';
import { fill } from '../../lib/text/fill';
import type { Progress } from '../../lib/progress/model';
import type { ProgressStrings } from './strings';

interface Props {
  current: Progress;
  incoming: Progress;
  catalogue: CatalogueData | undefined;
  strings: ProgressStrings;
  readOnly: boolean;
  onDone: (applied: boolean) => void;
}

/** What an import or a transfer would change, shown before anything is applied. */
export function MergePreview({ current, incoming, catalogue, strings, readOnly, onDone }: Props) {
  const [applied, setApplied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Only lessons this site has: a crafted link or an old backup cannot add ones that never existed.
  const known = catalogue
    ? keepKnown(incoming, (id) => Boolean(catalogue.lessons[id]))
    : { progress: incoming, unknown: 0 };
  const preview = previewMerge(current, known.progress);
  const name = (id: number) => catalogue?.lessons[id]?.title ?? `#${id}`;
  const list = (label: string, ids: number[]) =>
    ids.length > 0 && (
      <>
        <p>{label}</p>
        <ul>
          {ids.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ul>
      </>
    );

  if (applied) {
    return (
      <div class="panel" role="status">
        <p>{strings.merged}</p>
      </div>
    );
  }
  return (
    <section class="panel merge-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabIndex={-1} ref={heading}>
        {strings.previewTitle}
      </h2>
      {preview.changes ? (
        <>
          {list(strings.previewCompleted, preview.completed)}
          {list(strings.previewStarted, preview.started)}
          {list(strings.previewBetterQuiz, preview.betterQuiz)}
          {list(strings.previewMorePractice, preview.morePractice)}
        </>
      ) : (
        <p>{strings.previewNothing}</p>
      )}
      {known.unknown > 0 && <p>{fill(strings.previewUnknown, { count: known.unknown })}</p>}
      <div class="button-row">
        {preview.changes && !readOnly && (
          <button
            type="button"
            class="button"
            onClick={() => {
              updateProgress((progress) => mergeProgress(progress, known.progress));
              setApplied(true);
              setTimeout(() => onDone(true), 4000);
            }}
          >
            {strings.apply}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => onDone(false)}>
          {strings.cancel}
        </button>
      </div>
    </section>
  );
}

/**
 * An import or transfer waiting for the learner's yes, shown where it was asked for: `offer(progress)`
 * shows it (`offer(undefined)` hides it), `preview` is what to render.
 */
export function useMergePreview(
  state: StoreState | undefined,
  catalogue: CatalogueData | undefined,
  strings: ProgressStrings,
  afterDone?: () => void,
) {
  const [incoming, offer] = useState<Progress | undefined>();
  const preview = state && incoming && (
    <MergePreview
      current={state.progress}
      incoming={incoming}
      catalogue={catalogue}
      strings={strings}
      readOnly={state.mode === 'read-only'}
      onDone={() => {
        offer(undefined);
        afterDone?.();
      }}
    />
  );
  return { preview, offer };
}
