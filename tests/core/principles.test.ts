import { describe, expect, it } from 'vitest';
import raw from '../../stories/principles.json';
import { principleById, validatePrincipleCatalogue } from '../../src/core/principles/principle-catalogue.ts';

describe('principles.json', () => {
  it("holds the eight principles, each with a name, the child's statement and questions", () => {
    const result = validatePrincipleCatalogue(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.principles.map((p) => p.id)).toEqual([
      'children-first',
      'challenge-inequality',
      'curious-informed',
      'child-voice',
      'strengths-relationships',
      'parents-as-partners',
      'trauma-informed',
      'safer-spaces',
    ]);
    expect(principleById(result.catalogue, 'child-voice').feels).toMatch(/^I feel heard/);
    expect(result.catalogue.checkpoints.map((c) => c.id)).toEqual(['taking-stock', 'overall-reflections']);
  });

  it('rejects a broken catalogue and says what is wrong', () => {
    const broken = structuredClone(raw) as { principles: Record<string, unknown>[] };
    broken.principles[2]!.feels = '';
    broken.principles.pop();
    const result = validatePrincipleCatalogue(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join(' ')).toMatch(/principles\[2\]\.feels/);
    expect(result.problems.join(' ')).toMatch(/eight principles; found 7/);
    expect(validatePrincipleCatalogue('nonsense').ok).toBe(false);
  });

  it('throws a message naming the id on a failed lookup', () => {
    const result = validatePrincipleCatalogue(raw);
    if (!result.ok) throw new Error('catalogue invalid');
    expect(() => principleById(result.catalogue, 'nope')).toThrow(/"nope"/);
  });
});
