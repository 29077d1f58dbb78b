"""Extraction on short reports written for these tests (real events, our own words)."""

import datetime as dt

import pytest

from parley import extract
from parley.model import Report
from parley.sources import read
from tests.conftest import SHARED_DEV


def rec(text, published="2026-01-29", language="en"):
    r = Report(id="t", text=text, published=dt.date.fromisoformat(published) if published else None,
               language=language)
    return extract(r).to_record()


def legs(ex):
    return sorted((g["from"], g["to"], g["category"], g["count"]) for g in ex["legs"])


def test_two_way_body_exchange_with_demonyms():
    r = rec("Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, while Ukraine "
            "returned the remains of 38 Russian servicemen.")
    [ex] = r["exchanges"]
    assert ex["date"] == "2026-01-29" and ex["mention"] == "current"
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38)]


def test_bare_figure_inherits_category_and_subject_direction():
    r = rec("The previous exchange took place on November 20, 2025, when Russia transferred "
            "1,000 bodies and Ukraine returned 30.")
    [ex] = r["exchanges"]
    assert ex["mention"] == "previous" and ex["date"] == "2025-11-20"
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 30)]


def test_totals_are_not_exchanges():
    r = rec("According to the ombudsman, 1,800 Russian servicemen returned from captivity last year.")
    assert r["exchanges"] == []


def test_plans_are_not_exchanges():
    r = rec("The two sides agreed to exchange 1,200 prisoners each in the coming weeks.")
    assert r["exchanges"] == []


def test_exchange_of_fire_is_not_an_exchange():
    r = rec("Troops exchanged fire near the border, wounding 12 soldiers.")
    assert r["exchanges"] == []


def test_parts_joined_by_and_are_added():
    r = rec("Russia freed 270 Ukrainian soldiers and 120 civilians in the exchange on Friday.",
            published="2025-05-23")
    [ex] = r["exchanges"]
    assert ("Russia", "Ukraine", "prisoners", 390) in legs(ex)


def test_got_back_vs_handed_over():
    r = rec("Ukraine returned 303 defenders from captivity today in an exchange.", published="2025-05-25")
    [ex] = r["exchanges"]
    assert ("Russia", "Ukraine", "prisoners", 303) in legs(ex)
    # an exchange that names one side's figure still has the other leg, count unknown
    assert ("Ukraine", "Russia", "prisoners", None) in legs(ex)


def test_hostages_and_palestinian_prisoners():
    r = rec("Hamas freed three Israeli hostages on Saturday. In exchange, Israel released 183 "
            "Palestinian prisoners.", published="2025-02-08")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Hamas", "Israel", "prisoners", 3), ("Israel", "Palestinians", "prisoners", 183)]
    assert ex["date"] == "2025-02-08"


def test_russian_report_with_same_number():
    r = rec("Сегодня из плена вернулись 300 российских военнослужащих. Взамен Киев получил такое же "
            "количество пленных.", published="2026-03-06", language="ru")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 300), ("Ukraine", "Russia", "prisoners", 300)]


def test_ukrainian_report_and_source_name():
    r = rec("Сьогодні, 31 січня, Україна повернула з полону 207 військовополонених. Про це повідомив "
            "президент Володимир Зеленський.", published="2024-01-31", language="uk")
    [ex] = r["exchanges"]
    assert ("Russia", "Ukraine", "prisoners", 207) in legs(ex)
    assert "Володимир Зеленський" in ex["sources"]


def test_meeting_scheduled_with_place_and_date():
    r = rec("The next round of talks between Russia and Ukraine will be held in Abu Dhabi on "
            "February 1, with the United States taking part.")
    [m] = r["meetings"]
    assert m["place"] == "Abu Dhabi" and m["date"] == "2026-02-01" and m["status"] == "scheduled"
    assert "United States" in m["parties"]


def test_evidence_points_at_the_figure():
    text = "Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday."
    r = rec(text)
    spans = [e for e in r["evidence"] if e["field"] == "leg.count"]
    assert spans and text[spans[0]["start"]:spans[0]["end"]].startswith("1,000")


def test_language_is_detected_without_a_header():
    r = extract(Report(id="x", text="Россия передала Украине тела 1000 погибших военнослужащих.",
                       published=dt.date(2026, 1, 29)))
    assert r.language == "ru"


SEED = SHARED_DEV / "en-0004.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared dev corpus not present")
def test_seed_report():
    [report] = read(SEED)
    r = extract(report).to_record()
    by_mention = {ex["mention"]: ex for ex in r["exchanges"]}
    cur, prev = by_mention["current"], by_mention["previous"]
    assert cur["date"] == "2026-01-29"
    assert legs(cur) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38)]
    assert cur["agreement"] == "Istanbul"
    assert {"Shamsail Saraliyev", "Vladimir Medinsky"} <= set(cur["sources"])
    assert prev["date"] == "2025-11-20"
    assert legs(prev) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 30)]
    assert len(r["exchanges"]) == 2  # nothing for "1,800 … last year"
    abu = [m for m in r["meetings"] if m["place"] == "Abu Dhabi"]
    assert abu and abu[0]["date"] == "2026-02-01" and abu[0]["status"] == "scheduled"
    assert set(abu[0]["parties"]) == {"Russia", "Ukraine", "United States"}


def test_in_exchange_for_goes_the_other_way():
    r = rec("In exchange for the three hostages, Israel freed 183 Palestinian prisoners.", published="2025-02-08")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Hamas", "Israel", "prisoners", 3), ("Israel", "Palestinians", "prisoners", 183)]


def test_ellipsis_after_a_dash_keeps_the_verb():
    r = rec("Тогда Украина получила останки 1 тыс. погибших военнослужащих, российская сторона — 31 погибшего.",
            published="2025-10-23", language="ru")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 31)]


def test_each_side_released():
    r = rec("In the swap with Ukraine, each side released 157 prisoners on Thursday.", published="2026-02-05")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 157), ("Ukraine", "Russia", "prisoners", 157)]


