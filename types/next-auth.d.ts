import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    chainId: string | null;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; chainId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    chainId?: string | null;
  }
}
