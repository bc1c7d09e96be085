// Reading Nominatim's and Photon's answers (recorded from their documented responses for
// Amsterdam addresses; no network), and splitting what a person types into street and number.
import { describe, expect, it } from "vitest";
import { parseNominatimReverse, parseNominatimSearch } from "@/lib/geo/geocoder/parse-nominatim";
import { parsePhotonFeatures } from "@/lib/geo/geocoder/parse-photon";
import { splitAddressQuery } from "@/lib/geo/geocoder/split-address-query";
import nominatimSearch from "./fixtures/nominatim-search.json";
import nominatimReverse from "./fixtures/nominatim-reverse.json";
import photonSearch from "./fixtures/photon-search.json";

describe("Nominatim answers", () => {
  it("become addresses in Dutch order with postcode and city, coordinates as numbers", () => {
    const [first, second] = parseNominatimSearch(nominatimSearch);
    expect(first).toEqual({ label: "Damrak 1, 1012 LG Amsterdam", line1: "Damrak 1", city: "Amsterdam", lat: 52.3773702, lng: 4.8973281 });
    // A place in a town without a house number keeps the street alone.
    expect(second).toMatchObject({ line1: "Damrak", city: "Zaandam", label: "Damrak, 1506 Zaandam" });
  });

  it("reverse: one place, or null for Nominatim's 'Unable to geocode'", () => {
    expect(parseNominatimReverse(nominatimReverse)).toMatchObject({ line1: "Prinsengracht 263", label: "Prinsengracht 263, 1016 GV Amsterdam" });
    expect(parseNominatimReverse({ error: "Unable to geocode" })).toBeNull();
  });

  it("refuses an answer that is not Nominatim's (the caller turns it into 503)", () => {
    expect(() => parseNominatimSearch({ results: [] })).toThrow();
    expect(() => parseNominatimSearch([{ lat: "north", lon: "4.9", display_name: "x" }])).toThrow();
  });
});

describe("Photon answers", () => {
  it("become addresses from [lng, lat] points; a bare postcode area is no address", () => {
    const found = parsePhotonFeatures(photonSearch);
    expect(found).toEqual([
      { label: "Prinsengracht 20, 1015 DV Amsterdam", line1: "Prinsengracht 20", city: "Amsterdam", lat: 52.3817566, lng: 4.8849419 },
      { label: "Prinsengracht, 1015 Amsterdam", line1: "Prinsengracht", city: "Amsterdam", lat: 52.3731, lng: 4.8833 },
    ]);
  });

  it("refuses an answer without features", () => {
    expect(() => parsePhotonFeatures({ type: "FeatureCollection" })).toThrow();
  });
});

describe("splitting a typed address", () => {
  it.each([
    ["damrak 1", { street: "damrak", houseNumber: "1" }],
    ["Prinsengr 20", { street: "prinsengr", houseNumber: "20" }],
    ["20 Prinsengracht", { street: "prinsengracht", houseNumber: "20" }],
    ["Prinsengracht 263, Amsterdam", { street: "prinsengracht", houseNumber: "263" }],
    ["Damrak 1-3 hoog", { street: "damrak", houseNumber: "1" }],
    ["Nieuwezijds Voorburgwal", { street: "nieuwezijds voorburgwal", houseNumber: null }],
    ["Damrak 12a", { street: "damrak", houseNumber: "12" }],
    ["50%_' ", { street: "", houseNumber: "50" }],
  ])("%s", (typed, expected) => {
    expect(splitAddressQuery(typed)).toEqual(expected);
  });
});
