/**
 * One sentence as every extractor reads it: its syllables, localities, cluster mentions, people,
 * folded forms, dates and years — each computed on first use and then shared, so that a sentence is
 * analysed once however many extractors look at it.
 */
import { type DateMention, findDates, findYearRanges, findYears } from '../text/dates.ts';
import { fold, foldAligned } from '../text/fold.ts';
import { type SyllableToken, syllables } from '../text/tokenize.ts';
import { type ClusterMention, findClusterMentions } from './cluster-mentions.ts';
import { findLocalities, findPersons, type LocalityMention, type PersonMention } from './mentions.ts';

export class SentenceAnalysis {
  #syllables?: SyllableToken[];
  #localities?: LocalityMention[];
  #clusters?: ClusterMention[];
  #persons?: PersonMention[];
  #folded?: string;
  #aligned?: string;
  #dates?: DateMention[];
  #years?: number[];
  #yearRanges?: Array<[number, number]>;

  /**
   * @param text the sentence as written (NFC)
   * @param refYear the article's reference year, which fills the year of dates written without one
   */
  constructor(
    readonly text: string,
    private readonly refYear: number | undefined,
  ) {}

  get syllables(): SyllableToken[] {
    this.#syllables ??= syllables(this.text);
    return this.#syllables;
  }

  /** Localities named in the sentence (any level). Shared: callers must not modify them. */
  get localities(): LocalityMention[] {
    this.#localities ??= findLocalities(this.text, this.syllables);
    return this.#localities;
  }

  get clusters(): ClusterMention[] {
    this.#clusters ??= findClusterMentions(this.text, this.syllables);
    return this.#clusters;
  }

  /** People with their titles. Shared: callers must not modify them. */
  get persons(): PersonMention[] {
    this.#persons ??= findPersons(this.text, this);
    return this.#persons;
  }

  /** Folded for matching (see `fold`); offsets may differ from the text's. */
  get folded(): string {
    this.#folded ??= fold(this.text);
    return this.#folded;
  }

  /** Folded with the text's offsets kept (see `foldAligned`). */
  get aligned(): string {
    this.#aligned ??= foldAligned(this.text);
    return this.#aligned;
  }

  /** Dates, a missing year taken from the article's reference year. */
  get dates(): DateMention[] {
    this.#dates ??= findDates(this.text, this.refYear);
    return this.#dates;
  }

  /** Years written in the sentence, in order, repeats kept. */
  get years(): number[] {
    this.#years ??= findYears(this.text);
    return this.#years;
  }

  get yearRanges(): Array<[number, number]> {
    this.#yearRanges ??= findYearRanges(this.text);
    return this.#yearRanges;
  }
}
