import { z } from "zod";
import { isNoFile } from "@/lib/form-values";

export const MAX_TRACE_FILE_BYTES = 20 * 1024 * 1024;

export const TraceLeakInput = z
  .object({
    text: z.string().max(200_000, "admin.trace.errors.textTooLong").default(""),
    file: z.preprocess(
      (v) => (isNoFile(v) || v === undefined || v === null ? null : v),
      z.instanceof(File).refine((f) => f.size <= MAX_TRACE_FILE_BYTES, "admin.trace.errors.fileTooLarge").nullable(),
    ),
  })
  .refine((v) => v.text.trim().length > 0 || v.file !== null, { message: "admin.trace.errors.nothingToTrace", path: ["text"] });
