/** The photo types menus accept, by their file signature: the client's Content-Type is not trusted. */
const SIGNATURES: { type: "image/jpeg" | "image/png" | "image/webp"; extension: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/jpeg", extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/png", extension: "png", matches: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte) },
  {
    type: "image/webp",
    extension: "webp",
    matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  },
];

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function detectImageType(bytes: Uint8Array) {
  const found = SIGNATURES.find((s) => s.matches(bytes));
  return found ? { type: found.type, extension: found.extension } : null;
}
