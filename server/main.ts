// `npm start`: migrate, seed an empty database with the demo network, serve until told to stop.
import closeWithGrace from "close-with-grace";
import { seedDemoNetwork } from "../prisma/seed-demo-network.ts";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "../prisma/seed-data/people.ts";
import { buildApp, LOG_REDACTIONS } from "./app.ts";
import { loadAuthSecret } from "./auth/auth-secret.ts";
import { createAuth } from "./auth/create-auth.ts";
import { readConfig } from "./config.ts";
import { openAppDatabase } from "./db/open-app-database.ts";
import { startHousekeeping } from "./jobs/housekeeping.ts";

const config = readConfig();
const authSecret = loadAuthSecret(config.authSecretFile, config.authSecret);
const {
  database,
  applied,
  appRole,
  prepared: seeded,
} = await openAppDatabase({
  databaseUrl: config.databaseUrl,
  appDatabaseUrl: config.appDatabaseUrl,
  authSecret,
  prepare: seedDemoNetwork,
});
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

// Imports a previous run left unfinished are failed and scratch rows removed; then every five minutes.
startHousekeeping(database.db);

const origins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
if (config.publicOrigin) origins.unshift(config.publicOrigin);
const auth = createAuth({
  db: database.db,
  secret: authSecret,
  baseURL: origins[0]!,
  trustedOrigins: origins,
});
const app = await buildApp({
  db: database.db,
  auth,
  clientDir: config.clientDir,
  logger: { level: process.env.LOG_LEVEL ?? "info", redact: LOG_REDACTIONS },
});

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "shutting down after an error");
  else app.log.info({ signal }, "shutting down");
  await app.close(); // finishes in-flight requests first
  await database.close();
});

await app.listen({ port: config.port, host: config.host });
console.log(`\nFranchise audit running at http://localhost:${config.port}`);
console.log(
  `Database: ${database.describe}${appRole ? ` as role ${appRole}` : ""}${seeded ? " (demo network loaded)" : ""}`,
);
console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
for (const { role, email, scope } of DEMO_SIGN_INS) console.log(`  ${role.padEnd(17)} ${email.padEnd(42)} ${scope}`);
