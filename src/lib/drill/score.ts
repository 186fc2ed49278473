/** Scoring for scam drills: the learner judges each message safe or a scam. */
export type Verdict = 'scam' | 'safe';

export function drillScore(
  answers: readonly (Verdict | undefined)[],
  truth: readonly Verdict[],
): { right: number; answered: number } {
  let right = 0;
  let answered = 0;
  answers.forEach((answer, index) => {
    if (answer === undefined) return;
    answered++;
    if (answer === truth[index]) right++;
  });
  return { right, answered };
}
