// npm run bench's command line. Accounts default to the embedded demo's (README, "Demo
// accounts"); a password or token may come from the environment so it stays out of `ps`.
export const ROLES = ["editor", "reviewer", "admin", "partner"] as const;
export type Role = (typeof ROLES)[number];

export type BenchOptions = {
  connections: number[];
  durationSeconds: number;
  warmupSeconds: number;
  only: string[] | null;
  quick: boolean;
  port: number;
  compareEmbedded: boolean;
  dataDir: string | null;
  keyDir: string | null;
  accounts: { editor: string; reviewer: string; admin: string; partner: string };
  password: string;
  /** Base32 TOTP secrets of accounts that have a second factor (PostgreSQL asks staff for one), by role. */
  totpSecrets: Partial<Record<Role, string>>;
  partnerToken: string;
  commonWord: string;
  rareWord: string;
  deepHops: number;
  kitDownloads: number;
  leakRuns: number;
  detectorMegabytes: number;
};

export const USAGE = `usage: npm run bench -- [--quick] [--connections 10,50] [--duration SECONDS] [--only NAME,NAME]
  [--compare-embedded] [--data-dir DIR --key-dir DIR] [--port 3440]
  [--accounts demo|seed-large] [--editor EMAIL] [--reviewer EMAIL] [--admin EMAIL] [--partner EMAIL]  (password: BENCH_PASSWORD or --password; token: BENCH_PARTNER_TOKEN or --token, for seed-large from npm run seed:large -- --api-token-file FILE;
  second factor: BENCH_TOTP_SECRET, or BENCH_TOTP_SECRET_EDITOR and so on per role)
  [--common-word WORD] [--rare-word WORD] [--deep HOPS] [--kit-downloads N]`;

export class UsageError extends Error {}

const DEMO_PASSWORD = "countervoice-demo";
// The accounts each dataset makes: the embedded demo's (lib/demo/demo-accounts.ts) and those of
// npm run seed:large (lib/demo/large/seed-people.ts), which sign in with the same public password.
const ACCOUNT_SETS = {
  demo: { editor: "editor@demo.test", reviewer: "reviewer@demo.test", admin: "admin@demo.test", partner: "partner@demo.test" },
  "seed-large": { editor: "editor1@seed.test", reviewer: "reviewer1@seed.test", admin: "admin@seed.test", partner: "partner1@seed.test" },
} as const;
const DEMO_TOKEN = "cvp_demo_partner_token";

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

export function parseOptions(argv: readonly string[], environment: Record<string, string | undefined> = {}): BenchOptions {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const SWITCHES = ["--quick", "--compare-embedded"];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new UsageError(`unexpected argument ${arg}`);
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (SWITCHES.includes(flag!)) switches.add(flag!);
    else {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      values.set(flag!, value);
    }
  }
  const known = ["--accounts", "--connections", "--duration", "--only", "--port", "--data-dir", "--key-dir", "--editor", "--reviewer", "--admin", "--partner", "--password", "--token", "--common-word", "--rare-word", "--deep", "--kit-downloads"];
  for (const flag of values.keys()) if (!known.includes(flag)) throw new UsageError(`unknown option ${flag}`);

  const quick = switches.has("--quick");
  const connections = (values.get("--connections") ?? (quick ? "10" : "10,50")).split(",").map((c) => wholeNumber("--connections", c.trim(), 1, 1000));
  const durationSeconds = values.has("--duration") ? wholeNumber("--duration", values.get("--duration"), 1, 3600) : quick ? 5 : 10;
  const only = values.get("--only")?.split(",").map((n) => n.trim()).filter(Boolean) ?? null;
  const dataDir = values.get("--data-dir") ?? null;
  const keyDir = values.get("--key-dir") ?? null;
  const set = values.get("--accounts") ?? "demo";
  if (!(set in ACCOUNT_SETS)) throw new UsageError(`--accounts must be one of ${Object.keys(ACCOUNT_SETS).join(", ")}`);
  const accounts = ACCOUNT_SETS[set as keyof typeof ACCOUNT_SETS];
  if (keyDir && !dataDir) throw new UsageError("--key-dir goes with --data-dir (an embedded data directory made earlier)");
  return {
    connections: [...new Set(connections)],
    durationSeconds,
    warmupSeconds: quick ? 1 : 3,
    only,
    quick,
    port: values.has("--port") ? wholeNumber("--port", values.get("--port"), 1024, 65535) : 3440,
    compareEmbedded: switches.has("--compare-embedded"),
    dataDir,
    keyDir,
    accounts: {
      editor: values.get("--editor") ?? accounts.editor,
      reviewer: values.get("--reviewer") ?? accounts.reviewer,
      admin: values.get("--admin") ?? accounts.admin,
      partner: values.get("--partner") ?? accounts.partner,
    },
    password: values.get("--password") ?? environment.BENCH_PASSWORD ?? DEMO_PASSWORD,
    totpSecrets: Object.fromEntries(
      ROLES.flatMap((role) => {
        const secret = environment[`BENCH_TOTP_SECRET_${role.toUpperCase()}`] ?? environment.BENCH_TOTP_SECRET;
        return secret ? [[role, secret]] : [];
      }),
    ),
    partnerToken: values.get("--token") ?? environment.BENCH_PARTNER_TOKEN ?? DEMO_TOKEN,
    commonWord: values.get("--common-word") ?? "salary",
    rareWord: values.get("--rare-word") ?? "checkpoint",
    deepHops: values.has("--deep") ? wholeNumber("--deep", values.get("--deep"), 1, 10_000) : quick ? 3 : 20,
    kitDownloads: values.has("--kit-downloads") ? wholeNumber("--kit-downloads", values.get("--kit-downloads"), 1, 100) : quick ? 3 : 5,
    leakRuns: quick ? 10 : 30,
    detectorMegabytes: quick ? 1 : 5,
  };
}

/** Whether `name` (a page, or kit, leak-check, detector) is to be measured in this run. */
export function wanted(options: Pick<BenchOptions, "only">, name: string): boolean {
  return options.only === null || options.only.includes(name);
}
