import { describe, expect, it } from "vitest";
import { maskCustomerPhone, normalizeCustomerPhone } from "./customer-phone.ts";

describe("a customer's phone number", () => {
  it("accepts Chinese mobile and landline numbers, as people type them", () => {
    expect(normalizeCustomerPhone("138 1234 5678")).toBe("13812345678");
    expect(normalizeCustomerPhone("+86 139-0000-1111")).toBe("13900001111");
    expect(normalizeCustomerPhone("010-87654321")).toBe("01087654321");
    expect(normalizeCustomerPhone("(0571) 8765 4321")).toBe("057187654321");
    expect(normalizeCustomerPhone("0571-8765432")).toBe("05718765432");
  });

  it("refuses what is neither", () => {
    for (const bad of ["12812345678", "1381234567", "138123456789", "+1 415 555 0100", "12345", "", "0571-87"])
      expect(normalizeCustomerPhone(bad), bad).toBeNull();
  });

  it("masks the middle: 138****5678, 010****4321, 0571****4321", () => {
    expect(maskCustomerPhone("13812345678")).toBe("138****5678");
    expect(maskCustomerPhone("01087654321")).toBe("010****4321");
    expect(maskCustomerPhone("057187654321")).toBe("0571****4321");
    expect(maskCustomerPhone("05718765432")).toBe("0571****5432");
  });
});
