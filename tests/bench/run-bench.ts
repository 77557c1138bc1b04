// `npm run bench [-- --quick]`: generates a network at scale in a fresh database, then measures
// each operation against its physical limit on that same database, as a ratio (median of runs).
// PostgreSQL when DATABASE_URL is set (a fresh database is created on that server), PGlite otherwise.
// Prints `name  ours  limit  ratio` and writes the same to .bench/results-<time>.json.
import { randomBytes } from "node:crypto";
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { periodKeyOf } from "../../shared/domain/periods.ts";
import { buildApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/create-auth.ts";
import { copyCsvFor } from "../../server/db/bulk-copy.ts";
import { migrateDatabase } from "../../server/db/migrate.ts";
import { closePeriod } from "../../server/services/periods/close-period.ts";
import { explainEvaluation } from "../../server/services/scoring/explain-evaluation.ts";
import { reopenPeriod } from "../../server/services/periods/reopen-period.ts";
import { createUser } from "../../server/services/users/create-user.ts";
import { freePort, openBenchDatabase, SCALES } from "./bench-setup.ts";
import { BENCH_PASSWORD, generateNetwork } from "./generate-network.ts";
import { httpRequest, signInCookie, trpcQuery, trpcQueryUrl } from "./http-client.ts";
import { linePiecesOf, writeHotlineImportFiles, writeImportFiles } from "./import-files.ts";
import { closeLimit, explainLimit, scorecardLimit } from "./limit-queries.ts";
import { recordAudit } from "../../server/services/audit/record-audit.ts";
import { removeObsoleteStaging } from "../../server/services/imports/staging-cleanup.ts";
import { adherenceLimit, generateComplaints, queueLimit } from "./complaints-desk.ts";
import { medianMs, trackPeakMemory } from "./measure.ts";
import { measureTwoServerLoad } from "./two-servers-load.ts";

const quick = process.argv.includes("--quick");
const serverUrl = process.env.DATABASE_URL;
const onPostgres = Boolean(serverUrl);
const scale = quick ? SCALES.quick! : onPostgres ? SCALES.full! : SCALES.embedded!;
const RUNS = quick ? 3 : 5;
const SHORT_RUNS = 101;

interface Measure {
  name: string;
  oursMs: number;
  limitMs: number;
  ratio: number;
  target: string;
}
const results: Measure[] = [];
const memory = trackPeakMemory();

function record(name: string, oursMs: number, limitMs: number, target: string, ratio = oursMs / limitMs) {
  // Whole milliseconds, or tenths under 10 ms (an explain view is about one).
  const shown = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
  results.push({
    name,
    oursMs: Number(shown(oursMs)),
    limitMs: Number(shown(limitMs)),
    ratio: Number(ratio.toFixed(2)),
    target,
  });
  console.log(
    `${name.padEnd(30)} ${shown(oursMs).padStart(8)} ms ${shown(limitMs).padStart(8)} ms ${ratio.toFixed(2).padStart(6)}  (${target})`,
  );
}

const database = await openBenchDatabase(serverUrl);
const db = database.handle.db;
try {
  await migrateDatabase(db);
  const currentPeriod = periodKeyOf(new Date());
  console.log(`Scale: ${JSON.stringify(scale)} on ${database.describe}${quick ? " (quick)" : ""}`);
  let started = performance.now();
  const { months, hq } = await generateNetwork(db, scale, currentPeriod);
  console.log(
    `generated in ${((performance.now() - started) / 1000).toFixed(1)} s (set-based INSERT … SELECT inside the database)`,
  );
  started = performance.now();
  const toClose = months.slice(0, -1); // the last generated month stays open for the close measure
  for (const month of toClose) await closePeriod(db, hq, { periodKey: month });
  console.log(
    `closed ${toClose.length} months through the product in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // Autovacuum may be off on the server (it is on the development machine): vacuum once after
  // loading, as autovacuum would have by now, so that neither side reads the dead rows of 23 closes.
  const [setting] = await db.$queryRaw<{ value: string }[]>`SELECT current_setting('autovacuum') AS value`;
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`vacuumed and analysed after loading (autovacuum on this server: ${setting?.value})`);
  const openMonth = months.at(-1)!;
  const lastClosed = toClose.at(-1)!;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const authSecret = randomBytes(32).toString("hex");
  const auth = createAuth({ db, secret: authSecret, baseURL: base, trustedOrigins: [base] });
  const app = await buildApp({ db, auth });
  await app.listen({ port, host: "127.0.0.1" });
  const hqCookie = await signInCookie(base, hq.email, BENCH_PASSWORD, "127.0.0.2");
  console.log(`\n${"name".padEnd(30)}     ours ms  limit ms   ratio  (target)`);

  // 1. The scorecard of all centers for the open month (live scores), over HTTP. Computed from
  //    scratch: before each run an audit entry (a change, as far as the cache knows) is written.
  const loadScorecard = () => trpcQuery(base, hqCookie, "scorecards.get", { periodKey: openMonth });
  const oursScorecard = await medianMs(RUNS, loadScorecard, () =>
    recordAudit(db, { actorId: null, actorEmail: null, action: "CENTER_UPDATED", entityType: "center" }),
  );
  const limitScorecard = await medianMs(RUNS, () => scorecardLimit(db, openMonth));
  record("scorecard (all centers)", oursScorecard, limitScorecard, "≤ 1.5");
  // The same request when nothing has changed since the last one: served from the cache.
  const cachedScorecard = await medianMs(RUNS, loadScorecard);
  record("scorecard (unchanged, cached)", cachedScorecard, limitScorecard, "informative");

  // 2. One center's explanation for a closed month.
  const center = await db.center.findFirstOrThrow({
    where: { evaluations: { some: { periodKey: lastClosed, result: "FAIL" } } },
    select: { id: true },
  });
  // Around a millisecond each: many more runs than the long measures, for a steady median.
  const oursExplain = await medianMs(SHORT_RUNS, () =>
    trpcQuery(base, hqCookie, "scorecards.explain", { centerId: center.id, periodKey: lastClosed }),
  );
  const limitExplain = await medianMs(SHORT_RUNS, () => explainLimit(db, center.id, lastClosed));
  record("explain (one center)", oursExplain, limitExplain, "≤ 1.5");
  // Where the explain view's time goes: the service called in-process (no HTTP, no session), and
  // what any signed-in request costs before it does anything (HTTP, session, tRPC).
  const hqUser = { ...hq, name: "HQ", role: "HQ_ADMIN" as const, regionIds: [] };
  const inProcess = await medianMs(SHORT_RUNS, () =>
    explainEvaluation(db, hqUser, { centerId: center.id, periodKey: lastClosed }),
  );
  record("explain, in-process service", inProcess, limitExplain, "informative");
  const floor = await medianMs(SHORT_RUNS, () => trpcQuery(base, hqCookie, "session.me", undefined));
  record("signed-in no-op (floor)", floor, limitExplain, "informative");

  // 3. Closing a month for every center: reopen and re-close, against one INSERT … SELECT.
  // The month's first close (once: it cannot be repeated) is shown beside the repeated re-closes.
  let firstClose = performance.now();
  await closePeriod(db, hq, { periodKey: openMonth });
  firstClose = performance.now() - firstClose;
  const closeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await reopenPeriod(db, hq, { periodKey: openMonth, reason: "benchmark re-close" });
    const t = performance.now();
    await closePeriod(db, hq, { periodKey: openMonth });
    closeTimes.push(performance.now() - t);
  }
  closeTimes.sort((a, b) => a - b);
  const limitClose = await medianMs(RUNS, () => closeLimit(db, openMonth));
  record("period close (all centers)", closeTimes[Math.floor(RUNS / 2)]!, limitClose, "≤ 2");
  record("period close (first, one run)", firstClose, limitClose, "informative");

  // 4. Importing callbacks from CSV through the product vs a plain COPY of the same rows.
  const files = await writeImportFiles(db, scale.importRows, currentPeriod);
  started = performance.now();
  const upload = await httpRequest(`${base}/api/callback-imports?fileName=bench.csv`, {
    method: "POST",
    headers: { cookie: hqCookie, "content-type": "text/csv", "x-franchise-audit": "1" },
    body: createReadStream(files.csvPath),
  });
  const validation = JSON.parse(upload.text) as { status: string; importId: number; errorCount?: number };
  if (validation.status !== "VALIDATED") throw new Error(`The import was not valid: ${upload.text.slice(0, 500)}`);
  const validatedMs = performance.now() - started;
  const commit = await httpRequest(`${base}/api/trpc/callbacks.commitImport`, {
    method: "POST",
    headers: { cookie: hqCookie, "content-type": "application/json", "x-franchise-audit": "1" },
    body: JSON.stringify({ importId: validation.importId }),
  });
  if (commit.status !== 200) throw new Error(`Commit failed: ${commit.text.slice(0, 300)}`);
  const oursImport = performance.now() - started;
  // The staged copies are removed after the commit answers; let that finish before COPY is timed.
  await removeObsoleteStaging(db);
  await db.$executeRawUnsafe(`DELETE FROM callback WHERE import_id = ${validation.importId}`);
  started = performance.now();
  await copyCsvFor(db)("callback", files.tableColumns, linePiecesOf(files.tableCsvPath));
  const limitImport = performance.now() - started;
  const rowsPerSecond = (ms: number) => Math.round(scale.importRows / (ms / 1000));
  record(
    `import ${scale.importRows} rows`,
    oursImport,
    limitImport,
    "≥ 0.5 of COPY throughput",
    limitImport / oursImport,
  );
  console.log(
    `  (${rowsPerSecond(oursImport)} rows/s through the product, ${rowsPerSecond(limitImport)} rows/s by COPY; upload and validation ${(validatedMs / 1000).toFixed(1)} s, commit ${((oursImport - validatedMs) / 1000).toFixed(1)} s)`,
  );

  // 5. The complaints desk over a year of complaints: the queue's first page and the adherence dashboard.
  started = performance.now();
  await generateComplaints(db, scale.complaints);
  console.log(
    `  (${scale.complaints} complaints with their timelines generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const oursQueue = await medianMs(RUNS, () => trpcQuery(base, hqCookie, "complaints.list", {}));
  const limitQueue = await medianMs(RUNS, () => queueLimit(db));
  record(`desk queue (${scale.complaints} complaints)`, oursQueue, limitQueue, "≤ 1.5");
  const oursAdherence = await medianMs(RUNS, () => trpcQuery(base, hqCookie, "complaints.dashboard", {}));
  const limitAdherence = await medianMs(RUNS, () => adherenceLimit(db));
  record(`desk adherence (${scale.complaints})`, oursAdherence, limitAdherence, "≤ 1.5");

  // 5b. Importing the hotline's export through the product vs a plain COPY of the same complaints and
  // their timeline entries. The COPY runs first (under other tickets), so the product's import is
  // timed on the larger table.
  const hotline = await writeHotlineImportFiles(db, scale.importRows, currentPeriod);
  started = performance.now();
  await copyCsvFor(db)("complaint", hotline.complaintColumns, linePiecesOf(hotline.complaintsPath));
  await copyCsvFor(db)("complaint_event", hotline.eventColumns, linePiecesOf(hotline.eventsPath));
  const limitHotline = performance.now() - started;
  await db.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('complaint', 'id'), (SELECT max(id) FROM complaint))`,
  );
  started = performance.now();
  const hotlineUpload = await httpRequest(`${base}/api/complaint-imports?fileName=hotline.csv`, {
    method: "POST",
    headers: { cookie: hqCookie, "content-type": "text/csv", "x-franchise-audit": "1" },
    body: createReadStream(hotline.csvPath),
  });
  const hotlineValidation = JSON.parse(hotlineUpload.text) as { status: string; importId: number };
  if (hotlineValidation.status !== "VALIDATED")
    throw new Error(`The hotline file was not valid: ${hotlineUpload.text.slice(0, 500)}`);
  const hotlineValidatedMs = performance.now() - started;
  const hotlineCommit = await httpRequest(`${base}/api/trpc/complaints.commitImport`, {
    method: "POST",
    headers: { cookie: hqCookie, "content-type": "application/json", "x-franchise-audit": "1" },
    body: JSON.stringify({ importId: hotlineValidation.importId }),
  });
  if (hotlineCommit.status !== 200) throw new Error(`Hotline commit failed: ${hotlineCommit.text.slice(0, 300)}`);
  const oursHotline = performance.now() - started;
  await removeObsoleteStaging(db);
  record(
    `hotline import ${scale.importRows} rows`,
    oursHotline,
    limitHotline,
    "≥ 0.5 of COPY throughput",
    limitHotline / oursHotline,
  );
  console.log(
    `  (${rowsPerSecond(oursHotline)} rows/s through the product, ${rowsPerSecond(limitHotline)} rows/s by COPY; upload and validation ${(hotlineValidatedMs / 1000).toFixed(1)} s, commit ${((oursHotline - hotlineValidatedMs) / 1000).toFixed(1)} s)`,
  );

  // 6. Concurrent signed-in users loading the scorecard.
  const managers: string[] = [];
  for (let i = 0; i < scale.users; i++) {
    const email = `manager${i}@bench.example`;
    await createUser(
      db,
      { id: null, email: "bench@setup" },
      { email, name: `Manager ${i}`, role: "REGIONAL_MANAGER", regionIds: [1 + (i % 8)], password: BENCH_PASSWORD },
    );
    managers.push(await signInCookie(base, email, BENCH_PASSWORD, `127.0.1.${i + 1}`));
  }
  const url = trpcQueryUrl(base, "scorecards.get", { periodKey: lastClosed });
  const load = await autocannon({
    url,
    connections: scale.users,
    duration: scale.seconds,
    requests: [
      {
        setupRequest: (req: { headers?: Record<string, string> }, context: { cookie?: string }) => {
          context.cookie ??= managers[Math.floor(Math.random() * managers.length)];
          return { ...req, headers: { ...req.headers, cookie: context.cookie! } };
        },
      },
    ],
  } as autocannon.Options);
  const errors = load.errors + load.non2xx + load.timeouts;
  console.log(
    `${`${scale.users} concurrent users`.padEnd(30)} p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.requests.total} requests, ${errors} errors (target: 0 errors, p99 < 500 ms on PostgreSQL)`,
  );
  // Requests autocannon abandoned at the deadline may still be running on the server: let them
  // finish before the database is closed.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await app.close();
  memory.stop();

  // 7. The same users over two server processes on one database (PostgreSQL only: PGlite is embedded).
  const twoServers = database.url
    ? await measureTwoServerLoad({
        databaseUrl: database.url,
        authSecret,
        cookies: managers,
        procedure: "scorecards.get",
        input: { periodKey: lastClosed },
        connections: scale.users,
        seconds: scale.seconds,
      })
    : null;
  if (twoServers)
    console.log(
      `${`${scale.users} users, two servers`.padEnd(30)} p50 ${twoServers.p50.join(" / ")} ms, p99 ${twoServers.p99.join(" / ")} ms, ${twoServers.requests} requests, ${twoServers.errors} errors (target: 0 errors)`,
    );
  console.log(`peak memory (server and bench in one process): ${memory.peakMb()} MB (target < 1024 MB)`);

  mkdirSync(".bench", { recursive: true });
  const file = `.bench/results-${new Date().toISOString().replaceAll(":", "-")}.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        database: onPostgres ? "postgresql" : "pglite",
        quick,
        scale,
        measures: results,
        concurrentUsers: {
          users: scale.users,
          p50: load.latency.p50,
          p99: load.latency.p99,
          requests: load.requests.total,
          errors,
        },
        twoServers,
        peakMemoryMb: memory.peakMb(),
      },
      null,
      2,
    ),
  );
  console.log(`written to ${file}`);
} finally {
  await database.handle.close();
  await database.drop();
}
