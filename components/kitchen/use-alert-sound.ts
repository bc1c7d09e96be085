"use client";
import { useCallback, useEffect, useState } from "react";
import { playNewOrderSound, unlockSound } from "./alert-sound";

export type SoundState = "locked" | "on" | "off";

/** The screen's chime: locked until the first tap anywhere (browser rule), then on or off. */
export function useAlertSound() {
  const [state, setState] = useState<SoundState>("locked");

  useEffect(() => {
    if (state !== "locked") return;
    const unlock = () => void unlockSound().then((works) => works && setState((s) => (s === "locked" ? "on" : s)));
    document.addEventListener("pointerdown", unlock);
    return () => document.removeEventListener("pointerdown", unlock);
  }, [state]);

  const toggle = useCallback(() => {
    void unlockSound();
    setState((s) => (s === "on" ? "off" : "on"));
  }, []);

  const play = useCallback(() => {
    if (state === "on") playNewOrderSound();
  }, [state]);

  return { state, toggle, play };
}
