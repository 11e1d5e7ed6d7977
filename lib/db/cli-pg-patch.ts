// The schema engine reads catalog columns of type `name` (OID 19) and `"char"`
// (OID 18), which @prisma/adapter-pg 6.19 cannot deserialise. pg already returns
// them as strings, so presenting them as `text` (OID 25) is exact. CLI only.
type PgModule = { Client: { prototype: object } };
type Field = { dataTypeID: number };
type Result = { fields?: Field[] };

const CATALOG_TYPES = new Set([18, 19]);
const TEXT = 25;

function presentAsText(result: unknown): unknown {
  const results = Array.isArray(result) ? (result as Result[]) : [result as Result];
  for (const r of results) {
    for (const field of r?.fields ?? []) {
      if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    }
  }
  return result;
}

export function patchCatalogTypesForAdapter(pg: PgModule): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __cvPatched?: boolean };
  if (proto.__cvPatched) return;
  const original = proto.query;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : presentAsText(res));
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    if (returned && typeof (returned as Promise<unknown>).then === "function") {
      return (returned as Promise<unknown>).then(presentAsText);
    }
    return returned;
  };
  proto.__cvPatched = true;
}
