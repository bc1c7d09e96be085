import type { Metadata } from "next";
import { requireSurface } from "@/lib/auth/session";
import { listChains } from "@/lib/monitoring/list-chains";
import { listChainOutlets } from "@/lib/monitoring/list-chain-outlets";

export const metadata: Metadata = { title: "Chain overview" };

export default async function AdminPage() {
  const actor = await requireSurface("admin", "/admin");
  const chains = await listChains(actor);
  const outlets = await Promise.all(chains.map((c) => listChainOutlets(actor, c.id)));
  return (
    <>
      <h1>Chain overview</h1>
      {outlets.length === 0 && <p className="muted">No chain is linked to your account yet.</p>}
      {outlets.map((chain) => (
        <section key={chain.id} className="section" aria-labelledby={`chain-${chain.id}`}>
          <h2 id={`chain-${chain.id}`}>
            {chain.name} <span className="muted small">{chain.restaurants.length} outlets</span>
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Declared</th>
                  <th scope="col">Listings</th>
                </tr>
              </thead>
              <tbody>
                {chain.restaurants.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <strong>{r.name}</strong>
                      <div className="muted small">{r.address}</div>
                    </td>
                    <td>
                      <span className={`badge badge-${r.declaredStatus.toLowerCase()}`}>{r.declaredStatus.toLowerCase()}</span>
                    </td>
                    <td>
                      <ul className="tags">
                        {r.listings.map((l) => (
                          <li key={l.id} title={`${l.channel.name}: ${l.observedState.toLowerCase()}`}>
                            {l.channel.name} · {l.observedState.toLowerCase()}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
