// A temporary password headquarters hands to a new user (or one who forgot theirs). It is shown once,
// and the user must replace it at their first sign-in.
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: it is read aloud or copied by hand.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

export function temporaryPassword(length = 16): string {
  let password = "";
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}
