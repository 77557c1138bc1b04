// A labelled form control with its errors underneath, announced to screen readers.
import type { ReactNode } from "react";

export function FormField(props: { id: string; label: string; errors?: string[]; hint?: string; children: ReactNode }) {
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      {props.children}
      {props.hint && !props.errors && <p className="mt-1 text-xs text-slate-500">{props.hint}</p>}
      {props.errors && props.errors.length > 0 && (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-field-error={props.id}>
          {props.errors.join(" ")}
        </p>
      )}
    </div>
  );
}

/** Props for the control inside a FormField: its id, and the invalid state tied to the error text. */
export function controlProps(id: string, errors?: string[]) {
  const invalid = Boolean(errors && errors.length > 0);
  return {
    id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : undefined,
    className: "w-full rounded border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-500",
  };
}
