// The one Save/Load dialog, from the pause menu (save and load) and from the title (load): the autosave and the
// named slots, each with scenario, stage, date and a line of where it stands. After saving, the list is redrawn
// from what was stored, so its labels are right at once, and focus stays on the slot just saved.
import type { PlayController } from '../../app/play-controller.ts';
import type { SaveEntry, SaveList, SaveSlots } from '../../app/save-slots.ts';
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { StartMode } from '../../app/start-or-resume.ts';
import { openDialog } from '../dialog.ts';
import { button, formatDate, h } from '../dom.ts';
import { stageLabel } from '../principle-names.ts';
import type { UiContext } from '../ui-context.ts';
import '../../styles/first-run.css';

export interface SaveLoadOptions {
  /** The playthrough on screen: given from the pause menu, so it can be saved. */
  readonly controller?: PlayController;
  readonly onLoad: (scenario: ScenarioEntry, mode: StartMode) => void;
  readonly onClose?: () => void;
}

export function openSaveLoad(ctx: UiContext, slots: SaveSlots, options: SaveLoadOptions): void {
  const words = ctx.words().messages.firstRun;
  const { controller } = options;
  openDialog(
    words.saveLoadTitle,
    (close) => {
      const status = h('p', { role: 'status', class: 'save-status' });
      const list = h('ul', { class: 'save-list', 'aria-label': words.saveLoadTitle });
      const labelInput = controller
        ? h('input', {
            type: 'text',
            id: 'slot-label',
            maxlength: 40,
            value: `${controller.scenario.title}, ${formatDate(ctx.clock.now())}`,
          })
        : undefined;
      const render = (saved: SaveList, focusSlot?: number) => {
        list.replaceChildren(
          ...rows(ctx, saved, slots.slotCount, (entry) => load(entry), controller ? save : undefined),
        );
        if (!saved.autosave && saved.slots.every((s) => !s) && !controller)
          list.append(h('li', { class: 'save-entry empty', text: words.nothingSaved }));
        if (focusSlot) list.querySelector<HTMLElement>(`[data-save-slot="${String(focusSlot)}"]`)?.focus();
      };
      const save = (slot: number) => {
        if (!controller || !labelInput) return;
        void slots.save(controller, slot, labelInput.value).then((outcome) => {
          render(outcome.list, slot);
          status.textContent = outcome.ok ? words.savedIn(slot) : outcome.message;
        });
      };
      const load = (entry: SaveEntry) => {
        const target = slots.loadOf(entry);
        if (!target) return;
        close();
        options.onLoad(target.scenario, target.mode);
      };
      void slots.list().then((saved) => render(saved));
      return [
        h('p', { class: 'muted', text: words.saveLoadIntro }),
        labelInput
          ? h('label', { class: 'field', for: 'slot-label' }, h('span', { text: words.saveName }), labelInput)
          : null,
        list,
        status,
        h('div', { class: 'button-row' }, button(words.done, close, { class: 'primary', id: 'save-load-done' })),
      ];
    },
    { wide: true, onClose: options.onClose },
  );
}

function rows(
  ctx: UiContext,
  saved: SaveList,
  slotCount: number,
  load: (entry: SaveEntry) => void,
  save: ((slot: number) => void) | undefined,
): HTMLElement[] {
  const words = ctx.words().messages.firstRun;
  const items: HTMLElement[] = [];
  if (saved.autosave) items.push(entryRow(ctx, words.autosave, saved.autosave, load, []));
  for (let slot = 1; slot <= slotCount; slot++) {
    const entry = saved.slots[slot - 1];
    const title = entry
      ? words.slotNamed(slot, entry.label ?? entry.scenario?.title ?? entry.scenarioId)
      : words.slotEmpty(slot);
    const saveButton = save
      ? button(
          h(
            'span',
            {},
            entry ? words.replaceHere : words.saveHere,
            h('span', { class: 'visually-hidden', text: `: ${title}` }),
          ),
          () => save(slot),
          { 'data-save-slot': slot, class: entry ? 'small' : 'small primary-outline' },
        )
      : null;
    items.push(
      entry
        ? entryRow(ctx, title, entry, load, saveButton ? [saveButton] : [])
        : h(
            'li',
            { class: 'save-entry empty', 'data-slot': slot },
            h('h3', { text: title }),
            saveButton ? h('div', { class: 'button-row' }, saveButton) : null,
          ),
    );
  }
  return items;
}

function entryRow(
  ctx: UiContext,
  title: string,
  entry: SaveEntry,
  load: (entry: SaveEntry) => void,
  extra: HTMLElement[],
): HTMLElement {
  const words = ctx.words().messages.firstRun;
  const place = entry.place;
  const facts = [
    entry.scenario?.title ?? entry.scenarioId,
    place?.stage ? stageLabel(ctx.principles, place.stage) : '',
    place ? words.decisionsMade(place.decisions) : '',
    words.savedOn(formatDate(entry.savedAt)),
  ].filter(Boolean);
  const loadButton = entry.scenario
    ? button(
        h('span', {}, words.load, h('span', { class: 'visually-hidden', text: words.loadWhat(title) })),
        () => load(entry),
        {
          class: 'small',
          'data-load': entry.kind === 'autosave' ? 'autosave' : String(entry.kind.slot),
        },
      )
    : h('p', { class: 'muted', text: words.scenarioGone });
  return h(
    'li',
    { class: 'save-entry', 'data-slot': entry.kind === 'autosave' ? 'autosave' : entry.kind.slot },
    h('h3', { text: title }),
    h('p', { class: 'save-facts', text: facts.join(' · ') }),
    place?.where ? h('p', { class: 'save-where muted', text: place.where }) : null,
    h('div', { class: 'button-row' }, loadButton, ...extra),
  );
}