def test_earlier_exchange_pinned_by_date_alone():
    r = rec("Russia returned 1,000 bodies today. The last exchange of prisoners took place on August 7, 2025.",
            published="2026-01-29")
    prev = [ex for ex in r["exchanges"] if ex["mention"] == "previous"]
    assert [(ex["date"], legs(ex)) for ex in prev] == [
        ("2025-08-07", [("Russia", "Ukraine", "prisoners", None), ("Ukraine", "Russia", "prisoners", None)])]


def test_agreement_reached_at_a_venue_is_a_meeting():
    r = rec("The exchange, which was agreed in Istanbul on June 2, took place on June 9.", published="2025-06-10")
    assert [(m["place"], m["date"]) for m in r["meetings"]] == [("Istanbul", "2025-06-02")]


def test_the_istanbul_agreements_are_not_a_meeting():
    r = rec("Russia handed over 1,000 bodies under the Istanbul agreements on Thursday.")
    assert r["meetings"] == []
    assert r["exchanges"][0]["agreement"] == "Istanbul"


def test_subsets_are_not_added():
    r = rec("A total of 157 Ukrainians – seven of them civilians – were returned home on Thursday.",
            published="2026-02-05")
    [ex] = r["exchanges"]
    assert ("Russia", "Ukraine", "prisoners", 157) in legs(ex)


@pytest.mark.parametrize("language,text", [
    ("ru", "Россия и Украина обменялись по 84 военнопленных."),
    ("pl", "Rosja i Ukraina wymieniły się po 84 jeńców."),
    ("tr", "Rusya ve Ukrayna 84'er esiri takas etti."),
    ("en", "Russia and Ukraine swapped 84 prisoners each."),
])
def test_each_in_four_languages(language, text):
    [ex] = rec(text, published="2025-08-15", language=language)["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 84), ("Ukraine", "Russia", "prisoners", 84)]


def test_scheduled_round_more_than_a_week_ahead():
    r = rec("The next round of talks will be held in Abu Dhabi on February 10.", published="2026-01-25")
    [m] = r["meetings"]
    assert (m["date"], m["status"]) == ("2026-02-10", "scheduled")


def test_verb_final_language_reads_its_subject():
    r = rec("Russland hat der Ukraine die Leichen von 1000 gefallenen Soldaten übergeben und im Gegenzug "
            "38 Leichen erhalten.", published="2026-01-29", language="de")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38)]


def test_a_dated_round_without_a_venue():
    r = rec("Первый раунд консультаций состоялся 23 января.", published="2026-02-05", language="ru")
    assert [(m["place"], m["date"], m["status"]) for m in r["meetings"]] == [(None, "2026-01-23", "held")]


def test_quoted_totals_carry_their_period():
    report = Report(id="t", text="According to the ombudsman, 1,800 Russian servicemen returned from captivity "
                    "last year. Since the start of the war, 5,757 Ukrainians have been freed in total.",
                    published=dt.date(2026, 1, 29), language="en")
    totals = {t.count: (t.since, t.until) for t in extract(report).totals}
    assert totals[1800] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert totals[5757] == (None, dt.date(2026, 1, 29))


def test_read_also_teasers_are_other_stories():
    r = rec("Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday.\n"
            "Read also: Ukraine returned 390 prisoners from captivity in talks held in Istanbul on May 16\n")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1000)]
    assert r["meetings"] == []


def test_talks_scheduled_on_a_weekday_lie_ahead():
    r = rec("The talks in Geneva will begin on Tuesday.", published="2026-02-16")  # a Monday
    assert [(m["place"], m["date"], m["status"]) for m in r["meetings"]] == [("Geneva", "2026-02-17", "scheduled")]


def test_both_sides_as_one_subject_give_no_leg():
    r = rec("Ukraine and Russia announced their first exchange in months on Friday, resulting in the release "
            "of 150 individuals.", published="2024-05-31")
    assert all(g["count"] != 150 for ex in r["exchanges"] for g in ex["legs"])


def test_a_speaking_organisation_gets_its_own_people_back():
    r = rec("Минобороны сообщило о возвращении 150 военнослужащих, взамен Украине передано 150 военнопленных.",
            published="2025-08-15", language="ru")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 150), ("Ukraine", "Russia", "prisoners", 150)]


def test_another_batch_takes_the_previous_sides():
    r = rec("Today 1,245 bodies were brought back to Ukraine. Another 1,200 bodies were returned on 14 June.",
            published="2025-06-16")
    dated = {ex["date"]: legs(ex) for ex in r["exchanges"]}
    assert dated["2025-06-14"] == [("Russia", "Ukraine", "bodies", 1200)]


def test_talks_of_one_side_with_a_third_country_are_not_rounds():
    r = rec("Russia handed over 1,000 bodies to Ukraine on Thursday. Ukrainian and US delegations held talks "
            "in Jeddah on Tuesday.")
    assert r["meetings"] == []


def test_since_a_month_is_a_running_total():
    r = rec("Since January, more than 3,000 bodies have been repatriated to Ukraine.", published="2025-08-15")
    assert r["exchanges"] == []


def test_since_a_day_when_names_that_days_exchange():
    r = rec("Russia and Ukraine swapped 157 prisoners each on Thursday. The swap was the first since "
            "October 18, when each side freed 95 prisoners.", published="2025-08-15")
    prev = [ex for ex in r["exchanges"] if ex["mention"] == "previous"]
    assert [(ex["date"], legs(ex)) for ex in prev] == [
        ("2024-10-18", [("Russia", "Ukraine", "prisoners", 95), ("Ukraine", "Russia", "prisoners", 95)])]


def test_two_days_in_one_sentence_are_two_exchanges():
    r = rec("Russia and Ukraine began the exchange this week. On Friday, the two sides exchanged 390 people each, "
            "including civilians, and on Saturday 307 soldiers were freed by each side.", published="2025-05-25")
    by_day = {ex["date"]: legs(ex) for ex in r["exchanges"]}
    assert by_day["2025-05-23"] == [("Russia", "Ukraine", "prisoners", 390), ("Ukraine", "Russia", "prisoners", 390)]
    assert by_day["2025-05-24"] == [("Russia", "Ukraine", "prisoners", 307), ("Ukraine", "Russia", "prisoners", 307)]


