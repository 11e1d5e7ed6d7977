import { describe, expect, it } from "vitest";
import { DatabaseTlsConfigurationError, libpqTlsPlan, type CertificateFiles } from "./libpq-tls-plan";

const CA = Buffer.from("ca");
const CERT = Buffer.from("cert");
const KEY = Buffer.from("key");

function files(present: Record<string, Buffer>, keyMode = 0o100600, keyOwner = 1000): CertificateFiles {
  return { read: (path) => present[path], stat: () => ({ mode: keyMode, uid: keyOwner }), home: "/home/app", uid: 1000 };
}

const plan = (query: string, present: Record<string, Buffer> = {}, host = "db.example.org") =>
  libpqTlsPlan(new URLSearchParams(query), host, files(present));

describe("libpqTlsPlan", () => {
  it("connects without TLS for disable", () => {
    expect(plan("sslmode=disable", { "/ca.pem": CA })).toEqual({ mode: "disable", first: false });
  });

  it("defaults to prefer, as libpq does: TLS without verification, then plain when refused", () => {
    expect(plan("")).toEqual({ mode: "prefer", first: { rejectUnauthorized: false }, fallback: false });
  });

  it("tries plain first for allow, then TLS", () => {
    expect(plan("sslmode=allow")).toEqual({ mode: "allow", first: false, fallback: { rejectUnauthorized: false } });
  });

  it("does not verify for require when no root certificate exists", () => {
    expect(plan("sslmode=require")).toEqual({ mode: "require", first: { rejectUnauthorized: false } });
  });

  it("verifies the chain but not the host for require when a root certificate is given (verify-ca behaviour)", () => {
    const { first } = plan("sslmode=require&sslrootcert=/ca.pem", { "/ca.pem": CA });
    expect(first).toMatchObject({ ca: CA, rejectUnauthorized: true });
    expect(first && first.checkServerIdentity?.("db.example.org", {} as never)).toBeUndefined();
  });

  it("reads ~/.postgresql/root.crt when sslrootcert is not given", () => {
    expect(plan("sslmode=require", { "/home/app/.postgresql/root.crt": CA }).first).toMatchObject({ ca: CA, rejectUnauthorized: true });
  });

  it("checks the chain but not the host name for verify-ca", () => {
    const { first, fallback } = plan("sslmode=verify-ca&sslrootcert=/ca.pem", { "/ca.pem": CA });
    expect(first).toMatchObject({ ca: CA, rejectUnauthorized: true });
    expect(first && typeof first.checkServerIdentity).toBe("function");
    expect(fallback).toBeUndefined();
  });

  it("checks the chain and the host name for verify-full (Node's own host check)", () => {
    const { first } = plan("sslmode=verify-full&sslrootcert=/ca.pem", { "/ca.pem": CA });
    expect(first).toEqual({ ca: CA, rejectUnauthorized: true });
  });

  it("uses the system's trusted roots for sslrootcert=system with verify-full", () => {
    expect(plan("sslmode=verify-full&sslrootcert=system").first).toEqual({ rejectUnauthorized: true });
  });

  it.each(["require", "verify-ca", "prefer"])("refuses sslrootcert=system with the weaker sslmode %s", (mode) => {
    expect(() => plan(`sslmode=${mode}&sslrootcert=system`)).toThrow(/weak sslmode .*\(use "verify-full"\)/);
  });

  it.each(["verify-ca", "verify-full"])("refuses %s without a root certificate file, naming the file", (mode) => {
    expect(() => plan(`sslmode=${mode}`)).toThrow(DatabaseTlsConfigurationError);
    expect(() => plan(`sslmode=${mode}&sslrootcert=/missing.pem`)).toThrow(/"\/missing.pem" does not exist/);
  });

  it("refuses an unknown sslmode, listing the valid ones", () => {
    expect(() => plan("sslmode=no-verify")).toThrow(/invalid sslmode value "no-verify" \(one of disable, allow, prefer, require, verify-ca, verify-full\)/);
  });

  it("never negotiates TLS over a Unix-domain socket", () => {
    expect(plan("sslmode=verify-full", {}, "/run/postgresql")).toEqual({ mode: "verify-full", first: false });
  });

  it("sends the client certificate and key named by sslcert and sslkey", () => {
    const { first } = plan("sslmode=require&sslcert=/c.pem&sslkey=/k.pem", { "/c.pem": CERT, "/k.pem": KEY });
    expect(first).toMatchObject({ cert: CERT, key: KEY });
  });

  it("sends ~/.postgresql/postgresql.crt and .key when they exist, and nothing when the certificate does not", () => {
    const home = { "/home/app/.postgresql/postgresql.crt": CERT, "/home/app/.postgresql/postgresql.key": KEY };
    expect(plan("sslmode=require", home).first).toMatchObject({ cert: CERT, key: KEY });
    expect(plan("sslmode=require&sslcert=/absent.pem").first).toEqual({ rejectUnauthorized: false });
  });

  it("refuses a client certificate without its key", () => {
    expect(() => plan("sslmode=require&sslcert=/c.pem&sslkey=/k.pem", { "/c.pem": CERT })).toThrow(/certificate present, but not private key file "\/k.pem"/);
  });

  it.each([
    ["0640", 1000, false],
    ["0604", 1000, false],
    ["0600", 1000, true],
    ["0400", 1000, true],
    ["0640", 0, true],
    ["0660", 0, false],
  ])("accepts a private key of mode %s owned by uid %i only when libpq would (%s)", (mode, owner, accepted) => {
    const present = { "/c.pem": CERT, "/k.pem": KEY };
    const keyMode = 0o100000 | Number.parseInt(mode, 8);
    const build = () => libpqTlsPlan(new URLSearchParams("sslmode=require&sslcert=/c.pem&sslkey=/k.pem"), "db", files(present, keyMode, owner));
    if (accepted) expect(build).not.toThrow();
    else expect(build).toThrow(/has group or world access/);
  });
});
