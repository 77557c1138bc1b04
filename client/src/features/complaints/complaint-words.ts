// The desk's vocabularies as option lists for the filters and forms, worded in the interface's language.
import type { TFunction } from "i18next";
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from "../../../../shared/schemas/complaints.ts";
import type { SelectOption } from "../../components/ui/option-select.tsx";

export function channelOptions(t: TFunction): SelectOption[] {
  return COMPLAINT_CHANNELS.map((channel) => ({ value: channel, label: t(`complaints.channel.${channel}`) }));
}

export function categoryOptions(t: TFunction): SelectOption[] {
  return COMPLAINT_CATEGORIES.map((category) => ({ value: category, label: t(`complaints.category.${category}`) }));
}
