// The debrief as a document for a CPD portfolio or supervision: plain blocks (headings, paragraphs, lists,
// a table) that an adapter turns into a Word file. Ending titles and principle names only, never ids. Pure.
import type { PrincipleCatalogue } from '../principles/principle-catalogue.ts';
import { noteTitle, principleNames } from '../principles/principle-lookup.ts';
import type { PrincipleEvidence, Standouts } from '../scoring/principle-evidence.ts';
import type { TurningPoint } from '../scoring/turning-points.ts';
import { endingLabel } from '../session/scene-page.ts';
import { minutesSpent, type DebriefExportInput } from './debrief-export.ts';

export type DocBlock =
  | { readonly kind: 'title' | 'heading' | 'subheading' | 'paragraph' | 'bullet' | 'quote'; readonly text: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Makes a Word file from blocks, on the device (the adapter loads its library only when asked). */
export type DocumentWriter = (blocks: readonly DocBlock[]) => Promise<Uint8Array<ArrayBuffer>>;

export interface DocumentInput extends DebriefExportInput {
  readonly turningPoints: readonly TurningPoint[];
  readonly standouts: Standouts;
  readonly evidence: readonly PrincipleEvidence[];
}

const b = (kind: 'title' | 'heading' | 'subheading' | 'paragraph' | 'bullet' | 'quote', text: string): DocBlock => ({
  kind,
  text,
});
const list = (ordinals: readonly { ordinal: number }[]) => ordinals.map((m) => m.ordinal + 1).join(', ');

function summaryBlocks(input: DocumentInput): DocBlock[] {
  const { debrief } = input;
  const out: DocBlock[] = [
    b('title', `Practice Paths debrief: ${input.scenarioTitle}`),
    b(
      'paragraph',
      `${new Date(input.exportedAt).toISOString().slice(0, 10)} · about ${minutesSpent(input)} minutes · ${debrief.decisions.length} decisions`,
    ),
    b('heading', `Ending: ${endingLabel(debrief) ?? 'not reached yet'}`),
  ];
  if (input.endingText) out.push(b('quote', input.endingText));
  if (input.turningPoints.length) out.push(b('heading', 'Turning points'));
  for (const t of input.turningPoints)
    out.push(
      b(
        'bullet',
        `Decision ${t.ordinal + 1}: you chose “${t.chosen.text}”. Instead, “${t.instead.text}” ${t.wouldEnd ? `would have ended at “${endingLabel(t.wouldEnd) ?? ''}”` : 'would have ended in the same place, with a different principle profile'}.`,
      ),
    );
  const { supported, strained } = input.standouts;
  if (supported || strained) out.push(b('heading', 'The principles that stood out'));
  if (supported)
    out.push(
      b(
        'paragraph',
        `Most supported: ${supported.name}. At decision ${supported.example.ordinal + 1} you chose “${supported.example.chosenText}”${supported.example.why ? `: ${supported.example.why}` : '.'}`,
      ),
    );
  if (strained)
    out.push(
      b(
        'paragraph',
        `Most strained: ${strained.name}. At decision ${strained.example.ordinal + 1} you chose “${strained.example.chosenText}”${strained.example.why ? `: ${strained.example.why}` : '.'}`,
      ),
    );
  return out;
}

function profileBlocks(input: DocumentInput): DocBlock[] {
  if (!input.debrief.mapped) return [];
  return [
    b('heading', 'Profile across the eight Practice Principles'),
    b('paragraph', 'The principles are of equal weight and work together: there is no total score.'),
    {
      kind: 'table',
      header: ['Principle', 'Supported at decisions', 'Strained at decisions'],
      rows: input.evidence.map((e) => [e.name, list(e.supportedBy) || '—', list(e.strainedBy) || '—']),
    },
  ];
}

function decisionBlocks(input: DocumentInput, catalogue: PrincipleCatalogue): DocBlock[] {
  const names = (ids: readonly string[]) => principleNames(catalogue, ids).join('; ');
  const out: DocBlock[] = [b('heading', 'Every decision, and the roads not taken')];
  for (const d of input.debrief.decisions) {
    out.push(b('subheading', `Decision ${d.ordinal + 1}${d.stage ? `: ${noteTitle(catalogue, d.stage)}` : ''}`));
    if (d.situation.length) out.push(b('quote', d.situation.join(' ')));
    out.push(b('paragraph', `You chose: ${d.chosen.text}`));
    if (d.chosen.supports.length) out.push(b('bullet', `Supports: ${names(d.chosen.supports)}`));
    if (d.chosen.undermines.length) out.push(b('bullet', `Strains: ${names(d.chosen.undermines)}`));
    if (d.chosen.why) out.push(b('bullet', `Why: ${d.chosen.why}`));
    for (const o of d.notTaken) {
      const mapping = [
        o.supports.length ? `supports ${names(o.supports)}` : '',
        o.undermines.length ? `strains ${names(o.undermines)}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      out.push(b('bullet', `Not taken: ${o.text}${mapping ? ` (${mapping})` : ''}${o.why ? `. ${o.why}` : ''}`));
    }
  }
  return out;
}

function noteBlocks(input: DocumentInput, catalogue: PrincipleCatalogue): DocBlock[] {
  const notes = Object.entries(input.notes).filter(([, text]) => text.trim() !== '');
  const out: DocBlock[] = [b('heading', 'My notes')];
  if (notes.length === 0) out.push(b('paragraph', 'No notes were written.'));
  for (const [key, text] of notes)
    out.push(b('subheading', noteTitle(catalogue, key)), ...text.split(/\r?\n/).map((line) => b('paragraph', line)));
  return out;
}

export function debriefDocument(input: DocumentInput, catalogue: PrincipleCatalogue): DocBlock[] {
  return [
    ...summaryBlocks(input),
    ...profileBlocks(input),
    ...decisionBlocks(input, catalogue),
    ...noteBlocks(input, catalogue),
    b(
      'paragraph',
      'Informed by the Practice Principles of the Tackling Child Exploitation Support Programme. Made with Practice Paths on this device.',
    ),
  ];
}
