// What a person types into an address box, split into the street and the house number:
// "damrak 1", "Prinsengr 20", "20 prinsengracht", "Damrak 1-3 hoog" (a floor after the
// number is not the street). Only letters, digits and single spaces are left of the street,
// so nothing in it reads as a LIKE wildcard.

export interface AddressQuery {
  street: string;
  /** The house number's digits, or null when none was typed. */
  houseNumber: string | null;
}

export function splitAddressQuery(query: string): AddressQuery {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const numberAt = words.findIndex((w) => /^\d+/.test(w));
  const houseNumber = numberAt === -1 ? null : words[numberAt]!.match(/^\d{1,6}/)![0];
  // The street is the words before the number, or after it when the number came first.
  const streetWords = numberAt > 0 ? words.slice(0, numberAt) : words.slice(numberAt + 1).filter((w) => !/^\d/.test(w));
  return { street: streetWords.join(" "), houseNumber };
}
