/**
 * Output formatting that must match Go byte for byte: text/tabwriter, fmt's %g / %f rounding,
 * go-units (Docker's sizes and "N minutes ago"), containerd's progress.Bytes, time.Duration,
 * and GNU `ls -h`. Pure functions, no state.
 */

// ---------------------------------------------------------------- Go text/tabwriter

/**
 * Go's text/tabwriter (flags 0, padchar ' '): a cell is text terminated by a tab; the text
 * after a line's last tab is not part of any column and is written unpadded. Columns are
 * formed per block of consecutive lines that have a cell in that column, each block's width
 * being max(minwidth, widest cell + padding). This is the recursive algorithm of
 * tabwriter.format, so ragged rows behave exactly as in Go.
 */
export function tabwrite(text: string, minwidth: number, padding: number): string {
  const lines = text.split("\n").map((l) => l.split("\t"));
  const widthOf = (s: string) => Array.from(s).length;
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i];
      let s = "";
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j];
        if (j < widths.length && j < cells.length - 1) s += c + " ".repeat(Math.max(0, widths[j] - widthOf(c)));
        else s += c;
      }
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t].length - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let width = minwidth;
      for (; t < line1; t++) {
        const cells = lines[t];
        if (column >= cells.length - 1) break;
        width = Math.max(width, widthOf(cells[column]) + padding);
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
      t--; // the outer loop's t++ must revisit the line that ended the block
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join("\n");
}

/** Docker's table writer: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0). */
export const dockerTable = (rows: string[][]) =>
  tabwrite(rows.map((r) => r.join("\t")).join("\n"), 10, 3) + "\n";

/** ctr's table writer: tabwriter.NewWriter(out, 1, 8, 1, ' ', 0); every row ends in a tab. */
export const ctrTable = (rows: string[][]) =>
  tabwrite(rows.map((r) => r.join("\t") + "\t").join("\n"), 1, 1) + "\n";

// ---------------------------------------------------------------- Go float formatting

/** Exact decimal expansion of a finite double: digits (no leading zeros) and point position. */
function exactDecimal(x: number): { digits: string; dp: number } {
  const s = Math.abs(x).toFixed(100); // exact for the magnitudes we format (< 1e21)
  const [int, frac] = s.split(".");
  const all = (int + frac).replace(/^0+/, "");
  if (all === "") return { digits: "", dp: 0 };
  const lead = (int + frac).length - all.length;
  const dp = int.length - lead;
  return { digits: all.replace(/0+$/, ""), dp };
}

/** Round a digit string to n digits, half to even on the exact value (Go's strconv). */
function roundDigits(d: { digits: string; dp: number }, n: number): { digits: string; dp: number } {
  let { digits, dp } = d;
  if (n < 0) return { digits: "", dp };
  if (digits.length <= n) return { digits, dp };
  const rest = digits.slice(n);
  let up: boolean;
  if (rest[0] > "5") up = true;
  else if (rest[0] < "5") up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else up = n > 0 && Number(digits[n - 1]) % 2 === 1;
  let kept = digits.slice(0, n);
  if (up) {
    const arr = kept.split("").map(Number);
    let i = arr.length - 1;
    while (i >= 0 && arr[i] === 9) {
      arr[i] = 0;
      i--;
    }
    if (i < 0) {
      arr.unshift(1); // 999 -> 1000: one more integer digit
      dp++;
    } else arr[i]++;
    kept = arr.join("");
  }
  return { digits: kept.replace(/0+$/, ""), dp };
}

/** Go fmt `%.{prec}f`. */
export function goFixed(x: number, prec: number): string {
  const neg = x < 0;
  const d = exactDecimal(x);
  const r = roundDigits(d, d.dp + prec);
  let int: string;
  let frac = "";
  const digits = r.digits;
  if (r.dp <= 0) int = "0";
  else int = (digits.slice(0, r.dp) + "0".repeat(Math.max(0, r.dp - digits.length))) || "0";
  for (let i = 0; i < prec; i++) {
    const idx = r.dp + i;
    frac += idx >= 0 && idx < digits.length ? digits[idx] : "0";
  }
  const body = prec > 0 ? `${int}.${frac}` : int;
  return neg && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Go fmt `%.{prec}g` (strconv 'g' with explicit precision). */
export function goG(x: number, prec: number): string {
  if (x === 0) return "0";
  const neg = x < 0 ? "-" : "";
  if (prec === 0) prec = 1;
  const r = roundDigits(exactDecimal(x), prec);
  const nd = r.digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= r.dp) eprec = nd;
  const exp = r.dp - 1;
  if (exp < -4 || exp >= eprec) {
    const p = Math.min(prec, nd);
    const mant = r.digits[0] + (p > 1 ? "." + r.digits.slice(1, p) : "");
    const e = Math.abs(exp);
    return `${neg}${mant}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" + e : e}`;
  }
  const p = prec > r.dp ? nd : prec;
  const decimals = Math.max(p - r.dp, 0);
  let int = r.dp <= 0 ? "0" : r.digits.slice(0, r.dp).padEnd(r.dp, "0");
  let frac = "";
  for (let i = 0; i < decimals; i++) {
    const idx = r.dp + i;
    frac += idx >= 0 && idx < nd ? r.digits[idx] : "0";
  }
  if (int === "") int = "0";
  return neg + (decimals > 0 ? `${int}.${frac}` : int);
}

