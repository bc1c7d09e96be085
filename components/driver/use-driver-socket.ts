"use client";
// Offers and job changes pushed to this driver (socket events offer:new, offer:withdrawn,
// job:updated) land in the one cached GET /api/v1/driver/me; after every (re)connect the
// app reads /me again, because PostgreSQL, not the socket, is the source of truth.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Job, Offer } from "@/lib/dispatch/views";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";
import { useConnected } from "@/lib/realtime/use-order-events";
import { driverMeKey, type DriverMe } from "./driver-api";

const FINISHED: Job["status"][] = ["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"];

export function useDriverSocket(realtimeUrl: string): boolean {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = getRealtimeSocket(realtimeUrl);
    const update = (change: (me: DriverMe) => DriverMe) => queryClient.setQueryData<DriverMe>(driverMeKey, (me) => (me ? change(me) : me));
    const refetch = () => void queryClient.invalidateQueries({ queryKey: driverMeKey });

    const onOffer = (offer: Offer) => update((me) => ({ ...me, offer }));
    const onWithdrawn = ({ offerId }: { offerId: string }) => update((me) => (me.offer?.id === offerId ? { ...me, offer: null } : me));
    const onJob = (job: Job) => {
      if (!FINISHED.includes(job.status)) return update((me) => ({ ...me, job }));
      // Done or cancelled: today's totals and the driver's status changed too.
      update((me) => (me.job?.orderId === job.orderId ? { ...me, job: null } : me));
      refetch();
    };
    socket.on("offer:new", onOffer);
    socket.on("offer:withdrawn", onWithdrawn);
    socket.on("job:updated", onJob);
    socket.on("connect", refetch);
    return () => {
      socket.off("offer:new", onOffer);
      socket.off("offer:withdrawn", onWithdrawn);
      socket.off("job:updated", onJob);
      socket.off("connect", refetch);
    };
  }, [queryClient, realtimeUrl]);
  return useConnected(realtimeUrl);
}
