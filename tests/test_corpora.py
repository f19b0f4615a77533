"""End to end on small corpora about other events (tests/corpora/*).

Two formats of expected.yaml:
- a list of {rule, claims}: every planted contradiction is flagged with exactly those claim words,
  and nothing else;
- a gold file (must_flag / must_not_flag / max_extra_warnings, as ../shared/gold/seeds.yaml): every
  must_flag entry is found, no look-alike is flagged, and the other warnings stay within budget,
  except the entries KNOWN_MISSES lists, each with why checker does not get it yet. The list is
  strict: an entry that starts to pass fails the test until it is taken off.
"""
from pathlib import Path

import pytest
import yaml

from checker.gold import score
from checker.report.json_report import to_dict

pytestmark = pytest.mark.models
CORPORA = sorted(p for p in (Path(__file__).parent / "corpora").iterdir() if p.is_dir())

# corpus → {entry id: why it is still missed (must_flag) or flagged (must_not_flag)}
# Other warnings over a corpus's budget, each traced (or said to be untraced): the budget grows by one
# per entry, and an entry no longer needed fails the test.
KNOWN_EXTRA = {
    "food-poisoning": ["round 19: '68 injured were admitted to hospital' is read as the count of the injured "
                       "(214), the verb that says what befell them not being read"],
}

