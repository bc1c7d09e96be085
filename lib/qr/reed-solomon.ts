// Reed–Solomon error correction over GF(256) as QR codes use it (ISO/IEC 18004: field
// polynomial x^8 + x^4 + x^3 + x^2 + 1, generator roots α^0 … α^(n-1)).

/** Product of two field elements. */
function multiply(x: number, y: number): number {
  let product = 0;
  for (let bit = 7; bit >= 0; bit--) {
    product = (product << 1) ^ ((product >>> 7) * 0x11d);
    product ^= ((y >>> bit) & 1) * x;
  }
  return product;
}

/** Coefficients of ∏(x − α^i), highest degree first, without the leading 1. */
function generator(degree: number): number[] {
  const coefficients = new Array<number>(degree).fill(0);
  coefficients[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    // Multiply the polynomial so far by (x − root), in place.
    for (let j = 0; j < degree; j++) {
      coefficients[j] = multiply(coefficients[j]!, root);
      if (j + 1 < degree) coefficients[j] = coefficients[j]! ^ coefficients[j + 1]!;
    }
    root = multiply(root, 0x02);
  }
  return coefficients;
}

const generators = new Map<number, number[]>();

/** The `degree` error-correction codewords of a block of data codewords. */
export function errorCorrection(data: readonly number[], degree: number): number[] {
  let divisor = generators.get(degree);
  if (!divisor) generators.set(degree, (divisor = generator(degree)));
  const remainder = new Array<number>(degree).fill(0);
  for (const codeword of data) {
    const factor = codeword ^ remainder.shift()!;
    remainder.push(0);
    for (let i = 0; i < degree; i++) remainder[i] = remainder[i]! ^ multiply(divisor[i]!, factor);
  }
  return remainder;
}
