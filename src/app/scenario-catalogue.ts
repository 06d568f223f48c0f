// The scenario list the title and menu show: the bundled stories (found by src/adapters/bundled-stories.ts) in
// menu order, each with its metadata and a loader; story text is loaded only when a scenario starts. Which
// scenario is the warm-up and which the case study is the stories' own `role:` data, never an id written here.
import { storyVersion } from '../core/save/story-version.ts';
import { wholeStory, type StoryFirstPart } from '../core/story/story-parts.ts';
import { SCENARIO_ROLES, type ScenarioRole } from '../core/story/tags.ts';

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly contentNote: string;
  readonly lengthMinutes: number | undefined;
  readonly variantOf: string | undefined;
  /** What the scenario is for (`role:` in the story): the warm-up and the case study come first. */
  readonly role?: ScenarioRole | undefined;
  /** A trainer's own scenario, opened from a file and kept on this device. */
  readonly own?: boolean;
  /** Loads the compiled story JSON. */
  readonly load: () => Promise<string>;
  /** Loads the story's first part (core/story/story-parts.ts), for a quicker first page (bundled scenarios). */
  readonly loadFirstPart?: () => Promise<StoryFirstPart>;
}

/** What a bundled story's loader gives: the whole compiled JSON, or its first part. */
export type StoryLoader = () => Promise<string | StoryFirstPart>;

/** A story loaded whole is its own first part, with no reasons left to load. */
const asFirstPart = (loaded: string | StoryFirstPart): StoryFirstPart =>
  typeof loaded === 'string'
    ? { json: loaded, version: storyVersion(loaded), reasons: () => Promise.resolve([]) }
    : loaded;

type InkMeta = InkScenarioMeta;

const GENERIC_NOTE = 'This scenario may describe child exploitation, abuse, violence and coercion.';

const roleOf = (role: string | undefined): ScenarioRole | undefined => SCENARIO_ROLES.find((known) => known === role);

/** Build entries from module maps (Vite globs in the app, plain objects in tests). */
export function buildCatalogue(metas: Record<string, InkMeta>, loaders: Record<string, StoryLoader>): ScenarioEntry[] {
  const entries = Object.entries(metas).flatMap(([path, meta]) => {
    const folder = path.split('/').at(-2) ?? path;
    const loader = loaders[path];
    if (!loader) return [];
    const loadFirstPart = async (): Promise<StoryFirstPart> => asFirstPart(await loader());
    const load = async () => wholeStory(await loadFirstPart());
    return [
      {
        id: meta.id ?? folder,
        title: meta.title ?? folder,
        summary: meta.summary ?? '',
        contentNote: meta.contentNote ?? GENERIC_NOTE,
        lengthMinutes: meta.lengthMinutes,
        variantOf: meta.variantOf,
        role: roleOf(meta.role),
        load,
        loadFirstPart,
      },
    ];
  });
  return entries.sort(menuOrder);
}

/** The warm-up first, then the case study, its "what if" versions, other practice scenarios, the rest. */
function rank(entry: ScenarioEntry): number {
  if (entry.role === 'warm-up') return 0;
  if (entry.role === 'case-study') return 1;
  if (entry.variantOf && !entry.own) return 2;
  if (entry.role === 'practice') return 3;
  return 4;
}

export function menuOrder(a: ScenarioEntry, b: ScenarioEntry): number {
  return rank(a) - rank(b) || a.title.localeCompare(b.title, 'en-GB');
}

/** What the title offers: "Start here" (the warm-up, then the case study), the case study, and the "what if"s. */
export interface TitleChoices {
  readonly warmUp: ScenarioEntry | undefined;
  readonly caseStudy: ScenarioEntry | undefined;
  /** The "what if" versions of the case study, grouped together. */
  readonly variants: readonly ScenarioEntry[];
}

export function titleChoices(catalogue: readonly ScenarioEntry[]): TitleChoices {
  const bundled = catalogue.filter((entry) => !entry.own);
  const warmUp = bundled.find((entry) => entry.role === 'warm-up');
  const caseStudy = bundled.find((entry) => entry.role === 'case-study');
  const variants = caseStudy ? bundled.filter((entry) => entry.variantOf === caseStudy.id) : [];
  return { warmUp, caseStudy, variants: [...variants].sort(menuOrder) };
}

/** What "Start here" opens: the warm-up, or the case study once the warm-up has been finished. */
export function startHereTarget(choices: TitleChoices, finished: ReadonlySet<string>): ScenarioEntry | undefined {
  const { warmUp, caseStudy } = choices;
  if (warmUp && caseStudy && finished.has(warmUp.id)) return caseStudy;
  return warmUp ?? caseStudy;
}

/** The scenario "Start here" leads on to after this one (the case study after the warm-up), if any. */
export function nextAfter(catalogue: readonly ScenarioEntry[], scenario: ScenarioEntry): ScenarioEntry | undefined {
  if (scenario.role !== 'warm-up') return undefined;
  return titleChoices(catalogue).caseStudy;
}

export function findScenario(catalogue: readonly ScenarioEntry[], id: string): ScenarioEntry | undefined {
  return catalogue.find((entry) => entry.id === id);
}
