// Which place and portrait art ships with the build, as URLs by id (Vite finds the files at build time).
// A missing file is simply absent from its table, so the backdrop falls back instead of failing.

const placeFiles = import.meta.glob<string>('../../assets/art/places/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});
const portraitFiles = import.meta.glob<string>('../../assets/art/characters/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Characters drawn without a portrait: the player is never shown. */
const NO_PORTRAIT: ReadonlySet<string> = new Set(['you']);

function byId(files: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url]),
  );
}

export interface ArtCatalogue {
  placeUrl(id: string): string | undefined;
  portraitUrl(id: string): string | undefined;
}

export function bundledArt(): ArtCatalogue {
  const places = byId(placeFiles);
  const portraits = byId(portraitFiles);
  return {
    placeUrl: (id) => places.get(id),
    portraitUrl: (id) => (NO_PORTRAIT.has(id) ? undefined : portraits.get(id)),
  };
}
