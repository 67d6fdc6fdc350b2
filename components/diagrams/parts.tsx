import { useId, type ReactNode } from "react";

/*
 * Shared SVG building blocks for the static diagrams.
 * Colours come from the theme tokens of app/globals.css (fill-v1, stroke-muted ...), designed
 * separately for light and dark, so the same SVG reads in both themes. Versions always get two cues: colour (v1 blue, v2 orange) AND
 * the label text "v1"/"v2" plus a border style (v1 solid, v2 dashed), so colour is never the only cue.
 */

export type Version = "v1" | "v2";

/** Tailwind classes per version: tinted fill, strong stroke, readable text in light and dark. */
export const VERSION_CLASSES: Record<Version, { shape: string; text: string; line: string }> = {
  v1: {
    shape: "fill-v1-soft stroke-v1",
    text: "fill-fg",
    line: "stroke-v1",
  },
  v2: {
    shape: "fill-v2-soft stroke-v2",
    text: "fill-fg",
    line: "stroke-v2",
  },
};

/** Text colour for arrows/labels tied to a version (fill, not stroke). */
export const VERSION_FILL: Record<Version, string> = {
  v1: "fill-v1",
  v2: "fill-v2",
};

/** v2 is dashed so the two versions differ even in greyscale. */
export const VERSION_DASH: Record<Version, string | undefined> = { v1: undefined, v2: "6 4" };

const NEUTRAL_BOX = "fill-surface stroke-muted";
const MUTED_TEXT = "fill-muted";

type SvgProps = {
  width: number;
  height: number;
  title: string;
  desc: string;
  children: ReactNode;
};

/**
 * The accessible SVG wrapper: role="img" with <title>/<desc> wired by aria-labelledby /
 * aria-describedby. No width attribute: it scales to 100% of its container via the viewBox,
 * and the fixed viewBox keeps the aspect ratio stable (animated versions reuse the same box).
 */
export function DiagramSvg({ width, height, title, desc, children }: SvgProps) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      // Designed for a 360-unit width so labels stay ≥ 12px on a 360px phone; capped on wide
      // screens so the same labels do not grow into headlines.
      className="mx-auto block h-auto w-full max-w-[440px] text-fg"
      style={{ aspectRatio: `${width} / ${height}` }}
      fontFamily="inherit"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {children}
    </svg>
  );
}

type TextProps = {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  anchor?: "start" | "middle" | "end";
  weight?: number;
  className?: string;
};

/** Text with a sensible default: centred, current colour, dominant baseline in the middle. */
export function Label({ x, y, children, size = 18, anchor = "middle", weight = 500, className }: TextProps) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={weight}
      textAnchor={anchor}
      dominantBaseline="central"
      className={className ?? "fill-current"}
    >
      {children}
    </text>
  );
}

export function MutedLabel(props: Omit<TextProps, "className">) {
  return <Label weight={400} {...props} className={MUTED_TEXT} />;
}

type BoxProps = {
  x: number;
  y: number;
  w: number;
  h: number;
  label?: ReactNode;
  sub?: ReactNode;
  size?: number;
  dashed?: boolean;
  className?: string;
};

/** A neutral labelled box (Service, Ingress, pipeline stage, cluster...). */
export function Box({ x, y, w, h, label, sub, size = 18, dashed, className }: BoxProps) {
  const cx = x + w / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={10}
        strokeWidth={2}
        strokeDasharray={dashed ? "6 4" : undefined}
        className={className ?? NEUTRAL_BOX}
      />
      {label !== undefined && (
        <Label x={cx} y={sub ? y + h / 2 - size * 0.55 : y + h / 2} size={size} weight={600}>
          {label}
        </Label>
      )}
      {sub !== undefined && (
        <MutedLabel x={cx} y={y + h / 2 + size * 0.6} size={Math.max(13, size - 2)}>
          {sub}
        </MutedLabel>
      )}
    </g>
  );
}

type PodProps = {
  x: number;
  y: number;
  version: Version;
  size?: number;
  /** Terminating / removed pods fade and get a strike, so the state is not colour alone. */
  gone?: boolean;
};

/** One pod: a rounded square labelled with its version. */
export function Pod({ x, y, version, size = 48, gone }: PodProps) {
  const c = VERSION_CLASSES[version];
  return (
    <g opacity={gone ? 0.45 : 1}>
      <rect
        x={x}
        y={y}
        width={size}
        height={size}
        rx={10}
        strokeWidth={2.5}
        strokeDasharray={VERSION_DASH[version]}
        className={c.shape}
      />
      <Label x={x + size / 2} y={y + size / 2} size={Math.round(size * 0.38)} weight={700} className={c.text}>
        {version}
      </Label>
      {gone && (
        <line
          x1={x + 4}
          y1={y + size - 4}
          x2={x + size - 4}
          y2={y + 4}
          strokeWidth={3}
          className="stroke-fg"
        />
      )}
    </g>
  );
}

type ArrowProps = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width?: number;
  dashed?: boolean;
  className?: string;
  headClassName?: string;
};

/**
 * A straight arrow with a drawn head (a polygon rather than an SVG <marker>, so the head always
 * takes the same theme class as the line and no document-wide marker ids are needed).
 */
export function Arrow({ x1, y1, x2, y2, width = 2.5, dashed, className, headClassName }: ArrowProps) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 8 + width * 2;
  const bx = x2 - head * Math.cos(angle);
  const by = y2 - head * Math.sin(angle);
  const spread = head * 0.55;
  const p1 = `${x2},${y2}`;
  const p2 = `${bx + spread * Math.sin(angle)},${by - spread * Math.cos(angle)}`;
  const p3 = `${bx - spread * Math.sin(angle)},${by + spread * Math.cos(angle)}`;
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={bx}
        y2={by}
        strokeWidth={width}
        strokeDasharray={dashed ? "7 5" : undefined}
        className={className ?? "stroke-current"}
      />
      <polygon points={`${p1} ${p2} ${p3}`} className={headClassName ?? "fill-current"} />
    </g>
  );
}
