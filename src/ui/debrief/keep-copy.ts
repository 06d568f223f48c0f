// Keep a copy: print the one-page summary (or it and every decision), a Word document for a CPD portfolio,
// Markdown and JSON; and the appendix that only print shows (every decision opened out, and the notes).
import type { SoloDebrief } from '../../app/debrief-service.ts';
import type { BinaryFile } from '../../app/export-file.ts';
import type { PlayController } from '../../app/play-controller.ts';
import { noteTitle } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { saveFile } from '../download.ts';
import { mappingList } from '../option-mapping.ts';
import type { UiContext } from '../ui-context.ts';
import { debriefWords } from './debrief-words.ts';
import '../../styles/later.css';

/** Save bytes made on the device as a download; nothing is uploaded anywhere. */
function saveBytes(file: BinaryFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
  const link = h('a', { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Print with the summary alone or with the appendix: the choice is an attribute the print stylesheet reads. */
function printAs(root: HTMLElement, mode: 'summary' | 'full'): void {
  root.dataset.print = mode;
  window.addEventListener('afterprint', () => (root.dataset.print = 'full'), { once: true });
  window.print();
}

export function keepCopy(ctx: UiContext, debrief: SoloDebrief, root: HTMLElement): HTMLElement {
  const w = debriefWords(ctx);
  const status = h('p', { class: 'muted', role: 'status' });
  const word = button(
    w.word,
    () => {
      word.disabled = true;
      status.textContent = w.wordMaking;
      debrief
        .documentFile()
        .then((file) => {
          if (file) saveBytes(file);
          status.textContent = '';
        })
        .catch(() => (status.textContent = w.wordFailed))
        .finally(() => (word.disabled = false));
    },
    { id: 'export-docx', class: 'primary' },
  );
  return h(
    'section',
    { class: 'keep-copy no-print', 'aria-labelledby': 'keep-heading' },
    h('h2', { id: 'keep-heading', text: w.keepHeading }),
    h('p', { class: 'muted', text: w.keepLead }),
    h(
      'div',
      { class: 'button-row' },
      button(w.printSummary, () => printAs(root, 'summary'), { id: 'print-summary' }),
      button(w.printAll, () => printAs(root, 'full'), { id: 'print-all' }),
      debrief.canWriteDocument ? word : null,
      button(w.markdown, () => saveFile(debrief.markdownFile()), { id: 'export-markdown' }),
      button(w.json, () => saveFile(debrief.jsonFile()), { id: 'export-json' }),
    ),
    status,
  );
}

/** What print adds after the one-page summary: every decision opened out, then the notes. Hidden on screen. */
export function printAppendix(ctx: UiContext, debrief: SoloDebrief, controller: PlayController): HTMLElement {
  const w = debriefWords(ctx);
  const notes = Object.entries(controller.allNotes()).filter(([, text]) => text.trim() !== '');
  return h(
    'section',
    { class: 'print-appendix', 'aria-hidden': 'true' },
    h('h2', { text: w.appendix }),
    ...debrief.debrief.decisions.map((d) =>
      h(
        'div',
        { class: 'print-decision' },
        h('h3', { text: w.decisionN(d.ordinal) }),
        d.situation.length ? h('p', { class: 'situation', text: d.situation.join(' ') }) : null,
        h('p', {}, h('strong', { text: `${w.youChose}: ` }), d.chosen.text),
        mappingList(ctx.principles, d.chosen),
        d.chosen.why ? h('p', { text: d.chosen.why }) : null,
        d.notTaken.length
          ? h('ul', {}, ...d.notTaken.map((o) => h('li', { text: `${o.text}${o.why ? ` (${o.why})` : ''}` })))
          : null,
      ),
    ),
    notes.length ? h('h2', { text: w.playNotes }) : null,
    ...notes.map(([key, text]) =>
      h(
        'div',
        { class: 'print-note' },
        h('h3', { text: noteTitle(ctx.principles, key) }),
        h('p', { class: 'pre-wrap', text }),
      ),
    ),
  );
}
