import { randomBytes } from "node:crypto";

/** A table's bearer secret (it is printed in the table's QR link): 192 random bits, URL-safe. */
export const newTableToken = () => randomBytes(24).toString("base64url");
