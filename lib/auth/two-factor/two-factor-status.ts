// What the account page shows about the signed-in person's own second factor,
// including the pending secret (as text and as a QR code drawn on the server).
import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import type { Actor } from "../policy";
import { twoFactorRequiredFor } from "./load-two-factor-subject";
import { PENDING_ENROLMENT_MS } from "./enrol-two-factor";
import { totpUri } from "./totp";
import { openTotpSecret } from "./totp-secret-box";

export type TwoFactorStatus = {
  enrolledAt: Date | null;
  required: boolean;
  recoveryCodesLeft: number;
  pending: { secret: string; qrCodeDataUrl: string } | null;
};

export async function twoFactorStatusOf(actor: Actor, now = new Date()): Promise<TwoFactorStatus> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, totpEnabledAt: true, totpPendingSecretEnc: true, totpPendingAt: true },
  });
  const recoveryCodesLeft = await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  let pending: TwoFactorStatus["pending"] = null;
  if (!user.totpEnabledAt && user.totpPendingSecretEnc && user.totpPendingAt && now.getTime() - user.totpPendingAt.getTime() <= PENDING_ENROLMENT_MS) {
    const secret = openTotpSecret(user.id, user.totpPendingSecretEnc);
    const svg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    pending = { secret, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
  }
  return { enrolledAt: user.totpEnabledAt, required: await twoFactorRequiredFor(user), recoveryCodesLeft, pending };
}
