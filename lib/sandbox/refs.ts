/**
 * Image references the way each tool reads them. Docker normalizes (`myid/hello` means
 * `docker.io/myid/hello:latest`, `node` means `docker.io/library/node`); ctr never does:
 * its first path component is always a registry host, which is why `ctr images pull
 * myid/hello:1.0.0` tries to reach a host called `myid`.
 */

export interface DockerRef {
  /** Registry host, `docker.io` unless given. */
  domain: string;
  /** Full path on the registry, e.g. `library/node`, `myid/hello`. */
  path: string;
  tag: string;
  digest?: string;
  /** Familiar repository name as Docker prints it: `node`, `myid/hello`. */
  familiarRepo: string;
  /** `myid/hello:1.0.0` */
  familiar: string;
  /** `docker.io/myid/hello:1.0.0` */
  full: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

export type RefResult = { ok: true; ref: DockerRef } | { ok: false; error: string };

/** distribution/reference.ParseNormalizedNamed + default tag. */
export function parseDockerRef(input: string): RefResult {
  if (input.length > 255 || input === "") return { ok: false, error: "invalid reference format" };
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) return { ok: false, error: "invalid reference format" };
  }
  let tag = "";
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return { ok: false, error: "invalid reference format" };
  }
  const parts = rest.split("/");
  let domain = "docker.io";
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost")) {
    domain = parts.shift()!;
  }
  if (parts.some((p) => p !== p.toLowerCase())) {
    return { ok: false, error: "invalid reference format: repository name must be lowercase" };
  }
  if (parts.some((p) => !COMPONENT.test(p))) return { ok: false, error: "invalid reference format" };
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && parts.length === 1) parts.unshift("library");
  const path = parts.join("/");
  if (!tag && !digest) tag = "latest";
  let familiarRepo = domain === "docker.io" ? path.replace(/^library\//, "") : `${domain}/${path}`;
  if (domain === "docker.io" && path.startsWith("library/") && path.split("/").length > 2) familiarRepo = path;
  const suffix = (tag ? `:${tag}` : "") + (digest ? `@${digest}` : "");
  return {
    ok: true,
    ref: { domain, path, tag, digest, familiarRepo, familiar: familiarRepo + suffix, full: `${domain}/${path}${suffix}` },
  };
}

export interface CtrRef {
  host: string;
  /** Repository path on the host, e.g. `myid/hello`. */
  path: string;
  tag: string;
}

/**
 * containerd's reference.Parse as used by the docker resolver: host is the first component,
 * the object (tag) follows the last colon after the last slash.
 */
export function parseCtrRef(input: string): { ok: true; ref: CtrRef } | { ok: false; error: string } {
  const slash = input.indexOf("/");
  if (slash < 0) return { ok: false, error: "object required" };
  const host = input.slice(0, slash);
  let rest = input.slice(slash + 1);
  let tag = "latest";
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!rest || !tag) return { ok: false, error: "object required" };
  return { ok: true, ref: { host, path: rest, tag } };
}
