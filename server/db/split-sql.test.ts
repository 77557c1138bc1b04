import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "./split-sql.ts";

describe("splitting a migration into statements", () => {
  it("splits on semicolons and drops comments and blanks", () => {
    expect(
      splitSqlStatements("-- a comment\nCREATE TABLE a (x int);\n\n/* block; */ CREATE TABLE b (y int);\n"),
    ).toEqual(["CREATE TABLE a (x int)", "CREATE TABLE b (y int)"]);
  });

  it("keeps semicolons inside strings, quoted identifiers and dollar-quoted bodies", () => {
    const script = `INSERT INTO t VALUES ('a;b', 'it''s; fine');
CREATE TABLE "odd;name" (x int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no; way'; END; $$;
CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;`;
    expect(splitSqlStatements(script)).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
      'CREATE TABLE "odd;name" (x int)',
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no; way'; END; $$",
      "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
    ]);
  });
});
