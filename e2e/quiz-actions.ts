/** Keyboard actions on quiz questions, shared by the quiz and learner-journey tests. */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { initialOrder, matchOptions } from "../lib/quiz/grade";
import type { Question } from "../lib/quiz/schema";

export async function press(locator: Locator, key: string) {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

/** Put the answer into a question card using only the keyboard. */
export async function answer(page: Page, card: Locator, quizId: string, q: Question, right: boolean, typed?: string) {
  switch (q.type) {
    case "single": {
      const pick = right ? q.answer : (q.answer + 1) % q.choices.length;
      await press(card.getByRole("radio").nth(pick), "Space");
      break;
    }
    case "multiple": {
      // Wrong = only the first correct choice: a partial answer.
      for (const i of right ? q.answers : q.answers.slice(0, 1)) await press(card.getByRole("checkbox").nth(i), "Space");
      break;
    }
    case "order": {
      if (!right) break; // the shuffled start is never the answer
      const order = initialOrder(quizId, q);
      // Bubble the items into place with the "위로 이동" buttons.
      for (let done = false; !done; ) {
        done = true;
        for (let p = 1; p < order.length; p++) {
          if (order[p] < order[p - 1]) {
            await press(card.getByRole("button", { name: `${p + 1}번째 '${q.items[order[p]]}' 위로 이동` }), "Enter");
            [order[p - 1], order[p]] = [order[p], order[p - 1]];
            done = false;
          }
        }
      }
      break;
    }
    case "match": {
      const options = matchOptions(quizId, q);
      const selects = card.getByRole("combobox");
      for (const [i, pair] of q.pairs.entries()) {
        const target = right ? options.indexOf(pair.right) : (options.indexOf(pair.right) + 1) % options.length;
        await selects.nth(i).focus();
        for (let k = 0; k <= target; k++) await page.keyboard.press("ArrowDown");
        await expect(selects.nth(i)).toHaveValue(String(target));
      }
      break;
    }
    case "command":
    case "predict": {
      await card.getByRole("textbox").focus();
      await page.keyboard.type(typed ?? (right ? String(q.accept[0]) : "wrong answer"));
      break;
    }
  }
  await press(card.getByRole("button", { name: "확인", exact: true }), "Enter");
}

