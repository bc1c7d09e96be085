import Link from "next/link";

export default function NotFound() {
  return (
    <section className="empty-state">
      <h1>Page not found</h1>
      <p className="muted">This page does not exist, or it is not yours to see.</p>
      <Link href="/" className="button">
        Back to restaurants
      </Link>
    </section>
  );
}
