// A center as the centers list returns it, typed from the router (never from a server module).
import type { RouterOutputs } from "../../lib/api-types.ts";

export type CenterSummary = RouterOutputs["centers"]["list"][number];
