// "Are you sure?" before something that cannot be undone (submitting a report): an alert dialog
// that names what will happen, with the way back as the first choice.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DialogPanel } from "./dialog-panel.tsx";

export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DialogPanel role="alertdialog" onClose={props.onCancel} described>
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
    </DialogPanel>
  );
}
