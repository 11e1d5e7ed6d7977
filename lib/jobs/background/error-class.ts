// What a failed job records about its error: its class (or a database error code), never
// its message, which may quote a name, a title or a piece of testimony.
const CLASS_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export function errorClassOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "UnknownError";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^P\d{4}$/.test(code)) return code;
  const name = (error as { name?: unknown }).name;
  if (typeof name === "string" && name !== "Error" && CLASS_NAME.test(name)) return name;
  const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof constructorName === "string" && CLASS_NAME.test(constructorName)) return constructorName;
  return "Error";
}
