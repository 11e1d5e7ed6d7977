// "2026-11-30 12:41": a moment as the audit trail shows it, the same in every language (the
// message around it says UTC).
export const utcMinute = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");
