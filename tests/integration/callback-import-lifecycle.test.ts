// Imports that no byte and no crash can poison (issue 13): every byte sequence gets an answer by
// row and column, encodings are never guessed, and a refused, failed or interrupted import never
// blocks the fixed file; nothing is committed with 0 rows.
import { describe, expect, it } from "vitest";
import {
  failInterruptedImports,
  INTERRUPTED_AFTER_MS,
  startImport,
} from "../../server/services/imports/import-lifecycle.ts";
import type { ImportValidation } from "../../server/services/imports/validate-import.ts";
import { callerFor } from "../helpers/callers.ts";
import { useManagerOverHttp } from "../helpers/manager-over-http.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
const http = useManagerOverHttp(database);
const HEADER = "work_order_no,center_code,called_at,outcome,rating";
const recent = "2026-11-20 10:00";

async function upload(body: string | Buffer, progressToken?: string) {
  const query = new URLSearchParams({ fileName: "callbacks.csv", ...(progressToken ? { progressToken } : {}) });
  const response = await http.app.inject({
    method: "POST",
    url: `/api/callback-imports?${query.toString()}`,
    headers: { cookie: http.cookie, "content-type": "text/csv", "x-franchise-audit": "1" },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<ImportValidation & { message: string }>() };
}

const rejectionLines = (body: ImportValidation) =>
  body.status === "REJECTED" ? body.errors.map((e) => `${e.row} ${e.column}: ${e.message}`) : [];

describe(`callback import lifecycle (${database.kind})`, () => {
  it("answers a NUL byte and other control characters by row and column; the fixed file imports", async () => {
    const bad = [
      HEADER,
      `WO-NUL-1,${http.center.code},${recent},REACHED,5`,
      `WO-NUL-2\u0000,${http.center.code},${recent},REACHED,4`,
    ];
    bad.push(`WO-NUL-3,${http.center.code},${recent},REACH\u001bED,4`);
    const { status, body } = await upload(bad.join("\n"));
    expect(status).toBe(200);
    expect(rejectionLines(body)).toEqual([
      "3 work_order_no: Contains a control character (U+0000); remove it.",
      "4 outcome: Contains a control character (U+001B); remove it.",
    ]);
    expect(await database.db.callbackImportRow.count()).toBe(0);

    const fixed = await upload([HEADER, `WO-NUL-1,${http.center.code},${recent},REACHED,5`].join("\n"));
    expect(fixed.body).toMatchObject({ status: "VALIDATED", rowCount: 1 });
    await expect(
      callerFor(database.db, http.manager).callbacks.commitImport({ importId: fixed.body.importId }),
    ).resolves.toMatchObject({ insertedCount: 1 });
  });

  it("refuses a Latin-1 file instead of storing mojibake, naming the accepted encodings", async () => {
    const latin1 = Buffer.from(
      `${HEADER},comment\nWO-L1,${http.center.code},${recent},REACHED,5,caf\u00e9 na\u00efve\n`,
      "latin1",
    );
    const { body } = await upload(latin1);
    expect(body.status).toBe("REJECTED");
    expect(rejectionLines(body)).toEqual([
      '1 (file): The file\'s encoding is not one that can be read with certainty: save it as UTF-8 (with or without BOM), GB18030, or UTF-16 with a BOM (in Excel: "CSV UTF-8").',
    ]);
    expect(await database.db.callback.count({ where: { workOrderNo: "WO-L1" } })).toBe(0);
  });

  it("reads UTF-16 with its BOM (little- and big-endian), and refuses it without one", async () => {
    const text = `${HEADER},comment\nWO-U16LE,${http.center.code},${recent},REACHED,5,服务很好\n`;
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await upload(little)).body).toMatchObject({ status: "VALIDATED", encoding: "utf-16le", rowCount: 1 });
    const bigText = text.replace("WO-U16LE", "WO-U16BE");
    const big = Buffer.from(bigText, "utf16le").swap16();
    const bigWithBom = Buffer.concat([Buffer.from([0xfe, 0xff]), big]);
    expect((await upload(bigWithBom)).body).toMatchObject({ status: "VALIDATED", encoding: "utf-16be" });
    const noBom = await upload(Buffer.from(text.replace("WO-U16LE", "WO-U16NB"), "utf16le"));
    expect(rejectionLines(noBom.body)[0]).toMatch(/looks like UTF-16 without a BOM/);
  });

  it("names bytes that cannot be read, past the part the encoding was detected from", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `WO-BIG-${i},${http.center.code},${recent},REACHED,5,`);
    const readable = Buffer.from(
      [`${HEADER},comment`, ...rows, `WO-BAD-BYTES,${http.center.code},${recent},REACHED,5,`].join("\n"),
    );
    const { body } = await upload(Buffer.concat([readable, Buffer.from([0xc3, 0x28, 0x0a])]));
    expect(rejectionLines(body)).toEqual([
      "3002 comment: Contains bytes that cannot be read in the file's encoding; save the file as UTF-8 and upload it again.",
    ]);
  });

  it("refuses a header that names a column twice", async () => {
    const { body } = await upload([`${HEADER},评分`, `WO-TWICE,${http.center.code},${recent},REACHED,5,4`].join("\n"));
    expect(rejectionLines(body)).toEqual([
      "1 (header): The header names rating twice (columns 5 and 6): keep one of them.",
    ]);
  });

  it("keeps its progress in the database, found by the page's token until and after it is done", async () => {
    const token = "6f1c3c9e-2b7a-4e55-9d7e-0c8a1f2b3c4d";
    const { body } = await upload([HEADER, `WO-PROGRESS,${http.center.code},${recent},REACHED,5`].join("\n"), token);
    expect(body.status).toBe("VALIDATED");
    await expect(callerFor(database.db, http.manager).callbacks.importProgress({ token })).resolves.toEqual({
      phase: "DONE",
      rowsRead: 1,
    });
  });

  it("marks an interrupted import failed, refuses to commit it, and lets the same file import afterwards", async () => {
    const csv = [HEADER, `WO-CRASH,${http.center.code},${recent},REACHED,5`].join("\n");
    // A server that died while receiving: the row says RECEIVING and its heartbeat stopped.
    const stuck = await startImport(database.db, http.manager.id, {
      kind: "CALLBACKS",
      fileName: "crash.csv",
      progressToken: null,
    });
    await expect(callerFor(database.db, http.manager).callbacks.commitImport({ importId: stuck })).rejects.toThrow(
      `Import #${stuck} is still being checked: wait for its result.`,
    );
    expect(await failInterruptedImports(database.db, new Date(Date.now() + INTERRUPTED_AFTER_MS + 1000))).toBe(1);
    await expect(database.db.csvImport.findUniqueOrThrow({ where: { id: stuck } })).resolves.toMatchObject({
      status: "FAILED",
    });
    await expect(callerFor(database.db, http.manager).callbacks.commitImport({ importId: stuck })).rejects.toThrow(
      `Import #${stuck} was interrupted: upload the file again.`,
    );
    const again = await upload(csv);
    expect(again.body).toMatchObject({ status: "VALIDATED", rowCount: 1 });
    await expect(
      callerFor(database.db, http.manager).callbacks.commitImport({ importId: again.body.importId }),
    ).resolves.toMatchObject({ insertedCount: 1 });
  });

  it("never commits an import without rows", async () => {
    const { body } = await upload(`${HEADER}\n`);
    expect(body.status).toBe("REJECTED");
    await expect(
      callerFor(database.db, http.manager).callbacks.commitImport({ importId: body.importId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.db.csvImport.count({ where: { status: "COMMITTED", insertedCount: 0 } })).toBe(0);
  });
});
