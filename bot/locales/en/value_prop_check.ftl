## Command line: python -m bot check (answer checks from a file).

check-cli-summary = Answers: { $total }, with findings: { $flagged }.
check-cli-no-file = Cannot read the file { $path }: { $reason }.
check-cli-usage-error = { $error }. Usage: python -m bot check [--field F] [--lang ru|en|auto] [--json] FILE|-
check-cli-help =
    Checks answers to the five value-proposition questions the way the bot does.
    Usage: python -m bot check [--field F] [--lang ru|en|auto] [--json] FILE|-
      FILE        the file with answers; "-" reads standard input
      --field     the question: segment, problem, situation, benefit or control (required for text)
      --lang      language of the explanations: ru, en or auto, by the language of each answer (default)
      --json      JSON lines in and out: {"{"}"field", "text", "lang"?, "problem"?{"}"} → ok, reasons
    Exit code 0 whatever is found; 2 on bad arguments or input.