def test_rounds_listed_with_two_days_are_two_meetings_not_swaps():
    r = rec("The previous rounds, on May 16 and June 2, also took place in Istanbul and led to the largest swaps "
            "of the war.", published="2025-07-24")
    assert r["exchanges"] == []
    assert sorted((m["place"], m["date"]) for m in r["meetings"]) == [
        ("Istanbul", "2025-05-16"), ("Istanbul", "2025-06-02")]


def test_a_takzhe_adds_and_defenders_are_ukraines():
    r = rec("Российская сторона вернула 185 военнослужащих, а также двух мирных жителей. В ответ переданы 185 "
            "военнопленных ВСУ и 20 гражданских лиц.", published="2025-10-02", language="ru")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 205), ("Ukraine", "Russia", "prisoners", 187)]
    r = rec("Попередній обмін відбувся 24 серпня – тоді додому повернулися 146 захисників.",
            published="2025-10-02", language="uk")
    assert ("Russia", "Ukraine", "prisoners", 146) in legs(r["exchanges"][0])


def test_a_list_of_names_is_not_a_handover():
    r = rec("Ukraine handed Russia a list of 1,200 prisoners on Friday.", published="2025-08-15")
    assert r["exchanges"] == []


def test_the_same_number_answers_the_parts_added_up():
    r = rec("Russia reported handing over 200 Ukrainian soldiers and 50 civilians for an equivalent "
            "number of its own servicemen.", published="2025-08-15")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 250),
                                       ("Ukraine", "Russia", "prisoners", 250)]
    r = rec("On Friday Israel freed 30 Palestinian prisoners and 9 detainees in return for the same "
            "number of hostages.", published="2025-08-15")
    assert legs(r["exchanges"][0]) == [("Hamas", "Israel", "prisoners", 39),
                                       ("Israel", "Palestinians", "prisoners", 39)]


@pytest.mark.parametrize("language,text", [
    ("en", "Officials in Kyiv said 40 prisoner swaps with Russia have been carried out since the headquarters "
           "was set up. A total of 2,100 people were freed from Russian captivity, including 1,900 soldiers."),
    ("en", "Since 2022 Ukraine and Russia have held 50 exchanges, which brought 3,000 Ukrainian soldiers home."),
    ("ru", "С начала года Россия и Украина провели 12 обменов пленными. Домой вернулись 1200 украинских "
           "военнослужащих."),
])
def test_people_counted_after_a_count_of_exchanges_are_a_total(language, text):
    assert rec(text, published="2025-08-15", language=language)["exchanges"] == []


def test_a_count_of_exchanges_is_no_leg_and_a_dated_exchange_after_it_is():
    r = rec("Officials in Kyiv said 40 prisoner swaps with Russia have been carried out. Russia freed 200 "
            "Ukrainian soldiers on Friday.", published="2025-08-15")
    [ex] = r["exchanges"]
    assert ex["date"] == "2025-08-15" and legs(ex) == [("Russia", "Ukraine", "prisoners", 200)]


def test_undated_swaps_in_a_story_about_a_trial_are_background():
    trial = ("A court in Rostov sentenced 14 captured Ukrainian marines to long prison terms. "
             "The trial lasted a year. ")
    r = rec(trial + "Three more marines from the case have since returned to Ukraine in a prisoner swap.",
            published="2025-08-15")
    assert r["exchanges"] == []
    r = rec(trial + "On Friday Russia handed over 84 Ukrainian soldiers in an exchange.", published="2025-08-15")
    assert ("Russia", "Ukraine", "prisoners", 84) in legs(r["exchanges"][0])


def test_an_agreed_exchange_gives_no_return_leg_to_a_one_way_repatriation():
    r = rec("On Wednesday the bodies of 1,212 Ukrainian soldiers were returned to Ukraine. The exchange of "
            "bodies was agreed upon by Russia and Ukraine at talks in Istanbul on June 2.", published="2025-08-15")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "bodies", 1212)]


def test_an_earlier_stage_of_an_exchange_named_just_before_has_both_legs():
    r = rec("On Sunday Russia handed over 303 Ukrainian soldiers. The 1000-for-1000 prisoner exchange was the "
            "largest of the war. On 23 May, Ukraine secured the release of 390 people from Russian captivity.",
            published="2025-05-25")
    earlier = next(ex for ex in r["exchanges"] if ex["date"] == "2025-05-23")
    assert legs(earlier) == [("Russia", "Ukraine", "prisoners", 390), ("Ukraine", "Russia", "prisoners", None)]


@pytest.mark.parametrize("text,leg", [
    ("Russia's Defence Ministry says 150 prisoners were swapped on Monday.", ("Ukraine", "Russia", "prisoners", 150)),
    ("The Coordination Headquarters for the Treatment of Prisoners of War said 200 prisoners were exchanged on "
     "Friday.", ("Russia", "Ukraine", "prisoners", 200)),
])
def test_a_side_telling_of_a_swap_got_its_own_people_back(text, leg):
    [ex] = rec(text, published="2025-08-15")["exchanges"]
    assert leg in legs(ex)


def test_a_format_like_1000_for_1000_is_no_announced_leg():
    r = rec("Ukraine has completed a 1000-for-1000 prisoner exchange with Russia, bringing home 303 Ukrainian "
            "defenders on Sunday.", published="2025-05-25")
    assert [g for g in r["exchanges"][0]["legs"] if g["count"] == 1000] == []


def test_a_figure_between_two_sides_is_for_both_together():
    r = rec("Russia handed over 200 Ukrainian soldiers on Friday. The UAE mediated in all of these deals and in "
            "an exchange of two prisoners between the US and Russia in December 2022.", published="2025-08-15")
    earlier = next(ex for ex in r["exchanges"] if ex["date"] == "2022-12-01")
    assert legs(earlier) == [("Russia", "United States", "prisoners", None),
                             ("United States", "Russia", "prisoners", None)]


