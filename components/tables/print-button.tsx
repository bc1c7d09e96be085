"use client";

export function PrintButton() {
  return (
    <button type="button" className="button menu-admin-no-print" onClick={() => window.print()}>
      Print QR codes
    </button>
  );
}
