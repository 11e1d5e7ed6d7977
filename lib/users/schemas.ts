import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export const RoleInput = z.enum(["ADMIN", "EDITOR", "REVIEWER", "PARTNER"], { message: "users.errors.chooseRole" });

const Email = z.string().trim().toLowerCase().email("users.errors.invalidEmail").max(320);

export const InviteUserInput = z
  .object({
    email: Email,
    role: RoleInput,
    partnerOrgId: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).max(100).optional()),
  })
  .refine((v) => v.role !== "PARTNER" || v.partnerOrgId, { message: "users.errors.chooseOrganisation", path: ["partnerOrgId"] });

export const ChangeRoleInput = z
  .object({
    userId: z.string().min(1).max(100),
    role: RoleInput,
    partnerOrgId: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).max(100).optional()),
  })
  .refine((v) => v.role !== "PARTNER" || v.partnerOrgId, { message: "users.errors.chooseOrganisation", path: ["partnerOrgId"] });

export const SetUserStatusInput = z.object({ userId: z.string().min(1).max(100), status: z.enum(["ACTIVE", "DISABLED"]) });

export const AcceptInvitationInput = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().min(1, "auth.errors.nameRequired").max(120),
    // The message names PASSWORD_MIN_LENGTH (12) in each catalogue: a key carries no values.
    password: z.string().min(PASSWORD_MIN_LENGTH, "auth.errors.passwordTooShort").max(1024),
    confirm: z.string().max(1024),
  })
  .refine((v) => v.password === v.confirm, { message: "auth.errors.passwordsDiffer", path: ["confirm"] });

export const BootstrapAdminInput = z.object({ email: Email, name: z.string().trim().min(1).max(120).default("Administrator") });

export const StaffRoleDecisionInput = z.object({ requestId: z.string().trim().min(1).max(100) });
export type StaffRoleDecisionInput = z.infer<typeof StaffRoleDecisionInput>;
