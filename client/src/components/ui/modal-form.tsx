// A form in a modal over the page, for the decisions that ask first (void a report, switch
// someone's access off): the same panel and submit handling everywhere.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { DialogPanel } from "./dialog-panel.tsx";

export function ModalForm(props: {
  /** "alertdialog" when the form is a question about something irreversible. */
  role?: "dialog" | "alertdialog";
  title: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <DialogPanel role={props.role ?? "dialog"} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
        className="space-y-4"
      >
        <Dialog.Title className="text-lg font-semibold">{props.title}</Dialog.Title>
        {props.children}
      </form>
    </DialogPanel>
  );
}
