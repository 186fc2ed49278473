/** Answer checking for quizzes: pure, so the rules are the same in tests and pages. */
export interface QuizItem {
  question: string;
  choices: { text: string; feedback: string }[];
  /** Indices of the right choices. */
  answers: number[];
}

export interface Verdict {
  correct: boolean;
  /** Right choices the learner did not pick (multiple-answer questions). */
  missed: number[];
}

export function checkAnswer(item: Pick<QuizItem, 'answers'>, selected: readonly number[]): Verdict {
  const picked = new Set(selected);
  const missed = item.answers.filter((index) => !picked.has(index));
  const wrong = [...picked].filter((index) => !item.answers.includes(index));
  return { correct: missed.length === 0 && wrong.length === 0 && picked.size > 0, missed };
}

/** Turns frontmatter (answers as choice texts) into indices, so pages ship numbers, not repeated text. */
export function toQuizItem(question: {
  question: string;
  choices: { text: string; feedback: string }[];
  answer: string | string[];
}): QuizItem {
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  return {
    question: question.question,
    choices: question.choices,
    answers: question.choices.flatMap((choice, index) => (answers.includes(choice.text) ? [index] : [])),
  };
}
