"""Cues of a segment that takes in everybody: "anyone who wants…", demographics alone."""

import re

# Everybody (or "people") defined only by a wish, a need or a taste: «все, кто хочет похудеть»,
# "anyone who needs a lawyer", "people who value quality".
_ANYONE = (
    *("все", "всем", "всех", "любой", "любому", "любые", "каждый", "каждому", "кто угодно"),
    *("кто-угодно", "те", "тем", "люди", "людям", "людей", "человек", "клиенты", "клиентам"),
    *("покупатели", "компании", "бизнес", "anyone", "anybody", "everyone", "everybody", "all"),
    *("any", "people", "those", "customers", "clients", "companies", "businesses", "users"),
    *("folks", "someone", "whoever"),
)
_WHO = r"(?:кто|кому|кого|которы\w*|who|that|which|whose)"
_WISH = (
    *("хоч", "хот", "нуж", "надо", "цен", "важн", "интерес", "любят", "любит", "заботит"),
    *("мечта", "стремит", "готов", "жела", "ищ", "want", "need", "value", "care", "love"),
    *("interest", "like", "wish", "look", "seek", "appreciat", "enjoy", "are into", "dream"),
    *("след", "забот", "take care", "look after", "keep an eye"),
)
ANYONE_WHO_WANTS = re.compile(
    rf"^(?:{'|'.join(re.escape(word) for word in _ANYONE)}),?\s+"
    rf"(?:\S+\s+){{0,1}}?{_WHO}\s+(?:\S+\s+){{0,1}}?(?:{'|'.join(_WISH)})"
)

# Demographic words: a gender, a generation, a life stage; alone they narrow nobody down.
DEMOGRAPHIC = frozenset(
    {
        *("мамы", "мам", "мамам", "папы", "родители", "женщины", "женщин", "мужчины"),
        *("мужчин", "студенты", "студентов", "школьники", "молодежь", "пенсионеры", "дети"),
        *("подростки", "взрослые", "семьи", "пары", "moms", "mums", "dads", "parents"),
        *("women", "men", "students", "teens", "teenagers", "millennials", "gen", "z"),
        *("boomers", "adults", "families", "couples", "kids", "seniors", "retirees", "youth"),
        *("лет", "года", "years", "old", "aged", "age", "возраст", "возраста"),
    }
)
# "25-45", "18–35"
AGE_RANGE = re.compile(r"\d{1,2}-\d{1,2}\+?")
