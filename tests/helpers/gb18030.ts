// Test files as Excel on Chinese Windows writes them.

/** GB18030 bytes of `text` (TextEncoder only writes UTF-8), found by decoding the two-byte range. */
export function encodeGb18030(text: string): Buffer {
  const table: Record<string, number[]> = {};
  const decoder = new TextDecoder("gb18030");
  // Build the bytes of each needed character by searching the two-byte GBK range once.
  const needed = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let lead = 0x81; lead <= 0xfe && needed.size > 0; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (needed.has(char)) {
        table[char] = [lead, trail];
        needed.delete(char);
      }
    }
  }
  if (needed.size > 0) throw new Error(`No two-byte GB18030 code for: ${[...needed].join("")}`);
  return Buffer.from([...text].flatMap((c) => table[c] ?? [...Buffer.from(c, "utf8")]));
}
