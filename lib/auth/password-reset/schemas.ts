import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../password-rules";

export const ForgotPasswordInput = z.object({ email: z.string().trim().toLowerCase().email("auth.errors.validEmail").max(320) });

export const ResetPasswordInput = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(PASSWORD_MIN_LENGTH, "auth.errors.passwordTooShort").max(1024),
    confirm: z.string().max(1024),
    // A code from the authenticator app or a recovery code; asked for when the account needs one.
    code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(64).optional()),
  })
  .refine((v) => v.password === v.confirm, { message: "auth.errors.passwordsDiffer", path: ["confirm"] });
