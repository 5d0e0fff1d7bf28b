## Interview question linter: what is wrong with a question and how to rewrite it (The Mom Test,
## Running Lean's problem interview). Methodology content: reword freely, keep the keys.

lint-future-hypothetical = A question about a hypothetical future: people answer "would you…" out of politeness and optimism, not experience.
lint-future-hypothetical-rewrite = ask about the last time it happened: "When did this last happen? What did you do then?"

lint-price-guess = Asking them to guess a price: "how much would you pay" costs them nothing to say, so it tells you nothing.
lint-price-guess-rewrite = ask what they already pay and spend on this: "What did it cost you last month?"

lint-opinion-of-idea = A question about your idea: you will hear a compliment, not facts about the customer's life.
lint-opinion-of-idea-rewrite = leave the idea out and ask about their experience: "How did you handle this the last time?"

lint-leading = A leading question: the answer is already suggested, and agreeing is easier than objecting.
lint-leading-rewrite = ask in a neutral, open way: "Tell me how this works for you."

lint-pitching = This is a pitch: once people hear about a solution, they judge it instead of talking about themselves.
lint-pitching-rewrite = drop the product description and ask about the problem: "How do you deal with this now?"

lint-self-diagnosis = Asking them to diagnose themselves: people are poor at naming their "biggest pain" or the features they need.
lint-self-diagnosis-rewrite = ask about a specific recent case: "What was the hardest part the last time you did it?"

lint-future-promise = Asking for a promise: "will you buy it when we launch?" costs nothing to say, and a promise about the future proves nothing.
lint-future-promise-rewrite = ask what they have already done about it; to test intent, ask for something that costs them now: time, an introduction, a deposit.

lint-usual-price = Asking about market prices: what people "usually charge" you can look up, and it tells you nothing about this person.
lint-usual-price-rewrite = ask what they pay themselves: "What did you pay for it last time? Who did you pay?"

lint-third-party-opinion = Asking about other people or the market: they guess for colleagues and customers, and you need facts about them.
lint-third-party-opinion-rewrite = ask about their own experience, and ask the others themselves: "How did you handle it last time? Who else should I talk to?"

## Command line: python -m bot lint.

lint-cli-summary = Questions: { $total }, with findings: { $flagged }.
lint-cli-no-file = Cannot read the file { $path }: { $reason }.
lint-cli-usage-error = { $error }. Usage: python -m bot lint [--lang ru|en|auto] [--json] FILE|-
lint-cli-help =
    Checks problem-interview questions: one question per line, blank lines are skipped.
    Usage: python -m bot lint [--lang ru|en|auto] [--json] FILE|-
      FILE        the file with questions; "-" reads standard input
      --lang      language of the explanations: ru, en or auto, by the language of each question (default)
      --json      one JSON object per question: question, ok, findings
