import { Sandbox } from "./Sandbox";

/** Author-facing sandbox component, spread by the lead into the MDX components map. */
export const sandboxMdxComponents = { Sandbox };
