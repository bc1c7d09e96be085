"use client";
// Remote "resume outlet": opens a paused, busy or closed outlet as its staff would. The API
// refuses a third remote resume of one outlet within an hour (409); its message is shown.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { incidentsKey, resumeOutlet, statusKey } from "./monitoring-api";

export function ResumeOutletButton({ restaurantId, chainId, outletName }: { restaurantId: string; chainId: string; outletName: string }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => resumeOutlet(restaurantId),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: statusKey(chainId) });
      void queryClient.invalidateQueries({ queryKey: incidentsKey(chainId) });
    },
  });
  return (
    <>
      <button type="button" className="button button-small button-quiet" aria-label={`Resume ${outletName}`} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        Resume outlet
      </button>
      {mutation.error ? (
        <p className="form-error" role="alert">
          {mutation.error.message}
        </p>
      ) : (
        mutation.isSuccess && (
          <p className="small" role="status">
            Resumed: {outletName} takes orders again.
          </p>
        )
      )}
    </>
  );
}
