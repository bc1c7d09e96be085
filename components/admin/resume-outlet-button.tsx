"use client";
// Remote "resume outlet": opens a paused, busy or closed outlet as its staff would. The API
// refuses a third remote resume of one outlet within an hour (409); its message is shown.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { incidentsKey, resumeOutlet, statusKey } from "./monitoring-api";
import { useErrorText } from "./error-text";

export function ResumeOutletButton({ restaurantId, chainId, outletName }: { restaurantId: string; chainId: string; outletName: string }) {
  const t = useTranslations("admin.outlet");
  const errorText = useErrorText();
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
      {/* The name starts with the visible word (WCAG 2.5.3: a speech user says what they see). */}
      <button type="button" className="button button-small button-quiet" aria-label={t("resumeLabel", { name: outletName })} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        {t("resume")}
      </button>
      {mutation.error ? (
        <p className="form-error" role="alert">
          {errorText(mutation.error)}
        </p>
      ) : (
        mutation.isSuccess && (
          <p className="small" role="status">
            {t("resumed", { name: outletName })}
          </p>
        )
      )}
    </>
  );
}
