/**
 * Flag parsing in the style of the two CLIs: docker uses spf13/pflag (flags anywhere,
 * `--name=value`, bundled shorthands), ctr uses urfave/cli v1 (which reorders flags before
 * arguments, so a flag after the positional arguments still parses).
 */

export interface FlagSpec {
  long: string;
  short?: string;
  /** Takes a value (`-t name`). */
  value?: boolean;
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  bools: Set<string>;
  args: string[];
  /** pflag / flag package error text, e.g. `unknown flag: --foo`. */
  error?: string;
}

export function parseFlags(argv: string[], specs: FlagSpec[], style: "pflag" | "urfave"): ParsedFlags {
  const values = new Map<string, string[]>();
  const bools = new Set<string>();
  const args: string[] = [];
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const set = (s: FlagSpec, v: string | undefined) => {
    if (s.value) values.set(s.long, [...(values.get(s.long) ?? []), v ?? ""]);
    else bools.add(s.long);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") || (style === "urfave" && a.startsWith("-") && a.length > 2 && !a.startsWith("--"))) {
      // urfave (Go's flag package) treats -name and --name alike.
      const body = a.replace(/^--?/, "");
      const eq = body.indexOf("=");
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const spec = byLong.get(name) ?? (style === "urfave" ? byShort.get(name) : undefined);
      if (!spec) {
        const shown = style === "urfave" ? `-${name}` : `--${name}`;
        return { values, bools, args, error: style === "urfave" ? `flag provided but not defined: ${shown}` : `unknown flag: ${shown}` };
      }
      if (spec.value && eq < 0) {
        if (i + 1 >= argv.length) {
          return { values, bools, args, error: style === "urfave" ? `flag needs an argument: -${name}` : `flag needs an argument: --${name}` };
        }
        set(spec, argv[++i]);
      } else set(spec, eq >= 0 ? body.slice(eq + 1) : undefined);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      const chars = a.slice(1);
      for (let j = 0; j < chars.length; j++) {
        const c = chars[j];
        const spec = byShort.get(c);
        if (!spec) {
          if (style === "urfave") return { values, bools, args, error: `flag provided but not defined: -${chars}` };
          return { values, bools, args, error: `unknown shorthand flag: '${c}' in -${chars}` };
        }
        if (spec.value) {
          const rest = chars.slice(j + 1).replace(/^=/, "");
          if (rest) set(spec, rest);
          else if (i + 1 < argv.length) set(spec, argv[++i]);
          else return { values, bools, args, error: `flag needs an argument: '${c}' in -${c}` };
          break;
        }
        set(spec, undefined);
      }
      continue;
    }
    args.push(a);
  }
  return { values, bools, args };
}

export const last = (p: ParsedFlags, long: string) => p.values.get(long)?.at(-1);