def test_an_undated_swap_told_first_is_the_news_not_the_older_dated_one():
    r = rec("Russia and Ukraine have exchanged prisoners of war, the UAE said. The number from each side "
            "was not announced. In January, 248 prisoners were returned to Russia and 230 Ukrainians returned home.",
            published="2024-05-31")
    by_date = {ex["date"]: ex for ex in r["exchanges"]}
    assert by_date["2024-05-31"]["mention"] == "current"
    assert legs(by_date["2024-05-31"]) == [("Russia", "Ukraine", "prisoners", None),
                                           ("Ukraine", "Russia", "prisoners", None)]
    assert legs(by_date["2024-01-01"]) == [("Russia", "Ukraine", "prisoners", 230),
                                           ("Ukraine", "Russia", "prisoners", 248)]


def test_legs_of_several_flights_stay_apart():
    r = rec("Houthis free 16 Saudis on day two of their swap with Riyadh\n"
            "Houthis free 16 Saudis on day two of their swap with Riyadh\n"
            "Saturday's first flight left Abha for Sanaa with 120 Houthi prisoners. It was followed by a flight "
            "from Sanaa to Riyadh carrying 20 former detainees, among them 16 Saudis. Other flights on Saturday "
            "included a second Abha-Sanaa leg with 117 Houthis on board.", published="2023-04-17")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Houthis", "Saudi Arabia", "prisoners", 20), ("Saudi Arabia", "Houthis", "prisoners", 117),
                        ("Saudi Arabia", "Houthis", "prisoners", 120)]


def test_another_figure_after_a_total_is_part_of_it():
    r = rec("On Sunday Russia handed over 303 Ukrainian soldiers. In total, 5,757 Ukrainians have been freed since "
            "March 2022. Another 536 Ukrainians were returned outside of exchanges.", published="2025-05-25")
    [ex] = r["exchanges"]
    assert ("Russia", "Ukraine", "prisoners", 303) in legs(ex) and len(ex["legs"]) <= 2


def test_a_capital_named_by_its_country_and_a_round_over_two_days():
    r = rec("The second round of trilateral talks between Russia and Ukraine started in Abu Dhabi on Wednesday "
            "and ended on Thursday, following an initial round on Jan. 23-24, also held in the UAE capital. "
            "The delegations left the Emirati capital on Thursday.", published="2026-02-05")
    assert sorted((m["date"], m["place"]) for m in r["meetings"]) == [("2026-01-23", "Abu Dhabi"),
                                                                       ("2026-02-04", "Abu Dhabi")]


def test_a_summit_of_one_side_with_a_third_country_is_no_round():
    r = rec("Russia handed over 84 Ukrainian soldiers on Friday. Moscow insists peace hinges on the deal reached "
            "at the Trump-Putin summit in Anchorage, Alaska.", published="2026-01-25")
    assert r["meetings"] == []


def test_a_word_ending_in_an_apostrophe_letter_ends_a_sentence():
    from parley.extract.text import split_sentences
    text = "Київ погодився на 30-денне перемир'я. Обмін обговорювали 18 березня."
    assert [s.text for s in split_sentences(text)] == ["Київ погодився на 30-денне перемир'я.",
                                                       "Обмін обговорювали 18 березня."]


def test_a_swap_discussed_on_the_phone_did_not_happen():
    r = rec("On Tuesday Putin and Trump discussed a swap of 175 Russian prisoners for 175 Ukrainians in a phone "
            "call.", published="2025-03-19")
    assert r["exchanges"] == []
    r = rec("Обмін 175 на 175 полонених Путін і Трамп обговорювали під час розмови у вівторок.",
            published="2025-03-19", language="uk")
    assert r["exchanges"] == []


def test_a_total_over_a_period_stated_again_is_still_a_total():
    r = rec("С июня 2025 года Россия передала Украине более 12 тысяч тел, взамен Москва получила более 200 тел. "
            "Об этом сообщил Лавров. Украинской стороне были переданы более 12 тысяч останков, нами получено "
            "более 200 тел российских военнослужащих.", published="2026-02-02", language="ru")
    assert r["exchanges"] == []


def test_a_subject_named_again_as_an_origin_stays_the_subject():
    r = rec("Минобороны России сообщило о возвращении из плена 300 российских военнослужащих. Взамен Киев получил "
            "такое же количество пленных из ВСУ.", published="2026-03-06", language="ru")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 300),
                                       ("Ukraine", "Russia", "prisoners", 300)]


def test_a_swap_word_without_a_noun_gives_the_return_leg():
    r = rec("Україна сьогодні повернула з російського полону 207 військовополонених українців. Це другий великий "
            "обмін після тривалої перерви.", published="2024-01-31", language="uk")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 207),
                                       ("Ukraine", "Russia", "prisoners", None)]
    r = rec("On Monday 1,245 bodies were brought back to Ukraine. The delegations also agreed on an all-for-all "
            "exchange of wounded.", published="2025-06-16")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "bodies", 1245)]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Israel received the body of hostage Dror Or on Thursday, the army said.",
     [("Hamas", "Israel", "bodies", 1)]),
    ("ru", "В четверг Израиль получил тело заложника.", [("Hamas", "Israel", "bodies", 1)]),
    ("en", "On Thursday Ukraine recovered the bodies of two foreign volunteers, as well as the body of a volunteer "
           "soldier.", [("Russia", "Ukraine", "bodies", 3)]),
    ("en", "On Friday Kyiv received 909 bodies that Moscow says are of Ukrainian soldiers, while Russia got back the "
           "remains of 34 of its servicemen.",
     [("Russia", "Ukraine", "bodies", 909), ("Ukraine", "Russia", "bodies", 34)]),
    ("en", "Russia freed 120 Ukrainian soldiers on Friday while Ukraine returned 90.",
     [("Russia", "Ukraine", "prisoners", 120), ("Ukraine", "Russia", "prisoners", 90)]),
])
def test_one_body_relative_clauses_and_a_bare_return(language, text, expected):
    r = rec(text, published="2025-08-15", language=language)
    assert legs(r["exchanges"][0]) == expected


