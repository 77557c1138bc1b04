// Sign-in with better-auth: email + password only, sign-up closed (headquarters creates users),
// sessions in the database, HttpOnly SameSite=Lax cookies.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import type { Db } from "../db/create-database.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { PASSWORD_MIN_LENGTH } from "../../shared/schemas/users.ts";

/** The header our HTTP bridge sets to the client's address; clients cannot forge it. */
export const CLIENT_IP_HEADER = "x-franchise-audit-client-ip";

/** A session lasts 12 hours and is extended when used after it is an hour old. */
export const SESSION_EXPIRES_IN_S = 60 * 60 * 12;
export const SESSION_UPDATE_AGE_S = 60 * 60;

export interface AuthOptions {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins: string[];
}

export function createAuth({ db, secret, baseURL, trustedOrigins }: AuthOptions) {
  return betterAuth({
    appName: "Franchise audit",
    secret,
    baseURL,
    basePath: "/api/auth",
    trustedOrigins,
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, input: false },
        active: { type: "boolean", required: false, input: false, defaultValue: true },
      },
    },
    session: { expiresIn: SESSION_EXPIRES_IN_S, updateAge: SESSION_UPDATE_AGE_S },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Sign-in has its own throttle (sign-in-throttle.ts): failures only, by address and by account.
      customRules: { "/sign-in/email": false },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated user may know their password but gets no session.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            if (!user?.active) throw new APIError("FORBIDDEN", { message: "This account is deactivated." });
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
