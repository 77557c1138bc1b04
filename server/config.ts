// Everything the server reads from its environment, in one place. All optional.
import { join } from "node:path";
import { DEFAULT_PGLITE_DIR } from "./db/create-database.ts";

export interface ServerConfig {
  port: number;
  host: string;
  /** A postgres:// URL, or a PGlite directory. */
  databaseUrl: string;
  /** PostgreSQL only: the role the application serves as, when DATABASE_URL's user cannot set one up. */
  appDatabaseUrl: string | undefined;
  authSecret: string | undefined;
  authSecretFile: string;
  publicOrigin: string | undefined;
  clientDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : 3000;
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== "" ? env.DATABASE_URL : DEFAULT_PGLITE_DIR,
    appDatabaseUrl: env.APP_DATABASE_URL && env.APP_DATABASE_URL !== "" ? env.APP_DATABASE_URL : undefined,
    authSecret: env.AUTH_SECRET,
    authSecretFile: join("data", "auth-secret"),
    publicOrigin: env.PUBLIC_ORIGIN,
    clientDir: join(process.cwd(), "dist", "client"),
  };
}
