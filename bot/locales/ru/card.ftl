# Summary card of a value proposition (text message and picture).
# The labels of the five answers are the vp-label-* keys in value_prop.ftl.

card-title = Ценностное предложение
card-skipped = пропущено
card-founder = Автор
card-cut-note = Длинные ответы сокращены: полный текст — в сообщении выше
# strftime pattern of the date in the footer
card-date-format = %d.%m.%Y
card-footer = vp-coach · { $date }
card-to-sharpen = доработать

# A version of the proposition, shown beside the title, e.g. "v2".
card-version = v{ $version }