KNOWN_MISSES = {
    "quran-competition": {
        "countries-digits-vs-words": "round 38: scorer artifact: the count of contestants quotes the sentences "
                                     "that give the countries in digits and in words",
    },
    "unesco-listing": {
        "site-age-internal": "round 38, scored on its first run: 'its history GOES BACK about 2,300 years' and "
                             "'its AGE exceeds 2,800 years' are durations of no event; no frame names an age",
    },
    "banknote-issue": {
        "cost-dinars-vs-dollars": "round 38: scorer artifact: the count of notes quotes the sentence that "
                                  "gives the cost in dinars and in dollars",
        "notes-digits-vs-words": "round 38: scorer artifact: the cost's finding quotes the sentences that give "
                                 "the notes printed in digits and in words",
        "governor-name-title": "round 38: scorer artifact: the count of notes quotes the sentences that give "
                               "the governor's title before and after his name",
    },
    "ceiling-collapse": {
        "hall-district": "round 40, scored on its first run; not yet traced (the hall's district, al-Jinaina "
                         "against al-Asmaei)",
        "inquiry-deadline-internal": "round 40, scored on its first run; not yet traced (an inquiry's deadline of "
                                     "72 hours against '48 hours FROM its forming' inside one article)",
    },
    "bus-fare-rise": {
        "effective-date": "round 40, scored on its first run: 'EFFECTIVE FROM Monday 15 June' is a day of no "
                          "named event, which never meets the day of an event keyed by its verb ('applied')",
        "announcement-venue": "round 40, scored on its first run; not yet traced (the authority's headquarters "
                              "against the governorate's offices, 'diwan', no venue noun)",
        "rise-percent-internal": "round 40, scored on its first run; not yet traced (a rise of 20% against 'the "
                                 "rise AMOUNTING TO 25%' inside one article)",
        "fleet-digits-vs-words": "round 40's fix: scorer artifact: the daily riders' finding quotes the sentence "
                                 "that gives the fleet in words",
    },
    "scholarship-program": {
        "ceremony-venue": "round 40, scored on its first run; not yet traced (a university city against a "
                          "cultural centre)",
    },
    "souk-fire": {
        "control-duration-internal": "round 41, scored on its first run: 'after about six hours OF WORK' and 'the "
                                     "fire took nine full hours' are keyed by two unlisted events",
        "burned-vs-affected": "round 41: scorer artifact: the souk's finding quotes the sentences that give the "
                              "shops burned and the shops affected",
    },
    "fraud-ring": {
        "sum-stolen": "round 42, scored on its first run: 'what the gang SEIZED AMOUNTED to 4.6 billion' (the parse "
                      "hangs the sum on the gang), 'it SEIZED 6.4 billion' and 'the STOLEN sums' name the sum three "
                      "ways, and two of the reports give a second sum in dinars (the cash seized)",
        "phones-internal": "round 42: 'the THIRTY-SIX phones SEIZED' is read now, but 'SEIZED' and 'mobile' (of "
                           "'63 MOBILE phones') are two adjectives of the noun, so the counts are kept apart",
    },
    "currency-devaluation": {
        "governor-name-title": "round 45: scorer artifact: the announcement place's finding quotes the sentence "
                               "that names the governor",
        "pound-fall-internal": "round 45, scored on its first run; not yet traced (the pound's fall of 18% against "
                               "16% inside one article)",
    },
    "desert-rescue": {
        "hospitalised-count": "round 45: 'THREE OF THEM were taken to hospital': a number with 'of them' and no "
                              "noun counts the group named before, which is not read across sentences",
        "place-found": "round 45, scored on its first run; not yet traced ('35 km north of the town of Jubbah' "
                       "against '40 km south-west of Tayma governorate')",
        "duration-internal": "round 45, scored on its first run; not yet traced (missing 'four days before' "
                             "against 'for six days among the dunes')",
    },
    "factory-layoffs": {
        "announcement-place": "round 45: 'a press conference the management held AT THE FACTORY'S SEAT' names no "
                              "city (the factory is in Kenitra, said elsewhere), so it is not set against a hotel "
                              "in Casablanca",
    },
    "ferry-route-launch": {
        "ticket-price-internal": "round 47, scored on its first run; not yet traced (a ticket of 180 riyals "
                                 "against 150 inside one article)",
    },
    "dengue-outbreak": {
        "daily-vs-cumulative": "round 47: scorer artifact: the announcement day's finding quotes the sentence "
                               "that gives the new cases and the total",
    },
    "olive-oil-exports": {
        "announcement-venue": "round 54, scored on its first run; not yet traced (the office's headquarters in "
                              "Tunis against Sfax)",
        "tonnes-digits-vs-words": "round 54: scorer artifact: the day finding quotes the leads, which give the "
                                  "tonnes in digits and in words",
        "dinars-vs-dollars": "round 54: scorer artifact: the day finding quotes the leads, which give the revenue "
                             "in dinars and in dollars",
    },
    "water-tariff-hike": {
        "effective-date": "round 54, scored on its first run; not yet traced (effective from 1 July against the "
                          "start of June)",
        "press-conference-venue": "round 54, scored on its first run; not yet traced (the water ministry in "
                                  "Shmeisani against the prime ministry)",
        "commercial-increase-internal": "round 54, scored on its first run; not yet traced (a rise of 20% "
                                        "against 25% for businesses inside one article)",
    },
    "medicine-shortage": {
        "shortage-duration-internal": "round 53, scored on its first run; not yet traced (a shortage of six "
                                      "weeks against four inside one article)",
        "patients-digits-vs-words": "round 53: scorer artifact: the office finding quotes the sentences that "
                                    "give the patients in digits and in words",
        "contract-vs-first-shipment": "round 53: scorer artifact: the pens finding quotes the sentence that also "
                                      "gives the whole contract",
    },
    "football-stadium-reopening": {
        "duration-internal": "round 53, scored on its first run; not yet traced (a renovation of 22 months "
                             "against 18 inside one article)",
    },
    "fishermen-detained": {
        "seizure-location": "round 52, scored on its first run: 'off the coasts of Zuwara' and 'off the coasts of "
                            "Sabratha': towns the gazetteer lacks after a place noun that names no venue",
        "detention-length-internal": "round 52, scored on its first run: 'a detention that LASTED 11 days' is "
                                     "given to the talks named beside it, and 'THROUGHOUT nine days of detention' "
                                     "to another word",
    },
    "rainwater-dam-opening": {
        "grant-vs-total": "round 52: scorer artifact: the cost finding quotes the sentence that also gives the grant",
        "minister-title-position": "round 52: scorer artifact: the day finding quotes the leads, which give the "
                                   "minister's title before and after his name",
    },
    "school-meals-program": {
        "launch-governorate": "round 52, scored on its first run; not yet traced (the launch in Mafraq "
                              "governorate against Karak)",
    },
    "umrah-bus-accident": {
        "injured-internal": "round 51, scored on its first run: 'killed 9 pilgrims and INJURED 31 others' takes "
                            "the frame of all casualties, 'the total of the injured, 28' the frame of the injured",
        "passengers-digits-vs-words": "round 51: scorer artifact: the day finding quotes the lead sentences, "
                                      "which give the passengers in digits and in words",
        "egyptian-dead-subset": "round 51: scorer artifact: the day finding quotes the sentences that give the "
                                "dead and the Egyptians among them",
    },
    "housing-loan-program": {
        "maximum-loan": "round 51, scored on its first run: 'a CEILING of 60,000 dinars FOR the loan' and 'the "
                        "MAXIMUM LIMIT for the SINGLE loan, 75,000': two words of a cap, and 'the single' read as "
                        "a rate per person",
        "repayment-period-internal": "round 51, scored on its first run: 'the REPAYMENT period extends to 25 years' "
                                     "and 'the instalments will be SPREAD over thirty years': two words of one span",
        "max-loan-digits-vs-words": "round 51: scorer artifact: a count finding quotes the sentence that gives the "
                                    "maximum loan in words",
    },
    "shipwreck-discovery": {
        "amphorae-recovered": "round 51, scored on its first run: the other reports' 146 are 'intact or nearly "
                              "intact' amphorae (an adjective of the counted noun) or a part of 183 objects",
        "length-digits-vs-words": "round 51: scorer artifact: the office finding quotes the sentences that give "
                                  "the wreck's length in digits and in words",
    },
    "telecom-outage": {
        "data-digits-vs-words": "round 50: scorer artifact: the compensation finding quotes the sentence that "
                                "gives the free data in digits and in words",
    },
    "kidney-transplant-program": {
        "wait-duration-internal": "round 50, scored on its first run: 'SPENT on average 14 months on dialysis' "
                                  "and 'the BENEFICIARIES of the programme WAITED nine months': the second "
                                  "length is read as of its subject, not of its verb",
        "cost-dinars-vs-dollars": "round 50: scorer artifact: the venue finding quotes the sentence that gives "
                                  "the cost in dinars and in dollars",
    },
    "bar-association-election": {
        "list-seats-internal": "round 50, scored on its first run: 'the list led by al-Abbadi (won) SEVEN OF "
                               "THEM' and 'his list secured SIX OF the council's seats': counts of 'of them' "
                               "and 'of the seats' with no counted noun of their own",
    },
    "eid-livestock-imports": {
        "cattle-ship-port": "round 49, scored on its first run: three ships, each with its own port and day; "
                            "where the cattle ship unloaded ('UNLOADED its cargo of cattle in the port of "
                            "Algiers') is the place of a verb no other report uses ('docked in Bejaia')",
        "cattle-count-internal": "round 49, scored on its first run: '3,400 HEAD of cattle' and '2,400 HEAD of "
                                 "cattle': 'head' is a counted noun, and what it is a head of (cattle, sheep) "
                                 "is not read as the matter counted, so the two phrases do not meet",
        "price-two-currencies": "scorer artifact: the price finding quotes the sentence that gives the price in "
                                "dinars and in dollars",
    },
    "ambassadors-credentials": {
        "embassies-internal": "round 49, scored on its first run: '131 embassies ACCREDITED to the country' and "
                              "'Kuwait HOSTS 113 embassies': two verbs of no one root",
        "minister-title-position": "round 49: scorer artifact: the planted office of the head of protocol is "
                                   "quoted from the sentence that also names the foreign minister",
    },
    "power-plant-inauguration": {
        "construction-duration-internal": "round 49, scored on its first run: 'the station was COMPLETED WITHIN "
                                          "22 months' reads 'within' as a deadline, not how long it took",
    },
    "wheat-import-tender": {
        "largest-share-port": "round 48, scored on its first run: 'the largest part of it, 300,000 tonnes, GOES TO "
                              "the port of Dammam' and 'Jeddah port RECEIVES 300,000 tonnes': where a share goes is "
                              "a destination of two verbs, no event's place",
    },
    "eye-surgery-camp": {
        "camp-venue": "round 48, scored on its first run: one report gives the camp's hospital in a relative "
                      "clause ('a camp THAT the foundation SET UP in Kiffa hospital') and another gives only "
                      "where patients sat, so the one camp read at Kaedi hospital meets no other",
    },
    "youth-hackathon": {
        "teams-count": "round 46, scored on its first run: one report's 'student TEAMS' has an adjective the "
                       "others lack (a counted noun's adjectives tell two counts apart), and the third report's "
                       "count was read as a time of day ('it lasted 48 HOURS, 86 teams'; mended, still not compared)",
        "duration-internal": "round 46, scored on its first run; not yet traced (48 hours against 36 inside one "
                             "article)",
    },
    "referendum": {
        "registered-digits-vs-words": "round 44: scorer artifact: the announcement venue's finding quotes the "
                                      "sentence that gives the registered voters in digits",
    },
    "undersea-cable-cut": {
        "gulf-subset-vs-total": "round 44: scorer artifact: the day of the cut's finding quotes the sentence that "
                                "names the seven countries",
        "cut-location": "round 44: 'the cut HAPPENED at 3:40 Cairo time, off the coast of Safaga': the place "
                        "stands after a comma, out of the verb's clause, and 'waqa'a' (happened) is not read as a "
                        "verb of happening (unvowelled it is also 'waqqa'a', signed)",
    },
    "mining-contract": {
        "minister-title-position": "round 43: scorer artifact: the signing place's finding quotes the sentence "
                                   "that gives the minister's title after his name",
    },
    "volcano-eruption": {
        "ash-digits-vs-words": "round 43: scorer artifact: the eruption day's finding quotes the sentence that "
                               "gives the ash column in words",
    },
    "chess-championship": {
        "countries-digits-vs-words": "round 43: scorer artifact: the players' count finding quotes the sentence "
                                     "that gives the countries in words",
        "venue": "round 43: 'the Prince Hamzah HALL in Al-Hussein Youth City HOSTED the championship's games': "
                 "the parse makes 'Hamzah' the host verb's object, so the hall hosts no event the other "
                 "reports name ('its games were held at the Royal Cultural Centre')",
    },
    "manuscripts-return": {
        "manuscripts-digits-vs-words": "round 42: scorer artifact: the handover day's finding quotes the "
                                       "sentence that gives the manuscripts in words",
        "dutch-minister-name-title": "round 42: scorer artifact: the culture minister's office finding quotes the "
                                     "sentence that names the Dutch minister",
    },
    "speaker-election": {
        "speaker-votes-words-vs-digits": "round 42's fixes: scorer artifact: the session day's finding now quotes "
                                         "all three leads, one of which gives the votes in digits",
        "manai-name-particle": "round 42's fixes: scorer artifact: the same lead sentence names al-Manai",
    },
    "irrigation-canal": {
        "feddans-vs-hectares": "round 41: scorer artifact: the farmers' finding quotes the sentences that give "
                               "the area in feddans and in hectares",
    },
    "tech-exhibition": {
        "exhibitors-internal": "round 39, scored on its first run: '1,240 exhibitors' and '1,420 EXHIBITING "
                               "companies' count two nouns (the adjective is the other's noun)",
    },
    "olive-harvest": {
        "zouari-title": "round 37, scored on its first run: 'member of the executive bureau' is no office head, so "
                        "'president of the union' has nothing to clash with",
        "increase-internal": "round 37, scored on its first run; not yet traced (a rise of 55% against 40% inside "
                             "one article)",
    },
    "embassy-reopening": {
        "trade-volume": "round 37, scored on its first run; not yet traced (86 million euros against 68, both "
                        "read as comparison figures of last year)",
        "embassy-district": "round 37, scored on its first run: the embassy's district (Abu Rummaneh against "
                            "Mezzeh) is where a building stands, the place of no event",
    },
    "cruise-ship-arrival": {
        "excursion-destination": "round 37, scored on its first run: where passengers went on an excursion "
                                 "(Luxor against Aswan) is the destination of a trip, not the event's place",
        "call-duration-internal": "round 37, scored on its first run; not yet traced (a call of 14 hours against "
                                  "ten inside one article)",
    },
    "tournament-hosting": {
        "candidates-internal": "round 36, scored on its first run: 'a race of FOUR candidate countries' against "
                               "'ONE OF only three countries': the second is a part 'one of', not a count",
    },
    "tree-planting": {
        "minister-title-position": "round 36, scored on its first run: scorer artifact: the launch-day finding "
                                   "quotes the leads, which give the minister's title before and after his name",
    },
    "landslide": {
        "injured-digits-vs-words": "round 35, scored on its first run: scorer artifact: the day finding quotes the "
                                   "leads, which give the injured in digits and in words",
    },
    "aid-convoy": {
        "tonnage-internal": "round 35, scored on its first run: 'the convoy carries 1,280 tons' and 'with THIS LOAD "
                            "amounting to 1,820 tons': the convoy and its load are two phrases",
    },
    "car-factory": {
        "direct-jobs": "round 35, scored on its first run: 3,400 'workers' against 2,400 'job posts' and 'jobs': "
                       "posts and jobs are now one group of nouns, workers are no synonym of them",
        "lee-title": "round 35, scored on its first run: 'Lee Jun-ho' is read as no name ('li' is 'to me')",
        "investment-two-currencies": "round 35, scored on its first run: scorer artifact: the day finding quotes the "
                                     "leads, which give the sum in dollars and dirhams",
    },
    "startup-funding": {
        "employees-internal": "round 34, scored on its first run: 'it employs 260' and 'the company's team of 290 "
                              "employees' hang the count on two phrases that share no word",
    },
    "municipal-election": {
        "hamdi-title-position": "round 34, scored on its first run: scorer artifact: the press conference's place "
                                "finding quotes the sentences that give the commission head's title before and "
                                "after his name",
    },
    "hotel-fire": {
        "hotel-district": "round 33, scored on its first run; the cause not yet traced (the Shallaleh district "
                          "against the southern tourist zone)",
        "floor-internal": "round 33, scored on its first run: a floor ('the sixth floor', 'the fourth floor') is "
                          "an ordinal, no count and no place checker reads",
    },
    "football-transfer-window": {
        "transfers-digits-vs-words": "round 33: scorer artifact: the transfers finding quotes sentences that hold "
                                     "74 in digits and in words",
        "president-title-position": "round 33: scorer artifact: the day finding quotes the sentences that give the "
                                    "president's title before and after his name",
    },
    "water-pipeline": {
        "minister-title-position": "round 38's fixes: scorer artifact: a lead's day of the month (an article with "
                                   "no date, '9 March') now meets the dated leads, and the day finding quotes the "
                                   "leads, which give the minister's title before and after his name",
        "length-digits-vs-words": "round 33: scorer artifact: the place finding quotes sentences that hold the "
                                  "length in digits and in words",
    },
    "ferry-rescue": {
        "landing-port": "round 32, scored on its first run; the cause not yet traced (passengers landed at Sfax "
                        "against Sidi Youssef)",
        "hours-adrift-internal": "round 32, scored on its first run; the cause not yet traced (5 hours adrift "
                                 "against 7 inside one article)",
    },
    "bread-subsidy": {
        "families-covered": "round 32, scored on its first run; the cause not yet traced (22.4 million families "
                            "against 24.2 million)",
        "new-loaf-price": "round 32, scored on its first run; the cause not yet traced (35 piastres against 45)",
        "queues-governorate": "round 32, scored on its first run; the cause not yet traced (queues in Assiut "
                              "against Sohag)",
        "shennawy-title": "round 32, scored on its first run; the cause not yet traced (the ministry's spokesman "
                          "against an assistant minister)",
    },
    "art-auction": {
        "lots-sold": "round 31, scored on its first run: '49 pieces OUT OF 64' is a part of a whole and 'of them "
                     "57 were sold' a part of the group named before: two kinds of part, not compared",
        "auction-venue": "round 31: an auction is no listed event, and 'the opera HOUSE (dar)' no venue noun "
                         "('dar' is also the auction house's own name)",
        "top-lot-price-internal": "round 31: the price 'a record for the artist' is given in the head of the "
                                  "department's words by a phrase naming the record, not the painting's sale",
        "total-dollars-vs-dirhams": "round 31: scorer artifact: the day finding quotes the leads, which hold the "
                                    "total in dollars and in dirhams",
    },
    "inaugural-flight": {
        "weekly-frequency-internal": "round 31, scored on its first run: 'three flights a week' and 'with FOUR "
                                     "flights a week operating on the route' are read as two measures (the "
                                     "second's phrase names the operating)",
    },
    "solar-park": {
        "permanent-jobs-internal": "round 31: '90 permanent jobs (mawtin shughl)' and 'sixty agents (awn)': two "
                                   "counted nouns no list joins",
    },
    "graduation-ceremony": {
        "women-share-internal": "round 30, scored on its first run: 'the women graduates (khirrijat) made up 56%' "
                                "and 'females (inath) are 65% of the graduates' name the share by two words no "
                                "list joins",
        "total-digits-vs-words": "round 30: scorer artifact: the day finding quotes the leads, which hold the total in "
                                 "digits and in words",
    },
    "hailstorm-crops": {
        "area-digits-vs-words": "round 30: scorer artifact: the farmers' count finding quotes sentences that also "
                                "hold the area in digits and in words",
    },
    "tanker-collision": {
        "oil-digits-vs-words": "round 30: scorer artifact: the day finding quotes the leads, which hold the oil "
                               "spilt in digits and in words",
    },
    "airport-traffic": {
        "terminal-opening": "round 29, scored on its first run: a terminal's opening day under three verbs "
                            "('will enter service', 'will receive its first flights', 'will open') is three events",
        "press-conference-venue": "round 29: the company's headquarters 'at the airport' is a venue no gazetteer "
                                  "places, so it is not set against a hotel in Khobar",
        "growth-internal": "round 29: 'growth of 11.4%' takes the growth frame and 'a rise in passenger traffic "
                           "of 9.8%' none, so the two shares are two topics",
    },
    "camel-festival": {
        "prize-money": "round 29, scored on its first run: 'the ALLOCATED prizes' and 'the FINANCIAL prizes' each "
                       "add an adjective of their own, read as two kinds of prize",
    },
    "cement-plant": {
        "export-share-internal": "round 28, scored on its first run; the cause not yet traced (40% for export "
                                 "against 30% in the chairman's words, inside one article)",
    },
    "smuggling-trial": {
        "seizure-crossing": "round 28, scored on its first run: the seizure of October 2024 is an earlier event "
                            "than the verdict the story reports, and only a story's main event has its place "
                            "compared (the Omari crossing against the Jaber crossing)",
    },
    "blood-drive": {
        "minister-title-position": "round 35: scorer artifact: the venue finding (Oman's conference centre against "
                                   "the university) quotes the lead that gives the minister's title",
        "duration-internal": "round 28, scored on its first run; the cause not yet traced (26 days against 23 "
                             "inside one article)",
    },
    "doctors-strike": {
        "sit-in-location": "round 27, scored on its first run; the cause not yet traced (the sit-in outside "
                           "the ministry in Rabat against outside a hospital in Casablanca)",
        "benamar-title": "round 27: no name is read after 'the secretary general of the health ministry' in "
                         "'... Amin Benamar' (no role claim; 'Amin' is not a listed first name)",
        "union-vs-ministry-turnout": "round 27: the union's 78% and the ministry's 41% are compared as one "
                                     "figure: the two speakers' figures are not told apart (no speaker is "
                                     "read for the ministry's)",
    },
    "gas-explosion": {
        "inquiry-deadline-internal": "round 27, scored on its first run; the cause not yet traced (7 days "
                                     "against 10 inside one article)",
    },
    "film-awards": {
        "jury-president-nationality": "round 27: 'the Moroccan director Hamid al-Wazzani' against 'the Algerian "
                                      "director': a nationality given to a person is no office, and no claim",
        "ben-ammar-spelling": "round 27: scorer artifact: the day finding quotes the leads, which spell the "
                              "director's name both ways",
    },
    "fishing-boats": {
        "spokesman-title-position": "round 26: scorer artifact: the fishermen's count finding quotes the two "
                                    "sentences that give the spokesman's title before and after his name",
    },
    "no-confidence-vote": {
        "votes-for-words-vs-digits": "round 26: scorer artifact: the day finding quotes the leads, which hold 61 in "
                                     "words and in digits",
        "minister-title-position": "round 26: scorer artifact: the same leads give the minister's title before and "
                                   "after his name",
    },
    "sandstorm": {
        "saadi-title-position": "round 25: scorer artifact: the finding on the place of the worker's death quotes "
                                "the two sentences that give the civil defence chief's title before and after his name",
        "airport-closure-internal": "round 25: 'suspended flights at Baghdad airport for about 9 hours' and 'resumed "
                                    "after a stoppage that lasted 14 hours': the first is read as the airport's (the "
                                    "phrase before it), not the suspension's",
    },
    "coach-dismissal": {
        "winless-run": "round 25: 'in the last 7 matches' against 'for the ninth match in a row': an ordinal is no count",
        "points-gap-internal": "round 25: 'by a gap of eleven points from the leader' and 'trails by 13 points': the "
                               "gap and the verb of trailing are two words of no one family",
    },
    "refugee-return": {
        "crossing-point": "round 25: 'through the Jdeidet Yabous crossing' and 'through the Joussieh crossing': a "
                          "border crossing is no venue noun, and 'through' no preposition of place",
    },
    "pension-reform": {
        "session-venue": "round 24: 'a session the cabinet HELD in Irbid governorate' and 'which it HELD in Karak "
                         "governorate': the place hangs on 'held' with the session as its object pronoun or "
                         "antecedent, not read as the session's place",
        "employee-share-internal": "round 24: 'raises the worker's share from 7.5% to 8%' and 'raise the worker's "
                                   "deduction to 8.5%': 'share' and 'deduction' are two words of no one family",
    },
    "ferry-fire": {
        "towed-to": "round 23: where the ferry was towed ('two tugs towed it to the port of Aqaba') is the place of "
                    "no listed event, and the verb's object stands between",
        "serious-among-injured": "round 23: scorer artifact: the finding on the day quotes the leads, which hold "
                                 "both the 37 injured and the nine seriously injured",
        "passengers-words-vs-digits": "round 23: scorer artifact: the same lead sentences hold 412 in words and in digits",
    },
    "doping-ban": {
        "lab-city": "round 22: where the samples were analysed ('its analysis took place in the Doha laboratory', "
                    "'analysed in a laboratory ... in the city of Cologne') is the place of no listed event, said "
                    "with two verbs",
    },
    "mass-wedding": {
        "ceremony-venue": "round 22: 'an open ground hosted the ceremony, AS it was held in the equestrian ground': "
                          "the place hangs on a verb with no subject after a comma, not tied to the ceremony",
        "increase-internal": "round 22: 'the number of participants RECORDED a rise of 25%' and 'the number of grooms "
                             "ROSE 30%': the measure of the first is read from the light verb 'recorded', and "
                             "participants and grooms are two nouns",
    },
    "museum-heist": {
        "break-in-hour-internal": "round 22: times of day ('at about half past two', 'at four at dawn') are not "
                                  "claims checker extracts",
        "spokesman-title-position": "round 22: scorer artifact: the finding on where the raid was quotes the "
                                    "spokesman's sentences, which hold both anchors of the title look-alike",
    },
    "teachers-sitin": {
        "turnout-league": "round 21: 'the number of PARTICIPANTS at about three thousand' and 'about 5 thousand TEACHERS': two counted nouns, two topics",
        "khatib-title": "round 21: 'president of the league of SECONDARY teachers' and 'of the league of BASIC-EDUCATION teachers': two leagues of one kind, not read as two offices that exclude each other (not traced further)",
        "months-unpaid-internal": "round 21: 'unpaid FOR four months' and 'the allowance FOR six months': lengths since a start, of two verbs (received, insisted) that name no one event",
    },
    "gold-smuggling": {
        "weight-words-vs-digits": "round 21: a scorer artifact: the weight-internal finding quotes two sentences that also hold the weight in words and in digits",
    },
    "dam-breach": {
        "stored-volume-internal": "round 21: 'the dam HOLDS 4.2 million cubic metres' and 'STORES about 2.4 million': two verbs of no one root name the volume",
        "rain-total-vs-day": "round 21: '180 mm in 48 hours' and '95 mm on Monday': a day named beside a figure does not make it one day's part of a total",
    },
    "snowstorm": {
        "heater-death-place": "round 20: 'died of suffocation in her home in Ajloun governorate': the place of a death in a sentence of no listed event is not compared across articles (the verbs differ)",
        "highway-closure-internal": "round 20: 'closed between Qatrana and Ma\'an for 14 hours': the length is given to Ma\'an (a town no gazetteer lists, read as the event), not to the closure",
    },
    "charity-telethon": {
        "broadcast-venue": "round 20: the broadcast is no listed event, and its venues (a cultural centre, a theatre in Salmiya) are read as places of no event the two articles share",
        "dinars-vs-dollars": "round 20: a scorer artifact: the finding on the day the leads give quotes one lead with the sum in dollars and another with it in dinars",
        "first-edition-total": "round 20: 'the first edition, held LAST RAMADAN, raised 9.1 million': a Hijri month is no month the calendar reads, so nothing makes the figure an earlier occurrence's",
    },
    "bank-robbery": {
        "arrested-vs-gunmen": "round 20: a scorer artifact: the finding on the day the leads give quotes a lead that holds both the 4 arrested and the 3 gunmen",
    },
    "stock-listing": {
        "ipo-proceeds": "round 19: 'raised 6.3 billion' and 'proceeds of 6.8 billion': a verb and a noun of no one root name the sum",
        "stake-sold-internal": "round 19: '30% of its capital' and '25% of the company': the shares' phrases name the capital and the company, two heads",
    },
    "food-poisoning": {
        "hospitalised-count": "round 19: '87 OF THEM were admitted' gives no count, and '68 injured were admitted' is read as the count of the injured",
        "wedding-venue": "round 19: 'in the town of Kafrsoum' and 'in the city of Ramtha' are places of no event read (the banquet is no listed event)",
        "onset-delay-internal": "round 19: 'about six hours after the END OF the banquet' and 'two hours after EATING': each length is counted from its own noun, so the two are not one offset",
    },
    "summit-two-days": {
        "league-hq-vs-new-capital": "the day one lead gives to the ministers' preparatory meeting (Monday) is compared with the day another gives to the summit's close (Tuesday): nothing tells the two apart but the meeting's adjective, and the finding's leads hold both places",
    },
    "prison-break": {
        "escapees-words-vs-digits": "a scorer artifact: the finding on the day the leads give quotes two leads that also hold the figure in digits and in words",
        "recapture-place": "round 19: 'four were arrested in the al-Numaniyah district': no place of an arrest is read when a listed event (the escape) stands in the sentence",
        "suspended-guards-internal": "round 19: 'suspending SIX OF the prison guards' gives no count (a number before 'of' and its noun), so 'the EIGHT suspended guards' meets nothing",
    },
    "train-collision": {
        "toll-words-vs-digits": "a scorer artifact: the finding on the day the leads give quotes two leads that also hold the figure in digits and in words",
    },
    "migrant-boat": {
        "dead-words-vs-digits": "a scorer artifact: the finding on the day the leads give quotes two leads that also hold the figure in digits and in words",
    },
    "company-results": {
        "dividend-payment-date": "'payment starts on 3 September' and 'on the tenth of next September' "
                                 "attach to two different words (start of payment, payment): no one event",
    },
    "court-ruling": {
        "public-money-quote": "the quote is given to a title alone ('the president of the court'), "
                              "which no speaker claim resolves to a person",
    },
    "floods": {
        "car-swept-location": "where a car was swept away is the place of no listed event",
        "rainfall-internal": "'rainfall reached 68 mm' and '86 mm in Dhiban': millimetres of rain are "
                             "no unit the lexicon lists",
    },
    "general-strike": {
        "wage-demand-internal": "'a rise of 15%' and 'raising wages by 20%': the figures' phrases "
                                "name the rise and the wages, two heads",
    },
    "oil-output": {
        "cut-words-vs-digits": "a scorer artifact: the meeting-day finding quotes two sentences that also hold the cut in digits and in words (anchors match whole sentences)",
        "brent-gain-internal": "'rose 3.4% to 63.90' and 'with its rise of 5.1% to 63.90': the "
                               "second names Brent only by a pronoun, and no rule ties two changes "
                               "that end at one price",
    },
    "budget-vote": {
        "deficit-share-of-gdp": "'a deficit equal to 1.2% of GDP' and 'a deficit at a rate of 1.8 per cent': "
                                "the second names the rate, not the deficit, as what is measured",
    },
    "plane-crash": {
        "crash-site": "where the plane came down ('near the municipality of Es-Senia') is a place no "
                      "gazetteer lists, said of a verb of falling, no listed event",
    },
    "port-deal": {
        "investment-two-currencies": "a scorer artifact: the jobs finding quotes a sentence that also holds the investment in dollars and in ouguiyas",
        "state-revenue-share": "'the state gets 12% of the terminal's revenue' and 'a 15% share': the "
                               "phrases name the revenue and the share, two heads",
        "concession-length-internal": "'a concession of 30 years' and 'for 35 years': the second "
                                      "depends on a verb no list names, the first on the concession",
    },
    "cabinet-reshuffle": {
        "unemployment-rate-internal": "'the unemployment rate reached 21.4% in the last quarter' and 'the "
                                      "unemployment rate in the kingdom 24.1%': the second figure's phrase "
                                      "ends on 'the kingdom', a possessor read as what is measured",
    },
    "building-collapse": {
        "rescued-alive-internal": "'seven people pulled out alive' and 'the eight survivors pulled out': "
                                  "'survivors' is a noun no measure aligns with 'people ... alive'",
    },
    "donor-conference": {
        "saudi-share-vs-total": "one donor's pledge and the total both take the frame 'amount of aid'; a "
                                "figure with an owner against one without is still compared (making them "
                                "two measures loses 10 planted findings elsewhere)",
        "countries-words-vs-digits": "a scorer artifact: the day finding quotes the sentences that also "
                                     "hold 58 countries in words and in digits",
    },
    "protest-arrests": {
        "police-crowd-estimate-internal": "'estimated at about three thousand' and 'about five thousand "
                                          "according to police estimates': the figures' phrases are 'the "
                                          "number' and 'the protest', two heads",
    },
    "prisoner-exchange": {
        "houthi-released-count": "'318 detainees' and '283 prisoners and detainees' are two units, and "
                                 "who released them is named three ways (the Houthis, the Houthi militias, "
                                 "the Houthi group) that no measure aligns",
        "share-of-agreement": "'about 40% of all the detainees' and 'equal to 60% of all those covered': the "
                              "phrases name the batch and the deal, two heads",
        "women-count-internal": "'including 11 women' and 'the 14 women freed by the Houthis': a part "
                                "of a group against a count that names its own clause",
    },
    "trade-agreement": {
        "trade-volume-2025": "last year's trade is a comparison figure in all three, and their phrases "
                             "('the exchange', 'reached', 'the two countries') share no head",
    },
    "wildfire": {
        "origin-village": "where the fire started ('the flames set off from the woods of Qobayat') is "
                          "the place of no listed event",
    },
    "census-results": {
        "previous-census-population": "a scorer artifact: the finding on the announcement's day quotes the leads, which also hold both figures",
        "khawaldeh-title-position": "round 34: scorer artifact: the press conference's place finding now holds the "
                                    "department's seat (in Amman), whose sentence gives the title after the name",
        "under15-share-internal": "'the share of the population whose ages are under 15' and 'the share of "
                                  "children under fifteen': the two phrases share no word",
    },
    "drug-seizure": {
        "seizure-port": "the container 'arrived at' one port and was 'seized in' another: two verbs, no "
                        "one event whose place both give",
    },
    "hajj-season": {
        "crowd-centre-place": "the place of a centre ('takes Mina as its seat', 'was set up in Muzdalifah'), "
                              "not of an event",
    },
    "imf-loan": {
        "tranche-count": "'seven tranches LINKED to reviews': the adjective makes a kind of tranche, as "
                         "'41 seats allocated to party lists' is a kind of seat (election-seats)",
    },
    "ship-hijacking": {
        "crew-count": "the tagger reads 'towards' (bi-ittijāh) after '24 sailors' as their adjective: "
                      "another kind of sailor",
        "ransom-demand": "the tokenizer leaves 'bi-fidya' (with a ransom) whole in two reports: 'ransom' "
                         "and 'with-ransom' are two heads",
        "spokesman-title": "'spokesman for the navy' and 'commander of the coast guard' of someone the "
                           "knowledge base does not know: neither title is one holder's office",
    },
    "exam-results": {
        "candidates-count": "one report counts 'participants' (mushtarik), the other 'students' (talib): two "
                            "nouns no list joins",
    },
    "refinery-fire": {
        "control-hours-internal": "'brought THE FLAMES under control after ten hours': the flames (al-nīrān) "
                                  "are no listed event, and listing them cost a look-alike in wildfire",
    },
    "tourism-figures": {
        "visitors-words-vs-digits": "a scorer artifact: the announcement-day finding quotes the two leads, which also hold 7.2 million in digits and in words",
        "overnight-subset": "a scorer artifact: the announcement-day finding quotes the lead that also holds 'among them 5.1 million overnight tourists'",
        "revenue-usd-vs-jod": "round 34: scorer artifact: the press conference's place finding now holds the "
                              "ministry's seat (in Amman), whose sentence gives the revenue in both currencies",
        "revenue-2024-vs-2025": "round 34: scorer artifact: the same sentence gives last year's revenue and this year's",
        "occupancy-internal": "'hotel occupancy reached 58% on average' and 'the average occupancy of "
                              "classified hotels reached 63% in 2025': the phrases' heads differ",
    },
    "bridge-opening": {
        "axis-length-internal": "'the axis, whose length is 16 km' names the length (tūl), 'the axis extends "
                                "14 km' the axis: no head of one phrase in the other",
    },
    "measles-outbreak": {
        "outbreak-district": "where the cases are concentrated: an outbreak is no listed event, and the "
                             "district is the place of no verb of happening",
        "confirmed-cases-internal": "'after recording 412 confirmed cases' (the adjective a kind of case) and "
                                    "'the confirmed cases in the province reached 347' (the adjective in the phrase)",
    },
    "airline-strike": {
        "flights-cancelled": "'270 domestic and international flights': the adjectives make a kind of flight "
                             "that '312 flights' does not name",
        "pay-rise-demanded": "'wages' and 'salaries' are two words, and the lemmatizer gets 'wages' wrong",
    },
    "power-outage": {
        "baghdad-duration-internal": "'cut off from Baghdad for more than 11 hours' and 'power came back to "
                                     "Baghdad after about seven hours': a length and a time of return",
    },
    "minimum-wage": {
        "old-vs-new-wage": "a scorer artifact: the meeting-day finding quotes two sentences that also hold the old and the new wage",
        "rise-percent-internal": "'a rise of 14.3%' and 'the rise, whose rate reaches 12.5%, compared with "
                                 "the current wage': the second is read as a comparison figure",
    },
    "housing-handover": {
        "units-words-vs-digits": "a scorer artifact: the finding on the day the leads give quotes two leads that also hold the figure in digits and in words",
    },
    "stadium-stampede": {
        "inquiry-deadline-internal": "'gave it 72 hours to submit its report' and 'its report within one week': "
                                     "a time limit given by a verb and one given by 'within' are two measures",
    },
    "water-rationing": {
        "dam-location": "where a dam is: a dam is no event, and places are read only for events",
        "capacity-percent-internal": "'16.9% of its storage capacity' and 'does NOT EXCEED 19.6% of the dam's "
                                     "capacity': read as at most 19.6%, which 16.9% does not contradict",
        "minister-title-position": "a scorer artifact: the finding on the day the leads give quotes two leads that also hold the minister's title before and after his name",
    },
    "flight-emergency": {
        "time-in-air-internal": "'about 35 minutes after take-off' and 'landed in Aqaba 55 minutes after': "
                                "the second figure's phrase names Aqaba, not the flight",
    },
    "university-admissions": {
        "applicants-vs-admitted": "a scorer artifact: the finding on the announcement's day quotes the leads, which also hold both figures",
        "universities-words-vs-digits": "a scorer artifact: the finding on the announcement's day quotes the leads, which also hold both figures",
        "scholarship-cost-internal": "'at a cost of 9 million dinars' and 'the total cost of the new grants is "
                                     "7.5 million': 'cost' after 'at a' is read as no measure word",
    },
    "bank-merger": {
        "saqabi-title": "'Fahd al-Saqabi will TAKE OVER the chairmanship': an office given by a verb, not a title",
        "deal-value-internal": "'the deal, whose value is estimated at about 3.4 billion dinars': the figure's "
                               "measure is the verb 'estimated', not the value of the deal",
        "assets-dinars-vs-dollars": "a scorer artifact: the signing-day finding quotes sentences that also hold "
                                    "the assets in dinars and in dollars",
    },
    # Round 16 (stop 14): scored on its first run; 'inmate' is now a prisoner (units.yaml).
    "archaeology-find": {
        "tombs-words-digits": "a scorer artifact: the announcement-day finding quotes the two leads, which also hold the tombs in words and in digits",
        "season-length-internal": "round 16, scored on its first run; no fix made for it yet and the cause not yet traced ('ten weeks' against 'five months' inside one article)",
    },
    "bus-crash": {
        "ministry-vs-governorate-payment": "round 16, scored on its first run; no fix made for it yet and the cause not yet traced: two payers' sums per family are compared as one",
    },
    "prisoner-pardon": {
        "expat-share-internal": "'the expatriates CONSTITUTE 43 percent' and 'REPRESENT 34 percent': the measure "
                                "is the verb, not its subject (reading these verbs as levels found it, but "
                                "'WHICH represents 8% of the nominal value' then lost its measure: left out)",
    },
    # Round 18 (stop 15): scored on its first run; nothing fixed for it yet, causes not yet traced.
    "hospital-fire": {
        "patients-subset-of-dead": "round 18, scored on its first run; not yet traced (a scorer artifact suspected)",
        "compensation-per-family": "round 18, scored on its first run; not yet traced (10 against 25 million dinars per family)",
        "icu-floor": "round 18, scored on its first run; not yet traced (the ward's floor: a place no gazetteer lists)",
        "extinguish-time-internal": "round 18, scored on its first run; not yet traced ('within two hours' against 'after about 40 minutes')",
    },
    "gas-field-discovery": {
        "announcement-day": "round 18, scored on its first run; not yet traced",
        "block-location": "round 18, scored on its first run; not yet traced ('off Matrouh' against 'off Damietta')",
        "recoverable-vs-in-place": "round 18: 'of the total reserves' is not read as a part of the 3.5 trillion",
        "title-before-vs-apposition": "round 18, scored on its first run; not yet traced (a scorer artifact suspected)",
    },
    "tourist-kidnapping": {
        "kidnap-day": "round 18, scored on its first run; not yet traced",
        "seizure-place": "round 18, scored on its first run; not yet traced (the Akakus mountains against al-Awaynat)",
    },
    "desalination-plant": {
        "capacity-digits-vs-words": "a scorer artifact: the day-of-the-opening finding quotes two sentences that also hold the capacity in digits and in words",
    },
    # Round 17 (stop 15): scored on its first run (11 of 18), then fixed in general (13 of 18).
    "car-recall": {
        "worst-injury-place": "'the most serious of them OCCURRED in the Qassim region': the place of a verb "
                              "that only says something happened, whose subject ('the most serious') names no event",
    },
    "city-marathon": {
        "start-point": "'set off FROM IN FRONT OF the Roman theatre': a place after a compound preposition is "
                       "not read, so only 'from the Al-Hussein Youth City' is a place of the start",
    },
    "diplomatic-expulsion": {
        "arrest-city": "'a week after the ARREST (a verbal noun) of an engineer ... in the city of Augsburg' against "
                       "'was ARRESTED in Munich' (a verb): the noun's place is not keyed by the verb's root",
        "expulsion-day": "'Berlin ANNOUNCED, on Wednesday, the expulsion' is a statement's day, and statements' "
                         "days are not compared with 'SUMMONED the ambassador on Tuesday'",
    },
    "oil-spill": {
        "coastline-length-internal": "'a coastal strip 40 km LONG' and 'the pollution of 70 km OF THE COAST': "
                                     "two counts of kilometres whose measured phrases share no word",
    },
    "player-transfer": {
        "presentation-city": "'presented at a ceremony in Jeddah' against 'at a press conference in Riyadh': a "
                             "press conference, a moment, is not compared with a ceremony",
        "season-goals-internal": "'scored 27 goals' and 'with a tally of 31 goals': the measure is read from the "
                                 "words before the figure, not from the verb that governs it",
        "president-title-position": "a scorer artifact: the sporting director's finding quotes the two sentences "
                                    "that also give the president's title",
    },
    "wheat-harvest": {
        "top-governorate": "the province that 'topped the list of supply' is a ranking, the place of no event",
    },
    "hostage-release": {
        "captivity-length-internal": "'held 41 days' and 'a crisis that lasted 46 days': the captivity and the "
                                     "crisis are two words of no one family",
        "seven-words-vs-digits": "round 36: scorer artifact: the leads' day finding now holds the day Sky News's "
                                 "lead gives its announcement, whose sentence gives seven in words",
    },
}


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_flags_what_was_planted(checker, corpus):
    expected = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8"))
    result = checker.check_paths([corpus])
    assert all(s.reason.startswith("mostly not Arabic") for s in result.skipped)   # a writer's notes
    if isinstance(expected, dict):
        outcome = score(expected, to_dict(result, {}))
        known = KNOWN_MISSES.get(corpus.name, {})
        assert sorted(outcome.missed + outcome.violated) == sorted(known), outcome
        over = KNOWN_EXTRA.get(corpus.name, [])
        assert len(outcome.extra) <= outcome.budget + len(over), outcome.extra
        assert not over or len(outcome.extra) > outcome.budget, "KNOWN_EXTRA no longer needed"
        return
    found = {(d.rule, frozenset(_norm(c.text) for c in d.claims)) for d in result.discrepancies}
    wanted = {(e["rule"], frozenset(_norm(t) for t in e["claims"])) for e in expected}
    assert found == wanted
