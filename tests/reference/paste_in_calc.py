"""Pastes a copied analysis table into a spreadsheet in a language, and says how each cell was read.

The app's "Kopiér" puts a table on the clipboard as tab-separated text, written for Excel in the
reader's language (src/core/export-tables/clipboard-text.ts). Excel itself cannot run here, so
LibreOffice Calc stands in: it reads the text with the same locale rules (decimal mark, percent,
the words for TRUE and FALSE). Every cell of a number, share or yes/no column must come out typed,
never as text. The end-to-end test (tests/e2e/table-export.test.ts) leaves the copied text in
test-results/e2e/table-export-collaborations-{da,en}.tsv.

Needs Debian's libreoffice-calc and python3-openpyxl:

    /usr/bin/python3 tests/reference/paste_in_calc.py test-results/e2e/table-export-collaborations-da.tsv da
    /usr/bin/python3 tests/reference/paste_in_calc.py test-results/e2e/table-export-collaborations-en.tsv en
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

LOCALE = {"da": 1030, "en": 1033}  # the language ids of Calc's text import: Danish, English (US)


def main() -> None:
    tsv, lang = Path(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "table.csv"
        shutil.copy(tsv, source)
        # tab-separated, " quotes, UTF-8, from line 1, in the language's locale, special numbers detected
        options = f"9,34,76,1,,{LOCALE[lang]},false,true"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
             f"--infilter=Text - txt - csv (StarCalc):{options}", "--convert-to", "xlsx", "--outdir", work, str(source)],
            check=True, capture_output=True,
        )
        sheet = load_workbook(Path(work) / "table.xlsx").worksheets[0]
        rows = list(sheet.iter_rows())
        header = [c.value for c in rows[0]]
        text_where_typed = 0
        for column, name in enumerate(header):
            kinds = sorted({type(r[column].value).__name__ for r in rows[1:] if r[column].value is not None})
            formats = sorted({r[column].number_format for r in rows[1:] if r[column].value is not None})
            print(f"{name}: {', '.join(kinds)} ({', '.join(formats)})")
            values = [r[column].value for r in rows[1:] if r[column].value is not None]
            typed = any(isinstance(v, (int, float, bool)) for v in values)
            text_where_typed += sum(1 for v in values if typed and isinstance(v, str))
        if text_where_typed:
            sys.exit(f"{text_where_typed} cells of typed columns were read as text")
        print(f"{len(rows) - 1} rows; every number, share and yes/no read as such")


if __name__ == "__main__":
    main()
