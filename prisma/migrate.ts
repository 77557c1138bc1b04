// `npm run db:migrate`: apply pending migrations to DATABASE_URL (default: the embedded database).
import { readConfig } from "../server/config.ts";
import { createDatabase } from "../server/db/create-database.ts";
import { migrateDatabase } from "../server/db/migrate.ts";

const config = readConfig();
const database = await createDatabase(config.databaseUrl);
try {
  const applied = await migrateDatabase(database.db);
  console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : `${database.describe} is up to date.`);
} finally {
  await database.close();
}
