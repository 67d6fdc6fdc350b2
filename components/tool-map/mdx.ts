import { ToolMap } from "./ToolMap";

/** Author-facing tool map component, spread by the lead into the MDX components map. */
export const toolMapMdxComponents = { ToolMap };
