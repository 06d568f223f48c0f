// Which portrait file a speaker and an expression draw: the face asked for, else the usual one; never another person.
import { describe, expect, it } from 'vitest';
import { bundledArt } from '../../src/game/backdrop-art.ts';

describe('the bundled art', () => {
  const art = bundledArt();

  it('draws the expression asked for, and the usual face when there is none or no such face', () => {
    expect(art.portraitName('michelle', 'worried')).toBe('michelle-worried');
    expect(art.portraitName('michelle', 'closed-off')).toBe('michelle-closed-off');
    expect(art.portraitName('michelle')).toBe('michelle');
    expect(art.portraitName('michelle', 'furious')).toBe('michelle');
    // A role portrait has one face: an expression falls back to it.
    expect(art.portraitName('support-worker', 'worried')).toBe('support-worker');
  });

  it('never turns an expression into someone else, and never draws the player', () => {
    // "jo" + "-mum" is a file, but "mum" is not an expression.
    expect(art.portraitName('jo', 'mum')).toBe('jo');
    expect(art.portraitName('you')).toBeUndefined();
    expect(art.portraitName('bus-driver')).toBeUndefined();
  });

  it('knows whose face a file is, so a change of expression is not a new entrance', () => {
    expect(art.personOf('kerry-worried')).toBe('kerry');
    expect(art.personOf('dc-priestley-closed-off')).toBe('dc-priestley');
    expect(art.personOf('jo-mum')).toBe('jo-mum');
  });

  it('fetches the art only when asked, and answers undefined for art that does not exist', async () => {
    await expect(art.placeUrl('park-day')).resolves.toMatch(/park-day/);
    await expect(art.portraitUrl('kerry', 'worried')).resolves.toMatch(/kerry-worried/);
    await expect(art.placeUrl('the-moon')).resolves.toBeUndefined();
  });
});
