// Generates inputs from a zod 4 schema for the boundary fuzz test: values shaped like the schema
// (its object keys, enums, formats and patterns), with hostile values slipped in at any leaf and
// extra keys in any object. Checks such as min/max are deliberately not obeyed: values on both sides
// of every rule are what the fuzz test is for.
import fc from "fast-check";
import type { z } from "zod";
import { hostileValue } from "./hostile-values.ts";

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A leaf as the schema describes it, or (one time in `hostility`) a hostile value instead. */
function leaf<T>(arbitrary: fc.Arbitrary<T>, hostility: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: hostility, arbitrary }, { weight: 1, arbitrary: hostileValue() });
}

export function arbitraryFromZod(schema: z.ZodType, hostility = 6, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType) => arbitraryFromZod(s, hostility, depth + 1);
  switch (def.type) {
    case "string":
      return leaf(stringArbitrary(def), hostility);
    case "number":
      return leaf(
        def.format === "safeint" || def.format === "int32"
          ? fc.oneof(fc.integer({ min: -5, max: 500 }), fc.integer())
          : fc.double({ noNaN: true, noDefaultInfinity: true }),
        hostility,
      );
    case "bigint":
      return leaf(fc.bigInt().map(String), hostility);
    case "boolean":
      return leaf(fc.boolean(), hostility);
    case "date":
      return leaf(
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? "not a date" : d.toISOString())),
        hostility,
      );
    case "enum":
      return leaf(fc.constantFrom(...Object.values(def.entries ?? { none: "none" })), hostility);
    case "literal":
      return leaf(fc.constantFrom(...(def.values ?? [null])), hostility);
    case "null":
      return leaf(fc.constant(null), hostility);
    case "object": {
      const keys = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, value]) => [key, inner(value)]));
      const shaped = fc.record(keys, { requiredKeys: [] });
      // Extra keys, among them the ones prototype pollution tries: spread keeps them own properties.
      const extra = fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "prototype", "extra", "id"),
        hostileValue(),
        {
          maxKeys: 2,
        },
      );
      return fc.oneof(
        { weight: 5, arbitrary: shaped },
        { weight: 1, arbitrary: fc.tuple(shaped, extra).map(([value, more]) => ({ ...more, ...value })) },
        { weight: 1, arbitrary: hostileValue() },
      );
    }
    case "array":
      return depth > 6 ? fc.constant([]) : leaf(fc.array(inner(def.element!), { maxLength: 4 }), hostility);
    case "tuple":
      return leaf(fc.tuple(...(def.items ?? []).map(inner)), hostility);
    case "record":
      return leaf(fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType!), { maxKeys: 3 }), hostility);
    case "union":
      return fc.oneof(...(def.options ?? []).map(inner));
    case "optional":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: inner(def.innerType!) },
      );
    case "nullable":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: inner(def.innerType!) });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(fc.constant(undefined), inner(def.innerType!));
    case "pipe":
      return inner(def.in!);
    case "lazy":
      return depth > 6 ? fc.constant(null) : inner(def.getter!());
    default:
      // any, unknown, custom, transform…: anything JSON can carry.
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileValue());
  }
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const format = def.format ?? def.checks?.find((c) => c._zod.def.check === "string_format")?._zod.def.format;
  const pattern = def.checks?.find((c) => c._zod.def.format === "regex")?._zod.def.pattern;
  if (format === "email") return fc.emailAddress();
  if (format === "datetime")
    return fc
      .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (format === "date")
    return fc
      .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (pattern) return fc.oneof(fc.stringMatching(pattern), fc.string({ maxLength: 12 }));
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom("上海浦东服务中心", "2026-10", "C00001", "WO-1", ""),
  );
}
