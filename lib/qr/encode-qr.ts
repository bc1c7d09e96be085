// A QR code (ISO/IEC 18004, model 2) for a short text such as a table's link: byte mode,
// error correction level M (about 15% of the code may be damaged or covered), the smallest
// version from 1 to 10 that fits, and the mask with the lowest penalty. Written here because
// the tables page needs nothing more and the project takes no QR dependency for it.
import { errorCorrection } from "@/lib/qr/reed-solomon";

/** Level M, versions 1–10: error-correction codewords per block, and data codewords per block. */
const VERSIONS: { ecPerBlock: number; blocks: number[] }[] = [
  { ecPerBlock: 10, blocks: [16] },
  { ecPerBlock: 16, blocks: [28] },
  { ecPerBlock: 26, blocks: [44] },
  { ecPerBlock: 18, blocks: [32, 32] },
  { ecPerBlock: 24, blocks: [43, 43] },
  { ecPerBlock: 16, blocks: [27, 27, 27, 27] },
  { ecPerBlock: 18, blocks: [31, 31, 31, 31] },
  { ecPerBlock: 22, blocks: [38, 38, 39, 39] },
  { ecPerBlock: 22, blocks: [36, 36, 36, 37, 37] },
  { ecPerBlock: 26, blocks: [43, 43, 43, 43, 44] },
];

/** Centres of the alignment patterns on each axis, versions 2–10. */
const ALIGNMENT: number[][] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

export interface QrCode {
  version: number;
  size: number;
  /** modules[y][x]: true is dark. */
  modules: boolean[][];
}

/** The data codewords: mode, length, the bytes, terminator and padding. */
function dataCodewords(bytes: Uint8Array, version: number, capacity: number): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4); // byte mode
  push(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) push(byte, 8);
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; codewords.length < capacity; pad ^= 0xec ^ 0x11) codewords.push(pad);
  return codewords;
}

/** Splits the data into blocks, adds each block's error correction, and interleaves them. */
function finalCodewords(data: number[], { ecPerBlock, blocks }: (typeof VERSIONS)[number]): number[] {
  let offset = 0;
  const split = blocks.map((length) => {
    const block = data.slice(offset, (offset += length));
    return { block, ec: errorCorrection(block, ecPerBlock) };
  });
  const result: number[] = [];
  for (let i = 0; i < Math.max(...blocks); i++) for (const { block } of split) if (i < block.length) result.push(block[i]!);
  for (let i = 0; i < ecPerBlock; i++) for (const { ec } of split) result.push(ec[i]!);
  return result;
}