def test_a_body_lying_somewhere_is_no_handover():
    assert rec("The body of a Russian soldier lay on the road for days.", published="2025-08-15")["exchanges"] == []


def test_a_person_for_a_person_is_a_leg_each_way_with_no_figure():
    r = rec("Brittney Griner, who spent ten months in Russian detention, was freed on Thursday in exchange for "
            "Viktor Bout, a Russian arms dealer jailed in the United States.", published="2022-12-09")
    [ex] = r["exchanges"]
    assert ex["date"] == "2022-12-08"
    assert legs(ex) == [("Russia", "United States", "prisoners", None),
                        ("United States", "Russia", "prisoners", None)]


def test_names_without_a_swap_are_no_exchange():
    r = rec("Paul Whelan, a former Marine held in Russia, met Ambassador Lynne Tracy on Thursday, in return for "
            "nothing.", published="2022-12-09")
    assert r["exchanges"] == []


@pytest.mark.parametrize("language,text,expected", [
    ("ru", "Российская сторона передала Украине 1000 тел погибших военных, в ответ получив 19 тел.",
     [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 19)]),
    ("ru", "Сегодня домой возвращаются 146 защитников Украины, сообщил президент.",
     [("Russia", "Ukraine", "prisoners", 146)]),
    ("uk", "Сьогодні додому повертаються 205 українських захисників, повідомив Зеленський.",
     [("Russia", "Ukraine", "prisoners", 205)]),
    ("uk", "Сьогодні Росія передала Україні 1000 тіл, отримавши 19 тіл своїх військових.",
     [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 19)]),
])
def test_present_tense_and_gerunds_in_russian_and_ukrainian(language, text, expected):
    r = rec(text, published="2025-08-15", language=language)
    assert legs(r["exchanges"][0]) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israel returned the bodies of 45 Palestinians to Gaza on Tuesday in exchange for the remains of hostage "
     "Eliyahu Margalit.", [("Hamas", "Israel", "bodies", 1), ("Israel", "Palestinians", "bodies", 45)]),
    ("In the first swap of the truce, 24 hostages, including 13 Israelis, 10 Thais and a Filipino, were released "
     "on Friday, while 39 Palestinian women and minors were freed from Israeli jails.",
     [("Hamas", "Israel", "prisoners", 24), ("Israel", "Palestinians", "prisoners", 39)]),
])
def test_remains_of_a_named_hostage_and_a_whole_owned_by_its_first_part(text, expected):
    assert legs(rec(text, published="2025-08-15")["exchanges"][0]) == expected


def test_a_completion_word_far_after_the_figure_does_not_undo_a_plan():
    r = rec("Under the deal, Israel will release 50 Palestinian prisoners for every female soldier freed.",
            published="2025-01-25")
    assert r["exchanges"] == []


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Russia and Ukraine each released 185 soldiers and 20 civilians on Thursday.",
     [("Russia", "Ukraine", "prisoners", 205), ("Ukraine", "Russia", "prisoners", 205)]),
    ("en", "Russia handed 215 Ukrainian prisoners over in a swap mediated by Turkey and Saudi Arabia on Friday.",
     [("Russia", "Ukraine", "prisoners", 215), ("Ukraine", "Russia", "prisoners", None)]),
    ("en", "On Friday the UAE announced a new mediation between Russia and Ukraine, with 193 prisoners from each side "
           "exchanged.", [("Russia", "Ukraine", "prisoners", 193), ("Ukraine", "Russia", "prisoners", 193)]),
])
def test_parts_for_each_side_add_up_and_mediators_are_no_sides(language, text, expected):
    assert legs(rec(text, published="2025-08-15", language=language)["exchanges"][0]) == expected


def test_a_mediator_listed_with_others_is_no_side():
    r = rec("Hamas freed three Israeli hostages on Sunday under a truce brokered by Qatar, Egypt and the United "
            "States, and Israel released 90 Palestinian prisoners.", published="2025-01-19")
    assert legs(r["exchanges"][0]) == [("Hamas", "Israel", "prisoners", 3), ("Israel", "Palestinians", "prisoners", 90)]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "The truce allowed the first exchange since the war began, on October 7, with Hamas freeing 24 "
           "hostages on Friday.",
     [("Hamas", "Israel", "prisoners", 24), ("Israel", "Palestinians", "prisoners", None)]),
    ("es", "La tregua permitió ayer viernes el primer intercambio desde que comenzó la guerra, el pasado 7 de "
           "octubre: Hamás entregó a 24 rehenes israelíes.",
     [("Hamas", "Israel", "prisoners", 24), ("Israel", "Palestinians", "prisoners", None)]),
    ("en", "Prisoners were freed on Wednesday in a swap with Russia, the largest since the war began, involving "
           "almost 300 people. Under the deal, 215 Ukrainians were released.",
     [("Russia", "Ukraine", "prisoners", 215), ("Ukraine", "Russia", "prisoners", None)]),
])
def test_the_first_swap_since_a_day_is_no_total_and_a_figure_involving_both_sides_is_no_leg(language, text, expected):
    r = rec(text, published="2023-11-25", language=language)
    assert len(r["exchanges"]) == 1 and legs(r["exchanges"][0]) == expected


def test_the_news_day_is_the_weekday_after_a_dateline():
    r = rec("KIEV, 24 may (EFE).- Rusia y Ucrania intercambiaron este sábado 307 prisioneros de guerra cada una. "
            "Zelenski avanzó que la tercera fase está prevista para mañana. Ayer, viernes, las partes cerraron la "
            "primera fase, en la que cada una entregó a 390 personas.", published="2025-05-24", language="es")
    by_day = {ex["date"]: (ex["mention"], legs(ex)) for ex in r["exchanges"]}
    assert by_day["2025-05-24"][0] == "current"
    assert ("Russia", "Ukraine", "prisoners", 307) in by_day["2025-05-24"][1]
    assert ("Russia", "Ukraine", "prisoners", 390) in by_day["2025-05-23"][1]


