"""Documents to send as files: a PDF writer shared by the exports."""
