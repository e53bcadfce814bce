/**
 * The decision over scored readings: the best answer alone, the list that holds it when the question
 * asks for several, or nothing when no answer is likely enough.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates/candidate.ts';
import { decide } from '../../src/answer/decide.ts';
import type { Scored } from '../../src/answer/features.ts';
import { parseQuestion } from '../../src/qa/parse-question.ts';

const SENTENCE =
  'Ban Thường trực gồm 3 vị: bà Lê Thị Mai, Chủ tịch; ông Phạm Văn Bình, Phó Chủ tịch; bà Ngô Thị Lan, Phó Chủ tịch kiêm nhiệm.';

function reading(text: string, score: number, extra: Partial<Candidate> = {}): Scored {
  const at = SENTENCE.indexOf(text.split(', ')[0] as string);
  return {
    candidate: {
      type: 'person',
      text,
      key: text.toLowerCase(),
      articleId: 'a',
      sentenceIndex: 3,
      span: [at, at + text.length],
      origin: 'span:person',
      prior: 0.8,
      ...extra,
    },
    features: {
      type: 1,
      retrieval: 1,
      focus: 0.5,
      constraints: 1,
      unverified: 0,
      fit: 1,
      prior: 0.8,
      agreement: 0,
      contrast: 0,
      coverage: 0,
    },
    verdicts: [],
    score,
  };
}

describe('decide', () => {
  const bình = reading('Phạm Văn Bình', 7.1);
  const both = reading('Phạm Văn Bình, Ngô Thị Lan', 5.0, {
    type: 'person',
    origin: 'span:people',
    items: ['Phạm Văn Bình', 'Ngô Thị Lan'],
  });

  it('"gồm những ai" takes the list that names the best answer, though the answer alone reads better', () => {
    const d = decide(parseQuestion('pct mttq xa tan lap gom nhung ai'), [bình, both], 3);
    expect(d.chosen.map((s) => s.candidate.text)).toEqual(['Phạm Văn Bình, Ngô Thị Lan']);
  });

  it('one person asked for: the best answer alone', () => {
    const d = decide(parseQuestion('ai là phó chủ tịch mttq xã tân lập'), [bình, both], 3);
    expect(d.chosen.map((s) => s.candidate.text)).toEqual(['Phạm Văn Bình']);
  });

  it('nothing likely enough: no answer', () => {
    const d = decide(parseQuestion('ai là phó chủ tịch mttq xã tân lập'), [reading('Phạm Văn Bình', 1)], 3);
    expect(d.chosen).toEqual([]);
  });
});
