// Estimated lost sales of an outlet: minutes it was down during its opening hours × its usual
// order rate (orders per open minute over the last 28 days) × its average basket.

export interface SalesHistory {
  orders: number;
  /** Sum of the orders' baskets (subtotal, cents). */
  basketCents: number;
  /** Expected-open minutes in the same 28 days. */
  openMinutes: number;
}

export interface LostSales {
  downMinutes: number;
  ordersPerOpenHour: number;
  averageBasketCents: number;
  lostSalesCents: number;
}

/**
 * `downMinutes`: the outlet's average listing downtime during opening hours (a listing down for
 * an hour on one of four channels costs a quarter of an hour of the outlet's usual sales).
 */
export function estimateLostSales(downMinutes: number, history: SalesHistory): LostSales {
  const perMinute = history.openMinutes > 0 ? history.orders / history.openMinutes : 0;
  const averageBasketCents = history.orders > 0 ? Math.round(history.basketCents / history.orders) : 0;
  return {
    downMinutes: Math.round(downMinutes),
    ordersPerOpenHour: Math.round(perMinute * 60 * 100) / 100,
    averageBasketCents,
    lostSalesCents: Math.round(downMinutes * perMinute * averageBasketCents),
  };
}
