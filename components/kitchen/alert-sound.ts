// The new-order chime: two short tones made with Web Audio, so there is no asset to load.
let context: AudioContext | null = null;

/** Browsers let a page make sound only after a tap: call this from one. True when sound works. */
export async function unlockSound(): Promise<boolean> {
  if (typeof AudioContext === "undefined") return false;
  context ??= new AudioContext();
  await context.resume().catch(() => undefined);
  return context.state === "running";
}

export function playNewOrderSound() {
  if (context?.state !== "running") return;
  const start = context.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.2, 1320],
  ] as const) {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = frequency;
    // A quick attack and decay: a clear chime rather than a click or a drone.
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.5, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    tone.connect(gain).connect(context.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.2);
  }
}
