import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="empty-state">
      <h1>Access denied</h1>
      <p className="muted">Your account cannot open this page. Sign in with an account that has access, or go back home.</p>
      <Link href="/" className="button">
        Back to restaurants
      </Link>
    </section>
  );
}
