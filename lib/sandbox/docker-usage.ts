/** Usage lines and descriptions docker prints with argument-count errors. */
export const DOCKER_USAGE: Record<string, [string, string]> = {
  build: ["docker build [OPTIONS] PATH | URL | -", "Build an image from a Dockerfile"],
  "image build": ["docker image build [OPTIONS] PATH | URL | -", "Build an image from a Dockerfile"],
  tag: ["docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"],
  "image tag": ["docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"],
  push: ["docker push [OPTIONS] NAME[:TAG]", "Upload an image to a registry"],
  "image push": ["docker image push [OPTIONS] NAME[:TAG]", "Upload an image to a registry"],
  pull: ["docker pull [OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry"],
  "image pull": ["docker image pull [OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry"],
  rmi: ["docker rmi [OPTIONS] IMAGE [IMAGE...]", "Remove one or more images"],
  "image rm": ["docker image rm [OPTIONS] IMAGE [IMAGE...]", "Remove one or more images"],
  save: ["docker save [OPTIONS] IMAGE [IMAGE...]", "Save one or more images to a tar archive (streamed to STDOUT by default)"],
  "image save": ["docker image save [OPTIONS] IMAGE [IMAGE...]", "Save one or more images to a tar archive (streamed to STDOUT by default)"],
  inspect: ["docker inspect [OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on Docker objects"],
  "image inspect": ["docker image inspect [OPTIONS] IMAGE [IMAGE...]", "Display detailed information on one or more images"],
};

export function argCountError(path: string, rule: string): string {
  const [usage, desc] = DOCKER_USAGE[path] ?? [`docker ${path}`, ""];
  return `"docker ${path}" requires ${rule}.\nSee 'docker ${path} --help'.\n\nUsage:  ${usage}\n\n${desc}\n`;
}
