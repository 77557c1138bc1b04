// Values that have broken servers like this one: bytes PostgreSQL or Prisma refuse, numbers past the
// columns and past JSON's exact integers, text that is huge or tries injection, the wrong type,
// prototype keys, and nesting deep enough to exhaust a recursive walker.
import fc from "fast-check";

export const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff y",
  "\ud83d",
  "\u202eevil",
  "\u0007\u001b[31m",
  "'; DROP TABLE center; --",
  "' OR '1'='1",
  '=HYPERLINK("http://x")',
  "../../etc/passwd",
  "%00",
  "${{7*7}}",
  "<script>alert(1)</script>",
  "2026-13-45T99:99:99Z",
  "9999-12-31T23:59:59+14:00",
  "-000001-01-01T00:00:00Z",
  " ",
  "",
];

export const HOSTILE_NUMBERS = [
  2_147_483_648,
  -2_147_483_649,
  2 ** 53, // past the exact integers: 2 ** 53 + 1 reads as this
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  0,
  -1,
  0.5,
  -0,
];

/** An array nested `depth` deep: [[[…]]]. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object nested `depth` deep: {"a":{"a":…}}. */
function deeplyNestedObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(null, true, false, [], {}, [null], { "": "" }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.integer({ min: 1, max: 5 }).map((n) => "长".repeat(n * 20_000)),
    fc.constantFrom(40, 1_000).map(deeplyNested),
    fc.constantFrom(40, 1_000).map(deeplyNestedObject),
  );
}
