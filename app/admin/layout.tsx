import { Suspense, type ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import "@/components/admin/admin.css";

// Each page checks who may see it (requireSurface with its own path, so sign-in returns there).
export default function AdminLayout({ children }: { children: ReactNode }) {
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
