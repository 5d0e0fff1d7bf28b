## Command line: python -m bot check (answer checks from a file).

check-cli-summary = Ответов: { $total }, с замечаниями: { $flagged }.
check-cli-no-file = Не удалось прочитать файл { $path }: { $reason }.
check-cli-usage-error = { $error }. Использование: python -m bot check [--field ПОЛЕ] [--lang ru|en|auto] [--json] ФАЙЛ|-
check-cli-help =
    Проверяет ответы на пять вопросов ценностного предложения так же, как бот.
    Использование: python -m bot check [--field ПОЛЕ] [--lang ru|en|auto] [--json] ФАЙЛ|-
      ФАЙЛ        файл с ответами; «-» читает стандартный ввод
      --field     вопрос: segment, problem, situation, benefit или control (обязателен для текста)
      --lang      язык пояснений: ru, en или auto — по языку каждого ответа (по умолчанию)
      --json      ввод и вывод — JSON по строке: {"{"}"field", "text", "lang"?, "problem"?{"}"} → ok, reasons
    Код выхода 0, что бы ни нашлось; 2 — ошибка в аргументах или во входных данных.
