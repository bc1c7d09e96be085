// One simulated driver, end to end against a running Swift Eats: signs in through next-auth,
// connects to the realtime server with the session token, goes online through the API,
// sends a GPS point every ~5 s while it drives, accepts offers, drives to the restaurant,
// waits for READY, picks up, drives to the drop-off and delivers with the customer's code.
// The CLI (./index.ts) runs many; a Playwright test runs one in-process.
import { io, type Socket } from "socket.io-client";
import type { LatLng } from "@/lib/geo/geohash";
import type { DriverLocationAck } from "@/lib/realtime/events";
import { signIn } from "./sign-in";
import type { Job, Offer } from "@/lib/dispatch/views";
import { ApiError, driverApi, type DriverApi } from "./driver-api";
import { planRoute, pointNear, positionAlong, routeThrough, VEHICLE_SPEED_MPS, type Route, type Vehicle } from "./route";

/** Above this the ingest calls a move impossible (200 km/h): a sped-up driver stays below. */
const MAX_SIM_SPEED_MPS = 150 / 3.6;
const ACK_TIMEOUT_MS = 10_000;
/** How far an idle driver cruises around its start, waiting for offers. */
const IDLE_RADIUS_M = 800;

export type SimEvent =
  | { type: "online" }
  | { type: "offer"; offer: Offer; accepting: boolean }
  | { type: "accepted"; job: Job }
  | { type: "picked-up"; orderId: string }
  | { type: "delivered"; orderId: string }
  | { type: "position"; accepted: boolean; reason?: string }
  | { type: "error"; message: string };

export interface SimulatedDriverOptions {
  baseUrl: string;
  /** The realtime server, e.g. http://localhost:3001. */
  realtimeUrl: string;
  email: string;
  password: string;
  start: LatLng;
  /** Driving goes this many times faster than real time (GPS points still every interval). */
  speedup?: number;
  intervalMs?: number;
  /** The code the customer would tell the driver at the door (see ./delivery-code.ts). */
  readDeliveryCode: (orderId: string) => Promise<string | null>;
  /** Which offers to take; all by default. */
  acceptOffer?: (offer: Offer) => boolean;
  /** Idle drivers cruise around their start; false keeps them parked there. */
  cruise?: boolean;
  random?: () => number;
  onEvent?: (event: SimEvent) => void;
}

type Phase = "idle" | "to_pickup" | "at_pickup" | "to_dropoff";

export class SimulatedDriver {
  private api!: DriverApi;
  private socket!: Socket;
  private timer: ReturnType<typeof setInterval> | undefined;
  private vehicle: Vehicle = "BICYCLE";
  private position: LatLng;
  private heading = 0;
  private route: Route;
  private travelled = 0;
  private lastMoveAt = Date.now();
  private phase: Phase = "idle";
  private job: Job | null = null;
  private busy = false;
  private stopped = false;
  private paused = false;
  private readonly random: () => number;

  constructor(private readonly options: SimulatedDriverOptions) {
    this.random = options.random ?? Math.random;
    this.position = options.start;
    this.route = routeThrough([options.start]);
  }

  get currentPosition(): LatLng {
    return this.position;
  }

  get currentJob(): Job | null {
    return this.job;
  }

