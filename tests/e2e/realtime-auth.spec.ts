// server/realtime trusts the same session cookie the web app issues, and nothing else.
import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { E2E_PORT } from "../../playwright.config";
import { signIn, signInByRequest } from "./support/sign-in";

const REALTIME = `http://localhost:${E2E_PORT + 1}`;

function connect(cookie?: string) {
  const socket = io(REALTIME, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
  return new Promise<{ welcome?: { userId: string; role: string }; error?: string }>((resolve) => {
    socket.on("welcome", (welcome) => {
      socket.close();
      resolve({ welcome });
    });
    socket.on("connect_error", (err) => {
      socket.close();
      resolve({ error: err.message });
    });
  });
}

test("a signed-in user's socket is authenticated as that user", async ({ page, context }) => {
  const driver = DEMO_ACCOUNTS.find((a) => a.role === "DRIVER")!;
  await signInByRequest(page, driver.email, driver.password);
  const me = (await (await page.request.get("/api/v1/me")).json()).user;
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const result = await connect(cookie);
  expect(result.welcome).toMatchObject({ userId: me.userId, role: "DRIVER" });
});

test("a socket without a valid session is refused", async () => {
  expect(await connect()).toEqual({ error: "unauthorized" });
  expect(await connect("next-auth.session-token=forged.token.value")).toEqual({ error: "unauthorized" });
});

test("after sign-out the old session cookie opens no socket", async ({ page, context }) => {
  const customer = DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!;
  await signIn(page, customer.email, customer.password);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  expect((await connect(cookie)).welcome).toMatchObject({ role: "CUSTOMER" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await connect(cookie)).toEqual({ error: "unauthorized" });
});
