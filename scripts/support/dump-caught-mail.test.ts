import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDED_SOURCES } from "@/tests/support/seeded-identifiers";
import { dumpCaughtMail } from "./dump-caught-mail";
import { scanE2eOutput } from "./scan-e2e-output";

// Quoted-printable as a mail client may send it: every character encoded, so a plain search of the raw file misses the name.
const qp = (text: string) => [...Buffer.from(text, "utf8")].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

function eml(subject: string, body: string, encoding: "quoted-printable" | "base64" | "7bit") {
  const encoded = encoding === "quoted-printable" ? qp(body) : encoding === "base64" ? Buffer.from(body).toString("base64") : body;
  return [`From: notices@countervoice.test`, `To: desk@partner.example`, `Subject: ${subject}`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset=utf-8`, `Content-Transfer-Encoding: ${encoding}`, "", encoded, ""].join("\r\n");
}

describe("the e2e scan of caught mail", () => {
  it("decodes every message, so a seeded name in quoted-printable or base64 is found", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caught-"));
    const out = path.join(dir, "mail.txt");
    const name = SEEDED_SOURCES[0]!.realName;
    fs.writeFileSync(path.join(dir, "1700000000000-0000000000000001.eml"), eml("Take-down request", `Please remove the item about ${name} now.`, "quoted-printable"));
    fs.writeFileSync(path.join(dir, "1700000000001-0000000000000002.eml"), eml("Review request", `An item awaits: ${name}.`, "base64"));
    fs.writeFileSync(path.join(dir, "1700000000002-0000000000000003.eml"), eml("Reset your password", "Open the link within 30 minutes.", "7bit"));
    expect(fs.readFileSync(path.join(dir, "1700000000000-0000000000000001.eml"), "utf8")).not.toContain(name);

    expect(await dumpCaughtMail(dir, out)).toBe(3);
    const findings = scanE2eOutput([{ label: "mail.txt", file: out, holds: "log" }]);
    expect(findings.filter((f) => f.category === "real name")).toHaveLength(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
