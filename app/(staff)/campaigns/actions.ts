"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { CampaignItemInput, CampaignPartnerInput, CreateCampaignInput, FindItemsInput, MoveCampaignItemInput, UpdateCampaignInput } from "@/lib/campaigns/schemas";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { updateCampaign } from "@/lib/campaigns/update-campaign";
import { addCampaignItem, moveCampaignItem, removeCampaignItem } from "@/lib/campaigns/campaign-items";
import { shareCampaign, unshareCampaign } from "@/lib/campaigns/share-campaign";
import { findItemsToAdd } from "@/lib/campaigns/get-campaign";

const refresh = (campaignId: string) => {
  revalidatePath(`/campaigns/${campaignId}`);
  revalidatePath("/campaigns");
};

export const createCampaignAction = authorizedAction("campaigns:edit", CreateCampaignInput, async ({ user, requestId }, input) => {
  const { id } = await createCampaign(user, input, requestId);
  revalidatePath("/campaigns");
  redirect(`/campaigns/${id}`);
});

export const updateCampaignAction = authorizedAction("campaigns:edit", UpdateCampaignInput, async ({ user, requestId }, input) => {
  const { version } = await updateCampaign(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true, message: m("campaigns.actions.saved"), data: { version } };
});

export const findItemsToAddAction = authorizedAction("campaigns:edit", FindItemsInput, async ({ user }, input) => {
  const items = await findItemsToAdd(user, input.campaignId, input.title);
  return { ok: true, message: items.length === 0 ? m("campaigns.actions.noMatch") : undefined, data: { items } };
});

export const addCampaignItemAction = authorizedAction("campaigns:edit", CampaignItemInput, async ({ user, requestId }, input) => {
  await addCampaignItem(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true, message: m("campaigns.actions.itemAdded") };
});

export const removeCampaignItemAction = authorizedAction("campaigns:edit", CampaignItemInput, async ({ user, requestId }, input) => {
  await removeCampaignItem(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true, message: m("campaigns.actions.itemRemoved") };
});

export const moveCampaignItemAction = authorizedAction("campaigns:edit", MoveCampaignItemInput, async ({ user, requestId }, input) => {
  await moveCampaignItem(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true };
});

export const shareCampaignAction = authorizedAction("campaigns:edit", CampaignPartnerInput, async ({ user, requestId }, input) => {
  await shareCampaign(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true, message: m("campaigns.actions.shared") };
});

export const unshareCampaignAction = authorizedAction("campaigns:edit", CampaignPartnerInput, async ({ user, requestId }, input) => {
  await unshareCampaign(user, input, requestId);
  refresh(input.campaignId);
  return { ok: true, message: m("campaigns.actions.unshared") };
});
