// The simulator stands in for the customer at the door, who tells the driver the 4-digit
// code shown on their order page. A simulated driver has no customer to ask, so it reads the
// code from the database (orders.delivery_code). Only the simulator does this: the driver
// API never reveals the code, and the deliver endpoint still checks it.
import pg from "pg";

export interface DeliveryCodeReader {
  read(orderId: string): Promise<string | null>;
  close(): Promise<void>;
}

export function deliveryCodeReader(databaseUrl: string): DeliveryCodeReader {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    async read(orderId) {
      const { rows } = await pool.query<{ delivery_code: string | null }>("SELECT delivery_code FROM orders WHERE id = $1", [orderId]);
      return rows[0]?.delivery_code ?? null;
    },
    close: () => pool.end(),
  };
}
