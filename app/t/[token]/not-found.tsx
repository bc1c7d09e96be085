// A table link that no longer opens a table: staff rotated its token (a new QR code was
// printed) or the table was removed. The diner needs to know what to do, not "not yours to see".
export default function TableLinkChanged() {
  return (
    <section className="empty-state">
      <h1>This table link has changed</h1>
      <p>Ask staff for the new QR code for your table, then scan it to order.</p>
    </section>
  );
}
