import { describe, expect, it } from 'vitest';
import { drillScore } from './score';

describe('drillScore', () => {
  it('counts right judgements among the answered messages', () => {
    expect(drillScore(['scam', 'safe', undefined], ['scam', 'scam', 'safe'])).toEqual({ right: 1, answered: 2 });
    expect(drillScore([], ['scam'])).toEqual({ right: 0, answered: 0 });
  });
});
