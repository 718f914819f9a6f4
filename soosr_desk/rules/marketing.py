"""Who may receive direct marketing (newsletters, invitations)."""

from __future__ import annotations

CUSTOMER_RELATIONS = frozenset({"customer_contact"})


def may_receive_marketing(
    *,
    restricted: bool,
    objected: bool,
    erased: bool,
    has_consent: bool,
    relation: str,
    withdrew: bool = False,
) -> bool:
    """Direct marketing is allowed only when nothing forbids it and there is a basis:

    - an objection to direct marketing is absolute (Art. 21(2)-(3) GDPR);
    - a restricted contact is not processed (Art. 18); an erased one no longer exists;
    - a consent for the purpose that was withdrawn, with no new consent since, is an
      opt-out for that purpose even where legitimate interest would otherwise apply
      (EDPB Guidelines 05/2020 §121-123: no switching to another basis after a
      withdrawal; Telecommunicatiewet art. 11.7: the customer's objection to e-mail);
    - the basis is consent for the purpose (Art. 6(1)(a), withdrawn consent does not
      count), or, for customers, SOOSR's legitimate interest in sending its customers
      newsletters, as the privacy statement says (Art. 6(1)(f); Telecommunicatiewet
      art. 11.7 lid 3 allows this for existing customers, who can object at any time).
    """
    if objected or restricted or erased:
        return False
    if withdrew and not has_consent:
        return False
    return has_consent or relation in CUSTOMER_RELATIONS
