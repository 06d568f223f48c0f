// The benchmark's baseline: the inkjs runtime and the compiled Cassie and Jo story, nothing else. Shows the
// text up to each choice as plain paragraphs and the options as buttons (number keys choose); at an ending,
// "Play again" starts a new playthrough with a new Story, as the game starts a new session.
import { Story } from 'inkjs';

const root = document.getElementById('story')!;
let story: Story | undefined;

function render(): void {
  if (!story) return;
  const paragraphs: HTMLElement[] = [];
  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    if (text === '') continue;
    const p = document.createElement('p');
    p.textContent = text;
    paragraphs.push(p);
  }
  const list = document.createElement('ol');
  list.className = 'choices';
  story.currentChoices.forEach((choice, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = choice.text;
    button.addEventListener('click', () => choose(index));
    item.append(button);
    list.append(item);
  });
  if (story.currentChoices.length === 0) {
    const again = document.createElement('button');
    again.type = 'button';
    again.id = 'again';
    again.textContent = 'Play again';
    again.addEventListener('click', () => void start());
    root.replaceChildren(...paragraphs, again);
  } else {
    root.replaceChildren(...paragraphs, list);
  }
}

function choose(index: number): void {
  if (!story || index < 0 || index >= story.currentChoices.length) return;
  story.ChooseChoiceIndex(index);
  render();
}

async function start(): Promise<void> {
  // The story comes as its own chunk, as in the game, so its bytes can be counted apart from the runtime.
  const { default: json } = await import('../../stories/cassie-and-jo/main.ink');
  story = new Story(json);
  render();
}

document.addEventListener('keydown', (event) => {
  if (/^[1-9]$/.test(event.key)) choose(Number(event.key) - 1);
  else if (event.key === 'Enter' && story && story.currentChoices.length === 0) void start();
});

void start();
