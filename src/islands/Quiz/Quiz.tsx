import { useRef, useState } from 'preact/hooks';
import { checkAnswer, type QuizItem, type Verdict } from '../../lib/quiz/check';
import { quizPassed, recordQuiz } from '../../lib/progress/model';
import { updateProgress } from '../../client/progress-store';
import { fill, lessonIdOf } from '../use-mounted';
import type { QuizStrings } from './strings';

export interface QuizProps {
  items: QuizItem[];
  strings: QuizStrings;
  /** Unique prefix for element ids on the page. */
  idPrefix: string;
  /** An inline single-question Check: no score and nothing saved. */
  inline?: boolean;
}

interface Answer {
  selected: number[];
  verdict?: Verdict | undefined;
  /** Whether the first check of this attempt was right: that is what the score counts. */
  firstCorrect?: boolean | undefined;
}

export default function Quiz({ items, strings, idPrefix, inline = false }: QuizProps) {
  const root = useRef<HTMLDivElement>(null);
  const [answers, setAnswers] = useState<Answer[]>(() => items.map(() => ({ selected: [] })));
  const [recorded, setRecorded] = useState(false);

  const update = (index: number, answer: Answer) => {
    const next = answers.map((current, i) => (i === index ? answer : current));
    setAnswers(next);
    const done = next.every((item) => item.firstCorrect !== undefined);
    const lessonId = lessonIdOf(root.current);
    if (!inline && done && !recorded && lessonId) {
      const score = next.filter((item) => item.firstCorrect).length;
      updateProgress((progress) => recordQuiz(progress, lessonId, score, items.length, Date.now()));
      setRecorded(true);
    }
  };
  const score = answers.filter((item) => item.firstCorrect).length;
  const finished = answers.every((item) => item.firstCorrect !== undefined);

  return (
    <div ref={root} class="quiz">
      {items.map((item, index) => (
        <Question
          key={index}
          item={item}
          answer={answers[index]!}
          strings={strings}
          id={`${idPrefix}-${index}`}
          heading={inline ? undefined : fill(strings.questionOf, { number: index + 1, total: items.length })}
          onChange={(answer) => update(index, answer)}
        />
      ))}
      {!inline && finished && (
        <div class="quiz-score" role="status">
          <p>
            <strong>{fill(strings.score, { score, total: items.length })}</strong>{' '}
            {quizPassed(score, items.length) ? strings.passed : strings.notPassed}
          </p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAnswers(items.map(() => ({ selected: [] })));
              setRecorded(false);
              root.current?.querySelector('input')?.focus();
            }}
          >
            {strings.retake}
          </button>
        </div>
      )}
    </div>
  );
}

interface QuestionProps {
  item: QuizItem;
  answer: Answer;
  strings: QuizStrings;
  id: string;
  heading: string | undefined;
  onChange: (answer: Answer) => void;
}

function Question({ item, answer, strings, id, heading, onChange }: QuestionProps) {
  const many = item.answers.length > 1;
  const [hint, setHint] = useState('');
  const checked = answer.verdict !== undefined;
  const toggle = (index: number, on: boolean) => {
    setHint('');
    const selected = many ? (on ? [...answer.selected, index] : answer.selected.filter((i) => i !== index)) : [index];
    onChange({ ...answer, selected, verdict: undefined });
  };
  const check = () => {
    if (answer.selected.length === 0) return setHint(strings.chooseFirst);
    const verdict = checkAnswer(item, answer.selected);
    onChange({ ...answer, verdict, firstCorrect: answer.firstCorrect ?? verdict.correct });
  };

  return (
    <fieldset class="quiz-question" aria-describedby={`${id}-hint`}>
      <legend>
        {heading && <span class="quiz-number">{heading}</span>}
        {item.question}
      </legend>
      <p id={`${id}-hint`} class="quiz-hint">
        {many ? strings.pickMany : strings.pickOne}
      </p>
      {item.choices.map((choice, index) => {
        const chosen = answer.selected.includes(index);
        const right = item.answers.includes(index);
        return (
          <div class={`quiz-choice${checked && chosen ? (right ? ' is-right' : ' is-wrong') : ''}`} key={index}>
            <input
              type={many ? 'checkbox' : 'radio'}
              id={`${id}-${index}`}
              name={id}
              checked={chosen}
              onChange={(event) => toggle(index, event.currentTarget.checked)}
            />
            <label for={`${id}-${index}`}>{choice.text}</label>
            {checked && chosen && (
              <p class="quiz-feedback">
                <span class="quiz-mark">{right ? `✓ ${strings.right}` : `✗ ${strings.wrong}`}</span> {choice.feedback}
              </p>
            )}
          </div>
        );
      })}
      <div class="quiz-actions">
        {checked && !answer.verdict?.correct ? (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => onChange({ ...answer, selected: [], verdict: undefined })}
          >
            {strings.tryAgain}
          </button>
        ) : (
          <button type="button" class="button" onClick={check} disabled={checked}>
            {strings.check}
          </button>
        )}
      </div>
      <p class="quiz-live" role="status" aria-live="polite">
        {hint ||
          (answer.verdict &&
            `${answer.verdict.correct ? strings.right : strings.wrong}. ${answer.selected.map((i) => item.choices[i]!.feedback).join(' ')}${many && answer.verdict.missed.length > 0 ? ` ${strings.missed}` : ''}`)}
      </p>
    </fieldset>
  );
}
