/**
 * A quiz as the server renders it. Without JavaScript it is a paper quiz: the learner picks,
 * then opens "Lihat jawaban". <ld-quiz> (quiz-element.ts) turns the same markup into one that
 * checks each answer, explains it and keeps the score; no rendering library ships for it.
 */
import { fill } from '../../lib/text/fill';
import type { QuizItem } from '../../lib/quiz/check';
import { QUIZ_LIVE_KEYS, type QuizStrings } from './strings';

export interface QuizProps {
  items: QuizItem[];
  strings: QuizStrings;
  /** Unique prefix for element ids on the page. */
  idPrefix: string;
  /** An inline single-question Check: no score and nothing saved. */
  inline?: boolean;
}

export default function Quiz({ items, strings, idPrefix, inline = false }: QuizProps) {
  const live = Object.fromEntries(QUIZ_LIVE_KEYS.map((key) => [key, strings[key]]));
  return (
    <ld-quiz class="quiz" data-strings={JSON.stringify(live)} data-inline={inline ? '' : undefined}>
      {items.map((item, index) => (
        <Question
          key={index}
          item={item}
          strings={strings}
          id={`${idPrefix}-${index}`}
          heading={inline ? undefined : fill(strings.questionOf, { number: index + 1, total: items.length })}
        />
      ))}
      {!inline && (
        <div class="quiz-score" hidden>
          <p role="status" />
          <button type="button" class="button button--secondary">
            {strings.retake}
          </button>
        </div>
      )}
    </ld-quiz>
  );
}

interface QuestionProps {
  item: QuizItem;
  strings: QuizStrings;
  id: string;
  heading: string | undefined;
}

function Question({ item, strings, id, heading }: QuestionProps) {
  const many = item.answers.length > 1;
  return (
    <fieldset class="quiz-question" aria-describedby={`${id}-hint`} data-answers={item.answers.join(' ')}>
      <legend>
        {heading && <span class="quiz-number">{heading}</span>}
        {item.question}
      </legend>
      <p id={`${id}-hint`} class="quiz-hint">
        {many ? strings.pickMany : strings.pickOne}
      </p>
      {item.choices.map((choice, index) => (
        <div class="quiz-choice" key={index}>
          <input type={many ? 'checkbox' : 'radio'} id={`${id}-${index}`} name={id} />
          <label for={`${id}-${index}`}>{choice.text}</label>
        </div>
      ))}
      <details class="quiz-answer">
        <summary>{strings.showAnswer}</summary>
        <p>
          {strings.rightAnswer} {item.answers.map((index) => item.choices[index]!.text).join('; ')}
        </p>
        <ul>
          {item.choices.map((choice, index) => (
            <li key={index}>
              <strong>{choice.text}</strong>: <span>{choice.feedback}</span>
            </li>
          ))}
        </ul>
      </details>
      <div class="quiz-actions" hidden>
        <button type="button" class="button">
          {strings.check}
        </button>
      </div>
      <p class="quiz-live" role="status" />
    </fieldset>
  );
}
