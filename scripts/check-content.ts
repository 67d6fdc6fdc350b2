/**
 * npm run check:content — validates everything authors write in content/.
 * Prints each problem as `path:line: reason` and exits 1, or one summary line on success.
 */
import { loadCourse } from "../lib/content/load";
import { formatProblem } from "../lib/content/problems";
import { formatQuizStats } from "../lib/quiz/load";

const course = loadCourse(process.cwd());
const problems = [...course.problems];

if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n콘텐츠 문제 ${problems.length}건: 위 파일과 줄을 고치세요.`);
  process.exit(1);
}
console.log([`lessons=${course.lessons.length}`, formatQuizStats(course.quizStats), `glossary=${course.glossary.length}`].join(" "));
