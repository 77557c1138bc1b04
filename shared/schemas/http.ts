// Names both sides of the HTTP boundary must agree on.

/**
 * The header every tRPC mutation and the upload must carry, with the value "1": a cross-site form
 * cannot set a custom header, so a request carrying it came from the application's own scripts.
 */
export const APPLICATION_HEADER = "x-franchise-audit";
