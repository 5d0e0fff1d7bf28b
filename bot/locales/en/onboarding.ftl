## Onboarding: greeting, data notice, menu, help, language.

start-greeting =
    Hello, { $name }! 👋
    I'm a value proposition coach. In 10–15 minutes I'll help you put into words whom your business serves and what value it brings them: five questions, one at a time, with hints and examples.
    If an answer comes out vague, I'll suggest how to sharpen it. At the end you get a value proposition card, as text and as an image, ready to show your team or your consultant.

start-again =
    Welcome back, { $name }! What shall we do?

start-draft-offer =
    You have an unfinished value proposition “{ $name }”. Continue where you left off?

consent-notice =
    <b>Data notice (version { $version })</b>

    To work with you, the bot stores: your Telegram name and username, your language, your answers and the history of your chat with the bot (questions and answers with their times).
    Why: so that you can come back to your value proposition later, and your consultant (only if you connect to one yourself) can see the results.
    We do not share the data with third parties or use it for advertising. Details: /privacy.

    Until you press “I accept”, none of your answers is stored.

consent-required = Please accept the data notice first: without it I cannot save your answers.
consent-thanks = Thank you! Let's start with your first value proposition.
consent-thanks-toast = Consent saved
consent-already = Consent already saved
consent-outdated = The notice has been updated: please read the new version.

menu = Main menu. What would you like to do?

help =
    <b>How I work</b>

    A value proposition is five answers about one customer segment: who they are, what problem they have, when it comes up, what benefit they get and how you check that they get it.
    I ask one question at a time. Answer in text, in your own words. You can go back, skip a question and edit everything at the end.
help-commands = <b>Commands</b>

cancelled = Dialogue stopped; all your answers are saved. Continue any time: /start.
cancel-nothing = There is nothing to stop right now.
language-choose = Выберите язык / Choose your language:
language-set = Done, we'll talk in English.
stale-button = This button is no longer active.
unknown-command = I don't know that command. All commands: /help.
unknown-command-dialogue = I don't know that command. We are in the middle of a dialogue: answer the question above or press a button under it. All commands: /help.
use-buttons = Right now I'm waiting for you to press one of the buttons above.
not-understood-text = I can only handle answers to my questions and button presses. What would you like to do?
not-understood-media = Thanks! But I only work with text. What would you like to do?

btn-consent = ✅ I accept
btn-privacy = More about your data
btn-new-vp = ➕ New value proposition
btn-my-vps = 📋 My value propositions
btn-help = ❓ Help
btn-language = 🌐 Language

cmd-start = Start or continue
cmd-new = New value proposition (for another segment)
cmd-list = My value propositions
cmd-help = How the bot works
cmd-language = Change language
cmd-privacy = What data is stored
cmd-cancel = Stop the current dialogue (answers are kept)
cmd-interview = Problem interviews for a finished value proposition
start-interview-offer = You have not finished logging an interview. Continue where you left off?
error-try-again = I could not process your message 😔 Please send it again in a minute.
