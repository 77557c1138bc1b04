// "Are you sure?" before something that cannot be undone (submitting a report): an alert dialog
// that names what will happen, with the way back as the first choice.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          role="alertdialog"
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg"
        >
          <Dialog.Title className="text-lg font-semibold">{props.title}</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-700">{props.children}</Dialog.Description>
          <div className="flex justify-end gap-2">
            <Dialog.Close className="min-h-11 rounded border border-slate-300 px-4 py-2">{t("cancel")}</Dialog.Close>
            <button
              type="button"
              onClick={props.onConfirm}
              className="min-h-11 rounded bg-indigo-600 px-4 py-2 font-medium text-white"
            >
              {props.confirmLabel}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
