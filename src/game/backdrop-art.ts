// Which place and portrait art ships with the build, by id, fetched only when first shown (Vite finds the files at
// build time; each is its own small chunk, so neither the first script nor the Phaser chunk carries them all).
// A missing file is simply absent from its table, so the backdrop falls back instead of failing. No Phaser here.

type Loader = () => Promise<string>;

const placeFiles = import.meta.glob<string>('../../assets/art/places/*.svg', { query: '?url', import: 'default' });
const portraitFiles = import.meta.glob<string>('../../assets/art/characters/*.svg', {
  query: '?url',
  import: 'default',
});

/** Characters drawn without a portrait: the player is never shown. */
const NO_PORTRAIT: ReadonlySet<string> = new Set(['you']);
/** `kerry-worried.svg` is Kerry looking worried; `kerry.svg` is her usual face. */
const EXPRESSION_SEPARATOR = '-';
/** The faces drawn besides the usual one (core's EXPRESSIONS less `neutral`). */
const FACES = ['worried', 'closed-off'] as const;

function byId(files: Record<string, Loader>): ReadonlyMap<string, Loader> {
  return new Map(
    Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), load]),
  );
}

export interface ArtCatalogue {
  /** The art's URL, or undefined when there is none (or it cannot be had). */
  placeUrl(id: string): Promise<string | undefined>;
  /** The portrait with that expression, else the usual face, else undefined. */
  portraitUrl(id: string, expression?: string): Promise<string | undefined>;
  /** The name of the art a request will draw (`kerry-worried`, or `kerry` when there is no such face). */
  portraitName(id: string, expression?: string): string | undefined;
  /** Whose portrait a name is: `kerry-worried` → `kerry` (an expression changes the face, not the person). */
  personOf(name: string): string;
}

async function fetchUrl(load: Loader | undefined): Promise<string | undefined> {
  try {
    return load ? await load() : undefined;
  } catch {
    return undefined;
  }
}

export function bundledArt(): ArtCatalogue {
  const places = byId(placeFiles);
  const portraits = byId(portraitFiles);
  const portraitName = (id: string, expression?: string): string | undefined => {
    if (NO_PORTRAIT.has(id)) return undefined;
    const drawn = FACES.find((face) => face === expression);
    const faced = drawn ? `${id}${EXPRESSION_SEPARATOR}${drawn}` : undefined;
    if (faced && portraits.has(faced)) return faced;
    return portraits.has(id) ? id : undefined;
  };
  return {
    placeUrl: (id) => fetchUrl(places.get(id)),
    personOf: (name) => {
      const face = FACES.find((f) => name.endsWith(`${EXPRESSION_SEPARATOR}${f}`));
      return face ? name.slice(0, -(face.length + EXPRESSION_SEPARATOR.length)) : name;
    },
    portraitName,
    portraitUrl: (id, expression) => {
      const name = portraitName(id, expression);
      return fetchUrl(name === undefined ? undefined : portraits.get(name));
    },
  };
}
