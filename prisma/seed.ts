// `npm run db:seed`: migrate, then load the demo network into an empty database.
import { readConfig } from "../server/config.ts";
import { createDatabase } from "../server/db/create-database.ts";
import { migrateDatabase } from "../server/db/migrate.ts";
import { seedDemoNetwork } from "./seed-demo-network.ts";

const config = readConfig();
const database = await createDatabase(config.databaseUrl);
try {
  await migrateDatabase(database.db);
  const started = Date.now();
  const seeded = await seedDemoNetwork(database.db);
  console.log(
    seeded
      ? `Demo network loaded into ${database.describe} in ${((Date.now() - started) / 1000).toFixed(1)} s.`
      : `${database.describe} already holds data; nothing seeded.`,
  );
} finally {
  await database.close();
}
