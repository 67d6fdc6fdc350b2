/**
 * Checks the props authors give the MDX components, so a typo (`strategy="Canry"`, `replica={3}`,
 * a quiz id that does not exist) fails check:content and the build with file, line and reason
 * instead of crashing a page render or being silently ignored.
 */
import { paramErrors, paramsFromSetup, STRATEGY_LIST, type RolloutDiagramSetup, type RolloutParams } from "@/lib/rollout";
import type { AuthorComponentName } from "./component-names";
import type { AnalyzedLesson } from "./lesson";
import type { FoundProp, PropValue } from "./mdast";
import type { Problem } from "./problems";

export interface PropsContext {
  /** Quiz id → its question ids. */
  quizzes: ReadonlyMap<string, ReadonlySet<string>>;
}

type Kind = "string" | "number" | "boolean" | "string|number" | "expression";

interface PropRule {
  kind: Kind;
  required?: boolean;
  oneOf?: readonly string[];
}

/** What each component accepts, and a check across its props (context such as quiz ids). */
interface ComponentRule {
  props: Record<string, PropRule>;
  check?: (props: Map<string, FoundProp>, ctx: PropsContext) => { prop?: string; reason: string }[];
}

const STRATEGIES: readonly string[] = STRATEGY_LIST;
const str = (more: Omit<PropRule, "kind"> = {}): PropRule => ({ kind: "string", ...more });
const num: PropRule = { kind: "number" };
const bool: PropRule = { kind: "boolean" };

/** RolloutDiagram props → RolloutParams names whose errors they can cause. */
const ROLLOUT_NUMBERS = ["replicas", "readyAfter", "terminateAfter", "deadline", "scaleDownDelay", "rps", "seed"] as const;

const RULES: Record<AuthorComponentName, ComponentRule> = {
  Callout: {
    props: {
      kind: str({ oneOf: ["note", "tip", "warning", "correction"] }),
      title: str(),
      noteSaid: str(),
      source: str(),
      sourceTitle: str(),
      source2: str(),
      source2Title: str(),
    },
    check: (p) =>
      p.get("kind")?.value === "correction" && (!p.has("noteSaid") || !p.has("source"))
        ? [{ reason: 'kind="correction"에는 noteSaid(노트의 설명)와 source(출처)가 있어야 합니다' }]
        : [],
  },
  Terminal: {
    props: { command: str(), output: str(), session: { kind: "expression" }, prompt: str(), title: str() },
    check: (p) => (p.has("command") || p.has("session") ? [] : [{ reason: "command 또는 session이 있어야 합니다" }]),
  },
  Steps: { props: {} },
  Details: { props: { summary: str({ required: true }), open: bool } },
  Figure: {
    props: { caption: str(), src: str(), alt: str() },
    check: (p) => (p.has("src") && !p.has("alt") ? [{ prop: "src", reason: "src를 쓰면 alt(그림 설명)도 있어야 합니다" }] : []),
  },
  PipelineFlowDiagram: { props: {} },
  ArgoCdTopologyDiagram: { props: {} },
  StrategyDiagram: { props: { strategy: str({ required: true, oneOf: STRATEGIES }) } },
  ToolMap: { props: {} },
  RolloutDiagram: {
    props: {
      strategy: str({ required: true, oneOf: STRATEGIES }),
      title: str(),
      caption: str(),
      maxSurge: { kind: "string|number" },
      maxUnavailable: { kind: "string|number" },
      steps: str(),
      broken: bool,
      autoPromote: bool,
      ...Object.fromEntries(ROLLOUT_NUMBERS.map((k) => [k, num])),
    },
    check: (p) => {
      if (!STRATEGIES.includes(String(p.get("strategy")?.value))) return []; // reported as a prop already
      const setup = Object.fromEntries([...p].map(([k, v]) => [k, v.value])) as unknown as RolloutDiagramSetup;
      const errors = paramErrors(paramsFromSetup(setup));
      return (Object.entries(errors) as [keyof RolloutParams, string][]).map(([key, reason]) => ({
        prop: p.has(key) ? key : undefined,
        reason: reason.startsWith(key) ? reason : `${key}: ${reason}`,
      }));
    },
  },
  Quiz: {
    props: { id: str({ required: true }), heading: bool },
    check: (p, ctx) => {
      const id = p.get("id")?.value;
      return typeof id === "string" && !ctx.quizzes.has(id) ? [{ prop: "id", reason: `퀴즈 content/quizzes/${id}.yaml이 없습니다` }] : [];
    },
  },
  QuizQuestion: {
    props: { quiz: str({ required: true }), id: str({ required: true }) },
    check: (p, ctx) => {
      const quiz = p.get("quiz")?.value;
      const id = p.get("id")?.value;
      if (typeof quiz !== "string" || typeof id !== "string") return [];
      const questions = ctx.quizzes.get(quiz);
      if (!questions) return [{ prop: "quiz", reason: `퀴즈 content/quizzes/${quiz}.yaml이 없습니다` }];
      return questions.has(id) ? [] : [{ prop: "id", reason: `퀴즈 ${quiz}에 id가 "${id}"인 문항이 없습니다` }];
    },
  },
  Sandbox: { props: { mission: str({ oneOf: ["mission1", "mission2"] }) } },
};

function describe(value: PropValue): string {
  const text = typeof value === "object" ? `{${value.expression}}` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const WANTED: Record<Kind, string> = {
  expression: "{…}",
  string: '"문자열"',
  number: "{숫자}",
  boolean: "{true} / {false} 또는 값 없이 이름만",
  "string|number": '"25%"나 {1}',
};

function kindError(rule: PropRule, value: PropValue): string | null {
  const type = typeof value === "object" ? "expression" : typeof value;
  const ok =
    rule.kind === "expression" ||
    rule.kind === type ||
    (rule.kind === "string|number" && (type === "string" || type === "number"));
  if (!ok) {
    return `${describe(value)}은(는) 쓸 수 없는 값입니다. ${WANTED[rule.kind]} 형태로 쓰세요`;
  }
  if (rule.oneOf && !rule.oneOf.includes(String(value))) return `${describe(value)}은(는) 없는 값입니다. 가능한 값: ${rule.oneOf.join(", ")}`;
  return null;
}

/** Problems with the props of every author component in every lesson. */
export function validateComponentProps(lessons: AnalyzedLesson[], ctx: PropsContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    for (const c of lesson.components) {
      const rule = (RULES as Record<string, ComponentRule | undefined>)[c.name];
      if (!rule) continue; // unknown components are reported by validateCourse
      const at = (line: number, reason: string) => problems.push({ file: lesson.file, line, reason: `<${c.name}> ${reason}` });
      const byName = new Map<string, FoundProp>();
      for (const prop of c.props) {
        const propRule = rule.props[prop.name];
        if (!propRule) {
          const known = Object.keys(rule.props);
          at(prop.line, `알 수 없는 속성 ${prop.name}${known.length ? ` (쓸 수 있는 속성: ${known.join(", ")})` : " (속성을 받지 않습니다)"}`);
          continue;
        }
        const error = kindError(propRule, prop.value);
        if (error) at(prop.line, `${prop.name}: ${error}`);
        else byName.set(prop.name, prop);
      }
      for (const [name, propRule] of Object.entries(rule.props)) {
        if (propRule.required && !c.props.some((p) => p.name === name)) at(c.line, `${name} 속성이 필요합니다`);
      }
      for (const e of rule.check?.(byName, ctx) ?? []) at(e.prop ? (byName.get(e.prop)?.line ?? c.line) : c.line, e.reason);
    }
  }
  return problems;
}
