// `npm run bench`: builds the game and a bare ink player (bench/bare-player/) for production, serves both with
// gzip on 127.0.0.1, measures them side by side in headless Chromium, measures the story engine in Node,
// prints one report and writes it to bench/results/latest.md. Not part of `npm test`.
//
// Environment: BENCH_RUNS (load runs per side, default 5), BENCH_IDLE_SECONDS (default 10),
// BENCH_PLAYTHROUGHS (default 50), BENCH_CHECK_RUNS (story-checker runs, default 1), CHROMIUM_PATH (default /usr/bin/chromium).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { serveFolder } from '../tools/static-server.ts';
import { BYTE_KINDS, buildSize, launchChromium, storyChunks, type ByteKind, type Bytes } from './browser.ts';
import { bareLoadRun, bareSoak, gameLoadRun, gameSoak, type LoadRun, type SoakRun } from './drivers.ts';
import { Worker } from 'node:worker_threads';
import { measureSteps, type CheckerFigures, type EngineFigures } from './engine.ts';
import { kb, mb, median, ms, ratio, spread } from './stats.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const PLAYTHROUGHS = Math.max(1, Number(process.env.BENCH_PLAYTHROUGHS ?? 50));
const CHECKPOINTS = new Set([1, 10, 25, PLAYTHROUGHS]);

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

async function buildBoth(folder: string): Promise<{ game: string; bare: string }> {
  const game = join(folder, 'game');
  const bare = join(folder, 'bare');
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: game, emptyOutDir: true } });
  await build({
    configFile: 'bench/bare-player/vite.config.ts',
    logLevel: 'error',
    build: { outDir: bare, emptyOutDir: true },
  });
  return { game, bare };
}

