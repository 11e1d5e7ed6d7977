import { useTranslations } from "next-intl";

// One filter of a GET form: a labelled select whose empty choice means "Any".
export type FilterOption = { value: string; label: string };

export function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | undefined; options: readonly FilterOption[] }) {
  const t = useTranslations("ui");
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
