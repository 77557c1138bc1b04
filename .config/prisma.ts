// Prisma CLI configuration. The native engines cannot be downloaded on our machines, so the CLI
// runs its JavaScript schema engine through the PGlite driver adapter (see README, Decisions).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI parses schema.prisma before it looks at the adapter; an unset DATABASE_URL there makes it
// fall back to the Rust engine and fail on a download. The URL is never connected to.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
  // PRISMA_PGLITE_DIR lets a caller (the schema-drift test) point the CLI at a migrated database.
  adapter: () => Promise.resolve(new PrismaPGlite(new PGlite(process.env.PRISMA_PGLITE_DIR ?? "memory://"))),
});
