// The engines share one seeded generator (lib/random); the rollout engine calls it seededRandom.
export { mulberry32 as seededRandom } from "@/lib/random/seeded";
