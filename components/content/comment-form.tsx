"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { addCommentAction } from "@/app/(staff)/content/actions";

export function CommentForm({ itemId }: { itemId: string }) {
  const t = useTranslations("content.item");
  const [state, add, pending] = useFormAction(addCommentAction, { resetOnSuccess: true });
  return (
    <form method="post" onSubmit={add}>
      <input type="hidden" name="itemId" value={itemId} />
      <label htmlFor="comment-body">{t("addComment")}</label>
      <textarea id="comment-body" name="body" rows={3} required dir="auto" />
      <p>
        <button type="submit" className="secondary" disabled={pending}>
          {t("comment")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