interface Results {
  readonly date: string;
  readonly node: string;
  readonly chromium: string;
  readonly machine: string;
  /** 1-minute load average before and after the run: other work on the machine skews the timings. */
  readonly load: readonly [number, number];
  readonly game: readonly LoadRun[];
  readonly bare: readonly LoadRun[];
  readonly gameSoak: SoakRun;
  readonly bareSoak: SoakRun;
  readonly engine: EngineFigures;
  readonly gameBuild: Bytes;
  readonly bareBuild: Bytes;
  readonly seconds: number;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const folder = mkdtempSync(join(tmpdir(), 'practice-paths-bench-'));
  log(`building the game and the bare player in ${folder}`);
  const out = await buildBoth(folder);
  const gameStories = storyChunks(out.game);
  const bareStories = storyChunks(out.bare);
  const gameServer = await serveFolder(out.game, { gzip: true });
  const bareServer = await serveFolder(out.bare, { gzip: true });
  const browser = await launchChromium();
  try {
    log('warm-up run of each (not counted)');
    await gameLoadRun(browser, gameServer.url, out.game, gameStories, 0.2);
    await bareLoadRun(browser, bareServer.url, out.bare, bareStories, 0.2);
    const game: LoadRun[] = [];
    const bare: LoadRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`load run ${run}/${RUNS}: game, then bare player (${IDLE_SECONDS} s idle each)`);
      game.push(await gameLoadRun(browser, gameServer.url, out.game, gameStories, IDLE_SECONDS));
      bare.push(await bareLoadRun(browser, bareServer.url, out.bare, bareStories, IDLE_SECONDS));
    }
    log('story checker over every scenario, in a worker thread during the soak runs');
    const checker = runCheckerInWorker(Math.max(1, Number(process.env.BENCH_CHECK_RUNS ?? 1)));
    log(`${PLAYTHROUGHS} playthroughs of first-shift in the game`);
    const soakGame = await gameSoak(browser, gameServer.url, PLAYTHROUGHS, CHECKPOINTS);
    log(`${PLAYTHROUGHS} playthroughs of Cassie and Jo in the bare player`);
    const soakBare = await bareSoak(browser, bareServer.url, PLAYTHROUGHS, CHECKPOINTS);
    log('waiting for the story checker');
    const checked = await checker;
    log('story engine steps in Node');
    const engine: EngineFigures = { ...measureSteps(), ...checked };
    const results: Results = {
      date: new Date().toISOString(),
      node: process.version,
      chromium: browser.version(),
      machine: `${cpus().length} CPUs (nproc), ${cpuModel()}`,
      load: [loadBefore, loadavg()[0]!],
      game,
      bare,
      gameSoak: soakGame,
      bareSoak: soakBare,
      engine,
      gameBuild: buildSize(out.game),
      bareBuild: buildSize(out.bare),
      seconds: (performance.now() - started) / 1000,
    };
    const report = formatReport(results);
    console.log(report);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.md', report);
    log(`written to bench/results/latest.md (${results.seconds.toFixed(0)} s in all)`);
    await import('./card-reader.ts').then((m) => m.cardReaderBench(browser, gameServer.url, 'bench/results/latest.md'));
  } finally {
    await browser.close();
    await gameServer.close();
    await bareServer.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The checker's timing in a worker thread (TypeScript through tsx, as in the main process). */
function runCheckerInWorker(checkRuns: number): Promise<CheckerFigures> {
  const url = new URL('./checker-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { checkRuns } });
  return new Promise<CheckerFigures>((resolve, reject) => {
    worker.once('message', (figures: CheckerFigures) => {
      resolve(figures);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function cpuModel(): string {
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

const med = (runs: readonly LoadRun[], pick: (run: LoadRun) => number): number => median(runs.map(pick));
const pct = (share: number): string => (Number.isFinite(share) ? `${(share * 100).toFixed(2)}%` : 'n/a');
const perSecond = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}/s` : 'n/a');

interface Verdict {
  readonly met: boolean;
  readonly text: string;
}

/** "met (by …)" or "missed by …" for a value that must stay at or under `limit`. */
function atMost(value: number, limit: number, unit: (v: number) => string): Verdict {
  if (!Number.isFinite(value)) return { met: false, text: 'not measured' };
  return value <= limit
    ? { met: true, text: `**met** (${unit(limit - value)} to spare)` }
    : { met: false, text: `**missed** by ${unit(value - limit)}` };
}

const times = (v: number): string => `${v.toFixed(2)}×`;

function formatReport(r: Results): string {
  const g = r.game;
  const b = r.bare;
  const firstScreenG = med(g, (x) => x.firstScreenMs);
  const firstChoiceB = med(b, (x) => x.firstChoiceScriptedMs);
  const machineG = med(g, (x) => x.firstChoiceMachineMs);
  const scriptedG = med(g, (x) => x.firstChoiceScriptedMs);
  const engineTextG = med(g, (x) => x.engineToTextMs);
  const engineChoiceG = med(g, (x) => x.engineToChoiceMs);
  const engineTextB = med(b, (x) => x.engineToTextMs);
  const engineChoiceB = med(b, (x) => x.engineToChoiceMs);
  const bytes = (runs: readonly LoadRun[], kind: ByteKind | 'total', which: keyof Bytes): number =>
    med(runs, (x) => x.bytes[kind][which]);
  const gzipG = bytes(g, 'total', 'gzip');
  const gzipB = bytes(b, 'total', 'gzip');
  const rawG = bytes(g, 'total', 'raw');
  const rawB = bytes(b, 'total', 'raw');
  const idle = (runs: readonly LoadRun[], pick: (x: LoadRun['idle']) => number): number =>
    med(runs, (x) => pick(x.idle));
  const rafG = idle(g, (x) => x.rafPerSecond);
  const rafB = idle(b, (x) => x.rafPerSecond);
  const canvasG = idle(g, (x) => x.canvasFramesPerSecond);
  const canvasB = idle(b, (x) => x.canvasFramesPerSecond);
  const busyG = idle(g, (x) => x.busyShare);
  const busyB = idle(b, (x) => x.busyShare);
  const scriptG = idle(g, (x) => x.scriptShare);
  const scriptB = idle(b, (x) => x.scriptShare);
  const heapLoadG = med(g, (x) => x.heapAtChoice);
  const heapLoadB = med(b, (x) => x.heapAtChoice);
  const soakAt = (soak: SoakRun, n: number): number => soak.heapAfter.find((h) => h.n === n)?.bytes ?? Number.NaN;
  const heap1G = soakAt(r.gameSoak, 1);
  const heapNG = soakAt(r.gameSoak, r.gameSoak.playthroughs);
  const heap1B = soakAt(r.bareSoak, 1);
  const heapNB = soakAt(r.bareSoak, r.bareSoak.playthroughs);
  const growth = (first: number, last: number): number => (last - first) / first;
  const signedPct = (v: number): string =>
    Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%` : 'n/a';

  const verdictFirstScreen = atMost(firstScreenG / firstChoiceB, 1, times);
  const verdictFirstChoice = atMost(machineG / firstChoiceB, 1, times);
  const verdictBytes = atMost(gzipG / gzipB, 1.5, times);
  const verdictFrames = atMost(rafG, 1, (v) => `${v.toFixed(2)} frames/s`);
  const verdictBusy = atMost(busyG, 0.02, (v) => `${(v * 100).toFixed(2)} points`);
  const verdictHeap = atMost(growth(heap1G, heapNG), 0.05, (v) => `${(v * 100).toFixed(1)} points`);
  const spreadMs = (runs: readonly LoadRun[], pick: (x: LoadRun) => number): string => {
    const s = spread(runs.map(pick));
    return `${Math.round(s.min)}–${Math.round(s.max)}`;
  };

  const lines: string[] = [];
  lines.push('# Practice Paths benchmark');
  lines.push('');
  lines.push(`- Date: ${r.date}`);
  lines.push(`- Node ${r.node}; Chromium ${r.chromium} (headless, \`--disable-gpu\`; playwright-core)`);
  lines.push(
    `- Machine: ${r.machine}; load average ${r.load[0].toFixed(2)} before the run, ${r.load[1].toFixed(2)} after (above the CPU count, other work was competing and timings are inflated)`,
  );
  lines.push(
    `- Production builds (\`vite build\`) of the game and of the bare ink player (\`bench/bare-player/\`: the inkjs runtime and the same compiled Cassie and Jo story, plain HTML), served by \`tools/static-server.ts\` with gzip on 127.0.0.1; fresh browser context (empty storage and cache) per run; 1280×720.`,
  );
  lines.push(
    `- Browser figures are the median of ${r.game.length} runs per side (after one warm-up run each, not counted); the ${r.gameSoak.playthroughs}-playthrough heap check is one run per side. Total time ${r.seconds.toFixed(0)} s.`,
  );
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| measure | what the number is | game | bare player | game ÷ bare | target | verdict |');
  lines.push('| --- | --- | ---: | ---: | ---: | --- | --- |');
  lines.push(
    `| first screen you can act on | navigation start → first frame showing it (game: the title, where "Cassie and Jo" starts the case study; bare: the first choice) | ${ms(firstScreenG)} | ${ms(firstChoiceB)} | ${ratio(firstScreenG, firstChoiceB)} | ≤ 1.0× | ${verdictFirstScreen.text} |`,
  );
  lines.push(
    `| first choice of Cassie and Jo | game: first screen + the game's own response time at each of the three steps to the first choice (title → notice → story → Space), i.e. a person who acts instantly; bare: navigation → first choice | ${ms(machineG)} | ${ms(firstChoiceB)} | ${ratio(machineG, firstChoiceB)} | ≤ 1.0× | ${verdictFirstChoice.text} |`,
  );
  lines.push(
    `| bytes before the first choice (gzip, as the server sends them) | every request started before the first choice was painted (HTML, JS, story, CSS, images, sound); sizes of the files served, text types gzipped | ${kb(gzipG)} | ${kb(gzipB)} | ${ratio(gzipG, gzipB)} | ≤ 1.5× | ${verdictBytes.text} |`,
  );
  lines.push(
    `| frames while idle on a choice screen | requestAnimationFrame callbacks per second over ${IDLE_SECONDS} s, after the backdrop settled | ${perSecond(rafG)} | ${perSecond(rafB)} | – | ≤ 1 /s | ${verdictFrames.text} |`,
  );
  lines.push(
    `| main thread busy while idle | CDP TaskDuration delta ÷ wall time over the same ${IDLE_SECONDS} s | ${pct(busyG)} | ${pct(busyB)} | ${ratio(busyG, busyB)} | < 2% | ${verdictBusy.text} |`,
  );
  lines.push(
    `| heap growth over ${r.gameSoak.playthroughs} playthroughs | JS heap after GC after playthrough ${r.gameSoak.playthroughs} vs after playthrough 1, one page (game: first-shift with keys, reduced motion, back to the title; bare: Cassie and Jo, "Play again") | ${signedPct(growth(heap1G, heapNG))} | ${signedPct(growth(heap1B, heapNB))} | – | ≤ +5% | ${verdictHeap.text} |`,
  );
  lines.push('');
  lines.push('## Details');
  lines.push('');
  lines.push('| measure | what the number is | game | bare player | game ÷ bare |');
  lines.push('| --- | --- | ---: | ---: | ---: |');
  lines.push(
    `| first choice, as scripted | navigation → first choice painted, driven by playwright (includes its round trips; spread ${spreadMs(g, (x) => x.firstChoiceScriptedMs)} ms) | ${ms(scriptedG)} | ${ms(firstChoiceB)} | ${ratio(scriptedG, firstChoiceB)} |`,
  );
  lines.push(
    `| engine: to the first story text | game: "I understand" clicked → first story line painted (story chunk fetched, inkjs Story built, first step run and rendered); bare: story chunk requested → first line painted | ${ms(engineTextG)} | ${ms(engineTextB)} | ${ratio(engineTextG, engineTextB)} |`,
  );
  lines.push(
    `| engine: to the first choice | as above, to the options painted (game: plus Space pressed → options painted, without the automation's reaction time in between) | ${ms(engineChoiceG)} | ${ms(engineChoiceB)} | ${ratio(engineChoiceG, engineChoiceB)} |`,
  );
  lines.push(
    `| bytes before the first choice (raw) | the same requests, decoded size | ${kb(rawG)} | ${kb(rawB)} | ${ratio(rawG, rawB)} |`,
  );
  for (const kind of BYTE_KINDS) {
    const rg = bytes(g, kind, 'raw');
    const rb = bytes(b, kind, 'raw');
    if (rg === 0 && rb === 0) continue;
    lines.push(
      `| · ${kind} | raw / gzip | ${kb(rg)} / ${kb(bytes(g, kind, 'gzip'))} | ${kb(rb)} / ${kb(bytes(b, kind, 'gzip'))} | ${ratio(bytes(g, kind, 'gzip'), bytes(b, kind, 'gzip'))} (gzip) |`,
    );
  }
  lines.push(
    `| whole build on disk | every file in the output folder, raw / gzip | ${kb(r.gameBuild.raw)} / ${kb(r.gameBuild.gzip)} | ${kb(r.bareBuild.raw)} / ${kb(r.bareBuild.gzip)} | ${ratio(r.gameBuild.gzip, r.bareBuild.gzip)} (gzip) |`,
  );
  lines.push(
    `| canvas frames while idle | rAF callbacks that drew on a canvas (WebGL or 2D): Phaser's frames | ${perSecond(canvasG)} | ${perSecond(canvasB)} | – |`,
  );
  lines.push(`| script while idle | CDP ScriptDuration delta ÷ wall time | ${pct(scriptG)} | ${pct(scriptB)} | – |`);
  lines.push(
    `| layouts / style recalcs while idle | CDP LayoutCount, RecalcStyleCount per second | ${perSecond(idle(g, (x) => x.layoutsPerSecond))} / ${perSecond(idle(g, (x) => x.styleRecalcsPerSecond))} | ${perSecond(idle(b, (x) => x.layoutsPerSecond))} / ${perSecond(idle(b, (x) => x.styleRecalcsPerSecond))} | – |`,
  );
  lines.push(
    `| JS heap after load | after GC, on the first choice of Cassie and Jo after the idle period | ${mb(heapLoadG)} | ${mb(heapLoadB)} | ${ratio(heapLoadG, heapLoadB)} |`,
  );
  lines.push(
    `| JS heap after playthrough 1 | after GC (game: back on the title screen) | ${mb(heap1G)} | ${mb(heap1B)} | ${ratio(heap1G, heap1B)} |`,
  );
  for (const n of [...CHECKPOINTS].filter((c) => c !== 1).sort((x, y) => x - y)) {
    lines.push(
      `| JS heap after playthrough ${n} | after GC | ${mb(soakAt(r.gameSoak, n))} | ${mb(soakAt(r.bareSoak, n))} | ${ratio(soakAt(r.gameSoak, n), soakAt(r.bareSoak, n))} |`,
    );
  }
  const heap10G = soakAt(r.gameSoak, 10);
  const heap10B = soakAt(r.bareSoak, 10);
  lines.push(
    `| heap growth, steady state | playthrough ${r.gameSoak.playthroughs} vs playthrough 10 (after the JIT has warmed up) | ${signedPct(growth(heap10G, heapNG))} | ${signedPct(growth(heap10B, heapNB))} | – |`,
  );
  lines.push(
    `| ${r.gameSoak.playthroughs} playthroughs took | wall time of the soak run | ${r.gameSoak.seconds.toFixed(1)} s | ${r.bareSoak.seconds.toFixed(1)} s | – |`,
  );
  lines.push('');
  lines.push(
    "The heap figures count V8's compiled code as well as the objects the page holds; `npx tsx bench/heap-growth.ts` splits the growth by kind with heap snapshots (see bench/results/heap-growth.md).",
  );
  lines.push('');
  lines.push('### The game, step by step to the first choice (medians)');
  lines.push('');
  lines.push('| step | time |');
  lines.push('| --- | ---: |');
  for (const [i, step] of (g[0]?.steps ?? []).entries())
    lines.push(`| ${step.step} | ${ms(med(g, (x) => x.steps[i]?.ms ?? Number.NaN))} |`);
  lines.push(`| **sum: first choice for a person who acts instantly** | **${ms(machineG)}** |`);
  lines.push('');
  lines.push("### The game's largest transfers before the first choice (first run)");
  lines.push('');
  lines.push('| file | kind | raw | gzip (as sent) |');
  lines.push('| --- | --- | ---: | ---: |');
  for (const file of [...(g[0]?.files ?? [])].sort((x, y) => y.gzip - x.gzip).slice(0, 10)) {
    lines.push(
      `| \`${file.url.slice(file.url.lastIndexOf('/') + 1) || file.url}\` | ${file.kind} | ${kb(file.raw)} | ${kb(file.gzip)} |`,
    );
  }
  lines.push('');
  lines.push('### Story engine in Node (Cassie and Jo)');
  lines.push('');
  lines.push('| measure | what the number is | value |');
  lines.push('| --- | --- | ---: |');
  lines.push(
    `| InkRunner steps per second | continueStory() + choose() on random walks, median of ${r.engine.rounds} one-second rounds | ${Math.round(r.engine.runnerStepsPerSecond).toLocaleString('en-GB')} |`,
  );
  lines.push(
    `| PlaySession steps per second | choose() (with transcript, decisions, tags) on random walks | ${Math.round(r.engine.sessionStepsPerSecond).toLocaleString('en-GB')} |`,
  );
  lines.push(
    `| PlaySession playthroughs per second | complete random playthroughs | ${r.engine.sessionPlaythroughsPerSecond.toFixed(0)} |`,
  );
  lines.push(
    `| story checker, every scenario | checkStory() with the default exploration, one scenario after another (${r.engine.checkRuns === 1 ? 'one run' : `median of ${r.engine.checkRuns} runs`}; timed in a worker thread while the soak runs drove the browser) | ${ms(r.engine.checkAllMs)} |`,
  );
  for (const row of r.engine.checkPerScenarioMs)
    lines.push(`| · ${row.scenario} | ${row.mode}, ${row.paths} paths | ${ms(row.ms)} |`);
  const errors = [
    ...r.game.flatMap((x) => x.errors),
    ...r.bare.flatMap((x) => x.errors),
    ...r.gameSoak.errors,
    ...r.bareSoak.errors,
  ];
  lines.push('');
  lines.push(
    errors.length === 0 ? 'No page errors during any run.' : `Page errors seen: ${[...new Set(errors)].join('; ')}`,
  );
  lines.push('');
  lines.push(
    `Targets met: ${[verdictFirstScreen, verdictFirstChoice, verdictBytes, verdictFrames, verdictBusy, verdictHeap].filter((v) => v.met).length} of 6.`,
  );
  lines.push('');
  return lines.join('\n');
}

await main();
