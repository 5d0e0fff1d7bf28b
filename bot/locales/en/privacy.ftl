## Privacy notice.

privacy =
    <b>What data the bot stores</b>

    • Profile: your id, Telegram name and username, language, time zone.
    • Consent: the notice version and when you accepted it.
    • Answers: your value propositions with every version of each answer.
    • Chat history: what you sent the bot and what it answered, with times. For stickers, photos and voice notes only a description (type, caption) is kept, not the files.

    <b>Why</b>: to continue a dialogue after a pause and to make your card; your consultant sees it only if you connect to one yourself.
    <b>Where</b>: in the bot's database, run by the organisation that operates the bot. It is not shared with third parties.
    <b>How to delete it</b>: write to your consultant or the bot's administrator; a self-service delete command comes in the next version.
