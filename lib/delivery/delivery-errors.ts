import { DomainError } from "@/lib/errors";

/** A shared item that may not leave; the message tells the partner why. */
export class DownloadRefused extends DomainError {}
