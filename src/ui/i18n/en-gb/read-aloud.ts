// English (UK) words for reading pages aloud and its settings.
export const readAloud = {
  read: 'Read aloud',
  pause: 'Pause reading',
  resume: 'Resume reading',
  skip: 'Next sentence',
  stop: 'Stop reading',
  keyHint: 'R reads or pauses · N next sentence',
  barLabel: 'Read aloud',
  reading: (index: number, total: number): string => `Reading sentence ${String(index)} of ${String(total)}`,
  paused: 'Reading paused',
  stopped: 'Reading stopped',
  settingsHeading: 'Read aloud',
  settingOn: 'Offer to read each page aloud',
  settingHelp:
    'Uses a voice on this device only: the words never leave it. Off unless you turn it on. R reads or pauses, N moves to the next sentence.',
  voice: 'Voice',
  defaultVoice: 'The device’s usual voice',
  noVoices:
    'This browser reports no voice that speaks on this device, so reading aloud is not available here. Your device’s own screen reader still works.',
  speed: 'Reading speed',
  speedValue: (rate: number): string => `${rate.toFixed(2).replace(/\.?0+$/, '')}×`,
  unavailable: 'Reading aloud is not available in this browser.',
};