  async start(): Promise<void> {
    const { baseUrl, realtimeUrl, email, password } = this.options;
    const session = await signIn(baseUrl, email, password);
    this.api = driverApi(baseUrl, session.cookie);
    const me = await this.api.me();
    this.vehicle = me.driver.vehicle;

    this.socket = io(realtimeUrl, { auth: { token: session.token }, transports: ["websocket"], forceNew: true });
    this.socket.on("offer:new", (offer: Offer) => void this.onOffer(offer));
    this.socket.on("job:updated", (job: Job) => this.onJobUpdated(job));
    // A reconnect may have missed offers or job changes: the API holds the truth.
    this.socket.on("connect", () => void this.resync());
    await new Promise<void>((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", (error) => reject(new Error(`socket for ${email}: ${error.message}`)));
    });

    // The first point before going online: dispatch only offers to drivers with a fresh position.
    await this.sendPosition();
    await this.api.setOnline(true);
    this.emit({ type: "online" });
    if (me.job) this.takeJob(me.job);
    else if (me.offer) void this.onOffer(me.offer);
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 5000);
  }

  /** A phone in a tunnel: no positions and no driving until resumed (stale-position demos). */
  setPaused(paused: boolean) {
    this.paused = paused;
    this.lastMoveAt = Date.now();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    // 409 while holding a job: the order stays with this driver, as it would with a person.
    await this.api?.setOnline(false).catch(() => undefined);
    this.socket?.disconnect();
  }

  private emit(event: SimEvent) {
    this.options.onEvent?.(event);
  }

  private fail(error: unknown) {
    this.emit({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }

  private driveTo(target: LatLng) {
    this.route = planRoute(this.position, target, this.random);
    this.travelled = 0;
  }

  private move(now: number) {
    const speed = Math.min(MAX_SIM_SPEED_MPS, VEHICLE_SPEED_MPS[this.vehicle] * (this.options.speedup ?? 1));
    this.travelled += (speed * (now - this.lastMoveAt)) / 1000;
    this.lastMoveAt = now;
    const at = positionAlong(this.route, this.travelled);
    this.position = { lat: at.lat, lng: at.lng };
    this.heading = at.heading;
    return at.arrived;
  }

  private async sendPosition() {
    const ack: DriverLocationAck = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck("driver:location", {
      lat: this.position.lat,
      lng: this.position.lng,
      heading: this.heading,
      accuracy: 8,
      recordedAt: new Date().toISOString(),
    });
    if (ack.ok) this.emit({ type: "position", accepted: ack.accepted, reason: ack.reason });
    else this.emit({ type: "error", message: `driver:location refused: ${ack.error}` });
  }

  private async tick() {
    if (this.stopped || this.busy || this.paused) return;
    this.busy = true;
    try {
      const arrived = this.move(Date.now());
      if (this.socket.connected) await this.sendPosition();
      if (arrived) await this.onArrived();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async onArrived() {
    if (this.phase === "idle") {
      if (this.options.cruise !== false) this.driveTo(pointNear(this.options.start, IDLE_RADIUS_M, this.random));
      return;
    }
    if (!this.job) return;
    if (this.phase === "to_pickup" || this.phase === "at_pickup") {
      this.phase = "at_pickup";
      // Waiting at the counter: job:updated says when it is READY; ask too, in case it was missed.
      if (this.job.status !== "READY") this.job = (await this.api.me()).job ?? this.job;
      if (this.job.status !== "READY") return;
      const { job } = await this.api.pickUp(this.job.orderId);
      this.job = job;
      this.phase = "to_dropoff";
      this.driveTo(job.dropoff);
      this.emit({ type: "picked-up", orderId: job.orderId });
      return;
    }
    const { orderId } = this.job;
    const code = await this.options.readDeliveryCode(orderId);
    if (!code) throw new Error(`no delivery code for order ${orderId}`);
    await this.api.deliver(orderId, code);
    this.job = null;
    this.phase = "idle";
    this.emit({ type: "delivered", orderId });
  }

  private async onOffer(offer: Offer) {
    if (this.stopped) return;
    const accepting = !this.job && (this.options.acceptOffer?.(offer) ?? true);
    this.emit({ type: "offer", offer, accepting });
    try {
      if (!accepting) {
        await this.api.decline(offer.id);
        return;
      }
      const { job } = await this.api.accept(offer.id);
      this.takeJob(job);
      this.emit({ type: "accepted", job });
    } catch (error) {
      // Expired or taken while we answered: not a failure of the simulation.
      if (error instanceof ApiError && error.status === 409) return;
      this.fail(error);
    }
  }

  private takeJob(job: Job) {
    this.job = job;
    if (job.status === "PICKED_UP") {
      this.phase = "to_dropoff";
      this.driveTo(job.dropoff);
    } else {
      this.phase = "to_pickup";
      this.driveTo(job.restaurant);
    }
  }

  private onJobUpdated(job: Job) {
    if (this.job?.orderId !== job.orderId) return;
    if (["CANCELLED", "DELIVERED", "REJECTED"].includes(job.status)) {
      this.job = null;
      this.phase = "idle";
      return;
    }
    this.job = { ...this.job, ...job };
  }

  private async resync() {
    if (this.stopped || !this.api) return;
    try {
      const me = await this.api.me();
      if (me.job && me.job.orderId !== this.job?.orderId) this.takeJob(me.job);
      if (!me.job && this.job) {
        this.job = null;
        this.phase = "idle";
      }
    } catch (error) {
      this.fail(error);
    }
  }
}
