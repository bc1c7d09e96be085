import { Suspense, type ReactNode } from "react";
import { requireSurface } from "@/lib/auth/session";
import { AdminNav } from "@/components/admin/admin-nav";
import "@/components/admin/admin.css";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireSurface("admin", "/admin");
  return (
    <>
      {/* The nav reads ?chain= on the client. */}
      <Suspense>
        <AdminNav />
      </Suspense>
      {children}
    </>
  );
}
