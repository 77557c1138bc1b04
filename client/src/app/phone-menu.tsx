// The navigation on a phone: a drawer over the page, an accessible dialog (Radix: focus kept
// inside, Escape and a tap outside close it, focus returns to the menu button).
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function PhoneMenu(props: { id: string; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 md:hidden" />
        <Dialog.Content
          id={props.id}
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl md:hidden"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
            <Dialog.Title className="min-w-0 truncate text-sm font-medium">{props.title}</Dialog.Title>
            <Dialog.Close className="min-h-11 min-w-11 rounded text-lg" aria-label={t("nav.closeMenu")}>
              ✕
            </Dialog.Close>
          </div>
          <nav aria-label={t("nav.main")} className="overflow-y-auto p-3">
            {props.children}
          </nav>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
