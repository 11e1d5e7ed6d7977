import { z } from "zod";

const Id = z.string().trim().min(1).max(100);

export const TeamMemberInput = z.object({ sourceId: Id, userId: z.string().trim().min(1, "sources.errors.choosePerson").max(100) });
export type TeamMemberInput = z.infer<typeof TeamMemberInput>;

export const EMERGENCY_ACCESS_MS = 60 * 60 * 1000;

export const EmergencyAccessInput = z.object({
  sourceId: Id,
  reason: z.string().trim().min(15, "sources.errors.emergencyReasonShort").max(500, "sources.errors.emergencyReasonLong"),
});
export type EmergencyAccessInput = z.infer<typeof EmergencyAccessInput>;
