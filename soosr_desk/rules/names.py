"""How Dutch offices sort and find names.

Dutch lists sort a surname without its tussenvoegsel ("de Vries" under V, "van der Berg"
under B), and people type names without accents ("celik" should find "Çelik")."""

from __future__ import annotations

import unicodedata

TUSSENVOEGSELS = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "onder",
        "aan",
        "bij",
        "uit",
        "voor",
        "over",
        "tot",
        "la",
        "le",
        "les",
        "du",
        "da",
        "di",
        "del",
        "della",
        "des",
        "d'",
        "l'",
        "von",
        "zu",
        "vom",
        "zum",
        "'s",
    ]
)


class _DropCombining(dict[int, str | None]):
    """A `str.translate` table that drops combining characters (accents once split off)
    and keeps every other character; it learns each character on first sight."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = None if unicodedata.combining(char) else char
        self[code] = kept
        return kept


_NO_COMBINING = _DropCombining()


def fold(text: str) -> str:
    """Lower case without accents: Ç -> c, ĳ -> ij, ß -> ss, ø -> o."""
    if text.isascii():  # nothing to decompose or replace: the same result, sooner
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out = decomposed.translate(_NO_COMBINING)
    return out.replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("æ", "ae")


def split_surname(last_name: str) -> tuple[str, str]:
    """("van der", "Berg") for "van der Berg"; the prefix is empty when there is none."""
    words = last_name.split()
    i = 0
    while i < len(words) - 1 and words[i].casefold() in TUSSENVOEGSELS:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def sort_key(first_name: str, last_name: str) -> str:
    """The key a Dutch list sorts by: surname without tussenvoegsel, then the prefix and
    the first name, all folded."""
    prefix, surname = split_surname(last_name.strip())
    return fold(f"{surname} {prefix} {first_name.strip()}".strip())[:200]


_ASCII_NON_DIGITS = {code: None for code in range(128) if not chr(code).isdigit()}


def _phone_forms(text: str) -> list[str]:
    """A stored +31 6 12345678 is also found as 0612345678 and 612345678."""
    if not text.startswith("+"):
        return []
    if text.isascii():  # the digits of ASCII are 0-9
        digits = text.translate(_ASCII_NON_DIGITS)
    else:
        digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 6 or len(digits) * 2 < len(text):
        return []
    forms = [digits]
    if digits.startswith("31"):
        forms.append("0" + digits[2:])
    return forms


def search_text(*parts: str) -> str:
    """One folded line of everything the contacts list filters on."""
    words = [p for p in parts if p]
    words += [form for p in words if p[0] == "+" for form in _phone_forms(p)]
    line = " ".join(words)
    if line.isascii():  # fold of ASCII is casefold, character by character
        return line.casefold()[:1000]
    # folded word by word (the same as folding the whole line: folding never reaches
    # across a space), so the ASCII words take fold's fast path
    return " ".join(fold(w) for w in words)[:1000]


class SearchTexts:
    """`contact(...)` is `search_text(first, last, email, phone, city, company)` with the
    folded name (first and last together), city and company kept from row to row (an
    import's rows repeat them; at most `LIMIT` are kept). The same line: folding never
    reaches across a space, so the line is its parts folded one by one and joined, and
    the telephone forms of the parts that start with + come after them, in order."""

    LIMIT = 20_000

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], tuple[str, list[str]]] = {}

    def _pair(self, one: str, two: str) -> tuple[str, list[str]]:
        """The two parts folded and joined (the empty ones left out), and their forms."""
        found = self.pairs.get((one, two))
        if found is None:
            words = [fold(p) for p in (one, two) if p]
            forms = [fold(f) for p in (one, two) if p[:1] == "+" for f in _phone_forms(p)]
            found = (" ".join(words), forms)
            if len(self.pairs) < self.LIMIT:
                self.pairs[(one, two)] = found
        return found

    def contact(
        self, first: str, last: str, email: str, phone: str, city: str, company: str
    ) -> str:
        pairs = self.pairs
        name = pairs.get((first, last)) or self._pair(first, last)
        words = [name[0]] if first or last else []  # a part may fold to nothing
        forms = name[1]
        if email:  # fold() of an ASCII text is its casefold(), here without the call
            words.append(email.casefold() if email.isascii() else fold(email))
            if email[0] == "+":
                forms = forms + _phone_forms(email)
        if phone:
            words.append(phone.casefold() if phone.isascii() else fold(phone))
            if phone[0] == "+":
                forms = forms + _phone_forms(phone)
        for place in (city, company):
            if place:
                found = pairs.get((place, "")) or self._pair(place, "")
                words.append(found[0])
                if found[1]:
                    forms = forms + found[1]
        if forms:  # ASCII digits fold to themselves
            words += [f if f.isascii() else fold(f) for f in forms]
        return " ".join(words)[:1000]
