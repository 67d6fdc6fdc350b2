/** Top-level destinations, in the order the header and the mobile menu show them. */
export const NAV_LINKS = [
  { href: "/", label: "코스" },
  { href: "/playground", label: "플레이그라운드" },
  { href: "/sandbox", label: "샌드박스" },
  { href: "/glossary", label: "용어집" },
  { href: "/quiz/final", label: "최종 퀴즈" },
] as const;