// ---------------------------------------------------------------- go-units

const DECIMAL_UNITS = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
const BINARY_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

function sizeAndUnit(size: number, base: number, units: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]];
}

/** go-units HumanSizeWithPrecision: `%.{p}g` + unit, base 1000, no space ("490MB", "0B"). */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [v, u] = sizeAndUnit(bytes, 1000, DECIMAL_UNITS);
  return goG(v, precision) + u;
}

/** Docker's SIZE column (formatter.imageContext.Size): three significant digits. */
export const dockerSize = (bytes: number) => humanSizeWithPrecision(bytes, 3);

/** go-units HumanSize (BuildKit's progress): four significant digits. */
export const humanSize = (bytes: number) => humanSizeWithPrecision(bytes, 4);

/** containerd progress.Bytes: CustomSize("%02.1f %s", size, 1024, binary units). */
export function ctrBytes(bytes: number): string {
  const [v, u] = sizeAndUnit(bytes, 1024, BINARY_UNITS);
  return `${goFixed(v, 1).padStart(2, "0")} ${u}`;
}

/** go-units HumanDuration, as Docker's CREATED column uses it (plus " ago"). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3600000 / 24 / 365)} years`;
}

// ---------------------------------------------------------------- Go time.Duration

/** time.Duration.String() for durations under an hour, from nanoseconds. */
export function goDuration(ns: number): string {
  ns = Math.round(ns);
  if (ns === 0) return "0s";
  const trim = (int: number, frac: string) => {
    const f = frac.replace(/0+$/, "");
    return f ? `${int}.${f}` : `${int}`;
  };
  if (ns < 1000) return `${ns}ns`;
  if (ns < 1e6) return trim(Math.floor(ns / 1e3), String(ns % 1e3).padStart(3, "0")) + "µs";
  if (ns < 1e9) return trim(Math.floor(ns / 1e6), String(ns % 1e6).padStart(6, "0")) + "ms";
  const minutes = Math.floor(ns / 6e10);
  const rest = ns - minutes * 6e10;
  const s = trim(Math.floor(rest / 1e9), String(rest % 1e9).padStart(9, "0")) + "s";
  return minutes > 0 ? `${minutes}m${s}` : s;
}

// ---------------------------------------------------------------- GNU coreutils

/** `ls -h`: powers of 1024, rounded up; one decimal below 10 (GNU human_ceiling). */
export function lsHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ["K", "M", "G", "T", "P"];
  let v = bytes;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (v < 10) {
    const tenths = Math.ceil(v * 10 - 1e-9);
    if (tenths < 100) return `${(tenths / 10).toFixed(1)}${units[i]}`;
    return `10${units[i]}`;
  }
  const whole = Math.ceil(v - 1e-9);
  if (whole >= 1024 && i < units.length - 1) return `1.0${units[i + 1]}`;
  return `${whole}${units[i]}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `ls -l` date column for a recent file: "%b %e %H:%M" in the server's zone (KST). */
export function lsDate(epochMs: number): string {
  const d = new Date(epochMs + 9 * 3600 * 1000);
  const day = String(d.getUTCDate()).padStart(2, " ");
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${day} ${hh}:${mm}`;
}

/** RFC 3339 with nanoseconds, as Go marshals time.Time in `docker inspect`. */
export function rfc3339Nano(epochMs: number, extraNanos = 0): string {
  const iso = new Date(epochMs).toISOString(); // 2025-06-17T10:00:00.000Z
  const frac = (String(epochMs % 1000).padStart(3, "0") + String(extraNanos).padStart(6, "0")).replace(/0+$/, "");
  return iso.slice(0, 19) + (frac ? "." + frac : "") + "Z";
}
