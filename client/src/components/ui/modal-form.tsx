// A form in a modal over the page, for the decisions that ask first (void a report, switch
// someone's access off): the same overlay, panel and submit handling everywhere.
import type { ReactNode } from "react";

export function ModalForm(props: {
  /** "alertdialog" when the form is a question about something irreversible. */
  role?: "dialog" | "alertdialog";
  labelledBy: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <div
      role={props.role ?? "dialog"}
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      className="fixed inset-0 z-10 flex items-center justify-center bg-slate-900/40"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
        className="w-full max-w-md space-y-4 rounded-lg bg-white p-6 shadow-lg"
      >
        {props.children}
      </form>
    </div>
  );
}
