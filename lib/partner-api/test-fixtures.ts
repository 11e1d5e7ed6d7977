// Fixtures for the partner API's integration tests: two organisations, campaigns shared
// with one or both, items in every state, and a token — made per test.
import { db } from "@/lib/db/client";
import { createContentItem, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { createPartnerToken } from "./create-partner-token";

export async function campaignWith(name: string, itemIds: string[], partnerOrgIds: string[], createdById: string) {
  const campaign = await db().campaign.create({ data: { name, objective: "o", createdById } });
  for (const [position, itemId] of itemIds.entries()) await db().campaignItem.create({ data: { campaignId: campaign.id, itemId, position } });
  for (const partnerOrgId of partnerOrgIds) await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId } });
  return campaign;
}

export async function tokenFor(partnerOrgId: string, name = "Website") {
  const admin = await createUser("ADMIN");
  return { admin, ...(await createPartnerToken(admin, { partnerOrgId, name }, rid())) };
}

/**
 * Organisation "ours" with a token; "theirs" with its own campaign. Ours may see
 * `published` (in two of its campaigns and in theirs) and `alsoPublished`; never the
 * draft, the retired item, or `theirsOnly`.
 */
export async function twoOrganisations() {
  const editor = await createUser("EDITOR");
  const ours = await createPartnerOrg("Our Org");
  const theirs = await createPartnerOrg("Their Org");
  const item = (title: string, state: "PUBLISHED" | "DRAFT" | "RETIRED" | "APPROVED") => createContentItem({ createdBy: editor, title, state, language: "en", type: "QUOTE_CARD" });
  const published = await item("Hunger, not a caliphate", "PUBLISHED");
  const alsoPublished = await item("The emirs ate meat", "PUBLISHED");
  const draft = await item("Draft card", "DRAFT");
  const approved = await item("Approved, not yet published", "APPROVED");
  const retired = await item("Retired card", "RETIRED");
  const theirsOnly = await item("Their card", "PUBLISHED");
  const first = await campaignWith("First", [published.id, draft.id, approved.id, retired.id], [ours.id], editor.id);
  const both = await campaignWith("Both", [alsoPublished.id, published.id], [ours.id, theirs.id], editor.id);
  const theirsCampaign = await campaignWith("Theirs", [published.id, theirsOnly.id], [theirs.id], editor.id);
  const unshared = await campaignWith("Internal", [published.id, draft.id], [], editor.id);
  const { plaintext, token, admin } = await tokenFor(ours.id);
  return { admin, editor, ours, theirs, published, alsoPublished, draft, approved, retired, theirsOnly, first, both, theirsCampaign, unshared, plaintext, token };
}

/** As the server hands it over: with the forwarding chain Next.js adds (here, from this machine). */
export function apiRequest(path: string, token?: string, forwardedFor = "127.0.0.1"): Request {
  return new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": forwardedFor, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
}
