// Records named in both languages (regions, checklist templates) shown in the user's language.
import { useTranslation } from "react-i18next";

export interface BilingualName {
  nameZh: string;
  nameEn: string;
}

export function useLocalizedName(): (named: BilingualName) => string {
  const { i18n } = useTranslation();
  const zh = i18n.language.toLowerCase().startsWith("zh");
  return (named) => (zh ? named.nameZh : named.nameEn);
}
