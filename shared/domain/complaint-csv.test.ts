import { describe, expect, it } from "vitest";
import { mapComplaintHeader, parseCategory, validateComplaintRow, type ComplaintHeaderMap } from "./complaint-csv.ts";

const CHINESE_HEADER = [
  "投诉单号",
  "来电时间",
  "服务中心编码",
  "维修工单号",
  "投诉类别",
  "客户姓名",
  "联系电话",
  "投诉内容",
];

function chineseHeader(): ComplaintHeaderMap {
  const mapped = mapComplaintHeader(CHINESE_HEADER);
  if (!("map" in mapped)) throw new Error("the Chinese header did not map");
  return mapped.map;
}

const context = {
  now: new Date("2026-11-20T08:00:00Z"),
  timeZone: "Asia/Shanghai",
  firstPeriod: "2026-01",
  isClosed: () => false,
  centers: new Map([
    ["SH-001", { id: 7, revoked: false }],
    ["SH-009", { id: 9, revoked: true }],
  ]),
};

const GOOD = [
  "HL-20261119-0001",
  "2026-11-19 22:15",
  "sh-001",
  "wo-88",
  "乱收费",
  "张三",
  "138 0013 8000",
  "换屏收费比价目表高两百元",
];

describe("hotline CSV header (English or Chinese)", () => {
  it("maps the Chinese export's header and the English one", () => {
    expect(chineseHeader().index).toEqual({
      channelRef: 0,
      receivedAt: 1,
      centerCode: 2,
      workOrderNo: 3,
      category: 4,
      customerName: 5,
      customerPhone: 6,
      description: 7,
    });
    const english = mapComplaintHeader([
      "ticket_no",
      "received_at",
      "center_code",
      "category",
      "customer_name",
      "customer_phone",
      "description",
    ]);
    expect("map" in english && english.map.index.workOrderNo).toBeUndefined();
  });
  it("names the required columns that are missing, by their canonical names", () => {
    expect(mapComplaintHeader(["ticket_no", "received_at", "center_code"])).toEqual({
      error: {
        key: "csv.headerMissing",
        params: { columns: "category, customer_name, customer_phone, description" },
      },
    });
  });
  it("refuses a column named twice", () => {
    expect(mapComplaintHeader([...CHINESE_HEADER, "投诉编号"])).toEqual({
      error: { key: "csv.headerTwice", params: { column: "channelRef", first: 1, second: 9 } },
    });
  });
});

describe("hotline CSV categories", () => {
  it("reads the codes in any case and the Chinese names", () => {
    expect(parseCategory("overcharge")).toBe("OVERCHARGE");
    expect(parseCategory(" 服务态度 ")).toBe("ATTITUDE");
    expect(parseCategory("非原厂配件")).toBe("NON_GENUINE_PART");
    expect(parseCategory("投诉")).toBeNull();
    expect(parseCategory("")).toBeNull();
  });
});

describe("hotline CSV rows (DOMAIN-2.md, Complaints; the hand-recorded complaint's rules)", () => {
  it("stores a good row: local time in the network's zone, codes upper-cased, the phone as digits", () => {
    expect(validateComplaintRow(GOOD, chineseHeader(), context)).toEqual({
      ok: true,
      row: {
        channelRef: "HL-20261119-0001",
        receivedAt: new Date("2026-11-19T14:15:00Z"),
        periodKey: "2026-11",
        centerId: 7,
        workOrderNo: "WO-88",
        category: "OVERCHARGE",
        customerName: "张三",
        customerPhone: "13800138000",
        description: "换屏收费比价目表高两百元",
      },
    });
  });

  it("takes a complaint about a revoked center: the customer's repair came before", () => {
    const row = [...GOOD];
    row[2] = "SH-009";
    expect(validateComplaintRow(row, chineseHeader(), context)).toMatchObject({ ok: true, row: { centerId: 9 } });
  });

  it("leaves the work order out when the cell is empty", () => {
    const row = [...GOOD];
    row[3] = " ";
    expect(validateComplaintRow(row, chineseHeader(), context)).toMatchObject({ ok: true, row: { workOrderNo: null } });
  });

  it("reports every bad cell by its column as the file spells it", () => {
    const bad = ["HL 1", "2026-11-21 09:00", "XX-404", "WO 88", "投诉", "", "12345", "差"];
    const result = validateComplaintRow(bad, chineseHeader(), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.column, e.message.key])).toEqual([
      ["投诉单号", "complaint.channelRefCharacters"],
      ["来电时间", "record.future"],
      ["服务中心编码", "csv.centerUnknown"],
      ["维修工单号", "callback.workOrderCharacters"],
      ["投诉类别", "csv.complaintCategory"],
      ["客户姓名", "complaint.customerNameRequired"],
      ["联系电话", "complaint.phoneInvalid"],
      ["投诉内容", "complaint.descriptionMin"],
    ]);
  });

  it("refuses a time before the first period, and a cell with a NUL byte", () => {
    const early = [...GOOD];
    early[1] = "2025-12-31 23:59";
    const nul = [...GOOD];
    nul[5] = "张\u0000三";
    const header = chineseHeader();
    expect(validateComplaintRow(early, header, context)).toMatchObject({
      ok: false,
      errors: [{ column: "来电时间", message: { key: "record.beforeFirstPeriod" } }],
    });
    expect(validateComplaintRow(nul, header, context)).toMatchObject({
      ok: false,
      errors: [{ column: "客户姓名", message: { key: "text.controlCharacter" } }],
    });
  });
});