def test_a_next_day_leg_that_repeats_the_news_is_the_news():
    r = rec("Hamas frees three hostages, Israel 90 prisoners\nHamas freed three Israeli hostages on Sunday. Early on "
            "Monday, January 20, Israel released 90 Palestinian prisoners.", published="2025-01-20")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Hamas", "Israel", "prisoners", 3), ("Israel", "Palestinians", "prisoners", 90)]


@pytest.mark.parametrize("language,text,expected", [
    ("de", "Israel hat im Rahmen des Abkommens mit der Hamas am Freitag 39 palästinensische Häftlinge freigelassen.",
     [("Israel", "Palestinians", "prisoners", 39)]),
    ("en", "Ukraine, in a swap with Russia, got back 84 soldiers on Friday.",
     [("Russia", "Ukraine", "prisoners", 84), ("Ukraine", "Russia", "prisoners", None)]),
    ("tr", "Ukrayna, Rusya ile yapılan takasta 84 askerini geri aldı.",
     [("Russia", "Ukraine", "prisoners", 84), ("Ukraine", "Russia", "prisoners", None)]),
])
def test_a_side_named_as_a_partner_is_not_the_subject(language, text, expected):
    assert legs(rec(text, published="2025-08-15", language=language)["exchanges"][0]) == expected


@pytest.mark.parametrize("language,text,expected", [
    ("pl", "W zamian za nich Izrael wypuścił w sobotę 369 Palestyńczyków.",
     [("Israel", "Palestinians", "prisoners", 369)]),
    ("pl", "Koordynacyjny Sztab ds. Traktowania Jeńców Wojennych poinformował, że do domu wróciło w piątek 230 osób.",
     [("Russia", "Ukraine", "prisoners", 230)]),
    ("fr", "Jeudi, Kiev a récupéré 230 de ses soldats et civils et Moscou 248 militaires.",
     [("Russia", "Ukraine", "prisoners", 230), ("Ukraine", "Russia", "prisoners", 248)]),
])
def test_in_return_for_a_pronoun_abbreviations_and_no_owner_across_and(language, text, expected):
    assert legs(rec(text, published="2025-08-15", language=language)["exchanges"][0]) == expected


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Russia repatriated 1,000 bodies to Ukraine on Friday.", [("Russia", "Ukraine", "bodies", 1000)]),
    ("fr", "La Russie a rapatrié vers l'Ukraine 1 000 corps vendredi.", [("Russia", "Ukraine", "bodies", 1000)]),
])
def test_a_get_verb_with_another_receiver_named_after_it_gives(language, text, expected):
    assert legs(rec(text, published="2025-08-15", language=language)["exchanges"][0]) == expected


@pytest.mark.parametrize("language,text", [
    ("en", "Under the deal, 500 Palestinian prisoners should be released on Saturday."),
    ("fr", "Selon l'accord, 500 prisonniers palestiniens devraient être libérés samedi."),
])
def test_a_completion_word_after_a_plan_word_is_still_a_plan(language, text):
    assert rec(text, published="2025-08-15", language=language)["exchanges"] == []


@pytest.mark.parametrize("language,text,expected", [
    ("en", "In total, 390 Ukrainian prisoners were freed on Thursday in the exchange with Russia, Kyiv said.",
     [("Russia", "Ukraine", "prisoners", 390), ("Ukraine", "Russia", "prisoners", None)]),
    ("fr", "Au total, 390 prisonniers ukrainiens ont été libérés jeudi lors de cet échange avec la Russie.",
     [("Russia", "Ukraine", "prisoners", 390), ("Ukraine", "Russia", "prisoners", None)]),
    ("en", "In total, 1,409 bodies of fallen Ukrainian defenders have been returned to Ukraine.", []),
])
def test_in_total_is_a_running_total_only_without_a_day(language, text, expected):
    r = rec(text, published="2025-08-15", language=language)
    assert (legs(r["exchanges"][0]) if r["exchanges"] else []) == expected


def test_a_handover_told_without_figures_on_the_news_day_is_the_news():
    r = rec("9 июня Россия вернула с подконтрольной Киеву территории первую группу российских военнослужащих. "
            "Взамен передана такая же группа военнопленных ВСУ. Предыдущий обмен состоялся 25 мая: стороны передали "
            "друг другу по 303 военнослужащих.", published="2025-06-09", language="ru")
    by_day = {ex["date"]: legs(ex) for ex in r["exchanges"]}
    assert by_day["2025-06-09"] == [("Russia", "Ukraine", "prisoners", None), ("Ukraine", "Russia", "prisoners", None)]
    assert by_day["2025-05-25"] == [("Russia", "Ukraine", "prisoners", 303), ("Ukraine", "Russia", "prisoners", 303)]


def test_ministers_stand_for_their_sides_at_talks_in_washington():
    r = rec("Azerbaijan freed two Armenian soldiers on Wednesday. Foreign ministers Ararat Mirzoyan and Jeyhun "
            "Bayramov last held talks in Washington, where the US Secretary of State hosted them.",
            published="2023-12-13")
    assert [(m["place"], m["status"]) for m in r["meetings"]] == [("Washington", "held")]


def test_talks_between_the_sides_of_another_leg_are_a_round():
    r = rec("The Yemeni government freed 100 Houthi prisoners on Saturday, and the Houthis released 35 government "
            "troops. Saudi Arabia freed 120 Houthis the same day, while the Houthis handed 19 Saudis to Riyadh. "
            "A Saudi delegation held talks with Houthi leaders in Sanaa on Sunday.", published="2023-04-17")
    assert [(m["place"], m["date"], sorted(m["parties"])) for m in r["meetings"]] == [
        ("Sanaa", "2023-04-16", ["Houthis", "Saudi Arabia"])]


