import { describe, expect, it } from "vitest";
import { clientAddressFrom, truncatedAddress } from "./client-address";
import { translate } from "@/lib/i18n/translate";
import { ORGANISATION_DEACTIVATED, signInError, throttledErrorCode } from "./sign-in-errors";

const signInErrorMessage = (code: string | undefined) => {
  const { key, values } = signInError(code);
  return translate("en", `auth.signInErrors.${key}`, values);
};

describe("sign-in error messages", () => {
  it.each([
    [throttledErrorCode(720), "Too many attempts. Try again in 12 minutes."],
    [throttledErrorCode(61), "Too many attempts. Try again in 2 minutes."],
    [throttledErrorCode(60), "Too many attempts. Try again in 1 minute."],
    [throttledErrorCode(8), "Too many attempts. Try again in 8 seconds."],
    [throttledErrorCode(1), "Too many attempts. Try again in 1 second."],
    [ORGANISATION_DEACTIVATED, expect.stringContaining("has been deactivated")],
    ["CredentialsSignin", "Email or password is incorrect."],
    ["SignInThrottled:", "Email or password is incorrect."],
    ["SignInThrottled:9999", "Email or password is incorrect."],
    ["SignInThrottled:2.5", "Email or password is incorrect."],
    [undefined, "Email or password is incorrect."],
  ])("maps %s to what the person is told", (code, message) => {
    expect(signInErrorMessage(code)).toEqual(message);
  });
});

describe("client address", () => {
  it.each([
    [{ "x-forwarded-for": "203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": " 198.51.100.9 , 203.0.113.7 " }, "203.0.113.7"],
    [{ "x-forwarded-for": ["10.0.0.1, 2001:db8::1"] }, "2001:db8::1"],
    [{ "x-forwarded-for": "" }, "unknown"],
    [{ "x-forwarded-for": "x".repeat(101) }, "unknown"],
    [{}, "unknown"],
    [undefined, "unknown"],
  ])("takes the entry the nearest proxy appended to x-forwarded-for: %j", (headers, address) => {
    expect(clientAddressFrom(headers)).toBe(address);
  });
});

describe("truncated client address", () => {
  it.each([
    ["203.0.113.7", "203.0.113.x"],
    ["::ffff:203.0.113.7", "203.0.113.x"],
    ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3:…"],
    ["2001:db8::1", "2001:db8:0:…"],
    ["::1", "0:0:0:…"],
    ["unknown", "an unknown address"],
    ["not an address", "an unknown address"],
  ])("keeps only the network part of %s", (address, shown) => {
    expect(truncatedAddress(address)).toBe(shown);
  });
});
