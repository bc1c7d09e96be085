import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/schemas";
import { Prisma } from "@/lib/generated/prisma/client";

/** Creates a CUSTOMER account. The unique email index settles sign-up races: 409 for the loser. */
export async function signUpCustomer(input: unknown) {
  const data = signUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.user.create({
      data: { name: data.name, email: data.email, passwordHash, role: "CUSTOMER" },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(409, "An account with this email already exists", "email_taken");
    }
    throw error;
  }
}