def test_a_war_total_stated_again_undated_is_still_that_total():
    r = rec("Kyiv handed back only 78 bodies of Russian soldiers, Moscow says. On Monday Russia handed over the "
            "bodies of 1,245 Ukrainian soldiers. Since the start of the war Moscow has returned 6,057 bodies, while "
            "Russia received 78.", published="2025-06-16")
    [ex] = r["exchanges"]
    assert legs(ex) == [("Russia", "Ukraine", "bodies", 1245)]


def test_a_venue_a_few_words_after_its_locative():
    r = rec("Russia and Ukraine held a third round of direct talks in the Turkish metropolis Istanbul on Wednesday.",
            published="2025-07-23")
    assert [(m["place"], m["date"]) for m in r["meetings"]] == [("Istanbul", "2025-07-23")]


@pytest.mark.parametrize("language,text", [
    ("en", "Russia and Ukraine met in Istanbul on May 16. The first round led to the prisoner exchange."),
    ("en", "Moscow and Kyiv have carried out dozens of prisoner swaps since 2022."),
    ("ru", "По итогам первой встречи в Стамбуле Россия и Украина провели обмен пленными."),
])
def test_a_swap_that_talks_led_to_or_many_swaps_are_no_news(language, text):
    assert rec(text, published="2025-08-15", language=language)["exchanges"] == []


def test_parts_each_way_with_po_add_up_and_listed_days_share_a_month():
    r = rec("В четверг Россия и Украина обменялись пленными: по 185 военных и по 20 гражданских.",
            published="2025-10-02", language="ru")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 205), ("Ukraine", "Russia", "prisoners", 205)]
    from parley.extract.dates import find_dates
    from parley.extract.language import load
    days = [d.date.isoformat() for d in find_dates("етапи відбулися 9 і 10 червня", load("uk"), dt.date(2025, 6, 12))]
    assert days == ["2025-06-09", "2025-06-10"]


def test_that_day_takes_the_day_of_the_sentence_before():
    r = rec("Officials pointed to the prisoner release of December 13 as proof that talks work. That day Azerbaijan "
            "handed over 32 Armenian servicemen, while Armenia returned two Azerbaijani soldiers.",
            published="2024-03-01")
    [ex] = r["exchanges"]
    assert ex["date"] == "2023-12-13"
    assert legs(ex) == [("Armenia", "Azerbaijan", "prisoners", 2), ("Azerbaijan", "Armenia", "prisoners", 32)]


def test_a_date_followed_by_last_year_is_a_date_not_a_total():
    r = rec("The previous swap came on Aug. 1 last year in Ankara, when the United States and its allies sent eight "
            "Russians back to Moscow.", published="2025-02-12")
    assert ("United States", "Russia", "prisoners", 8) in legs(r["exchanges"][0])


def test_cancelled_rounds_in_new_venues_and_no_venue_after_a_month():
    r = rec("Azerbaijan freed two Armenian soldiers on Wednesday. Aliyev pulled out of a meeting with Pashinyan "
            "planned for October 5 in Granada, Spain, and in November Baku declined to attend talks.",
            published="2023-12-13")
    assert [(m["place"], m["status"]) for m in r["meetings"]] == [("Granada", "cancelled")]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Israel's military said one of the four bodies Hamas handed over on Tuesday night was not that of a "
           "hostage.", [("Hamas", "Israel", "bodies", 4)]),
    ("pl", "Pierwszą partię - 1212 ciał - Ukraina odebrała 11 czerwca.", [("Russia", "Ukraine", "bodies", 1212)]),
    ("en", "On Tuesday Defence Minister Israel Katz said Hamas had returned only four of the 28 deceased hostages.",
     [("Hamas", "Israel", "bodies", 4)]),
])
def test_a_side_right_before_the_verb_after_the_figure_is_its_subject(language, text, expected):
    r = rec(text, published="2025-10-15", language=language)
    assert legs(r["exchanges"][0]) == expected


def test_people_named_not_counted_in_a_swap_between_both_sides():
    r = rec("Ksenia Karelina vuela ya hacia Estados Unidos. Rusia la puso en libertad el jueves en Abu Dabi en un "
            "intercambio con Washington.", published="2025-04-11", language="es")
    [ex] = r["exchanges"]
    assert ex["date"] == "2025-04-10"
    assert legs(ex) == [("Russia", "United States", "prisoners", None), ("United States", "Russia", "prisoners", None)]


def test_a_side_freeing_a_named_person_makes_a_leg_without_a_figure():
    r = rec("In February Moscow freed the American teacher Marc Fogel, and Washington released Alexander Vinnik in "
            "return. On Thursday Russia and the United States swapped Ksenia Karelina for Arthur Petrov in Abu Dhabi.",
            published="2025-04-11")
    feb = next(ex for ex in r["exchanges"] if ex["date"] == "2025-02-01")
    assert legs(feb) == [("Russia", "United States", "prisoners", None), ("United States", "Russia", "prisoners", None)]
    r = rec("The Russian delegation receives regular instructions from President Vladimir Putin.",
            published="2025-04-11")
    assert r["exchanges"] == []


def test_a_round_dated_by_since_next_to_its_venue():
    r = rec("Hamas freed 20 living Israeli hostages on Monday. The deal was reached last week in Sharm el-Sheikh, "
            "where since 6 October the delegations of Israel and Hamas had negotiated indirectly.",
            published="2025-10-13")
    assert [(m["place"], m["date"]) for m in r["meetings"]] == [("Sharm el-Sheikh", "2025-10-06")]


def test_a_side_freeing_him_makes_a_leg_without_a_figure():
    r = rec("The American teacher Marc Fogel flew out of Moscow after Russia freed him earlier on Tuesday.",
            published="2025-02-12")
    [ex] = r["exchanges"]
    assert ex["date"] == "2025-02-11" and legs(ex) == [("Russia", "United States", "prisoners", None)]


def test_a_round_held_in_that_city_is_held_in_the_city_named_before():
    r = rec("La operación forma parte de los acuerdos de Estambul. En la segunda ronda de conversaciones directas, "
            "celebrada en esa ciudad turca el 2 de junio, Moscú se comprometió a devolver 6.000 cuerpos.",
            published="2025-08-15", language="es")
    assert [(m["place"], m["date"]) for m in r["meetings"]] == [("Istanbul", "2025-06-02")]


