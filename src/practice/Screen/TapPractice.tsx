/**
 * "Ketuk yang benar" as the server renders it: a drawn screen whose choices are real buttons,
 * the question above it, and the answer behind "Lihat jawaban" for a page without JavaScript.
 * <ld-tap> (tap-element.ts) answers each tap like a quiz question: right or wrong, and why.
 */
import type { ComponentChildren } from 'preact';
import { tapChoices, type TapPracticeData } from '../../schemas/screen';
import { Frame, Part, type Zone, type ZoneWrap } from './Drawing';
import { zoneText } from './Screen';
import { TAP_LIVE_KEYS, type ScreenStrings, type TapStrings } from './strings';

export interface TapPracticeProps {
  practice: TapPracticeData;
  screenStrings: ScreenStrings;
  strings: TapStrings;
  /** Page-unique id for the question, which labels the screen. */
  questionId: string;
}

type Choice = NonNullable<TapPracticeData['parts'][number]['choice']>;

/** The choice a zone of a part carries, if any. */
function choiceAt(part: TapPracticeData['parts'][number], zone: Zone): Choice | undefined {
  if (part.choices) return zone === 'allow' ? part.choices.allow : zone === 'deny' ? part.choices.deny : undefined;
  return zone === 'self' ? part.choice : undefined;
}

/** What the right choice says, for the answer a page without JavaScript shows. */
function rightAnswer(practice: TapPracticeData, strings: ScreenStrings): string {
  for (const part of practice.parts) {
    if (part.choices?.allow.correct) return zoneText(part, 'allow', strings);
    if (part.choices?.deny.correct) return zoneText(part, 'deny', strings);
    if (part.choice?.correct) return zoneText(part, 'self', strings);
  }
  return '';
}

export default function TapPractice({ practice, screenStrings, strings, questionId }: TapPracticeProps) {
  const live = Object.fromEntries(TAP_LIVE_KEYS.map((key) => [key, strings[key]]));
  let count = 0;
  const rightLabel = rightAnswer(practice, screenStrings);
  const wrapFor =
    (part: TapPracticeData['parts'][number]): ZoneWrap =>
    (zone, content: ComponentChildren, className) => {
      const choice = choiceAt(part, zone);
      if (!choice) return <span class={className}>{content}</span>;
      return (
        <button
          type="button"
          class={`${className} screen__choice`}
          data-choice={count++}
          data-correct={choice.correct ? '' : undefined}
          data-feedback={choice.feedback}
        >
          {content}
        </button>
      );
    };
  const drawn = practice.parts.map((part, index) => (
    <Part key={index} part={part} strings={screenStrings} wrap={wrapFor(part)} />
  ));
  return (
    <ld-tap class="tap-practice" data-id={practice.id} data-strings={JSON.stringify(live)}>
      <p class="tap-question" id={questionId}>
        <strong>{practice.question}</strong>
      </p>
      <div class="screen" role="group" aria-labelledby={questionId} data-choices={tapChoices(practice).length}>
        <Frame app={practice.app} tone={practice.tone} bar={practice.bar} label={{}}>
          {drawn}
        </Frame>
        <span class="screen__caption">{practice.caption}</span>
      </div>
      <p class="tap-live" role="status" />
      <details class="tap-answer">
        <summary>{strings.answer}</summary>
        <p>
          <strong>{rightLabel}.</strong> {practice.explanation}
        </p>
      </details>
    </ld-tap>
  );
}
