// Loaded with a dynamic import by LazyMotion, so the animation features stay out of the first load.
import { domAnimation } from "framer-motion";

export default domAnimation;
