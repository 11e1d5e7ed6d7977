// The client address of the request a server action or page is answering (client-address.ts).
import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

export async function requestClientAddress(): Promise<string> {
  const h = await headers();
  return clientAddressFrom({ "x-forwarded-for": h.get("x-forwarded-for") ?? undefined });
}
