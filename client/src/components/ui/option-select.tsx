// A filter drop-down: "all" first, then the options; labelled for screen readers by aria-label
import type { BilingualName } from "../../lib/localized-name.ts";
// (filters sit in a toolbar without visible labels).
export interface SelectOption {
  value: string;
  label: string;
}

export const FILTER_SELECT_CLASS = "rounded border border-slate-300 bg-white px-2 py-1.5";

export function OptionSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The first, empty choice ("All regions"); omitted when one option must be chosen. */
  allLabel?: string;
}) {
  return (
    <select
      aria-label={props.label}
      className={FILTER_SELECT_CLASS}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** The regions a user may see as options, named in the interface's language. */
export function regionOptions(
  regions: readonly (BilingualName & { id: number })[] | undefined,
  localized: (named: BilingualName) => string,
): SelectOption[] {
  return (regions ?? []).map((region) => ({ value: String(region.id), label: localized(region) }));
}
