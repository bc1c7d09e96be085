import { describe, expect, it } from "vitest";
import { centsToField, describeRule as describeWith, formatDelta as formatWith, parseDeltaEuros } from "@/components/menu-admin/option-rules";
import { translatorFor } from "@/lib/i18n/create-translator";

const t = translatorFor("en", "menuAdmin");
const describeRule = (min: number, max: number) => describeWith(t, min, max);
const formatDelta = (cents: number) => formatWith(t, cents, "en");

describe("describeRule", () => {
  it("says required or optional with the numbers a customer chooses", () => {
    expect(describeRule(1, 1)).toBe("Required, choose 1");
    expect(describeRule(2, 2)).toBe("Required, choose 2");
    expect(describeRule(1, 3)).toBe("Required, choose 1 to 3");
    expect(describeRule(0, 5)).toBe("Optional, up to 5");
    expect(describeRule(0, 1)).toBe("Optional, up to 1");
  });
});

describe("parseDeltaEuros", () => {
  it("reads positive, zero and negative euros as integer cents", () => {
    expect(parseDeltaEuros("1.50")).toBe(150);
    expect(parseDeltaEuros("+1,5")).toBe(150);
    expect(parseDeltaEuros("0")).toBe(0);
    expect(parseDeltaEuros("-2")).toBe(-200);
    expect(parseDeltaEuros("−0.50")).toBe(-50);
    expect(parseDeltaEuros(" € 0.10 ")).toBe(10);
    expect(parseDeltaEuros("0.29")).toBe(29);
  });

  it("refuses what is not a price", () => {
    for (const text of ["", "abc", "1.234", "--1", "1e3", "12345"]) expect(parseDeltaEuros(text)).toBeNull();
  });
});

describe("centsToField and formatDelta", () => {
  it("round-trips what the field shows and reads a signed price", () => {
    expect(centsToField(-50, "en")).toBe("-0.50");
    expect(centsToField(1250, "en")).toBe("12.50");
    expect(centsToField(1250, "nl")).toBe("12,50");
    expect(parseDeltaEuros(centsToField(-1999, "en"))).toBe(-1999);
    expect(parseDeltaEuros(centsToField(-1999, "nl"))).toBe(-1999);
    expect(formatDelta(150)).toBe("+€1.50");
    expect(formatDelta(-200)).toBe("−€2.00");
    expect(formatDelta(0)).toBe("no extra charge");
  });

  it("reads them in Dutch too", () => {
    const nl = translatorFor("nl", "menuAdmin");
    expect(describeWith(nl, 1, 3)).toBe("Verplicht, kies 1 tot 3");
    expect(describeWith(nl, 0, 2)).toBe("Optioneel, max. 2");
    expect(formatWith(nl, -50, "nl")).toBe("−€\u00a00,50");
    expect(formatWith(nl, 0, "nl")).toBe("geen meerprijs");
  });
});
