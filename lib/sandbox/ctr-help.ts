/** urfave/cli v1 help blocks ctr prints with "Incorrect Usage". */
interface HelpEntry {
  name: string;
  usage: string;
  args: string;
  description?: string;
  options: string[];
}

const REGISTRY_OPTS = [
  "--skip-verify, -k                 skip SSL certificate validation",
  "--plain-http                      allow connections using plain HTTP",
  "--user value, -u value            user[:password] Registry user and password",
  "--refresh value                   refresh token for authorization server",
  "--hosts-dir value                 Custom hosts configuration directory",
  "--tlscacert value                 path to TLS root CA",
];

export const CTR_HELP: Record<string, HelpEntry> = {
  "images list": { name: "list", usage: "list images known to containerd", args: "[flags] [<filter>, ...]", description: "list images registered with containerd", options: ["--quiet, -q  print only the image refs"] },
  "images pull": {
    name: "pull",
    usage: "pull an image from a remote",
    args: "[flags] <ref>",
    description: "Fetch and prepare an image for use in containerd.\n\n   After pulling an image, it should be ready to use the same reference in a run\n   command. As part of this process, we do the following:\n\n   1. Fetch all resources into containerd.\n   2. Prepare the snapshot filesystem with the pulled resources.\n   3. Register metadata for the image.",
    options: [...REGISTRY_OPTS, "--snapshotter value                 snapshotter name. Empty value stands for the default value. [$CONTAINERD_SNAPSHOTTER]", "--platform value                  Pull content from a specific platform", "--all-platforms                   pull content and metadata from all platforms"],
  },
  "images push": { name: "push", usage: "push an image to a remote", args: "[flags] <remote> [<local>]", description: "Pushes an image reference from containerd.", options: [...REGISTRY_OPTS, "--manifest value                  digest of manifest", "--platform value                  push content from a specific platform"] },
  "images tag": { name: "tag", usage: "tag an image", args: "[flags] <source_ref> <target_ref> [<target_ref>, ...]", description: "Tag an image for use in containerd.", options: ["--force  force target_ref to be created, regardless if it already exists"] },
  "images export": { name: "export", usage: "export images", args: "[flags] <out> <image> ...", description: "Export images to an OCI tar archive.", options: ["--skip-manifest-json       do not add Docker compatible manifest.json to archive", "--skip-non-distributable  do not add non-distributable blobs such as Windows layers to archive", "--platform value          Pull content from a specific platform", "--all-platforms           exports content from all platforms"] },
  "images import": { name: "import", usage: "import images", args: "[flags] <in>", description: "Import images from a tar stream.\nImplemented formats:\n- oci.v1\n- docker.v1.1\n- docker.v1.2", options: ["--base-name value      base image name for added images, when provided only images with this name prefix are imported", "--digests              whether to create digest images (default: false)", "--index-name value     image name to keep index as, by default index is discarded", "--all-platforms        imports content for all platforms, false by default", "--no-unpack            skip unpacking the images, false by default", "--compress-blobs       compress uncompressed blobs when creating manifest (Docker format only)"] },
  "images remove": { name: "remove", usage: "remove one or more images by reference", args: "[flags] <ref> [<ref>, ...]", description: "remove one or more images by reference", options: ["--sync  Synchronously remove image and all associated resources"] },
  "namespaces list": { name: "list", usage: "list namespaces", args: "[flags]", description: "list namespaces", options: ["--quiet, -q  print only the namespace name"] },
};

export function incorrectUsage(key: string, error: string): string {
  const h = CTR_HELP[key];
  if (!h) return `Incorrect Usage: ${error}\n\n`;
  const [group] = key.split(" ");
  const helpName = `ctr ${group} ${h.name}`;
  return (
    `Incorrect Usage: ${error}\n\nNAME:\n   ${helpName} - ${h.usage}\n\nUSAGE:\n   ${helpName} [command options] ${h.args}` +
    (h.description ? `\n\nDESCRIPTION:\n   ${h.description}` : "") +
    `\n\nOPTIONS:\n   ${h.options.join("\n   ")}\n   \n`
  );
}
