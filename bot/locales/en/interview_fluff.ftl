## Nudges when a note of what the customer said is fluff (The Mom Test). Reword freely, keep the keys.

fluff-compliment = 💬 That's a compliment, not a fact: nice to hear, but it proves nothing. Thank them and steer back to their life: "Thanks! How did you deal with this the last time?"
fluff-future-promise = 💬 That's a promise about the future: easy to give, rarely kept. Anchor it in the past: "When did you last look for a solution? What did you do?" Or ask for a step now: time, an introduction, a pre-payment.
fluff-generic-claim = 💬 That's a generality ("usually", "always", "never"). Dig beneath it and ask about a specific case: "When was the last time? Tell me how it went."
