import itertools

from soosr_desk.rules.marketing import may_receive_marketing


def test_objection_restriction_and_erasure_always_win():
    for restricted, objected, erased, consent, relation in itertools.product(
        (False, True),
        (False, True),
        (False, True),
        (False, True),
        ("lead", "customer_contact"),
    ):
        allowed = may_receive_marketing(
            restricted=restricted,
            objected=objected,
            erased=erased,
            has_consent=consent,
            relation=relation,
        )
        if restricted or objected or erased:
            assert not allowed
        else:
            assert allowed == (consent or relation == "customer_contact")


def test_a_withdrawn_consent_is_an_opt_out_even_for_customers():
    for relation, consent in itertools.product(("lead", "customer_contact"), (False, True)):
        allowed = may_receive_marketing(
            restricted=False,
            objected=False,
            erased=False,
            has_consent=consent,
            relation=relation,
            withdrew=True,
        )
        assert allowed == consent  # only a new consent brings the person back
