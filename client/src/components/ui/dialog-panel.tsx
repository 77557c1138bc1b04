// The one modal panel over the page (Radix: focus kept inside, Escape and a tap outside close it,
// focus returns to what opened it), under the forms that ask and the questions that confirm.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

export function DialogPanel(props: {
  role: "dialog" | "alertdialog";
  onClose: () => void;
  /** Whether the content has a Dialog.Description (otherwise none is announced). */
  described?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          role={props.role}
          {...(props.described ? {} : { "aria-describedby": undefined })}
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg"
        >
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
