import { z } from "zod";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address").max(254);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: emailSchema,
  password: z.string().min(10, "Use at least 10 characters").max(200),
  /** Where the emailed link leads after sign-up (e.g. back to checkout); unsafe values are dropped. */
  callbackUrl: z.unknown().transform(safeCallbackUrl).optional(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
