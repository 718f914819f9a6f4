"""Which activities concern a person: from their relation, source and records."""

from soosr_desk.rules.concerns import activity_concerns, person_groups


def test_a_prospect_is_not_in_debt_collection_but_a_customer_with_invoices_is():
    prospect = person_groups("lead", "manual", False)
    customer = person_groups("customer_contact", "contract", True)
    collection = ("debtor", "customer_contact")
    kw = {"consent_based": False, "consented": False, "objection_upheld": False}
    assert not activity_concerns(collection, prospect, **kw)
    assert activity_concerns(collection, customer, **kw)
    assert "debtor" in person_groups("lead", "manual", True)
    assert "website_form" in person_groups("lead", "website_form", False)


def test_unknown_categories_consent_and_an_upheld_objection():
    groups = person_groups("lead", "manual", False)
    assert activity_concerns(
        (), groups, consent_based=False, consented=False, objection_upheld=False
    )
    assert activity_concerns(
        ("", "debtor"), groups, consent_based=False, consented=False, objection_upheld=False
    )
    assert not activity_concerns(
        ("lead",), groups, consent_based=True, consented=False, objection_upheld=False
    )
    assert activity_concerns(
        ("lead",), groups, consent_based=True, consented=True, objection_upheld=False
    )
    assert not activity_concerns(
        ("lead",), groups, consent_based=False, consented=False, objection_upheld=True
    )


def test_consent_too_concerns_customers_and_others_only_with_a_consent():
    kw = dict(consent_based=False, objection_upheld=False, consent_too=True)
    marketing = ("customer_contact", "lead")
    assert activity_concerns(
        marketing, person_groups("customer_contact", "", False), consented=False, **kw
    )
    assert not activity_concerns(marketing, person_groups("lead", "", False), consented=False, **kw)
    assert activity_concerns(marketing, person_groups("lead", "", False), consented=True, **kw)
