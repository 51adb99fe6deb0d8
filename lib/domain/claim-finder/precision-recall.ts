// How well the check-worthiness score agrees with sentences labelled by hand:
// one computation for the unit tests' floor and the bench's figures.
import { scoreSentence } from './score-sentence';

export interface LabelledSentence {
  sentence: string;
  checkworthy: boolean;
}

export interface Agreement {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function precisionRecall(labels: LabelledSentence[], threshold: number): Agreement {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { sentence, checkworthy } of labels) {
    const predicted = scoreSentence(sentence).score >= threshold;
    if (predicted && checkworthy) tp += 1;
    else if (predicted) fp += 1;
    else if (checkworthy) fn += 1;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
