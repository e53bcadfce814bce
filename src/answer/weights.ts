/**
 * The reader's weights and decision options — the only tuning it has. A candidate's score is the
 * weighted sum of its features (features.ts); the probability of an answer is the softmax of the
 * scores of the readings that say it against every other reading and against "no answer" (whose
 * score is `noAnswer`). The weights are fitted by `scripts/fit-weights.ts` on the seed, dev and
 * dev2-tune questions (dev2-check held out), and the confidence threshold calibrated there for at most
 * 1% wrong answers; see the README's "How it is built".
 */
import type { Features } from './features.ts';

export interface Weights {
  features: Readonly<Record<keyof Features, number>>;
  /** The score of answering nothing: the softmax's alternative to every candidate. */
  noAnswer: number;
}

export const WEIGHTS: Weights = {
  features: {
    type: 0.93,
    retrieval: 2.2,
    focus: 1.59,
    constraints: 0.23,
    unverified: -0.33,
    fit: 1.71,
    prior: 0.33,
    agreement: -0.07,
    contrast: 1.93,
    coverage: 1.29,
  },
  noAnswer: 3.01,
};

export interface DecisionOptions {
  /** Least probability of the answer given (of all the readings that say it). */
  confidence: number;
  /**
   * Answers of other articles (other clusters, places or years), and several answers of one sentence
   * (co-chairs, joint recipients), are given too when this likely relative to the best.
   */
  listRatio: number;
  /** When a question asks for several: a list naming the best answer is given when this likely relative to it. */
  severalListRatio: number;
  /** Most answers listed. */
  maxItems: number;
}

export const DECISION: DecisionOptions = {
  confidence: 0.5,
  listRatio: 0.5,
  severalListRatio: 0.1,
  maxItems: 6,
};

export function scoreOf(f: Features, w: Weights = WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(w.features) as Array<keyof Features>) s += w.features[k] * f[k];
  return s;
}
