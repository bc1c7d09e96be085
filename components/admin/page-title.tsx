// A dashboard page's heading with the chain picker beside it.
import type { ReactNode } from "react";
import { ChainPicker } from "./chain-picker";

export function PageTitle({ title, chains, chainId, children }: { title: string; chains: { id: string; name: string }[]; chainId: string; children?: ReactNode }) {
  return (
    <div className="restaurant-card-title">
      <h1>{title}</h1>
      <div className="actions">
        {children}
        <ChainPicker chains={chains} current={chainId} />
      </div>
    </div>
  );
}
