// The partner network's sentences (DOMAIN-2.md, Partners, admission), in English; part of MESSAGES_EN.
export const NETWORK_MESSAGES_EN = {
  "partner.creditCodeLength": "A unified social credit code has 18 characters; this one has {length}.",
  "partner.creditCodeCharacter":
    "A unified social credit code uses digits and capital letters except I, O, Z, S and V; {character} is not one of them.",
  "partner.creditCodeCheck":
    "The last character of this unified social credit code does not match the others (GB 32100-2015 check): check it for a typing error.",
  "authorization.format":
    "An authorization number looks like SQ-31-2026-00042 (SQ, province code, year, 5-digit number).",
  "authorization.province": "{provinceCode} is not a province code of GB/T 2260.",
} as const;