def test_then_after_a_dated_back_reference_without_handover_words():
    r = rec("W czwartek Rosja przekazała Ukrainie 1000 ciał, a Ukraina Rosji 24. Poprzednia taka operacja miała "
            "miejsce 19 sierpnia. Wtedy Kijów otrzymał 1000 ciał, a Moskwa 19.", published="2025-09-18", language="pl")
    earlier = next(ex for ex in r["exchanges"] if ex["date"] == "2025-08-19")
    assert ("Russia", "Ukraine", "bodies", 1000) in legs(earlier)


def test_allies_named_together_are_no_two_sides():
    r = rec("Russland und Belarus ließen am Donnerstag 16 Menschen frei, die USA übergaben acht Russen.",
            published="2024-08-02", language="de")
    assert ("Belarus", "Russia", "prisoners", None) not in legs(r["exchanges"][0])


@pytest.mark.parametrize("language,text", [
    ("ru", "Москва передала Киеву список, в котором значатся более 500 человек."),
    ("ru", "Суд приговорил их к заключению: они получили по 22 года колонии."),
    ("en", "The swap planned for January 24 fell through, Kyiv said."),
])
def test_lists_prison_terms_and_failed_swaps_are_no_exchanges(language, text):
    assert rec(text, published="2025-08-15", language=language)["exchanges"] == []


def test_a_holiday_dates_an_earlier_swap_and_its_troops_are_its_own():
    r = rec("The last swap was on New Year's Eve, when Kyiv said 140 service members returned; Russia said 82 of "
            "its troops were back home.", published="2025-01-05")
    ex = r["exchanges"][0]
    assert ex["date"] == "2024-12-31"
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", 140), ("Ukraine", "Russia", "prisoners", 82)]


@pytest.mark.parametrize("text,expected", [
    ("Hamas freed four Israeli soldiers on Saturday after 477 days in captivity.",
     [("Hamas", "Israel", "prisoners", 4)]),
    ("On Sunday three Israeli women were released by the militants in Gaza, and Israel freed 90 Palestinian prisoners.",
     [("Hamas", "Israel", "prisoners", 3), ("Israel", "Palestinians", "prisoners", 90)]),
    ("On Thursday Hamas and its ally Islamic Jihad released eight Israeli hostages.",
     [("Hamas", "Israel", "prisoners", 8)]),
    ("On Sunday the Houthis flew fifteen Saudi and four Sudanese soldiers to Riyadh.",
     [("Houthis", "Saudi Arabia", "prisoners", 19)]),
])
def test_days_in_captivity_sideless_clauses_allies_and_a_shared_noun(text, expected):
    assert legs(rec(text, published="2025-01-20")["exchanges"][0]) == expected


def test_putting_off_a_release_is_no_exchange():
    assert rec("Israel put off the release of 620 Palestinian prisoners on Saturday.",
               published="2025-02-22")["exchanges"] == []


def test_a_weekday_after_v_is_no_receiver_and_women_are_people():
    r = rec("В четверг Россия передала Украине тела 1000 погибших военнослужащих, а получила 38 тел.",
            published="2026-01-29", language="ru")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38)]
    r = rec("Сьогодні з російського полону повернулися 108 українських жінок.", published="2022-10-17",
            language="uk")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 108)]


def test_a_pair_repeating_the_stated_figures_confirms_them():
    r = rec("Jeudi, 144 défenseurs ukrainiens sont rentrés chez eux de captivité russe, selon Kiev. L'échange s'est "
            "fait selon la formule « 144 contre 144 ».", published="2022-06-30", language="fr")
    assert legs(r["exchanges"][0]) == [("Russia", "Ukraine", "prisoners", 144), ("Ukraine", "Russia", "prisoners", 144)]


def test_among_those_freed_lists_parts_and_one_more_swap_is_no_figure():
    r = rec("У четвер відбувся ще один обмін полоненими: додому повернулися 157 захисників. Серед звільнених — "
            "бійці з Маріуполя, а також троє цивільних.", published="2026-02-06", language="uk")
    assert ("Russia", "Ukraine", "prisoners", 157) in legs(r["exchanges"][0])


def test_a_two_way_handover_without_figures_is_an_exchange_on_its_day():
    r = rec("«19 июня с подконтрольной киевскому режиму территории возвращены российские военнослужащие, взамен "
            "переданы военнопленные ВСУ», — говорится в сообщении Минобороны России.", published="2025-06-20",
            language="ru")
    [ex] = r["exchanges"]
    assert ex["date"] == "2025-06-19"
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", None), ("Ukraine", "Russia", "prisoners", None)]


def test_captured_last_year_is_no_total_and_rounds_listed_three_times():
    r = rec("Azerbaijan on Sunday freed ten Armenian servicemen captured during last year's war.",
            published="2021-12-19")
    assert legs(r["exchanges"][0]) == [("Azerbaijan", "Armenia", "prisoners", 10)]
    r = rec("Россия и Украина провели переговоры в Стамбуле 16 мая, 2 июня и 23 июля.", published="2025-07-25",
            language="ru")
    assert sorted(m["date"] for m in r["meetings"]) == ["2025-05-16", "2025-06-02", "2025-07-23"]


def test_a_side_and_its_bare_figure_across_a_particle():
    r = rec("El 30 de diciembre Kiev recuperó a 189 personas y Moscú a 150 en un intercambio.", published="2025-02-05",
            language="es")
    assert ("Ukraine", "Russia", "prisoners", 150) in legs(r["exchanges"][0])


def test_a_swap_verb_with_both_sides_named_and_no_figure_happened():
    r = rec("Russia and Ukraine exchanged another group of prisoners of war on Friday, officials said.",
            published="2025-07-04")
    [ex] = r["exchanges"]
    assert ex["date"] == "2025-07-04"
    assert legs(ex) == [("Russia", "Ukraine", "prisoners", None), ("Ukraine", "Russia", "prisoners", None)]
