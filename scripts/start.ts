// `npm start`: migrate, seed the embedded demo when empty, build when needed, serve.
// Without DATABASE_URL this process owns the embedded PGlite database and serves
// it to the Next.js server over a private socket; nothing else may open it.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { ConfigurationError, databaseMode, demoMode, env, reloadEnv } from "@/lib/env";
import { acquireDataDirLock, DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { ensureEmbeddedSecrets } from "@/lib/db/embedded/secrets";
import { MasterKeyMissing } from "@/lib/db/embedded/master-key-file";
import { SetupCancelled } from "./support/terminal-questions";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded/pglite-server";
import { applyMigrations } from "@/lib/db/migrate";
import { buildIfNeeded } from "./support/build-if-needed";
import { seedEmbeddedDemoIfEmpty } from "./support/seed-embedded-demo";
import { offerFirstAdmin } from "./support/offer-first-admin";
import { indexApprovedTestimony } from "./support/index-approved-testimony";
import { listeningPlan } from "./support/listening-plan";
import { startForwardingListener, type ForwardingListener } from "./support/forwarding-listener";
import { startMailCatcher, type MailCatcher } from "./support/mail-catcher";

function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  const e = env();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(e.PORT), NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: EmbeddedServer | undefined;
  let release: (() => void) | undefined;
  let forwarding: ForwardingListener | undefined;
  let mailCatcher: MailCatcher | undefined;

  const shutdown = async (child?: ChildProcess) => {
    child?.kill("SIGTERM");
    await forwarding?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    await mailCatcher?.stop().catch(() => undefined);
    release?.();
  };

  if (databaseMode(e) === "pglite") {
    release = acquireDataDirLock(e.DATA_DIR);
    const secrets = ensureEmbeddedSecrets(e.DATA_DIR, { keyDir: e.COUNTERVOICE_KEY_DIR, masterKeyFromEnv: Boolean(e.COUNTERVOICE_MASTER_KEY) });
    if (secrets.masterKeyFile) console.log(`Master key: ${secrets.masterKeyFile} (kept apart from the data directory; keep a copy of it somewhere safe)`);
    console.log(`Starting the embedded database in ${e.DATA_DIR} …`);
    embedded = await startEmbeddedServer(e.DATA_DIR);
    Object.assign(process.env, {
      COUNTERVOICE_EMBEDDED_URL: embedded.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || secrets.nextauthSecret,
      COUNTERVOICE_MASTER_KEY: process.env.COUNTERVOICE_MASTER_KEY || secrets.masterKey,
      COUNTERVOICE_MASTER_KEY_PREVIOUS: process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS || secrets.previousMasterKey || "",
    });
    reloadEnv();
    Object.assign(childEnv, {
      COUNTERVOICE_EMBEDDED_URL: embedded.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      COUNTERVOICE_MASTER_KEY: process.env.COUNTERVOICE_MASTER_KEY,
      COUNTERVOICE_MASTER_KEY_PREVIOUS: process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS,
    });
  }
  if (embedded && demoMode(e) && !e.SMTP_URL) {
    mailCatcher = await startMailCatcher(e.DATA_DIR);
    Object.assign(childEnv, { SMTP_URL: `smtp://127.0.0.1:${mailCatcher.port}`, MAIL_FROM: "Countervoice demo <notices@countervoice.localhost>", MAIL_CATCHER_DIR: mailCatcher.dir });
    console.log(`Demo mail: every email goes to a local catcher; an admin reads them at /admin/notices.`);
  }
  childEnv.NEXTAUTH_URL ||= `http://localhost:${e.PORT}`;

  try {
    console.log("Applying database migrations …");
    await applyMigrations(process.env);
    await indexApprovedTestimony();
    if (embedded && demoMode(e)) await seedEmbeddedDemoIfEmpty();
    else await offerFirstAdmin(childEnv.NEXTAUTH_URL, Boolean(embedded));
    await buildIfNeeded(childEnv);
  } catch (error) {
    await shutdown();
    throw error;
  }

  const plan = listeningPlan({ embedded: Boolean(embedded), host: e.HOST, port: e.PORT, freeLocalPort: await freeLocalPort() });
  const nextArgs = ["node_modules/next/dist/bin/next", "start", "-p", String(plan.next.port), ...(plan.next.host ? ["-H", plan.next.host] : [])];
  // PORT stays the public port in the child's environment: links are built from it, and `-p` decides where Next.js listens.
  const child = spawn(process.execPath, nextArgs, { env: childEnv, stdio: "inherit" });
  if (plan.forwarding) {
    try {
      forwarding = await startForwardingListener(plan.forwarding, plan.next.port);
    } catch (error) {
      await shutdown(child);
      throw error;
    }
    console.log(`HOST=${plan.forwarding.host} opens the demo to other machines; its password and API token still work only from this one.`);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void shutdown(child).then(() => process.exit(0)));
  }
  child.on("exit", (code) => void shutdown().then(() => process.exit(code ?? 0)));
  const shown = plan.forwarding?.host ?? plan.next.host ?? "localhost";
  console.log(`Countervoice is starting on http://${shown.includes(":") ? `[${shown}]` : shown}:${e.PORT} (${databaseMode(e)} database).`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DataDirInUse || error instanceof MasterKeyMissing || error instanceof SetupCancelled) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
