// A form in a modal over the page, for the decisions that ask first (void a report, switch
// someone's access off): Radix's dialog keeps focus inside, closes on Escape or a tap outside, and
// returns focus to what opened it. The same overlay, panel and submit handling everywhere.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

export function ModalForm(props: {
  /** "alertdialog" when the form is a question about something irreversible. */
  role?: "dialog" | "alertdialog";
  title: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          role={props.role ?? "dialog"}
          aria-describedby={undefined}
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-lg"
        >
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