/** The remainder of `value << degree` modulo `poly` (BCH codes of format and version info). */
function bch(value: number, degree: number, poly: number): number {
  let remainder = value << degree;
  for (let bit = 31 - Math.clz32(remainder); bit >= degree; bit--) if ((remainder >>> bit) & 1) remainder ^= poly << (bit - degree);
  return (value << degree) | remainder;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class Matrix {
  readonly modules: boolean[][];
  /** Finder, timing, alignment, format and version modules: never data, never masked. */
  readonly reserved: boolean[][];

  constructor(readonly size: number) {
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }

  fixed(x: number, y: number, dark: boolean) {
    this.modules[y]![x] = dark;
    this.reserved[y]![x] = true;
  }

  drawPatterns(version: number) {
    const { size } = this;
    for (let i = 0; i < size; i++) {
      this.fixed(6, i, i % 2 === 0);
      this.fixed(i, 6, i % 2 === 0);
    }
    // Finders (7×7 rings around a 3×3 core) with their light separators.
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const [x, y] = [cx + dx, cy + dy];
          const ring = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < size && y >= 0 && y < size) this.fixed(x, y, ring !== 2 && ring !== 4);
        }
      }
    }
    const centres = ALIGNMENT[version - 1]!;
    const [first, last] = [centres[0], centres.at(-1)];
    for (const cy of centres) {
      for (const cx of centres) {
        // Not in the three corners the finders hold (crossing the timing lines is fine).
        if ((cx === first && cy === first) || (cx === first && cy === last) || (cx === last && cy === first)) continue;
        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) this.fixed(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }
    this.drawFormat(0); // reserves the format modules; redrawn with the chosen mask
    if (version >= 7) {
      const bits = bch(version, 12, 0x1f25);
      for (let i = 0; i < 18; i++) {
        const [a, b] = [size - 11 + (i % 3), Math.floor(i / 3)];
        const dark = ((bits >>> i) & 1) === 1;
        this.fixed(a, b, dark);
        this.fixed(b, a, dark);
      }
    }
  }

  /** Level M (bits 00) and the mask, BCH-coded, in both copies; plus the always-dark module. */
  drawFormat(mask: number) {
    const { size } = this;
    const bits = bch(mask, 10, 0x537) ^ 0x5412;
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) this.fixed(8, i, bit(i));
    this.fixed(8, 7, bit(6));
    this.fixed(8, 8, bit(7));
    this.fixed(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.fixed(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.fixed(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.fixed(8, size - 15 + i, bit(i));
    this.fixed(8, size - 8, true);
  }

  /** Codewords in the standard zigzag: column pairs from the right, up and down in turn. */
  drawData(codewords: number[]) {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5; // the vertical timing pattern
      const upward = ((right + 1) & 2) === 0;
      for (let step = 0; step < size; step++) {
        const y = upward ? size - 1 - step : step;
        for (const x of [right, right - 1]) {
          if (this.reserved[y]![x] || i >= codewords.length * 8) continue;
          this.modules[y]![x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }

  applyMask(mask: number) {
    const test = MASKS[mask]!;
    for (let y = 0; y < this.size; y++) for (let x = 0; x < this.size; x++) if (!this.reserved[y]![x] && test(x, y)) this.modules[y]![x] = !this.modules[y]![x];
  }
}

/** The standard's penalty: long runs, 2×2 blocks, finder look-alikes, dark/light imbalance. */
function penalty(modules: boolean[][]): number {
  const size = modules.length;
  let score = 0;
  const lines = [...modules, ...modules.map((_, x) => modules.map((row) => row[x]!))];
  for (const line of lines) {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) score += run - 2;
        run = 1;
      }
    }
    const text = line.map((dark) => (dark ? "1" : "0")).join("");
    for (const lookAlike of ["10111010000", "00001011101"]) for (let at = text.indexOf(lookAlike); at >= 0; at = text.indexOf(lookAlike, at + 1)) score += 40;
  }
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = modules[y]![x];
      if (c === modules[y]![x + 1] && c === modules[y + 1]![x] && c === modules[y + 1]![x + 1]) score += 3;
    }
  }
  const dark = modules.flat().filter(Boolean).length;
  score += Math.floor(Math.abs((dark * 20) / (size * size) - 10)) * 10;
  return score;
}

export function encodeQr(text: string): QrCode {
  const bytes = new TextEncoder().encode(text);
  const index = VERSIONS.findIndex(({ blocks }, i) => 4 + (i + 1 < 10 ? 8 : 16) + bytes.length * 8 <= blocks.reduce((a, b) => a + b, 0) * 8);
  if (index < 0) throw new Error(`Text too long for a QR code of version 10 (${bytes.length} bytes)`);
  const version = index + 1;
  const spec = VERSIONS[index]!;
  const codewords = finalCodewords(dataCodewords(bytes, version, spec.blocks.reduce((a, b) => a + b, 0)), spec);

  let best: { score: number; matrix: Matrix } | null = null;
  for (let mask = 0; mask < MASKS.length; mask++) {
    const matrix = new Matrix(17 + 4 * version);
    matrix.drawPatterns(version);
    matrix.drawData(codewords);
    matrix.applyMask(mask);
    matrix.drawFormat(mask);
    const score = penalty(matrix.modules);
    if (!best || score < best.score) best = { score, matrix };
  }
  return { version, size: best!.matrix.size, modules: best!.matrix.modules };
}
