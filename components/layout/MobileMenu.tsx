"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";

/**
 * Phone navigation: a button that opens a modal <dialog> (focus trap, Esc to close, inert page
 * behind it — all native). Closes itself when a link inside navigates.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  useEffect(() => dialog.current?.close(), [pathname]);

  return (
    <>
      <button
        type="button"
        className="inline-flex size-11 items-center justify-center rounded-md text-muted hover:bg-surface-2 lg:hidden"
        aria-label="메뉴와 레슨 목록 열기"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        <MenuIcon />
      </button>
      <dialog
        ref={dialog}
        aria-label="메뉴"
        className="fixed inset-y-0 left-0 m-0 h-dvh max-h-none w-[min(20rem,88vw)] overflow-y-auto bg-bg p-4 text-fg shadow-xl backdrop:bg-black/40"
        onClick={(e) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        <div className="mb-3 flex items-center justify-between">
          <span className="font-bold">Deploy Notes</span>
          <button type="button" className="inline-flex size-11 items-center justify-center rounded-md hover:bg-surface-2" aria-label="메뉴 닫기" onClick={() => dialog.current?.close()}>
            <CloseIcon />
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}
