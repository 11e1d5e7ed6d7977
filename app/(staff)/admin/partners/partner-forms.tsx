"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AppLocale } from "@/lib/i18n/locales";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { bdi, NamedLabel } from "@/components/admin/user-content";
import { createPartnerAction, renamePartnerAction, setPartnerActiveAction, setPartnerLanguageAction } from "./actions";
import { PartnerLanguageSelect } from "./partner-language-select";
import { isolated } from "@/lib/i18n/isolate";

export function CreatePartnerForm() {
  const t = useTranslations("partners");
  const [state, action, pending] = useActionState(createPartnerAction, null);
  return (
    <form action={action}>
      <label htmlFor="partner-name">{t("name")}</label>
      <input id="partner-name" name="name" required minLength={2} maxLength={120} />
      <FieldError state={state} name="name" />
      <label htmlFor="partner-language">{t("defaultLanguage")}</label>
      <PartnerLanguageSelect id="partner-language" defaultValue="en" describedBy="partner-language-hint defaultLocale-error" />
      <p className="muted" id="partner-language-hint">
        {t("defaultLanguageHint")}
      </p>
      <FieldError state={state} name="defaultLocale" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

type Partner = { id: string; name: string; active: boolean; people: number; defaultLocale: AppLocale };

export function PartnerRow({ partner }: { partner: Partner }) {
  const t = useTranslations("partners");
  const [renameState, rename, renaming] = useActionState(renamePartnerAction, null);
  const [languageState, setLanguage, savingLanguage] = useActionState(setPartnerLanguageAction, null);
  const [activeState, setActive, switching] = useActionState(setPartnerActiveAction, null);
  return (
    <tr data-testid={`partner-${partner.name}`}>
      <td>
        <form action={rename} className="inline-form">
          <input type="hidden" name="partnerOrgId" value={partner.id} />
          <label className="sr-only" htmlFor={`name-${partner.id}`}>
            {t.rich("nameOf", { name: partner.name, bdi })}
          </label>
          <input id={`name-${partner.id}`} name="name" defaultValue={partner.name} required minLength={2} maxLength={120} dir="auto" />
          <button type="submit" className="secondary" disabled={renaming}>
            {t("rename")}
          </button>
          <FormStatus state={renameState} />
        </form>{" "}
        <Link href={`/admin/partners/${partner.id}/tokens`}>
          <NamedLabel visible={t("tokensLink")} full={t.rich("tokensOf", { name: partner.name, bdi })} />
        </Link>{" "}
        <Link href={`/admin/partners/${partner.id}/webhooks`}>
          <NamedLabel visible={t("webhookLink")} full={t.rich("webhookOf", { name: partner.name, bdi })} />
        </Link>
      </td>
      <td>
        <form action={setLanguage} className="inline-form">
          <input type="hidden" name="partnerOrgId" value={partner.id} />
          <label className="sr-only" htmlFor={`language-${partner.id}`}>
            {t.rich("languageOf", { name: partner.name, bdi })}
          </label>
          <PartnerLanguageSelect id={`language-${partner.id}`} defaultValue={partner.defaultLocale} />
          <button type="submit" className="secondary" disabled={savingLanguage}>
            <NamedLabel visible={t("saveLanguage")} full={t.rich("saveLanguageOf", { name: partner.name, bdi })} />
          </button>
          <FormStatus state={languageState} />
        </form>
      </td>
      <td>{partner.people}</td>
      <td>
        <span className={partner.active ? "badge badge-ok" : "badge badge-danger"}>{partner.active ? t("active") : t("deactivated")}</span>{" "}
        <form
          action={setActive}
          className="inline-form"
          onSubmit={(e) => {
            if (partner.active && !window.confirm(t("confirmDeactivate", { name: isolated(partner.name), people: partner.people }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="partnerOrgId" value={partner.id} />
          <input type="hidden" name="active" value={partner.active ? "false" : "true"} />
          <button type="submit" className={partner.active ? "danger" : "secondary"} disabled={switching}>
            {partner.active ? t("deactivate") : t("reactivate")}
          </button>
          <FormStatus state={activeState} />
        </form>
      </td>
    </tr>
  );
}
