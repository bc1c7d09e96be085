"use client";
// Suggestions for what is typed in an address box: asked for once typing pauses, the
// answer to an older text dropped when a newer one is on its way. A failed search is reported
// as what went wrong, for the box to say in the reader's language.
import { useEffect, useState } from "react";
import type { LatLng } from "@/lib/geo/geohash";
import { GeocodeUnavailableError, searchAddresses, type AddressSuggestion } from "./address-api";

const PAUSE_MS = 200;
const MIN_CHARS = 2;

export type SuggestionProblem = "unavailable" | "failed";

export function useAddressSuggestions(query: string, near: LatLng | null, enabled: boolean) {
  // Kept with the text they answer: a list for older text is never shown for newer.
  const [answer, setAnswer] = useState<{ text: string; suggestions: AddressSuggestion[] }>({ text: "", suggestions: [] });
  const [problem, setProblem] = useState<SuggestionProblem | null>(null);
  const text = query.trim();
  const nearLat = near?.lat;
  const nearLng = near?.lng;

  useEffect(() => {
    if (!enabled || text.length < MIN_CHARS) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const point = nearLat !== undefined && nearLng !== undefined ? { lat: nearLat, lng: nearLng } : null;
      searchAddresses(text, point, abort.signal)
        .then((found) => {
          setAnswer({ text, suggestions: found });
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          setAnswer({ text, suggestions: [] });
          setProblem(error instanceof GeocodeUnavailableError ? "unavailable" : "failed");
        });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text, nearLat, nearLng, enabled]);

  return { suggestions: enabled && answer.text === text ? answer.suggestions : [], problem };
}
