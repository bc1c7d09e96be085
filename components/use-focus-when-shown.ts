"use client";
// Brings a message the user must not miss (a confirmation, an error) into view and moves focus
// to it, each time it is shown anew: on a phone it may otherwise render far off screen. The
// element needs tabIndex={-1}; it should also be a live region (role="status"/"alert") so the
// words are announced even where focusing does not read them.
import { useEffect, useRef } from "react";

export function useFocusWhenShown<T extends HTMLElement>(shownAs: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!shownAs || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ref.current.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [shownAs]);
  return ref;
}
