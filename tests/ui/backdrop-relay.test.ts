// The backdrop the screens talk to remembers what it was asked, so art that attaches late starts from the current page.
import { describe, expect, it } from 'vitest';
import type { Backdrop } from '../../src/ui/backdrop-port.ts';
import { BackdropRelay } from '../../src/ui/backdrop-relay.ts';

function recorder(): Backdrop & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    show: (place, portrait, expression) => calls.push(`show ${place} ${portrait} ${expression}`),
    setDimmed: (on) => calls.push(`dim ${on}`),
    setReducedMotion: (on) => calls.push(`motion ${on}`),
    destroy: () => calls.push('destroy'),
  };
}

describe('the backdrop relay', () => {
  it('replays the latest place, portrait, dimming and motion setting to a backdrop that attaches late', () => {
    const relay = new BackdropRelay();
    relay.setReducedMotion(true);
    relay.show('calm', undefined);
    relay.setDimmed(true);
    relay.show('jo-home', 'michelle', 'worried');
    relay.setDimmed(false);
    const late = recorder();
    relay.attach(late);
    expect(late.calls).toEqual(['motion true', 'show jo-home michelle worried', 'dim false']);
  });

  it('hands later requests to the attached backdrop only, and replays nothing it was never asked', () => {
    const relay = new BackdropRelay();
    const first = recorder();
    relay.attach(first);
    expect(first.calls).toEqual([]);
    const second = recorder();
    relay.attach(second);
    relay.show('park-day', 'kerry', undefined);
    expect(first.calls).toEqual([]);
    expect(second.calls).toEqual(['show park-day kerry undefined']);
  });
});
