// `npm test`: every check CI runs, in order, then one line totalling them all.
// typecheck and lint count as one check each; every Vitest test (unit, integration on PGlite and,
// when TEST_DATABASE_URL is set, on PostgreSQL, end-to-end in Chromium) counts as one.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const outcome = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return outcome.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

if (process.env.CI && !process.env.TEST_DATABASE_URL) {
  console.error("CI is set but TEST_DATABASE_URL is not: the PostgreSQL integration tests would not run.");
  process.exit(1);
}

if (!process.env.TEST_DATABASE_URL) {
  console.log(
    "TEST_DATABASE_URL is not set: the integration tests run on PGlite only. Set it (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to run them on PostgreSQL too.",
  );
}

check("typecheck", "npm", ["run", "--silent", "typecheck"]);
check("lint", "npm", ["run", "--silent", "lint"]);
if (!run("build client (for end-to-end)", "npm", ["run", "--silent", "build"])) {
  results.failed += 1;
  failures.push("build");
}

mkdirSync("test-results", { recursive: true });
const report = "test-results/vitest.json";
rmSync(report, { force: true });
run(
  "vitest (unit, integration, e2e)",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  {
    CHECKPOINT_DISABLE: "1",
  },
);
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  // A file that failed to load has no failed tests but did not pass either.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.every((a) => a.status !== "failed"),
  );
  results.failed += brokenFiles.length;
  if (json.numFailedTests > 0 || brokenFiles.length > 0) failures.push("vitest");
} catch (error) {
  results.failed += 1;
  failures.push(`vitest (no report: ${error.message})`);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(", ")}`);
const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 ? 1 : 0);
