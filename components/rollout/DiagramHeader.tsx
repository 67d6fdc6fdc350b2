/**
 * The top of a rollout diagram box: its name, the setup in one line and the author's caption.
 * Shared by the static placeholder (server) and the loaded simulator (client), so both start with
 * the same lines at the same height.
 */
export function DiagramHeader({ label, setup, caption }: { label: string; setup: string; caption?: string }) {
  return (
    <>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">{label}</p>
        <p className="text-xs text-muted">{setup}</p>
      </header>
      {caption ? <p className="text-sm">{caption}</p> : null}
    </>
  );
}
