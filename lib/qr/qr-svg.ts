import { encodeQr } from "@/lib/qr/encode-qr";

/** Light modules around the code that scanners need (the standard's quiet zone). */
const QUIET_ZONE = 4;

/**
 * A QR code for `text` as one SVG path over a white square, in module units: it scales to
 * any print size without blurring, and needs no script in the page.
 */
export function qrSvg(text: string): { viewBox: string; path: string } {
  const { size, modules } = encodeQr(text);
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }),
  );
  const full = size + 2 * QUIET_ZONE;
  return { viewBox: `0 0 ${full} ${full}`, path: parts.join("") };
}
