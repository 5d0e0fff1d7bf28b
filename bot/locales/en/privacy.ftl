## Privacy notice.

privacy =
    <b>What data the bot stores</b>

    • Profile: your id, Telegram name and username, language, time zone.
    • Consent: the notice version and when you accepted it.
    • Answers: your value propositions with every version of each answer, your problem interview scripts and logged interviews.
    • Chat history: what you sent the bot and what it answered, with times. For stickers, photos and voice notes only a description (type, caption) is kept, not the files.

    <b>Why</b>: to continue a dialogue after a pause and to make your card; your consultant sees it only if you connect to one yourself.
    <b>Where</b>: in the bot's database, run by the organisation that operates the bot. It is not shared with third parties.
    <b>How to see it</b>: /mydata sends everything stored about you as two files, JSON and readable Markdown.
    <b>How to delete it</b>: /delete_me deletes all your data after you confirm. Only a note that a deletion happened, and when, is kept — without your id or name.
