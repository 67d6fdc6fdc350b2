import type { ComponentProps } from "react";

/** Internal. h2–h4 with a hover/focus "#" link so any section can be shared. */
function makeHeading(Tag: "h2" | "h3" | "h4") {
  function Heading({ id, children, ...rest }: ComponentProps<"h2">) {
    return (
      <Tag id={id} {...rest} className="group scroll-mt-20">
        {children}
        {id && (
          <a href={`#${id}`} className="heading-anchor ml-2 text-muted no-underline opacity-0 transition group-hover:opacity-100 focus-visible:opacity-100" data-print="hide" data-pagefind-ignore>
            <span aria-hidden="true">#</span>
            <span className="sr-only">이 절의 링크</span>
          </a>
        )}
      </Tag>
    );
  }
  Heading.displayName = Tag;
  return Heading;
}

export const H2 = makeHeading("h2");
export const H3 = makeHeading("h3");
export const H4 = makeHeading("h4");
