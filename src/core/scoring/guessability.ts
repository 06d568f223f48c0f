// The guessability report: can the best-tagged option be found without thinking, by its place, its length,
// or because it never costs anything? Measured over every decision point met, plus "always pick the first /
// last / longest / shortest" walks compared with the best-tagged walk. Pure: plays compiled ink through InkRunner.
import { InkRunner, type StoryOption } from '../story/ink-runner.ts';
import { findTag } from '../story/tags.ts';

export type GuessPolicy = 'best' | 'first' | 'last' | 'longest' | 'shortest';

export interface PolicyWalk {
  readonly policy: GuessPolicy;
  /** The ending reached, or undefined when the walk stopped without one. */
  readonly ending: string | undefined;
  readonly decisions: number;
}

export interface GuessShare {
  readonly count: number;
  readonly share: number;
}

export interface GuessabilityReport {
  readonly decisionPoints: number;
  /** The best-tagged option (supports − undermines) is written first. */
  readonly bestFirst: GuessShare;
  /** The best-tagged option is also the longest. */
  readonly bestLongest: GuessShare;
  /** The best-tagged option strains nothing. */
  readonly bestCostFree: GuessShare;
  /** Every option strains at least one principle: a true dilemma. */
  readonly everyOptionStrains: GuessShare;
  readonly walks: readonly PolicyWalk[];
  /** Thresholds missed, in words; empty when the scenario meets every one. */
  readonly missed: readonly string[];
}

/** The bar every shipped scenario meets; authors of their own scenarios see it as advice. */
export const GUESSABILITY_THRESHOLDS = {
  bestFirstAtMost: 0.4,
  bestLongestAtMost: 0.4,
  bestCostFreeAtMost: 0.35,
  everyOptionStrainsAtLeast: 0.4,
} as const;

const MAX_CHOICES = 500;

const score = (o: StoryOption): number => o.supports.length - o.undermines.length;
const practice = (options: readonly StoryOption[]): StoryOption[] => options.filter((o) => !o.aside);

/** The first option (in written order) with the highest, or lowest, value of `measure`. */
function pick(options: readonly StoryOption[], measure: (o: StoryOption) => number, highest: boolean): StoryOption {
  return options.reduce((kept, o) => ((highest ? measure(o) > measure(kept) : measure(o) < measure(kept)) ? o : kept));
}

const POLICIES: Readonly<Record<GuessPolicy, (options: readonly StoryOption[]) => StoryOption>> = {
  best: (options) => pick(options, score, true),
  first: (options) => options[0]!,
  last: (options) => options.at(-1)!,
  longest: (options) => pick(options, (o) => o.text.length, true),
  shortest: (options) => pick(options, (o) => o.text.length, false),
};

/**
 * Measure one decision point's options, in written order. When every option scores the same there is no
 * best option to find, so neither its place nor its length can give it away.
 */
function measureDecision(options: readonly StoryOption[]) {
  const shown = practice(options);
  const top = Math.max(...shown.map(score));
  const best = shown.filter((o) => score(o) === top);
  const longest = POLICIES.longest(shown);
  const singled = best.length < shown.length;
  return {
    bestFirst: singled && score(shown[0]!) === top,
    bestLongest: singled && score(longest) === top,
    bestCostFree: best.some((o) => o.undermines.length === 0),
    everyOptionStrains: shown.every((o) => o.undermines.length > 0),
  };
}

/**
 * Walk the story taking the option a policy picks at every decision (asides: the first). `stepBudget` is the
 * ink steps one stretch between choices may take (the game's own budget unless given): counts, never time.
 */
export function walkPolicy(
  json: string,
  principleIds: ReadonlySet<string>,
  policy: GuessPolicy,
  seed = 1,
  stepBudget?: number,
): PolicyWalk {
  const created = InkRunner.create(json, principleIds, { stepBudget });
  if (!created.ok) return { policy, ending: undefined, decisions: 0 };
  const runner = created.runner;
  runner.setSeed(seed);
  let ending: string | undefined;
  let decisions = 0;
  for (let choices = 0; choices <= MAX_CHOICES; choices++) {
    const step = runner.continueStory();
    for (const line of step.lines) ending = findTag(line.tags, 'ending')?.id ?? ending;
    if (step.error || step.options.length === 0) return { policy, ending: step.error ? undefined : ending, decisions };
    const shown = practice(step.options);
    const option = shown.length > 0 ? POLICIES[policy](shown) : step.options[0]!;
    if (shown.length > 0) decisions++;
    if (runner.choose(option.index)) return { policy, ending: undefined, decisions };
  }
  return { policy, ending: undefined, decisions };
}

const share = (count: number, total: number): GuessShare => ({ count, share: total === 0 ? 0 : count / total });
const percent = (s: GuessShare): string => `${Math.round(s.share * 100)}%`;

export function guessability(
  json: string,
  principleIds: ReadonlySet<string>,
  decisionOptions: ReadonlyMap<string, readonly StoryOption[]>,
  stepBudget?: number,
): GuessabilityReport {
  const measured = [...decisionOptions.values()].filter((o) => practice(o).length > 1).map(measureDecision);
  const total = measured.length;
  const count = (key: keyof ReturnType<typeof measureDecision>) => share(measured.filter((m) => m[key]).length, total);
  const report = {
    decisionPoints: total,
    bestFirst: count('bestFirst'),
    bestLongest: count('bestLongest'),
    bestCostFree: count('bestCostFree'),
    everyOptionStrains: count('everyOptionStrains'),
    walks: (['best', 'first', 'last', 'longest', 'shortest'] as const).map((p) =>
      walkPolicy(json, principleIds, p, 1, stepBudget),
    ),
  };
  return { ...report, missed: missedThresholds(report) };
}

function missedThresholds(r: Omit<GuessabilityReport, 'missed'>): string[] {
  const t = GUESSABILITY_THRESHOLDS;
  const missed: string[] = [];
  if (r.decisionPoints === 0) return missed;
  if (r.bestFirst.share > t.bestFirstAtMost)
    missed.push(
      `The best-tagged option is written first at ${percent(r.bestFirst)} of decision points (at most ${t.bestFirstAtMost * 100}%).`,
    );
  if (r.bestLongest.share > t.bestLongestAtMost)
    missed.push(
      `The best-tagged option is also the longest at ${percent(r.bestLongest)} of decision points (at most ${t.bestLongestAtMost * 100}%).`,
    );
  if (r.bestCostFree.share > t.bestCostFreeAtMost)
    missed.push(
      `The best-tagged option strains nothing at ${percent(r.bestCostFree)} of decision points (at most ${t.bestCostFreeAtMost * 100}%).`,
    );
  if (r.everyOptionStrains.share < t.everyOptionStrainsAtLeast)
    missed.push(
      `Every option strains something at only ${percent(r.everyOptionStrains)} of decision points (at least ${t.everyOptionStrainsAtLeast * 100}%).`,
    );
  const best = r.walks.find((w) => w.policy === 'best')?.ending;
  for (const policy of ['longest', 'shortest'] as const) {
    const walk = r.walks.find((w) => w.policy === policy);
    if (best !== undefined && walk?.ending === best)
      missed.push(`Always taking the ${policy} option reaches the same ending as the best-tagged path ("${best}").`);
  }
  return missed;
}
