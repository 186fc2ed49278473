import { useEffect, useRef, useState } from 'preact/hooks';
import { drillScore, type Verdict } from '../../lib/drill/score';
import { recordExercise } from '../../lib/progress/model';
import { updateProgress } from '../../client/progress-store';
import type { ScamDrillData } from '../../schemas/exercise';
import { fill, lessonIdOf } from '../use-mounted';
import type { DrillStrings } from './strings';

export interface ScamDrillProps {
  drill: ScamDrillData;
  strings: DrillStrings;
}
type Message = ScamDrillData['messages'][number];

export default function ScamDrill({ drill, strings }: ScamDrillProps) {
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<HTMLElement>(null);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(Verdict | undefined)[]>([]);
  const [interacted, setInteracted] = useState(false);
  const total = drill.messages.length;
  const finished = index >= total;
  const truth = drill.messages.map((message) => message.verdict);

  useEffect(() => {
    if (interacted) focusTarget.current?.focus();
  }, [index, answers, interacted]);

  const answer = (verdict: Verdict) => {
    const next = [...answers];
    next[index] = verdict;
    setAnswers(next);
    setInteracted(true);
    if (next.filter(Boolean).length === total) {
      const lessonId = lessonIdOf(root.current);
      if (lessonId) updateProgress((progress) => recordExercise(progress, lessonId, drill.id, Date.now()));
    }
  };

  if (finished) {
    const { right } = drillScore(answers, truth);
    return (
      <div class="drill" ref={root}>
        <p class="drill-result" tabIndex={-1} ref={focusTarget as never} role="status">
          <strong>{fill(strings.score, { right, total })}</strong>
        </p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setAnswers([]);
            setIndex(0);
          }}
        >
          {strings.restart}
        </button>
      </div>
    );
  }

  const message = drill.messages[index]!;
  const given = answers[index];
  return (
    <div class="drill" ref={root}>
      <p class="drill-progress">{fill(strings.messageOf, { number: index + 1, total })}</p>
      <MessageCard message={message} strings={strings} focusRef={given ? undefined : focusTarget} />
      {given === undefined ? (
        <div class="drill-actions" role="group" aria-label={strings.answer}>
          <button type="button" class="button drill-safe" onClick={() => answer('safe')}>
            {strings.safe}
          </button>
          <button type="button" class="button drill-scam" onClick={() => answer('scam')}>
            {strings.scam}
          </button>
        </div>
      ) : (
        <div class={`drill-feedback ${given === message.verdict ? 'is-right' : 'is-wrong'}`}>
          <p tabIndex={-1} ref={focusTarget as never}>
            <strong>{given === message.verdict ? `✓ ${strings.right}` : `✗ ${strings.wrong}`}</strong>{' '}
            {fill(strings.itWas, { verdict: message.verdict === 'scam' ? strings.scam : strings.safe })}
          </p>
          {message.flags.length > 0 && (
            <>
              <p>{strings.flags}</p>
              <ul>
                {message.flags.map((flag) => (
                  <li key={flag}>{flag}</li>
                ))}
              </ul>
            </>
          )}
          <p>{message.explanation}</p>
          <button type="button" class="button" onClick={() => setIndex(index + 1)}>
            {strings.next}
          </button>
        </div>
      )}
    </div>
  );
}

/** One message as it arrives: also the no-JavaScript fallback's card, rendered by Astro. */
export function MessageCard({
  message,
  strings,
  focusRef,
}: {
  message: Message;
  strings: DrillStrings;
  focusRef?: { current: HTMLElement | null } | undefined;
}) {
  return (
    <figure
      class={`drill-message drill-message--${message.channel}`}
      tabIndex={focusRef ? -1 : undefined}
      ref={focusRef as never}
    >
      <figcaption>
        <span class="drill-channel">{strings[`channel.${message.channel}`]}</span> <strong>{message.from}</strong>
      </figcaption>
      <p>{message.text}</p>
      {message.attachment && (
        <p class="drill-attachment">
          {strings.attachment} <strong>{message.attachment}</strong>
        </p>
      )}
      {message.link && (
        <p class="drill-link">
          {strings.link} <span class="host">{message.link}</span>
        </p>
      )}
    </figure>
  );
}
