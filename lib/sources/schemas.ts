// Input of the source use cases, shared by the forms' server actions and the
// domain (which parses again). Re-parsing an already parsed value gives the same value.
import { z } from "zod";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";
import { CONSENT_CHANNELS, CONSENT_SCOPES, IDENTIFIER_TYPES, RISK_LEVELS } from "./vocabulary";

const Id = z.string().trim().min(1).max(100);
const Version = z.coerce.number().int().min(0);
const RiskLevelInput = z.enum(RISK_LEVELS, { message: "sources.errors.chooseRiskLevel" });

/** Absent: leave unchanged (updates). Blank: none. */
const optionalText = (max: number, label: string) =>
  z.preprocess(blankToNull, z.string().trim().max(max, `Keep the ${label} under ${max} characters.`).nullable().optional());

const Pseudonym = optionalText(80, "pseudonym");
const RealName = optionalText(200, "real name");
const Notes = optionalText(10_000, "notes");

export const CreateSourceInput = z.object({
  pseudonym: Pseudonym,
  riskLevel: RiskLevelInput,
  // Blank: the person creating the source handles it.
  handlingEditorId: z.preprocess(blankToNull, Id.nullable().optional()),
  realName: RealName,
  notes: Notes,
});
export type CreateSourceInput = z.infer<typeof CreateSourceInput>;

export const UpdateSourceInput = z.object({
  sourceId: Id,
  version: Version.min(1),
  pseudonym: Pseudonym,
  riskLevel: RiskLevelInput.optional(),
  handlingEditorId: Id.optional(),
  realName: RealName,
  notes: Notes,
});
export type UpdateSourceInput = z.infer<typeof UpdateSourceInput>;

export const SourceIdInput = z.object({ sourceId: Id });

export const AddDictionaryEntryInput = z.object({
  sourceId: Id,
  text: z.string().trim().min(1, "sources.errors.identifierRequired").max(200, "sources.errors.identifierTooLong"),
  type: z.enum(IDENTIFIER_TYPES, { message: "sources.errors.chooseKind" }),
  variants: z.preprocess(
    toList,
    z
      .array(z.string())
      .max(30, "sources.errors.tooManyVariants")
      .refine((list) => list.every((v) => v.length <= 200), "sources.errors.variantTooLong"),
  ),
});
export type AddDictionaryEntryInput = z.infer<typeof AddDictionaryEntryInput>;

export const RemoveDictionaryEntryInput = z.object({ sourceId: Id, entryId: Id });

const LanguageCode = /^[a-z]{2,3}$/;

export const UpdateConsentInput = z.preprocess(
  withoutArraySuffixes,
  z.object({
    sourceId: Id,
    // 0: no consent was recorded when the form was opened.
    version: Version,
    scopes: z.preprocess(toList, z.array(z.enum(CONSENT_SCOPES)).min(1, "sources.errors.chooseScope")),
    channels: z.preprocess(toList, z.array(z.enum(CONSENT_CHANNELS)).min(1, "sources.errors.chooseChannel")),
    languages: z.preprocess(
      (v) => {
        const list = toList(v);
        return Array.isArray(list) ? list.map((s) => (typeof s === "string" ? s.toLowerCase() : s)) : list;
      },
      z
        .array(z.string())
        .min(1, "sources.errors.languageRequired")
        .max(30, "sources.errors.tooManyLanguages")
        .refine((list) => list.every((code) => LanguageCode.test(code)), "sources.errors.languageCodes"),
    ),
    expiresAt: z.preprocess(blankToNull, z.coerce.date({ message: "sources.errors.validDate" }).nullable().optional()),
  }),
);
export type UpdateConsentInput = z.infer<typeof UpdateConsentInput>;

export const WithdrawConsentInput = z.object({ sourceId: Id, version: Version.min(1) });
export type WithdrawConsentInput = z.infer<typeof WithdrawConsentInput>;

// Erasure is irreversible: the admin types the source's code and gives a reason.
export const EraseSourceInput = z.object({
  sourceId: Id,
  confirmCode: z.string().trim().min(1, "sources.errors.typeCode").max(20),
  reason: z.string().trim().min(10, "sources.errors.eraseReasonShort").max(1000, "sources.errors.eraseReasonLong"),
});
export type EraseSourceInput = z.infer<typeof EraseSourceInput>;
