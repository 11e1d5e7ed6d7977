import { describe, expect, it } from "vitest";
import { identifierScanner, masked } from "@/tests/support/identifier-scan";
import { seededNeedles, seededPhraseSources } from "@/tests/support/seeded-identifiers";
import { KARIM_ARABIC } from "@/lib/demo/demo-sources-karim";

const scan = identifierScanner(seededNeedles(), seededPhraseSources());

const CLEAN_LOG = [
  '{"level":"info","time":"2026-11-30T00:00:00.000Z","event":"audit.chain-head","trigger":"start","sequence":12,"hash":"0f3a9c"}',
  '{"level":"error","time":"2026-11-30T00:00:01.000Z","event":"action.failed","requestId":"4b0c2d7e","permission":"source:update","error":"TypeError"}',
  "Countervoice is starting on http://localhost:3000 (pglite database).",
  "  content-security-policy: default-src 'self'; script-src 'nonce-KarimHaddadRaniaX9' 'strict-dynamic'",
  "  set-cookie: next-auth.session-token=eyJraniaQnabil.x8Fz; Path=/; HttpOnly",
  "  | <h1>Not found</h1><p>This page does not exist, or you may not see it. Ask an editor on the source's team.</p>",
  '  | {"error":"not_found","message":"No such item."}',
].join("\n");

describe("the end-to-end identifier scan", () => {
  it("finds nothing in a clean log, clean headers (random tokens included) and clean error pages", () => {
    expect(scan("sample", CLEAN_LOG)).toEqual([]);
  });

  it("finds a real name in a log line whatever its case, naming the line and a masked form", () => {
    const findings = scan("server.log", 'first\n{"level":"error","event":"x","detail":"cannot save KARIM haddad"}');
    expect(findings).toEqual([{ where: "server.log", line: 2, category: "real name", masked: "K… (12 characters)" }]);
  });

  it("finds Arabic identifiers, with a proclitic attached, and in JSON-escaped or percent-encoded form", () => {
    expect(scan("a", "رسالة: وكتيبة الفجر").map((f) => f.category)).toContain("dictionary variant");
    expect(scan("b", '{"q":"\\u0643\\u0631\\u064a\\u0645 \\u062d\\u062f\\u0627\\u062f"}').map((f) => f.category)).toContain("dictionary variant");
    expect(scan("c", "GET /search?q=Kafr%20Nasir").map((f) => f.category)).toContain("dictionary entry");
    expect(scan("d", "  location: /sources?name=Samir+Benali").map((f) => f.category)).toContain("real name");
  });

  it("finds aliases, handles and numbers only as whole words", () => {
    expect(scan("a", "seen abu dujana here").map((f) => f.category)).toEqual(["alias"]);
    expect(scan("b", "contact: @dujana_tn").map((f) => f.category)).toContain("dictionary entry");
    expect(scan("c", "passport TN 0481 552 at the desk").map((f) => f.category)).toContain("dictionary entry");
    expect(scan("d", "token=xRaniaQ and AbuDujanaX")).toEqual([]);
  });

  it("finds testimony and source notes as five-word runs, in English and Arabic", () => {
    expect(scan("a", "error: the emir of our unit was a Jordanian").map((f) => f.category)).toContain("testimony");
    const arabicRun = KARIM_ARABIC.transcript.split(/\s+/).slice(40, 46).join(" ");
    expect(scan("b", `detail=${arabicRun}`).map((f) => f.category)).toContain("testimony");
    expect(scan("c", "note: Contact only through the caseworker, never directly").map((f) => f.category)).toContain("source notes");
    expect(scan("d", "the caseworker never")).toEqual([]);
  });

  it("never prints the identifier it found", () => {
    const findings = scan("server.log", "Abu Yusuf al-Shami");
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(JSON.stringify(finding).toLowerCase()).not.toContain("yusuf");
    expect(masked("كريم حداد")).toBe("ك… (9 characters)");
  });
});

describe("the scan of responses", () => {
  const responses = identifierScanner(seededNeedles(), seededPhraseSources(), "naming");

  it("lets a published title that quotes redacted testimony through, and still finds a run naming the source", () => {
    const header = '  content-disposition: attachment; filename="the-salary-came-late-then-half-then-never-0D7F-4ZMR.pdf"';
    expect(scan("log", header).map((f) => f.category)).toContain("testimony");
    expect(responses("responses", header)).toEqual([]);
    expect(responses("responses", "  | a recruiter I knew only as [contact] on Telegram")).toEqual([]);
    expect(responses("responses", "  | a recruiter I knew only as dujana tn on Telegram").map((f) => f.category)).toContain("testimony");
  });
});
