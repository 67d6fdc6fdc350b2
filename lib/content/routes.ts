/** Pages outside lessons that content may link to. Lessons and glossary anchors are checked by name. */
export const STATIC_PAGES = ["/", "/glossary", "/playground", "/sandbox", "/quiz/final"] as const;

export const lessonHref = (slug: string) => `/lessons/${slug}`;
