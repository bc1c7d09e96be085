// The QR encoder behind the printed table links (lib/qr). Its output was also checked with a
// real decoder (zbar) for versions 1 to 10 while it was written; these tests pin the pieces.
import { describe, expect, it } from "vitest";
import { encodeQr } from "@/lib/qr/encode-qr";
import { qrSvg } from "@/lib/qr/qr-svg";
import { errorCorrection } from "@/lib/qr/reed-solomon";

/** Reads the 15 format bits of the first copy back (the inverse of their placement). */
function formatBits(modules: boolean[][]): number {
  const at = (x: number, y: number) => (modules[y]![x] ? 1 : 0);
  const cells: [number, number][] = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]];
  return cells.reduce((bits, [x, y], i) => bits | (at(x, y) << i), 0);
}

describe("QR codes", () => {
  it("compute Reed–Solomon codewords as the standard's worked example (HELLO WORLD, 1-M)", () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(errorCorrection(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it("pick the smallest version that holds the text at level M", () => {
    const link = (n: number) => "x".repeat(n);
    expect([14, 26, 42, 62, 84, 106, 122, 152, 180, 213].map((n) => encodeQr(link(n)).version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([15, 27, 43, 63].map((n) => encodeQr(link(n)).version)).toEqual([2, 3, 4, 5]);
    expect(() => encodeQr(link(214))).toThrow("too long");
  });

  it("draw finders, timing lines and a format word of level M that passes its BCH check", () => {
    const { size, modules, version } = encodeQr("https://eats.example.com/t/demo-table-Xq7vN2pL9kRt4sWm8aYc3bEh");
    expect([version, size]).toEqual([4, 33]);
    for (const [x0, y0] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
      const ring = [0, 1, 2, 3, 4, 5, 6].map((i) => modules[y0]![x0 + i]);
      expect(ring).toEqual([true, true, true, true, true, true, true]);
      expect(modules[y0 + 3]!.slice(x0, x0 + 7)).toEqual([true, false, true, true, true, false, true]);
    }
    for (let i = 8; i < size - 8; i++) expect([modules[6]![i], modules[i]![6]]).toEqual([i % 2 === 0, i % 2 === 0]);
    expect(modules[size - 8]![8]).toBe(true); // the dark module

    const format = formatBits(modules) ^ 0x5412;
    expect(format >>> 13).toBe(0b00); // level M
    let remainder = format;
    for (let bit = 14; bit >= 10; bit--) if ((remainder >>> bit) & 1) remainder ^= 0x537 << (bit - 10);
    expect(remainder).toBe(0);
  });

  it("render as an SVG path with a quiet zone of four modules", () => {
    const { viewBox, path } = qrSvg("http://localhost:3000/t/ab");
    expect(viewBox).toBe("0 0 33 33"); // version 2: 25 modules + 2 × 4
    expect(path.startsWith("M4 4h1v1h-1z")).toBe(true);
  });
});
