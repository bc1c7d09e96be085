import { Role } from "@/lib/generated/prisma/enums";

export const ROLES = Object.values(Role);
