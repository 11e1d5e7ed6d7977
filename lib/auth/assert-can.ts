import { NotAllowed } from "@/lib/errors";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

type Resource<P extends Permission> = Parameters<typeof can<P>>[2];

/** Domain functions ask again, so a caller that forgot the check still cannot act. */
export function assertCan<P extends Permission>(actor: Actor, permission: P, resource?: Resource<P>, message?: string): void {
  if (!can(actor, permission, resource)) throw new NotAllowed(message);
}
