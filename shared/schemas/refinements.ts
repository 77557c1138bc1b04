// Helpers for cross-field checks shared by the input schemas.

/** Run a cross-field check as soon as the fields it reads are valid, even if others are not, so a
 *  form shows every problem at once. */
export function onlyWhenValid(fields: readonly string[]) {
  return {
    when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}
