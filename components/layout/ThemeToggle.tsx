"use client";
import { useTheme } from "next-themes";
import { useHydrated } from "@/components/ui/useHydrated";
import { MonitorIcon, MoonIcon, SunIcon } from "@/components/ui/icons";

const ORDER = ["system", "light", "dark"] as const;
const LABEL = { system: "시스템 설정", light: "밝은 테마", dark: "어두운 테마" } as const;
type Choice = (typeof ORDER)[number];

/** One button cycling 시스템 → 밝게 → 어둡게; its name says the current choice and the next. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The stored choice is unknown during static rendering: render a neutral button until hydrated.
  const hydrated = useHydrated();
  const current: Choice = hydrated && ORDER.includes(theme as Choice) ? (theme as Choice) : "system";
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length];
  const Icon = current === "light" ? SunIcon : current === "dark" ? MoonIcon : MonitorIcon;
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex size-10 items-center justify-center rounded-md text-muted hover:bg-surface-2 hover:text-fg max-sm:size-11"
      aria-label={`테마: ${LABEL[current]} (누르면 ${LABEL[next]})`}
      title={`테마: ${LABEL[current]}`}
      data-theme-choice={hydrated ? current : undefined}
    >
      <Icon />
    </button>
  );
}
