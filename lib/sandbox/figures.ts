/**
 * The Mission 2 figures for the UI's layer view, computed from the same per-layer model and
 * content documents the engine prints from (so the view can never disagree with the terminal).
 */
import { contentSize, dockerImageInfo, IMAGE_DEFS, imageContent, layerModel, type LayerRow } from "./content";
import { ctrBytes, dockerSize } from "./format";

export interface SizeFigures {
  layers: LayerRow[];
  /** Manifest + config (+ index for a pull): the "few KB" of metadata. */
  metadataBytes: { pulled: number; imported: number };
  docker: { bytes: number; text: string };
  ctrPulled: { bytes: number; text: string };
  ctrImported: { bytes: number; text: string };
}

export function apiTesterFigures(): SizeFigures {
  const created = IMAGE_DEFS["api-tester"].created!;
  const pulled = imageContent({ def: "api-tester", created, form: "registry" });
  const imported = imageContent({ def: "api-tester", created, form: "docker-archive" });
  const meta = (c: typeof pulled) => c.blobs.filter((b) => b.kind !== "layer").reduce((s, b) => s + b.size, 0);
  const docker = dockerImageInfo("api-tester", created).size;
  return {
    layers: layerModel("api-tester"),
    metadataBytes: { pulled: meta(pulled), imported: meta(imported) },
    docker: { bytes: docker, text: dockerSize(docker) },
    ctrPulled: { bytes: contentSize(pulled), text: ctrBytes(contentSize(pulled)) },
    ctrImported: { bytes: contentSize(imported), text: ctrBytes(contentSize(imported)) },
  };
}

export { ctrBytes, dockerSize } from "./format";
