import { z } from "zod";

const OrgName = z.string().trim().min(2, "Use at least 2 characters.").max(120, "Use at most 120 characters.");

export const CreatePartnerInput = z.object({ name: OrgName });
export const RenamePartnerInput = z.object({ partnerOrgId: z.string().min(1).max(100), name: OrgName });
export const SetPartnerActiveInput = z.object({ partnerOrgId: z.string().min(1).max(100), active: z.enum(["true", "false"]).transform((v) => v === "true") });
