#!/usr/bin/env python3
"""Build the whosaid development set: writes NAME.txt and NAME.gold.json for every article below.

Every article is invented for this project. Spans are never typed by hand: each annotated
substring is located in the article text (with an optional unique anchor `after` that the search
starts from), and the build fails if a substring is missing or ambiguous.
Run: python3 build.py && python3 check.py --stats
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
from check import TAGS, OFFSETS, OPEN_MARKS, CLOSE_MARKS, neighbour

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = []

STYLE_OF_MARK = {
    "“": "curly-quotes", "\"": "straight-quotes", "‘": "single-quotes", "'": "single-quotes",
    "«": "guillemets", "»": "guillemets", "‹": "guillemets", "›": "guillemets",
    "„": "low-high-quotes", "‚": "low-high-quotes",
}
TYPE_TAG = {"organization": "organization", "group": "group", "anonymous": "anonymous"}


def _stmt(kind, text, speaker, stype, cue, role=None, via=(), ph=(), after=None):
    return {"kind": kind, "text": text, "speaker": speaker, "speaker_type": stype, "role": role,
            "cue": cue, "via": list(via), "ph": list(ph), "after": after}


def D(*a, **k):
    return _stmt("direct", *a, **k)


def I(*a, **k):
    return _stmt("indirect", *a, **k)


def M(*a, **k):
    return _stmt("mixed", *a, **k)


def R(text, why, reason, ph=(), after=None):
    return {"kind": None, "text": text, "why": why, "reason": reason, "ph": list(ph), "after": after}


def article(name, text, items, nbsp_guillemets=False):
    text = text.strip("\n")
    if nbsp_guillemets:  # French typography: no-break space inside « … »
        text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    ARTICLES.append((name, text, items))


def locate(name, text, sub, after):
    if after is None:
        n = text.count(sub)
        assert n == 1, f"{name}: {sub[:50]!r} occurs {n} times; give an anchor"
        return text.index(sub)
    n = text.count(after)
    assert n == 1, f"{name}: anchor {after[:50]!r} occurs {n} times"
    pos = text.find(sub, text.index(after))
    assert pos >= 0, f"{name}: {sub[:50]!r} not found after anchor {after[:40]!r}"
    return pos


def order_tags(tags):
    for t in tags:
        assert t in TAGS, f"unknown tag {t}"
    return [t for t in TAGS if t in set(tags)]


def build_one(name, text, items):
    statements, rejected = [], []
    low = text.lower()
    for it in items:
        start = locate(name, text, it["text"], it["after"])
        end = start + len(it["text"])
        tags = list(it["ph"])
        where = f"{name}: {it['text'][:40]!r}"
        quoted = it["kind"] in ("direct", "mixed", None)
        if quoted:
            before, behind = neighbour(text, start - 1, -1), neighbour(text, end, 1)
            assert before in OPEN_MARKS and behind in CLOSE_MARKS, f"{where}: not inside quote marks"
            tags.append(STYLE_OF_MARK[before])
        if "\n" in it["text"]:
            tags.append("multi-paragraph")
        if it["kind"] is None:
            tags.append(it["reason"])
            rejected.append({"text": it["text"], "why": it["why"], "reason": it["reason"],
                             "span": [start, end], "phenomena": order_tags(tags)})
            continue
        if it["kind"] == "mixed":
            tags.append("mixed")
        if it["via"]:
            tags.append("via")
        if it["speaker_type"] in TYPE_TAG:
            tags.append(TYPE_TAG[it["speaker_type"]])
        # The names the gold gives must be readable off the article.
        assert it["speaker"].lower() in low, f"{where}: speaker {it['speaker']!r} not in text"
        if it["role"]:
            assert it["role"] in text, f"{where}: role {it['role']!r} not in text"
        for part in it["cue"].split(" ... "):
            assert part.lower() in low, f"{where}: cue {part!r} not in text"
        for v in it["via"]:
            assert v in text, f"{where}: via {v!r} not in text"
        if it["kind"] == "indirect":
            assert not it["text"].lower().startswith("that ") and it["text"][-1] not in ".,", where
        s = {"kind": it["kind"], "text": it["text"], "speaker": it["speaker"],
             "speaker_type": it["speaker_type"]}
        if it["role"]:
            s["role"] = it["role"]
        s.update({"cue": it["cue"], "via": it["via"], "span": [start, end],
                  "phenomena": order_tags(tags)})
        statements.append(s)
    statements.sort(key=lambda s: (s["span"][0], s["span"][1]))
    rejected.sort(key=lambda r: (r["span"][0], r["span"][1]))
    words = len(text.split())
    assert 120 <= words <= 350, f"{name}: {words} words"
    gold = {"article": name, "source_file": name + ".txt", "offsets": OFFSETS,
            "statements": statements, "not_statements": rejected}
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return words


P, O, G, A = "person", "organization", "group", "anonymous"

# ---------------------------------------------------------------- wire copy, curly quotes
article("port-strike-vaskora", """
VASKORA, March 14 (Reuters) - Dock workers at the Baltic port of Vaskora will extend their strike into a third week, union leaders said on Thursday, after talks with the port authority collapsed overnight.
“We came to the table with a serious offer and we were sent home with nothing. The men are angry, and frankly so am I,” Tomas Reinholt, chairman of the Vaskora Dockers’ Union, told Reuters by telephone.
The Vaskora Port Authority said in a statement that it remained “open to dialogue” but could not accept a wage increase above 4 percent while cargo volumes were falling.
A person familiar with the negotiations, who asked not to be named because the talks were confidential, said the two sides were less than two percentage points apart.
Shipping agents estimate that more than 40 vessels are waiting at anchor outside the harbour. According to the Nordic Freight Council, the backlog is costing exporters roughly 3 million euros a day.
Reinholt rejected suggestions that the union was holding the region’s economy hostage. “Nobody wants this strike to last a day longer than it must,” he said.
Transport Minister Greta Lindqvist urged both sides to return to talks, warning that the government would consider “all legal options” if the stoppage continued past the end of the month.
(Reporting by Anneli Sorsa; Editing by Mark Tillotson)
""", [
    I("Dock workers at the Baltic port of Vaskora will extend their strike into a third week",
      "union leaders", G, "said", ph=["trailing-attribution"]),
    D("We came to the table with a serious offer and we were sent home with nothing. The men are angry, and frankly so am I,",
      "Tomas Reinholt", P, "told", role="chairman of the Vaskora Dockers’ Union", via=["Reuters"],
      ph=["multi-sentence", "told", "role-apposition"]),
    M("open to dialogue", "the Vaskora Port Authority", O, "said", ph=["said-that"]),
    I("the two sides were less than two percentage points apart",
      "a person familiar with the negotiations", A, "said", ph=["said-that"]),
    I("more than 40 vessels are waiting at anchor outside the harbour", "shipping agents", G, "estimate",
      ph=["said-that"]),
    I("the backlog is costing exporters roughly 3 million euros a day", "the Nordic Freight Council", O,
      "according to", ph=["according-to"]),
    I("the union was holding the region’s economy hostage", "Tomas Reinholt", P, "rejected",
      ph=["denial", "cue-class", "surname"]),
    D("Nobody wants this strike to last a day longer than it must,", "Tomas Reinholt", P, "said",
      ph=["pronoun"]),
    M("all legal options", "Greta Lindqvist", P, "warning", role="Transport Minister",
      ph=["participle-cue", "cue-class", "role-premodifier"]),
])

# ---------------------------------------------------------------- UK tabloid, curly single quotes
article("cake-king-ban", """
A BAKER dubbed the ‘Cake King of Markby’ has been banned from entering his own village show – after winning first prize nine years running.
Dad-of-three Barry Huxtable, 52, was left fuming when organisers told him his towering Victoria sponges were ‘unfair on the amateurs’.
Barry, who runs a café on the seafront, said: ‘I’ve been baking since I was knee-high to my nan. It’s not my fault I’m good at it.
‘They’re treating me like a criminal. I didn’t even get a phone call – just a letter saying “thank you for your years of support”. That’s it.’
The ban was handed down by the Lower Markby Horticultural Society, whose chairwoman Sandra Pell insisted the decision was ‘nothing personal’.
She told The Sun: ‘Barry is a lovely man, but other people have stopped entering because they know they can’t beat him. We want the show to be for everyone.’
But fellow villagers have rallied behind the baker. Retired postman Ken Dobbs, 71, said: ‘It’s political correctness gone mad. If he’s the best, he’s the best.’
A society insider, who did not wish to be named, claimed the row had been ‘brewing for years’ and that some committee members were ‘sick of losing’.
Barry says he will now open his own rival contest – the ‘Huxtable Bake-Off’ – in the café car park next month.
‘Everyone’s welcome,’ he grinned. ‘Even Sandra.’
""", [
    R("Cake King of Markby", "nickname in quotes", "title"),
    M("unfair on the amateurs", "organisers", G, "told", ph=["told"]),
    D("I’ve been baking since I was knee-high to my nan. It’s not my fault I’m good at it.\n‘They’re treating me like a criminal. I didn’t even get a phone call – just a letter saying “thank you for your years of support”. That’s it.",
      "Barry Huxtable", P, "said", ph=["multi-sentence", "nested", "surname"]),
    M("nothing personal", "Sandra Pell", P, "insisted", role="chairwoman",
      ph=["cue-class", "role-premodifier"]),
    D("Barry is a lovely man, but other people have stopped entering because they know they can’t beat him. We want the show to be for everyone.",
      "Sandra Pell", P, "told", via=["The Sun"], ph=["multi-sentence", "told", "pronoun"]),
    D("It’s political correctness gone mad. If he’s the best, he’s the best.", "Ken Dobbs", P, "said",
      role="Retired postman", ph=["multi-sentence", "role-premodifier"]),
    M("brewing for years", "a society insider", A, "claimed", ph=["cue-class"]),
    M("sick of losing", "a society insider", A, "claimed", ph=["cue-class"]),
    I("he will now open his own rival contest – the ‘Huxtable Bake-Off’ – in the café car park next month",
      "Barry Huxtable", P, "says", ph=["said-that", "surname"]),
    R("Huxtable Bake-Off", "name of a contest", "title"),
    D("Everyone’s welcome,", "Barry Huxtable", P, "grinned", ph=["split-quote", "pronoun"]),
    D("Even Sandra.", "Barry Huxtable", P, "grinned", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- US local paper, straight quotes, stray mark
article("millbrook-sales-tax", '''
MILLBROOK — The Millbrook Town Council voted 5-2 on Tuesday night to keep the "temporary" 1 percent sales tax that residents were promised would expire this year.
The council also approved a "pilot program for curbside composting, which begins in March and will cost about $40,000 in its first year.
"We didn't create this problem, but we have to solve it," said Mayor Denise Okafor. "If the tax goes away, the library closes on weekends and we lose two patrol officers. I'm not willing to do that."
Councilman Ray Albertson, one of the two dissenting votes, called the decision "a broken promise dressed up as prudence."
"People voted for a sunset clause in 2019. They remember that, even if this council doesn't," Albertson said.
According to Finance Director Priya Raman, the tax brought in about $2.3 million last year, roughly 9 percent of the general fund.
Raman told the council that without it the town would have to draw down its reserves by the end of 2026, adding that the state's "rainy day" guidance recommends keeping at least two months of expenses in the bank.
Several residents spoke during the public comment period. Linda Farrow, a retired teacher who has lived on Elm Street for 30 years, said she understood the pressures on the budget but felt "nobody listened" to voters.
The mayor said the council would revisit the tax in the spring, once the county releases its property assessments. "Nothing is permanent," she said, "except maybe the potholes on Route 9."
''', [
    R("temporary", "scare quote around the tax's official label", "scare-quote"),
    D("We didn't create this problem, but we have to solve it,", "Denise Okafor", P, "said", role="Mayor",
      ph=["inversion", "split-quote", "role-premodifier", "unbalanced"]),
    D("If the tax goes away, the library closes on weekends and we lose two patrol officers. I'm not willing to do that.",
      "Denise Okafor", P, "said", role="Mayor", ph=["split-quote", "multi-sentence", "unbalanced"]),
    M("a broken promise dressed up as prudence.", "Ray Albertson", P, "called", role="Councilman",
      ph=["role-premodifier"]),
    D("People voted for a sunset clause in 2019. They remember that, even if this council doesn't,",
      "Ray Albertson", P, "said", ph=["multi-sentence", "surname"]),
    I("the tax brought in about $2.3 million last year, roughly 9 percent of the general fund",
      "Priya Raman", P, "according to", role="Finance Director", ph=["according-to", "role-premodifier"]),
    I("without it the town would have to draw down its reserves by the end of 2026", "Priya Raman", P, "told",
      ph=["told", "said-that", "surname"]),
    I("""the state's "rainy day" guidance recommends keeping at least two months of expenses in the bank""",
      "Priya Raman", P, "adding", ph=["participle-cue"]),
    R("rainy day", "scare quote", "scare-quote"),
    M("nobody listened", "Linda Farrow", P, "said", role="retired teacher",
      ph=["said-that", "role-apposition"]),
    I("the council would revisit the tax in the spring, once the county releases its property assessments",
      "Denise Okafor", P, "said", role="mayor", ph=["nominal", "said-that"]),
    D("Nothing is permanent,", "Denise Okafor", P, "said", role="mayor", ph=["split-quote", "pronoun"]),
    D("except maybe the potholes on Route 9.", "Denise Okafor", P, "said", role="mayor",
      ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- European outlet, «guillemets»
article("skerrin-cod-quota", """
BRUSSELS – A proposal by the Northern Seas Fisheries Commission to cut cod quotas in the Skerrin Sea by 30 per cent has drawn sharp criticism from fishing communities, who say the measure threatens hundreds of jobs along the coast.
«We are not against protecting the stocks. We are against decisions taken by people who have never been on a trawler in February», said Henrik Vallø, president of the Coastal Fishermen’s Association of Norrbyn.
Fisheries Commissioner Adriana Kostova defended the plan on Monday, saying that scientific advice left the Commission «no responsible alternative».
According to the International Council for Marine Studies, spawning stock biomass in the Skerrin Sea has fallen below the precautionary level for the fourth year in a row.
Kostova’s position was echoed by Marta Ruiz of the Blue Waters Alliance, an environmental group based in Bilbao:
«If we do nothing now, there will be nothing left to fish in ten years. Then we will not be discussing quotas, we will be discussing museums.»
Lawmakers from the coastal regions have called the proposal «a death sentence for small harbours».
A Commission official, speaking on condition of anonymity, said the cut could be softened «by a few percentage points» if member states agreed to stricter monitoring.
Vallø was not convinced. «They said the same in 2019. Then came the cuts anyway», he said.
Ministers will discuss the proposal at the Commission’s annual council on 16 December.
""", [
    I("the measure threatens hundreds of jobs along the coast", "fishing communities", G, "say",
      ph=["said-that"]),
    D("We are not against protecting the stocks. We are against decisions taken by people who have never been on a trawler in February",
      "Henrik Vallø", P, "said", role="president of the Coastal Fishermen’s Association of Norrbyn",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    M("no responsible alternative", "Adriana Kostova", P, "saying", role="Fisheries Commissioner",
      ph=["participle-cue", "role-premodifier"]),
    I("spawning stock biomass in the Skerrin Sea has fallen below the precautionary level for the fourth year in a row",
      "the International Council for Marine Studies", O, "according to", ph=["according-to"]),
    D("If we do nothing now, there will be nothing left to fish in ten years. Then we will not be discussing quotas, we will be discussing museums.",
      "Marta Ruiz", P, "echoed", ph=["passive", "colon-intro", "multi-sentence"]),
    M("a death sentence for small harbours", "lawmakers from the coastal regions", G, "called"),
    M("by a few percentage points", "a Commission official", A, "said", ph=["said-that"]),
    D("They said the same in 2019. Then came the cuts anyway", "Henrik Vallø", P, "said",
      ph=["pronoun", "multi-sentence"]),
])

# ---------------------------------------------------------------- German outlet in English, „low-high“
article("elbrueck-housing-law", """
ELBRÜCK – The city parliament of Elbrück on Thursday passed the „Wohnraumsicherungsgesetz“, a law meant to stop landlords from converting rental flats into holiday apartments.
„This is the most important housing decision of the decade“, said Senator for Urban Development Katrin Vossberg after the vote. „Every flat that goes back onto the rental market is a family that does not have to leave the city.“
The opposition Free Citizens’ Party announced it would challenge the law before the constitutional court. Its parliamentary leader, Dr. Matthias Grell, said the government was „playing with the property rights of small owners“.
„When the senator says ‚temporary measures‘, she means measures that stay forever“, Grell told Deutsche Welle.
The Elbrück Tenants’ Association welcomed the vote but warned that the law contained loopholes. According to its chairwoman, Leyla Aksoy, owners could still rent out flats for up to 90 days a year without a permit.
„We are being treated like speculators, although most of us own one or two flats“, a board member of the landlords’ association Haus und Hof Elbrück, who did not want to be named, told this newspaper.
The city’s message to landlords is, in other words: „Rent to residents or not at all.“
The law is due to come into force on 1 July, unless the court grants an injunction.
""", [
    R("Wohnraumsicherungsgesetz", "name of a law", "title"),
    D("This is the most important housing decision of the decade", "Katrin Vossberg", P, "said",
      role="Senator for Urban Development", ph=["inversion", "split-quote", "role-premodifier"]),
    D("Every flat that goes back onto the rental market is a family that does not have to leave the city.",
      "Katrin Vossberg", P, "said", role="Senator for Urban Development", ph=["split-quote"]),
    I("it would challenge the law before the constitutional court", "Free Citizens’ Party", O,
      "announced", ph=["cue-class", "said-that"]),
    M("playing with the property rights of small owners", "Matthias Grell", P, "said",
      role="parliamentary leader", ph=["said-that", "role-apposition"]),
    D("When the senator says ‚temporary measures‘, she means measures that stay forever", "Matthias Grell", P,
      "told", via=["Deutsche Welle"], ph=["nested", "told", "surname"]),
    I("the law contained loopholes", "the Elbrück Tenants’ Association", O, "warned",
      ph=["cue-class", "said-that"]),
    I("owners could still rent out flats for up to 90 days a year without a permit", "Leyla Aksoy", P,
      "according to", role="chairwoman", ph=["according-to", "role-apposition"]),
    D("We are being treated like speculators, although most of us own one or two flats",
      "a board member of the landlords’ association Haus und Hof Elbrück", A, "told", ph=["told"]),
    R("Rent to residents or not at all.", "the author's summary introduced by 'in other words'",
      "author-words"),
])

# ---------------------------------------------------------------- press-release rewrite
article("norvell-tensavil-recall", """
BASEL, 12 March 2025 – Norvell Pharmaceuticals AG today announced a voluntary recall of six batches of its blood-pressure medicine Tensavil 20 mg after routine testing identified a packaging defect that may shorten the tablets’ shelf life.
The company said in a statement that no adverse events had been reported and that patients should not stop taking their medication without consulting a doctor or pharmacist.
Dr. Elena Marchetti, Chief Medical Officer at Norvell, said:
“Patient safety is our first priority. We identified the issue through our own quality checks, and we are acting quickly and transparently.
“We are working closely with the regulators in every affected market. Pharmacies have already received instructions on how to return the affected packs, and replacement stock is available.
“We regret any inconvenience this may cause to patients and healthcare professionals.”
The affected batches were distributed in Austria, Slovenia and Croatia between May and August. According to Norvell, the defect concerns the aluminium seal of the blister packs, not the active ingredient.
The Alpine Medicines Authority, which oversees the three affected markets, confirmed that it had been informed of the recall and said it considered the risk to patients “low”.
Chief Executive Officer Lukas Brandstetter said the recall would have “no material impact” on the company’s full-year results.
About Norvell Pharmaceuticals: Norvell is a Basel-based specialty pharmaceutical company focused on cardiovascular and metabolic diseases, with around 3,200 employees in 19 countries.
""", [
    I("no adverse events had been reported and that patients should not stop taking their medication without consulting a doctor or pharmacist",
      "Norvell Pharmaceuticals AG", O, "said", ph=["nominal", "said-that"]),
    D("Patient safety is our first priority. We identified the issue through our own quality checks, and we are acting quickly and transparently.\n“We are working closely with the regulators in every affected market. Pharmacies have already received instructions on how to return the affected packs, and replacement stock is available.\n“We regret any inconvenience this may cause to patients and healthcare professionals.",
      "Elena Marchetti", P, "said", role="Chief Medical Officer at Norvell",
      ph=["colon-intro", "multi-sentence", "role-apposition"]),
    I("the defect concerns the aluminium seal of the blister packs, not the active ingredient",
      "Norvell Pharmaceuticals AG", O, "according to", ph=["according-to", "surname"]),
    I("it had been informed of the recall", "the Alpine Medicines Authority", O, "confirmed",
      ph=["cue-class", "said-that"]),
    M("low", "the Alpine Medicines Authority", O, "said", ph=["said-that"], after="risk to patients"),
    M("no material impact", "Lukas Brandstetter", P, "said", role="Chief Executive Officer",
      ph=["said-that", "role-premodifier"]),
])

# ---------------------------------------------------------------- UK broadsheet online, straight single quotes
article("thackeray-cladding-denial", """
The housing secretary, Owen Thackeray, has denied that he was warned about cladding defects in the Riverside tower blocks two years before residents were evacuated.
In an interview with The Times published on Saturday, Thackeray said he had 'seen no report, no email and no briefing' that mentioned the defects before last spring.
'I understand why people are angry. I'm angry too. But I won't accept that I sat on information that could have kept families safe,' he told the paper.
The opposition's housing spokeswoman, Rhiannon Pryce, accused the minister of 'hiding behind his civil servants' and called for an independent inquiry.
Documents seen by this newspaper show that officials in the department listed the Riverside blocks as a priority in an internal memo in March 2022. A senior civil servant, who asked not to be named, said the memo 'would have crossed the secretary's desk, no question'.
The Department for Housing rejected claims that the memo had been ignored, saying it had been 'acted on in the usual way'.
Residents' group Riverside Voices said the families had waited 'far too long for the truth'. Its chair, Abdi Warsame, wrote in a letter to the prime minister: 'We were told our homes were safe. We'd like to know who told us that, and why.'
In 2022, Thackeray told MPs there was 'no building in this country I would not let my own children sleep in'.
""", [
    I("he was warned about cladding defects in the Riverside tower blocks two years before residents were evacuated",
      "Owen Thackeray", P, "denied", role="housing secretary", ph=["denial", "cue-class", "role-apposition"]),
    M("seen no report, no email and no briefing", "Owen Thackeray", P, "said", via=["The Times"],
      ph=["interview", "said-that", "surname"]),
    D("I understand why people are angry. I'm angry too. But I won't accept that I sat on information that could have kept families safe,",
      "Owen Thackeray", P, "told", via=["The Times"], ph=["multi-sentence", "told", "pronoun", "interview"]),
    M("hiding behind his civil servants", "Rhiannon Pryce", P, "accused",
      role="opposition's housing spokeswoman", ph=["cue-class", "role-apposition"]),
    M("would have crossed the secretary's desk, no question", "a senior civil servant", A, "said",
      ph=["said-that"]),
    I("the memo had been ignored", "the Department for Housing", O, "rejected", ph=["denial", "cue-class"]),
    M("acted on in the usual way", "the Department for Housing", O, "saying", ph=["participle-cue"]),
    M("far too long for the truth", "Riverside Voices", O, "said", ph=["said-that"]),
    D("We were told our homes were safe. We'd like to know who told us that, and why.", "Abdi Warsame", P,
      "wrote", role="chair", ph=["multi-sentence", "writing", "role-apposition"]),
    M("no building in this country I would not let my own children sleep in", "Owen Thackeray", P, "told",
      ph=["told", "said-that", "surname"]),
])

# ---------------------------------------------------------------- agency copy (AFP style), straight double quotes
article("cerro-blanco-blockade", '''
ALTO CORRALES, Sept 5 (AFP) - Hundreds of farmers blocked the main highway to the Cerro Blanco copper mine for a fourth day on Friday, demanding that the operator stop drawing water from the Quemado river during the dry season.
"The river is our life. Without water there are no potatoes, no animals, no school fees," said Rosa Mamani Quispe, a 47-year-old farmer from the village of Huaylla.
Protest leaders said they would not lift the blockade until the government sent a minister to negotiate in person. "We will stay here until someone with a signature comes," they said.
Minera Andes Blancos, which operates the mine, said in a statement that it used "less than three percent" of the river's flow and recycled most of its process water.
Energy and Mines Minister Julio Ccori said on Thursday that a high-level commission would travel to the region "as soon as conditions allow." The state news agency Prensa Nacional later quoted Ccori as saying: "Dialogue is the only way. Nobody gains from a blockade."
Police said 12 officers and an unknown number of protesters had been injured in clashes on Wednesday. Human rights groups accused officers of firing tear gas "indiscriminately" near a primary school.
Analysts said the standoff could delay a planned $1.2 billion expansion of Cerro Blanco, which accounts for roughly a tenth of the country's copper exports.
"Investors are watching this very closely," said Carla Benavides, a mining analyst at Andes Capital Research. "Every week of blockade makes the expansion harder to finance."
''', [
    D("The river is our life. Without water there are no potatoes, no animals, no school fees,",
      "Rosa Mamani Quispe", P, "said", role="47-year-old farmer from the village of Huaylla",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    I("they would not lift the blockade until the government sent a minister to negotiate in person",
      "protest leaders", G, "said", ph=["said-that"]),
    D("We will stay here until someone with a signature comes,", "protest leaders", G, "said",
      ph=["pronoun"]),
    M("less than three percent", "Minera Andes Blancos", O, "said", ph=["said-that"]),
    M("as soon as conditions allow.", "Julio Ccori", P, "said", role="Energy and Mines Minister",
      ph=["said-that", "role-premodifier"]),
    D("Dialogue is the only way. Nobody gains from a blockade.", "Julio Ccori", P, "quoted ... as saying",
      role="Energy and Mines Minister", via=["Prensa Nacional"],
      ph=["quoted-as-saying", "surname", "multi-sentence"]),
    I("12 officers and an unknown number of protesters had been injured in clashes on Wednesday", "police", O,
      "said", ph=["said-that"]),
    M("indiscriminately", "human rights groups", G, "accused", ph=["cue-class"]),
    I("the standoff could delay a planned $1.2 billion expansion of Cerro Blanco, which accounts for roughly a tenth of the country's copper exports",
      "analysts", G, "said", ph=["said-that"]),
    D("Investors are watching this very closely,", "Carla Benavides", P, "said",
      role="mining analyst at Andes Capital Research", ph=["inversion", "split-quote", "role-apposition"]),
    D("Every week of blockade makes the expansion harder to finance.", "Carla Benavides", P, "said",
      role="mining analyst at Andes Capital Research", ph=["split-quote"]),
])

# ---------------------------------------------------------------- regional news site, posts on X / Facebook / Telegram
article("drevnik-funding-row", '''
DREVNIK – The mayor of Drevnik, Stojan Radić, has accused the national government of "starving" the city of funds, in a series of posts on X that drew thousands of replies over the weekend.
"Drevnik pays 14% of the country's taxes and receives 6% of the investment. This is not a partnership, it is a pipeline," Radić wrote on Saturday.
Finance Minister Vesna Lukač responded on Facebook, writing that the city had received "record transfers" in each of the past three years and that the mayor was "campaigning, not governing".
In a second post on Sunday, Radić, whom supporters have nicknamed the "Tram Mayor" since he reopened two abandoned tram lines, published a table of budget figures and added: "Numbers don't lie. Ministers sometimes do."
The government's spokesperson, Petar Ilić, told the daily Večernji Glas that the cabinet would "not engage in a Twitter war" with the mayor.
The pro-government Telegram channel Glas Naroda claimed that Radić had spent city money on his own campaign. Radić's office denied that any city funds had been used for political purposes.
Opposition councillors in Drevnik backed the mayor in an open letter, writing that the city's trams, schools and hospitals "cannot wait for the next election".
Political analyst Maja Horvat said the row was about next spring's parliamentary vote more than about money. "Both sides need an enemy. For Radić it's the government, for the government it's Radić," she told AFP.
''', [
    M("starving", "Stojan Radić", P, "accused", role="mayor of Drevnik", via=["X"],
      ph=["cue-class", "writing", "role-apposition"]),
    D("Drevnik pays 14% of the country's taxes and receives 6% of the investment. This is not a partnership, it is a pipeline,",
      "Stojan Radić", P, "wrote", via=["X"], ph=["multi-sentence", "writing", "surname"]),
    M("record transfers", "Vesna Lukač", P, "writing", role="Finance Minister", via=["Facebook"],
      ph=["participle-cue", "writing", "role-premodifier"]),
    M("campaigning, not governing", "Vesna Lukač", P, "writing", role="Finance Minister", via=["Facebook"],
      ph=["participle-cue", "writing", "role-premodifier"]),
    R("Tram Mayor", "nickname in quotes", "title"),
    D("Numbers don't lie. Ministers sometimes do.", "Stojan Radić", P, "added", via=["X"],
      ph=["multi-sentence", "writing", "surname"]),
    M("not engage in a Twitter war", "Petar Ilić", P, "told", role="government's spokesperson",
      via=["Večernji Glas"], ph=["told", "said-that", "role-apposition"]),
    I("Radić had spent city money on his own campaign", "Glas Naroda", O, "claimed", via=["Telegram"],
      ph=["cue-class", "said-that", "writing"]),
    I("any city funds had been used for political purposes", "Radić's office", O, "denied",
      ph=["denial", "cue-class"]),
    M("cannot wait for the next election", "opposition councillors in Drevnik", G, "writing",
      ph=["participle-cue", "writing"]),
    I("the row was about next spring's parliamentary vote more than about money", "Maja Horvat", P, "said",
      role="Political analyst", ph=["said-that", "role-premodifier"]),
    D("Both sides need an enemy. For Radić it's the government, for the government it's Radić,",
      "Maja Horvat", P, "told", role="Political analyst", via=["AFP"],
      ph=["multi-sentence", "told", "pronoun"]),
])

# ---------------------------------------------------------------- UK regional broadsheet, curly single quotes
article("ashcombe-trolley-waits", """
Patients at the Royal Ashcombe Infirmary waited an average of 14 hours for a bed after being admitted through A&E in October, figures obtained by the Ashcombe Gazette show.
The figures, released under freedom of information rules, also reveal that one in five patients spent more than a day on a trolley.
Dr Fiona MacAllister, a consultant in emergency medicine at the hospital, described the situation in stark terms:
‘We are treating people in corridors, in ambulances, in the back of the waiting room. Staff are doing everything they can, but there simply aren’t enough beds.
‘Last week I saw a 92-year-old woman wait 31 hours. That isn’t a hospital. That’s a holding pen.’
The hospital trust said in a statement that it was ‘working hard to improve flow’ and had opened 24 additional beds this winter.
Its chief executive, Martin Oduya, told the Gazette the trust’s ‘hands are tied’ while 80 patients who are medically fit to leave remain on wards because no social care is available.
Council leader Jo Whitcombe said the county had increased its social care budget by 6 per cent. ‘We’re not the villains in this story,’ she said, ‘but we can’t conjure carers out of thin air.’
Nurses’ leaders warned that the coming winter could be ‘the worst on record’ unless more community beds were funded.
""", [
    D("We are treating people in corridors, in ambulances, in the back of the waiting room. Staff are doing everything they can, but there simply aren’t enough beds.\n‘Last week I saw a 92-year-old woman wait 31 hours. That isn’t a hospital. That’s a holding pen.",
      "Fiona MacAllister", P, "described", role="consultant in emergency medicine at the hospital",
      ph=["colon-intro", "multi-sentence", "role-apposition"]),
    M("working hard to improve flow", "the hospital trust", O, "said", ph=["said-that"]),
    M("hands are tied", "Martin Oduya", P, "told", role="chief executive", via=["Ashcombe Gazette"],
      ph=["told", "role-apposition"]),
    I("the county had increased its social care budget by 6 per cent", "Jo Whitcombe", P, "said",
      role="Council leader", ph=["said-that", "role-premodifier"]),
    D("We’re not the villains in this story,", "Jo Whitcombe", P, "said", role="Council leader",
      ph=["split-quote", "pronoun"]),
    D("but we can’t conjure carers out of thin air.", "Jo Whitcombe", P, "said", role="Council leader",
      ph=["split-quote", "pronoun"]),
    M("the worst on record", "nurses’ leaders", G, "warned", ph=["cue-class", "said-that"]),
])

# ---------------------------------------------------------------- wire, business: told Reuters, anonymous sources
article("voltfjord-funding-round", '''
COPENHAGEN, June 3 (Reuters) - Danish battery start-up Voltfjord is in talks to raise about $400 million in a funding round that would value it at more than $2 billion, three people familiar with the matter told Reuters.
The round is being led by Singapore-based investment firm Meridian Arc, one of the people said, adding that a deal could be announced as early as this month.
Voltfjord declined to comment. Meridian Arc did not respond to a request for comment.
Founded in 2019 by former wind-turbine engineers Mads Kjærgaard and Ingrid Solheim, Voltfjord makes sodium-ion batteries for grid storage, which it says are cheaper and safer than lithium-ion cells.
In an interview with the Financial Times last month, Kjærgaard said the company was "sold out" for 2025 and was looking for sites for a second factory in Europe or North America.
"Demand is not our problem. Capacity is our problem," he told the newspaper.
The talks come as investors grow more cautious about the battery sector after the collapse of several high-profile European start-ups. Sources said some existing Voltfjord shareholders had pushed for a smaller round at a lower valuation.
"The appetite is there, but only for companies that can show real revenue," said Hannah Okonjo, a partner at London venture firm Greyline Capital, who is not involved in the deal.
(Reporting by Sofie Lund in Copenhagen; additional reporting by Arjun Mehta in Singapore; Editing by Clara Duval)
''', [
    I("Danish battery start-up Voltfjord is in talks to raise about $400 million in a funding round that would value it at more than $2 billion",
      "three people familiar with the matter", A, "told", via=["Reuters"], ph=["trailing-attribution", "told"]),
    I("The round is being led by Singapore-based investment firm Meridian Arc", "one of the people", A, "said",
      ph=["trailing-attribution"]),
    I("a deal could be announced as early as this month", "one of the people", A, "adding",
      ph=["participle-cue"]),
    I("are cheaper and safer than lithium-ion cells", "Voltfjord", O, "says", ph=["pronoun"]),
    M("sold out", "Mads Kjærgaard", P, "said", via=["Financial Times"], ph=["interview", "said-that", "surname"]),
    D("Demand is not our problem. Capacity is our problem,", "Mads Kjærgaard", P, "told", via=["Financial Times"],
      ph=["multi-sentence", "told", "pronoun", "interview"]),
    I("some existing Voltfjord shareholders had pushed for a smaller round at a lower valuation", "sources", A,
      "said", ph=["said-that"]),
    D("The appetite is there, but only for companies that can show real revenue,", "Hannah Okonjo", P, "said",
      role="partner at London venture firm Greyline Capital", ph=["inversion", "role-apposition"]),
])

# ---------------------------------------------------------------- agency relays, «guillemets», quoted/cited as saying
article("varnia-gas-talks", """
SOLVETSK – The Varnian government has suspended gas transit talks with neighbouring Dravonia, the state news agency VarInform reported on Tuesday, citing a source in the energy ministry.
VarInform quoted Deputy Energy Minister Arkady Belousov as saying that «the Dravonian side has not fulfilled a single one of its obligations».
«We cannot negotiate with a partner who changes the terms every week. When they are ready to talk seriously, they know our phone number», Belousov said, according to the agency.
The independent portal Novaya Ploshchad cited an unnamed diplomat as saying the suspension was «a pressure tactic before the winter».
In Dravonia, the reaction was swift. Foreign Minister Ilona Varga called the decision «regrettable but not surprising» and said her country had paid every invoice on time.
«We have documents for every cubic metre. Let them show theirs», Varga wrote on Telegram.
Energy expert Pavel Sedlák of the Institute for Eastern Studies in Brnovo told the BBC that both countries stood to lose. «Transit is a marriage without love: nobody enjoys it, but a divorce costs everybody», he said.
Around a fifth of the gas consumed in the region passes through Dravonian pipelines.
""", [
    I("The Varnian government has suspended gas transit talks with neighbouring Dravonia",
      "a source in the energy ministry", A, "citing", via=["VarInform"], ph=["trailing-attribution"]),
    M("the Dravonian side has not fulfilled a single one of its obligations", "Arkady Belousov", P,
      "quoted ... as saying", role="Deputy Energy Minister", via=["VarInform"],
      ph=["quoted-as-saying", "role-premodifier"]),
    D("We cannot negotiate with a partner who changes the terms every week. When they are ready to talk seriously, they know our phone number",
      "Arkady Belousov", P, "said", via=["VarInform"], ph=["multi-sentence", "surname", "according-to"]),
    M("a pressure tactic before the winter", "an unnamed diplomat", A, "cited ... as saying",
      via=["Novaya Ploshchad"], ph=["quoted-as-saying"]),
    M("regrettable but not surprising", "Ilona Varga", P, "called", role="Foreign Minister",
      ph=["role-premodifier"]),
    I("her country had paid every invoice on time", "Ilona Varga", P, "said", role="Foreign Minister",
      ph=["said-that", "pronoun"]),
    D("We have documents for every cubic metre. Let them show theirs", "Ilona Varga", P, "wrote",
      via=["Telegram"], ph=["multi-sentence", "writing", "surname"]),
    I("both countries stood to lose", "Pavel Sedlák", P, "told", role="Energy expert", via=["BBC"],
      ph=["told", "said-that", "role-premodifier"]),
    D("Transit is a marriage without love: nobody enjoys it, but a divorce costs everybody", "Pavel Sedlák", P,
      "said", role="Energy expert", ph=["pronoun"]),
])

# ---------------------------------------------------------------- US local TV website, curly double quotes
article("cedar-ridge-fire", """
PINE HOLLOW, Colo. — More than 2,000 residents of Pine Hollow were ordered to evacuate Sunday as the Cedar Ridge Fire jumped a containment line and pushed east toward town, officials said.
“The wind did exactly what we were afraid it would do,” said Fire Chief Dale Whitaker at an afternoon briefing. “We had crews on that line for 36 hours, and in about 20 minutes it was gone.”
The fire has burned roughly 11,400 acres and was 15% contained as of Sunday evening, according to the Rocky Basin Interagency Fire Center.
The chief said no homes had been confirmed lost but warned that the next 48 hours would be “critical.”
Residents described a chaotic scramble to leave. “I grabbed the dog, the kids and my mom’s medication. That’s it. Everything else is still in the house,” said Jenna Ruiz-Cordova, 38, who was staying at the evacuation shelter at Pine Hollow High School.
Sheriff Amos Greeley urged people to obey the orders. “If a deputy knocks on your door, please don’t argue. Go,” he said.
A county commissioner, speaking on condition of anonymity because he was not authorized to comment, said the alert system had “worked as designed” but acknowledged that some text messages reached phones more than an hour late.
The Mountain Relief Network said it had opened two shelters and was providing meals for about 600 people.
""", [
    I("More than 2,000 residents of Pine Hollow were ordered to evacuate Sunday as the Cedar Ridge Fire jumped a containment line and pushed east toward town",
      "officials", G, "said", ph=["trailing-attribution"]),
    D("The wind did exactly what we were afraid it would do,", "Dale Whitaker", P, "said", role="Fire Chief",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("We had crews on that line for 36 hours, and in about 20 minutes it was gone.", "Dale Whitaker", P,
      "said", role="Fire Chief", ph=["split-quote"]),
    I("The fire has burned roughly 11,400 acres and was 15% contained as of Sunday evening",
      "the Rocky Basin Interagency Fire Center", O, "according to", ph=["according-to", "trailing-attribution"]),
    I("no homes had been confirmed lost", "Dale Whitaker", P, "said", role="chief", ph=["nominal", "said-that"]),
    M("critical.", "Dale Whitaker", P, "warned", role="chief", ph=["nominal", "cue-class", "said-that"]),
    D("I grabbed the dog, the kids and my mom’s medication. That’s it. Everything else is still in the house,",
      "Jenna Ruiz-Cordova", P, "said", ph=["inversion", "multi-sentence"]),
    D("If a deputy knocks on your door, please don’t argue. Go,", "Amos Greeley", P, "said", role="Sheriff",
      ph=["multi-sentence", "pronoun", "role-premodifier"]),
    M("worked as designed", "a county commissioner", A, "said", ph=["said-that"]),
    I("some text messages reached phones more than an hour late", "a county commissioner", A, "acknowledged",
      ph=["cue-class", "said-that"]),
    I("it had opened two shelters and was providing meals for about 600 people", "the Mountain Relief Network",
      O, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- arts pages: titles, nicknames, scare quotes
article("lakeshore-golden-heron", """
Portuguese director Inês Valadares won the Golden Heron at the Lakeshore Film Festival on Saturday for “Blue Harbour”, a slow, luminous drama about three generations of cork farmers.
Accepting the prize, Valadares thanked her grandmother, “who taught me that silence is also a kind of dialogue”.
The jury president, the Korean actor Park Ji-hoon, said the decision had been unanimous. “Sometimes a film arrives and the room goes quiet. ‘Blue Harbour’ was that film for all nine of us,” he told reporters after the ceremony.
The runner-up prize went to “The Iron Orchard”, a thriller by Kenyan director Wanjiru Kamau, whom local critics have nicknamed the “Queen of Nairobi noir”.
Kamau said she was “thrilled and a little bit exhausted” and hoped the award would help the film find a European distributor.
Not everyone was pleased. The festival’s “new direction” – fewer star-studded premieres, more films by first-time directors – has been criticised by some distributors, who say the programme has become “too niche to sell”.
Festival director Hélène Marchand defended the choices. “Our job is not to please the market. Our job is to find the films the market has not noticed yet,” she said in an interview with Variety.
The festival said attendance had risen 12 percent on last year, to about 81,000 admissions.
""", [
    R("Blue Harbour", "film title", "title", after="for “Blue"),
    M("who taught me that silence is also a kind of dialogue", "Inês Valadares", P, "thanked", ph=["surname"]),
    I("the decision had been unanimous", "Park Ji-hoon", P, "said", role="jury president",
      ph=["said-that", "role-apposition"]),
    D("Sometimes a film arrives and the room goes quiet. ‘Blue Harbour’ was that film for all nine of us,",
      "Park Ji-hoon", P, "told", role="jury president", ph=["multi-sentence", "nested", "told", "pronoun"]),
    R("The Iron Orchard", "film title", "title"),
    R("Queen of Nairobi noir", "nickname in quotes", "title"),
    M("thrilled and a little bit exhausted", "Wanjiru Kamau", P, "said", ph=["said-that", "surname"]),
    R("new direction", "scare quote", "scare-quote"),
    M("too niche to sell", "some distributors", G, "say", ph=["said-that"]),
    D("Our job is not to please the market. Our job is to find the films the market has not noticed yet,",
      "Hélène Marchand", P, "said", role="Festival director", via=["Variety"],
      ph=["multi-sentence", "pronoun", "interview", "role-premodifier"]),
    I("attendance had risen 12 percent on last year, to about 81,000 admissions", "the Lakeshore Film Festival",
      O, "said", ph=["nominal", "said-that"]),
])

# ---------------------------------------------------------------- Dutch outlet in English, straight single quotes + apostrophes
article("zeeveld-farmer-blockades", """
Farmers in the province of Zeeveld will block motorway exits on Friday in protest against new nitrogen rules, the farmers' collective Boerenvuur announced on Wednesday.
'We've been patient for three years. Our patience is gone,' said spokesman Gerrit van der Molen. 'The minister keeps saying "dialogue", but she's already made up her mind.'
Agriculture Minister Femke de Wit told parliament on Tuesday that the rules were 'unavoidable' after last year's court ruling on nature protection.
She stressed that farmers who wanted to relocate or switch to organic production could apply for up to 1.2 million euros in support, adding that 'nobody will be left standing alone'.
Police in Zeeveld said they were preparing for 'significant disruption' and advised motorists to avoid the A17 and A29 between 6am and noon.
The province's governor, Anouk Janssen-Brouwer, called on protesters to keep the action peaceful. 'Everyone has the right to demonstrate. Nobody has the right to put lives at risk,' she told broadcaster NOS.
According to Statistics Zeeveld, the province's 4,100 livestock farms account for almost a third of its exports.
Van der Molen dismissed the support scheme as 'a golden handshake to disappear'. 'They don't want to help us farm. They want us gone,' he said.
""", [
    I("Farmers in the province of Zeeveld will block motorway exits on Friday in protest against new nitrogen rules",
      "Boerenvuur", O, "announced", ph=["trailing-attribution", "cue-class"]),
    D("We've been patient for three years. Our patience is gone,", "Gerrit van der Molen", P, "said",
      role="spokesman", ph=["inversion", "split-quote", "multi-sentence", "role-premodifier"]),
    D('''The minister keeps saying "dialogue", but she's already made up her mind.''', "Gerrit van der Molen", P,
      "said", role="spokesman", ph=["split-quote", "nested"]),
    M("unavoidable", "Femke de Wit", P, "told", role="Agriculture Minister",
      ph=["told", "said-that", "role-premodifier"]),
    I("farmers who wanted to relocate or switch to organic production could apply for up to 1.2 million euros in support",
      "Femke de Wit", P, "stressed", ph=["cue-class", "said-that", "pronoun"]),
    M("nobody will be left standing alone", "Femke de Wit", P, "adding", ph=["participle-cue", "pronoun"]),
    M("significant disruption", "police in Zeeveld", O, "said", ph=["said-that"]),
    D("Everyone has the right to demonstrate. Nobody has the right to put lives at risk,",
      "Anouk Janssen-Brouwer", P, "told", role="province's governor", via=["NOS"],
      ph=["multi-sentence", "told", "pronoun", "role-apposition"]),
    I("the province's 4,100 livestock farms account for almost a third of its exports", "Statistics Zeeveld", O,
      "according to", ph=["according-to"]),
    M("a golden handshake to disappear", "Gerrit van der Molen", P, "dismissed", ph=["surname"]),
    D("They don't want to help us farm. They want us gone,", "Gerrit van der Molen", P, "said",
      ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- US wire (AP style): officials, anonymity, denial
article("grid-backup-order", '''
WASHINGTON (AP) — The Federal Grid Reliability Office is preparing to order utilities in 11 states to add backup generation before next summer, two officials with knowledge of the plan said Thursday.
The order, which could be announced as soon as next week, would be the agency's most aggressive step since a heat wave knocked out power to 3 million customers in July, the officials said. They spoke on condition of anonymity because the plan has not been made public.
A senior administration official, who asked not to be named, described the order as "overdue" and said the governors of the affected states had been briefed.
The agency's director, Carmen Alvarado-Fitch, declined to discuss the plan but said in a speech in Denver on Wednesday that the grid was "one bad week away from a crisis."
"We cannot keep asking families to sit in the dark and call it bad luck," she said.
The Edison Power Alliance, which represents investor-owned utilities, warned that the cost of new capacity would "inevitably" be passed on to customers. Its president, Walter Brinkley, rejected the idea that utilities had underinvested, noting that member companies spent a record $38 billion on transmission last year.
Consumer advocates welcomed the move. "For years, the utilities told us everything was fine. July showed us otherwise," said Nadia Qureshi of the group Fair Power Now.
A spokesperson for the agency said it does not comment on "pending regulatory actions."
''', [
    I("The Federal Grid Reliability Office is preparing to order utilities in 11 states to add backup generation before next summer",
      "two officials with knowledge of the plan", A, "said", ph=["trailing-attribution"]),
    I("The order, which could be announced as soon as next week, would be the agency's most aggressive step since a heat wave knocked out power to 3 million customers in July",
      "two officials with knowledge of the plan", A, "said", ph=["trailing-attribution", "nominal"]),
    M("overdue", "a senior administration official", A, "described"),
    I("the governors of the affected states had been briefed", "a senior administration official", A, "said",
      ph=["said-that"]),
    M("one bad week away from a crisis.", "Carmen Alvarado-Fitch", P, "said", role="agency's director",
      ph=["said-that", "role-apposition"]),
    D("We cannot keep asking families to sit in the dark and call it bad luck,", "Carmen Alvarado-Fitch", P,
      "said", ph=["pronoun"]),
    M("inevitably", "the Edison Power Alliance", O, "warned", ph=["cue-class", "said-that"]),
    I("utilities had underinvested", "Walter Brinkley", P, "rejected", role="president",
      ph=["denial", "cue-class", "role-apposition"]),
    I("member companies spent a record $38 billion on transmission last year", "Walter Brinkley", P, "noting",
      role="president", ph=["participle-cue"]),
    D("For years, the utilities told us everything was fine. July showed us otherwise,", "Nadia Qureshi", P,
      "said", ph=["inversion", "multi-sentence"]),
    M("pending regulatory actions.", "a spokesperson for the agency", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Swiss outlet in English, «guillemets» with ‹nested›
article("oberalpen-bridge-vote", """
OBERALPEN – The municipal council of Oberalpen has approved plans for a 380-metre pedestrian suspension bridge across the Talbach gorge, but opponents have already collected enough signatures to force a referendum.
«The bridge will bring visitors who today drive straight through the valley», said council president Reto Caduff. «Our hotels are half empty in summer. We cannot live from nostalgia.»
The promoters have already given the project a name, «Himmelssteg», and a logo. Opponents see it differently. Botanist Corina Flütsch, who leads the committee «Gorge Without Concrete», told the newspaper Bündner Post that the construction would destroy the breeding grounds of a rare owl.
«When the council says ‹sustainable tourism›, it means more car parks», she said.
The bridge is expected to cost 6.4 million francs. According to the council, two thirds would be covered by private investors and the canton.
Marco Bernasconi, head of the cantonal tourism office, confirmed that the canton had set aside 1.5 million francs. The money would only flow «if the project respects every environmental requirement», he added.
Not everyone in the village wants to take sides. «I'm 81. I'll probably never walk across it, whatever they decide», said a pensioner outside the village shop, who gave only her first name, Ursula.
The referendum is scheduled for 9 March.
""", [
    D("The bridge will bring visitors who today drive straight through the valley", "Reto Caduff", P, "said",
      role="council president", ph=["inversion", "split-quote", "role-premodifier"]),
    D("Our hotels are half empty in summer. We cannot live from nostalgia.", "Reto Caduff", P, "said",
      role="council president", ph=["split-quote", "multi-sentence"]),
    R("Himmelssteg", "name of the project", "title"),
    R("Gorge Without Concrete", "name of a committee", "title"),
    I("the construction would destroy the breeding grounds of a rare owl", "Corina Flütsch", P, "told",
      role="Botanist", via=["Bündner Post"], ph=["told", "said-that", "role-premodifier"]),
    D("When the council says ‹sustainable tourism›, it means more car parks", "Corina Flütsch", P, "said",
      ph=["nested", "pronoun"]),
    I("two thirds would be covered by private investors and the canton", "the municipal council of Oberalpen",
      O, "according to", ph=["according-to", "nominal"]),
    I("the canton had set aside 1.5 million francs", "Marco Bernasconi", P, "confirmed",
      role="head of the cantonal tourism office", ph=["cue-class", "said-that", "role-apposition"]),
    M("if the project respects every environmental requirement", "Marco Bernasconi", P, "added",
      role="head of the cantonal tourism office", ph=["pronoun"]),
    D("I'm 81. I'll probably never walk across it, whatever they decide", "Ursula", P, "said", role="pensioner",
      ph=["inversion", "multi-sentence", "role-apposition"]),
])

# ---------------------------------------------------------------- UK tabloid sport, straight double quotes
article("okoro-instagram-statement", '''
FURIOUS striker Jayden Okoro has hit back at his former club after they branded him a "mercenary" – posting a 600-word statement on Instagram.
The 26-year-old, nicknamed "The Rocket" by fans, left Ashvale Rovers for Spanish side CD Almena in a £32million deal last week.
Rovers chairman Clive Sandbrook told a fans' forum on Monday night that Okoro had "forced his way out" and that the club had "bent over backwards" to keep him.
But Okoro wrote: "I never asked to leave. I was told in June that the club needed the money and that my contract would not be renewed.
"I gave this club eight years of my life. I won't let anyone rewrite that story."
A Rovers spokesman insisted last night: "The chairman's comments reflect the facts as the club understands them. We have nothing further to add."
Team-mate Luis Ferreira backed the striker, commenting "Proud of you bro" under the post alongside three heart emojis.
One source close to the dressing room said: "Half the squad are fuming with the chairman. Jayden was one of the good guys."
Okoro is expected to make his debut for Almena on Sunday.
''', [
    M("mercenary", "Ashvale Rovers", O, "branded", ph=["cue-class", "nominal", "pronoun"]),
    R("The Rocket", "nickname in quotes", "title"),
    M("forced his way out", "Clive Sandbrook", P, "told", role="Rovers chairman",
      ph=["told", "said-that", "role-premodifier"]),
    M("bent over backwards", "Clive Sandbrook", P, "told", role="Rovers chairman",
      ph=["told", "said-that", "role-premodifier"]),
    D("""I never asked to leave. I was told in June that the club needed the money and that my contract would not be renewed.\n"I gave this club eight years of my life. I won't let anyone rewrite that story.""",
      "Jayden Okoro", P, "wrote", via=["Instagram"], ph=["multi-sentence", "writing", "surname"]),
    D("The chairman's comments reflect the facts as the club understands them. We have nothing further to add.",
      "a Rovers spokesman", A, "insisted", ph=["multi-sentence", "cue-class"]),
    D("Proud of you bro", "Luis Ferreira", P, "commenting", role="Team-mate", via=["Instagram"],
      ph=["participle-cue", "writing", "role-premodifier"]),
    D("Half the squad are fuming with the chairman. Jayden was one of the good guys.",
      "one source close to the dressing room", A, "said", ph=["multi-sentence"]),
])

# ---------------------------------------------------------------- national broadsheet, courts
article("kestrel-reinstatement-ruling", '''
A district court in Hallstrom has ordered the logistics firm Kestrel Freight to reinstate four warehouse workers who were dismissed after trying to form a union, ruling that the dismissals were "retaliatory and unlawful."
In a 42-page judgment, Judge Amara Nwosu wrote that the company's explanation – that the four had breached safety rules – was "not credible in light of the evidence."
"The timing speaks for itself," the judge wrote. "Each of the claimants was dismissed within nine days of signing the union petition."
Kestrel Freight said it would appeal. "We respect the court but strongly disagree with its reading of the facts," the company's head of communications, Felix Aumann, said in an emailed statement.
The workers' lawyer, Sofia Delacroix-Ng, told reporters outside the courthouse that the verdict sent "a clear message to every employer in this country."
One of the reinstated workers, Dariusz Kowalczyk, 44, said he had not yet decided whether to return. "They called me a danger to my colleagues. I drove forklifts there for eleven years without a scratch," he said.
According to the General Union of Transport Workers, at least 30 similar cases are pending in courts around the country.
The union's general secretary, Marit Solberg, called the ruling "a turning point" but warned that employers might now "simply get smarter about how they do it."
''', [
    M("retaliatory and unlawful.", "a district court in Hallstrom", O, "ruling", ph=["participle-cue"]),
    M("not credible in light of the evidence.", "Amara Nwosu", P, "wrote", role="Judge",
      ph=["said-that", "writing", "role-premodifier"]),
    D("The timing speaks for itself,", "Amara Nwosu", P, "wrote", role="judge",
      ph=["split-quote", "nominal", "writing"]),
    D("Each of the claimants was dismissed within nine days of signing the union petition.", "Amara Nwosu", P,
      "wrote", role="judge", ph=["split-quote", "nominal", "writing"]),
    I("it would appeal", "Kestrel Freight", O, "said", ph=["said-that"]),
    D("We respect the court but strongly disagree with its reading of the facts,", "Felix Aumann", P, "said",
      role="company's head of communications", ph=["writing", "role-apposition"]),
    M("a clear message to every employer in this country.", "Sofia Delacroix-Ng", P, "told",
      role="workers' lawyer", ph=["told", "said-that", "role-apposition"]),
    I("he had not yet decided whether to return", "Dariusz Kowalczyk", P, "said", ph=["said-that"]),
    D("They called me a danger to my colleagues. I drove forklifts there for eleven years without a scratch,",
      "Dariusz Kowalczyk", P, "said", ph=["multi-sentence", "pronoun"]),
    I("at least 30 similar cases are pending in courts around the country", "the General Union of Transport Workers",
      O, "according to", ph=["according-to"]),
    M("a turning point", "Marit Solberg", P, "called", role="union's general secretary", ph=["role-apposition"]),
    M("simply get smarter about how they do it.", "Marit Solberg", P, "warned", role="union's general secretary",
      ph=["cue-class", "said-that"]),
])

# ---------------------------------------------------------------- UK tabloid weather, curly quotes, stray opening mark
article("heat-dome-weekend", """
BRITAIN will sizzle in a 34C “heat dome this weekend – hotter than Ibiza – forecasters have warned.
Forecaster Dan Pettigrew, of WeatherWatch UK, said: “This is the real deal. We’re looking at three, maybe four days of serious heat, and nights that won’t drop much below 20C.”
Health chiefs have issued an amber alert, urging Brits to check on elderly neighbours.
Dr Harriet Olabode, of the National Health Protection Agency, warned the heat could be “dangerous” for the very old and very young. “Drink water before you feel thirsty, keep curtains closed during the day, and don’t leave anyone in a parked car – not even for five minutes,” she said.
Seaside towns are bracing for a bumper weekend. Brackensea council leader Gary Nolan said: “We’re expecting 200,000 visitors. Please be patient with the traffic and take your litter home.”
But not everyone is celebrating. Gardeners face a hosepipe ban, with Southern Vale Water saying reservoirs were at “their lowest June levels for 30 years”.
A water company insider told The Sun: “A ban is coming. It’s not a question of if, it’s when.”
In other words: “Fill the paddling pool now, while you still can.”
""", [
    I("BRITAIN will sizzle in a 34C “heat dome this weekend – hotter than Ibiza", "forecasters", G, "warned",
      ph=["trailing-attribution", "cue-class", "unbalanced"]),
    D("This is the real deal. We’re looking at three, maybe four days of serious heat, and nights that won’t drop much below 20C.",
      "Dan Pettigrew", P, "said", role="Forecaster", ph=["multi-sentence", "role-premodifier", "unbalanced"]),
    M("dangerous", "Harriet Olabode", P, "warned", ph=["cue-class", "said-that"]),
    D("Drink water before you feel thirsty, keep curtains closed during the day, and don’t leave anyone in a parked car – not even for five minutes,",
      "Harriet Olabode", P, "said", ph=["pronoun"]),
    D("We’re expecting 200,000 visitors. Please be patient with the traffic and take your litter home.",
      "Gary Nolan", P, "said", role="Brackensea council leader", ph=["multi-sentence", "role-premodifier"]),
    M("their lowest June levels for 30 years", "Southern Vale Water", O, "saying", ph=["participle-cue"]),
    D("A ban is coming. It’s not a question of if, it’s when.", "a water company insider", A, "told",
      via=["The Sun"], ph=["multi-sentence", "told"]),
    R("Fill the paddling pool now, while you still can.", "the author's own advice introduced by 'in other words'",
      "author-words"),
])

# ---------------------------------------------------------------- press-release rewrite, corporate merger
article("nordcastellan-merger", """
HAMBURG, 7 October – Nordlink Rail and Castellan Logistics announced on Monday that they have signed a definitive agreement to merge their European freight operations, creating the continent’s third-largest rail cargo operator with annual revenues of around €2.1 billion.
The combined company, to be called NordCastellan, will operate more than 900 locomotives and serve 14 countries. Completion is expected in the second half of next year, subject to regulatory approval.
Ingrid Halvorsen, Chief Executive Officer of Nordlink Rail, commented:
“Today marks a new chapter for both companies. Together we will be able to offer our customers a truly pan-European network, from the ports of the North Sea to the Black Sea.
“Our people are the heart of this business, and we are committed to a fair and transparent integration process.”
Castellan Logistics CEO Rafael Ortega-Blanco added that the merger would “accelerate the shift of freight from road to rail” and generate “significant synergies”, estimated at €140 million a year by 2028.
The companies said that no compulsory redundancies were planned in the first two years after completion.
The trade union Rail Workers Europe said it would “study the details carefully” and called for a seat on the integration committee. The union’s president, Stanislav Horák, told Reuters that workers had “heard promises like this before”.
Analysts at Bergmann Securities wrote in a note to clients that the deal made “strategic sense” but warned that competition authorities could demand the sale of some routes.
""", [
    I("they have signed a definitive agreement to merge their European freight operations, creating the continent’s third-largest rail cargo operator with annual revenues of around €2.1 billion",
      "Nordlink Rail and Castellan Logistics", O, "announced", ph=["cue-class", "said-that"]),
    D("Today marks a new chapter for both companies. Together we will be able to offer our customers a truly pan-European network, from the ports of the North Sea to the Black Sea.\n“Our people are the heart of this business, and we are committed to a fair and transparent integration process.",
      "Ingrid Halvorsen", P, "commented", role="Chief Executive Officer of Nordlink Rail",
      ph=["colon-intro", "multi-sentence", "role-apposition"]),
    M("accelerate the shift of freight from road to rail", "Rafael Ortega-Blanco", P, "added",
      role="Castellan Logistics CEO", ph=["said-that", "role-premodifier"]),
    M("significant synergies", "Rafael Ortega-Blanco", P, "added", role="Castellan Logistics CEO",
      ph=["said-that", "role-premodifier"]),
    I("no compulsory redundancies were planned in the first two years after completion",
      "Nordlink Rail and Castellan Logistics", O, "said", ph=["nominal", "said-that"]),
    M("study the details carefully", "Rail Workers Europe", O, "said", ph=["said-that"]),
    M("heard promises like this before", "Stanislav Horák", P, "told", role="union’s president", via=["Reuters"],
      ph=["told", "said-that", "role-apposition"]),
    M("strategic sense", "analysts at Bergmann Securities", G, "wrote", ph=["said-that", "writing"]),
    I("competition authorities could demand the sale of some routes", "analysts at Bergmann Securities", G,
      "warned", ph=["cue-class", "said-that"]),
])

# ---------------------------------------------------------------- South Asian English-language daily, straight quotes
article("vellarpur-vaccine-rumours", '''
The Vellarpur State Health Department on Sunday rejected claims circulating on social media that a batch of measles vaccines given to schoolchildren last week was contaminated.
"There is absolutely no truth in these reports. The batch was tested at two independent laboratories before distribution," the department said in a statement.
Health Minister Lakshmi Narayanan told PTI that the rumours were "dangerous" and that police had been asked to trace the source of a viral video.
The video, shared more than 200,000 times, shows a man who calls himself a "senior doctor" alleging that several children were hospitalised after receiving the vaccine.
According to district officials, three children in Kottamala were admitted to hospital with mild fever, a known and temporary side effect, and all have since been discharged.
The minister's appeal for calm was echoed by Dr Anil Mathew, president of the Vellarpur Medical Council:
"Vaccine hesitancy spreads faster than measles. Every rumour like this costs us weeks of work in the villages."
Opposition leader Farhan Siddiqui accused the government of "sleeping" while misinformation spread, writing on X that the department had taken "five days to say five sentences".
Parents in Kottamala said they remained worried. "I believe the doctors, but my neighbour believes the video," said Meena Pillai, whose daughter received the vaccine last Tuesday. "Who is right?"
''', [
    I("a batch of measles vaccines given to schoolchildren last week was contaminated",
      "the Vellarpur State Health Department", O, "rejected", ph=["denial", "cue-class"]),
    D("There is absolutely no truth in these reports. The batch was tested at two independent laboratories before distribution,",
      "the Vellarpur State Health Department", O, "said", ph=["multi-sentence", "nominal"]),
    M("dangerous", "Lakshmi Narayanan", P, "told", role="Health Minister", via=["PTI"],
      ph=["told", "said-that", "role-premodifier"]),
    I("police had been asked to trace the source of a viral video", "Lakshmi Narayanan", P, "told",
      role="Health Minister", via=["PTI"], ph=["told", "said-that", "role-premodifier"]),
    R("senior doctor", "scare quote around a claimed title", "scare-quote"),
    I("several children were hospitalised after receiving the vaccine", "a man", A, "alleging",
      ph=["participle-cue", "cue-class"], after="alleging"),
    I("three children in Kottamala were admitted to hospital with mild fever, a known and temporary side effect, and all have since been discharged",
      "district officials", G, "according to", ph=["according-to"]),
    D("Vaccine hesitancy spreads faster than measles. Every rumour like this costs us weeks of work in the villages.",
      "Anil Mathew", P, "echoed", role="president of the Vellarpur Medical Council",
      ph=["passive", "colon-intro", "multi-sentence", "role-apposition"]),
    M("sleeping", "Farhan Siddiqui", P, "accused", role="Opposition leader", ph=["cue-class", "role-premodifier"]),
    M("five days to say five sentences", "Farhan Siddiqui", P, "writing", role="Opposition leader", via=["X"],
      ph=["participle-cue", "writing", "said-that"]),
    I("they remained worried", "parents in Kottamala", G, "said", ph=["said-that"]),
    D("I believe the doctors, but my neighbour believes the video,", "Meena Pillai", P, "said",
      ph=["inversion", "split-quote"]),
    D("Who is right?", "Meena Pillai", P, "said", ph=["split-quote"]),
])

# ---------------------------------------------------------------- European outlet in English, security; via agency
article("lysenia-border-buildup", """
Lysenia’s Defence Minister Bohdan Kravets said on Tuesday that neighbouring Karvia had moved at least two armoured brigades closer to the border in the past month, according to the news agency LyseInform.
“We see the build-up, we count the vehicles, and we are not going to pretend it is an exercise. Our task is to be ready, and we are ready,” Kravets said at a briefing in the capital, Dorovets.
A similar assessment was offered by the head of military intelligence, Major General Oksana Lytvyn:
“The enemy is preparing logistics for a long operation: fuel depots, field hospitals, bridging equipment. This is not what you bring to a parade.”
Karvia’s foreign ministry dismissed the accusations as “hysteria” and said the troop movements were “routine rotations”.
In an interview with Le Monde, Karvia’s ambassador to the EU, Viktor Sauliak, said his country had “no intention of attacking anyone”, adding that “those who shout about invasion should look at their own military budgets”.
Western diplomats in Dorovets are more cautious. One European diplomat, who spoke on condition of anonymity, said the deployment was “serious but not yet decisive”.
Karvia’s so-called “defensive posture” has now lasted eleven months. Translated from diplomatic language, its message is simple: “We will come when we are ready.”
""", [
    I("neighbouring Karvia had moved at least two armoured brigades closer to the border in the past month",
      "Bohdan Kravets", P, "said", role="Lysenia’s Defence Minister", via=["LyseInform"],
      ph=["said-that", "according-to", "role-premodifier"]),
    D("We see the build-up, we count the vehicles, and we are not going to pretend it is an exercise. Our task is to be ready, and we are ready,",
      "Bohdan Kravets", P, "said", ph=["multi-sentence", "surname"]),
    D("The enemy is preparing logistics for a long operation: fuel depots, field hospitals, bridging equipment. This is not what you bring to a parade.",
      "Oksana Lytvyn", P, "offered", role="head of military intelligence",
      ph=["passive", "colon-intro", "multi-sentence", "role-apposition"]),
    M("hysteria", "Karvia’s foreign ministry", O, "dismissed", ph=["denial", "cue-class"]),
    M("routine rotations", "Karvia’s foreign ministry", O, "said", ph=["said-that"]),
    M("no intention of attacking anyone", "Viktor Sauliak", P, "said", role="Karvia’s ambassador to the EU",
      via=["Le Monde"], ph=["interview", "said-that", "role-apposition"]),
    M("those who shout about invasion should look at their own military budgets", "Viktor Sauliak", P, "adding",
      role="Karvia’s ambassador to the EU", via=["Le Monde"], ph=["participle-cue", "interview"]),
    M("serious but not yet decisive", "one European diplomat", A, "said", ph=["said-that"]),
    R("defensive posture", "scare quote after 'so-called'", "scare-quote"),
    R("We will come when we are ready.", "the author's reading of Karvia's message, not anyone's words",
      "author-words"),
])

# ---------------------------------------------------------------- UK local weekly, straight double quotes
article("ferncombe-school-closure", '''
Parents at Ferncombe Primary School have vowed to fight plans to close the 140-year-old village school, after Westmoor County Council confirmed it was "reviewing the future" of five small rural schools.
The council said falling pupil numbers meant Ferncombe, which has 41 children on roll, was costing nearly twice as much per pupil as the county average.
Headteacher Gwen Pritchard said staff had been told about the review only two days before it was made public. She said she was "heartbroken" but would "do everything in my power" to keep the school open.
Parents have set up a campaign group, Save Ferncombe School, and say more than 900 people have signed their petition in a week.
"This school is the village. Take it away and you take away the reason young families move here," said Tom Hargreaves, who has two children at Ferncombe. "They talk about efficiency. We talk about eight-year-olds spending an hour a day on a bus."
Cllr Beverley Amis, the council's cabinet member for education, said no decision had been taken. "We have a duty to spend public money wisely, and we'll listen to every view before anything is decided," she said.
As one grandmother at the school gate put it: "You don't close a school. You close a village, slowly."
A public consultation runs until 28 February.
''', [
    M("reviewing the future", "Westmoor County Council", O, "confirmed", ph=["cue-class", "said-that"]),
    I("falling pupil numbers meant Ferncombe, which has 41 children on roll, was costing nearly twice as much per pupil as the county average",
      "Westmoor County Council", O, "said", ph=["nominal", "said-that"]),
    I("staff had been told about the review only two days before it was made public", "Gwen Pritchard", P, "said",
      role="Headteacher", ph=["said-that", "role-premodifier"]),
    M("heartbroken", "Gwen Pritchard", P, "said", role="Headteacher", ph=["said-that", "pronoun"]),
    M("do everything in my power", "Gwen Pritchard", P, "said", role="Headteacher", ph=["said-that", "pronoun"]),
    I("more than 900 people have signed their petition in a week", "parents", G, "say", ph=["said-that"],
      after="Parents have set up"),
    D("This school is the village. Take it away and you take away the reason young families move here,",
      "Tom Hargreaves", P, "said", ph=["inversion", "split-quote", "multi-sentence"]),
    D("They talk about efficiency. We talk about eight-year-olds spending an hour a day on a bus.",
      "Tom Hargreaves", P, "said", ph=["split-quote", "multi-sentence"]),
    I("no decision had been taken", "Beverley Amis", P, "said", role="council's cabinet member for education",
      ph=["said-that", "role-apposition"]),
    D("We have a duty to spend public money wisely, and we'll listen to every view before anything is decided,",
      "Beverley Amis", P, "said", role="council's cabinet member for education", ph=["pronoun"]),
    D("You don't close a school. You close a village, slowly.", "one grandmother at the school gate", A, "put it",
      ph=["multi-sentence"]),
])

# ---------------------------------------------------------------- wire, tech: memo, LinkedIn, denial
article("brightwell-layoffs", '''
SAN FRANCISCO, Feb 11 (Reuters) - Cloud software company Brightwell Systems will cut about 1,200 jobs, or 9% of its workforce, chief executive Nikhil Bhattacharya told employees in a memo on Tuesday.
"This is the hardest decision I have made since founding the company. I take full responsibility for it," Bhattacharya wrote in the memo, which was seen by Reuters.
He said the cuts would fall mainly on sales and recruiting teams, adding that the company had "hired ahead of demand" during the pandemic.
Brightwell confirmed the job cuts in a regulatory filing, saying it expected to record charges of $85 million to $95 million, mostly in the first quarter.
Several employees posted on LinkedIn that they had learned of the cuts only when their laptops were locked. "Found out I was laid off because Slack logged me out. Eight years," wrote one engineer, Tereza Novotná.
A company spokeswoman, Chloe Adeyemi, said affected employees would receive at least 16 weeks of pay. She denied that access had been cut before staff were notified, calling the reports "inaccurate."
According to the tracking site JobCuts Tracker, technology companies have announced more than 60,000 job cuts since January.
Brightwell shares rose 4% in extended trading.
''', [
    I("Cloud software company Brightwell Systems will cut about 1,200 jobs, or 9% of its workforce",
      "Nikhil Bhattacharya", P, "told", role="chief executive",
      ph=["trailing-attribution", "told", "writing", "role-premodifier"]),
    D("This is the hardest decision I have made since founding the company. I take full responsibility for it,",
      "Nikhil Bhattacharya", P, "wrote", via=["Reuters"], ph=["multi-sentence", "writing", "surname"]),
    I("the cuts would fall mainly on sales and recruiting teams", "Nikhil Bhattacharya", P, "said",
      ph=["said-that", "pronoun"]),
    M("hired ahead of demand", "Nikhil Bhattacharya", P, "adding", ph=["participle-cue", "pronoun"]),
    I("it expected to record charges of $85 million to $95 million, mostly in the first quarter",
      "Brightwell Systems", O, "saying", ph=["participle-cue", "writing", "cue-class"]),
    I("they had learned of the cuts only when their laptops were locked", "several employees", G, "posted",
      via=["LinkedIn"], ph=["said-that", "writing"]),
    D("Found out I was laid off because Slack logged me out. Eight years,", "Tereza Novotná", P, "wrote",
      role="engineer", via=["LinkedIn"], ph=["inversion", "multi-sentence", "writing", "role-apposition"]),
    I("affected employees would receive at least 16 weeks of pay", "Chloe Adeyemi", P, "said",
      role="company spokeswoman", ph=["said-that", "role-apposition"]),
    I("access had been cut before staff were notified", "Chloe Adeyemi", P, "denied", role="company spokeswoman",
      ph=["denial", "cue-class", "pronoun"]),
    M("inaccurate.", "Chloe Adeyemi", P, "calling", role="company spokeswoman",
      ph=["participle-cue", "pronoun"]),
    I("technology companies have announced more than 60,000 job cuts since January", "JobCuts Tracker", O,
      "according to", ph=["according-to"]),
])

# ---------------------------------------------------------------- US city paper, curly quotes with nested single
article("harbor-point-concerts", """
Residents of the Harbor Point neighborhood packed a zoning board meeting Wednesday night to oppose a proposal to extend the hours of the summer concert series at Dockside Park until midnight.
“We love music. We don’t love bass drums shaking our windows at 11:45 on a Tuesday,” said Gloria Feinstein, 68, who has lived on Wharf Street since 1987.
Organizers from Tidewater Events told the board that later hours were needed to attract bigger acts. “Artists ask us two questions: how big is the stage, and how late can we play,” said company president Marcus Delgado. “When we say ‘ten o’clock,’ half of them hang up.”
Several residents said noise complaints filed last summer had gone unanswered. According to the city’s police department, officers responded to 214 noise calls from Harbor Point between June and September and issued two citations.
Board chair Evelyn Tran said the panel would not vote until the city’s acoustic consultant completed a sound study. “We’re not going to decide this on vibes, in either direction,” Tran said.
Delgado said he was open to compromise, such as ending amplified music at 11 p.m. on weeknights. Feinstein was unimpressed. “Eleven is the new midnight, apparently,” she said.
The board will take up the proposal again on Aug. 14.
""", [
    D("We love music. We don’t love bass drums shaking our windows at 11:45 on a Tuesday,", "Gloria Feinstein", P,
      "said", ph=["inversion", "multi-sentence"]),
    I("later hours were needed to attract bigger acts", "organizers from Tidewater Events", G, "told",
      ph=["told", "said-that"]),
    D("Artists ask us two questions: how big is the stage, and how late can we play,", "Marcus Delgado", P, "said",
      role="company president", ph=["inversion", "split-quote", "role-premodifier"]),
    D("When we say ‘ten o’clock,’ half of them hang up.", "Marcus Delgado", P, "said", role="company president",
      ph=["split-quote", "nested"]),
    I("noise complaints filed last summer had gone unanswered", "several residents", G, "said", ph=["said-that"]),
    I("officers responded to 214 noise calls from Harbor Point between June and September and issued two citations",
      "the city’s police department", O, "according to", ph=["according-to"]),
    I("the panel would not vote until the city’s acoustic consultant completed a sound study", "Evelyn Tran", P,
      "said", role="Board chair", ph=["said-that", "role-premodifier"]),
    D("We’re not going to decide this on vibes, in either direction,", "Evelyn Tran", P, "said", role="Board chair",
      ph=["surname"]),
    I("he was open to compromise, such as ending amplified music at 11 p.m. on weeknights", "Marcus Delgado", P,
      "said", ph=["said-that", "surname"]),
    D("Eleven is the new midnight, apparently,", "Gloria Feinstein", P, "said", ph=["pronoun", "surname"]),
])

# ---------------------------------------------------------------- Spanish outlet in English, «guillemets»
article("valdeoro-snap-election", """
VALDEORO – The regional president of Valdeoro, Mercedes Ibarra, has called an early election for 12 May after her coalition partner withdrew its support over a disputed water transfer project.
«The people of Valdeoro deserve a government that can govern. Today that is no longer possible», Ibarra said in a televised address on Monday evening.
The junior partner, the green-regionalist party Tierra Viva, accused the president of «betraying» the 2021 coalition agreement. Its leader, Jorge Salcedo, told the radio station Cadena Sur that the transfer would «dry out the southern valleys to fill swimming pools on the coast».
Ibarra denied that the project had been approved without consultation. «There were 34 public hearings. Thirty-four», she told reporters in the regional parliament.
A poll published on Sunday by the newspaper El Faro Regional gives Ibarra’s Unión Valdeorana 38 per cent of the vote, well short of a majority.
Political scientist Lucía Bermejo of the University of Valdeoro said the early vote was «a calculated gamble».
«Ibarra is betting that voters will punish Tierra Viva for bringing down the government», Bermejo said. «But water is an emotional issue here. It could easily go the other way.»
The campaign officially begins on 26 April.
""", [
    D("The people of Valdeoro deserve a government that can govern. Today that is no longer possible",
      "Mercedes Ibarra", P, "said", ph=["multi-sentence", "surname"]),
    M("betraying", "Tierra Viva", O, "accused", ph=["cue-class"]),
    M("dry out the southern valleys to fill swimming pools on the coast", "Jorge Salcedo", P, "told",
      role="leader", via=["Cadena Sur"], ph=["told", "said-that", "role-apposition"]),
    I("the project had been approved without consultation", "Mercedes Ibarra", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    D("There were 34 public hearings. Thirty-four", "Mercedes Ibarra", P, "told",
      ph=["multi-sentence", "told", "pronoun"]),
    M("a calculated gamble", "Lucía Bermejo", P, "said", role="Political scientist",
      ph=["said-that", "role-premodifier"]),
    D("Ibarra is betting that voters will punish Tierra Viva for bringing down the government", "Lucía Bermejo", P,
      "said", ph=["split-quote", "surname"]),
    D("But water is an emotional issue here. It could easily go the other way.", "Lucía Bermejo", P, "said",
      ph=["split-quote", "multi-sentence"]),
])

# ---------------------------------------------------------------- UK tabloid showbiz, straight single quotes + apostrophes
article("bellandi-kitchen-kings", """
TV chef Marco Bellandi has slammed reports that he is quitting hit cookery show 'Kitchen Kings' as 'total rubbish'.
The 49-year-old, known to fans as 'the Pasta Professor', was said to be furious after a newspaper claimed he had walked out of filming following a row with co-host Davina Reece.
A spokesman for the star told MailOnline: 'Marco isn't going anywhere. He's contracted for two more series and he's loving every minute of it.'
But a TV insider insisted the pair had 'barely spoken' since Christmas. 'It's frosty, to put it mildly. The crew are walking on eggshells,' the source said.
Reece, 41, has also denied there is any feud. In an interview with Hello! magazine she said: 'Marco and I have different styles, that's all. People want drama where there isn't any.'
Producers at Channel Six said in a statement that the show's 12th series would begin filming in May 'with the same much-loved line-up'.
Bellandi later posted a photo on Instagram of himself and Reece toasting with prosecco, writing: 'Same old, same old. See you in the kitchen!'
One fan replied: 'Best double act on telly, don't ever change.'
""", [
    R("Kitchen Kings", "title of a TV show", "title"),
    M("total rubbish", "Marco Bellandi", P, "slammed", role="TV chef", ph=["denial", "cue-class", "role-premodifier"]),
    R("the Pasta Professor", "nickname in quotes", "title"),
    I("he had walked out of filming following a row with co-host Davina Reece", "a newspaper", O, "claimed",
      ph=["cue-class", "said-that"]),
    D("Marco isn't going anywhere. He's contracted for two more series and he's loving every minute of it.",
      "a spokesman for the star", A, "told", via=["MailOnline"], ph=["multi-sentence", "told"]),
    M("barely spoken", "a TV insider", A, "insisted", ph=["cue-class", "said-that"]),
    D("It's frosty, to put it mildly. The crew are walking on eggshells,", "a TV insider", A, "said",
      ph=["multi-sentence", "nominal"]),
    I("there is any feud", "Davina Reece", P, "denied", ph=["denial", "cue-class", "surname"]),
    D("Marco and I have different styles, that's all. People want drama where there isn't any.", "Davina Reece", P,
      "said", via=["Hello!"], ph=["multi-sentence", "pronoun", "interview"]),
    M("with the same much-loved line-up", "producers at Channel Six", G, "said", ph=["said-that"]),
    D("Same old, same old. See you in the kitchen!", "Marco Bellandi", P, "writing", via=["Instagram"],
      ph=["multi-sentence", "participle-cue", "writing", "surname"]),
    D("Best double act on telly, don't ever change.", "one fan", A, "replied", via=["Instagram"], ph=["writing"]),
])

# ---------------------------------------------------------------- French outlet in English, « guillemets » with no-break spaces
article("air-lumiere-easter-strike", """
PARIS – Cabin crew at the French carrier Air Lumière will strike for five days over the Easter holidays, the SNPC-Air union announced on Thursday, threatening the travel plans of around 200,000 passengers.
« We have exhausted every other option », said union delegate Sandrine Lefèvre. « Management has not moved a single centimetre in six months of talks. »
Air Lumière said it « deeply regretted » a strike it described as « disproportionate », and said it would publish an adapted flight schedule 48 hours in advance.
Transport Minister Olivier Garnier urged both sides to return to the negotiating table. Speaking on France Inter, he said that « holidaymakers should not be taken hostage » by a dispute over working hours.
According to the union, crew members have seen their rest periods cut by up to three hours on long-haul routes since 2022.
An Air Lumière executive, who asked not to be named, told AFP that rest times were « fully compliant with European rules » and that the union was « exaggerating for political reasons ».
« I booked this trip a year ago. Now I don't know if I'm going or not », said Karim Benali, a teacher from Lyon who was due to fly to Montreal with his family.
The strike is due to begin at 5 a.m. on 17 April.
""", [
    I("Cabin crew at the French carrier Air Lumière will strike for five days over the Easter holidays",
      "the SNPC-Air union", O, "announced", ph=["trailing-attribution", "cue-class"]),
    D("We have exhausted every other option", "Sandrine Lefèvre", P, "said", role="union delegate",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("Management has not moved a single centimetre in six months of talks.", "Sandrine Lefèvre", P, "said",
      role="union delegate", ph=["split-quote"]),
    M("deeply regretted", "Air Lumière", O, "said", ph=["said-that"]),
    M("disproportionate", "Air Lumière", O, "described"),
    I("it would publish an adapted flight schedule 48 hours in advance", "Air Lumière", O, "said",
      ph=["said-that"]),
    M("holidaymakers should not be taken hostage", "Olivier Garnier", P, "said", role="Transport Minister",
      via=["France Inter"], ph=["said-that", "pronoun", "role-premodifier"]),
    I("crew members have seen their rest periods cut by up to three hours on long-haul routes since 2022",
      "the SNPC-Air union", O, "according to", ph=["according-to", "nominal"]),
    M("fully compliant with European rules", "an Air Lumière executive", A, "told", via=["AFP"],
      ph=["told", "said-that"]),
    M("exaggerating for political reasons", "an Air Lumière executive", A, "told", via=["AFP"],
      ph=["told", "said-that", "cue-class"]),
    D("I booked this trip a year ago. Now I don't know if I'm going or not", "Karim Benali", P, "said",
      role="teacher from Lyon", ph=["inversion", "multi-sentence", "role-apposition"]),
], nbsp_guillemets=True)

# ---------------------------------------------------------------- science desk, curly quotes; split quote running into a second paragraph
article("damselfish-diver-study", """
Striped damselfish can tell individual scuba divers apart and will follow those who have fed them before, researchers from the University of Port Elandra reported on Wednesday in the Journal of Marine Behaviour.
The researchers wrote that the fish appeared to rely on “visual cues such as the colour of fins and wetsuits” rather than on faces.
“At first we thought it was a coincidence,” said Dr. Amani Mwangi, a marine biologist and the study’s lead author. “Then the same fish kept turning up next to the same diver, day after day, even when that diver changed position in the group.
“When we asked divers to swap equipment, the fish followed the equipment, not the person. That told us a lot about how they see the world.”
Not everyone is convinced that the fish “recognise” anyone. Professor Henrik Aasland, a behavioural ecologist at the Nordhavn Institute who was not involved in the study, said the results showed learning by association rather than recognition “in the human sense”.
“It’s a lovely experiment, but I would be careful with the word ‘recognise’,” he told The Guardian.
The authors acknowledged the limitation in their paper, noting that their sample of 14 divers was small.
The so-called “smart fish” hypothesis has gained ground in recent years, after studies showed that some reef species can use tools and recognise themselves in mirrors.
""", [
    I("Striped damselfish can tell individual scuba divers apart and will follow those who have fed them before",
      "researchers from the University of Port Elandra", G, "reported", via=["Journal of Marine Behaviour"],
      ph=["trailing-attribution", "writing"]),
    M("visual cues such as the colour of fins and wetsuits", "researchers from the University of Port Elandra", G,
      "wrote", ph=["said-that", "writing", "nominal"]),
    D("At first we thought it was a coincidence,", "Amani Mwangi", P, "said",
      role="marine biologist and the study’s lead author", ph=["inversion", "split-quote", "role-apposition"]),
    D("Then the same fish kept turning up next to the same diver, day after day, even when that diver changed position in the group.\n“When we asked divers to swap equipment, the fish followed the equipment, not the person. That told us a lot about how they see the world.",
      "Amani Mwangi", P, "said", role="marine biologist and the study’s lead author",
      ph=["split-quote", "multi-sentence"]),
    R("recognise", "scare quote", "scare-quote", after="convinced that the fish"),
    M("in the human sense", "Henrik Aasland", P, "said", role="behavioural ecologist at the Nordhavn Institute",
      ph=["said-that", "role-apposition"]),
    D("It’s a lovely experiment, but I would be careful with the word ‘recognise’,", "Henrik Aasland", P, "told",
      via=["The Guardian"], ph=["nested", "told", "pronoun"]),
    I("their sample of 14 divers was small", "researchers from the University of Port Elandra", G, "noting",
      ph=["participle-cue", "nominal"]),
    R("smart fish", "scare quote after 'so-called'", "scare-quote"),
])

# ---------------------------------------------------------------- wire, maritime incident; state TV relay
article("korvan-trawler-seizure", '''
KESTRA, Oct 2 (Reuters) - The Korvan navy seized a fishing trawler flagged to neighbouring Estaria in disputed waters on Wednesday, Estaria's foreign ministry said, calling the seizure "an act of piracy."
Korvan state television quoted a navy spokesman, Captain Ruslan Demir, as saying the vessel had been "fishing illegally inside Korvan's exclusive economic zone" and that its 11 crew members were "safe and well treated."
Estaria's Foreign Minister Leena Aaltonen told reporters in Kestra that the trawler had been 12 nautical miles outside the zone, citing satellite tracking data.
"We expect the crew and the vessel to be released immediately and unconditionally," she said. "Nobody should mistake our patience for weakness."
Two Estarian officials familiar with the matter told Reuters that a diplomatic note had been delivered to Korvan's embassy on Wednesday evening. One of the officials said Estaria was also considering recalling its ambassador.
Korvan's foreign ministry denied that the seizure was linked to a long-running dispute over fishing quotas, saying in a statement that it was "a law enforcement matter, nothing more."
The trawler's owner, Halvard Sjöberg, said the crew had radioed at 4:10 a.m. to report that they were being boarded. "They had guns. My captain has been at sea for 30 years and he said he had never been so frightened," Sjöberg told Reuters by phone.
(Reporting by Mikko Rantanen; Editing by Jane Adebayo)
''', [
    I("The Korvan navy seized a fishing trawler flagged to neighbouring Estaria in disputed waters on Wednesday",
      "Estaria's foreign ministry", O, "said", ph=["trailing-attribution"]),
    M("an act of piracy.", "Estaria's foreign ministry", O, "calling", ph=["participle-cue", "cue-class"]),
    M("fishing illegally inside Korvan's exclusive economic zone", "Ruslan Demir", P, "quoted ... as saying",
      role="navy spokesman", via=["Korvan state television"], ph=["quoted-as-saying", "role-apposition"]),
    M("safe and well treated.", "Ruslan Demir", P, "quoted ... as saying", role="navy spokesman",
      via=["Korvan state television"], ph=["quoted-as-saying", "role-apposition"]),
    I("the trawler had been 12 nautical miles outside the zone", "Leena Aaltonen", P, "told",
      role="Estaria's Foreign Minister", ph=["told", "said-that", "role-premodifier"]),
    D("We expect the crew and the vessel to be released immediately and unconditionally,", "Leena Aaltonen", P,
      "said", ph=["split-quote", "pronoun"]),
    D("Nobody should mistake our patience for weakness.", "Leena Aaltonen", P, "said", ph=["split-quote", "pronoun"]),
    I("a diplomatic note had been delivered to Korvan's embassy on Wednesday evening",
      "two Estarian officials familiar with the matter", A, "told", via=["Reuters"], ph=["told", "said-that"]),
    I("Estaria was also considering recalling its ambassador", "one of the officials", A, "said",
      ph=["said-that"]),
    I("the seizure was linked to a long-running dispute over fishing quotas", "Korvan's foreign ministry", O,
      "denied", ph=["denial", "cue-class"]),
    M("a law enforcement matter, nothing more.", "Korvan's foreign ministry", O, "saying", ph=["participle-cue"]),
    I("the crew had radioed at 4:10 a.m. to report that they were being boarded", "Halvard Sjöberg", P, "said",
      role="trawler's owner", ph=["said-that", "role-apposition"]),
    D("They had guns. My captain has been at sea for 30 years and he said he had never been so frightened,",
      "Halvard Sjöberg", P, "told", role="trawler's owner", via=["Reuters"], ph=["multi-sentence", "told", "surname"]),
])

# ---------------------------------------------------------------- Polish outlet in English, „low-high” quotes
article("wirski-forgery", """
A landscape attributed to the 19th-century painter Tadeusz Wirski and sold at auction last year for 1.4 million złoty is a forgery, experts at the Wrzosów Museum of Art have concluded.
The canvas, titled „Morning at Lake Brzezie”, was sold in November by the Orzeł Auction House to a private collector from Gdynia.
„The pigment analysis leaves no room for doubt. Titanium white was not available until the 1920s, and Wirski died in 1894”, said Dr. Joanna Kwiecień, head of the museum’s conservation department.
The auction house said in a statement that it had relied on „two independent expert opinions” and would refund the buyer in full.
Its director, Piotr Zawadzki, rejected suggestions that the house had ignored warning signs. „We are victims here as much as the buyer”, he told the daily Dziennik Nadmorski.
Investigators are examining whether the painting is linked to a network that has sold at least a dozen fake works in Poland, Germany and Austria, according to prosecutor’s office spokesperson Anna Mazur.
„We are talking about a professional operation, not an amateur with a brush”, Mazur said, declining to give further details.
If the forger had a message for the art world, it was, in other words: „You see only what you want to see.”
""", [
    I("A landscape attributed to the 19th-century painter Tadeusz Wirski and sold at auction last year for 1.4 million złoty is a forgery",
      "experts at the Wrzosów Museum of Art", G, "concluded", ph=["trailing-attribution"]),
    R("Morning at Lake Brzezie", "title of a painting", "title"),
    D("The pigment analysis leaves no room for doubt. Titanium white was not available until the 1920s, and Wirski died in 1894",
      "Joanna Kwiecień", P, "said", role="head of the museum’s conservation department",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    M("two independent expert opinions", "the Orzeł Auction House", O, "said", ph=["said-that", "nominal"]),
    I("the house had ignored warning signs", "Piotr Zawadzki", P, "rejected", role="director",
      ph=["denial", "cue-class", "role-apposition"]),
    D("We are victims here as much as the buyer", "Piotr Zawadzki", P, "told", role="director",
      via=["Dziennik Nadmorski"], ph=["told", "pronoun"]),
    I("Investigators are examining whether the painting is linked to a network that has sold at least a dozen fake works in Poland, Germany and Austria",
      "Anna Mazur", P, "according to", role="prosecutor’s office spokesperson",
      ph=["according-to", "trailing-attribution", "role-premodifier"]),
    D("We are talking about a professional operation, not an amateur with a brush", "Anna Mazur", P, "said",
      ph=["surname"]),
    R("You see only what you want to see.", "the author's imagined message, introduced by 'in other words'",
      "author-words"),
])

# ---------------------------------------------------------------- Czech outlet in English, „low-high“ with ‚nested‘
article("hradov-car-ban", """
HRADOV – The city of Hradov will ban cars from its historic centre from next April, Mayor Tomáš Kubelka announced on Tuesday, in a move that has divided shopkeepers and residents.
„We are giving the square back to people“, Kubelka told a press conference. „For seventy years it has been a car park with a nice view.“
Under the plan, only residents, delivery vans before 10 am and emergency vehicles will be allowed into the zone. According to the Hradov Transport Company, two new tram lines will run through the centre by 2027.
Shopkeepers are less enthusiastic. The Association of Hradov Traders warned that up to a third of its members' customers arrive by car and said it had not been properly consulted.
„The mayor talks about ‚a living centre‘. Without customers it will be a living museum“, said the association's chairwoman, Věra Nováková, who runs a stationery shop on the square.
Residents who spoke to this newspaper were mostly in favour. „I can finally open my windows“, said Jakub Šimek, a 29-year-old programmer who lives on Kostelní street.
The opposition in the city council called the plan „populism on cobblestones“ and announced it would ask the regional authority to review it.
""", [
    I("The city of Hradov will ban cars from its historic centre from next April", "Tomáš Kubelka", P, "announced",
      role="Mayor", ph=["trailing-attribution", "cue-class", "role-premodifier"]),
    D("We are giving the square back to people", "Tomáš Kubelka", P, "told", ph=["split-quote", "told", "surname"]),
    D("For seventy years it has been a car park with a nice view.", "Tomáš Kubelka", P, "told",
      ph=["split-quote", "told"]),
    I("two new tram lines will run through the centre by 2027", "the Hradov Transport Company", O, "according to",
      ph=["according-to"]),
    I("up to a third of its members' customers arrive by car", "the Association of Hradov Traders", O, "warned",
      ph=["cue-class", "said-that"]),
    I("it had not been properly consulted", "the Association of Hradov Traders", O, "said", ph=["said-that"]),
    D("The mayor talks about ‚a living centre‘. Without customers it will be a living museum", "Věra Nováková", P,
      "said", role="association's chairwoman", ph=["inversion", "multi-sentence", "nested", "role-apposition"]),
    D("I can finally open my windows", "Jakub Šimek", P, "said", role="29-year-old programmer",
      ph=["inversion", "role-apposition"]),
    M("populism on cobblestones", "the opposition in the city council", G, "called"),
    I("it would ask the regional authority to review it", "the opposition in the city council", G, "announced",
      ph=["cue-class", "said-that"]),
])

# ---------------------------------------------------------------- Danish outlet in English, »reversed guillemets« with ›nested‹
article("skelborg-night-ferry", """
SKELBORG – The ferry company Kattegat Link will cancel its night departures between Skelborg and the island of Hvidsund from 1 January, citing rising fuel costs and falling passenger numbers.
»We have looked at every alternative. The night route loses money on nine out of ten crossings«, said the company's commercial director, Søren Mikkelsen.
The decision was criticised by the mayor of Hvidsund, Birgitte Holm Larsen:
»Nurses, bakers and harbour workers use this ferry. When the company says ›low demand‹, it means the people it does not see.«
The National Ferry Board said it had not been notified in advance but would examine whether the cancellation complied with the company's service contract.
The local newspaper Hvidsund Avis quoted a ferry captain as saying that crews had learned of the cuts »in a two-line email«.
The warning was echoed on Tuesday by the chairman of the Hvidsund Residents' Association, Niels Brandt, in a letter to the transport minister: »If the night ferry goes, the young families go next.«
Kattegat Link said the decision was final and that it would review the timetable again in two years.
""", [
    D("We have looked at every alternative. The night route loses money on nine out of ten crossings",
      "Søren Mikkelsen", P, "said", role="company's commercial director",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    D("Nurses, bakers and harbour workers use this ferry. When the company says ›low demand‹, it means the people it does not see.",
      "Birgitte Holm Larsen", P, "criticised", role="mayor of Hvidsund",
      ph=["passive", "colon-intro", "multi-sentence", "nested", "role-apposition"]),
    I("it had not been notified in advance but would examine whether the cancellation complied with the company's service contract",
      "the National Ferry Board", O, "said", ph=["said-that"]),
    M("in a two-line email", "a ferry captain", A, "quoted ... as saying", via=["Hvidsund Avis"],
      ph=["quoted-as-saying"]),
    D("If the night ferry goes, the young families go next.", "Niels Brandt", P, "echoed",
      role="chairman of the Hvidsund Residents' Association", ph=["passive", "writing", "role-apposition"]),
    I("the decision was final and that it would review the timetable again in two years", "Kattegat Link", O,
      "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- national broadsheet, criminal court: ruling, prosecutor, family lawyer, denials
article("castlemoor-care-home-verdict", '''
CASTLEMOOR – The owner of a care home has been found guilty of gross negligence manslaughter over the death of Iris Caldwell, an 86-year-old resident left without water for almost two days in last summer's heatwave.
Judge Harriet Okonedo, sitting without a jury at Castlemoor Crown Court, convicted Desmond Pilbury, 58, on Thursday. In her 38-page ruling, she wrote that Pilbury had run the Willowmere home "as a business first and a home a distant second".
"The staffing rota shows that on the nights in question one care assistant was responsible for 31 residents," the judge wrote. "No competent operator could have believed that was safe."
Pilbury had denied that he ignored warnings from staff. Giving evidence last month, he told the court he had "never once" been told that the home was short of carers.
"This was not a tragic accident. It was the predictable result of decisions taken to save money," prosecutor Naomi Ashdown told the court in her closing speech.
The court said in a statement that Pilbury would be sentenced on 14 March and had been granted bail.
Rupert Mensah, a lawyer for the Caldwell family, said outside court that the family had waited "two long years for someone to be held to account". "Iris raised six children and never asked anyone for anything. She deserved better than to die thirsty in a room with the curtains drawn," he said.
Willowmere Care Ltd, now in administration, rejected claims that other residents had been put at risk, saying the home had passed its last two inspections.
A former care assistant at the home, who asked not to be named, said staff had "begged" for extra night cover.
The family is backing a campaign for "Iris's Law", which would set minimum night-time staffing levels in care homes.
''', [
    M("as a business first and a home a distant second", "Harriet Okonedo", P, "wrote", role="Judge",
      ph=["said-that", "writing", "pronoun", "role-premodifier"]),
    D("The staffing rota shows that on the nights in question one care assistant was responsible for 31 residents,",
      "Harriet Okonedo", P, "wrote", role="judge", ph=["split-quote", "nominal", "writing"]),
    D("No competent operator could have believed that was safe.", "Harriet Okonedo", P, "wrote", role="judge",
      ph=["split-quote", "nominal", "writing"]),
    I("he ignored warnings from staff", "Desmond Pilbury", P, "denied", ph=["denial", "cue-class", "surname"]),
    M("never once", "Desmond Pilbury", P, "told", ph=["told", "said-that", "pronoun"]),
    D("This was not a tragic accident. It was the predictable result of decisions taken to save money,",
      "Naomi Ashdown", P, "told", role="prosecutor", ph=["multi-sentence", "told", "role-premodifier"]),
    I("Pilbury would be sentenced on 14 March and had been granted bail", "Castlemoor Crown Court",
      O, "said", ph=["nominal", "said-that"]),
    M("two long years for someone to be held to account", "Rupert Mensah", P, "said",
      role="lawyer for the Caldwell family", ph=["said-that", "role-apposition"]),
    D("Iris raised six children and never asked anyone for anything. She deserved better than to die thirsty in a room with the curtains drawn,",
      "Rupert Mensah", P, "said", role="lawyer for the Caldwell family", ph=["multi-sentence", "pronoun"]),
    I("other residents had been put at risk", "Willowmere Care Ltd", O, "rejected", ph=["denial", "cue-class"]),
    I("the home had passed its last two inspections", "Willowmere Care Ltd", O, "saying", ph=["participle-cue"]),
    M("begged", "a former care assistant at the home", A, "said", ph=["said-that"]),
    R("Iris's Law", "name of a proposed law", "title"),
])

# ---------------------------------------------------------------- UK match report, curly single quotes + apostrophes; post-match split quotes
article("harcastle-cup-comeback", """
Harcastle Town came from two goals down to beat Ellery Athletic 3-2 at Foundry Lane on Saturday and reach the quarter-finals of the Northern Counties Cup for the first time in their 104-year history.
Substitute Kieran Doyle scored twice in the last eleven minutes, the winner a curling shot from 25 yards deep into stoppage time.
‘At half-time I told them we had nothing to lose,’ said Harcastle manager Pete Lomax. ‘If you’d offered me a draw at 2-0 down I’d have bitten your hand off. To win it like that – I’m still shaking.’
Doyle, who joined on loan from Brackwater Rovers in January, was typically modest. ‘The lads did the hard work. I just turned up at the end and took the glory,’ said the 34-year-old.
Ellery boss Graham Stott was furious with the officials. He told BBC Sport the winner should have been ruled out for a foul on his goalkeeper and that the fourth official had ‘lost control’ of the technical areas.
‘I won’t say any more because I’ll only get fined,’ he added. ‘But everyone in the ground saw it.’
Ellery said in a statement on Sunday that they would write to the Northern Counties FA to ask for an explanation of the decision.
A club source said Harcastle hope to make Doyle’s loan permanent before the end of the season.
Harcastle chairwoman Denise Aldred, whose family has owned the ‘Anvils’ since 1961, wrote on X: ‘Proudest day of my life. Drinks are on me at the Foundry Arms.’
Harcastle will face either Morland United or Pellow Town in the quarter-finals on 8 March.
""", [
    D("At half-time I told them we had nothing to lose,", "Pete Lomax", P, "said", role="Harcastle manager",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("If you’d offered me a draw at 2-0 down I’d have bitten your hand off. To win it like that – I’m still shaking.",
      "Pete Lomax", P, "said", role="Harcastle manager", ph=["split-quote", "multi-sentence"]),
    D("The lads did the hard work. I just turned up at the end and took the glory,", "Kieran Doyle", P, "said",
      role="34-year-old", ph=["inversion", "multi-sentence", "nominal"]),
    I("the winner should have been ruled out for a foul on his goalkeeper", "Graham Stott", P, "told",
      role="Ellery boss", via=["BBC Sport"], ph=["told", "said-that", "pronoun", "role-premodifier"]),
    M("lost control", "Graham Stott", P, "told", role="Ellery boss", via=["BBC Sport"],
      ph=["told", "said-that", "pronoun", "role-premodifier"]),
    D("I won’t say any more because I’ll only get fined,", "Graham Stott", P, "added", ph=["split-quote", "pronoun"]),
    D("But everyone in the ground saw it.", "Graham Stott", P, "added", ph=["split-quote", "pronoun"]),
    I("they would write to the Northern Counties FA to ask for an explanation of the decision", "Ellery Athletic",
      O, "said", ph=["said-that", "surname"]),
    I("Harcastle hope to make Doyle’s loan permanent before the end of the season", "a club source", A, "said",
      ph=["said-that"]),
    R("Anvils", "the club's nickname in quotes", "title"),
    D("Proudest day of my life. Drinks are on me at the Foundry Arms.", "Denise Aldred", P, "wrote",
      role="Harcastle chairwoman", via=["X"], ph=["multi-sentence", "writing", "role-premodifier"]),
])

# ---------------------------------------------------------------- health desk, curly quotes: university team, lead author, experts, anonymous official
article("kelderby-evening-walk-study", """
A 20-minute walk after the evening meal can lower blood sugar in people with type 2 diabetes almost as much as some first-line medicines, researchers from the University of Kelderby reported on Wednesday.
The team followed 412 adults aged 45 to 75 for six months. Those who walked after dinner saw their average blood sugar fall by 9 per cent, compared with 2 per cent among volunteers who walked in the morning instead.
“We were surprised by how big the effect was for something so simple,” said Dr Nadia Ferreira-Holt, the study’s lead author. “You don’t need a gym. You need a pair of shoes and a pavement.”
The team said in a statement that timing mattered because muscles draw sugar from the blood most efficiently in the hour after a meal. That is also the hour in which many people sink into the sofa in a so-called “food coma”.
Experts at the National Diabetes Trust welcomed the findings but warned that walking was “not a replacement” for prescribed medication.
Professor Tobias Renshaw, an endocrinologist at St Aldhelm’s Hospital who was not involved in the research, said the study was “well designed but short”. “Six months tells us very little about ten years. People start walking in January and stop in March,” he told the BBC.
The researchers acknowledged that most volunteers were white and middle-aged, noting in their paper that the findings “may not hold for every community”.
An official at the Department of Health, who asked not to be named, said ministers were considering adding after-dinner walks to national guidance this autumn.
""", [
    I("A 20-minute walk after the evening meal can lower blood sugar in people with type 2 diabetes almost as much as some first-line medicines",
      "researchers from the University of Kelderby", G, "reported", ph=["trailing-attribution"]),
    D("We were surprised by how big the effect was for something so simple,", "Nadia Ferreira-Holt", P, "said",
      role="study’s lead author", ph=["inversion", "split-quote", "role-apposition"]),
    D("You don’t need a gym. You need a pair of shoes and a pavement.", "Nadia Ferreira-Holt", P, "said",
      role="study’s lead author", ph=["split-quote", "multi-sentence"]),
    I("timing mattered because muscles draw sugar from the blood most efficiently in the hour after a meal",
      "researchers from the University of Kelderby", G, "said", ph=["said-that", "nominal"]),
    R("food coma", "scare quote after 'so-called'", "scare-quote"),
    M("not a replacement", "experts at the National Diabetes Trust", G, "warned", ph=["cue-class", "said-that"]),
    M("well designed but short", "Tobias Renshaw", P, "said", role="endocrinologist at St Aldhelm’s Hospital",
      ph=["said-that", "role-apposition"]),
    D("Six months tells us very little about ten years. People start walking in January and stop in March,",
      "Tobias Renshaw", P, "told", role="endocrinologist at St Aldhelm’s Hospital", via=["BBC"],
      ph=["multi-sentence", "told", "pronoun"]),
    I("most volunteers were white and middle-aged", "researchers from the University of Kelderby", G,
      "acknowledged", ph=["cue-class", "said-that", "nominal"]),
    M("may not hold for every community", "researchers from the University of Kelderby", G, "noting",
      ph=["participle-cue", "writing", "nominal"]),
    I("ministers were considering adding after-dinner walks to national guidance this autumn",
      "an official at the Department of Health", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- European outlet in English, «guillemets» with „low-high“ German sources; agency relay chain
article("steinjoch-lorry-ban", """
VIENNA – The Commission has given the region of Oberkarn two months to lift its night-time ban on heavy lorries crossing the Steinjoch Pass or face legal action, Transport Commissioner Pieter Vandaele announced on Wednesday.
«The single market does not stop at the foot of a mountain. Goods must be able to move by day and by night», Vandaele told the news agency Alpress.
The ban, officially the „Nachtfahrverbot für Schwerverkehr“, has kept lorries heavier than 7.5 tonnes off the pass between 10 pm and 5 am since 2021.
Oberkarn’s governor, Annelies Gruber-Taxer, rejected the ultimatum. «We will not sacrifice the sleep and the lungs of 40,000 people in the valley to save hauliers a few hours», she told the regional broadcaster Radio Oberkarn, according to Alpress.
Later that evening she wrote on X: «Brussels can send as many letters as it likes. The lorries will still wait until five in the morning.»
The environmental group Alpenschutz Oberkarn said in a statement that the Commission was „defending diesel, not the single market“.
According to the Commission, the ban has added an average of three and a half hours to lorry journeys on the corridor.
A diplomat from a neighbouring member state, speaking on condition of anonymity, told this newspaper that several capitals privately sympathised with Oberkarn but would «never say so in public».
The commissioner said Oberkarn could apply for funding to build noise barriers along the motorway, but added that the deadline was «not negotiable».
""", [
    I("The Commission has given the region of Oberkarn two months to lift its night-time ban on heavy lorries crossing the Steinjoch Pass or face legal action",
      "Pieter Vandaele", P, "announced", role="Transport Commissioner",
      ph=["trailing-attribution", "cue-class", "role-premodifier"]),
    D("The single market does not stop at the foot of a mountain. Goods must be able to move by day and by night",
      "Pieter Vandaele", P, "told", via=["Alpress"], ph=["multi-sentence", "told", "surname"]),
    R("Nachtfahrverbot für Schwerverkehr", "official name of the ban", "title"),
    D("We will not sacrifice the sleep and the lungs of 40,000 people in the valley to save hauliers a few hours",
      "Annelies Gruber-Taxer", P, "told", role="Oberkarn’s governor", via=["Radio Oberkarn", "Alpress"],
      ph=["told", "according-to", "pronoun", "role-apposition"]),
    D("Brussels can send as many letters as it likes. The lorries will still wait until five in the morning.",
      "Annelies Gruber-Taxer", P, "wrote", via=["X"], ph=["multi-sentence", "writing", "pronoun"]),
    M("defending diesel, not the single market", "Alpenschutz Oberkarn", O, "said", ph=["said-that"]),
    I("the ban has added an average of three and a half hours to lorry journeys on the corridor", "the Commission",
      O, "according to", ph=["according-to"]),
    M("never say so in public", "a diplomat from a neighbouring member state", A, "told", ph=["told", "said-that"]),
    I("Oberkarn could apply for funding to build noise barriers along the motorway", "Pieter Vandaele", P, "said",
      role="commissioner", ph=["said-that", "nominal"]),
    M("not negotiable", "Pieter Vandaele", P, "added", role="commissioner", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- wire, earnings: company said / it added, analysts, filing, quoted by a newspaper
article("orvika-profit-warning", '''
STOCKHOLM, April 24 (Reuters) - Nordic telecoms operator Orvika Group cut its full-year outlook on Thursday after first-quarter operating profit fell 31%, blaming a price war in its home market and higher energy costs.
The company said it now expected full-year revenue to be flat. It had previously forecast growth of 2% to 3%. It added that it would cut about 600 jobs, mainly in customer service.
"The first quarter was tougher than we expected. We are not going to chase customers with prices that destroy value," chief executive Linnea Sandvik told analysts on a conference call.
Orvika has lost about 140,000 mobile subscribers since January, despite launching a budget brand, "Orvika Lite", last autumn.
Sandvik was quoted by the business daily Dagens Affärsblad as saying that the price war was "not sustainable for anyone" and that she expected rivals to "blink first".
Orvika shares fell 9.4% to 41.20 crowns by 1030 GMT, their lowest level since 2012.
"This is a price war with no obvious winner, and Orvika has the highest cost base of the three big operators," said Jonas Berglund, an analyst at Fjellström Securities.
Analysts at Kestner Bank said the outlook cut was "bigger than feared" and warned that the dividend could be reduced again next year. The board has already proposed cutting the payout to 2.10 crowns per share from 3.40 crowns, according to a company filing.
A company spokeswoman, Maja Ekdahl, said the job cuts would be made "in close dialogue with the unions" and that no shops would close this year. She denied that Orvika was preparing to sell its fibre network, calling a newspaper report to that effect "pure speculation".
''', [
    I("it now expected full-year revenue to be flat", "Orvika Group", O, "said", ph=["said-that", "nominal"]),
    I("it would cut about 600 jobs, mainly in customer service", "Orvika Group", O, "added",
      ph=["said-that", "pronoun"]),
    D("The first quarter was tougher than we expected. We are not going to chase customers with prices that destroy value,",
      "Linnea Sandvik", P, "told", role="chief executive", ph=["multi-sentence", "told", "role-premodifier"]),
    R("Orvika Lite", "name of a brand", "title"),
    M("not sustainable for anyone", "Linnea Sandvik", P, "quoted ... as saying", via=["Dagens Affärsblad"],
      ph=["said-that", "passive", "quoted-as-saying", "surname"]),
    M("blink first", "Linnea Sandvik", P, "quoted ... as saying", via=["Dagens Affärsblad"],
      ph=["said-that", "passive", "quoted-as-saying", "surname"]),
    D("This is a price war with no obvious winner, and Orvika has the highest cost base of the three big operators,",
      "Jonas Berglund", P, "said", role="analyst at Fjellström Securities", ph=["inversion", "role-apposition"]),
    M("bigger than feared", "analysts at Kestner Bank", G, "said", ph=["said-that"]),
    I("the dividend could be reduced again next year", "analysts at Kestner Bank", G, "warned",
      ph=["cue-class", "said-that"]),
    I("The board has already proposed cutting the payout to 2.10 crowns per share from 3.40 crowns", "Orvika Group", O,
      "according to", ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    M("in close dialogue with the unions", "Maja Ekdahl", P, "said", role="company spokeswoman",
      ph=["said-that", "role-apposition"]),
    I("no shops would close this year", "Maja Ekdahl", P, "said", role="company spokeswoman",
      ph=["said-that", "role-apposition"]),
    I("Orvika was preparing to sell its fibre network", "Maja Ekdahl", P, "denied", role="company spokeswoman",
      ph=["denial", "cue-class", "pronoun"]),
    M("pure speculation", "Maja Ekdahl", P, "calling", role="company spokeswoman",
      ph=["participle-cue", "pronoun"]),
])

# ---------------------------------------------------------------- UK local weekly, curly quotes: multi-paragraph quote, first name only, "asked"
article("tollgate-bus-route-axed", """
Westline Buses has confirmed it will withdraw the number 14, the only bus linking the Tollgate estate with Arnsby town centre, at the end of the month.
The company said passenger numbers had fallen by almost half since 2019 and that the route was losing “around £3,000 a week”. It is the third route Westline has cut since launching its “Connecting Communities” strategy, which promised better links to outlying estates.
More than 80 people packed into the Tollgate community centre on Tuesday evening to discuss the cut. Dorothy Ames, 79, a retired school cook, has used the 14 to reach her GP surgery for 22 years.
Mrs Ames said: “I don’t drive and I never have. The bus is how I do my shopping, how I see my sister, how I get to the doctor’s.
“If they take it away, I’m stuck in this flat. Nobody from Westline has come out here to ask us what we need. They just sent a letter.”
“Who is going to pay for the taxis?” asked Ken Lorimer, chairman of the Tollgate Residents’ Association. He said the association would hand a petition to the county council next week.
The only alternative on offer is the company’s so-called “on-demand” minibus, which must be booked by phone a day in advance.
“My son takes the 14 to college every morning. From next month it’s a 40-minute walk along a road with no pavement,” said a mother of three who gave only her first name, Shanice.
A Westline driver, who did not want to be named, said the route had been “run into the ground” by years of timetable cuts.
Arnsby County Council said in a statement that it was “exploring options” with other operators.
""", [
    I("it will withdraw the number 14, the only bus linking the Tollgate estate with Arnsby town centre, at the end of the month",
      "Westline Buses", O, "confirmed", ph=["cue-class", "said-that"]),
    I("passenger numbers had fallen by almost half since 2019", "Westline Buses", O, "said",
      ph=["said-that", "nominal"]),
    M("around £3,000 a week", "Westline Buses", O, "said", ph=["said-that", "nominal"]),
    R("Connecting Communities", "name of the company's strategy", "title"),
    D("I don’t drive and I never have. The bus is how I do my shopping, how I see my sister, how I get to the doctor’s.\n“If they take it away, I’m stuck in this flat. Nobody from Westline has come out here to ask us what we need. They just sent a letter.",
      "Dorothy Ames", P, "said", ph=["multi-sentence", "surname"]),
    D("Who is going to pay for the taxis?", "Ken Lorimer", P, "asked",
      role="chairman of the Tollgate Residents’ Association", ph=["inversion", "role-apposition"]),
    I("the association would hand a petition to the county council next week", "Ken Lorimer", P, "said",
      role="chairman of the Tollgate Residents’ Association", ph=["said-that", "pronoun"]),
    R("on-demand", "scare quote after 'so-called'", "scare-quote"),
    D("My son takes the 14 to college every morning. From next month it’s a 40-minute walk along a road with no pavement,",
      "Shanice", P, "said", role="mother of three", ph=["inversion", "multi-sentence", "role-apposition"]),
    M("run into the ground", "a Westline driver", A, "said", ph=["said-that"]),
    M("exploring options", "Arnsby County Council", O, "said", ph=["said-that"]),
])


# ---------------------------------------------------------------- UK parliamentary report, curly single quotes + apostrophes; told MPs / the Commons
article("brackenvale-fares-question", """
The rail minister, Caroline Ashdown-Price, has told MPs that the government will not block a 9 per cent rise in fares on the Brackenvale line, insisting that the increase is needed to pay for new trains.
Answering an urgent question in the Commons on Tuesday, the minister said the operator, Vale Connect, had frozen fares for three years and could no longer absorb rising energy costs. ‘Nobody in this House likes to see fares go up. But the alternative is older trains, fewer trains and, in the end, no trains,’ she told the Commons.
The opposition’s transport spokesman, Idris Penhale, accused the government of ‘waving through’ the rise and said commuters in his Harwood North constituency already paid more than £5,000 a year for a season ticket.
‘The minister talks about new trains. My constituents would settle for trains that turn up,’ Penhale told MPs, to cheers from his own benches.
The exchange came a month after the transport select committee published ‘Off the Rails’, a report on fares and punctuality on regional lines. Pressed by the committee’s chairwoman, Marion Keyes, Ashdown-Price denied that she had ignored its findings, saying she had ‘read every page, twice’.
Keyes said afterwards that the minister’s answers had been ‘polite, detailed and entirely beside the point’.
Passenger groups were unimpressed. ‘People in Brackenvale are not asking for miracles. They are asking for a train they can afford,’ said Hannah Crewe, director of the Rail Users’ Alliance.
Vale Connect said in a statement that the rise would pay for 14 new trains by 2027. Several backbenchers on the government side told this newspaper they would press for a cap on regulated fares before the summer recess.
""", [
    I("the government will not block a 9 per cent rise in fares on the Brackenvale line", "Caroline Ashdown-Price", P,
      "told", role="rail minister", ph=["told", "said-that", "role-apposition"]),
    I("the increase is needed to pay for new trains", "Caroline Ashdown-Price", P, "insisting", role="rail minister",
      ph=["participle-cue", "cue-class", "role-apposition"]),
    I("the operator, Vale Connect, had frozen fares for three years and could no longer absorb rising energy costs",
      "Caroline Ashdown-Price", P, "said", role="minister", ph=["said-that", "nominal"]),
    D("Nobody in this House likes to see fares go up. But the alternative is older trains, fewer trains and, in the end, no trains,",
      "Caroline Ashdown-Price", P, "told", role="minister", ph=["multi-sentence", "told", "pronoun"]),
    M("waving through", "Idris Penhale", P, "accused", role="opposition’s transport spokesman",
      ph=["cue-class", "role-apposition"]),
    I("commuters in his Harwood North constituency already paid more than £5,000 a year for a season ticket",
      "Idris Penhale", P, "said", role="opposition’s transport spokesman", ph=["said-that", "role-apposition"]),
    D("The minister talks about new trains. My constituents would settle for trains that turn up,", "Idris Penhale", P,
      "told", ph=["multi-sentence", "told", "surname"]),
    R("Off the Rails", "title of a select committee report", "title"),
    I("she had ignored its findings", "Caroline Ashdown-Price", P, "denied", ph=["denial", "cue-class", "surname"]),
    M("read every page, twice", "Caroline Ashdown-Price", P, "saying", ph=["participle-cue", "surname"]),
    M("polite, detailed and entirely beside the point", "Marion Keyes", P, "said", ph=["said-that", "surname"]),
    D("People in Brackenvale are not asking for miracles. They are asking for a train they can afford,",
      "Hannah Crewe", P, "said", role="director of the Rail Users’ Alliance",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    I("the rise would pay for 14 new trains by 2027", "Vale Connect", O, "said", ph=["said-that"]),
    I("they would press for a cap on regulated fares before the summer recess",
      "several backbenchers on the government side", G, "told", ph=["told", "said-that"]),
])

# ---------------------------------------------------------------- Australian daily, straight single quotes + apostrophes; "said on Tuesday", Mr/Ms
article("marrangul-sea-wall", """
Residents of Marrangul Heads will wait at least another year for a sea wall to protect their homes, Environment Minister Tessa Gorringe said on Tuesday.
Ms Gorringe told reporters in Brinsford the $14 million project had been held up by a dispute over who owns the land behind the dunes.
'I know people are frustrated. I'd be frustrated too,' Ms Gorringe said. 'But we can't build a wall on land we don't own.'
At least six homes on Seaview Parade have lost part of their backyards to the ocean since storms in March. Retired fisherman Graham Tully, 67, said he had watched the sea 'take the fence, then the shed, then the barbecue'.
'Every king tide we go to bed wondering whether the lounge room will still be there in the morning,' said Mr Tully, who has lived on the street since 1989.
Marrangul Shire Mayor Bronwyn Eades accused the state government of 'passing the buck' and said the council had offered to hand over the land more than two years ago.
A spokeswoman for the Department of Coasts and Waterways said the council's offer had come with 'conditions no government could accept'.
Coastal engineer Dr Callum Whitlock, of the University of Brinsford, told local radio station 2MRG that a wall would only 'buy time'. 'The sand is going somewhere. Unless we put it back, the beach in front of the wall will simply disappear,' Dr Whitlock said.
Residents have started a petition calling for the wall to be fast-tracked. They say more than 1,800 people have signed it.
""", [
    I("Residents of Marrangul Heads will wait at least another year for a sea wall to protect their homes",
      "Tessa Gorringe", P, "said", role="Environment Minister", ph=["trailing-attribution", "role-premodifier"]),
    I("the $14 million project had been held up by a dispute over who owns the land behind the dunes",
      "Tessa Gorringe", P, "told", ph=["told", "said-that", "surname"]),
    D("I know people are frustrated. I'd be frustrated too,", "Tessa Gorringe", P, "said",
      ph=["split-quote", "multi-sentence", "surname"]),
    D("But we can't build a wall on land we don't own.", "Tessa Gorringe", P, "said", ph=["split-quote", "surname"]),
    M("take the fence, then the shed, then the barbecue", "Graham Tully", P, "said", role="Retired fisherman",
      ph=["said-that", "role-premodifier"]),
    D("Every king tide we go to bed wondering whether the lounge room will still be there in the morning,",
      "Graham Tully", P, "said", ph=["inversion", "surname"]),
    M("passing the buck", "Bronwyn Eades", P, "accused", role="Marrangul Shire Mayor",
      ph=["cue-class", "role-premodifier"]),
    I("the council had offered to hand over the land more than two years ago", "Bronwyn Eades", P, "said",
      role="Marrangul Shire Mayor", ph=["said-that", "role-premodifier"]),
    M("conditions no government could accept", "a spokeswoman for the Department of Coasts and Waterways", A, "said",
      ph=["said-that"]),
    M("buy time", "Callum Whitlock", P, "told", role="Coastal engineer", via=["2MRG"],
      ph=["told", "said-that", "role-premodifier"]),
    D("The sand is going somewhere. Unless we put it back, the beach in front of the wall will simply disappear,",
      "Callum Whitlock", P, "said", role="Coastal engineer", ph=["multi-sentence", "surname"]),
    I("more than 1,800 people have signed it", "residents", G, "say", ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- fact-check site, curly quotes: posts on X and Facebook, official rebuttal, verdict
article("ostmere-traffic-filter-factcheck", """
A claim that drivers in Ostmere will be fined £70 every time they leave their own neighbourhood has been shared more than 40,000 times on social media since Sunday. It is false.
The claim appears to have started in a post on X by Darren Mulvey, a local businessman and former council candidate, who wrote: “From March, Ostmere council will FINE you for driving out of your zone. This is how it starts.”
The post was then shared on Facebook by the page Ostmere Speaks, which added that the plan amounted to “a prison with nicer bus stops”.
There is no such fine. Ostmere City Council said in a statement that no charge for leaving a neighbourhood exists or has ever been proposed.
What the council has approved is a six-month trial of traffic filters on three residential streets in Brookside, where cameras will fine drivers who cut through at rush hour. The council’s head of transport, Amira Dalgleish, told FactLine the filters would not stop anyone leaving the area. “Every home in Brookside can still be reached by car from every direction,” she said. “Some journeys will simply take a few minutes longer.”
“Nobody is counting anyone’s journeys and nobody is being fined for going to work,” council leader Ruth Osei wrote on Facebook on Monday, denying that the cameras would record where residents travel.
Similar posts about so-called “climate lockdowns” have circulated in at least five towns this year. Researchers at the Ardley Centre for Digital Trust said such claims usually began with “a real local decision, stretched until it snaps”.
Mulvey told FactLine he stood by his post. “Trials have a habit of becoming permanent,” he said.
Our verdict, in plain words: “You can drive out of Brookside as often as you like.”
""", [
    D("From March, Ostmere council will FINE you for driving out of your zone. This is how it starts.",
      "Darren Mulvey", P, "wrote", role="local businessman and former council candidate", via=["X"],
      ph=["multi-sentence", "writing", "role-apposition"]),
    M("a prison with nicer bus stops", "Ostmere Speaks", O, "added", via=["Facebook"], ph=["said-that", "writing"]),
    I("no charge for leaving a neighbourhood exists or has ever been proposed", "Ostmere City Council", O, "said",
      ph=["said-that"]),
    I("the filters would not stop anyone leaving the area", "Amira Dalgleish", P, "told",
      role="council’s head of transport", via=["FactLine"], ph=["told", "said-that", "role-apposition"]),
    D("Every home in Brookside can still be reached by car from every direction,", "Amira Dalgleish", P, "said",
      role="council’s head of transport", ph=["split-quote", "pronoun"]),
    D("Some journeys will simply take a few minutes longer.", "Amira Dalgleish", P, "said",
      role="council’s head of transport", ph=["split-quote", "pronoun"]),
    D("Nobody is counting anyone’s journeys and nobody is being fined for going to work,", "Ruth Osei", P, "wrote",
      role="council leader", via=["Facebook"], ph=["writing", "role-premodifier"]),
    I("the cameras would record where residents travel", "Ruth Osei", P, "denying", role="council leader",
      via=["Facebook"], ph=["participle-cue", "denial", "cue-class", "writing", "role-premodifier"]),
    R("climate lockdowns", "scare quote after 'so-called'", "scare-quote"),
    M("a real local decision, stretched until it snaps", "researchers at the Ardley Centre for Digital Trust", G,
      "said", ph=["said-that"]),
    I("he stood by his post", "Darren Mulvey", P, "told", via=["FactLine"], ph=["told", "said-that", "surname"]),
    D("Trials have a habit of becoming permanent,", "Darren Mulvey", P, "said", ph=["pronoun"]),
    R("You can drive out of Brookside as often as you like.",
      "the fact-checker's own verdict in quote marks, not anyone's words", "author-words"),
])

# ---------------------------------------------------------------- live blog of a European outlet in English, «guillemets»; timestamps, datelines, "the spokesperson added"
article("rennach-floods-live", """
Follow our live coverage of the floods in the Rennach valley. All times are local.
18:40 – The regional crisis staff in Brennhausen says the river at the Kellbrunn gauge has fallen by 20 centimetres in the past hour. «The peak has passed in Kellbrunn, but not further downstream», a spokesperson for the crisis staff told our reporter.
18:52 – The spokesperson added that about 340 people had spent the night in emergency shelters in Unterkell and that the army had sent two amphibious vehicles.
19:05 – UNTERKELL – Residents of the lower village say the sirens sounded too late. «The water was already in the kitchen when my phone started beeping», said Franziska Aigner, 63, who spent the night on her neighbours’ upper floor.
19:20 – Regional premier Johanna Rieder has rejected criticism that the warnings came too late. «The first alert went out at 3.10 in the morning, more than four hours before the water reached Unterkell», she said in Brennhausen. «I will not let anyone tell the people who sent it that they failed.»
19:34 – According to the weather service MeteoNord, up to 60 litres of rain per square metre could fall overnight in the upper valley.
19:48 – The rail company Kellbahn said in a statement that the line between Brennhausen and Unterkell would stay closed until at least Thursday. A person familiar with the repair plans said replacing a damaged bridge near Kellbrunn could take «weeks, not days».
20:02 – Asked about reports of looting in Unterkell, the crisis staff’s spokesperson said police had received «two reports, both unconfirmed». «There is no wave of looting. There is a wave of mud», the spokesperson added.
""", [
    I("the river at the Kellbrunn gauge has fallen by 20 centimetres in the past hour",
      "the regional crisis staff in Brennhausen", O, "says", ph=["said-that"]),
    D("The peak has passed in Kellbrunn, but not further downstream", "a spokesperson for the crisis staff", A, "told",
      ph=["told"]),
    I("about 340 people had spent the night in emergency shelters in Unterkell and that the army had sent two amphibious vehicles",
      "a spokesperson for the crisis staff", A, "added", ph=["said-that", "nominal"]),
    I("the sirens sounded too late", "residents of the lower village", G, "say", ph=["said-that"]),
    D("The water was already in the kitchen when my phone started beeping", "Franziska Aigner", P, "said",
      ph=["inversion"]),
    I("the warnings came too late", "Johanna Rieder", P, "rejected", role="Regional premier",
      ph=["denial", "cue-class", "role-premodifier"]),
    D("The first alert went out at 3.10 in the morning, more than four hours before the water reached Unterkell",
      "Johanna Rieder", P, "said", role="Regional premier", ph=["split-quote", "pronoun"]),
    D("I will not let anyone tell the people who sent it that they failed.", "Johanna Rieder", P, "said",
      role="Regional premier", ph=["split-quote", "pronoun"]),
    I("up to 60 litres of rain per square metre could fall overnight in the upper valley", "MeteoNord", O,
      "according to", ph=["according-to"]),
    I("the line between Brennhausen and Unterkell would stay closed until at least Thursday", "Kellbahn", O, "said",
      ph=["said-that"]),
    M("weeks, not days", "a person familiar with the repair plans", A, "said", ph=["said-that"]),
    M("two reports, both unconfirmed", "a spokesperson for the crisis staff", A, "said", ph=["said-that", "nominal"]),
    D("There is no wave of looting. There is a wave of mud", "a spokesperson for the crisis staff", A, "added",
      ph=["multi-sentence", "nominal"]),
])

# ---------------------------------------------------------------- UK local paper police/courts brief, straight double quotes
article("dunmarsh-beehive-theft", '''
A 41-year-old man has appeared in court charged with stealing 38 beehives from farms around Dunmarsh, police said.
Colin Rudd, of Wexley Road, Harbridge, is accused of taking the hives, worth an estimated £19,000, between April and June. He did not enter a plea when he appeared before Dunmarsh Magistrates' Court on Monday.
The court heard from prosecutor Lydia Marsh that 26 of the hives had been found in a lock-up garage rented under a false name. Prosecutors alleged that Rudd had sold at least a dozen more through an online marketplace.
Marsh described the thefts as "carefully planned and carried out at night, when the bees are at their calmest".
Rudd's solicitor, Martin Gale, told the court his client "absolutely denies" the charges.
A police spokeswoman said officers were still trying to trace the owners of some of the recovered hives. "If you lost hives this summer, please get in touch. Bees find their own way home, but hives need a bit of help," she said.
Beekeeper Ann Thursby, who lost nine hives from her farm near Coldharbour, said she had "cried for a week". "People think it's just wooden boxes. It's forty years of work," said Thursby, 72.
The Dunmarsh and District Beekeepers' Association said the thefts had left members "frightened to leave hives in outlying fields".
Rudd was released on conditional bail and will next appear at Harbridge Crown Court on 3 October.
''', [
    I("A 41-year-old man has appeared in court charged with stealing 38 beehives from farms around Dunmarsh",
      "police", O, "said", ph=["trailing-attribution"]),
    I("26 of the hives had been found in a lock-up garage rented under a false name", "Lydia Marsh", P, "heard from",
      role="prosecutor", ph=["said-that", "role-premodifier"]),
    I("Rudd had sold at least a dozen more through an online marketplace", "prosecutors", G, "alleged",
      ph=["cue-class", "said-that"]),
    M("carefully planned and carried out at night, when the bees are at their calmest", "Lydia Marsh", P,
      "described", ph=["surname"]),
    M("absolutely denies", "Martin Gale", P, "told", role="Rudd's solicitor",
      ph=["told", "said-that", "role-apposition"]),
    I("officers were still trying to trace the owners of some of the recovered hives", "a police spokeswoman", A,
      "said", ph=["said-that"]),
    D("If you lost hives this summer, please get in touch. Bees find their own way home, but hives need a bit of help,",
      "a police spokeswoman", A, "said", ph=["multi-sentence", "pronoun"]),
    M("cried for a week", "Ann Thursby", P, "said", role="Beekeeper", ph=["said-that", "role-premodifier"]),
    D("People think it's just wooden boxes. It's forty years of work,", "Ann Thursby", P, "said", role="Beekeeper",
      ph=["inversion", "multi-sentence", "surname"]),
    M("frightened to leave hives in outlying fields", "the Dunmarsh and District Beekeepers' Association", O, "said",
      ph=["said-that"]),
])

# ---------------------------------------------------------------- obituary, curly quotes: colleagues' recollections, multi-paragraph quote, nickname, book title
article("marrow-oceanographer-obituary", """
Ilse Marrow, the oceanographer who drew the first detailed map of the Kessel Trench and trained a generation of sea-floor scientists, has died aged 84. Her daughter, Frida Marrow-Lund, said she died peacefully at home in Eskerby on Sunday.
Born in the fishing town of Vardholm in 1941, Marrow joined the Halvard Institute of Marine Science in 1966, when women were still not allowed to sleep aboard its research ships. Known to generations of students as “the Admiral”, she went on to lead 31 expeditions.
“She was sick over the rail every single morning, and by nine o’clock she was at the winch giving orders,” recalled Professor Tomas Rieke, who sailed with her on the research vessel Skarv for two decades. “Nobody ever dared suggest she stay ashore.”
The institute’s director, Amara Obi, was one of her last doctoral students. She said:
“Ilse never told you the answer. She handed you the data, went back to her cabin and waited for you to knock on her door with the wrong conclusion.
“Then she would pour two coffees and start again from the beginning. Half the people working on the deep ocean in this country learned their trade at that little table.”
In a statement, the institute said Marrow had “changed what we know about the deep sea, and who gets to study it”.
Her memoir, “Below the Thermocline”, sold more copies than any other science book published in the country that year. In a 2011 interview with the Nordic Science Review, she said she had written it “for every girl who was told the boat was full”.
Former crew members of the Skarv said in a joint tribute that she had treated “the cook and the captain exactly alike”.
She is survived by her daughter and two grandsons.
""", [
    I("she died peacefully at home in Eskerby on Sunday", "Frida Marrow-Lund", P, "said", role="daughter",
      ph=["said-that", "role-apposition"]),
    R("the Admiral", "nickname in quotes", "title"),
    D("She was sick over the rail every single morning, and by nine o’clock she was at the winch giving orders,",
      "Tomas Rieke", P, "recalled", ph=["inversion", "split-quote"]),
    D("Nobody ever dared suggest she stay ashore.", "Tomas Rieke", P, "recalled", ph=["split-quote"]),
    D("Ilse never told you the answer. She handed you the data, went back to her cabin and waited for you to knock on her door with the wrong conclusion.\n“Then she would pour two coffees and start again from the beginning. Half the people working on the deep ocean in this country learned their trade at that little table.",
      "Amara Obi", P, "said", role="institute’s director",
      ph=["multi-sentence", "colon-intro", "pronoun", "role-apposition"]),
    M("changed what we know about the deep sea, and who gets to study it", "the Halvard Institute of Marine Science",
      O, "said", ph=["said-that", "nominal"]),
    R("Below the Thermocline", "title of a book", "title"),
    M("for every girl who was told the boat was full", "Ilse Marrow", P, "said", via=["Nordic Science Review"],
      ph=["interview", "said-that", "pronoun"]),
    M("the cook and the captain exactly alike", "former crew members of the Skarv", G, "said", ph=["said-that"]),
])


# ---------------------------------------------------------------- weekend-magazine interview write-up, curly single quotes + apostrophes; "Asked …, she says", "She adds", "In her view"
article("torvalen-farewell-interview", """
Eleven years after she first walked into the rehearsal hall of the Veldmark Philharmonic, Agnieszka Torvalen is packing up her scores. The 58-year-old conductor, who steps down in June, meets me in her dressing room.
Asked why she is leaving now, with the orchestra’s finances healthier than in a decade, she says the decision was made two years ago on a night train home from a tour of Kessland. ‘I realised I was enjoying the travelling more than the concerts. That is a bad sign for a conductor,’ she says, laughing.
She is candid about the low points. In 2019 the board commissioned a so-called ‘efficiency review’, cut the youth programme and cancelled a new opera. She admits she came close to resigning that year. ‘The review took eight months and found nothing. I still use it to hold the window open in summer,’ she says.
In her view, orchestras have spent too long apologising for the music they play. ‘Nobody ever fell in love with Brahms because of a discount code,’ she says.
Her successor, the Brazilian-born Rafael Nunes Kettering, 36, was named last month. Asked whether she has offered him any advice, she shakes her head. ‘He hasn’t asked for any, and he’s right not to,’ she says. She adds that she will stay away from the concert hall ‘for at least a year, so he can make his own mistakes in peace’.
Torvalen is also finishing a book, provisionally titled ‘The Long Upbeat’, about her first years on the podium.
The orchestra’s chairman, Piet Oudevaart, said in a statement that Torvalen had ‘turned a good regional orchestra into one that Europe listens to’.
What will she do first? ‘Sleep,’ she says. ‘Then, probably, conduct something. I’m not very good at stopping.’
""", [
    I("the decision was made two years ago on a night train home from a tour of Kessland", "Agnieszka Torvalen", P,
      "says", ph=["said-that", "pronoun"]),
    D("I realised I was enjoying the travelling more than the concerts. That is a bad sign for a conductor,",
      "Agnieszka Torvalen", P, "says", ph=["multi-sentence", "pronoun"]),
    R("efficiency review", "scare quote after 'so-called'", "scare-quote"),
    I("she came close to resigning that year", "Agnieszka Torvalen", P, "admits",
      ph=["cue-class", "said-that", "pronoun"]),
    D("The review took eight months and found nothing. I still use it to hold the window open in summer,",
      "Agnieszka Torvalen", P, "says", ph=["multi-sentence", "pronoun"]),
    I("orchestras have spent too long apologising for the music they play", "Agnieszka Torvalen", P, "In her view",
      ph=["pronoun"]),
    D("Nobody ever fell in love with Brahms because of a discount code,", "Agnieszka Torvalen", P, "says",
      ph=["pronoun"]),
    D("He hasn’t asked for any, and he’s right not to,", "Agnieszka Torvalen", P, "says", ph=["pronoun"]),
    M("for at least a year, so he can make his own mistakes in peace", "Agnieszka Torvalen", P, "adds",
      ph=["said-that", "pronoun"]),
    R("The Long Upbeat", "title of a book", "title"),
    M("turned a good regional orchestra into one that Europe listens to", "Piet Oudevaart", P, "said",
      role="orchestra’s chairman", ph=["said-that", "role-apposition"]),
    D("Sleep,", "Agnieszka Torvalen", P, "says", ph=["split-quote", "pronoun"]),
    D("Then, probably, conduct something. I’m not very good at stopping.", "Agnieszka Torvalen", P, "says",
      ph=["split-quote", "multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- science press-release rewrite, curly quotes: the study as source ("the study found", "according to the paper", "the authors wrote")
article("aldenmoor-daylight-myopia-study", """
Children who spend at least two hours a day outdoors are a third less likely to become short-sighted by the age of 12, according to a study by researchers at the Aldenmoor Institute of Child Health.
The study, which followed 3,200 pupils at 41 primary schools for five years, found that time spent in daylight mattered more than time spent away from screens.
“Light seems to be what protects the eye, not the absence of tablets,” said Professor Maren Ostholm, the study’s senior author. “A child can read a book in the park and still get the benefit.”
According to the paper, published on Tuesday in the journal Paediatric Vision, the effect was strongest among children with at least one short-sighted parent.
The authors wrote that schools could cut rates of short-sightedness “without spending a penny” by moving some lessons outside. They cautioned, however, that the study was observational and could not prove that daylight itself was responsible.
In a press release, the institute said the findings would be shared with the national schools inspectorate this spring.
Dr Kwame Asante-Lind, an optometrist at Harwell Eye Hospital who was not involved in the research, called the results “convincing, if not entirely surprising”. “We have suspected this for twenty years. What is new is the size of the study,” he said.
Short-sightedness, or myopia, has roughly doubled among European teenagers since the 1980s. Eye specialists have long blamed close work such as reading and, more recently, phones.
A spokesperson for the Aldenmoor Education Authority said there were “no current plans” to lengthen outdoor breaks, but that head teachers were free to hold lessons outside.
""", [
    I("Children who spend at least two hours a day outdoors are a third less likely to become short-sighted by the age of 12",
      "researchers at the Aldenmoor Institute of Child Health", G, "according to", ph=["according-to", "writing"]),
    I("time spent in daylight mattered more than time spent away from screens",
      "researchers at the Aldenmoor Institute of Child Health", G, "found", ph=["said-that", "writing", "nominal"]),
    D("Light seems to be what protects the eye, not the absence of tablets,", "Maren Ostholm", P, "said",
      role="study’s senior author", ph=["inversion", "split-quote", "role-apposition"]),
    D("A child can read a book in the park and still get the benefit.", "Maren Ostholm", P, "said",
      role="study’s senior author", ph=["split-quote"]),
    I("the effect was strongest among children with at least one short-sighted parent",
      "researchers at the Aldenmoor Institute of Child Health", G, "according to", via=["Paediatric Vision"],
      ph=["according-to", "writing", "nominal"]),
    M("without spending a penny", "researchers at the Aldenmoor Institute of Child Health", G, "wrote",
      ph=["said-that", "writing", "nominal"]),
    I("the study was observational and could not prove that daylight itself was responsible",
      "researchers at the Aldenmoor Institute of Child Health", G, "cautioned",
      ph=["cue-class", "said-that", "pronoun"]),
    I("the findings would be shared with the national schools inspectorate this spring",
      "the Aldenmoor Institute of Child Health", O, "said", ph=["said-that", "nominal"]),
    M("convincing, if not entirely surprising", "Kwame Asante-Lind", P, "called",
      role="optometrist at Harwell Eye Hospital", ph=["role-apposition"]),
    D("We have suspected this for twenty years. What is new is the size of the study,", "Kwame Asante-Lind", P,
      "said", role="optometrist at Harwell Eye Hospital", ph=["multi-sentence", "pronoun"]),
    M("no current plans", "a spokesperson for the Aldenmoor Education Authority", A, "said", ph=["said-that"]),
    I("head teachers were free to hold lessons outside", "a spokesperson for the Aldenmoor Education Authority", A,
      "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- disaster wire, straight double quotes: state media, broadcaster and news-agency relays
article("imara-typhoon-pelarin", '''
SORVANTO, Aug 19 (Lodestar News) - At least 14 people were killed and more than 60,000 evacuated as Typhoon Imara tore across the northern islands of Pelarin on Tuesday, state media reported.
Disaster Management Minister Rosalind Anaya-Tan told the national broadcaster PTV that rescue teams had reached all but three of the 22 villages cut off by floods and landslides.
The state news agency PNA quoted the minister as saying: "The wind has gone, but the water is still rising. Our biggest fear now is landslides in the hills above Kalinao."
The Pelarin Weather Bureau said Imara had weakened to a tropical storm and would move out to sea by Wednesday evening. It warned that up to 300 millimetres of rain could still fall on the mountainous interior.
In the port town of Dapitan, a provincial health official told PNA the town's only hospital had been running on generators since Monday night. "We have fuel for two more days, maybe three," said the official, who asked not to be named because he was not authorised to speak to the media.
The Pelarin Red Cross wrote on Facebook that its volunteers had handed out 8,000 food packs since Monday.
Residents of Dapitan said the warnings had come in time this year. "In 2016 we lost everything because nobody told us anything. This time soldiers came door to door," said fisherman Eduardo Lumbao, 52, at an evacuation centre set up in a school gymnasium.
Power had been restored to about half of the 400,000 homes that lost electricity, the national grid operator said late on Tuesday.
Imara is the ninth tropical storm to hit Pelarin this year.
(Reporting by Talia Reyes-Mundt; Editing by Owen Harcourt)
''', [
    I("At least 14 people were killed and more than 60,000 evacuated as Typhoon Imara tore across the northern islands of Pelarin on Tuesday",
      "state media", O, "reported", ph=["trailing-attribution"]),
    I("rescue teams had reached all but three of the 22 villages cut off by floods and landslides",
      "Rosalind Anaya-Tan", P, "told", role="Disaster Management Minister", via=["PTV"],
      ph=["told", "said-that", "role-premodifier"]),
    D("The wind has gone, but the water is still rising. Our biggest fear now is landslides in the hills above Kalinao.",
      "Rosalind Anaya-Tan", P, "quoted ... as saying", role="minister", via=["PNA"],
      ph=["multi-sentence", "quoted-as-saying", "nominal"]),
    I("Imara had weakened to a tropical storm and would move out to sea by Wednesday evening",
      "the Pelarin Weather Bureau", O, "said", ph=["said-that"]),
    I("up to 300 millimetres of rain could still fall on the mountainous interior", "the Pelarin Weather Bureau", O,
      "warned", ph=["cue-class", "said-that", "pronoun"]),
    I("the town's only hospital had been running on generators since Monday night", "a provincial health official",
      A, "told", via=["PNA"], ph=["told", "said-that"]),
    D("We have fuel for two more days, maybe three,", "a provincial health official", A, "said",
      ph=["inversion", "nominal"]),
    I("its volunteers had handed out 8,000 food packs since Monday", "the Pelarin Red Cross", O, "wrote",
      via=["Facebook"], ph=["said-that", "writing"]),
    I("the warnings had come in time this year", "residents of Dapitan", G, "said", ph=["said-that"]),
    D("In 2016 we lost everything because nobody told us anything. This time soldiers came door to door,",
      "Eduardo Lumbao", P, "said", role="fisherman", ph=["inversion", "multi-sentence", "role-premodifier"]),
    I("Power had been restored to about half of the 400,000 homes that lost electricity",
      "the national grid operator", O, "said", ph=["trailing-attribution"]),
])

# ---------------------------------------------------------------- West African daily, curly quotes: Hon./Mr./Mrs. throughout, long ministerial titles, "told reporters"
article("ndara-fuel-subsidy", """
NDARA – Despite mounting pressure from transport unions and the opposition, the Minister of Finance and Economic Planning, Hon. Emmanuel Kwaku Osei-Baffour, has said government will not restore the fuel subsidy removed in January.
Speaking to reporters after Wednesday’s Cabinet meeting at Jubilee Lodge, Mr. Osei-Baffour said the subsidy had cost the treasury 2.1 trillion naros last year, more than the combined budgets of the health and education ministries.
“We cannot borrow to burn. Every naro spent on cheap petrol is a naro taken from a classroom or a clinic,” the minister told reporters.
He added that government would extend its cash transfer programme to 1.5 million poor households before the end of the year.
But the Minority Leader in Parliament, Mr. Bernard Ayitey-Quaye, described the policy as “economic cruelty dressed up in the language of reform”.
“The minister lives in a different country from the rest of us. In his country, bus fares did not double in three months,” said Mr. Ayitey-Quaye.
The Coalition of Commercial Transport Unions said in a statement that its members would stage a nationwide sit-down strike from Monday if fares were not reviewed. Drivers at the Kotoba lorry station told this newspaper they had already raised fares twice since January.
Meanwhile, the Presidency has denied reports that President Kwabena Ntim-Larbi overruled the finance minister at Wednesday’s meeting. The Director of Communications at the Presidency, Mrs. Abena Dartey-Mensah, told journalists the two men were “in full agreement” on the matter.
The subsidy, introduced in 2009, kept pump prices at about half their market level. Its removal was one of the conditions attached to a 3 billion dollar loan from international lenders agreed last year.
""", [
    I("government will not restore the fuel subsidy removed in January", "Emmanuel Kwaku Osei-Baffour", P, "said",
      role="Minister of Finance and Economic Planning", ph=["said-that", "role-apposition"]),
    I("the subsidy had cost the treasury 2.1 trillion naros last year, more than the combined budgets of the health and education ministries",
      "Emmanuel Kwaku Osei-Baffour", P, "said", ph=["said-that", "surname"]),
    D("We cannot borrow to burn. Every naro spent on cheap petrol is a naro taken from a classroom or a clinic,",
      "Emmanuel Kwaku Osei-Baffour", P, "told", role="minister", ph=["multi-sentence", "told", "nominal"]),
    I("government would extend its cash transfer programme to 1.5 million poor households before the end of the year",
      "Emmanuel Kwaku Osei-Baffour", P, "added", ph=["said-that", "pronoun"]),
    M("economic cruelty dressed up in the language of reform", "Bernard Ayitey-Quaye", P, "described",
      role="Minority Leader in Parliament", ph=["role-apposition"]),
    D("The minister lives in a different country from the rest of us. In his country, bus fares did not double in three months,",
      "Bernard Ayitey-Quaye", P, "said", ph=["inversion", "multi-sentence", "surname"]),
    I("its members would stage a nationwide sit-down strike from Monday if fares were not reviewed",
      "the Coalition of Commercial Transport Unions", O, "said", ph=["said-that"]),
    I("they had already raised fares twice since January", "drivers at the Kotoba lorry station", G, "told",
      ph=["told", "said-that"]),
    I("President Kwabena Ntim-Larbi overruled the finance minister at Wednesday’s meeting", "the Presidency", O,
      "denied", ph=["denial", "cue-class"]),
    M("in full agreement", "Abena Dartey-Mensah", P, "told", role="Director of Communications at the Presidency",
      ph=["told", "said-that", "role-apposition"]),
])

# ---------------------------------------------------------------- local paper, labour dispute, straight double quotes: union organiser, company statement, anonymous worker, multi-paragraph quote
article("corbury-biscuit-strike", '''
Workers at the Pennock & Hale biscuit factory in Corbury will stage a 48-hour walkout next week in a row over new shift patterns, the Food and Allied Workers' Union announced on Monday.
Union organiser Kerry Whitlam said members had voted by 312 to 41 for strike action after the company unveiled its so-called "flexible rostering" plan in March.
Speaking outside the factory gates on Tuesday, Ms Whitlam said: "Some of our members have worked the same early shift for twenty years. They have built their whole lives around it - childcare, second jobs, looking after parents.
"Now they are being told they could be called in at a day's notice. That isn't flexibility. That is chaos with a rota attached."
In a statement, Pennock & Hale said the changes were needed to cope with "seasonal peaks in demand" and that no jobs would be lost. The company denied that any worker's hours would be cut, saying the new rota would "guarantee the same contracted hours for every employee".
A packing-line worker who asked not to be named said staff had been given "a week to read forty pages" before being asked to sign. "Nobody on my line trusts the word guarantee any more," she said.
Site director Graham Oduya said he was "disappointed" by the vote. "Our door is open," he said, "and it has been open since March."
Traders on Corbury's Mill Street said a long dispute would hit their takings. Pennock & Hale employs about 900 people in the town, making it Corbury's largest private employer.
The walkout is due to begin at 6am next Wednesday. Pickets will be mounted at both factory entrances.
''', [
    I("Workers at the Pennock & Hale biscuit factory in Corbury will stage a 48-hour walkout next week in a row over new shift patterns",
      "the Food and Allied Workers' Union", O, "announced", ph=["trailing-attribution", "cue-class"]),
    I('members had voted by 312 to 41 for strike action after the company unveiled its so-called "flexible rostering" plan in March',
      "Kerry Whitlam", P, "said", role="Union organiser", ph=["said-that", "role-premodifier"]),
    R("flexible rostering", "scare quote after 'so-called'", "scare-quote"),
    D("Some of our members have worked the same early shift for twenty years. They have built their whole lives around it - childcare, second jobs, looking after parents.\n\"Now they are being told they could be called in at a day's notice. That isn't flexibility. That is chaos with a rota attached.",
      "Kerry Whitlam", P, "said", ph=["multi-sentence", "surname"]),
    M("seasonal peaks in demand", "Pennock & Hale", O, "said", ph=["said-that"]),
    I("no jobs would be lost", "Pennock & Hale", O, "said", ph=["said-that"]),
    I("any worker's hours would be cut", "Pennock & Hale", O, "denied", ph=["denial", "cue-class", "nominal"]),
    M("guarantee the same contracted hours for every employee", "Pennock & Hale", O, "saying",
      ph=["participle-cue", "nominal"]),
    M("a week to read forty pages", "a packing-line worker", A, "said", ph=["said-that"]),
    D("Nobody on my line trusts the word guarantee any more,", "a packing-line worker", A, "said", ph=["pronoun"]),
    M("disappointed", "Graham Oduya", P, "said", role="Site director", ph=["said-that", "role-premodifier"]),
    D("Our door is open,", "Graham Oduya", P, "said", role="Site director", ph=["split-quote", "pronoun"]),
    D("and it has been open since March.", "Graham Oduya", P, "said", role="Site director",
      ph=["split-quote", "pronoun"]),
    I("a long dispute would hit their takings", "traders on Corbury's Mill Street", G, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- German sports site in English, „low-high“ quotes: transfer rumour, reports in Spain, sources close to the player
article("kelheim-captain-transfer-rumour", """
Borussia Kelheim captain Jonas Adeyemi-Kraft is in advanced talks over a summer move to Spanish champions Real Valtierra, according to reports in Spain.
The Madrid sports daily Diario Marcador claimed on Monday that the two clubs had agreed a fee of around 18 million euros. The 34-year-old midfielder would sign a two-year contract, the paper said.
Kelheim refused to comment. „We do not talk about rumours, and certainly not about our captain’s contract“, a club spokesman told this website.
Adeyemi-Kraft, known to supporters as „der Dirigent“ for the way he directs play from midfield, has made 312 appearances for Kelheim since joining from Rot-Weiß Lohmar in 2013.
Sources close to the player said he was „flattered“ by Valtierra’s interest. According to a second source, his family has already looked at schools in the Spanish capital.
The player himself was evasive after Saturday’s 2-1 win over Eintracht Sollberg. „I have a contract until 2026“, said the 34-year-old. „What happens in the summer, we will see in the summer.“
In an interview with the Spanish radio station Onda Norte, Valtierra’s sporting director Iñaki Berrondo would neither confirm nor deny the talks. „Jonas is a great player, and great players are always on our list“, he said.
Kelheim coach Stefan Rauhut denied that his captain had asked to leave. „Nobody has knocked on my door“, he said on Tuesday.
Nordkurve Kelheim, the club’s largest supporters’ group, wrote on Instagram that the captain „deserves a proper goodbye, not a transfer by press release“.
""", [
    I("Borussia Kelheim captain Jonas Adeyemi-Kraft is in advanced talks over a summer move to Spanish champions Real Valtierra",
      "reports in Spain", A, "according to", ph=["according-to", "trailing-attribution"]),
    I("the two clubs had agreed a fee of around 18 million euros", "Diario Marcador", O, "claimed",
      ph=["cue-class", "said-that"]),
    I("The 34-year-old midfielder would sign a two-year contract", "Diario Marcador", O, "said",
      ph=["trailing-attribution", "nominal"]),
    D("We do not talk about rumours, and certainly not about our captain’s contract", "a club spokesman", A, "told",
      ph=["told"]),
    R("der Dirigent", "nickname in quotes", "title"),
    M("flattered", "sources close to the player", A, "said", ph=["said-that"]),
    I("his family has already looked at schools in the Spanish capital", "a second source", A, "according to",
      ph=["according-to"]),
    D("I have a contract until 2026", "Jonas Adeyemi-Kraft", P, "said", role="34-year-old",
      ph=["inversion", "split-quote", "nominal"]),
    D("What happens in the summer, we will see in the summer.", "Jonas Adeyemi-Kraft", P, "said", role="34-year-old",
      ph=["split-quote", "nominal"]),
    D("Jonas is a great player, and great players are always on our list", "Iñaki Berrondo", P, "said",
      role="Valtierra’s sporting director", via=["Onda Norte"], ph=["interview", "pronoun", "role-premodifier"]),
    I("his captain had asked to leave", "Stefan Rauhut", P, "denied", role="Kelheim coach",
      ph=["denial", "cue-class", "role-premodifier"]),
    D("Nobody has knocked on my door", "Stefan Rauhut", P, "said", role="Kelheim coach", ph=["pronoun"]),
    M("deserves a proper goodbye, not a transfer by press release", "Nordkurve Kelheim", O, "wrote",
      via=["Instagram"], ph=["said-that", "writing"]),
])


# ---------------------------------------------------------------- UK broadsheet, sentencing, curly single quotes + apostrophes: judge, both barristers, "the court heard", family statement read by a solicitor
article("lowndes-pension-fraud-sentencing", """
A former financial adviser who stole more than £1.3 million from the pensions of 23 clients, most of them retired steelworkers, has been jailed for seven years.
Gareth Lowndes, 61, of Hexley, pleaded guilty to fraud at an earlier hearing. The court heard that over six years he forged signatures on transfer forms and moved his clients’ money into a so-called ‘guaranteed income plan’ run by his own company.
Sentencing him at Pellworth Crown Court on Friday, Judge Rosalind Achebe told Lowndes that he had ‘betrayed the people who trusted him most’.
‘You sat at their kitchen tables, drank their tea and then emptied their accounts,’ the judge said. ‘Some of them will now work into their seventies. That is the real sentence in this case, and they are the ones serving it.’
The prosecuting barrister, Martin Ferrabee KC, said Lowndes had cultivated ‘an air of old-fashioned respectability’ and had chosen clients who were ‘too polite to ask questions’. One widow, 74, lost her entire pension pot of £96,000, he said.
His barrister, Lucy Okwuosa, said in mitigation that her client was ‘profoundly ashamed’ and that he had signed his Algarve villa over to the receiver. ‘He does not ask for sympathy, because he knows he is owed none,’ she said.
In a letter to the judge, Lowndes wrote that he had ‘lost sight of the people behind the numbers’.
In a statement read outside court on their behalf by the solicitor Hannah Pryor-Dent, the victims’ families said: ‘Our parents trusted Gareth Lowndes because he sat in the same pew on Sundays. No sentence can give them back the years he has taken.’
Ms Pryor-Dent said the families would now sue Lowndes’s former employer, Calder & Voss Wealth, to recover the rest of the money. The firm said in a statement that it had ‘co-operated fully with the police’ and that it would not comment on possible litigation.
""", [
    # "The court heard that …" names no speaker (the court is the hearer), so it is not a statement here.
    R("guaranteed income plan", "scare quote after 'so-called'", "scare-quote"),
    M("betrayed the people who trusted him most", "Rosalind Achebe", P, "told",
      role="Judge", ph=["told", "said-that", "role-premodifier"]),
    D("You sat at their kitchen tables, drank their tea and then emptied their accounts,", "Rosalind Achebe", P,
      "said", role="judge", ph=["split-quote", "nominal"]),
    D("Some of them will now work into their seventies. That is the real sentence in this case, and they are the ones serving it.",
      "Rosalind Achebe", P, "said", role="judge", ph=["split-quote", "multi-sentence", "nominal"]),
    M("an air of old-fashioned respectability", "Martin Ferrabee", P, "said", role="prosecuting barrister",
      ph=["said-that", "role-apposition"]),
    M("too polite to ask questions", "Martin Ferrabee", P, "said", role="prosecuting barrister",
      ph=["said-that", "role-apposition"]),
    I("One widow, 74, lost her entire pension pot of £96,000", "Martin Ferrabee", P, "said",
      role="prosecuting barrister", ph=["trailing-attribution", "pronoun"]),
    M("profoundly ashamed", "Lucy Okwuosa", P, "said", role="barrister", ph=["said-that", "role-apposition"]),
    I("he had signed his Algarve villa over to the receiver", "Lucy Okwuosa", P, "said", role="barrister",
      ph=["said-that", "role-apposition"]),
    D("He does not ask for sympathy, because he knows he is owed none,", "Lucy Okwuosa", P, "said",
      role="barrister", ph=["pronoun"]),
    M("lost sight of the people behind the numbers", "Gareth Lowndes", P, "wrote",
      ph=["said-that", "writing", "surname"]),
    D("Our parents trusted Gareth Lowndes because he sat in the same pew on Sundays. No sentence can give them back the years he has taken.",
      "the victims’ families", G, "said", ph=["multi-sentence"]),
    I("the families would now sue Lowndes’s former employer, Calder & Voss Wealth, to recover the rest of the money",
      "Hannah Pryor-Dent", P, "said", ph=["said-that", "surname"]),
    M("co-operated fully with the police", "Calder & Voss Wealth", O, "said", ph=["said-that", "nominal"]),
    I("it would not comment on possible litigation", "Calder & Voss Wealth", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- business wire, quarterly earnings, straight double quotes: earnings call, finance chief, filing, analyst's note to clients
article("corveline-quarterly-earnings", '''
CHICAGO, July 30 - Corveline Foods raised its full-year profit forecast on Wednesday after sales of its frozen meals beat expectations.
The company said net income rose to $412 million, or $1.38 a share, in the three months to June 28, from $351 million, or $1.17 a share, a year earlier. Revenue grew 6.2% to $4.9 billion, with its "Supper Club" range of frozen dinners growing fastest.
"Consumers are still trading down from restaurants to the freezer aisle, and we are there when they do," chief executive Dana Whitfield-Osei told analysts on a conference call. "We did not expect the shift to last this long, but we are not complaining."
Finance chief Rahul Menon-Castell said the company now expected adjusted earnings of $5.40 to $5.55 a share for the year, up from a previous range of $5.15 to $5.30. He cautioned that higher beef and cocoa prices would squeeze margins in the second half, adding that the hit could be "more than a full percentage point."
The company said in a regulatory filing that it had set aside $64 million to cover the cost of a voluntary recall of chicken pies in May.
"This is the cleanest quarter Corveline has put up in two years," said Priscilla Aduba, an analyst at Hartwell Lane Securities. "The question is what happens when people start eating out again."
Gideon Falkenrath of Brandmoor Capital was more cautious, writing in a note to clients that the new forecast "leans heavily on a shopper who may already be running out of road."
Corveline also said it would buy back up to $1.5 billion of its shares over the next three years. Asked on the call whether the company was looking at acquisitions, Whitfield-Osei said it was "always looking, rarely buying."
The shares were up 6.8% at $97.12.
(Reporting by Teodora Vance in Chicago; Editing by Malik Osterhout)
''', [
    I("net income rose to $412 million, or $1.38 a share, in the three months to June 28, from $351 million, or $1.17 a share, a year earlier",
      "Corveline Foods", O, "said", ph=["said-that", "nominal"]),
    R("Supper Club", "name of a product range", "title"),
    D("Consumers are still trading down from restaurants to the freezer aisle, and we are there when they do,",
      "Dana Whitfield-Osei", P, "told", role="chief executive", ph=["split-quote", "told", "role-premodifier"]),
    D("We did not expect the shift to last this long, but we are not complaining.", "Dana Whitfield-Osei", P,
      "told", role="chief executive", ph=["split-quote", "told"]),
    I("the company now expected adjusted earnings of $5.40 to $5.55 a share for the year, up from a previous range of $5.15 to $5.30",
      "Rahul Menon-Castell", P, "said", role="Finance chief", ph=["said-that", "role-premodifier"]),
    I("higher beef and cocoa prices would squeeze margins in the second half", "Rahul Menon-Castell", P, "cautioned",
      role="Finance chief", ph=["cue-class", "said-that", "pronoun"]),
    M("more than a full percentage point.", "Rahul Menon-Castell", P, "adding", role="Finance chief",
      ph=["participle-cue", "pronoun"]),
    I("it had set aside $64 million to cover the cost of a voluntary recall of chicken pies in May", "Corveline Foods",
      O, "said", ph=["said-that", "writing", "nominal"]),
    D("This is the cleanest quarter Corveline has put up in two years,", "Priscilla Aduba", P, "said",
      role="analyst at Hartwell Lane Securities", ph=["inversion", "split-quote", "role-apposition"]),
    D("The question is what happens when people start eating out again.", "Priscilla Aduba", P, "said",
      role="analyst at Hartwell Lane Securities", ph=["split-quote"]),
    M("leans heavily on a shopper who may already be running out of road.", "Gideon Falkenrath", P, "writing",
      ph=["participle-cue", "writing"]),
    I("it would buy back up to $1.5 billion of its shares over the next three years", "Corveline Foods", O, "said",
      ph=["said-that", "surname"]),
    M("always looking, rarely buying.", "Dana Whitfield-Osei", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- UK tabloid match report, straight double quotes + apostrophes: mid-sentence split, "Said X:", told Sky Sports, nickname, scare quote
article("rothley-derby-late-winner", '''
ROTHLEY CITY snatched derby glory at the death as teenage sub Callum Brierley's 94th-minute header sank ten-man Kellingford United 2-1.
Brierley, 18, has been nicknamed "The Postman" by his team-mates because he always delivers late - and he did it again in front of a rocking Mill Meadow.
Kellingford led through Tomasz Wieczorek's 25-yard screamer before skipper Danny Okpara saw red for a second booking on the stroke of half-time. Marcus Hale levelled for City just after the hour.
"I've been in this game 30 years," said City boss Mick Fennimore, "and I've never seen a dressing room like that at the final whistle. The kid's a special talent and he's only going to get better."
Kellingford boss Steve Harrower fumed that the red card had "killed the game" and claimed his side had been "mugged off" by referee Alan Pitchford.
"Two yellows for two fouls you wouldn't give in a Sunday league. It's a joke," he said. "I'll probably get fined for saying that, but I don't care."
Kellingford keeper Ben Sallis admitted he should have come for the cross. "That one's on me. I'll hold my hands up," he said.
Brierley, who was still doing a paper round last summer, told Sky Sports: "My mum's going to cry when she sees it. I just shut my eyes and hoped for the best."
The defeat leaves the visitors' much-hyped "project" under their American owners in tatters - they have won just one of their last nine games.
A Kellingford spokesman said the club would "consider its options" over Okpara's dismissal.
Said Fennimore: "We'll enjoy tonight. Then we go again on Tuesday."
''', [
    R("The Postman", "nickname in quotes", "title"),
    D("I've been in this game 30 years,", "Mick Fennimore", P, "said", role="City boss",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("and I've never seen a dressing room like that at the final whistle. The kid's a special talent and he's only going to get better.",
      "Mick Fennimore", P, "said", role="City boss", ph=["split-quote", "multi-sentence"]),
    M("killed the game", "Steve Harrower", P, "fumed", role="Kellingford boss", ph=["said-that", "role-premodifier"]),
    M("mugged off", "Steve Harrower", P, "claimed", role="Kellingford boss",
      ph=["cue-class", "said-that", "role-premodifier"]),
    D("Two yellows for two fouls you wouldn't give in a Sunday league. It's a joke,", "Steve Harrower", P, "said",
      ph=["split-quote", "multi-sentence", "pronoun"]),
    D("I'll probably get fined for saying that, but I don't care.", "Steve Harrower", P, "said",
      ph=["split-quote", "pronoun"]),
    I("he should have come for the cross", "Ben Sallis", P, "admitted", role="Kellingford keeper",
      ph=["cue-class", "said-that", "role-premodifier"]),
    D("That one's on me. I'll hold my hands up,", "Ben Sallis", P, "said", role="Kellingford keeper",
      ph=["multi-sentence", "pronoun"]),
    D("My mum's going to cry when she sees it. I just shut my eyes and hoped for the best.", "Callum Brierley", P,
      "told", via=["Sky Sports"], ph=["multi-sentence", "told", "surname"]),
    R("project", "scare quote", "scare-quote"),
    M("consider its options", "a Kellingford spokesman", A, "said", ph=["said-that"]),
    D("We'll enjoy tonight. Then we go again on Tuesday.", "Mick Fennimore", P, "said",
      ph=["inversion", "multi-sentence", "surname"]),
])

# ---------------------------------------------------------------- South Asian English daily, state election, curly quotes: Shri/Smt., "said while addressing a rally", party statement "issued here", sources, told PTI
article("kandrapur-assembly-poll-rally", """
DHARAMGARH: Chief Minister Shri Harish Chandra Bhandari on Monday said that the Rashtriya Pragati Dal (RPD) government would provide free electricity up to 200 units a month to every household in Kandrapur if it was voted back to power in the coming Assembly elections.
“Our opponents ruled this state for fifteen years and gave the people only darkness. We have given you roads, we have given you water, and now we will give you light,” Shri Bhandari said while addressing a rally at the Gandhi Maidan in Sitaura.
He alleged that the previous Lok Janata Morcha (LJM) government had left the state power corporation with debts of over Rs 9,000 crore, and claimed that its leaders had “looted” the department.
Reacting sharply, LJM state president Smt. Kamala Devi Rautela claimed that the announcement was “nothing but an election jumla”. “For five years the people of Kandrapur waited for jobs. Now, two weeks before polling, the Chief Minister has suddenly remembered them,” she told PTI.
The LJM, in a statement issued here on Tuesday, said the party would release its manifesto on April 12 and that it had complained to the Election Commission that the free electricity promise violated the model code of conduct.
Sources in the RPD said the party was likely to drop at least 14 sitting MLAs when it announces its second list of candidates later this week. Other party sources claimed the list had been held up by differences between the Chief Minister and state RPD president Shri Omprakash Negi over ticket distribution.
Chief Electoral Officer Shri R.K. Dhyani told reporters that polling for the 90 Assembly seats would be held in two phases on May 3 and May 10 and that votes would be counted on May 16. He said over 2.31 crore voters, including 4.6 lakh first-time voters, were eligible to cast their ballot.
""", [
    I("the Rashtriya Pragati Dal (RPD) government would provide free electricity up to 200 units a month to every household in Kandrapur if it was voted back to power in the coming Assembly elections",
      "Harish Chandra Bhandari", P, "said", role="Chief Minister", ph=["said-that", "role-premodifier"]),
    D("Our opponents ruled this state for fifteen years and gave the people only darkness. We have given you roads, we have given you water, and now we will give you light,",
      "Harish Chandra Bhandari", P, "said", ph=["multi-sentence", "surname"]),
    I("the previous Lok Janata Morcha (LJM) government had left the state power corporation with debts of over Rs 9,000 crore",
      "Harish Chandra Bhandari", P, "alleged", ph=["cue-class", "said-that", "pronoun"]),
    M("looted", "Harish Chandra Bhandari", P, "claimed", ph=["cue-class", "said-that", "pronoun"]),
    M("nothing but an election jumla", "Kamala Devi Rautela", P, "claimed", role="LJM state president",
      ph=["cue-class", "said-that", "role-premodifier"]),
    D("For five years the people of Kandrapur waited for jobs. Now, two weeks before polling, the Chief Minister has suddenly remembered them,",
      "Kamala Devi Rautela", P, "told", role="LJM state president", via=["PTI"],
      ph=["multi-sentence", "told", "pronoun"]),
    I("the party would release its manifesto on April 12 and that it had complained to the Election Commission that the free electricity promise violated the model code of conduct",
      "Lok Janata Morcha", O, "said", ph=["said-that", "surname"]),
    I("the party was likely to drop at least 14 sitting MLAs when it announces its second list of candidates later this week",
      "sources in the RPD", A, "said", ph=["said-that"]),
    I("the list had been held up by differences between the Chief Minister and state RPD president Shri Omprakash Negi over ticket distribution",
      "other party sources", A, "claimed", ph=["cue-class", "said-that"]),
    I("polling for the 90 Assembly seats would be held in two phases on May 3 and May 10 and that votes would be counted on May 16",
      "R.K. Dhyani", P, "told", role="Chief Electoral Officer", ph=["told", "said-that", "role-premodifier"]),
    I("over 2.31 crore voters, including 4.6 lakh first-time voters, were eligible to cast their ballot", "R.K. Dhyani",
      P, "said", role="Chief Electoral Officer", ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- Baltic outlet in English, „low-high“ quotes: press conference through an interpreter, questions from the floor, agency figures, denial, spokeswoman later "she"
article("narvonia-measles-press-conference", """
VELNORA – Narvonia’s health minister said on Thursday that schools would stay open despite the country’s worst measles outbreak in two decades.
„Closing schools would send 300,000 children home and would not stop a single infection that is already happening inside families“, Health Minister Andrius Kelmėnas told foreign journalists through an interpreter. „The virus does not care about the school calendar. It cares about who is vaccinated.“
The National Public Health Agency says the outbreak has spread to five of the country’s nine regions. According to figures from the agency, 1,146 cases have been confirmed since early February, 83 of them in adults. Two children have died.
Asked whether the government had reacted too slowly, Kelmėnas paused before answering. „Could we have moved faster? Perhaps by a week. Would it have changed the numbers? I do not believe so“, he said through the interpreter.
„Then why did the ministry wait eleven days to tell the public?“ asked a reporter from the daily Velnoros Rytas.
„We did not wait. We checked“, the minister replied.
Kelmėnas also denied reports in several regional newspapers that hospitals in the east had run out of the combined measles, mumps and rubella vaccine.
The agency’s spokeswoman, Greta Valiukaitė, said 41,000 doses had been delivered to the eastern regions since Monday and that a further 60,000 would arrive next week. The agency’s campaign, „Protect the Herd“, will send mobile vaccination teams to villages without a clinic from Saturday.
Later in the afternoon she said vaccination rates among two-year-olds had fallen from 94 per cent in 2019 to 81 per cent last year. „The gap is not between the east and the west. The gap is in trust“, she said.
The opposition Civic Union called the minister’s appearance „a masterclass in saying nothing“.
""", [
    I("schools would stay open despite the country’s worst measles outbreak in two decades", "Andrius Kelmėnas", P,
      "said", role="Narvonia’s health minister", ph=["said-that", "nominal"]),
    D("Closing schools would send 300,000 children home and would not stop a single infection that is already happening inside families",
      "Andrius Kelmėnas", P, "told", role="Health Minister", ph=["split-quote", "told", "role-premodifier"]),
    D("The virus does not care about the school calendar. It cares about who is vaccinated.", "Andrius Kelmėnas", P,
      "told", role="Health Minister", ph=["split-quote", "multi-sentence", "told"]),
    I("the outbreak has spread to five of the country’s nine regions", "the National Public Health Agency", O, "says",
      ph=["said-that"]),
    I("1,146 cases have been confirmed since early February, 83 of them in adults", "the National Public Health Agency",
      O, "according to", ph=["according-to", "nominal"]),
    D("Could we have moved faster? Perhaps by a week. Would it have changed the numbers? I do not believe so",
      "Andrius Kelmėnas", P, "said", ph=["multi-sentence", "pronoun"]),
    D("Then why did the ministry wait eleven days to tell the public?", "a reporter from the daily Velnoros Rytas", A,
      "asked", ph=["inversion"]),
    D("We did not wait. We checked", "Andrius Kelmėnas", P, "replied", role="minister",
      ph=["multi-sentence", "nominal"]),
    I("hospitals in the east had run out of the combined measles, mumps and rubella vaccine", "Andrius Kelmėnas", P,
      "denied", ph=["denial", "cue-class", "surname"]),
    I("41,000 doses had been delivered to the eastern regions since Monday and that a further 60,000 would arrive next week",
      "Greta Valiukaitė", P, "said", role="agency’s spokeswoman", ph=["said-that", "role-apposition"]),
    R("Protect the Herd", "name of a vaccination campaign", "title"),
    I("vaccination rates among two-year-olds had fallen from 94 per cent in 2019 to 81 per cent last year",
      "Greta Valiukaitė", P, "said", ph=["said-that", "pronoun"]),
    D("The gap is not between the east and the west. The gap is in trust", "Greta Valiukaitė", P, "said",
      ph=["multi-sentence", "pronoun"]),
    M("a masterclass in saying nothing", "Civic Union", O, "called"),
])

# ---------------------------------------------------------------- feature/profile, curly quotes: three-paragraph quotation after a colon, pronoun-only attribution, "the charity said", book title, author's own motto
article("abbotsmere-floating-library-profile", """
In Abbotsmere, the narrowboat Wren is moored below the lock, her hatch open.
Oona Fairbairn has run the floating library for eleven years. A former headteacher, she bought the boat with her redundancy money in 2014 and fitted it with shelves from a closed branch library. It now calls at nine villages along the Lenmore canal.
Asked why she started, she pours tea from a flask and then says:
“The council said it was about money, and I suppose it was. But nobody in that chamber understood that the library was the only warm room in Abbotsmere where you didn’t have to buy anything.
“There was a man who came in every morning to read the racing pages. There were mothers with pushchairs, and boys who did their homework there because home was never quiet. When it shut, they simply disappeared.
“I couldn’t reopen the library. But I could buy a boat.”
The most borrowed title last summer was “The Salt Road”, a smuggling thriller by a retired ferryman who lives two locks upstream.
Alf Merriman, 81, a retired lorry driver, calls the boat “the best thing to come down this canal since the water”.
The Lenmore Waterways Trust, which manages the canal, waives the Wren’s mooring fees. “Oona has done more for the villages along this water than any grant we have handed out,” the charity said.
Fairbairn had a hip replaced last spring and admits she can no longer work the heavier locks alone. Her nephew, Declan Fairbairn, 34, now steers two days a week. “She tells me where to go and I go. It’s the only job I’ve ever had where that’s the whole arrangement,” he says.
If the Wren needs a motto, here is one: “Nobody lives too far from a book.”
And when she can no longer manage at all? “Then I’ll sink with it,” she says, laughing. “Declan can swim.”
""", [
    D("The council said it was about money, and I suppose it was. But nobody in that chamber understood that the library was the only warm room in Abbotsmere where you didn’t have to buy anything.\n“There was a man who came in every morning to read the racing pages. There were mothers with pushchairs, and boys who did their homework there because home was never quiet. When it shut, they simply disappeared.\n“I couldn’t reopen the library. But I could buy a boat.",
      "Oona Fairbairn", P, "says", ph=["colon-intro", "multi-sentence", "pronoun"]),
    R("The Salt Road", "title of a book", "title"),
    M("the best thing to come down this canal since the water", "Alf Merriman", P, "calls",
      role="retired lorry driver", ph=["role-apposition"]),
    D("Oona has done more for the villages along this water than any grant we have handed out,",
      "the Lenmore Waterways Trust", O, "said", ph=["nominal"]),
    I("she can no longer work the heavier locks alone", "Oona Fairbairn", P, "admits",
      ph=["cue-class", "said-that", "surname"]),
    D("She tells me where to go and I go. It’s the only job I’ve ever had where that’s the whole arrangement,",
      "Declan Fairbairn", P, "says", role="nephew", ph=["multi-sentence", "pronoun", "role-apposition"]),
    R("Nobody lives too far from a book.", "the author's own motto for the boat, not anyone's words", "author-words"),
    D("Then I’ll sink with it,", "Oona Fairbairn", P, "says", ph=["split-quote", "pronoun"]),
    D("Declan can swim.", "Oona Fairbairn", P, "says", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- US local TV website, straight double quotes: school board, "said during public comment", emailed statement, two women and "she" across paragraphs
article("linden-falls-start-times", '''
LINDEN FALLS, Ohio (WLFX) — The Linden Falls Board of Education voted 4-3 Monday night to start the high school day 50 minutes later next fall, after nearly three hours of heated public comment.
Under the plan, which the district has branded "Bell Time 2026," classes at Linden Falls High School will begin at 8:20 a.m. instead of 7:30 a.m. Elementary schools would start 25 minutes earlier so the district can reuse the same buses, according to the district's transportation office.
"My son gets on the bus at 6:40 in the dark. By second period he's a zombie, and his report card shows it," Renee Castellano, a mother of two, said during public comment.
Tricia Hollings, a nurse who spoke right after Castellano, told the board the earlier elementary start would leave "seven-year-olds standing at bus stops before sunrise."
"I'm not against the high schoolers. I'm against fixing their mornings by wrecking my kids' mornings," she said.
Board member Diane Marsh, who cast the deciding vote, said she had met with Hollings last week and took her concerns seriously. "But I can't vote against the research just because the research is inconvenient," she said.
Board president Gloria Tate voted no. She said the district still had not priced the extra bus runs, warning that they could cost "well over $400,000 a year."
"We owe families a real number before we ask them to rearrange their lives," she told WLFX after the meeting.
Malik Anders, a high school senior, said most of his classmates were "running on five or six hours of sleep, and that's on a good night."
Superintendent Alicia Moreno, who missed the meeting, said in an emailed statement Tuesday that the district would hold listening sessions at every elementary school in January.
"Change is hard when it touches the morning routine of 5,800 students. We are going to get this right," she wrote.
''', [
    R("Bell Time 2026,", "name the district gave its plan", "title"),
    I("Elementary schools would start 25 minutes earlier so the district can reuse the same buses",
      "the district's transportation office", O, "according to", ph=["according-to", "trailing-attribution"]),
    D("My son gets on the bus at 6:40 in the dark. By second period he's a zombie, and his report card shows it,",
      "Renee Castellano", P, "said", role="mother of two", ph=["multi-sentence", "role-apposition"]),
    M("seven-year-olds standing at bus stops before sunrise.", "Tricia Hollings", P, "told", role="nurse",
      ph=["told", "said-that", "role-apposition"]),
    # "she" is Hollings, the subject of the paragraph before, not Castellano, named after her.
    D("I'm not against the high schoolers. I'm against fixing their mornings by wrecking my kids' mornings,",
      "Tricia Hollings", P, "said", ph=["multi-sentence", "pronoun"]),
    I("she had met with Hollings last week and took her concerns seriously", "Diane Marsh", P, "said",
      role="Board member", ph=["said-that", "role-premodifier"]),
    # "she" is Marsh, the subject; Hollings is only the object of the sentence before.
    D("But I can't vote against the research just because the research is inconvenient,", "Diane Marsh", P, "said",
      role="Board member", ph=["pronoun"]),
    I("the district still had not priced the extra bus runs", "Gloria Tate", P, "said", role="Board president",
      ph=["said-that", "pronoun"]),
    M("well over $400,000 a year.", "Gloria Tate", P, "warning", role="Board president",
      ph=["participle-cue", "cue-class", "pronoun"]),
    D("We owe families a real number before we ask them to rearrange their lives,", "Gloria Tate", P, "told",
      via=["WLFX"], ph=["told", "pronoun"]),
    M("running on five or six hours of sleep, and that's on a good night.", "Malik Anders", P, "said", role="high school senior",
      ph=["said-that", "role-apposition"]),
    I("the district would hold listening sessions at every elementary school in January", "Alicia Moreno", P, "said",
      role="Superintendent", ph=["said-that", "writing", "role-premodifier"]),
    D("Change is hard when it touches the morning routine of 5,800 students. We are going to get this right,",
      "Alicia Moreno", P, "wrote", ph=["multi-sentence", "writing", "pronoun"]),
])

# ---------------------------------------------------------------- German wire in English, „low-high“ quotes: strike, "according to the union", „…“, according to X, government spokesman at a news conference, told a named newspaper
article("weserland-metal-strike", """
BERLIN, 4 March (Nordpress) – Tens of thousands of metalworkers in the northern state of Weserland stopped work on Tuesday in the biggest walkout in the region for a decade, the IG Werkstoff union said.
According to the union, around 38,000 employees at 112 plants took part in the 24-hour stoppage, including at the Harlinger Stahl rolling mills in Brakenhude.
„The employers have had four months to make a serious offer. What they have put on the table is an insult to everyone who works nights in front of a furnace“, IG Werkstoff district leader Sabine Kortmann told strikers outside the Harlinger gates. „If necessary, we will be back for three days, not one.“
The union, campaigning under the slogan „Respekt hat seinen Preis“, wants a pay rise of 8.5 per cent over twelve months. The employers’ association Nordmetall Weserland has offered 3.2 per cent over 27 months.
„An increase of this size would cost jobs, not save them“, according to the association’s chief negotiator, Friedrich Almstedt. He called the strikes „a ritual that helps nobody“ and said the employers would not improve their offer under pressure.
„Wage bargaining is a matter for the social partners, and the government will not interfere“, deputy government spokesman Henrik Falkenau said at a regular news conference in Berlin. He added that the economics ministry was „following the situation closely“.
Harlinger Stahl said in a statement that production in Brakenhude had stopped completely and that the strike would cost the company „a high single-digit million sum“.
Not every worker backs the union’s course. „I have two children and a mortgage. Every strike day is money I don’t get back“, a crane operator at Harlinger who gave his name only as Jens told the newspaper Kölner Abendblatt.
The union rejected suggestions that the walkout had put plant safety at risk. Emergency crews had kept both blast furnaces running, it said.
""", [
    I("Tens of thousands of metalworkers in the northern state of Weserland stopped work on Tuesday in the biggest walkout in the region for a decade",
      "the IG Werkstoff union", O, "said", ph=["trailing-attribution"]),
    I("around 38,000 employees at 112 plants took part in the 24-hour stoppage, including at the Harlinger Stahl rolling mills in Brakenhude",
      "the IG Werkstoff union", O, "according to", ph=["according-to", "nominal"]),
    D("The employers have had four months to make a serious offer. What they have put on the table is an insult to everyone who works nights in front of a furnace",
      "Sabine Kortmann", P, "told", role="IG Werkstoff district leader",
      ph=["multi-sentence", "split-quote", "told", "role-premodifier"]),
    D("If necessary, we will be back for three days, not one.", "Sabine Kortmann", P, "told",
      role="IG Werkstoff district leader", ph=["split-quote", "told"]),
    R("Respekt hat seinen Preis", "slogan of the union's campaign", "title"),
    D("An increase of this size would cost jobs, not save them", "Friedrich Almstedt", P, "according to",
      role="association’s chief negotiator", ph=["according-to", "role-apposition"]),
    M("a ritual that helps nobody", "Friedrich Almstedt", P, "called", role="association’s chief negotiator",
      ph=["pronoun"]),
    I("the employers would not improve their offer under pressure", "Friedrich Almstedt", P, "said",
      role="association’s chief negotiator", ph=["said-that", "pronoun"]),
    D("Wage bargaining is a matter for the social partners, and the government will not interfere", "Henrik Falkenau",
      P, "said", role="deputy government spokesman", ph=["role-premodifier"]),
    M("following the situation closely", "Henrik Falkenau", P, "added",
      role="deputy government spokesman", ph=["said-that", "pronoun"]),
    I("production in Brakenhude had stopped completely", "Harlinger Stahl", O, "said", ph=["said-that"]),
    M("a high single-digit million sum", "Harlinger Stahl", O, "said", ph=["said-that"]),
    D("I have two children and a mortgage. Every strike day is money I don’t get back", "Jens", P, "told",
      role="crane operator at Harlinger", via=["Kölner Abendblatt"],
      ph=["multi-sentence", "told", "role-apposition"]),
    I("the walkout had put plant safety at risk", "the IG Werkstoff union", O, "rejected",
      ph=["denial", "cue-class", "nominal"]),
    I("Emergency crews had kept both blast furnaces running", "the IG Werkstoff union", O,
      "said", ph=["trailing-attribution", "pronoun"]),
])

# ---------------------------------------------------------------- tech news site, curly quotes: product recall, blog post, regulator, posts on X by the chief executive, anonymous employee as singular "they"
article("halcyon-hub-recall", """
Halcyon Labs is recalling about 380,000 Lumo Home smart-speaker hubs after dozens of reports that their power adapters overheated, melted or, in three cases, started small fires, the company said on Thursday.
In a blog post, Halcyon’s head of hardware, Priya Venkataraman, wrote that the fault was limited to adapters made by a single supplier between March and July last year. “We got this wrong, and we are not going to make customers wait while we work out whose fault it was,” she wrote.
Halcyon said owners could order a free replacement adapter or return the device for a refund.
The National Product Safety Board said in a statement that it had received 61 reports of overheating, including three fires, and urged consumers to act “even if your adapter seems fine.”
Chief executive Marcus Oyelaran apologised on X on Thursday evening. “To everyone who put a Lumo in their kid’s room: I’m sorry. Unplug it tonight. We will make this right,” he wrote.
In a second post, he called reports that Halcyon had known about the fault since the autumn “flatly untrue.”
But an engineer at the company, who spoke on condition of anonymity because they were not authorized to speak publicly, said the adapters had been flagged in internal testing last September as “running hotter than anything else we ship.”
“People raised it. It went into a ticket, and the ticket went nowhere,” they said.
A Halcyon spokesperson said the company had “no record of any such finding” and that its investigation was continuing.
In 2023 Halcyon was named “Hardware Maker of the Year” at the Brightline Tech Awards. Lumo hubs account for roughly a fifth of its hardware revenue, according to estimates by the research firm Castlegate Insights.
“A recall like this is survivable. A cover-up is not,” said Devika Rahman, a consumer-electronics analyst at Castlegate. “Everything now depends on whether that ticket exists.”
""", [
    I("Halcyon Labs is recalling about 380,000 Lumo Home smart-speaker hubs after dozens of reports that their power adapters overheated, melted or, in three cases, started small fires",
      "Halcyon Labs", O, "said", ph=["trailing-attribution", "nominal"]),
    I("the fault was limited to adapters made by a single supplier between March and July last year",
      "Priya Venkataraman", P, "wrote", role="Halcyon’s head of hardware",
      ph=["said-that", "writing", "role-apposition"]),
    D("We got this wrong, and we are not going to make customers wait while we work out whose fault it was,",
      "Priya Venkataraman", P, "wrote", role="Halcyon’s head of hardware", ph=["writing", "pronoun"]),
    I("owners could order a free replacement adapter or return the device for a refund", "Halcyon Labs", O, "said",
      ph=["said-that", "surname"]),
    I("it had received 61 reports of overheating, including three fires",
      "the National Product Safety Board", O, "said", ph=["said-that"]),
    M("even if your adapter seems fine.", "the National Product Safety Board", O, "urged"),
    D("To everyone who put a Lumo in their kid’s room: I’m sorry. Unplug it tonight. We will make this right,",
      "Marcus Oyelaran", P, "wrote", role="Chief executive", via=["X"],
      ph=["multi-sentence", "writing", "pronoun"]),
    M("flatly untrue.", "Marcus Oyelaran", P, "called", via=["X"], ph=["denial", "cue-class", "writing", "pronoun"]),
    M("running hotter than anything else we ship.", "an engineer at the company", A, "said", ph=["said-that"]),
    # singular "they": the engineer
    D("People raised it. It went into a ticket, and the ticket went nowhere,", "an engineer at the company", A, "said",
      ph=["multi-sentence", "pronoun"]),
    M("no record of any such finding", "a Halcyon spokesperson", A, "said", ph=["said-that"]),
    I("its investigation was continuing", "a Halcyon spokesperson", A, "said", ph=["said-that"]),
    R("Hardware Maker of the Year", "name of an award", "title"),
    I("Lumo hubs account for roughly a fifth of its hardware revenue", "Castlegate Insights", O, "according to",
      ph=["according-to", "trailing-attribution"]),
    D("A recall like this is survivable. A cover-up is not,", "Devika Rahman", P, "said",
      role="consumer-electronics analyst at Castlegate",
      ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("Everything now depends on whether that ticket exists.", "Devika Rahman", P, "said",
      role="consumer-electronics analyst at Castlegate", ph=["split-quote"]),
])

# ---------------------------------------------------------------- French outlet in English, « guillemets » with no-break spaces: climate summit, ministers, a delegation as speaker, "speaking on the sidelines", negotiating terms in quotes
article("port-adrien-coal-talks", """
PORT-ADRIEN – Negotiators at the Global Climate Conference worked through the night into Friday without agreeing on how fast to move away from coal, as small island states threatened to walk out.
« We did not fly 14,000 kilometres to sign a text our grandchildren will read as a surrender », said Tevita Lomaloa, environment minister of the Solenne Islands. « If the word “phase-out” disappears from this text, so do we. »
Much of the night was again spent on the difference between « phase-out » and « phase-down »; the presidency’s latest draft uses only the second.
Maravia’s environment minister, Helena Duarte-Siqueira, told reporters the draft was « a step backwards from what we all signed two years ago ». The Maravian delegation said in a statement that it would not support any text without an end date for new coal plants.
Speaking on the sidelines of the plenary, Kelesso’s chief negotiator, Amadou Sy-Koné, said his country could accept an end date « if, and only if, the money arrives first ». « The rich countries want our coal gone by 2040 and their cheques to arrive in 2050 », he said.
The conference president, Farid Ben Halloum, defended the draft as « the only text in this building that everyone can read without walking out ». « Nobody will get everything they want. Everybody will get something they can live with », he told the plenary.
A European diplomat, who asked not to be named, said several large emitters could privately live with 2045 but did not want to be « the first to say it out loud ».
According to observers at the talks, at least 85 of the 196 delegations now back a firm date. Climate group Tidewatch said the draft had been « written with one eye on the coal lobby ».
""", [
    D("We did not fly 14,000 kilometres to sign a text our grandchildren will read as a surrender", "Tevita Lomaloa", P,
      "said", role="environment minister of the Solenne Islands",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("If the word “phase-out” disappears from this text, so do we.", "Tevita Lomaloa", P, "said",
      role="environment minister of the Solenne Islands", ph=["split-quote", "nested"]),
    R("phase-out", "negotiating term quoted as a word", "scare-quote", after="difference between"),
    R("phase-down", "negotiating term quoted as a word", "scare-quote"),
    M("a step backwards from what we all signed two years ago", "Helena Duarte-Siqueira", P, "told",
      role="Maravia’s environment minister", ph=["told", "said-that", "role-apposition"]),
    I("it would not support any text without an end date for new coal plants",
      "the Maravian delegation", O, "said", ph=["said-that"]),
    M("if, and only if, the money arrives first", "Amadou Sy-Koné", P, "said", role="Kelesso’s chief negotiator",
      ph=["said-that", "role-apposition"]),
    D("The rich countries want our coal gone by 2040 and their cheques to arrive in 2050", "Amadou Sy-Koné", P, "said",
      role="Kelesso’s chief negotiator", ph=["pronoun"]),
    M("the only text in this building that everyone can read without walking out", "Farid Ben Halloum", P, "defended",
      role="conference president", ph=["role-apposition"]),
    D("Nobody will get everything they want. Everybody will get something they can live with", "Farid Ben Halloum", P,
      "told", role="conference president", ph=["multi-sentence", "told", "pronoun"]),
    M("the first to say it out loud", "a European diplomat", A, "said", ph=["said-that"]),
    I("at least 85 of the 196 delegations now back a firm date", "observers at the talks", G, "according to",
      ph=["according-to"]),
    M("written with one eye on the coal lobby", "Tidewatch", O, "said", ph=["said-that"]),
], nbsp_guillemets=True)

# ---------------------------------------------------------------- celebrity magazine write-up, curly single quotes + apostrophes: "telling … magazine", present-tense "says", multi-paragraph quote closed by "she says", a representative's denial, a source told People, album and song titles
article("marisol-quenby-interview", """
Pop star Marisol Quenby has opened up about the exhaustion that forced her to cancel the last 14 dates of her world tour, telling Vantage magazine that she ‘couldn’t remember the words to songs I wrote myself’.
‘I’d walk out in front of 20,000 people and my mind would go white. Not blank – white, like a camera flash going off,’ the 29-year-old says in the magazine’s April issue, on sale on Thursday.
‘My team kept saying, “One more night, just one more night.” And I kept saying yes, because that’s what I’d always done.
‘The night I finally said no, I sat on the bathroom floor of a hotel in Lisbon and cried for three hours. Then I slept for two days,’ she says.
Quenby, who has been married to the actor Theo Lindqvist-Barr since 2022, also addresses reports that the couple have quietly separated. ‘We’re fine. We’re better than fine. People see one photo of me without my ring and write a whole divorce,’ she says.
The rumours began in January, when a source close to the couple told People that the pair had been ‘living separate lives’ since the tour was called off.
A representative for the singer denied at the time that the marriage was in trouble, calling the report ‘pure fiction’.
Lindqvist-Barr, 34, seems to have found the whole episode funny. Asked about the reports at a film premiere in London last month, he told reporters: ‘I read that I’d moved out. News to me – I was making her breakfast at the time.’
Quenby is back in the studio and says her next album, provisionally titled ‘Low Tide, High Water’, will be ‘quieter, and a lot more honest’.
The first single, ‘Paper Lanterns’, is released on Friday. ‘It’s the first song I’ve ever written sitting down,’ she laughs.
""", [
    M("couldn’t remember the words to songs I wrote myself", "Marisol Quenby", P, "telling", role="Pop star",
      via=["Vantage"], ph=["told", "participle-cue", "said-that", "role-premodifier"]),
    D("I’d walk out in front of 20,000 people and my mind would go white. Not blank – white, like a camera flash going off,",
      "Marisol Quenby", P, "says", role="29-year-old", via=["Vantage"], ph=["multi-sentence", "nominal"]),
    D("My team kept saying, “One more night, just one more night.” And I kept saying yes, because that’s what I’d always done.\n‘The night I finally said no, I sat on the bathroom floor of a hotel in Lisbon and cried for three hours. Then I slept for two days,",
      "Marisol Quenby", P, "says", ph=["multi-sentence", "nested", "pronoun"]),
    D("We’re fine. We’re better than fine. People see one photo of me without my ring and write a whole divorce,",
      "Marisol Quenby", P, "says", ph=["multi-sentence", "pronoun"]),
    M("living separate lives", "a source close to the couple", A, "told", via=["People"], ph=["told", "said-that"]),
    I("the marriage was in trouble", "a representative for the singer", A, "denied", ph=["denial", "cue-class"]),
    M("pure fiction", "a representative for the singer", A, "calling", ph=["participle-cue"]),
    D("I read that I’d moved out. News to me – I was making her breakfast at the time.", "Theo Lindqvist-Barr", P,
      "told", ph=["multi-sentence", "told", "pronoun"]),
    R("Low Tide, High Water", "title of an album", "title"),
    M("quieter, and a lot more honest", "Marisol Quenby", P, "says", ph=["said-that", "surname"]),
    R("Paper Lanterns", "title of a song", "title"),
    D("It’s the first song I’ve ever written sitting down,", "Marisol Quenby", P, "laughs", ph=["pronoun"]),
])

# ---------------------------------------------------------------- Irish regional paper, crime and courts brief, straight single quotes + apostrophes (O'Leary): Garda spokesperson, "the court was told", unnamed neighbour, councillor's Facebook statement
article("carrigbrack-car-fires-court", """
A man has appeared in court charged in connection with a series of car fires on a Carrigbrack housing estate.
Gardaí were called to Millrace Avenue, known locally as 'the Mill', shortly after 2am on Sunday after two cars were set alight outside neighbouring homes. A Garda spokesperson said a man in his 30s was arrested nearby a short time later and taken to Carrigbrack Garda Station.
Darragh O'Leary (34), of Weir Road, Carrigbrack, appeared before Carrigbrack District Court on Monday charged with two counts of criminal damage by fire.
The court was told by the arresting garda, Fiona Brennan, that the accused made no reply when charged.
The court was told that both cars had been doused with petrol before they were set alight.
Defence solicitor Eoin Fahy said his client was 'a man in crisis' who had been sleeping in his car since losing his job in February.
Judge Maura Kinsella remanded Mr O'Leary in custody to appear again on May 14, noting that the charges were 'extremely serious for the families on that road'.
Residents said it was the fourth time in five weeks that cars on the estate had been targeted.
'We heard a bang and then the whole road was orange. My grandchildren were asleep upstairs,' said one neighbour, who did not want to be named.
Breda O'Connell, who has lived on Millrace Avenue for 41 years, said she had not slept properly since the first fire. 'You'd be lying there listening for every car that slows down,' she said.
Local councillor Siobhán Kearney said in a statement posted on Facebook that residents had been 'living in fear' and that she had asked for extra Garda patrols in the area. 'The people of Millrace Avenue have done nothing wrong. They deserve to sleep at night,' she wrote.
Gardaí said they were not looking for anyone else in connection with the incidents.
""", [
    R("the Mill", "local nickname of the estate", "title"),
    I("a man in his 30s was arrested nearby a short time later and taken to Carrigbrack Garda Station",
      "a Garda spokesperson", A, "said", ph=["said-that"]),
    I("the accused made no reply when charged", "Fiona Brennan", P, "told", role="arresting garda",
      ph=["passive", "told", "said-that", "role-apposition"]),
    # "The court was told that both cars had been doused …" names no speaker, so it is not a statement here.
    M("a man in crisis", "Eoin Fahy", P, "said", role="Defence solicitor", ph=["said-that", "role-premodifier"]),
    M("extremely serious for the families on that road", "Maura Kinsella", P, "noting", role="Judge",
      ph=["participle-cue", "role-premodifier"]),
    I("it was the fourth time in five weeks that cars on the estate had been targeted", "residents", G, "said",
      ph=["said-that"]),
    D("We heard a bang and then the whole road was orange. My grandchildren were asleep upstairs,", "one neighbour", A,
      "said", ph=["inversion", "multi-sentence"]),
    I("she had not slept properly since the first fire", "Breda O'Connell", P, "said", ph=["said-that"]),
    D("You'd be lying there listening for every car that slows down,", "Breda O'Connell", P, "said",
      ph=["pronoun"]),
    M("living in fear", "Siobhán Kearney", P, "said", role="Local councillor", via=["Facebook"],
      ph=["said-that", "writing", "role-premodifier"]),
    I("she had asked for extra Garda patrols in the area", "Siobhán Kearney", P, "said", role="Local councillor",
      via=["Facebook"], ph=["said-that", "writing", "role-premodifier"]),
    D("The people of Millrace Avenue have done nothing wrong. They deserve to sleep at night,", "Siobhán Kearney", P,
      "wrote", role="Local councillor", via=["Facebook"], ph=["multi-sentence", "writing", "pronoun"]),
    I("they were not looking for anyone else in connection with the incidents", "gardaí", O, "said",
      ph=["said-that"]),
])


# ---------------------------------------------------------------- financial wire, central-bank rate decision, straight double quotes: governor at a news conference, policy committee statement, economists' research notes, minister on television, figures in reported speech
article("solvara-rate-cut", '''
ARVENTA, May 8 (Reuters) - The Central Bank of Solvara cut its main interest rate by 50 basis points to 6.25% on Thursday and signalled that further cuts were possible if inflation kept falling.
"Inflation has come down faster than we expected, and we now have room to support growth without putting that progress at risk," Governor Ilse Marhaug told a news conference. "But let me be clear: this is not the start of a race to the bottom."
In a statement, the bank's monetary policy committee said annual inflation had slowed to 4.1% in April from a peak of 11.8% in late 2023, and that inflation would return to the 3% target "in the second half of next year." It said five of its seven members had voted for the cut, while two had preferred a quarter-point move.
The move revived talk of a so-called "soft landing" for the economy.
"The committee has blinked first," Harald Veisten, chief economist at Nordfjell Bank, said in a research note. "With the crown this weak, a 50-point cut is a gamble they did not need to take."
Annika Lorentzen of Brevik Securities was more upbeat, writing that the move was "overdue by at least one meeting," and said she expected two more cuts of 25 basis points by December.
Speaking to broadcaster SRV on Thursday, Finance Minister Rasmus Ekdal said households with variable-rate mortgages would save an average of 1,900 crowns a month, and that the government would "not waste this breathing space."
Asked whether the government had pressed for a larger cut, Marhaug said the bank "takes its decisions alone, and always has." She denied that the committee had discussed the timing of next year's general election.
The crown fell 0.8% against the euro after the announcement. Traders said the size of the cut had caught some investors off guard.
(Reporting by Oskar Helle; Editing by Joanna Pirelli)
''', [
    I("further cuts were possible if inflation kept falling", "the Central Bank of Solvara", O, "signalled",
      ph=["said-that", "cue-class"]),
    D("Inflation has come down faster than we expected, and we now have room to support growth without putting that progress at risk,",
      "Ilse Marhaug", P, "told", role="Governor", ph=["split-quote", "told", "role-premodifier"]),
    D("But let me be clear: this is not the start of a race to the bottom.", "Ilse Marhaug", P, "told",
      role="Governor", ph=["split-quote", "told"]),
    I("annual inflation had slowed to 4.1% in April from a peak of 11.8% in late 2023",
      "the bank's monetary policy committee", O, "said", ph=["said-that", "writing"]),
    # the second that-clause carries the quoted fragment, so only the fragment is annotated (as in weserland-metal-strike)
    M("in the second half of next year.", "the bank's monetary policy committee", O, "said",
      ph=["said-that", "writing"]),
    I("five of its seven members had voted for the cut, while two had preferred a quarter-point move",
      "the bank's monetary policy committee", O, "said", ph=["said-that", "writing", "pronoun"]),
    R("soft landing", "scare quote (so-called)", "scare-quote"),
    D("The committee has blinked first,", "Harald Veisten", P, "said", role="chief economist at Nordfjell Bank",
      ph=["split-quote", "writing", "role-apposition"]),
    D("With the crown this weak, a 50-point cut is a gamble they did not need to take.", "Harald Veisten", P, "said",
      role="chief economist at Nordfjell Bank", ph=["split-quote", "writing"]),
    M("overdue by at least one meeting,", "Annika Lorentzen", P, "writing", ph=["participle-cue", "said-that", "writing"]),
    I("she expected two more cuts of 25 basis points by December", "Annika Lorentzen", P, "said",
      ph=["said-that", "pronoun"]),
    I("households with variable-rate mortgages would save an average of 1,900 crowns a month", "Rasmus Ekdal", P,
      "said", role="Finance Minister", via=["SRV"], ph=["said-that", "interview", "role-premodifier"]),
    M("not waste this breathing space.", "Rasmus Ekdal", P, "said", role="Finance Minister", via=["SRV"],
      ph=["said-that", "interview"]),
    M("takes its decisions alone, and always has.", "Ilse Marhaug", P, "said", ph=["said-that", "surname"]),
    I("the committee had discussed the timing of next year's general election", "Ilse Marhaug", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    I("the size of the cut had caught some investors off guard", "traders", G, "said",
      ph=["said-that"]),
])

# ---------------------------------------------------------------- New Zealand regional paper, curly quotes: flood evacuation, "officials said", a controller as "he" across three paragraphs, an evacuee by first name only, a mayor's Facebook posts, a passive with no speaker
article("mareth-river-flood", """
ASHGROVE – Nearly 400 people spent Tuesday night at the Tarrant Valley showgrounds after the Mareth River burst its banks for the second time in a month and forced the evacuation of low-lying streets in Ashgrove, officials said.
Tarrant Valley Emergency Management controller Hemi Walsh-Parata said the river had peaked at 6.8 metres, almost a metre above the level reached three weeks ago.
“We had a plan for six metres. Nobody had a plan for this,” he said. “The stopbank at Mill Road held, and that is the only reason we are not talking about a much bigger disaster.”
He said 23 people had been lifted from their homes by boat or helicopter and that no one had been seriously hurt.
He also urged residents not to go home until engineers had inspected the stopbanks, which he described as “saturated and tired”.
Evacuees queued for porridge in a woolshed volunteers have nicknamed “the Ark”.
“I’ve lived on Kōwhai Street for 30 years and never had water in the house. Now I’ve had it twice in a month,” said Jo, a retired nurse, who asked that her last name not be used.
Her neighbour, Bruce Tamihana, 67, said the council had been told for years that the stopbank on the eastern side was too low. “They’ve had reports on their desks since 2015. Reports don’t stop water,” he said.
Mayor Gail Prendergast said in a post on Facebook that the council would commission an independent review of the town’s flood defences. In a later post, she thanked volunteers who had “worked through the night in the worst conditions I have seen in this district”.
Police said State Highway 4 between Ashgrove and Corrin would stay closed until at least Thursday. Forecasters said another 60mm of rain could fall on the Tarrant Ranges on Friday.
Residents who were still at home were told to be ready to leave at short notice.
""", [
    I("Nearly 400 people spent Tuesday night at the Tarrant Valley showgrounds after the Mareth River burst its banks for the second time in a month and forced the evacuation of low-lying streets in Ashgrove",
      "officials", G, "said", ph=["trailing-attribution"]),
    I("the river had peaked at 6.8 metres, almost a metre above the level reached three weeks ago",
      "Hemi Walsh-Parata", P, "said", role="Tarrant Valley Emergency Management controller",
      ph=["said-that", "role-premodifier"]),
    D("We had a plan for six metres. Nobody had a plan for this,", "Hemi Walsh-Parata", P, "said",
      ph=["multi-sentence", "split-quote", "pronoun"]),
    D("The stopbank at Mill Road held, and that is the only reason we are not talking about a much bigger disaster.",
      "Hemi Walsh-Parata", P, "said", ph=["split-quote", "pronoun"]),
    I("23 people had been lifted from their homes by boat or helicopter and that no one had been seriously hurt",
      "Hemi Walsh-Parata", P, "said", ph=["said-that", "pronoun"]),
    # "urged residents not to go home" is a request, not reported content; only the quoted description counts
    M("saturated and tired", "Hemi Walsh-Parata", P, "described", ph=["pronoun"]),
    R("the Ark", "nickname of a woolshed", "title"),
    D("I’ve lived on Kōwhai Street for 30 years and never had water in the house. Now I’ve had it twice in a month,",
      "Jo", P, "said", role="retired nurse", ph=["inversion", "multi-sentence", "role-apposition"]),
    I("the council had been told for years that the stopbank on the eastern side was too low",
      "Bruce Tamihana", P, "said", role="neighbour", ph=["said-that", "role-apposition"]),
    D("They’ve had reports on their desks since 2015. Reports don’t stop water,", "Bruce Tamihana", P, "said",
      role="neighbour", ph=["multi-sentence", "pronoun"]),
    I("the council would commission an independent review of the town’s flood defences", "Gail Prendergast", P,
      "said", role="Mayor", via=["Facebook"], ph=["said-that", "writing", "role-premodifier"]),
    M("worked through the night in the worst conditions I have seen in this district", "Gail Prendergast", P,
      "thanked", role="Mayor", via=["Facebook"], ph=["writing", "pronoun"]),
    I("State Highway 4 between Ashgrove and Corrin would stay closed until at least Thursday", "police", O, "said",
      ph=["said-that"]),
    I("another 60mm of rain could fall on the Tarrant Ranges on Friday", "forecasters", G, "said", ph=["said-that"]),
    # "Residents … were told to be ready to leave" names no speaker, so it is not a statement here.
])

# ---------------------------------------------------------------- Kenyan-style online outlet, curly quotes: fuel-price protest, "according to eyewitnesses", police statement "made available to journalists", a Cabinet Secretary's denial and "She had this to say:", "posed", "Said X:"
article("marembo-fuel-protest", """
MAREMBO – Business in Marembo town was paralysed on Monday as hundreds of boda boda riders and matatu operators took to the streets to protest against last week’s Sh14 rise in the price of a litre of petrol.
The protesters, who blocked the Marembo-Kisiru highway with burning tyres for most of the morning, had dubbed the demonstration “Black Monday” on social media.
Police lobbed teargas canisters to disperse a crowd that had gathered outside the county offices, according to eyewitnesses.
Addressing journalists at the Marembo bus park, Boda Boda Riders Welfare Association national president Joseph Kiprono Wafula said his members could no longer afford to fuel their motorcycles.
“A rider who used to take home Sh800 a day now goes home with Sh300. How does he feed his children? How does he pay school fees?” posed Wafula.
He vowed that riders would stay off the roads “until the government listens to the people who carry this economy”.
In a statement made available to journalists, Kisiru County Police Commander Samuel Mutinda said 37 people had been arrested and would be arraigned on Tuesday. He warned that officers would deal “firmly and decisively” with anyone who blocked a public road.
Traders who spoke to this publication said they had closed their shops by 10am for fear of looting.
In an interview with Mwangaza TV on Monday evening, Energy Cabinet Secretary Miriam Chebet-Owino denied that the increase was caused by new taxes. She had this to say:
“Let me be very clear. Not a single shilling of this increase is a new tax. We are paying more for crude oil, like every other country in the region, and the pump price reflects that.”
But Marembo Central MCA Grace Atieno accused the government of “punishing the very hustlers it promised to lift”.
Said Wafula: “We are not criminals. We are fathers and mothers who are tired, and we will be back tomorrow.”
""", [
    R("Black Monday", "name the protesters gave the demonstration", "title"),
    I("Police lobbed teargas canisters to disperse a crowd that had gathered outside the county offices",
      "eyewitnesses", G, "according to", ph=["according-to", "trailing-attribution"]),
    I("his members could no longer afford to fuel their motorcycles", "Joseph Kiprono Wafula", P, "said",
      role="Boda Boda Riders Welfare Association national president", ph=["said-that", "role-premodifier"]),
    D("A rider who used to take home Sh800 a day now goes home with Sh300. How does he feed his children? How does he pay school fees?",
      "Joseph Kiprono Wafula", P, "posed", ph=["inversion", "multi-sentence", "surname"]),
    M("until the government listens to the people who carry this economy", "Joseph Kiprono Wafula", P, "vowed",
      ph=["said-that", "cue-class", "pronoun"]),
    I("37 people had been arrested and would be arraigned on Tuesday", "Samuel Mutinda", P, "said",
      role="Kisiru County Police Commander", ph=["said-that", "writing", "role-premodifier"]),
    M("firmly and decisively", "Samuel Mutinda", P, "warned", role="Kisiru County Police Commander",
      ph=["said-that", "cue-class", "writing", "pronoun"]),
    I("they had closed their shops by 10am for fear of looting", "traders who spoke to this publication", G, "said",
      ph=["said-that"]),
    I("the increase was caused by new taxes", "Miriam Chebet-Owino", P, "denied", role="Energy Cabinet Secretary",
      via=["Mwangaza TV"], ph=["denial", "cue-class", "interview", "role-premodifier"]),
    D("Let me be very clear. Not a single shilling of this increase is a new tax. We are paying more for crude oil, like every other country in the region, and the pump price reflects that.",
      "Miriam Chebet-Owino", P, "had this to say", role="Energy Cabinet Secretary", via=["Mwangaza TV"],
      ph=["multi-sentence", "colon-intro", "pronoun", "interview"]),
    M("punishing the very hustlers it promised to lift", "Grace Atieno", P, "accused", role="Marembo Central MCA",
      ph=["cue-class", "role-premodifier"]),
    D("We are not criminals. We are fathers and mothers who are tired, and we will be back tomorrow.",
      "Joseph Kiprono Wafula", P, "said", ph=["inversion", "multi-sentence", "surname"]),
])

# ---------------------------------------------------------------- space-agency release rewrite, curly quotes: "the agency said", mission scientists as "they", principal investigator, journal paper, outside expert "not involved in the research", nickname and technical term in quotes
article("corvane-asteroid-clays", """
A spacecraft orbiting the asteroid Corvane has found clay minerals that can only have formed in liquid water, the Meridian Space Agency said on Wednesday.
The probe, Halden, spotted the clays on the floor of a 300-metre crater that mission scientists have nicknamed “the Teacup” because of its steep, rounded walls. They said the crater was probably blasted out by an impact between 20 and 60 million years ago, exposing older rock from deep inside the asteroid.
“When the first spectra came down, I honestly thought the instrument was broken,” said Nadia Ferreira-Lund of the University of Calder Bay, the mission’s principal investigator. “We checked it for three weeks before any of us believed it.”
According to the agency, the clays make up as much as 7% of the material on the crater floor. Ferreira-Lund said the find suggested Corvane had once been part of a larger body, warm enough to hold water beneath its surface for millions of years.
In a paper published on Wednesday in the journal Planetary Letters, the Halden science team wrote that the clays were “very unlikely to be contamination from the spacecraft itself”, citing tests of the probe’s thrusters carried out before launch.
Deputy project manager Ravi Okonkwo-Hale told reporters on a call that the spacecraft was healthy and had enough fuel for at least three more years.
The agency said Halden would attempt a “touch-and-go” manoeuvre near the Teacup in March and bring a sample of up to 60 grams back to Earth in 2031.
Imogen Sallow, a planetary geologist at Fenwick University who was not involved in the research, called the result “the most convincing evidence we have that water-bearing asteroids are not rare”.
“But one crater is one crater. I would want to see the same signature somewhere else on Corvane before anyone rewrites the textbooks,” she said.
""", [
    I("A spacecraft orbiting the asteroid Corvane has found clay minerals that can only have formed in liquid water",
      "the Meridian Space Agency", O, "said", ph=["trailing-attribution"]),
    R("the Teacup", "nickname of a crater", "title", after="nicknamed"),
    I("the crater was probably blasted out by an impact between 20 and 60 million years ago, exposing older rock from deep inside the asteroid",
      "mission scientists", G, "said", ph=["said-that", "pronoun"]),
    D("When the first spectra came down, I honestly thought the instrument was broken,", "Nadia Ferreira-Lund", P,
      "said", role="mission’s principal investigator", ph=["inversion", "split-quote", "role-apposition"]),
    D("We checked it for three weeks before any of us believed it.", "Nadia Ferreira-Lund", P, "said",
      role="mission’s principal investigator", ph=["split-quote"]),
    I("the clays make up as much as 7% of the material on the crater floor", "the Meridian Space Agency", O,
      "according to", ph=["according-to", "nominal"]),
    I("the find suggested Corvane had once been part of a larger body, warm enough to hold water beneath its surface for millions of years",
      "Nadia Ferreira-Lund", P, "said", ph=["said-that", "surname"]),
    M("very unlikely to be contamination from the spacecraft itself", "the Halden science team", G, "wrote",
      via=["Planetary Letters"], ph=["said-that", "writing"]),
    I("the spacecraft was healthy and had enough fuel for at least three more years", "Ravi Okonkwo-Hale", P, "told",
      role="Deputy project manager", ph=["told", "said-that", "role-premodifier"]),
    # a technical term inside the agency's reported speech: the statement is indirect, the term is rejected
    I("Halden would attempt a “touch-and-go” manoeuvre near the Teacup in March and bring a sample of up to 60 grams back to Earth in 2031",
      "the Meridian Space Agency", O, "said", ph=["said-that", "nominal"]),
    R("touch-and-go", "technical term in quotes", "scare-quote"),
    M("the most convincing evidence we have that water-bearing asteroids are not rare", "Imogen Sallow", P, "called",
      role="planetary geologist at Fenwick University", ph=["role-apposition"]),
    D("But one crater is one crater. I would want to see the same signature somewhere else on Corvane before anyone rewrites the textbooks,",
      "Imogen Sallow", P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Italian outlet in English, «guillemets» with “nested” quotes: football boardroom row, president at a news conference, statement through lawyers, ultras group on Facebook, former captain told a radio station, nickname
article("castelmare-boardroom-row", """
CASTELMARE – The power struggle at Virtus Castelmare deepened on Tuesday when chief executive Paolo Vendramin resigned, hours after club president Gianluca Ferrandi accused him of negotiating the sale of the club «behind the back of the board».
«I learned from the newspapers that someone was showing our accounts to buyers in the Gulf. In any serious company, that has a name, and the name is disloyalty», Ferrandi told a news conference at the Stadio dei Pini. «When I asked him about it, he said to me: “Presidente, it is only a conversation.” A conversation with a price tag.»
Vendramin, 52, rejected the accusation. In a statement released through his lawyers, he said he had «never negotiated anything without the knowledge of the president» and was leaving «with a clear conscience and a great deal of sadness».
Ferrandi, a former tax accountant who bought the club out of bankruptcy in 2016 and is known on the terraces as «il Ragioniere», has repeatedly said he has no intention of selling.
The club said in a brief statement that the board would meet on Thursday to appoint an interim chief executive.
Supporters have turned on both men. The ultras group Fedelissimi 1961 announced that the Curva Sud would stay empty for Sunday’s home match against Sporting Ardena. «This club belongs to the city, not to whoever happens to sit in the president’s chair», the group wrote on Facebook.
Former captain Daniele Scarpa, who made 412 appearances for the club, told Radio Lido Sport that the dressing room was «confused and worried». «The players read the papers like everyone else. Nobody has explained anything to them», Scarpa told the station.
Castelmare are ninth in the second division, four points off the promotion play-offs. According to the Tirrenian Footballers’ Union, the club has not paid its players since February.
""", [
    M("behind the back of the board", "Gianluca Ferrandi", P, "accused", role="club president",
      ph=["cue-class", "role-premodifier"]),
    D("I learned from the newspapers that someone was showing our accounts to buyers in the Gulf. In any serious company, that has a name, and the name is disloyalty",
      "Gianluca Ferrandi", P, "told", ph=["multi-sentence", "split-quote", "told", "surname"]),
    D("When I asked him about it, he said to me: “Presidente, it is only a conversation.” A conversation with a price tag.",
      "Gianluca Ferrandi", P, "told", ph=["multi-sentence", "split-quote", "nested", "told"]),
    # "rejected the accusation" has no content of its own; the accusation is Ferrandi's, above
    M("never negotiated anything without the knowledge of the president", "Paolo Vendramin", P, "said",
      ph=["said-that", "writing", "pronoun"]),
    M("with a clear conscience and a great deal of sadness", "Paolo Vendramin", P, "said",
      ph=["said-that", "writing", "pronoun"]),
    R("il Ragioniere", "nickname of the club president", "title"),
    I("he has no intention of selling", "Gianluca Ferrandi", P, "said", ph=["said-that", "surname"]),
    I("the board would meet on Thursday to appoint an interim chief executive", "Virtus Castelmare", O, "said",
      ph=["said-that", "writing", "nominal"]),
    I("the Curva Sud would stay empty for Sunday’s home match against Sporting Ardena", "Fedelissimi 1961", O,
      "announced", ph=["said-that", "cue-class"]),
    D("This club belongs to the city, not to whoever happens to sit in the president’s chair", "Fedelissimi 1961", O,
      "wrote", via=["Facebook"], ph=["writing", "nominal"]),
    M("confused and worried", "Daniele Scarpa", P, "told", role="Former captain", via=["Radio Lido Sport"],
      ph=["told", "said-that", "role-premodifier"]),
    D("The players read the papers like everyone else. Nobody has explained anything to them", "Daniele Scarpa", P,
      "told", role="Former captain", via=["Radio Lido Sport"], ph=["multi-sentence", "told", "surname"]),
    I("the club has not paid its players since February", "the Tirrenian Footballers’ Union", O, "according to",
      ph=["according-to"]),
])

# ---------------------------------------------------------------- UK parliamentary sketch, curly quotes with ‘nested’ singles: the author's scare quotes and ironic "quotation", a bill title, MPs told the House, the minister's reply, a Downing Street spokesman
article("stiles-bill-sketch", """
There are Commons debates that generate light, debates that generate heat, and then there was Wednesday’s second reading of the “Countryside Access (Gates and Stiles) Bill”, which generated mainly a faint smell of wet Labrador.
The environment minister, Rupert Allingham-Fry, rose to promise the House that the bill would bring “the nation’s stiles into the twenty-first century”. Nobody asked what a twenty-first-century stile looks like. Perhaps nobody dared.
It is, by my count, the seventh “once-in-a-generation opportunity” the government has discovered since January.
From the opposition front bench, the shadow environment secretary, Harriet Okonedo-Price, said the bill was a solution in search of a problem. “I have climbed more stiles than the minister has had hot dinners, and not one of them asked to be modernised,” she told the House.
Sir Godfrey Mallender, who has sat for Wetherfold since roughly the invention of the stile, rose to warn that walkers in his constituency were “already at the mercy of cows”. Whitehall, one gathers, would be worse.
Replying, Allingham-Fry said the government had consulted 4,000 landowners and that 71 per cent backed the changes. “The honourable lady may scoff, but the countryside has spoken, and what it said was: ‘Fix our stiles,’” he told MPs.
What the countryside was actually saying, judging by the empty benches behind him, was: “Is it lunchtime yet?”
Deirdre Quince, who chairs the environment committee, announced that she would table 43 amendments. “Forty-three,” she repeated, for the benefit of those at the back.
A Downing Street spokesman said later that the prime minister had “full confidence” in the bill, and in the minister, in that order.
The bill passed its second reading by 311 votes to 204. The cows were not consulted.
""", [
    R("Countryside Access (Gates and Stiles) Bill", "title of a bill", "title"),
    M("the nation’s stiles into the twenty-first century", "Rupert Allingham-Fry", P, "promise",
      role="environment minister", ph=["said-that", "cue-class", "role-apposition"]),
    R("once-in-a-generation opportunity", "the author's mocking scare quote on a government phrase", "scare-quote"),
    I("the bill was a solution in search of a problem", "Harriet Okonedo-Price", P, "said",
      role="shadow environment secretary", ph=["said-that", "role-apposition"]),
    D("I have climbed more stiles than the minister has had hot dinners, and not one of them asked to be modernised,",
      "Harriet Okonedo-Price", P, "told", role="shadow environment secretary", ph=["told", "pronoun"]),
    M("already at the mercy of cows", "Godfrey Mallender", P, "warn", ph=["said-that", "cue-class"]),
    I("the government had consulted 4,000 landowners and that 71 per cent backed the changes", "Rupert Allingham-Fry",
      P, "said", ph=["said-that", "surname"]),
    D("The honourable lady may scoff, but the countryside has spoken, and what it said was: ‘Fix our stiles,’",
      "Rupert Allingham-Fry", P, "told", ph=["nested", "told", "pronoun"]),
    R("Is it lunchtime yet?", "the author's ironic reading of the empty benches, not anyone's words", "author-words"),
    I("she would table 43 amendments", "Deirdre Quince", P, "announced", ph=["said-that", "cue-class"]),
    D("Forty-three,", "Deirdre Quince", P, "repeated", ph=["pronoun"]),
    M("full confidence", "a Downing Street spokesman", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Scandinavian outlet's English service, curly quotes: hospital strike, "said in a press release", union leader told the station, the region's director, a patient by first name and age, the employer's denial, a so-called staffing term
article("vestmark-nurses-strike", """
TROMSVÅG (Nordvik Radio English) – Around 1,400 nurses at the four hospitals of the Vestmark health region walked off the job on Monday, and planned operations have been postponed until at least Thursday, the Vestmark Nurses’ Federation said in a press release.
“We have warned about this for three years. Nurses are leaving for private clinics and for the offshore industry, and the ones who stay are running on empty,” union leader Hege Solumsmoen told Nordvik Radio.
The federation is demanding a pay rise of 6.8 per cent and a cap on compulsory overtime. According to the union, nurses in the region worked more than 210,000 hours of overtime last year.
Under the strike rules, nurses on the so-called “minimum staffing” list must still report for work in emergency wards.
The health region’s director, Arild Kvamsdal, said the region had offered 4.9 per cent and could not go further without cutting services. “Every krone we add to the wage bill is a krone we take from somewhere else,” he said.
Kvamsdal rejected the union’s claim that patients were being put at risk, saying that emergency and cancer care would continue as normal.
Among those waiting is Solveig, 67, from the island of Haldøy, whose hip replacement has now been cancelled twice. “I have had my bag packed since Sunday. I don’t blame the nurses, but I am tired of being the one who pays,” she said.
In a second press release, the federation said the strike would spread to the hospitals in Lysvik and Haldøy from Wednesday and accused the region of “playing chicken with patients’ safety”.
Vestmark Health Region denied in a statement that managers had pressured striking nurses to sign up for extra emergency shifts. “No one has been ordered to do anything beyond the agreed minimum staffing,” the region said.
The state mediator, Trude Aasheim, has called both sides to a meeting on Tuesday.
""", [
    I("Around 1,400 nurses at the four hospitals of the Vestmark health region walked off the job on Monday, and planned operations have been postponed until at least Thursday",
      "the Vestmark Nurses’ Federation", O, "said", ph=["trailing-attribution", "writing"]),
    D("We have warned about this for three years. Nurses are leaving for private clinics and for the offshore industry, and the ones who stay are running on empty,",
      "Hege Solumsmoen", P, "told", role="union leader", via=["Nordvik Radio"],
      ph=["multi-sentence", "told", "role-premodifier"]),
    I("nurses in the region worked more than 210,000 hours of overtime last year", "the Vestmark Nurses’ Federation", O,
      "according to", ph=["according-to", "nominal"]),
    R("minimum staffing", "scare quote after 'so-called'", "scare-quote", after="so-called"),
    I("the region had offered 4.9 per cent and could not go further without cutting services", "Arild Kvamsdal", P,
      "said", role="health region’s director", ph=["said-that", "role-apposition"]),
    D("Every krone we add to the wage bill is a krone we take from somewhere else,", "Arild Kvamsdal", P, "said",
      role="health region’s director", ph=["pronoun"]),
    I("patients were being put at risk", "Arild Kvamsdal", P, "rejected", ph=["denial", "cue-class", "surname"]),
    I("emergency and cancer care would continue as normal", "Arild Kvamsdal", P, "saying",
      ph=["participle-cue", "surname"]),
    # a patient given by first name and age only; the age is not a role
    D("I have had my bag packed since Sunday. I don’t blame the nurses, but I am tired of being the one who pays,",
      "Solveig", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the strike would spread to the hospitals in Lysvik and Haldøy from Wednesday", "the Vestmark Nurses’ Federation",
      O, "said", ph=["said-that", "writing", "nominal"]),
    M("playing chicken with patients’ safety", "the Vestmark Nurses’ Federation", O, "accused",
      ph=["cue-class", "writing", "nominal"]),
    I("managers had pressured striking nurses to sign up for extra emergency shifts", "Vestmark Health Region", O,
      "denied", ph=["denial", "cue-class", "writing"]),
    D("No one has been ordered to do anything beyond the agreed minimum staffing,", "Vestmark Health Region", O,
      "said", ph=["writing", "nominal"]),
])

# ---------------------------------------------------------------- US state supreme court ruling, straight double quotes: the majority opinion "wrote", a justice "wrote in a dissent", the governor's office statement, a law professor "who was not involved in the case", split quote, a law's name and a legal term in quotes
article("delmont-home-rule-wage-ruling", '''
DELMONT CITY — The Delmont Supreme Court on Friday struck down a 2023 state law that barred cities from setting their own minimum wages, ruling 4-3 that the legislature had violated the "home rule" clause of the state constitution.
In the majority opinion, Justice Miriam Okafor-Lindell wrote that the law, known as the "Uniform Wage Act," would "read home rule out of the constitution one paragraph at a time."
"The people of Delmont gave their cities the power to govern their own affairs. The legislature cannot take back by statute what the voters granted by amendment," she wrote.
Justice Raymond Tolliver wrote in a dissent that the majority had "discovered a right to local wage-setting that no voter knew they had." He warned that businesses would now face "a patchwork of wage laws within a single hour's drive."
"Today's decision is not about the minimum wage. It is about who gets to decide what the constitution means, and the answer is whoever has four votes," Tolliver wrote.
In a statement, the office of Governor Patrick Hanlon called the ruling "a job killer dressed up as local democracy" and said the governor would ask lawmakers to put a constitutional amendment before voters in November.
The case was brought by Port Halvern, whose $17 minimum wage the law had voided. Port Halvern Mayor Luis Ebanks said the city would begin enforcing its ordinance on Jan. 1. "Workers here have waited three years for a raise the voters already approved," he said.
According to the state Department of Labor, about 310,000 Delmont workers earn less than $17 an hour.
Nadine Kessler-Obi, a professor of constitutional law at Brannock University who was not involved in the case, said the decision was narrower than it looked. "The court said the legislature has to amend the constitution if it wants the last word," she said. "That's a higher bar, but it's not an impossible one."
''', [
    I('the legislature had violated the "home rule" clause of the state constitution', "the Delmont Supreme Court", O,
      "ruling", ph=["participle-cue", "writing"]),
    R("home rule", "legal term in quotes", "scare-quote", after="violated the"),
    R("Uniform Wage Act,", "name of a law", "title"),
    M("read home rule out of the constitution one paragraph at a time.", "Miriam Okafor-Lindell", P, "wrote",
      role="Justice", ph=["said-that", "writing", "role-premodifier"]),
    D("The people of Delmont gave their cities the power to govern their own affairs. The legislature cannot take back by statute what the voters granted by amendment,",
      "Miriam Okafor-Lindell", P, "wrote", ph=["multi-sentence", "writing", "pronoun"]),
    M("discovered a right to local wage-setting that no voter knew they had.", "Raymond Tolliver", P, "wrote",
      role="Justice", ph=["said-that", "writing", "role-premodifier"]),
    M("a patchwork of wage laws within a single hour's drive.", "Raymond Tolliver", P, "warned", role="Justice",
      ph=["said-that", "cue-class", "writing", "pronoun"]),
    D("Today's decision is not about the minimum wage. It is about who gets to decide what the constitution means, and the answer is whoever has four votes,",
      "Raymond Tolliver", P, "wrote", ph=["multi-sentence", "writing", "surname"]),
    M("a job killer dressed up as local democracy", "the office of Governor Patrick Hanlon", O, "called",
      ph=["writing"]),
    I("the governor would ask lawmakers to put a constitutional amendment before voters in November",
      "the office of Governor Patrick Hanlon", O, "said", ph=["said-that", "writing"]),
    I("the city would begin enforcing its ordinance on Jan. 1", "Luis Ebanks", P, "said", role="Port Halvern Mayor",
      ph=["said-that", "role-premodifier"]),
    D("Workers here have waited three years for a raise the voters already approved,", "Luis Ebanks", P, "said",
      role="Port Halvern Mayor", ph=["pronoun"]),
    I("about 310,000 Delmont workers earn less than $17 an hour", "the state Department of Labor", O, "according to",
      ph=["according-to"]),
    I("the decision was narrower than it looked", "Nadine Kessler-Obi", P, "said",
      role="professor of constitutional law at Brannock University", ph=["said-that", "role-apposition"]),
    D("The court said the legislature has to amend the constitution if it wants the last word,",
      "Nadine Kessler-Obi", P, "said", role="professor of constitutional law at Brannock University",
      ph=["split-quote", "pronoun"]),
    D("That's a higher bar, but it's not an impossible one.", "Nadine Kessler-Obi", P, "said",
      role="professor of constitutional law at Brannock University", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- news-agency wire, curly quotes with ‘nested’ singles: emergency landing, "the airline said in a statement", a trailing "…, the airline said" after a long sentence, passengers (one on Instagram), aviation-authority spokeswoman, official "speaking on condition of anonymity", a technical term in quotes
article("skylark-sr412-emergency-landing", """
KESTELHAVN, Feb 11 (AFP) – A Skylark Regional passenger jet made an emergency landing at Kestelhavn airport on Tuesday after smoke filled the cabin minutes after take-off, the airline said in a statement.
The aircraft, bound for the island of Vell, turned back about 20 minutes into the flight, landed at 9:52 am and was evacuated on the runway using its emergency slides, with all 137 passengers and six crew members leaving the plane and four people treated by paramedics for minor injuries, the airline said.
“Our crew did exactly what they are trained to do, and they did it in under ninety seconds,” chief operating officer Benedikt Aalto said in the statement.
“At first it smelled like burnt toast, and then you couldn’t see the seats in front of you,” said passenger Marit Lindqvist-Oyo, 41, who was travelling with her two children. “The cabin crew were shouting ‘Heads down, stay down!’ and everyone just did it. Nobody screamed.”
Another passenger, Tomasz Reivo, posted a video on Instagram showing people sliding down a chute onto the wet tarmac. “Never been so happy to see a runway. Thank you to the crew of SR412, absolute heroes,” he wrote.
Passengers said the crew had ordered them into the “brace” position as the aircraft descended.
Kaija Rendell, a spokeswoman for the Kestel Civil Aviation Authority, said investigators had removed both flight recorders and would publish a preliminary report within 30 days. She declined to speculate on the cause.
An official at the authority, speaking on condition of anonymity because the investigation had only just begun, said early checks pointed to a fault in the air-conditioning system rather than the engines.
The airline confirmed that the aircraft, which entered service in 2016, had passed a routine maintenance check on Saturday. Skylark Regional shares fell 4.2 percent in Kestelhavn trading.
""", [
    I("A Skylark Regional passenger jet made an emergency landing at Kestelhavn airport on Tuesday after smoke filled the cabin minutes after take-off",
      "Skylark Regional", O, "said", ph=["trailing-attribution", "nominal", "writing"]),
    I("The aircraft, bound for the island of Vell, turned back about 20 minutes into the flight, landed at 9:52 am and was evacuated on the runway using its emergency slides, with all 137 passengers and six crew members leaving the plane and four people treated by paramedics for minor injuries",
      "Skylark Regional", O, "said", ph=["trailing-attribution", "nominal"]),
    D("Our crew did exactly what they are trained to do, and they did it in under ninety seconds,", "Benedikt Aalto", P,
      "said", role="chief operating officer", ph=["writing", "role-premodifier"]),
    D("At first it smelled like burnt toast, and then you couldn’t see the seats in front of you,",
      "Marit Lindqvist-Oyo", P, "said", role="passenger", after="At first",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("The cabin crew were shouting ‘Heads down, stay down!’ and everyone just did it. Nobody screamed.",
      "Marit Lindqvist-Oyo", P, "said", role="passenger", ph=["split-quote", "multi-sentence", "nested"]),
    # "Another passenger, Tomasz Reivo": the role is "passenger", without the determiner
    D("Never been so happy to see a runway. Thank you to the crew of SR412, absolute heroes,", "Tomasz Reivo", P,
      "wrote", role="passenger", via=["Instagram"], after="Another passenger",
      ph=["multi-sentence", "writing", "pronoun", "role-apposition"]),
    I("the crew had ordered them into the “brace” position as the aircraft descended", "passengers", G, "said",
      ph=["said-that"]),
    R("brace", "technical term in quotes", "scare-quote"),
    I("investigators had removed both flight recorders and would publish a preliminary report within 30 days",
      "Kaija Rendell", P, "said", role="spokeswoman for the Kestel Civil Aviation Authority",
      ph=["said-that", "role-apposition"]),
    I("early checks pointed to a fault in the air-conditioning system rather than the engines",
      "an official at the authority", A, "said", ph=["said-that"]),
    I("the aircraft, which entered service in 2016, had passed a routine maintenance check on Saturday",
      "Skylark Regional", O, "confirmed", ph=["said-that", "cue-class", "nominal"]),
])

# ---------------------------------------------------------------- Australian regional daily, curly single quotes + apostrophes: local-election night, victory speech, concession, "told ABC Radio", party spokesperson, quotes split around the attribution, a nickname
article("carrawong-mayoral-count", """
CARRAWONG – Independent Renee Marchetti-Oduya has swept to victory in the Carrawong mayoral election, ending 16 years of Coastal Alliance control of the council.
With 74 per cent of the vote counted, she held 58 per cent of first preferences, according to the Local Government Electoral Commission.
‘Tonight Carrawong said it wants a council that picks up the phone,’ Ms Marchetti-Oduya told a packed room at the Carrawong Surf Life Saving Club just after 9pm. ‘I intend to pick it up on the first ring.’
The former paramedic, 47, said her first act would be to order an independent review of the council’s $62 million aquatic centre. The centre, which ran $19 million over budget, is known around town as the ‘Concrete Lagoon’.
Outgoing deputy mayor Graham Teasdale conceded shortly before 10pm. ‘The voters have spoken, and they’ve spoken pretty loudly,’ he told supporters in Baywater. ‘I rang Renee and wished her well. She’s going to find this job harder than it looks.’
Mr Teasdale told ABC Radio on Sunday morning that the aquatic centre had become ‘a lightning rod’ and that the Alliance had failed to explain the cost blowout.
A Coastal Alliance spokesperson said the party would ‘reflect carefully’ on the result but rejected suggestions it had been punished for its preference deal with the Ratepayers Party.
At the polling booth at Carrawong Public School, retiree Des Whitcombe, 72, said he had voted against the Alliance ‘for the first time in my life’.
Third-placed candidate Priya Nanjiani, of the Ratepayers Party, said she would ‘absolutely’ run again in 2028. ‘We doubled our vote. Nobody is writing us off,’ she said.
Ms Marchetti-Oduya will be sworn in on Thursday. ‘Then,’ she said, ‘the hard bit starts.’
""", [
    I("With 74 per cent of the vote counted, she held 58 per cent of first preferences",
      "the Local Government Electoral Commission", O, "according to", ph=["according-to", "trailing-attribution"]),
    D("Tonight Carrawong said it wants a council that picks up the phone,", "Renee Marchetti-Oduya", P, "told",
      ph=["split-quote", "told", "surname"]),
    D("I intend to pick it up on the first ring.", "Renee Marchetti-Oduya", P, "told",
      ph=["split-quote", "told", "surname"]),
    I("her first act would be to order an independent review of the council’s $62 million aquatic centre",
      "Renee Marchetti-Oduya", P, "said", role="former paramedic", ph=["said-that", "nominal"]),
    R("Concrete Lagoon", "local nickname of the aquatic centre", "title"),
    D("The voters have spoken, and they’ve spoken pretty loudly,", "Graham Teasdale", P, "told",
      role="Outgoing deputy mayor", ph=["split-quote", "told", "pronoun", "role-premodifier"]),
    D("I rang Renee and wished her well. She’s going to find this job harder than it looks.", "Graham Teasdale", P,
      "told", role="Outgoing deputy mayor", ph=["split-quote", "multi-sentence", "told", "pronoun"]),
    M("a lightning rod", "Graham Teasdale", P, "told", via=["ABC Radio"], ph=["told", "said-that", "surname"]),
    I("the Alliance had failed to explain the cost blowout", "Graham Teasdale", P, "told", via=["ABC Radio"],
      ph=["told", "said-that", "surname"]),
    M("reflect carefully", "a Coastal Alliance spokesperson", A, "said", ph=["said-that"]),
    I("it had been punished for its preference deal with the Ratepayers Party", "a Coastal Alliance spokesperson", A,
      "rejected", ph=["denial", "cue-class"]),
    M("for the first time in my life", "Des Whitcombe", P, "said", role="retiree",
      ph=["said-that", "role-premodifier"]),
    M("absolutely", "Priya Nanjiani", P, "said", role="Third-placed candidate",
      ph=["said-that", "role-premodifier"]),
    D("We doubled our vote. Nobody is writing us off,", "Priya Nanjiani", P, "said",
      role="Third-placed candidate", ph=["multi-sentence", "pronoun"]),
    D("Then,", "Renee Marchetti-Oduya", P, "said", ph=["split-quote", "pronoun"]),
    D("the hard bit starts.", "Renee Marchetti-Oduya", P, "said", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- health/food-safety explainer with question subheads, straight double quotes: named epidemiologist, "according to the agency's latest figures", a manufacturer's recall notice, a parent's Facebook post, a marketing term in scare quotes beside a "described … as" fragment, product names
article("orchard-pouch-salmonella-explainer", '''
More than 30 people, most of them under five, have fallen ill in a salmonella outbreak linked to fruit pouches marketed as "farm-fresh" snacks for toddlers, the Federal Food Safety Agency said on Tuesday. Here is what we know.
How many people are ill?
According to the agency's latest figures, 34 people in six provinces have been infected since mid-January, and 11 of them have been admitted to hospital. No deaths have been reported.
Which products are affected?
Orchard Little Ones, the manufacturer, has recalled all batches of its "Sunny Mango" and "Berry Bounce" pouches with best-before dates up to March 2026. In its recall notice, the company said the products "may be contaminated with Salmonella" and that customers should return them to any shop for a full refund.
Why are small children at greater risk?
"Toddlers have less stomach acid and an immune system that is still learning, so a dose that would give an adult a bad afternoon can put a two-year-old in hospital," said Dr Ayesha Lindqvist-Moreau, an epidemiologist at the Aldercastle Institute of Public Health. She said parents should watch for fever, diarrhoea and vomiting for up to a week after a child has eaten a pouch.
Lindqvist-Moreau described the "farm-fresh" wording on the packs as "a marketing phrase, not a safety standard."
How did parents find out?
Jenna Orsolya, a mother of three from Pelham Cross, wrote on Facebook that her two-year-old son had spent four nights in hospital. "I read every label. I buy the ones that say organic. I did everything right and it still happened," she wrote in the post, which has been shared more than 12,000 times.
What does the company say?
Orchard Little Ones denied that it had been warned about the problem by a supplier in December, saying it had acted "within hours" of receiving the first positive test. The agency said its investigation was continuing.
''', [
    I('More than 30 people, most of them under five, have fallen ill in a salmonella outbreak linked to fruit pouches marketed as "farm-fresh" snacks for toddlers',
      "the Federal Food Safety Agency", O, "said", ph=["trailing-attribution"]),
    R("farm-fresh", "marketing term in scare quotes", "scare-quote", after="marketed as"),
    I("34 people in six provinces have been infected since mid-January, and 11 of them have been admitted to hospital",
      "the Federal Food Safety Agency", O, "according to", ph=["according-to", "nominal"]),
    R("Sunny Mango", "product name", "title"),
    R("Berry Bounce", "product name", "title"),
    M("may be contaminated with Salmonella", "Orchard Little Ones", O, "said",
      ph=["said-that", "writing", "nominal"]),
    I("customers should return them to any shop for a full refund", "Orchard Little Ones", O, "said",
      ph=["said-that", "writing", "nominal"]),
    D("Toddlers have less stomach acid and an immune system that is still learning, so a dose that would give an adult a bad afternoon can put a two-year-old in hospital,",
      "Ayesha Lindqvist-Moreau", P, "said", role="epidemiologist at the Aldercastle Institute of Public Health",
      ph=["inversion", "role-apposition"]),
    I("parents should watch for fever, diarrhoea and vomiting for up to a week after a child has eaten a pouch",
      "Ayesha Lindqvist-Moreau", P, "said", role="epidemiologist at the Aldercastle Institute of Public Health",
      ph=["said-that", "pronoun"]),
    # the marketing term she describes is rejected; what she calls it is hers
    R("farm-fresh", "marketing term quoted as a word", "scare-quote", after="described the"),
    M("a marketing phrase, not a safety standard.", "Ayesha Lindqvist-Moreau", P, "described", ph=["surname"]),
    I("her two-year-old son had spent four nights in hospital", "Jenna Orsolya", P, "wrote",
      role="mother of three from Pelham Cross", via=["Facebook"], ph=["said-that", "writing", "role-apposition"]),
    D("I read every label. I buy the ones that say organic. I did everything right and it still happened,",
      "Jenna Orsolya", P, "wrote", role="mother of three from Pelham Cross", via=["Facebook"],
      ph=["multi-sentence", "writing", "pronoun"]),
    I("it had been warned about the problem by a supplier in December", "Orchard Little Ones", O, "denied",
      ph=["denial", "cue-class"]),
    M("within hours", "Orchard Little Ones", O, "saying", ph=["participle-cue"]),
    I("its investigation was continuing", "the Federal Food Safety Agency", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- arts page review-news hybrid, straight single quotes + apostrophes: exhibition title, gallery director "described … as", anonymous board member, the artist quoted from an earlier interview with the Guardian, so-called term, the critic's own imagined wall text
article("larkhill-vandermeer-retrospective", """
The first thing you see in 'Salt and Static', Ilse Vandermeer's retrospective at the Larkhill Gallery, is a fridge. It hums. It has been painted, inside and out, with 400 tiny portraits of the artist's neighbours, and it is by some distance the best thing in the show.
That the show exists at all is a small miracle. The gallery's board agreed to stage it by a single vote, two years after Vandermeer set fire to a piano on the gallery steps and cost the institution its insurance for six months.
The gallery's director, Fenella Achterberg, described the decision as 'the bravest thing this board has done in a decade'. 'I'm not interested in shows that everybody likes. If half the room walks out, the other half will remember it for the rest of their lives,' she said.
One board member, who asked not to be named because the vote was confidential, said the gallery had spent more than £180,000 on security and conservation for the show and called the fridge 'a very expensive joke'.
Vandermeer, 71, who rarely gives interviews, told the Guardian in 2021 that she painted her neighbours because 'they are the only people who can't refuse to sit for me'. 'A portrait of a stranger is a guess. A portrait of the woman who takes in your parcels is a confession,' she said in the same interview.
The later rooms are weaker. The so-called 'kitchen-sink abstractions' of the 2010s, vast canvases of grey and beige, feel like an artist marking time, and the wall text might as well read: 'Please be patient, the fridge is worth it.'
Achterberg said the gallery expected 90,000 visitors before the show closes in April. Asked whether Vandermeer would attend the opening, she said the artist had 'promised nothing, which is more than usual'.
'Salt and Static' is at the Larkhill Gallery until 19 April.
""", [
    R("Salt and Static", "title of the exhibition", "title", after="The first thing"),
    M("the bravest thing this board has done in a decade", "Fenella Achterberg", P, "described",
      role="gallery's director", ph=["role-apposition"]),
    D("I'm not interested in shows that everybody likes. If half the room walks out, the other half will remember it for the rest of their lives,",
      "Fenella Achterberg", P, "said", role="gallery's director", ph=["multi-sentence", "pronoun"]),
    I("the gallery had spent more than £180,000 on security and conservation for the show", "one board member", A,
      "said", ph=["said-that"]),
    M("a very expensive joke", "one board member", A, "called"),
    # "the Guardian": as with "the BBC" elsewhere in the set, the via is the name without the lower-case article
    M("they are the only people who can't refuse to sit for me", "Ilse Vandermeer", P, "told", via=["Guardian"],
      ph=["told", "said-that", "surname"]),
    D("A portrait of a stranger is a guess. A portrait of the woman who takes in your parcels is a confession,",
      "Ilse Vandermeer", P, "said", via=["Guardian"], ph=["multi-sentence", "pronoun", "interview"]),
    R("kitchen-sink abstractions", "scare quote after 'so-called'", "scare-quote"),
    R("Please be patient, the fridge is worth it.", "the critic's imagined wall text, not anyone's words",
      "author-words"),
    I("the gallery expected 90,000 visitors before the show closes in April", "Fenella Achterberg", P, "said",
      ph=["said-that", "surname"]),
    M("promised nothing, which is more than usual", "Fenella Achterberg", P, "said", ph=["said-that", "pronoun"]),
    R("Salt and Static", "title of the exhibition", "title", after="promised nothing"),
])


# ---------------------------------------------------------------- Gulf wire (AFP) relayed through a state news agency, curly quotes: "said in a statement carried by the official … news agency", a foreign minister speaking to state TV and referred to as "Sheikh Hamad", a foreign minister quoted by Al Jazeera, a statement "posted on the ministry's website", "a diplomatic source told AFP", "the airline" for Marjan Air
article("marjan-air-crew-detentions", """
AL-RIMAL, Nov 4 (AFP) – Marjan suspended all flights to neighbouring Zahran on Monday and summoned Zahran’s ambassador after 11 crew members of the national carrier Marjan Air were detained at Qasr al-Nakhl airport, the foreign ministry said in a statement carried by the official Marjan News Agency (MNA).
The ministry described the detentions as “a flagrant breach of international aviation conventions” and said Marjan reserved “the right to take all measures necessary to protect its citizens”.
The airline said the crew, two pilots and nine cabin attendants, had been taken from their hotel late on Saturday and that it had not been able to reach them since. All 38 of its weekly flights to Zahran have been cancelled until further notice.
Speaking to the state broadcaster Marjan TV on Monday evening, Foreign Minister Sheikh Hamad bin Saeed Al-Kindi said his government had “exhausted every quiet channel” before going public. “We waited two days for a telephone call that never came. Our citizens are not bargaining chips,” Sheikh Hamad said.
Zahran’s interior ministry, in a statement posted on the ministry’s website late on Monday, said the crew were being questioned over “irregularities in their entry documents” and were being “treated with full respect”. It did not say whether any of them had been charged.
Al Jazeera quoted Zahran’s Foreign Minister Rashid Al-Mansouri as saying the matter was “a legal question, not a political one”. “Nobody is holding anyone hostage. When the investigation is over, they will go home,” he was quoted as saying.
A diplomatic source told AFP that mediators from a third country had been in contact with both governments since Sunday and that a deal to free the crew “could come within days”.
Relations between the two neighbours have been strained since a dispute over fishing rights in the Sabkha Strait in 2022. Marjan Air, which carries about four million passengers a year, said it would refund all affected travellers.
""", [
    I("Marjan suspended all flights to neighbouring Zahran on Monday and summoned Zahran’s ambassador after 11 crew members of the national carrier Marjan Air were detained at Qasr al-Nakhl airport",
      "the foreign ministry", O, "said", via=["Marjan News Agency"], ph=["trailing-attribution", "writing"]),
    M("a flagrant breach of international aviation conventions", "the foreign ministry", O, "described",
      ph=["nominal"]),
    M("the right to take all measures necessary to protect its citizens", "the foreign ministry", O, "said",
      ph=["said-that", "nominal"]),
    # "the airline" points back to Marjan Air, whose name has a different head word
    I("the crew, two pilots and nine cabin attendants, had been taken from their hotel late on Saturday and that it had not been able to reach them since",
      "Marjan Air", O, "said", ph=["said-that", "nominal"]),
    M("exhausted every quiet channel", "Hamad bin Saeed Al-Kindi", P, "said", role="Foreign Minister",
      via=["Marjan TV"], ph=["said-that", "interview", "role-premodifier"]),
    # "Sheikh Hamad": honorific and given name, the short form Gulf copy uses after the first mention
    D("We waited two days for a telephone call that never came. Our citizens are not bargaining chips,",
      "Hamad bin Saeed Al-Kindi", P, "said", role="Foreign Minister", via=["Marjan TV"],
      ph=["multi-sentence", "surname", "interview"]),
    # the ministry's own website is not a named relay, so via stays empty (as for an emailed statement)
    M("irregularities in their entry documents", "Zahran’s interior ministry", O, "said",
      ph=["said-that", "writing"]),
    M("treated with full respect", "Zahran’s interior ministry", O, "said", ph=["said-that", "writing"]),
    M("a legal question, not a political one", "Rashid Al-Mansouri", P, "quoted ... as saying",
      role="Zahran’s Foreign Minister", via=["Al Jazeera"], ph=["quoted-as-saying", "role-premodifier"]),
    D("Nobody is holding anyone hostage. When the investigation is over, they will go home,", "Rashid Al-Mansouri", P,
      "quoted as saying", role="Zahran’s Foreign Minister", via=["Al Jazeera"],
      ph=["multi-sentence", "passive", "quoted-as-saying", "pronoun"]),
    I("mediators from a third country had been in contact with both governments since Sunday", "a diplomatic source",
      A, "told", via=["AFP"], ph=["told", "said-that"]),
    # the second that-clause carries the quoted fragment, so only the fragment is annotated
    M("could come within days", "a diplomatic source", A, "told", via=["AFP"], ph=["told", "said-that"]),
    I("it would refund all affected travellers", "Marjan Air", O, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Nigerian daily, straight double quotes: Hon. (Dr.)/Alhaji/Chief (Mrs.) titles, a long constituency-and-committee role, "he said while fielding questions from journalists", the lawmaker by surname and as "the lawmaker", a bill's full title, the party's National Publicity Secretary "in a statement on Sunday, said", "the statement added", "told our correspondent"
article("odo-aran-defection-denial", '''
The member representing Odo-Aran/Ilemure Federal Constituency in the House of Representatives and Chairman, House Committee on Rural Development, Hon. (Dr.) Babatunde Adekola-Williams, has dismissed reports that he is set to defect from the ruling Progressive Unity Congress (PUC) to the opposition People's Redemption Movement (PRM).
"I am in the PUC, I was elected on the platform of the PUC, and I am not going anywhere. Those who are spreading this rumour should go and look for another story," he said while fielding questions from journalists in Ilu-Ayo, the Arodan State capital, on Saturday.
Hon. Adekola-Williams described his meeting last week with the PRM National Chairman, Alhaji Sani Dan-Musa Garba, as "purely a family affair", explaining that the two men are related by marriage.
The lawmaker said his attention was on his bill for a federal college of agriculture in the constituency. The bill, titled "A Bill for an Act to Establish the Federal College of Agriculture, Odo-Aran, and for Related Matters", passed second reading on the floor of the House last Thursday. He said the college would create "not less than 2,000 direct jobs" for youths in the area.
Reacting, the party's National Publicity Secretary, Chief Emeka Obiorah-Nwankwo, in a statement on Sunday, said the PUC had "no reason to doubt" the lawmaker's loyalty. "The PUC is a large family, and in every large family people talk. We do not sack members on the strength of gossip," the statement added. He also warned party members against "anti-party activities" ahead of the primaries.
But the PRM State Chairman in Arodan, Alhaji Musa Bello-Tanko, claimed that "at least five" PUC lawmakers from the state had approached his party in recent months. "Let them deny it if they like. By the time the primaries come, the people will see who is wearing which cap," Bello-Tanko told our correspondent by telephone.
A women leader in Odo-Aran, Chief (Mrs.) Folake Adesanya-Bello, said the constituency would stand by the lawmaker "whichever way he goes".
''', [
    I("he is set to defect from the ruling Progressive Unity Congress (PUC) to the opposition People's Redemption Movement (PRM)",
      "Babatunde Adekola-Williams", P, "dismissed",
      role="member representing Odo-Aran/Ilemure Federal Constituency in the House of Representatives and Chairman, House Committee on Rural Development",
      ph=["denial", "cue-class", "role-apposition"]),
    D("I am in the PUC, I was elected on the platform of the PUC, and I am not going anywhere. Those who are spreading this rumour should go and look for another story,",
      "Babatunde Adekola-Williams", P, "said", ph=["multi-sentence", "pronoun"]),
    M("purely a family affair", "Babatunde Adekola-Williams", P, "described", ph=["surname"]),
    I("the two men are related by marriage", "Babatunde Adekola-Williams", P, "explaining",
      ph=["participle-cue", "surname"]),
    I("his attention was on his bill for a federal college of agriculture in the constituency",
      "Babatunde Adekola-Williams", P, "said", role="lawmaker", ph=["said-that", "nominal"]),
    R("A Bill for an Act to Establish the Federal College of Agriculture, Odo-Aran, and for Related Matters",
      "full title of a bill", "title"),
    M("not less than 2,000 direct jobs", "Babatunde Adekola-Williams", P, "said", role="lawmaker",
      ph=["said-that", "pronoun"]),
    M("no reason to doubt", "Emeka Obiorah-Nwankwo", P, "said", role="party's National Publicity Secretary",
      ph=["said-that", "writing", "role-apposition"]),
    # "the statement added": the statement stands for the secretary who issued it
    D("The PUC is a large family, and in every large family people talk. We do not sack members on the strength of gossip,",
      "Emeka Obiorah-Nwankwo", P, "added", role="party's National Publicity Secretary",
      ph=["multi-sentence", "nominal", "writing"]),
    M("anti-party activities", "Emeka Obiorah-Nwankwo", P, "warned", role="party's National Publicity Secretary",
      ph=["pronoun", "cue-class", "writing"]),
    M("at least five", "Musa Bello-Tanko", P, "claimed", role="PRM State Chairman in Arodan",
      ph=["said-that", "cue-class", "role-apposition"]),
    D("Let them deny it if they like. By the time the primaries come, the people will see who is wearing which cap,",
      "Musa Bello-Tanko", P, "told", role="PRM State Chairman in Arodan", ph=["multi-sentence", "told", "surname"]),
    M("whichever way he goes", "Folake Adesanya-Bello", P, "said", role="women leader in Odo-Aran",
      ph=["said-that", "role-apposition"]),
])

# ---------------------------------------------------------------- US local news site, curly quotes: police chief at a news conference, split quote whose second part runs into the next paragraph, "police said" with no name, fire chief, a reporter's question that is not a statement, a witness "who gave only her first name", a relative "outside the courthouse" and "she said" in the next paragraph, a public defender who "declined to comment", a spokesperson for the city
article("linwood-terrace-arson-charge", """
CALDER FALLS — A 19-year-old man has been charged with arson and two counts of murder in connection with Tuesday’s fire at the Linwood Terrace apartments, Police Chief Dana Whitcombe-Ruiz said Thursday.
“This was not an accident,” Whitcombe-Ruiz said at a news conference at police headquarters. “Someone walked into that building at 2 in the morning with a can of gasoline, and two of our neighbors never walked out.
“I want to thank the residents who called 911, who pounded on doors, who carried people down the stairs. They saved lives that night.”
Police said the suspect, Tyler Brandt Moss, was arrested Wednesday night at a relative’s home in Hollins Gap, about 40 miles away. They said they had not established a motive.
Fire Chief Owen Baptiste said the fire started in a rear stairwell and reached the third floor within minutes. Firefighters rescued 23 people, some of them from windows, he said.
Asked by a reporter whether the building’s sprinklers had worked, Baptiste said the building, which went up in 1962, did not have any.
“I heard glass breaking and then the smoke alarm, and by the time I opened my door the hallway was black,” said a second-floor resident who gave only her first name, Keisha. “I just kept crawling.”
Moss was ordered held without bail after a brief appearance in Brennan County District Court on Thursday afternoon. A public defender assigned to his case declined to comment.
Outside the courthouse, Gloria Pettaway, whose 81-year-old mother, Ruth, died in the fire, said she had come because she wanted the suspect to see her face.
“My mother survived two husbands and a cancer diagnosis. She did not deserve to die scared and alone in a hallway,” she said.
Jenna Haverford, a spokesperson for the city, said the building had passed a fire inspection in March. The city will pay for hotel rooms for displaced residents for up to 60 days, she said.
""", [
    I("A 19-year-old man has been charged with arson and two counts of murder in connection with Tuesday’s fire at the Linwood Terrace apartments",
      "Dana Whitcombe-Ruiz", P, "said", role="Police Chief", ph=["trailing-attribution", "role-premodifier"]),
    D("This was not an accident,", "Dana Whitcombe-Ruiz", P, "said", ph=["split-quote", "surname"]),
    D("Someone walked into that building at 2 in the morning with a can of gasoline, and two of our neighbors never walked out.\n“I want to thank the residents who called 911, who pounded on doors, who carried people down the stairs. They saved lives that night.",
      "Dana Whitcombe-Ruiz", P, "said", ph=["split-quote", "multi-sentence", "surname"]),
    I("the suspect, Tyler Brandt Moss, was arrested Wednesday night at a relative’s home in Hollins Gap, about 40 miles away",
      "police", O, "said", ph=["said-that"]),
    I("they had not established a motive", "police", O, "said", ph=["said-that", "pronoun"]),
    I("the fire started in a rear stairwell and reached the third floor within minutes", "Owen Baptiste", P, "said",
      role="Fire Chief", ph=["said-that", "role-premodifier"]),
    I("Firefighters rescued 23 people, some of them from windows", "Owen Baptiste", P, "said", role="Fire Chief",
      ph=["trailing-attribution", "pronoun"]),
    # the reporter's question ("whether the building’s sprinklers had worked") is not a statement
    I("the building, which went up in 1962, did not have any", "Owen Baptiste", P, "said",
      ph=["said-that", "surname"]),
    D("I heard glass breaking and then the smoke alarm, and by the time I opened my door the hallway was black,",
      "Keisha", P, "said", role="second-floor resident", ph=["inversion", "split-quote", "role-apposition"]),
    D("I just kept crawling.", "Keisha", P, "said", role="second-floor resident", ph=["split-quote"]),
    # "declined to comment" is not a statement
    I("she had come because she wanted the suspect to see her face", "Gloria Pettaway", P, "said",
      ph=["said-that"]),
    D("My mother survived two husbands and a cancer diagnosis. She did not deserve to die scared and alone in a hallway,",
      "Gloria Pettaway", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the building had passed a fire inspection in March", "Jenna Haverford", P, "said",
      role="spokesperson for the city", ph=["said-that", "role-apposition"]),
    I("The city will pay for hotel rooms for displaced residents for up to 60 days", "Jenna Haverford", P, "said",
      role="spokesperson for the city", ph=["trailing-attribution", "pronoun"]),
])

# ---------------------------------------------------------------- business site, tech podcast write-up, straight double quotes: a founder who "said on the podcast", "the company" for a name with no company word, a book title, a co-founder's LinkedIn post, a buzzword in scare quotes, a rival's spokesperson who "declined to comment", an analyst's note to clients, a host's question that is not a statement
article("brindlewave-podcast-pivot", '''
Brindlewave, the meeting-notes startup that raised $60 million in March, wants its software to sit in on fewer meetings, not more, co-founder and chief executive Ottilie Marchbank said on the Ground Floor podcast this week.
"Most companies buy AI so they can record everything. Our best customers use us to cancel the meetings that never needed to happen," Marchbank said on the podcast. "If the product works, you should see less of it."
The company, which Marchbank started in 2021 after her book "The Quiet Calendar" became an unlikely bestseller among middle managers, says about 4,000 businesses now pay for its software, up from 900 a year ago.
Her co-founder and chief technology officer, Rafe Osei-Lindqvist, wrote in a LinkedIn post on Tuesday that Brindlewave would stop selling its always-on recording mode to new customers from June. "We built a tool that could listen to everything. It turned out that was the wrong goal," he wrote.
Marchbank was scathing about the industry's rush toward "agentic" assistants that act on a user's behalf. "Every pitch deck I see this year has that word on the first slide. Most of them mean a chatbot with access to your calendar," she said.
Brindlewave's biggest rival, Cadenza, whose note-taker comes free with several office suites, cut its prices by a third in April. A spokesperson for Cadenza declined to comment.
Harriet Lowe-Anand, an analyst at Pennfield Research, wrote in a note to clients on Wednesday that the move away from recording was "brave, and probably necessary". She estimated that Brindlewave would need to double its revenue per customer to justify the valuation of its last funding round.
Asked on the podcast whether she had received offers to sell the company, Marchbank laughed. "We get that email about once a week. I read every one of them and I answer none," she said.
The company says it expects to turn a profit by the end of next year.
''', [
    I("Brindlewave, the meeting-notes startup that raised $60 million in March, wants its software to sit in on fewer meetings, not more",
      "Ottilie Marchbank", P, "said", role="co-founder and chief executive", via=["Ground Floor"],
      ph=["trailing-attribution", "interview", "role-premodifier"]),
    D("Most companies buy AI so they can record everything. Our best customers use us to cancel the meetings that never needed to happen,",
      "Ottilie Marchbank", P, "said", via=["Ground Floor"], ph=["multi-sentence", "split-quote", "surname", "interview"]),
    D("If the product works, you should see less of it.", "Ottilie Marchbank", P, "said", via=["Ground Floor"],
      ph=["split-quote", "surname", "interview"]),
    R("The Quiet Calendar", "title of a book", "title"),
    # "The company": Brindlewave, a name without a company word
    I("about 4,000 businesses now pay for its software, up from 900 a year ago", "Brindlewave", O, "says",
      ph=["said-that", "nominal"]),
    I("Brindlewave would stop selling its always-on recording mode to new customers from June", "Rafe Osei-Lindqvist",
      P, "wrote", role="co-founder and chief technology officer", via=["LinkedIn"],
      ph=["said-that", "writing", "role-apposition"]),
    D("We built a tool that could listen to everything. It turned out that was the wrong goal,", "Rafe Osei-Lindqvist",
      P, "wrote", role="co-founder and chief technology officer", via=["LinkedIn"],
      ph=["multi-sentence", "writing", "pronoun"]),
    R("agentic", "industry buzzword in scare quotes", "scare-quote"),
    D("Every pitch deck I see this year has that word on the first slide. Most of them mean a chatbot with access to your calendar,",
      "Ottilie Marchbank", P, "said", ph=["multi-sentence", "pronoun"]),
    # the rival's spokesperson "declined to comment": not a statement
    M("brave, and probably necessary", "Harriet Lowe-Anand", P, "wrote", role="analyst at Pennfield Research",
      ph=["said-that", "writing", "role-apposition"]),
    I("Brindlewave would need to double its revenue per customer to justify the valuation of its last funding round",
      "Harriet Lowe-Anand", P, "estimated", role="analyst at Pennfield Research",
      ph=["said-that", "writing", "pronoun"]),
    # the host's question ("whether she had received offers …") is not a statement
    D("We get that email about once a week. I read every one of them and I answer none,", "Ottilie Marchbank", P,
      "said", via=["Ground Floor"], ph=["multi-sentence", "pronoun", "interview"]),
    I("it expects to turn a profit by the end of next year", "Brindlewave", O, "says", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- UK regional football report, curly single quotes + apostrophes: post-match press conference, two managers with split quotes, a player's nickname, "told BBC Radio …", "the Cutters boss" for a manager named earlier, the captain "speaking to the club's website", a supporters' trust spokesman, "the club said in a statement"
article("portreach-touchline-row", """
Portreach Albion climbed out of the relegation places with a 2-1 win over Dunholm United at Harbour Road on Saturday, but the afternoon ended with both managers talking about the fourth official.
Jamie Colquhoun, the 6ft 5in striker known on the terraces as ‘the Lighthouse’, headed the winner two minutes from time after the Cutters’ Kofi Mensah-Hart had cancelled out Liam Trebilcock’s opener.
‘We’ve been on the wrong end of games like that all season,’ said Albion manager Neil Tranter. ‘Today the ball bounced for us, and I’m not going to apologise for it.’
Dunholm manager Ray Dunstable was sent to the stands in the 71st minute after a row with the fourth official. He told BBC Radio Tamarside he had said ‘nothing worse than I say to my own players every morning’.
‘I asked him a question and he sent me off for it. If that’s the standard, we might as well put cardboard cut-outs in the dugout,’ the Cutters boss said.
Tranter had some sympathy for his opposite number. ‘Ray’s a passionate man,’ he said. ‘I’ve been sent off for less, and I’ll be sent off again.’
Albion captain Lewis Penrose, speaking to the club’s website, said the dressing room had ‘never stopped believing’. ‘People wrote us off in November. We’ve got 14 games left to prove them wrong,’ he added.
The win did little to quieten the protests against Albion’s owners. Dave Kitto, a spokesman for the Portreach Albion Supporters’ Trust, said fans would march from the harbour to the ground before next Saturday’s game. ‘Three points don’t pay the tax bill. We want answers from the board before the transfer window shuts,’ he said.
Dunholm United are standing by their manager. The club said in a statement on Sunday that Dunstable had acted ‘out of frustration, not disrespect’ and that it would ask the league to review the fourth official’s report.
""", [
    R("the Lighthouse", "nickname in quotes", "title"),
    D("We’ve been on the wrong end of games like that all season,", "Neil Tranter", P, "said", role="Albion manager",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("Today the ball bounced for us, and I’m not going to apologise for it.", "Neil Tranter", P, "said",
      role="Albion manager", ph=["split-quote"]),
    M("nothing worse than I say to my own players every morning", "Ray Dunstable", P, "told", role="Dunholm manager",
      via=["BBC Radio Tamarside"], ph=["told", "said-that", "pronoun", "role-premodifier"]),
    # "the Cutters boss": the club's nickname (given unquoted above) as a role nominal for Dunstable
    D("I asked him a question and he sent me off for it. If that’s the standard, we might as well put cardboard cut-outs in the dugout,",
      "Ray Dunstable", P, "said", role="Cutters boss", ph=["multi-sentence", "nominal"]),
    D("Ray’s a passionate man,", "Neil Tranter", P, "said", ph=["split-quote", "pronoun"]),
    D("I’ve been sent off for less, and I’ll be sent off again.", "Neil Tranter", P, "said",
      ph=["split-quote", "pronoun"]),
    # "the club’s website" is not a named relay, so via stays empty
    M("never stopped believing", "Lewis Penrose", P, "said", role="Albion captain",
      ph=["said-that", "role-premodifier"]),
    D("People wrote us off in November. We’ve got 14 games left to prove them wrong,", "Lewis Penrose", P, "added",
      role="Albion captain", ph=["multi-sentence", "pronoun"]),
    I("fans would march from the harbour to the ground before next Saturday’s game", "Dave Kitto", P, "said",
      role="spokesman for the Portreach Albion Supporters’ Trust", ph=["said-that", "role-apposition"]),
    D("Three points don’t pay the tax bill. We want answers from the board before the transfer window shuts,",
      "Dave Kitto", P, "said", role="spokesman for the Portreach Albion Supporters’ Trust",
      ph=["multi-sentence", "pronoun"]),
    M("out of frustration, not disrespect", "Dunholm United", O, "said", ph=["said-that", "writing", "nominal"]),
    I("it would ask the league to review the fourth official’s report", "Dunholm United", O, "said",
      ph=["said-that", "writing", "nominal"]),
])

# ---------------------------------------------------------------- Canadian provincial politics, curly quotes with «guillemets» for a quote translated from French: "according to a briefing note … obtained by CBC News", the note as speaker, a premier and an opposition leader trading "accused … of", a denial, an auditor general's report title, "the union representing nurses" for a named federation
article("bellecote-er-closures", """
PORT-VALLIÈRE — Emergency departments at five rural hospitals in Bellecôte could close on weekends this summer because the province is short of nurses, according to a briefing note from the Department of Health obtained by CBC News.
The note, dated May 12, says the province is about 640 registered nurses short and warns that weekend closures “may become unavoidable” in Sainte-Odile, Ruisseau-Vert and three other communities.
Health Minister Geneviève Landry-Ouellet, who was shown the note in May, did not dispute the figures. «We are not going to hide anything from the public. If an emergency department has to close for a weekend, people will know a week ahead», she told reporters in French on Tuesday.
Opposition Leader Chantal Doiron-Gallant accused Premier Robert MacLellan of “hiding a crisis in a filing cabinet” and demanded that every briefing note on hospital staffing written since January be made public.
“The premier knew in May. The nurses knew in May. The only people who didn’t know were the patients,” Doiron-Gallant said in the legislature.
MacLellan, in turn, accused the Opposition of “fearmongering” and denied that his government had cut a single nursing position. “We have hired more nurses in two years than the last government did in six,” he said.
Last fall, the province’s auditor general, Paul-Émile Thériault, warned in a report titled “Stretched Thin” that rural emergency departments were relying on overtime to stay open.
The Bellecôte Nurses’ Federation, which represents about 7,800 nurses, said in April that one in three of its members was thinking of leaving the profession. Its president, Josée Arseneau, said the note should have been released “the day it was written”.
On Tuesday evening, the union representing nurses said its members would refuse mandatory overtime at the five hospitals from July 1 unless the province agreed to pay a retention bonus.
""", [
    I("Emergency departments at five rural hospitals in Bellecôte could close on weekends this summer because the province is short of nurses",
      "the Department of Health", O, "according to", via=["CBC News"],
      ph=["according-to", "trailing-attribution", "writing"]),
    # "The note" stands for the department that wrote it
    I("the province is about 640 registered nurses short", "the Department of Health", O, "says",
      ph=["said-that", "writing", "nominal"]),
    M("may become unavoidable", "the Department of Health", O, "warns",
      ph=["said-that", "cue-class", "writing", "nominal"]),
    D("We are not going to hide anything from the public. If an emergency department has to close for a weekend, people will know a week ahead",
      "Geneviève Landry-Ouellet", P, "told", role="Health Minister", ph=["multi-sentence", "told", "pronoun"]),
    # "demanded that …" is a demand, not reported content
    M("hiding a crisis in a filing cabinet", "Chantal Doiron-Gallant", P, "accused", role="Opposition Leader",
      ph=["cue-class", "role-premodifier"]),
    D("The premier knew in May. The nurses knew in May. The only people who didn’t know were the patients,",
      "Chantal Doiron-Gallant", P, "said", ph=["multi-sentence", "surname"]),
    M("fearmongering", "Robert MacLellan", P, "accused", ph=["cue-class", "surname"]),
    I("his government had cut a single nursing position", "Robert MacLellan", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    D("We have hired more nurses in two years than the last government did in six,", "Robert MacLellan", P, "said",
      ph=["pronoun"]),
    R("Stretched Thin", "title of a report", "title"),
    I("rural emergency departments were relying on overtime to stay open", "Paul-Émile Thériault", P, "warned",
      role="province’s auditor general", ph=["said-that", "cue-class", "writing", "role-apposition"]),
    I("one in three of its members was thinking of leaving the profession", "the Bellecôte Nurses’ Federation", O,
      "said", ph=["said-that"]),
    M("the day it was written", "Josée Arseneau", P, "said", role="president", ph=["said-that", "role-apposition"]),
    # "the union representing nurses": the federation named above, under a different head word
    I("its members would refuse mandatory overtime at the five hospitals from July 1 unless the province agreed to pay a retention bonus",
      "the Bellecôte Nurses’ Federation", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- East Asian wire (Japanese style) on an offshore earthquake, straight double quotes: police and the meteorological agency as speakers, the agency's warning with a quoted fragment, the chief cabinet secretary at a regular news conference and his denial after a reporter's question, "public broadcaster NHK reported", "according to the city government", a resident who "told Kyodo News" and "She said" in the next paragraph, a plant operator named with no company word "in a statement posted on its website …, said" and then "The company said"
article("kuzuhara-offshore-quake", '''
KUZUHARA, Oct. 14 (Kyodo) -- A magnitude-7.1 earthquake struck off the eastern coast of Kuzuhara Prefecture early Tuesday, killing at least three people and injuring 41, prefectural police said.
The Meteorological Agency said the quake registered upper 6 on the seven-point intensity scale in the town of Hoshigaura. It warned that aftershocks of similar strength could occur "for about a week" and urged residents to stay away from damaged buildings.
A tsunami advisory was lifted at 7:20 a.m. after waves of up to 30 centimeters were observed, the agency said.
"Our top priority is saving lives. We will do everything we can to rescue anyone still trapped," Chief Cabinet Secretary Ryohei Makisawa told a regular news conference. He said the government had set up a task force and sent 1,200 troops to the area.
Asked whether help had been slow to reach isolated mountain villages, Makisawa denied that there had been any delay, saying helicopters had reached all of them by midmorning.
Two of the dead were an elderly couple whose wooden house collapsed in Hoshigaura, public broadcaster NHK reported. A man in his 50s was killed by a falling concrete wall in the city of Kamisuga, according to the city government.
"The whole house was being thrown from side to side. I grabbed my grandson and we crawled under the table until it stopped," Fumiko Arata, 74, told Kyodo News at an evacuation center in Hoshigaura.
She said her neighborhood had no running water and that she did not know when she could go home.
Sanrei, in a statement posted on its website late Tuesday morning, said no abnormalities had been found at its Kuzuhara Minami nuclear power plant, whose two reactors were offline for inspections. The company said radiation readings were normal, but that about 2 tons of water had spilled from a spent-fuel pool.
Some 86,000 households were still without power in the evening, according to the prefectural government.
''', [
    I("A magnitude-7.1 earthquake struck off the eastern coast of Kuzuhara Prefecture early Tuesday, killing at least three people and injuring 41",
      "prefectural police", O, "said", ph=["trailing-attribution"]),
    I("the quake registered upper 6 on the seven-point intensity scale in the town of Hoshigaura",
      "the Meteorological Agency", O, "said", ph=["said-that"]),
    # the quoted fragment carries the warning; "urged residents to …" is a request, not reported content
    M("for about a week", "the Meteorological Agency", O, "warned", ph=["said-that", "cue-class", "pronoun"]),
    I("A tsunami advisory was lifted at 7:20 a.m. after waves of up to 30 centimeters were observed",
      "the Meteorological Agency", O, "said", ph=["trailing-attribution", "nominal"]),
    D("Our top priority is saving lives. We will do everything we can to rescue anyone still trapped,",
      "Ryohei Makisawa", P, "told", role="Chief Cabinet Secretary",
      ph=["multi-sentence", "told", "role-premodifier"]),
    I("the government had set up a task force and sent 1,200 troops to the area",
      "Ryohei Makisawa", P, "said", role="Chief Cabinet Secretary", ph=["said-that", "pronoun"]),
    # the reporter's question ("whether help had been slow …") is not a statement
    I("there had been any delay", "Ryohei Makisawa", P, "denied", ph=["denial", "cue-class", "surname"]),
    I("helicopters had reached all of them by midmorning", "Ryohei Makisawa", P, "saying",
      ph=["participle-cue", "surname"]),
    # the broadcaster reports on its own account, so it is the speaker, not a relay
    I("Two of the dead were an elderly couple whose wooden house collapsed in Hoshigaura", "NHK", O, "reported",
      ph=["trailing-attribution"]),
    I("A man in his 50s was killed by a falling concrete wall in the city of Kamisuga",
      "the city government", O, "according to", ph=["according-to", "trailing-attribution"]),
    # an age is not a role
    D("The whole house was being thrown from side to side. I grabbed my grandson and we crawled under the table until it stopped,",
      "Fumiko Arata", P, "told", via=["Kyodo News"], ph=["multi-sentence", "told"]),
    I("her neighborhood had no running water and that she did not know when she could go home",
      "Fumiko Arata", P, "said", ph=["said-that", "pronoun"]),
    # "Sanrei": a name with no company word, with a long aside between it and "said";
    # its own website is not a named relay, so via stays empty
    I("no abnormalities had been found at its Kuzuhara Minami nuclear power plant, whose two reactors were offline for inspections",
      "Sanrei", O, "said", ph=["said-that", "writing"]),
    I("radiation readings were normal, but that about 2 tons of water had spilled from a spent-fuel pool",
      "Sanrei", O, "said", ph=["said-that", "nominal"]),
    I("Some 86,000 households were still without power in the evening",
      "the prefectural government", O, "according to", ph=["according-to", "trailing-attribution"]),
])

# ---------------------------------------------------------------- US public-radio site, statehouse politics, curly quotes: a bill nickname in quotes, a state senator's split quote "said in a floor speech", "Republicans said" / "Democrats argued", a fragment "called", "according to a fiscal memo … obtained by The Associated Press", the governor's spokesperson "in an emailed statement" and "the statement added", her denial, a lobbyist "who asked not to be identified because he was not authorized to speak publicly" and "He said" in the next paragraph, the House Speaker told reporters
article("wescott-hospital-price-bill", """
WESCOTT CITY — The Wescott Senate on Thursday passed a bill that would require hospitals to publish the cash prices of 300 common procedures, after a debate that split the chamber along party lines.
Senate Bill 118, which supporters have nicknamed the “Price Tag Act,” passed 19-14 and now goes to the House.
“Right now a family in this state can find out more about a used pickup than about a knee replacement,” Sen. Marisa Okonkwo-Dale, the Halverton Democrat who sponsored the bill, said in a floor speech. “All this bill asks is that hospitals tell people the price before they send the bill.”
Republicans said the requirement would bury small rural hospitals in paperwork. Democrats argued that hospitals already know their prices and simply choose not to publish them.
Sen. Glenn Strother, a Republican from Pike Hollow, called the measure “a solution written in the Capitol for a problem nobody in my district has asked me about.”
According to a fiscal memo from the state Department of Health obtained by The Associated Press, enforcing the law would require six new employees and cost about $780,000 a year.
Gov. Dwight Harrow-Lyle has not said whether he would sign the bill. Tamsin Reyes, a spokesperson for the governor, said in an emailed statement that he supported “transparency that actually helps patients” but had “serious concerns” about the cost. “The governor will look closely at whatever reaches his desk,” the statement added.
Reyes denied that the governor had privately promised hospital executives he would veto the bill.
A lobbyist for one of the state’s largest hospital systems, who asked not to be identified because he was not authorized to speak publicly, said the industry expected the House to “sand the edges off” the bill.
He said hospital groups would push to cut the list to 100 procedures and to delay the law until 2027.
House Speaker Arlene Voskuijl-Barnes told reporters she had “no timeline” for a vote.
""", [
    R("Price Tag Act,", "nickname of a bill", "title"),
    D("Right now a family in this state can find out more about a used pickup than about a knee replacement,",
      "Marisa Okonkwo-Dale", P, "said", role="Halverton Democrat", ph=["split-quote", "role-apposition"]),
    D("All this bill asks is that hospitals tell people the price before they send the bill.",
      "Marisa Okonkwo-Dale", P, "said", role="Halverton Democrat", ph=["split-quote"]),
    I("the requirement would bury small rural hospitals in paperwork", "Republicans", G, "said", ph=["said-that"]),
    I("hospitals already know their prices and simply choose not to publish them", "Democrats", G, "argued",
      ph=["said-that"]),
    M("a solution written in the Capitol for a problem nobody in my district has asked me about.", "Glenn Strother",
      P, "called", role="Republican from Pike Hollow", ph=["role-apposition"]),
    # the memo stands for the department that wrote it; the outlet that obtained it is the relay
    I("enforcing the law would require six new employees and cost about $780,000 a year",
      "the state Department of Health", O, "according to", via=["The Associated Press"],
      ph=["according-to", "writing"]),
    # "has not said whether …" reports nothing
    M("transparency that actually helps patients", "Tamsin Reyes", P, "said", role="spokesperson for the governor",
      ph=["said-that", "writing", "role-apposition"]),
    M("serious concerns", "Tamsin Reyes", P, "said", role="spokesperson for the governor",
      ph=["said-that", "writing", "role-apposition"]),
    # "the statement added": the statement stands for the spokesperson who issued it
    D("The governor will look closely at whatever reaches his desk,", "Tamsin Reyes", P, "added",
      role="spokesperson for the governor", ph=["nominal", "writing"]),
    I("the governor had privately promised hospital executives he would veto the bill", "Tamsin Reyes", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    M("sand the edges off", "a lobbyist for one of the state’s largest hospital systems", A, "said",
      ph=["said-that"]),
    I("hospital groups would push to cut the list to 100 procedures and to delay the law until 2027",
      "a lobbyist for one of the state’s largest hospital systems", A, "said", ph=["said-that", "pronoun"]),
    M("no timeline", "Arlene Voskuijl-Barnes", P, "told", role="House Speaker",
      ph=["told", "said-that", "role-premodifier"]),
])

# ---------------------------------------------------------------- newspaper health page, medical-journal study rewrite, curly quotes: "according to a study by researchers at …", "The study … found" (the document as speaker) around a so-called lay term in quotes, "the researchers wrote in JAMA Cardiology" split around the cue, the lead author "said in an interview", "the researchers acknowledged", an independent cardiologist "who was not involved in the study" and "she said" in the next paragraph
article("brenmoor-weekend-warrior-study", """
Squeezing most of your weekly exercise into a Saturday and a Sunday appears to protect the heart nearly as well as working out a little every day, according to a study by researchers at Brenmoor University published Monday.
The study, which tracked more than 61,000 middle-aged adults for an average of nine years, found that so-called “weekend warriors” had a 23 percent lower risk of heart attack, heart failure and stroke than people who were largely inactive, compared with 26 percent for those who spread the same amount of exercise across the week.
“The difference between the two patterns was small, and probably too small to matter to most people,” the researchers wrote in JAMA Cardiology. “It is the total that counts.”
Dr. Soraya Velasquez-Brandt, the study’s lead author and an epidemiologist at the university, said in an interview that she had expected the weekend group to fare worse. “I went in looking for the catch. I walk every morning myself, so honestly I was a little annoyed,” she said.
The volunteers wore wrist activity trackers for a single week when they joined the study, and the researchers acknowledged that their habits may have changed in the years that followed.
Dr. Ada Lindgren-Sowah, a cardiologist at St. Anselm Medical Center who was not involved in the study, said the findings should reassure people who work long hours during the week. But she cautioned that weekend exercisers were more prone to sprains and torn tendons and that the study could not prove the exercise itself was responsible.
“If Saturday morning is the only time you have, go for it. Just don’t go from the couch to a half-marathon in one weekend,” she said.
The study was paid for by the Halloran Heart Foundation, a charity, which had no role in analyzing the data.
""", [
    I("Squeezing most of your weekly exercise into a Saturday and a Sunday appears to protect the heart nearly as well as working out a little every day",
      "researchers at Brenmoor University", G, "according to", ph=["according-to", "trailing-attribution", "writing"]),
    # "The study … found": the paper stands for its authors
    I("so-called “weekend warriors” had a 23 percent lower risk of heart attack, heart failure and stroke than people who were largely inactive, compared with 26 percent for those who spread the same amount of exercise across the week",
      "researchers at Brenmoor University", G, "found", ph=["said-that", "writing", "nominal"]),
    R("weekend warriors", "lay term in quotes after 'so-called'", "scare-quote"),
    D("The difference between the two patterns was small, and probably too small to matter to most people,",
      "researchers at Brenmoor University", G, "wrote", via=["JAMA Cardiology"],
      ph=["split-quote", "writing", "nominal"]),
    D("It is the total that counts.", "researchers at Brenmoor University", G, "wrote", via=["JAMA Cardiology"],
      ph=["split-quote", "writing", "nominal"]),
    # an interview with no outlet named: no via
    I("she had expected the weekend group to fare worse", "Soraya Velasquez-Brandt", P, "said",
      role="study’s lead author and an epidemiologist at the university",
      ph=["said-that", "interview", "role-apposition"]),
    D("I went in looking for the catch. I walk every morning myself, so honestly I was a little annoyed,",
      "Soraya Velasquez-Brandt", P, "said", role="study’s lead author and an epidemiologist at the university",
      ph=["multi-sentence", "pronoun", "interview"]),
    I("their habits may have changed in the years that followed", "researchers at Brenmoor University", G,
      "acknowledged", ph=["said-that", "cue-class", "nominal"]),
    I("the findings should reassure people who work long hours during the week", "Ada Lindgren-Sowah", P, "said",
      role="cardiologist at St. Anselm Medical Center", ph=["said-that", "role-apposition"]),
    I("weekend exercisers were more prone to sprains and torn tendons and that the study could not prove the exercise itself was responsible",
      "Ada Lindgren-Sowah", P, "cautioned", role="cardiologist at St. Anselm Medical Center",
      ph=["said-that", "cue-class", "pronoun"]),
    D("If Saturday morning is the only time you have, go for it. Just don’t go from the couch to a half-marathon in one weekend,",
      "Ada Lindgren-Sowah", P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Indian English business daily, straight double quotes: a company with no company word and "the company said in an exchange filing" / "in a release", the managing director who "told ET" in a split quote, Mr./Ms. throughout, "Sources said", a "declined to comment", a state minister who "said on the sidelines of an industry event", a denial in a separate filing with a "calling" fragment, an analyst in inversion, crores and lakhs
article("zorvik-cell-plant", '''
KESARINAGAR: Electric two-wheeler maker Zorvik will invest Rs 1,850 crore over three years to build a lithium-ion cell plant near Velunad, the company said in an exchange filing on Tuesday.
The plant will start with a capacity of 5 GWh a year and is expected to create about 2,400 direct jobs, the company said in a release.
"Cells make up almost 40% of the cost of a scooter, and today we import every single one of them," Ritesh Manchanda, managing director of Zorvik, told ET. "If we want to sell a scooter for under Rs 1 lakh, we have to make the cells ourselves."
Mr. Manchanda said the project would be funded through a mix of internal accruals and debt, and that the first cells would come off the line by the end of FY27.
Sources said Zorvik was also in talks with existing investors to raise up to Rs 600 crore ahead of a planned listing next year. Mr. Manchanda declined to comment on the fund-raise.
Ms. Lalitha Raghunathan, the state's industries minister, said on the sidelines of an industry event in Kesarinagar on Wednesday that the state had allotted 120 acres to the project at a concessional rate. "We want Velunad to be known as the battery town of the south. This one project will bring close to 15,000 jobs with suppliers," she said.
In a separate filing, Zorvik denied a media report that it had delayed salaries to some of its employees in June, calling the report "factually incorrect".
"The cell plant changes the margin story for Zorvik, but execution is the real risk. Very few two-wheeler makers have made cells at this scale," said Ms. Priyamvada Kulkarni-Rao, senior analyst at Heliant Securities.
Zorvik sold 1.86 lakh scooters in FY25, up from 1.12 lakh a year earlier. Its shares closed 6.4% higher at Rs 412.50 on Tuesday.
''', [
    I("Electric two-wheeler maker Zorvik will invest Rs 1,850 crore over three years to build a lithium-ion cell plant near Velunad",
      "Zorvik", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    I("The plant will start with a capacity of 5 GWh a year and is expected to create about 2,400 direct jobs",
      "Zorvik", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    D("Cells make up almost 40% of the cost of a scooter, and today we import every single one of them,",
      "Ritesh Manchanda", P, "told", role="managing director of Zorvik", via=["ET"],
      ph=["split-quote", "told", "role-apposition"]),
    D("If we want to sell a scooter for under Rs 1 lakh, we have to make the cells ourselves.", "Ritesh Manchanda",
      P, "told", role="managing director of Zorvik", via=["ET"], ph=["split-quote", "told"]),
    I("the project would be funded through a mix of internal accruals and debt, and that the first cells would come off the line by the end of FY27",
      "Ritesh Manchanda", P, "said", ph=["said-that", "surname"]),
    I("Zorvik was also in talks with existing investors to raise up to Rs 600 crore ahead of a planned listing next year",
      "sources", A, "said", ph=["said-that"]),
    # "declined to comment" is not a statement
    I("the state had allotted 120 acres to the project at a concessional rate", "Lalitha Raghunathan", P, "said",
      role="state's industries minister", ph=["said-that", "role-apposition"]),
    D("We want Velunad to be known as the battery town of the south. This one project will bring close to 15,000 jobs with suppliers,",
      "Lalitha Raghunathan", P, "said", role="state's industries minister", ph=["multi-sentence", "pronoun"]),
    I("it had delayed salaries to some of its employees in June", "Zorvik", O, "denied",
      ph=["denial", "cue-class", "writing"]),
    M("factually incorrect", "Zorvik", O, "calling", ph=["participle-cue", "writing"]),
    D("The cell plant changes the margin story for Zorvik, but execution is the real risk. Very few two-wheeler makers have made cells at this scale,",
      "Priyamvada Kulkarni-Rao", P, "said", role="senior analyst at Heliant Securities",
      ph=["inversion", "multi-sentence", "role-apposition"]),
])

# ---------------------------------------------------------------- UK tabloid royal romance, curly single quotes + apostrophes: a nickname in quotes inside "…, a source told The Sun", "the source added", "Pals say", a quote split by "she gushed", a quote split mid-sentence by "he added", a palace spokesman "said:" and his denial in the next sentence, the royal quoted from an earlier interview ("she told Vogue in 2019") and its headline
article("romilly-lifeguard-romance", """
SHE’S the society beauty who swapped tiaras for a wetsuit – and now Lady Romilly Ashcombe-Grey has found love with a hunky lifeguard.
The 27-year-old, dubbed ‘the Surfing Royal’ since she gave up royal duties to run a beach café in Polventor, has been dating Kit Trevanion, 29, for six months, a source told The Sun.
‘Romilly is totally smitten. She’s never looked at anyone the way she looks at Kit,’ the source added.
Pals say the pair met last summer when he hauled her out of a rip current off Polventor beach.
Speaking at a charity surf contest on Saturday, Romilly went public with the romance for the first time. ‘Kit is the kindest man I’ve ever met,’ she gushed. ‘He makes me laugh every single day, even when I’ve just fallen off my board.’
Kit, who works as a lifeguard in summer and a carpenter in winter, was just as smitten. ‘I had no idea who she was when I dragged her out of the water,’ he said. ‘I just thought she was a girl who couldn’t swim,’ he added, ‘and to be fair, she still can’t.’
A palace spokesman said: ‘Lady Romilly’s private life is her own affair. We will not be commenting on speculation.’ He did, however, deny that the couple were secretly engaged.
Romilly, who is 14th in line to the throne, has never hidden her dislike of palace life. ‘I was never cut out for tiaras and small talk,’ she told Vogue in 2019. ‘Give me a freezing sea and a flask of tea any day.’ The magazine ran the interview under the headline ‘The Runaway Royal’.
Her mother, the Duchess of Wrexmoor, was pictured cheering from the sand as her daughter came fourth in Saturday’s contest.
""", [
    # the nickname sits inside the reported content
    I("The 27-year-old, dubbed ‘the Surfing Royal’ since she gave up royal duties to run a beach café in Polventor, has been dating Kit Trevanion, 29, for six months",
      "a source", A, "told", via=["The Sun"], ph=["trailing-attribution", "told"]),
    R("the Surfing Royal", "nickname in quotes", "title"),
    D("Romilly is totally smitten. She’s never looked at anyone the way she looks at Kit,", "a source", A, "added",
      ph=["multi-sentence", "nominal"]),
    # "pals": the tabloid's unnamed friends, an anonymous source
    I("the pair met last summer when he hauled her out of a rip current off Polventor beach", "pals", A, "say",
      ph=["said-that"]),
    # "went public with the romance" reports no content
    D("Kit is the kindest man I’ve ever met,", "Romilly Ashcombe-Grey", P, "gushed", ph=["split-quote", "pronoun"]),
    D("He makes me laugh every single day, even when I’ve just fallen off my board.", "Romilly Ashcombe-Grey", P,
      "gushed", ph=["split-quote", "pronoun"]),
    D("I had no idea who she was when I dragged her out of the water,", "Kit Trevanion", P, "said",
      ph=["pronoun"]),
    D("I just thought she was a girl who couldn’t swim,", "Kit Trevanion", P, "added",
      ph=["split-quote", "pronoun"]),
    D("and to be fair, she still can’t.", "Kit Trevanion", P, "added", ph=["split-quote", "pronoun"]),
    D("Lady Romilly’s private life is her own affair. We will not be commenting on speculation.",
      "a palace spokesman", A, "said", ph=["multi-sentence"]),
    I("the couple were secretly engaged", "a palace spokesman", A, "deny", ph=["denial", "cue-class", "pronoun"]),
    D("I was never cut out for tiaras and small talk,", "Romilly Ashcombe-Grey", P, "told", via=["Vogue"],
      ph=["split-quote", "told", "pronoun"]),
    D("Give me a freezing sea and a flask of tea any day.", "Romilly Ashcombe-Grey", P, "told", via=["Vogue"],
      ph=["split-quote", "told", "pronoun"]),
    R("The Runaway Royal", "headline of a magazine interview", "title"),
])

# ---------------------------------------------------------------- long-form magazine profile excerpt, curly quotes: the writer's ironic scare quotes, present-tense "she says" throughout, a two-paragraph quotation (the opening mark repeated) closed by "she says", a rival introduced by a colon at the end of the previous paragraph ("He puts it like this:"), a text message read aloud by her son, the son by first name only
article("edevane-ploughing-profile", """
Constance Edevane has ploughed the same steep field above Hollowmere since she was eleven. At 68 she has won the national ploughing championship fourteen times, and in October she means to win it once more before her “retirement”, a word nobody in her family takes seriously.
The cab of her 1961 tractor has a radio that gets one station, and she says she has never once ploughed with it off.
Asked what makes a good furrow, she looks out of the window for a long time.
“My father told me a furrow should look as if it had been drawn with a ruler by someone who loved you. I was seven. I thought it was the most romantic thing I’d ever heard.
“It took me thirty years to understand he meant the soil. You can’t lie to it. If you were angry that morning, or in a hurry, the whole field tells everyone by lunchtime,” she says.
At last year’s championship the runner-up, for the ninth time, was Owain Prowse-Lidd, a dairy farmer from the next valley, who is less lyrical about her. He puts it like this:
“Connie has better hands than any of us and a worse temper than all of us put together. I’d like to beat her once before she stops. I think she knows that, which is why she won’t stop.”
Her son, Jory, 41, takes out his phone and reads aloud a text his mother sent him at ten to five on the morning of that final: “Awake. Field will be heavy after the rain. Do not let me drink the coffee from the van. Love, Mum.”
“She won by eleven points. She drank the coffee,” he says.
The sport’s famous “glamour” has never troubled her. She buys new boots once a decade, and her trophies live in a feed bin.
Will this really be the last one? “Ask me in November,” she says, and goes back out to the tractor.
""", [
    R("retirement", "the writer's ironic scare quote", "scare-quote"),
    I("she has never once ploughed with it off", "Constance Edevane", P, "says", ph=["said-that", "pronoun"]),
    # the question put to her ("what makes a good furrow") is not a statement
    D("My father told me a furrow should look as if it had been drawn with a ruler by someone who loved you. I was seven. I thought it was the most romantic thing I’d ever heard.\n“It took me thirty years to understand he meant the soil. You can’t lie to it. If you were angry that morning, or in a hurry, the whole field tells everyone by lunchtime,",
      "Constance Edevane", P, "says", ph=["multi-sentence", "pronoun"]),
    D("Connie has better hands than any of us and a worse temper than all of us put together. I’d like to beat her once before she stops. I think she knows that, which is why she won’t stop.",
      "Owain Prowse-Lidd", P, "puts it", role="dairy farmer from the next valley",
      ph=["multi-sentence", "colon-intro", "pronoun", "role-apposition"]),
    # the text is the mother's writing, read aloud by her son: the writer is the speaker
    D("Awake. Field will be heavy after the rain. Do not let me drink the coffee from the van. Love, Mum.",
      "Constance Edevane", P, "sent", ph=["multi-sentence", "nominal", "writing"]),
    # a first name only; no role outside the paragraph that gives "son"
    D("She won by eleven points. She drank the coffee,", "Jory", P, "says", ph=["multi-sentence", "pronoun"]),
    R("glamour", "the writer's ironic scare quote", "scare-quote"),
    D("Ask me in November,", "Constance Edevane", P, "says", ph=["pronoun"]),
])

# ---------------------------------------------------------------- Latin American wire translated into English, curly quotes: two-surname names throughout ("Villalobos Quintana"), "the president said in a televised address", a resolution as source ("according to a resolution issued … by the Ministry", "the resolution says"), a minister who "told local radio station …" in the paragraph after her name, the opposition's spokeswoman and a party that "accused … of", a denial in the address, "according to the daily El …", an inverted "said X, the mayor of Y" split quote
article("aldebran-power-rationing", """
CIUDAD ALDEBRÁN, March 12 (EFE) – President Ernesto Villalobos Quintana announced on Tuesday that electricity will be rationed for up to four hours a day across most of the country from next week, saying the drought had left the main hydroelectric reservoirs at their lowest level in three decades.
“We are not going to let the country go dark. But every household, every business and every public office will have to do its part,” the president said in a televised address from the Palacio de Gobierno.
The cuts will be scheduled by region and published a day in advance, according to a resolution issued on Wednesday by the Ministry of Energy and Mines. Hospitals and water pumping stations will be exempt, the resolution says.
Energy Minister Rosaura Benítez Cárdenas said the El Salto reservoir, which supplies nearly 40 percent of the country’s electricity, had fallen to 18 percent of its capacity.
“If it does not rain in April, we will be talking about something much more serious,” she told local radio station Radio Cumbre.
The opposition Alianza Republicana accused the government of “ten years of sitting on its hands” while demand grew. Its spokeswoman, Marisol Echeverría Prado, said the party would ask the Constitutional Court to suspend the measure.
“The drought did not arrive overnight. This government had every warning and chose to do nothing,” Echeverría Prado told reporters outside Congress.
In his address, Villalobos Quintana denied that his government had ignored warnings from engineers, and said the country faced “a climate that no longer respects the calendar.”
According to the daily El Heraldo de Aldebrán, the state power company Corpolux postponed maintenance on two thermal plants last year to save money. Corpolux did not respond to a request for comment.
“People are collecting rainwater in buckets, and it does not rain,” said Wilfredo Ancasi Mamani, the mayor of Santa Rita, a farming town in the dry north. “Now they tell us the light will go too.”
""", [
    I("electricity will be rationed for up to four hours a day across most of the country from next week",
      "Ernesto Villalobos Quintana", P, "announced", role="President",
      ph=["said-that", "cue-class", "role-premodifier"]),
    I("the drought had left the main hydroelectric reservoirs at their lowest level in three decades",
      "Ernesto Villalobos Quintana", P, "saying", role="President", ph=["participle-cue"]),
    # a televised address is no named channel, so via stays empty
    D("We are not going to let the country go dark. But every household, every business and every public office will have to do its part,",
      "Ernesto Villalobos Quintana", P, "said", role="president", ph=["multi-sentence", "nominal"]),
    # the resolution stands for the ministry that issued it
    I("The cuts will be scheduled by region and published a day in advance", "the Ministry of Energy and Mines", O,
      "according to", ph=["according-to", "trailing-attribution", "writing"]),
    I("Hospitals and water pumping stations will be exempt", "the Ministry of Energy and Mines", O, "says",
      ph=["trailing-attribution", "writing", "nominal"]),
    I("the El Salto reservoir, which supplies nearly 40 percent of the country’s electricity, had fallen to 18 percent of its capacity",
      "Rosaura Benítez Cárdenas", P, "said", role="Energy Minister", ph=["said-that", "role-premodifier"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("If it does not rain in April, we will be talking about something much more serious,",
      "Rosaura Benítez Cárdenas", P, "told", via=["Radio Cumbre"], ph=["told", "pronoun"]),
    M("ten years of sitting on its hands", "Alianza Republicana", O, "accused", ph=["cue-class"]),
    I("the party would ask the Constitutional Court to suspend the measure", "Marisol Echeverría Prado", P, "said",
      role="spokeswoman", ph=["said-that", "role-apposition"]),
    D("The drought did not arrive overnight. This government had every warning and chose to do nothing,",
      "Marisol Echeverría Prado", P, "told", ph=["multi-sentence", "told", "surname"]),
    I("his government had ignored warnings from engineers", "Ernesto Villalobos Quintana", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    M("a climate that no longer respects the calendar.", "Ernesto Villalobos Quintana", P, "said",
      ph=["said-that", "surname"]),
    # the newspaper reports on its own account, so it is the speaker; "did not respond" reports nothing
    I("the state power company Corpolux postponed maintenance on two thermal plants last year to save money",
      "El Heraldo de Aldebrán", O, "according to", ph=["according-to"]),
    D("People are collecting rainwater in buckets, and it does not rain,", "Wilfredo Ancasi Mamani", P, "said",
      role="mayor of Santa Rita", ph=["inversion", "split-quote", "role-apposition"]),
    D("Now they tell us the light will go too.", "Wilfredo Ancasi Mamani", P, "said", role="mayor of Santa Rita",
      ph=["split-quote"]),
])

# ---------------------------------------------------------------- US sports wire (AP style) NBA recap, straight double quotes: "added" as a box-score verb and as a cue, the coach's split quote, "said of X:", a player's nickname in quotes, "he said, adding that … “…”", an injury "according to a person familiar with the matter who spoke on condition of anonymity because the team had not announced it", a coach's earlier "described … as", TIP-INS and UP NEXT notes
article("harrow-point-cyclones-recap", '''
ASHBY FALLS (AP) — Marcus Delacroix-Webb scored 34 points, including a go-ahead 3-pointer with 11.2 seconds left, and the Harrow Point Cyclones beat the Ashby Falls Pioneers 112-109 on Friday night to end a five-game losing streak.
Terrell Ogundipe added 21 points and 12 rebounds for Harrow Point, which trailed by 14 early in the third quarter.
"We talked at halftime about whether we wanted to fly home with six straight losses," Cyclones coach Dana Kowalczyk-Reyes said. "The guys answered that."
Kowalczyk-Reyes said of Delacroix-Webb: "He's been carrying a lot for us, and some nights the shots don't go down. Tonight they went down."
Delacroix-Webb, known around the league as "Deacon" for his pregame speeches, said the final play was drawn up for him to drive to the basket. "They took the drive away, so I shot it," he said. "When you've made a thousand of them in practice, it's not a hard decision," he added.
Jalen Whitford had 28 points for the Pioneers but missed a tying 3 at the buzzer.
"I got a clean look. I'll take that shot every time," Whitford said.
Pioneers coach Ray Mancuso-Lyle was less forgiving of his team's 19 turnovers. "You can't give a team that's lost five straight that many extra possessions," he said, adding that his players had "played scared" in the fourth quarter.
Ashby Falls center Obi Nwankwo-Hart, the team's leading rebounder, sat out with a sprained left ankle and is expected to miss at least two weeks, according to a person familiar with the matter who spoke on condition of anonymity because the team had not announced it.
Mancuso-Lyle had described the injury as "day to day" before the game.
TIP-INS
Cyclones: Harrow Point made 15 of 31 3-point attempts. Kowalczyk-Reyes was called for a technical foul in the second quarter.
Pioneers: Whitford has scored at least 25 points in six straight games.
UP NEXT
Cyclones: Host Ridgefield on Sunday.
Pioneers: At Lake Corran on Monday.
''', [
    # "Terrell Ogundipe added 21 points": a box-score verb, not a cue
    D("We talked at halftime about whether we wanted to fly home with six straight losses,", "Dana Kowalczyk-Reyes",
      P, "said", role="Cyclones coach", ph=["split-quote", "role-premodifier"]),
    D("The guys answered that.", "Dana Kowalczyk-Reyes", P, "said", role="Cyclones coach", ph=["split-quote"]),
    D("He's been carrying a lot for us, and some nights the shots don't go down. Tonight they went down.",
      "Dana Kowalczyk-Reyes", P, "said", ph=["multi-sentence", "surname"]),
    R("Deacon", "a player's nickname in quotes", "title"),
    I("the final play was drawn up for him to drive to the basket", "Marcus Delacroix-Webb", P, "said",
      ph=["said-that", "surname"]),
    D("They took the drive away, so I shot it,", "Marcus Delacroix-Webb", P, "said", ph=["pronoun"]),
    D("When you've made a thousand of them in practice, it's not a hard decision,", "Marcus Delacroix-Webb", P,
      "added", ph=["pronoun"]),
    D("I got a clean look. I'll take that shot every time,", "Jalen Whitford", P, "said",
      ph=["multi-sentence", "surname"]),
    D("You can't give a team that's lost five straight that many extra possessions,", "Ray Mancuso-Lyle", P, "said",
      role="Pioneers coach", ph=["pronoun"]),
    M("played scared", "Ray Mancuso-Lyle", P, "adding", role="Pioneers coach", ph=["participle-cue", "pronoun"]),
    I("Ashby Falls center Obi Nwankwo-Hart, the team's leading rebounder, sat out with a sprained left ankle and is expected to miss at least two weeks",
      "a person familiar with the matter", A, "according to", ph=["according-to", "trailing-attribution"]),
    M("day to day", "Ray Mancuso-Lyle", P, "described", ph=["surname"]),
])

# ---------------------------------------------------------------- Brussels wire (Reuters) on an EU proposal, straight double quotes: a commissioner who "told reporters in Strasbourg", "according to a draft of the Commission's proposal seen by Reuters" and "The draft also says", a regulation title in quotes, an organisation introduced once in full with its acronym and later by the acronym alone, its secretary-general in an inverted "said X, the Y of Z", an MEP from a named group with "called" and "She said", "EU diplomats said", an unnamed diplomat, the commissioner's denial
article("vandersloot-seasonal-housing", '''
STRASBOURG, Jan 21 (Reuters) - The European Commission will propose binding minimum standards for the housing of seasonal farm workers next month, Employment Commissioner Katrien Vandersloot told reporters in Strasbourg on Tuesday, after deaths in overcrowded housing last summer.
"Nobody in Europe should pick our fruit by day and sleep in a shipping container by night. That is not a labour market, it is a scandal," Vandersloot said.
According to a draft of the Commission's proposal seen by Reuters, employers would have to provide at least 8 square metres of sleeping space per worker and could deduct no more than 15 percent of wages for rent. The draft regulation is titled "Minimum Housing and Living Conditions for Seasonal Workers in Agriculture".
The draft also says national authorities would have to inspect at least one in ten farms that employ seasonal workers every year.
The European Federation of Agricultural Employers (EFAE) warned that the rules would "price small family farms out of the harvest".
"Most of our members already provide decent housing. A one-size-fits-all rule written in Brussels will not fix the bad apples, it will punish everyone else," said Henrik Aasgaard-Molin, the secretary-general of EFAE. EFAE said it would lobby farm ministers to delay the rules until 2030.
Lena Oyelaran-Brück, an MEP from the Social Europe group, called the draft "a good first step with too many escape hatches". She said employers should not be allowed to deduct rent at all.
EU diplomats said several member states were likely to resist the inspection quota when the proposal reaches the Council and would push for a transition period of up to five years.
"Everyone agrees on the principle. Nobody agrees on who pays for the inspectors," said one diplomat, who asked not to be named because negotiations had not formally begun.
Vandersloot denied that the Commission had weakened the text under pressure from farm lobbies. "The draft you have seen is not the final text," she said.
''', [
    I("The European Commission will propose binding minimum standards for the housing of seasonal farm workers next month",
      "Katrien Vandersloot", P, "told", role="Employment Commissioner",
      ph=["trailing-attribution", "told", "role-premodifier"]),
    D("Nobody in Europe should pick our fruit by day and sleep in a shipping container by night. That is not a labour market, it is a scandal,",
      "Katrien Vandersloot", P, "said", ph=["multi-sentence", "surname"]),
    # the draft stands for the Commission that wrote it; the outlet that saw it is the relay
    I("employers would have to provide at least 8 square metres of sleeping space per worker and could deduct no more than 15 percent of wages for rent",
      "the European Commission", O, "according to", via=["Reuters"], ph=["according-to", "writing"]),
    R("Minimum Housing and Living Conditions for Seasonal Workers in Agriculture", "title of a draft regulation",
      "title"),
    # as with "The note … says" in bellecote-er-closures, the later mention of the same document names no relay
    I("national authorities would have to inspect at least one in ten farms that employ seasonal workers every year",
      "the European Commission", O, "says", ph=["said-that", "writing", "nominal"]),
    M("price small family farms out of the harvest", "the European Federation of Agricultural Employers", O,
      "warned", ph=["said-that", "cue-class"]),
    D("Most of our members already provide decent housing. A one-size-fits-all rule written in Brussels will not fix the bad apples, it will punish everyone else,",
      "Henrik Aasgaard-Molin", P, "said", role="secretary-general of EFAE",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # the acronym alone names the federation introduced in full above
    I("it would lobby farm ministers to delay the rules until 2030", "the European Federation of Agricultural Employers",
      O, "said", ph=["said-that", "surname"]),
    M("a good first step with too many escape hatches", "Lena Oyelaran-Brück", P, "called",
      role="MEP from the Social Europe group", ph=["role-apposition"]),
    I("employers should not be allowed to deduct rent at all", "Lena Oyelaran-Brück", P, "said",
      role="MEP from the Social Europe group", ph=["said-that", "pronoun"]),
    I("several member states were likely to resist the inspection quota when the proposal reaches the Council and would push for a transition period of up to five years",
      "EU diplomats", G, "said", ph=["said-that"]),
    D("Everyone agrees on the principle. Nobody agrees on who pays for the inspectors,", "one diplomat", A, "said",
      ph=["inversion", "multi-sentence"]),
    I("the Commission had weakened the text under pressure from farm lobbies", "Katrien Vandersloot", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    D("The draft you have seen is not the final text,", "Katrien Vandersloot", P, "said", ph=["pronoun"]),
])

# ---------------------------------------------------------------- Australian daily court report, curly double quotes: a one-punch manslaughter sentencing, "the court heard" with no speaker, "Justice X said in sentencing" with "she said" in the next paragraph, the barrister "for the Crown" (SC after his name), a defence lawyer with Ms, a victim impact statement read by the victim's sister after a colon that ends the paragraph, "Outside court, she told reporters"
article("wrenford-one-punch-sentencing", """
A Wrenford man who killed a 19-year-old apprentice with a single punch outside a nightclub has been jailed for at least five years.
Brodie James Kettley, 24, pleaded guilty in the Supreme Court to the manslaughter of Liam Farrugia-Doyle, who hit his head on the footpath in Tallis Street last March and died in hospital two days later.
Justice Margaret Olsson-Reid sentenced Kettley to eight years’ jail with a non-parole period of five years.
The court heard Kettley had been drinking for about nine hours and had been refused entry to the Velvet Room nightclub minutes before the attack.
Justice Olsson-Reid said in sentencing that the attack was “cowardly and entirely unprovoked”.
“Mr Kettley did not know his victim. He did not speak to him. He walked up behind a young man who was waiting for a taxi and hit him as hard as he could,” she said.
The barrister for the Crown, Daniel Achterberg SC, had told the court the sentence needed to deter “every young man who still thinks a king hit is a fair fight”.
Defence lawyer Sophie Nguyen-Hale said her client had not touched alcohol in 14 months and had written to Liam’s family to apologise. “He will live with this for the rest of his life, and he knows that is nothing beside what the family lives with,” Ms Nguyen-Hale said.
Liam’s mother was too distressed to address the court. His older sister, Jess Farrugia-Doyle, read her own victim impact statement instead:
“Every night Mum still sets the table for four and then takes one plate away. Liam had already bought his tools for when he finished his apprenticeship. They are still in the boot of his car, because none of us can bear to open it.”
Outside court, she told reporters the family would campaign for tougher sentences for one-punch assaults.
“Eight years, and he’ll be out in five. Liam doesn’t get out,” she said.
""", [
    # "The court heard …" names no speaker (the court is the hearer), so it is not a statement here.
    M("cowardly and entirely unprovoked", "Margaret Olsson-Reid", P, "said", role="Justice",
      ph=["said-that", "surname", "role-premodifier"]),
    D("Mr Kettley did not know his victim. He did not speak to him. He walked up behind a young man who was waiting for a taxi and hit him as hard as he could,",
      "Margaret Olsson-Reid", P, "said", ph=["multi-sentence", "pronoun"]),
    # SC after the name is no part of it; "told the court" names no relay
    M("every young man who still thinks a king hit is a fair fight", "Daniel Achterberg", P, "told",
      role="barrister for the Crown", ph=["told", "said-that", "role-apposition"]),
    I("her client had not touched alcohol in 14 months and had written to Liam’s family to apologise",
      "Sophie Nguyen-Hale", P, "said", role="Defence lawyer", ph=["said-that", "role-premodifier"]),
    D("He will live with this for the rest of his life, and he knows that is nothing beside what the family lives with,",
      "Sophie Nguyen-Hale", P, "said", role="Defence lawyer", ph=["surname"]),
    # the sister reads her own statement: she is its author and its speaker, named only before the colon
    D("Every night Mum still sets the table for four and then takes one plate away. Liam had already bought his tools for when he finished his apprenticeship. They are still in the boot of his car, because none of us can bear to open it.",
      "Jess Farrugia-Doyle", P, "read", role="older sister",
      ph=["multi-sentence", "colon-intro", "writing", "role-apposition"]),
    I("the family would campaign for tougher sentences for one-punch assaults", "Jess Farrugia-Doyle", P, "told",
      ph=["told", "said-that", "pronoun"]),
    D("Eight years, and he’ll be out in five. Liam doesn’t get out,", "Jess Farrugia-Doyle", P, "said",
      ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- science wire on an exoplanet, curly quotes: "the agency said on its website" twice, a technical term in quotes, a mission scientist's split quote "said in a call with reporters" and "She said" in the next paragraph, "the team wrote in the journal Nature Astronomy" for a team named the paragraph before, an outside astronomer "who was not involved in the research" with "called" and "cautioned", a correction note quoting the story's own earlier word
article("tessaly-water-vapour", """
The Lanterna space telescope has detected water vapour in the atmosphere of a planet orbiting a small red star 112 light-years from Earth, the Austral Space Agency said on its website on Thursday.
The planet, Tessaly-9b, is about 2.4 times as wide as Earth and circles its star every 19 days. It belongs to a class of planets known as “sub-Neptunes”, which have no counterpart in our own solar system.
“We watched it cross the face of its star six times, and the water signal was there every single time,” mission scientist Hana Kuroki-Bellweather said in a call with reporters. “That is what convinced us it was not noise.”
She said the Lanterna science team could not yet tell whether the water was spread through a thick, hot atmosphere or sat above a liquid ocean.
In a paper published on Thursday, the team wrote in the journal Nature Astronomy that the planet’s atmosphere was “most consistent with a hydrogen-rich envelope containing at least 1 percent water by volume.”
Ruth Okonjo-Sands, an astronomer at the University of Tarrow who was not involved in the research, called the detection “about as solid as these things get” but cautioned that water vapour alone said nothing about whether the planet could support life.
“Water is common in the universe. Oceans you could swim in are not,” she said.
The agency said on its website that Lanterna would observe the planet again in October with a second instrument, one that is sensitive to carbon dioxide and methane.
Correction: An earlier version of this story said the telescope had “confirmed” an ocean on the planet. The researchers said only that an ocean could not be ruled out.
""", [
    # the agency's own website is no named relay, so via stays empty
    I("The Lanterna space telescope has detected water vapour in the atmosphere of a planet orbiting a small red star 112 light-years from Earth",
      "the Austral Space Agency", O, "said", ph=["trailing-attribution", "writing"]),
    R("sub-Neptunes", "technical term in quotes", "scare-quote"),
    D("We watched it cross the face of its star six times, and the water signal was there every single time,",
      "Hana Kuroki-Bellweather", P, "said", role="mission scientist", ph=["split-quote", "role-premodifier"]),
    D("That is what convinced us it was not noise.", "Hana Kuroki-Bellweather", P, "said", role="mission scientist",
      ph=["split-quote"]),
    I("the Lanterna science team could not yet tell whether the water was spread through a thick, hot atmosphere or sat above a liquid ocean",
      "Hana Kuroki-Bellweather", P, "said", ph=["said-that", "pronoun"]),
    M("most consistent with a hydrogen-rich envelope containing at least 1 percent water by volume.",
      "the Lanterna science team", G, "wrote", via=["Nature Astronomy"], ph=["said-that", "writing", "nominal"]),
    M("about as solid as these things get", "Ruth Okonjo-Sands", P, "called",
      role="astronomer at the University of Tarrow", ph=["role-apposition"]),
    I("water vapour alone said nothing about whether the planet could support life", "Ruth Okonjo-Sands", P,
      "cautioned", role="astronomer at the University of Tarrow", ph=["said-that", "cue-class"]),
    D("Water is common in the universe. Oceans you could swim in are not,", "Ruth Okonjo-Sands", P, "said",
      ph=["multi-sentence", "pronoun"]),
    I("Lanterna would observe the planet again in October with a second instrument, one that is sensitive to carbon dioxide and methane",
      "the Austral Space Agency", O, "said", ph=["said-that", "writing", "nominal"]),
    # the correction quotes the outlet's own earlier wording, which nobody in the story said
    R("confirmed", "the story's own earlier wording, quoted in its correction", "author-words"),
    I("an ocean could not be ruled out", "the Lanterna science team", G, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- UK local weekly, planning committee, curly double quotes: a councillor's fragment "said at the meeting" and her quote, another councillor's "He said … and that … “…”", an objection letter from a parish council "read out at the meeting, said:", an anonymous resident, a developer named with no company word (Pellington) and later "the developer" with a statement and a denial, "a spokesman for the council", a campaign group
article("little-sedgeworth-homes-approved", """
Plans for 140 homes on farmland at the edge of Little Sedgeworth have been approved, despite more than 600 objections from villagers.
Caddon Vale District Council’s planning committee voted six to four on Tuesday night to grant outline permission to Pellington for the scheme off Mill Lane, which includes 42 affordable homes and a play area.
Cllr Ruth Ashby-Carr, chairman of the planning committee, said at the meeting that councillors “simply do not have the grounds” to refuse the application. “If we turn this down, Pellington will win on appeal and we will lose the right to insist on the affordable homes,” she said.
Cllr Owen Peverell, who represents Sedgeworth ward, voted against. He said the village school was already full and that the Mill Lane junction was “an accident waiting to happen”.
An objection letter from Little Sedgeworth Parish Council, read out at the meeting, said: “This is not a village extension. It is a second village bolted on to the first, with none of the doctors, buses or school places that a village needs.”
One Mill Lane resident, who did not want to be named, said: “At the exhibition they told us 80 homes. Then it was 110. Now it’s 140. Nobody here believes a word the developer says.”
The developer said in a statement that the scheme had been “shaped by two rounds of public consultation” and that it would pay £1.2 million towards school places and road improvements.
Pellington denied that the number of homes had been increased after the exhibition, saying the figure of 80 had only ever referred to the first phase.
A spokesman for the council said a detailed application would have to come back to the committee before any work could start.
Campaigners from the Save Sedgeworth Fields group said they would consider asking the Secretary of State to call in the decision.
""", [
    M("simply do not have the grounds", "Ruth Ashby-Carr", P, "said", role="chairman of the planning committee",
      ph=["said-that", "role-apposition"]),
    D("If we turn this down, Pellington will win on appeal and we will lose the right to insist on the affordable homes,",
      "Ruth Ashby-Carr", P, "said", role="chairman of the planning committee", ph=["pronoun"]),
    # "who represents Sedgeworth ward" is a relative clause, not a role
    I("the village school was already full", "Owen Peverell", P, "said", ph=["said-that", "pronoun"]),
    M("an accident waiting to happen", "Owen Peverell", P, "said", ph=["said-that", "pronoun"]),
    # the letter stands for the parish council that wrote it; the person who read it out is not named
    D("This is not a village extension. It is a second village bolted on to the first, with none of the doctors, buses or school places that a village needs.",
      "Little Sedgeworth Parish Council", O, "said", ph=["multi-sentence", "writing"]),
    D("At the exhibition they told us 80 homes. Then it was 110. Now it’s 140. Nobody here believes a word the developer says.",
      "one Mill Lane resident", A, "said", ph=["multi-sentence"]),
    # "The developer": Pellington, a name with no company word
    M("shaped by two rounds of public consultation", "Pellington", O, "said", ph=["said-that", "writing", "nominal"]),
    I("it would pay £1.2 million towards school places and road improvements", "Pellington", O, "said",
      ph=["said-that", "writing", "nominal"]),
    I("the number of homes had been increased after the exhibition", "Pellington", O, "denied",
      ph=["denial", "cue-class"]),
    I("the figure of 80 had only ever referred to the first phase", "Pellington", O, "saying", ph=["participle-cue"]),
    I("a detailed application would have to come back to the committee before any work could start",
      "a spokesman for the council", A, "said", ph=["said-that"]),
    I("they would consider asking the Secretary of State to call in the decision",
      "campaigners from the Save Sedgeworth Fields group", G, "said", ph=["said-that"]),
])


# ---------------------------------------------------------------- conflict wire (Reuters) relayed through several layers, straight double quotes: an energy minister who "said on Telegram" and "she wrote", "according to the General Staff", a regional governor who "wrote on Telegram" with "He said" in the next paragraph, a foreign ministry statement with a request that is no statement, a defence ministry spokesman (rank left out) who "told reporters in a daily briefing", a claim that "could not be independently verified", "the state news agency … quoted … as saying", an anonymous official
article("hlynove-grid-strikes", '''
SARNOPIL, Nov 18 (Reuters) - Radovia struck Zelmara's power grid with dozens of drones and missiles overnight, cutting electricity to more than 300,000 households in four regions, Zelmaran officials said on Tuesday.
Energy Minister Oksana Drabyk said on Telegram that the strikes had hit "the same substations our crews rebuilt three weeks ago". "They are not fighting our army. They are fighting our radiators," she wrote.
Air defences shot down 47 of 62 attack drones and four of six cruise missiles, according to the General Staff of Zelmara's armed forces.
In the eastern city of Hlynove, a 67-year-old woman was killed when debris from a downed drone fell on a block of flats, the regional governor, Taras Bondarets, wrote on Telegram.
He said nine people had been wounded, two of them children, and that the city's hospitals were running on generators.
The Zelmaran foreign ministry said in a statement that the attack was "a deliberate attempt to freeze civilians into submission" and urged allies to speed up deliveries of air-defence systems.
In Ulgrad, Radovian defence ministry spokesman Lieutenant General Igor Veshnyakov told reporters in a daily briefing that Radovian forces had carried out "a massive strike with long-range precision weapons" on energy facilities serving Zelmara's arms industry. All designated targets had been hit, he said.
Veshnyakov also said Radovian troops had captured the village of Sukha Balka, about 30 km south of Hlynove, a claim that could not be independently verified.
The state news agency RadInform quoted Deputy Foreign Minister Pavel Zorin as saying that Ulgrad remained "open to negotiations, but not to ultimatums written in foreign capitals".
A senior Zelmaran energy official, who spoke on condition of anonymity because he was not authorised to brief the media, said repairs in Hlynove could take "at least ten days" if the frosts forecast for the weekend arrived.
(Reporting by Yulia Marchenko-Dale; Editing by Peter Okafor-Wynn)
''', [
    I("Radovia struck Zelmara's power grid with dozens of drones and missiles overnight, cutting electricity to more than 300,000 households in four regions",
      "Zelmaran officials", G, "said", ph=["trailing-attribution"]),
    M("the same substations our crews rebuilt three weeks ago", "Oksana Drabyk", P, "said", role="Energy Minister",
      via=["Telegram"], ph=["said-that", "writing", "role-premodifier"]),
    D("They are not fighting our army. They are fighting our radiators,", "Oksana Drabyk", P, "wrote",
      role="Energy Minister", via=["Telegram"], ph=["multi-sentence", "writing", "pronoun"]),
    # the General Staff reports on its own account: it is the speaker, not a relay
    I("Air defences shot down 47 of 62 attack drones and four of six cruise missiles",
      "the General Staff of Zelmara's armed forces", O, "according to", ph=["according-to", "trailing-attribution"]),
    # the fronted place phrase belongs to the reported sentence
    I("In the eastern city of Hlynove, a 67-year-old woman was killed when debris from a downed drone fell on a block of flats",
      "Taras Bondarets", P, "wrote", role="regional governor", via=["Telegram"],
      ph=["trailing-attribution", "writing", "role-apposition"]),
    # "He" opens the next paragraph, which names neither a role nor a channel
    I("nine people had been wounded, two of them children, and that the city's hospitals were running on generators",
      "Taras Bondarets", P, "said", ph=["said-that", "pronoun"]),
    # "urged allies to speed up …" is a request, not reported content
    M("a deliberate attempt to freeze civilians into submission", "the Zelmaran foreign ministry", O, "said",
      ph=["said-that", "writing"]),
    # the rank (Lieutenant General) is a title: no part of the name or of the role
    M("a massive strike with long-range precision weapons", "Igor Veshnyakov", P, "told",
      role="Radovian defence ministry spokesman", ph=["told", "said-that", "role-premodifier"]),
    I("All designated targets had been hit", "Igor Veshnyakov", P, "said", role="Radovian defence ministry spokesman",
      ph=["trailing-attribution", "pronoun"]),
    # the appended "a claim that could not be independently verified" is the agency's caveat, not the content
    I("Radovian troops had captured the village of Sukha Balka, about 30 km south of Hlynove", "Igor Veshnyakov", P,
      "said", ph=["said-that", "surname"]),
    M("open to negotiations, but not to ultimatums written in foreign capitals", "Pavel Zorin", P,
      "quoted ... as saying", role="Deputy Foreign Minister", via=["RadInform"],
      ph=["quoted-as-saying", "said-that", "role-premodifier"]),
    M("at least ten days", "a senior Zelmaran energy official", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- US business feature on a warehouse union vote, curly double quotes: a worker "who asked that her last name not be used for fear of retaliation" in an inverted split quote, "according to the union's filing with the National Labor Relations Board" (the filer is the speaker), an organizer in an inverted "said X, the Y of Z", a company named with no company word "said in an emailed statement" with two fragments, "The company denied", "Workers say", a company's term after "calls", a labor economist "who is not involved in the dispute" and "she said" in the next paragraph
article("quarry-forks-warehouse-vote", """
QUARRY FORKS, Ky. — For three years, Keyana worked the overnight shift at Larkspur’s distribution center without giving unions much thought. Then, last winter, the online grocer cut paid breaks from 30 minutes to 20 and began logging bathroom trips on workers’ handheld scanners.
“That was the week people started talking in the parking lot,” said Keyana, 34, a picker who asked that her last name not be used for fear of retaliation. “Nobody had a plan. We were just tired of being counted like boxes.”
Next week, about 1,100 workers at the warehouse will vote on whether to join the Warehouse and Logistics Workers Alliance, in the first union election at any of Larkspur’s 14 facilities. According to the union’s filing with the National Labor Relations Board, more than 60 percent of eligible workers have signed union cards.
“We’re not asking for the moon,” said Andre Whitlock-Baez, the lead organizer of the alliance’s Quarry Forks campaign. “We want the 30 minutes back, a real grievance process and a say in how fast the line moves.”
Larkspur said in an emailed statement that it “respects every associate’s right to choose” but that its workers were best served by “a direct relationship with their managers.” The company denied that the shorter breaks were a response to the organizing drive, saying the change had been planned since 2022.
Workers say managers have held mandatory meetings twice a week since April in which employees were told that a union could cost them their quarterly bonuses. The alliance has filed an unfair labor practice charge over the meetings, which Larkspur calls “listening sessions.”
Rebecca Strand-Oyelowo, a labor economist at Calloway University who is not involved in the dispute, said the result would be watched across the industry.
“If a union can win in a warehouse where turnover runs at 80 percent a year, it can win almost anywhere,” she said. “That is what has executives nervous.”
Voting runs from May 14 to 16.
""", [
    # a first name only; "who asked that …" is a relative clause, not part of the role
    D("That was the week people started talking in the parking lot,", "Keyana", P, "said", role="picker",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("Nobody had a plan. We were just tired of being counted like boxes.", "Keyana", P, "said", role="picker",
      ph=["split-quote", "multi-sentence"]),
    # the filing stands for the union that made it; the board receives it and relays nothing
    I("more than 60 percent of eligible workers have signed union cards",
      "the Warehouse and Logistics Workers Alliance", O, "according to", ph=["according-to", "writing", "nominal"]),
    D("We’re not asking for the moon,", "Andre Whitlock-Baez", P, "said",
      role="lead organizer of the alliance’s Quarry Forks campaign", ph=["inversion", "split-quote", "role-apposition"]),
    D("We want the 30 minutes back, a real grievance process and a say in how fast the line moves.",
      "Andre Whitlock-Baez", P, "said", role="lead organizer of the alliance’s Quarry Forks campaign",
      ph=["split-quote"]),
    # two quoted fragments under one "said": two mixed statements; an emailed statement names no channel
    M("respects every associate’s right to choose", "Larkspur", O, "said", ph=["said-that", "writing"]),
    M("a direct relationship with their managers.", "Larkspur", O, "said", ph=["said-that", "writing"]),
    # "The company": Larkspur, a name with no company word
    I("the shorter breaks were a response to the organizing drive", "Larkspur", O, "denied",
      ph=["denial", "cue-class", "nominal"]),
    I("the change had been planned since 2022", "Larkspur", O, "saying", ph=["participle-cue", "nominal"]),
    # the passive "were told" inside the workers' account names no speaker of its own
    I("managers have held mandatory meetings twice a week since April in which employees were told that a union could cost them their quarterly bonuses",
      "workers", G, "say", ph=["said-that"]),
    # "filed an unfair labor practice charge" is an act, not a statement
    M("listening sessions.", "Larkspur", O, "calls"),
    I("the result would be watched across the industry", "Rebecca Strand-Oyelowo", P, "said",
      role="labor economist at Calloway University", ph=["said-that", "role-apposition"]),
    D("If a union can win in a warehouse where turnover runs at 80 percent a year, it can win almost anywhere,",
      "Rebecca Strand-Oyelowo", P, "said", ph=["split-quote", "pronoun"]),
    D("That is what has executives nervous.", "Rebecca Strand-Oyelowo", P, "said", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- regional paper obituary tribute, curly single quotes + apostrophes: "Tributes have been paid" with no speaker, a nickname in quotes, a family statement "released on behalf of the family" introduced by a colon that ends the paragraph and running over two paragraphs (the opening mark repeated), a book title, a former colleague quoted from an earlier interview ("told the Gazette in 2009: …"), "Paying tribute, the current headteacher … said", a club "said on Facebook"
article("fellbridge-headmaster-tributes", """
Tributes have been paid to Dennis Haworth-Keeble, the former headmaster of Fellbridge Grammar School and the town’s unofficial historian, who has died at the age of 88.
Mr Haworth-Keeble, known to three generations of pupils as ‘the Beak’, died peacefully at Airedene Hospice on Saturday with his family at his bedside.
In a statement released on behalf of the family, his daughter, Helen Garside, said:
‘Dad was a teacher to his fingertips. Even in the hospice he was correcting the grammar on the menu cards, and the nurses loved him for it.
‘He gave his whole life to this town – its school, its chapel, its cricket club and its history. We have been overwhelmed by the messages from former pupils on four continents, and we thank every one of them.’
Born in 1937 above his father’s ironmonger’s shop on Kirkgate, he joined Fellbridge Grammar as a history teacher in 1962 and was headmaster from 1979 until he retired in 1997.
In retirement he wrote ‘Mills, Moors and Methodists’, a history of the town that sold out three print runs.
His former deputy head, Alan Priestley, told the Gazette in 2009: ‘He could silence an assembly hall of 900 boys just by taking off his glasses. In 25 years I never once heard him raise his voice.’
Paying tribute, the current headteacher, Rachel Thornber-Ade, said the school would hold a minute’s silence at assembly on Monday. ‘Dennis retired before any of our pupils were born, but his name is still on the honours boards in the main corridor, and his standards are still the ones we measure ourselves against,’ she said.
Fellbridge Cricket Club, where he was president for 19 years, said on Facebook that he had been ‘a gentleman on the field and a better one off it’.
A funeral will be held at Fellbridge Methodist Chapel on 14 March at 11am. He is survived by his daughter, his son, Martin, and five grandchildren.
""", [
    # "Tributes have been paid to …" names no speaker
    R("the Beak", "nickname in quotes", "title"),
    # the daughter speaks for the family in a written statement; she is named in the paragraph that ends with the colon
    D("Dad was a teacher to his fingertips. Even in the hospice he was correcting the grammar on the menu cards, and the nurses loved him for it.\n‘He gave his whole life to this town – its school, its chapel, its cricket club and its history. We have been overwhelmed by the messages from former pupils on four continents, and we thank every one of them.",
      "Helen Garside", P, "said", role="daughter", ph=["multi-sentence", "colon-intro", "writing", "role-apposition"]),
    R("Mills, Moors and Methodists", "title of a book", "title"),
    # an earlier interview with the paper itself, named, so it is the relay (as "the Guardian" → Guardian)
    D("He could silence an assembly hall of 900 boys just by taking off his glasses. In 25 years I never once heard him raise his voice.",
      "Alan Priestley", P, "told", role="former deputy head", via=["Gazette"],
      ph=["multi-sentence", "told", "role-apposition"]),
    I("the school would hold a minute’s silence at assembly on Monday", "Rachel Thornber-Ade", P, "said",
      role="current headteacher", ph=["said-that", "role-apposition"]),
    D("Dennis retired before any of our pupils were born, but his name is still on the honours boards in the main corridor, and his standards are still the ones we measure ourselves against,",
      "Rachel Thornber-Ade", P, "said", role="current headteacher", ph=["pronoun"]),
    M("a gentleman on the field and a better one off it", "Fellbridge Cricket Club", O, "said", via=["Facebook"],
      ph=["said-that", "writing"]),
])

# ---------------------------------------------------------------- German outlet's English service on a coalition row, „low-high“ quotes: a finance minister's split quote "told the newspaper …" with his party in a relative clause (no role), the chancellor's spokesman who "said at the government press conference in Berlin" and a reporter's question that is no statement, an inverted party leader, "according to a report in Der Spiegel" (the magazine as speaker), "Party sources said", a party spokeswoman's denial and "she said", a co-leader "speaking to Deutschlandfunk" who "accused … of", a German term as the author's scare quote
article("maybach-pension-budget-row", """
BERLIN – The governing coalition was thrown into fresh turmoil on Monday after Finance Minister Konstantin Maybach said he would not sign off on next year’s budget unless a planned increase in state pensions is postponed.
„We will not pay for today’s promises with our grandchildren’s money“, Maybach, who leads the liberal Reform Party (LRP), told the newspaper Hanseatische Rundschau. „If the pension increase stays in the budget, my signature stays off it.“
Chancellor Henrike Lammers-Stahl’s spokesman, Jens Ulbrich-Forst, said at the government press conference in Berlin that the chancellor was „confident that the coalition partners will find a solution before Wednesday’s cabinet meeting“. Asked whether she had considered dismissing her finance minister, he replied: „That question does not arise.“
The pension increase of 4.2 per cent, due to take effect in July, was agreed in March by the LRP, the Ecological Alliance and the chancellor’s Social Progress Party (SFP).
„A deal is a deal. Whoever tears up an agreement after six months should not be surprised when nobody trusts him any more“, said SFP parliamentary leader Sabine Oltmanns-Reich.
According to a report in Der Spiegel, Maybach threatened to walk out of the coalition at a heated meeting of party leaders in the chancellery on Sunday night. Party sources said the talks broke up shortly after midnight without agreement.
An LRP spokeswoman denied that Maybach had issued an ultimatum. „There were no threats, only arithmetic“, she said.
Ecological Alliance co-leader Miriam Jovanović-Hart was less restrained. Speaking to Deutschlandfunk, she accused Maybach of staging „summer theatre in October“ to win back voters who have deserted his party in the polls.
It was the third „Krisengipfel“ at the chancellery since the summer break. The cabinet is due to approve the draft budget on Wednesday.
""", [
    I("he would not sign off on next year’s budget unless a planned increase in state pensions is postponed",
      "Konstantin Maybach", P, "said", role="Finance Minister", ph=["said-that", "role-premodifier"]),
    # "who leads the liberal Reform Party" is a relative clause, not a role
    D("We will not pay for today’s promises with our grandchildren’s money", "Konstantin Maybach", P, "told",
      via=["Hanseatische Rundschau"], ph=["split-quote", "told", "surname"]),
    D("If the pension increase stays in the budget, my signature stays off it.", "Konstantin Maybach", P, "told",
      via=["Hanseatische Rundschau"], ph=["split-quote", "told"]),
    M("confident that the coalition partners will find a solution before Wednesday’s cabinet meeting",
      "Jens Ulbrich-Forst", P, "said", role="Chancellor Henrike Lammers-Stahl’s spokesman",
      ph=["said-that", "role-apposition"]),
    # the reporter's question ("whether she had considered …") is not a statement
    D("That question does not arise.", "Jens Ulbrich-Forst", P, "replied",
      role="Chancellor Henrike Lammers-Stahl’s spokesman", ph=["pronoun"]),
    D("A deal is a deal. Whoever tears up an agreement after six months should not be surprised when nobody trusts him any more",
      "Sabine Oltmanns-Reich", P, "said", role="SFP parliamentary leader",
      ph=["inversion", "multi-sentence", "role-premodifier"]),
    # the magazine reports on its own account, so it is the speaker, not a relay
    I("Maybach threatened to walk out of the coalition at a heated meeting of party leaders in the chancellery on Sunday night",
      "Der Spiegel", O, "according to", ph=["according-to"]),
    I("the talks broke up shortly after midnight without agreement", "party sources", A, "said", ph=["said-that"]),
    I("Maybach had issued an ultimatum", "an LRP spokeswoman", A, "denied", ph=["denial", "cue-class"]),
    D("There were no threats, only arithmetic", "an LRP spokeswoman", A, "said", ph=["pronoun"]),
    # the role is stated in the paragraph; the mention at the cue is "she"
    M("summer theatre in October", "Miriam Jovanović-Hart", P, "accused", role="Ecological Alliance co-leader",
      via=["Deutschlandfunk"], ph=["cue-class", "interview", "pronoun"]),
    R("Krisengipfel", "the author's scare quote on a German political term", "scare-quote"),
])

# ---------------------------------------------------------------- consumer-tech review-news hybrid, curly double quotes: a subscription's name in quotes, "said in a blog post" with a fragment and a second that-clause, an executive "in an interview with The Verge" with a split quote, "The company prefers to describe … as", the reviewer's ironic scare quote, a user who "wrote on Reddit", the reviewer's own mock summary of the company's message
article("fernhook-hush-subscription", """
Until last Tuesday, Fernhook’s Hush Pro 2 earbuds were the easiest recommendation I could make: superb noise cancelling, a comfortable fit and a battery that outlasts a long-haul flight. Then came firmware version 4.0.
The update, which installs itself overnight, moves the earbuds’ best feature, adaptive noise cancelling, behind a new subscription called “Hush Circle” at $4.99 a month. Owners who don’t pay are left with a fixed mode that, in my testing on a crowded commuter train, let through roughly twice as much rumble.
Fernhook said in a blog post that the subscription would “fund the next generation of listening features” and that existing owners would receive six months free.
In an interview with The Verge, Fernhook’s chief product officer, Anneliese Varga-Thorne, said the company had “underestimated how attached people are to a feature they already paid for.” “We should have explained this much better,” she said, “but the team that keeps improving these earbuds doesn’t pay for itself.”
The company prefers to describe the change as “feature evolution.” Having spent a week with the “evolved” earbuds, I would describe it as taking away something that worked and renting it back to you.
Owners have been blunter. “I bought noise-cancelling earbuds. Now I own noise-cancelling rental earbuds,” one user wrote on Reddit, in a post that had collected more than 14,000 upvotes by Thursday.
Is the Hush Pro 2 still worth buying? The sound is as warm as ever, and the fit is still the best in its class. But Fernhook’s message to owners, as I read it, amounts to this: “Nice earbuds. Shame if something happened to them.”
Fernhook says version 4.0 will reach all devices by the end of the month.
""", [
    R("Hush Circle", "name of a subscription product", "title"),
    # the company's own blog is not a named relay, so via stays empty
    M("fund the next generation of listening features", "Fernhook", O, "said", ph=["said-that", "writing"]),
    I("existing owners would receive six months free", "Fernhook", O, "said", ph=["said-that", "writing"]),
    M("underestimated how attached people are to a feature they already paid for.", "Anneliese Varga-Thorne", P,
      "said", role="Fernhook’s chief product officer", via=["The Verge"],
      ph=["said-that", "interview", "role-apposition"]),
    D("We should have explained this much better,", "Anneliese Varga-Thorne", P, "said",
      role="Fernhook’s chief product officer", via=["The Verge"], ph=["split-quote", "pronoun", "interview"]),
    D("but the team that keeps improving these earbuds doesn’t pay for itself.", "Anneliese Varga-Thorne", P, "said",
      role="Fernhook’s chief product officer", via=["The Verge"], ph=["split-quote", "pronoun", "interview"]),
    # "The company": Fernhook, a name with no company word; the label is theirs, so it is a statement
    M("feature evolution.", "Fernhook", O, "describe", ph=["nominal"]),
    R("evolved", "the reviewer's ironic scare quote", "scare-quote"),
    D("I bought noise-cancelling earbuds. Now I own noise-cancelling rental earbuds,", "one user", A, "wrote",
      via=["Reddit"], ph=["multi-sentence", "writing"]),
    R("Nice earbuds. Shame if something happened to them.",
      "the reviewer's own mock summary of the company's message, not anyone's words", "author-words"),
    I("version 4.0 will reach all devices by the end of the month", "Fernhook", O, "says", ph=["said-that"]),
])

# ---------------------------------------------------------------- Pakistani English daily, straight double quotes: Mr/Ms on second reference, an opposition leader who "said while addressing a press conference" and "he added", "He said" in the next paragraph, "Sources privy to the development said", a minister who "rejected reports that …, terming them …" and "the minister told Dawn", "She said" in the next paragraph, a party spokesperson "in a statement issued here, said" and "The statement added"
article("kohistar-wheat-procurement", '''
KOHISTAR: Leader of the Opposition in the Kohistar Assembly Tariq Mehmood Gondal on Sunday demanded the resignation of provincial Food Minister Sadia Noreen Kazmi of the ruling Qaumi Awam Party (QAP) over alleged irregularities in the purchase of 1.2 million tonnes of wheat this season.
"The government bought wheat from its favourite mills at the highest price in the country and then sold it back to the same mills at a loss. This is not mismanagement, this is a scandal," Mr Gondal said while addressing a press conference at the Kohistar Press Club.
"We have the documents for every single transaction. If the minister has nothing to hide, she should step aside until an independent inquiry is completed," he added.
He said the opposition would table a resolution in the assembly on Monday seeking a judicial commission to probe the purchases.
Sources privy to the development said Chief Minister Shahid Nawaz Cheema had summoned Ms Kazmi and senior officials of the food department to a meeting on Saturday night and that a fact-finding committee was likely to be formed this week.
However, Ms Kazmi rejected reports that she had been asked to resign, terming them "baseless and politically motivated".
"I have not been asked to resign and I have not offered to resign. Every grain was purchased through open tender under rules approved by the cabinet," the minister told Dawn on Sunday.
She said the procurement had been audited twice and that the opposition was "playing politics with the bread of the poor".
Meanwhile, QAP spokesperson Faisal Raza Bhatti, in a statement issued here, said the opposition was staging a "drama" to hide its own failures during its five years in power. The statement added that the provincial government had bought wheat only at the support price fixed by the cabinet.
''', [
    # "demanded the resignation of …" is a demand, not reported content
    D("The government bought wheat from its favourite mills at the highest price in the country and then sold it back to the same mills at a loss. This is not mismanagement, this is a scandal,",
      "Tariq Mehmood Gondal", P, "said", ph=["multi-sentence", "surname"]),
    D("We have the documents for every single transaction. If the minister has nothing to hide, she should step aside until an independent inquiry is completed,",
      "Tariq Mehmood Gondal", P, "added", ph=["multi-sentence", "pronoun"]),
    I("the opposition would table a resolution in the assembly on Monday seeking a judicial commission to probe the purchases",
      "Tariq Mehmood Gondal", P, "said", ph=["said-that", "pronoun"]),
    I("Chief Minister Shahid Nawaz Cheema had summoned Ms Kazmi and senior officials of the food department to a meeting on Saturday night and that a fact-finding committee was likely to be formed this week",
      "sources privy to the development", A, "said", ph=["said-that"]),
    I("she had been asked to resign", "Sadia Noreen Kazmi", P, "rejected", ph=["denial", "cue-class", "surname"]),
    M("baseless and politically motivated", "Sadia Noreen Kazmi", P, "terming", ph=["participle-cue", "surname"]),
    # "the minister": Ms Kazmi, named in the paragraph before
    D("I have not been asked to resign and I have not offered to resign. Every grain was purchased through open tender under rules approved by the cabinet,",
      "Sadia Noreen Kazmi", P, "told", role="minister", via=["Dawn"], ph=["multi-sentence", "told", "nominal"]),
    I("the procurement had been audited twice", "Sadia Noreen Kazmi", P, "said", ph=["said-that", "pronoun"]),
    M("playing politics with the bread of the poor", "Sadia Noreen Kazmi", P, "said", ph=["said-that", "pronoun"]),
    M("drama", "Faisal Raza Bhatti", P, "said", role="QAP spokesperson",
      ph=["said-that", "writing", "role-premodifier"]),
    # "The statement added": the statement stands for the spokesperson who issued it
    I("the provincial government had bought wheat only at the support price fixed by the cabinet",
      "Faisal Raza Bhatti", P, "added", role="QAP spokesperson", ph=["said-that", "nominal", "writing"]),
])


# ---------------------------------------------------------------- South African news site, curly quotes: a municipal water outage, "the City of … says" and then "the municipality said" (trailing) and its denial, an MMC for water and sanitation named by surname in the next paragraph and "She said" in the one after, residents by first name and age (one inverted), a utility spokesperson who "told News24" and "he said", a ward councillor's statement on Facebook with a trailing "she wrote"
article("molapo-water-outage", """
Residents in parts of southern Molapo have been without running water for six days, and the City of Molapo says it could take until the weekend before taps are flowing normally again.
The outage, which began last Thursday when a bulk pipeline burst near the Kwaggasdrift pump station, has affected more than 40 000 households in Thabong, Roseacre and Kwaggasdrift Extension 4, the municipality said on Tuesday.
MMC for water and sanitation Lindiwe Mahlangu-Dube said repairs to the 900mm pipe had been completed overnight, but that the reservoirs would need up to 72 hours to recover.
“We understand the frustration of our residents. Our teams have worked around the clock since Thursday, and we ask for a little more patience while the system builds up pressure,” Mahlangu-Dube said.
She said 32 water tankers had been sent to the worst-affected areas.
Residents say the tankers arrive late, if at all. “We queue from five in the morning with buckets. Yesterday the tanker came at two o’clock and it was empty by half past,” said Thandeka, 34, a mother of two from Thabong.
Sipho, 67, a pensioner from Roseacre, said he had not been able to bath properly since Friday. “At my age I cannot carry 25 litres up this hill every day,” he said.
Vhembeni Water spokesperson Johan Pieterse told News24 that the utility had supplied the city at full capacity throughout the outage. “The problem is not the bulk supply. The problem is the city’s own pipes,” he said.
Ward 41 councillor Nomvula Khanye said in a statement on Facebook that residents had been “treated like an afterthought” and called for an urgent meeting with the executive mayor. The area has had four major outages since January, she wrote.
The municipality said it had started replacing 14km of ageing pipes under a R380-million programme, and denied that maintenance had been neglected.
Residents are urged to store water where possible and to report leaks on the city’s WhatsApp line.
""", [
    I("it could take until the weekend before taps are flowing normally again", "the City of Molapo", O, "says",
      ph=["said-that"]),
    # "the municipality": the City of Molapo, named in the sentence before
    I("The outage, which began last Thursday when a bulk pipeline burst near the Kwaggasdrift pump station, has affected more than 40 000 households in Thabong, Roseacre and Kwaggasdrift Extension 4",
      "the City of Molapo", O, "said", ph=["trailing-attribution", "nominal"]),
    I("repairs to the 900mm pipe had been completed overnight, but that the reservoirs would need up to 72 hours to recover",
      "Lindiwe Mahlangu-Dube", P, "said", role="MMC for water and sanitation", ph=["said-that", "role-premodifier"]),
    D("We understand the frustration of our residents. Our teams have worked around the clock since Thursday, and we ask for a little more patience while the system builds up pressure,",
      "Lindiwe Mahlangu-Dube", P, "said", ph=["multi-sentence", "surname"]),
    # "She" opens a paragraph of its own, after the one that gives her surname only
    I("32 water tankers had been sent to the worst-affected areas", "Lindiwe Mahlangu-Dube", P, "said",
      ph=["said-that", "pronoun"]),
    I("the tankers arrive late, if at all", "residents", G, "say", ph=["said-that"]),
    # a first name and an age only; the age is not a role
    D("We queue from five in the morning with buckets. Yesterday the tanker came at two o’clock and it was empty by half past,",
      "Thandeka", P, "said", role="mother of two from Thabong", ph=["inversion", "multi-sentence", "role-apposition"]),
    I("he had not been able to bath properly since Friday", "Sipho", P, "said", role="pensioner from Roseacre",
      ph=["said-that", "role-apposition"]),
    D("At my age I cannot carry 25 litres up this hill every day,", "Sipho", P, "said", role="pensioner from Roseacre",
      ph=["pronoun"]),
    I("the utility had supplied the city at full capacity throughout the outage", "Johan Pieterse", P, "told",
      role="Vhembeni Water spokesperson", via=["News24"], ph=["told", "said-that", "role-premodifier"]),
    # "he said" after "told News24": as with "told the BBC … he said", only the told-frame names the relay
    D("The problem is not the bulk supply. The problem is the city’s own pipes,", "Johan Pieterse", P, "said",
      role="Vhembeni Water spokesperson", ph=["multi-sentence", "pronoun"]),
    # "called for an urgent meeting" is a demand, not reported content
    M("treated like an afterthought", "Nomvula Khanye", P, "said", role="Ward 41 councillor", via=["Facebook"],
      ph=["said-that", "writing", "role-premodifier"]),
    I("The area has had four major outages since January", "Nomvula Khanye", P, "wrote", role="Ward 41 councillor",
      via=["Facebook"], ph=["trailing-attribution", "writing", "pronoun"]),
    I("it had started replacing 14km of ageing pipes under a R380-million programme", "the City of Molapo", O, "said",
      ph=["said-that", "nominal"]),
    I("maintenance had been neglected", "the City of Molapo", O, "denied", ph=["denial", "cue-class", "nominal"]),
    # "Residents are urged to …" names no speaker
])

# ---------------------------------------------------------------- US Sunday talk-show write-up, curly double quotes: a senator who "said on CNN's State of the Union" (the show, then the network) with a split quote, "told host …" with a fragment in a second that-clause, "He said" in the next paragraph, the writer's ironic scare quote, a governor on "the same program" whose answer is split around "she said" a paragraph later, a White House spokesperson's emailed statement with two fragments and her denial, "a senior administration official who was not authorized to speak publicly", "Asked whether …" that is no statement
article("prewitt-disaster-aid-talks", """
WASHINGTON — Sen. Dale Prewitt, the Kansas Republican who helped write the stalled disaster-aid package, said Sunday that the White House had “walked away from the table” and warned that no bill would pass before Congress leaves for its August recess.
“I’ve been in this town 14 years, and I have never seen an administration negotiate by press release,” Prewitt said on CNN’s State of the Union. “If they want a bill, they know where my office is.”
Prewitt told host Maria Escobedo-Hart that Senate negotiators had agreed on $38 billion for states hit by the spring floods and tornadoes, but that the administration was now demanding “offsets we already rejected twice.”
He said he had spoken to the president only once since June.
The package’s “bipartisan” label has been wearing thin for weeks. Only four Democrats have signed on, and two of them are retiring.
Appearing later on the same program, Renata Lindqvist-Moore, the Democratic governor of Missouri, whose state has not received any federal rebuilding money since the April tornadoes, said she had stopped caring who was to blame.
“We have families in Hollis County who are still living in motel rooms,” she said. “They don’t care whose fault it is. They care when the check arrives.”
White House spokesperson Tanya Okafor-Reyes said in an emailed statement that the administration had “negotiated in good faith from day one” and that the president would sign “any responsible bill that reaches his desk.” She denied that the White House had added new conditions in the past week.
A senior administration official who was not authorized to speak publicly said a revised offer would go to Prewitt’s office on Monday and that the two sides were “closer than the senator is letting on.”
Asked whether he would back a short-term extension of existing relief funds, Prewitt said he would “look at anything that isn’t a gimmick.”
Congress is scheduled to leave Washington on Aug. 1.
""", [
    # "Sen." is a title; "who helped write …" is a relative clause, not part of the role
    M("walked away from the table", "Dale Prewitt", P, "said", role="Kansas Republican",
      ph=["said-that", "role-apposition"]),
    I("no bill would pass before Congress leaves for its August recess", "Dale Prewitt", P, "warned",
      role="Kansas Republican", ph=["said-that", "cue-class", "role-apposition"]),
    # the programme is the nearer relay, the network that airs it the further one
    D("I’ve been in this town 14 years, and I have never seen an administration negotiate by press release,",
      "Dale Prewitt", P, "said", via=["State of the Union", "CNN"], ph=["split-quote", "surname", "interview"]),
    D("If they want a bill, they know where my office is.", "Dale Prewitt", P, "said",
      via=["State of the Union", "CNN"], ph=["split-quote", "surname", "interview"]),
    # "told host …": the host of the programme named in the paragraph before, so the same relay
    I("Senate negotiators had agreed on $38 billion for states hit by the spring floods and tornadoes", "Dale Prewitt", P,
      "told", via=["State of the Union", "CNN"], ph=["told", "said-that", "surname", "interview"]),
    # the second that-clause carries the quoted fragment, so only the fragment is annotated
    M("offsets we already rejected twice.", "Dale Prewitt", P, "told", via=["State of the Union", "CNN"],
      ph=["told", "said-that", "surname", "interview"]),
    # "He" opens the next paragraph, which names neither a role nor a channel
    I("he had spoken to the president only once since June", "Dale Prewitt", P, "said", ph=["said-that", "pronoun"]),
    R("bipartisan", "the writer's ironic scare quote", "scare-quote"),
    # "the same program": the programme named above
    I("she had stopped caring who was to blame", "Renata Lindqvist-Moore", P, "said",
      role="Democratic governor of Missouri", via=["State of the Union", "CNN"],
      ph=["said-that", "interview", "role-apposition"]),
    D("We have families in Hollis County who are still living in motel rooms,", "Renata Lindqvist-Moore", P, "said",
      ph=["split-quote", "pronoun"]),
    D("They don’t care whose fault it is. They care when the check arrives.", "Renata Lindqvist-Moore", P, "said",
      ph=["split-quote", "multi-sentence", "pronoun"]),
    # an emailed statement names no channel, so via stays empty
    M("negotiated in good faith from day one", "Tanya Okafor-Reyes", P, "said", role="White House spokesperson",
      ph=["said-that", "writing", "role-premodifier"]),
    M("any responsible bill that reaches his desk.", "Tanya Okafor-Reyes", P, "said", role="White House spokesperson",
      ph=["said-that", "writing", "role-premodifier"]),
    I("the White House had added new conditions in the past week", "Tanya Okafor-Reyes", P, "denied",
      role="White House spokesperson", ph=["denial", "cue-class", "pronoun"]),
    # "who was not authorized to speak publicly" is a relative clause, not part of the phrase
    I("a revised offer would go to Prewitt’s office on Monday", "a senior administration official", A, "said",
      ph=["said-that"]),
    M("closer than the senator is letting on.", "a senior administration official", A, "said", ph=["said-that"]),
    # the question ("whether he would back …") is not a statement
    M("look at anything that isn’t a gimmick.", "Dale Prewitt", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- Indian English court report, curly quotes: a division bench that "observed", "The counsel for the petitioner, Senior Advocate X, submitted that" with a fragment and a second that-clause and "He argued" after it, "Additional Solicitor General X told the court" and "he submitted", "The ASG denied …, stating that", the Chief Justice's remarks in quotes ("Chief Justice X remarked"), "the court said in its order", the title of an Act in quotes, "Mr." on second reference
article("tamrapuri-coaching-act-hearing", """
TAMRAPURI: The Tamrapuri High Court on Thursday declined to stay the Centre’s new law regulating coaching centres, but directed the authorities not to take coercive action against institutes till the next hearing.
A division bench of Chief Justice Meenakshi Raghavan and Justice Arvind Kulshreshtha was hearing a petition filed by the Tamrapuri Coaching Institutes Welfare Association challenging the “Coaching Centres (Regulation and Student Welfare) Act, 2024”, which caps fees and bars institutes from enrolling students below 16.
The counsel for the petitioner, Senior Advocate Rohit Malhotra, submitted that the Act was “arbitrary and confiscatory” and that it had been passed without consulting a single institute. He argued that nearly 1.2 lakh teachers and staff in the state would lose their livelihood if the age bar was enforced from April 1.
Additional Solicitor General Vikram Sethupathi told the court that the law had been enacted after 31 student suicides in coaching hubs in two years. “This is not a law against teachers. It is a law for children who study fourteen hours a day and sleep for five,” he submitted.
The ASG denied that the Act had been passed without consultation, stating that a draft had been in the public domain for 60 days and had drawn over 9,000 responses.
The bench observed that the concerns raised by the Union could not be brushed aside at the interim stage.
“Nobody is saying that coaching is illegal. But when a sixteen-year-old needs a counsellor more than a tutor, the State is entitled to step in,” Chief Justice Raghavan remarked during the hearing.
The court said in its order that institutes which had already collected fees for the current academic session could not be compelled to refund them till the petition was decided. The matter will next be heard on March 18.
Speaking to reporters outside the court, Mr. Malhotra said the association was “satisfied for now” and that it would file a detailed rejoinder within two weeks.
""", [
    # "declined to stay" and "directed the authorities …" are orders, not reported content
    R("Coaching Centres (Regulation and Student Welfare) Act, 2024", "title of an Act", "title"),
    # "Senior Advocate" is a title, like SC or KC
    M("arbitrary and confiscatory", "Rohit Malhotra", P, "submitted", role="counsel for the petitioner",
      ph=["said-that", "role-apposition"]),
    I("it had been passed without consulting a single institute", "Rohit Malhotra", P, "submitted",
      role="counsel for the petitioner", ph=["said-that", "role-apposition"]),
    I("nearly 1.2 lakh teachers and staff in the state would lose their livelihood if the age bar was enforced from April 1",
      "Rohit Malhotra", P, "argued", role="counsel for the petitioner", ph=["said-that", "pronoun"]),
    # "told the court" names no relay
    I("the law had been enacted after 31 student suicides in coaching hubs in two years",
      "Vikram Sethupathi", P, "told", role="Additional Solicitor General", ph=["told", "said-that", "role-premodifier"]),
    D("This is not a law against teachers. It is a law for children who study fourteen hours a day and sleep for five,",
      "Vikram Sethupathi", P, "submitted", role="Additional Solicitor General", ph=["multi-sentence", "pronoun"]),
    I("the Act had been passed without consultation", "Vikram Sethupathi", P, "denied", role="ASG",
      ph=["denial", "cue-class", "nominal"]),
    I("a draft had been in the public domain for 60 days and had drawn over 9,000 responses", "Vikram Sethupathi", P,
      "stating", role="ASG", ph=["participle-cue", "nominal"]),
    # "the bench": the division bench named above, which speaks for the court
    I("the concerns raised by the Union could not be brushed aside at the interim stage",
      "a division bench of Chief Justice Meenakshi Raghavan and Justice Arvind Kulshreshtha", O, "observed",
      ph=["said-that", "nominal"]),
    D("Nobody is saying that coaching is illegal. But when a sixteen-year-old needs a counsellor more than a tutor, the State is entitled to step in,",
      "Meenakshi Raghavan", P, "remarked", role="Chief Justice", ph=["multi-sentence", "surname", "role-premodifier"]),
    I("institutes which had already collected fees for the current academic session could not be compelled to refund them till the petition was decided",
      "the Tamrapuri High Court", O, "said", ph=["said-that", "writing", "nominal"]),
    M("satisfied for now", "Rohit Malhotra", P, "said", ph=["said-that", "surname"]),
    I("it would file a detailed rejoinder within two weeks", "Rohit Malhotra", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- Hong Kong financial wire (Reuters) on a cross-border takeover, curly quotes: "said in a filing with the Hong Kong stock exchange" (no relay), a trailing "people familiar with the matter said" after a long sentence, "According to the filing", the chief executive who "told analysts on an earnings call" and then by her Chinese surname, the target's board with a fragment and a second that-clause, an analyst who "wrote in a note to clients", a company that "denied a Bloomberg report that …" and its spokeswoman
article("harbourline-straits-deal", """
HONG KONG, Aug 21 (Reuters) - Hong Kong-listed port operator Harbourline Holdings agreed on Thursday to buy Singapore’s Straits Meridian Logistics for about HK$31 billion ($4 billion) in cash and shares, creating the largest independent terminal operator in Southeast Asia.
Harbourline said in a filing with the Hong Kong stock exchange that it would pay S$2.15 for each Straits Meridian share, a 27% premium to the stock’s last close before trading was halted on Monday.
The deal nearly collapsed in June over the value of Straits Meridian’s container terminal on Pulau Serindit, and was rescued only after the Singapore company’s founding Tan family agreed to take part of its payment in Harbourline shares, people familiar with the matter said.
According to the filing, the Tan family, which owns 41% of Straits Meridian, has irrevocably undertaken to accept the offer.
“This gives us the scale to compete with the state-backed giants for the next decade, not just the next contract,” Harbourline chief executive Vivian Kwok Mei-ling told analysts on an earnings call, as the company reported a 14% rise in first-half net profit.
Kwok said the combined group expected annual cost savings of about HK$900 million within three years and would keep Straits Meridian’s listing in Singapore for at least 18 months.
Straits Meridian’s board said in a statement that it considered the offer “fair and reasonable”, and that it would recommend it to shareholders.
“The price is full, but not crazy. Harbourline is paying for growth it could not have built on its own,” Daniel Ho, an analyst at Pacific Lantern Securities, wrote in a note to clients.
Harbourline denied a Bloomberg report that it planned to sell its loss-making inland depot business in mainland China to help fund the deal. “We have no such plan,” a company spokeswoman said.
Harbourline shares rose 3.2% on Thursday. Straits Meridian will resume trading on Friday.
(Reporting by Irene Lau in Hong Kong and Farhan Yusof in Singapore; Editing by Simon Maclaren)
""", [
    # a filing with an exchange names no relay (as "said in an exchange filing")
    I("it would pay S$2.15 for each Straits Meridian share, a 27% premium to the stock’s last close before trading was halted on Monday",
      "Harbourline Holdings", O, "said", ph=["said-that", "writing", "surname"]),
    I("The deal nearly collapsed in June over the value of Straits Meridian’s container terminal on Pulau Serindit, and was rescued only after the Singapore company’s founding Tan family agreed to take part of its payment in Harbourline shares",
      "people familiar with the matter", A, "said", ph=["trailing-attribution"]),
    # the filing stands for the company that made it
    I("the Tan family, which owns 41% of Straits Meridian, has irrevocably undertaken to accept the offer",
      "Harbourline Holdings", O, "according to", ph=["according-to", "writing", "nominal"]),
    D("This gives us the scale to compete with the state-backed giants for the next decade, not just the next contract,",
      "Vivian Kwok Mei-ling", P, "told", role="Harbourline chief executive", ph=["told", "role-premodifier"]),
    # "Kwok": the family name, which comes first in her Chinese name
    I("the combined group expected annual cost savings of about HK$900 million within three years and would keep Straits Meridian’s listing in Singapore for at least 18 months",
      "Vivian Kwok Mei-ling", P, "said", ph=["said-that", "surname"]),
    M("fair and reasonable", "Straits Meridian’s board", O, "said", ph=["said-that", "writing"]),
    I("it would recommend it to shareholders", "Straits Meridian’s board", O, "said", ph=["said-that", "writing"]),
    D("The price is full, but not crazy. Harbourline is paying for growth it could not have built on its own,",
      "Daniel Ho", P, "wrote", role="analyst at Pacific Lantern Securities",
      ph=["multi-sentence", "writing", "role-apposition"]),
    # the denial is annotated; the report it denies is not Harbourline's statement, and Bloomberg relays nothing
    I("it planned to sell its loss-making inland depot business in mainland China to help fund the deal",
      "Harbourline Holdings", O, "denied", ph=["denial", "cue-class", "surname"]),
    D("We have no such plan,", "a company spokeswoman", A, "said"),
])

# ---------------------------------------------------------------- English-language football site on a Brazilian transfer, «guillemets» for quotes translated from Portuguese and “curly” for a nickname: a player's Instagram post, "the club said in a statement" and then "The club said", a buying club's president who "told O Jogo" and "he said", an agent "who declined to be named" with a second that-clause carrying a fragment, an inverted coach, a trailing "…, Serrabela said."
article("vilarinho-serrabela-transfer", """
Jacarandá winger Matheus Vilarinho has said goodbye to the Brazilian club’s supporters in an emotional farewell, hours after Portuguese side SC Serrabela confirmed his signing on a five-year contract.
Vilarinho, 21, who has been known as “Magrinho” since he joined Jacarandá’s academy as an underweight eleven-year-old, posted a photo on Instagram of himself as a boy in the club’s green-and-white kit. «I arrived here with one pair of boots and a lot of dreams. I leave as a man, with a family I will carry with me wherever I play. Obrigado, Jacarandá», he wrote.
Esporte Clube Jacarandá said in a statement that it had received 9.5 million euros for the player, plus up to 2.5 million in add-ons, and that it had kept 20 per cent of any future sale. The club said the money would go towards finishing its new training centre in Bela Roça.
Serrabela president Rui Almeida-Paiva told O Jogo that the club had been following Vilarinho for two years. «When you see him with the ball, you understand why we waited. He is the kind of player people buy a ticket to watch», he said.
The player’s agent, who declined to be named, said two clubs in England had made bigger offers in July, but that Vilarinho had «wanted to play, not to sit on a bench in the cold».
«He is ready. Portugal is the right step before the big leagues», said Jacarandá coach Paulo Tavares-Lins, who handed Vilarinho his first-team debut at 17.
Not everyone at Jacarandá is celebrating. The club has now sold its three best young players in eighteen months, and supporters’ groups have planned a protest outside the stadium before Sunday’s league match.
Vilarinho is expected to fly to Lisbon on Monday for a medical, Serrabela said.
""", [
    # "said goodbye" and "confirmed his signing" report no content
    R("Magrinho", "nickname in quotes", "title"),
    D("I arrived here with one pair of boots and a lot of dreams. I leave as a man, with a family I will carry with me wherever I play. Obrigado, Jacarandá",
      "Matheus Vilarinho", P, "wrote", via=["Instagram"], ph=["multi-sentence", "writing", "pronoun"]),
    I("it had received 9.5 million euros for the player, plus up to 2.5 million in add-ons, and that it had kept 20 per cent of any future sale",
      "Esporte Clube Jacarandá", O, "said", ph=["said-that", "writing"]),
    I("the money would go towards finishing its new training centre in Bela Roça", "Esporte Clube Jacarandá", O, "said",
      ph=["said-that", "nominal"]),
    I("the club had been following Vilarinho for two years", "Rui Almeida-Paiva", P, "told", role="Serrabela president",
      via=["O Jogo"], ph=["told", "said-that", "role-premodifier"]),
    # "he said" after "told O Jogo": only the told-frame names the relay
    D("When you see him with the ball, you understand why we waited. He is the kind of player people buy a ticket to watch",
      "Rui Almeida-Paiva", P, "said", role="Serrabela president", ph=["multi-sentence", "pronoun"]),
    # "who declined to be named" is a relative clause, not part of the phrase
    I("two clubs in England had made bigger offers in July", "the player’s agent", A, "said", ph=["said-that"]),
    M("wanted to play, not to sit on a bench in the cold", "the player’s agent", A, "said", ph=["said-that"]),
    D("He is ready. Portugal is the right step before the big leagues", "Paulo Tavares-Lins", P, "said",
      role="Jacarandá coach", ph=["inversion", "multi-sentence", "role-premodifier"]),
    # "supporters’ groups have planned a protest" reports an act, not speech
    I("Vilarinho is expected to fly to Lisbon on Monday for a medical", "SC Serrabela", O, "said",
      ph=["trailing-attribution", "surname"]),
])

# ---------------------------------------------------------------- UK local radio station's website, curly single quotes + apostrophes: a hospital A&E closure consultation, a trailing "campaigners say", an MP who "told the Commons:", a minister who "replied that" with a fragment and a second that-clause, a trust's chief executive introduced by a colon that ends the paragraph with a two-paragraph quotation (the opening mark repeated, no closing mark at the end of the first), "a spokesperson for NHS …", the petition's founder who "told" the station and "she added"
article("kirkmoor-ae-consultation", """
More than 14,000 people have signed a petition against plans to close the A&E department at Kirkmoor General Hospital, campaigners say.
Under the proposals, which went out to public consultation last month, the emergency department would be replaced by an urgent treatment centre open from 8am to 10pm. The most seriously ill patients would be taken to Ashworth Royal Infirmary, 23 miles away.
Kirkmoor’s MP, Diane Okereke, raised the plans in Parliament on Wednesday. She told the Commons: ‘My constituents aren’t asking for anything special. They’re asking not to die in the back of an ambulance on the Fellgate road.’
Health minister Richard Fenwick-Hale replied that decisions about local services were ‘rightly made by local clinicians’ and that no final decision had been taken.
The chief executive of Calderbrook Hospitals NHS Foundation Trust, Dr Martin Ashcroft-Bell, said:
‘We’ve advertised for consultants in emergency medicine eleven times in three years, and we’ve made two appointments. That isn’t a department anyone can run safely at three o’clock in the morning.
‘Nobody in this trust wants to take services away from Kirkmoor. But I won’t keep a door open if there isn’t a doctor behind it.’
A spokesperson for NHS Calderbrook said no decision would be made until the consultation closed, and that every response would be ‘read and considered’ before the board meets in September.
The petition was started by retired midwife Janet Pilling, 63, whose husband waited four hours for an ambulance after a heart attack last winter.
‘Kirkmoor has 60,000 people and one A&E. Take it away and you’re gambling with lives,’ she told Dalesbeat Radio.
‘We’ve been told it’s about staffing, but it feels like it’s about money. We’re not going away,’ she added.
The consultation closes on 30 June.
""", [
    I("More than 14,000 people have signed a petition against plans to close the A&E department at Kirkmoor General Hospital",
      "campaigners", G, "say", ph=["trailing-attribution"]),
    # "raised the plans in Parliament" reports no content; "told the Commons" names no relay
    D("My constituents aren’t asking for anything special. They’re asking not to die in the back of an ambulance on the Fellgate road.",
      "Diane Okereke", P, "told", role="Kirkmoor’s MP", ph=["multi-sentence", "told", "pronoun", "role-apposition"]),
    M("rightly made by local clinicians", "Richard Fenwick-Hale", P, "replied", role="Health minister",
      ph=["said-that", "role-premodifier"]),
    I("no final decision had been taken", "Richard Fenwick-Hale", P, "replied", role="Health minister",
      ph=["said-that", "role-premodifier"]),
    D("We’ve advertised for consultants in emergency medicine eleven times in three years, and we’ve made two appointments. That isn’t a department anyone can run safely at three o’clock in the morning.\n‘Nobody in this trust wants to take services away from Kirkmoor. But I won’t keep a door open if there isn’t a doctor behind it.",
      "Martin Ashcroft-Bell", P, "said", role="chief executive of Calderbrook Hospitals NHS Foundation Trust",
      ph=["colon-intro", "multi-sentence", "role-apposition"]),
    I("no decision would be made until the consultation closed", "a spokesperson for NHS Calderbrook", A, "said",
      ph=["said-that"]),
    M("read and considered", "a spokesperson for NHS Calderbrook", A, "said", ph=["said-that"]),
    # "she": Janet Pilling, named in the paragraph before; the station's own name is the relay (as "told WLFX")
    D("Kirkmoor has 60,000 people and one A&E. Take it away and you’re gambling with lives,", "Janet Pilling", P,
      "told", via=["Dalesbeat Radio"], ph=["multi-sentence", "told", "pronoun"]),
    D("We’ve been told it’s about staffing, but it feels like it’s about money. We’re not going away,", "Janet Pilling",
      P, "added", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Irish national broadcaster's website on a housing-policy row, curly single quotes + apostrophes: "The Tánaiste" in the lede before her name, the Tánaiste "speaking in the Dáil" with a fragment and a second that-clause, "she told TDs" and her denial in the next paragraphs, an opposition TD (TD after the name) who "accused … of" and "Deputy X said" in a split quote, "a spokesperson for the Department of Housing said" and then "The department said", "According to the Tenancy Registration Board", a charity's chief executive who "told RTÉ's Morning Ireland" and "she said" in the next paragraph, a plan's name in quotes
article("ardcarrig-rent-cap-row", """
The Tánaiste has defended the Government’s decision to lift the cap on rent increases for new tenancies, insisting the change will bring thousands of rental homes back onto the market.
Speaking in the Dáil, Tánaiste Áine Kilbride-Nolan said investors had ‘sat on their hands for two years’ because of the rules, and that the State could not build its way out of the crisis alone.
‘We can have a cap on rents, or we can have rental homes to put a cap on. We cannot keep pretending we can have both,’ she told TDs.
She denied that the measure had been drawn up at the request of investment funds, saying ‘no fund wrote a single line of this policy’.
Opposition housing spokesperson Cathal Brosnan TD accused the Government of ‘handing the rental market to the vulture funds’.
‘Every tenant whose lease ends next year now faces a rent review with no ceiling,’ Deputy Brosnan said. ‘The Tánaiste calls that supply. Renters call it an eviction notice.’
A spokesperson for the Department of Housing said the change would apply only to tenancies that begin after 1 March, and that existing tenants would remain protected by the cap for as long as they stay in their homes.
The department said it expected around 9,000 extra rental homes over the next three years as a result.
According to the Tenancy Registration Board, rents for new tenancies rose by 7.8% nationally in the year to September and by 11.2% in the commuter counties.
The chief executive of the housing charity Foscadh, Niamh Corrigan-Walsh, told RTÉ’s Morning Ireland that the number of families in emergency accommodation had risen for the ninth month in a row.
‘We are meeting families with two incomes who have never been near a homeless service. Taking away the one protection renters had will not help them,’ she said.
The Tánaiste said the change, part of the Government’s ‘Secure Homes 2030’ plan, would be reviewed after 12 months.
""", [
    # "The Tánaiste" in the lede points forward to Áine Kilbride-Nolan; "defended the decision" reports no content
    I("the change will bring thousands of rental homes back onto the market", "Áine Kilbride-Nolan", P, "insisting",
      role="Tánaiste", ph=["participle-cue", "cue-class", "nominal"]),
    # "speaking in the Dáil" and "told TDs" name no relay
    M("sat on their hands for two years", "Áine Kilbride-Nolan", P, "said", role="Tánaiste",
      ph=["said-that", "role-premodifier"]),
    I("the State could not build its way out of the crisis alone", "Áine Kilbride-Nolan", P, "said",
      role="Tánaiste", ph=["said-that", "role-premodifier"]),
    D("We can have a cap on rents, or we can have rental homes to put a cap on. We cannot keep pretending we can have both,",
      "Áine Kilbride-Nolan", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    I("the measure had been drawn up at the request of investment funds", "Áine Kilbride-Nolan", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    M("no fund wrote a single line of this policy", "Áine Kilbride-Nolan", P, "saying",
      ph=["participle-cue", "pronoun"]),
    # TD after the name is no part of it (as SC or KC)
    M("handing the rental market to the vulture funds", "Cathal Brosnan", P, "accused",
      role="Opposition housing spokesperson", ph=["cue-class", "role-premodifier"]),
    # "Deputy": the Dáil title before a surname
    D("Every tenant whose lease ends next year now faces a rent review with no ceiling,", "Cathal Brosnan",
      P, "said", ph=["split-quote", "surname"]),
    D("The Tánaiste calls that supply. Renters call it an eviction notice.", "Cathal Brosnan", P, "said",
      ph=["split-quote", "multi-sentence", "surname"]),
    I("the change would apply only to tenancies that begin after 1 March, and that existing tenants would remain protected by the cap for as long as they stay in their homes",
      "a spokesperson for the Department of Housing", A, "said", ph=["said-that"]),
    # "The department": the Department of Housing, named in the paragraph before
    I("it expected around 9,000 extra rental homes over the next three years as a result",
      "the Department of Housing", O, "said", ph=["said-that", "nominal"]),
    I("rents for new tenancies rose by 7.8% nationally in the year to September and by 11.2% in the commuter counties",
      "the Tenancy Registration Board", O, "according to", ph=["according-to"]),
    # the programme is the nearer relay, the broadcaster that airs it the further one
    I("the number of families in emergency accommodation had risen for the ninth month in a row",
      "Niamh Corrigan-Walsh", P, "told", role="chief executive of the housing charity Foscadh",
      via=["Morning Ireland", "RTÉ"], ph=["told", "said-that", "interview", "role-apposition"]),
    # "she said" in the next paragraph: only the told-frame names the relay
    D("We are meeting families with two incomes who have never been near a homeless service. Taking away the one protection renters had will not help them,",
      "Niamh Corrigan-Walsh", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the change, part of the Government’s ‘Secure Homes 2030’ plan, would be reviewed after 12 months",
      "Áine Kilbride-Nolan", P, "said", role="Tánaiste", ph=["said-that", "nominal"]),
    R("Secure Homes 2030", "name of a government plan", "title"),
])

# ---------------------------------------------------------------- US local newspaper on a school-shooting drill, curly double quotes with a ‘nested’ text message: a trailing "parents said", a parent by full name in an inverted split quote and by first name only a paragraph later, the superintendent "in an emailed statement" with a fragment and a second that-clause and "the statement said", the police chief "at a press conference Tuesday" with a split quote by surname and his denial, a student "who asked that only her first name be used" whose quote is split by "she said,"
article("harlow-ridge-lockdown-drill", """
PELL CREEK — Parents at Harlow Ridge Middle School are demanding changes to the district’s safety drills after an unannounced active-shooter exercise on Monday left dozens of children in tears.
During the drill, a school resource officer walked the hallways trying classroom door handles while students hid in darkened rooms for about 40 minutes. Families were not told in advance, and some teachers did not know it was an exercise, parents said.
“My daughter texted me ‘I love you, Mom’ from under her desk. She thought she was going to die in there,” said Tanya Reddick-Hale, whose 12-year-old is in seventh grade. “Nobody told us it was a drill until almost two hours later.”
Tanya said she had kept her daughter home on Tuesday and had started an online petition calling for an end to unannounced drills.
Superintendent Gregory Albano-Stiles said in an emailed statement Tuesday that the district “deeply regrets the distress this caused” and that parents would be notified at least 48 hours before any future drill.
“The purpose of these exercises is to prepare our students, never to frighten them. We clearly fell short of that on Monday,” the statement said.
At a press conference Tuesday, Police Chief Ramon Esquivel-Tate said the officer had followed a written plan that the department and the district agreed on in August.
“Real emergencies don’t come with a warning,” Esquivel-Tate said. “I’d rather a kid be scared on a Monday morning than unprepared on the worst day of their life.”
He denied that the officer had drawn his weapon at any point during the drill.
Maddie, an eighth-grader who asked that only her first name be used, said her class had crouched behind the teacher’s desk with the lights off.
“We could hear somebody pulling on the door, and our teacher was crying,” she said, “so everybody thought it was real.”
The school board will discuss drill policy on Oct. 14.
""", [
    # "are demanding changes" is a demand, not reported content
    I("Families were not told in advance, and some teachers did not know it was an exercise", "parents", G, "said",
      ph=["trailing-attribution"]),
    # "whose 12-year-old is in seventh grade" is a relative clause, not a role; the text message is nested
    D("My daughter texted me ‘I love you, Mom’ from under her desk. She thought she was going to die in there,",
      "Tanya Reddick-Hale", P, "said", ph=["inversion", "split-quote", "multi-sentence", "nested"]),
    D("Nobody told us it was a drill until almost two hours later.", "Tanya Reddick-Hale", P, "said",
      ph=["split-quote"]),
    # the first name alone on second reference
    I("she had kept her daughter home on Tuesday and had started an online petition calling for an end to unannounced drills",
      "Tanya Reddick-Hale", P, "said", ph=["said-that", "surname"]),
    # an emailed statement names no channel, so via stays empty
    M("deeply regrets the distress this caused", "Gregory Albano-Stiles", P, "said", role="Superintendent",
      ph=["said-that", "writing", "role-premodifier"]),
    I("parents would be notified at least 48 hours before any future drill", "Gregory Albano-Stiles", P, "said",
      role="Superintendent", ph=["said-that", "writing", "role-premodifier"]),
    # "the statement" stands for the superintendent who sent it
    D("The purpose of these exercises is to prepare our students, never to frighten them. We clearly fell short of that on Monday,",
      "Gregory Albano-Stiles", P, "said", ph=["multi-sentence", "nominal", "writing"]),
    I("the officer had followed a written plan that the department and the district agreed on in August",
      "Ramon Esquivel-Tate", P, "said", role="Police Chief", ph=["said-that", "role-premodifier"]),
    D("Real emergencies don’t come with a warning,", "Ramon Esquivel-Tate", P, "said", ph=["split-quote", "surname"]),
    D("I’d rather a kid be scared on a Monday morning than unprepared on the worst day of their life.",
      "Ramon Esquivel-Tate", P, "said", ph=["split-quote", "surname"]),
    I("the officer had drawn his weapon at any point during the drill", "Ramon Esquivel-Tate", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    # a first name only; "who asked that …" is a relative clause, not part of the role
    I("her class had crouched behind the teacher’s desk with the lights off", "Maddie", P, "said",
      role="eighth-grader", ph=["said-that", "role-apposition"]),
    D("We could hear somebody pulling on the door, and our teacher was crying,", "Maddie", P, "said",
      ph=["split-quote", "pronoun"]),
    D("so everybody thought it was real.", "Maddie", P, "said", ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- French outlet's English edition on a farmers' protest, « guillemets » with no-break spaces: a tractor count "according to the prefecture" against the organisers' figure, a national farmers' union introduced in full with its acronym and later named by the acronym alone, its regional president in an inverted split quote, a placard slogan in quotes, the agriculture minister "speaking on France Inter" with "she said" in the next paragraph and "The minister denied", a trailing "a police source said", "The prefecture said", an inverted young farmer
article("haute-lizere-tractor-protest", """
VERNAC – Several hundred farmers drove their tractors into the centre of Vernac on Tuesday and dumped manure and rotting vegetables outside the prefecture, in the latest protest against falling prices and new pesticide rules.
About 430 tractors took part, according to the prefecture, while organisers said more than 700 had made the journey from across Haute-Lizère.
The protest was called by the Fédération nationale des exploitants ruraux (FNER), France’s largest farmers’ union.
« We are not here to break things. We are here because we are being broken », said Benoît Lacaze-Vidal, the FNER’s president in Haute-Lizère, from a trailer at the prefecture gates. « A farmer in this department earns less than the minimum wage for a 70-hour week. »
Many tractors carried placards reading « On vous nourrit, vous nous enterrez » (We feed you, you bury us).
Speaking on France Inter on Tuesday morning, Agriculture Minister Hélène Marcassin-Roux said the government would present « emergency measures for the most indebted farms » before the end of the month.
« I hear their anger, and I share a large part of it. But tipping manure in front of a prefecture will not pay a single invoice », she said.
The minister denied that the new pesticide rules had been drawn up without consulting farmers, saying her officials had met the unions « more than forty times » since January.
Four gendarmes were slightly injured when a burning bale of straw was pushed against the gates, a police source said. The prefecture said two protesters had been taken into custody.
The FNER said it would block the motorway south of Vernac on Friday if the government had not set out its plan by Thursday evening.
« My father farmed this land, and his father before him. I will probably be the one who has to sell it », said Camille Dorgeval, 27, a dairy farmer from Saint-Aulaire-les-Prés.
""", [
    # the prefecture reports its own count: it is the speaker
    I("About 430 tractors took part", "the prefecture", O, "according to", ph=["according-to", "trailing-attribution"]),
    I("more than 700 had made the journey from across Haute-Lizère", "organisers", G, "said", ph=["said-that"]),
    D("We are not here to break things. We are here because we are being broken", "Benoît Lacaze-Vidal", P, "said",
      role="FNER’s president in Haute-Lizère", ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("A farmer in this department earns less than the minimum wage for a 70-hour week.", "Benoît Lacaze-Vidal", P,
      "said", role="FNER’s president in Haute-Lizère", ph=["split-quote"]),
    # the placard's words are nobody's statement in this story
    R("On vous nourrit, vous nous enterrez", "slogan on protesters' placards", "title"),
    M("emergency measures for the most indebted farms", "Hélène Marcassin-Roux", P, "said",
      role="Agriculture Minister", via=["France Inter"], ph=["said-that", "interview", "role-premodifier"]),
    # "she said" in the next paragraph, which names no channel
    D("I hear their anger, and I share a large part of it. But tipping manure in front of a prefecture will not pay a single invoice",
      "Hélène Marcassin-Roux", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the new pesticide rules had been drawn up without consulting farmers", "Hélène Marcassin-Roux", P, "denied",
      role="minister", ph=["denial", "cue-class", "nominal"]),
    # the participle clause carries the quoted fragment, so only the fragment is annotated
    M("more than forty times", "Hélène Marcassin-Roux", P, "saying", role="minister",
      ph=["participle-cue", "nominal"]),
    I("Four gendarmes were slightly injured when a burning bale of straw was pushed against the gates",
      "a police source", A, "said", ph=["trailing-attribution"]),
    I("two protesters had been taken into custody", "the prefecture", O, "said", ph=["said-that"]),
    # the acronym alone names the union introduced in full above
    I("it would block the motorway south of Vernac on Friday if the government had not set out its plan by Thursday evening",
      "the Fédération nationale des exploitants ruraux", O, "said", ph=["said-that", "surname"]),
    # an age is not a role
    D("My father farmed this land, and his father before him. I will probably be the one who has to sell it",
      "Camille Dorgeval", P, "said", role="dairy farmer from Saint-Aulaire-les-Prés",
      ph=["inversion", "multi-sentence", "role-apposition"]),
], nbsp_guillemets=True)

# ---------------------------------------------------------------- wire report on a volcanic eruption in a Pacific country, straight double quotes: a trailing "officials said" after a long lede, the national disaster agency "said in a bulletin" with three figure-heavy that-clauses, "The agency warned that", a volcanologist in an inverted split quote and by surname in the next paragraph, a resident quoted "via a translator", the prime minister "in a televised address" with "he said" in the next paragraph, a trailing "…, Air X said."
article("tauvana-lekaro-eruption", '''
PORT SELUMA, Tauvana — Mount Lekaro on Tauvana's northern island of Ulavai erupted before dawn Saturday, sending a column of ash about 14 kilometers (9 miles) into the sky and forcing more than 11,000 people from their homes, officials said.
The National Disaster Management Office said in a bulletin that 11,460 people from 23 villages had been moved to 41 evacuation centers, that ash up to 30 centimeters (12 inches) deep had fallen within 8 kilometers (5 miles) of the crater, and that two people had been treated in a hospital for burns.
The agency warned that pyroclastic flows could reach the coastal villages of Naviti and Lomasa with little notice and that the exclusion zone, now 10 kilometers (6 miles) around the summit, could be widened.
"This is the biggest eruption at Lekaro since 1953, and it is not over," said Salote Veikune-Marsh, chief volcanologist at the Tauvana Geohazards Division. "The earthquakes we are recording tell us fresh magma is still moving up beneath the summit."
Veikune-Marsh said sulfur dioxide readings had tripled overnight and that a larger explosion in the coming days could not be ruled out.
"The sky went black and stones were falling on the roof like rain. We took the children and left everything else," Mosese Tuilagi-Vaka, a taro farmer from Naviti, said via a translator at an evacuation center in Nakoro Bay.
In a televised address Saturday evening, Prime Minister Iosefa Lautalo declared a state of emergency on Ulavai and said the government had released 4.5 million vala (about $1.9 million) for food, water and shelter.
"No one will be forgotten. Whether your home is still standing or buried in ash, your government is standing with you," he said.
All flights in and out of Port Seluma were suspended until at least Monday because of the ash cloud, Air Tauvana said.
Lekaro, one of about 20 active volcanoes in the archipelago, last erupted in 2011, when ash forced the evacuation of 2,000 people.
''', [
    I("Mount Lekaro on Tauvana's northern island of Ulavai erupted before dawn Saturday, sending a column of ash about 14 kilometers (9 miles) into the sky and forcing more than 11,000 people from their homes",
      "officials", G, "said", ph=["trailing-attribution"]),
    # three that-clauses with no quote marks: one statement; a bulletin names no channel
    I("11,460 people from 23 villages had been moved to 41 evacuation centers, that ash up to 30 centimeters (12 inches) deep had fallen within 8 kilometers (5 miles) of the crater, and that two people had been treated in a hospital for burns",
      "the National Disaster Management Office", O, "said", ph=["said-that", "writing"]),
    # "The agency": the office named in the paragraph before
    I("pyroclastic flows could reach the coastal villages of Naviti and Lomasa with little notice and that the exclusion zone, now 10 kilometers (6 miles) around the summit, could be widened",
      "the National Disaster Management Office", O, "warned", ph=["said-that", "cue-class", "nominal"]),
    D("This is the biggest eruption at Lekaro since 1953, and it is not over,", "Salote Veikune-Marsh", P, "said",
      role="chief volcanologist at the Tauvana Geohazards Division",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("The earthquakes we are recording tell us fresh magma is still moving up beneath the summit.",
      "Salote Veikune-Marsh", P, "said", role="chief volcanologist at the Tauvana Geohazards Division",
      ph=["split-quote"]),
    I("sulfur dioxide readings had tripled overnight and that a larger explosion in the coming days could not be ruled out",
      "Salote Veikune-Marsh", P, "said", ph=["said-that", "surname"]),
    # the translator is a person, not a named channel, so via stays empty
    D("The sky went black and stones were falling on the roof like rain. We took the children and left everything else,",
      "Mosese Tuilagi-Vaka", P, "said", role="taro farmer from Naviti", ph=["multi-sentence", "role-apposition"]),
    # "declared a state of emergency" is an act; a televised address is no named channel
    I("the government had released 4.5 million vala (about $1.9 million) for food, water and shelter",
      "Iosefa Lautalo", P, "said", role="Prime Minister", ph=["said-that", "role-premodifier"]),
    D("No one will be forgotten. Whether your home is still standing or buried in ash, your government is standing with you,",
      "Iosefa Lautalo", P, "said", ph=["multi-sentence", "pronoun"]),
    I("All flights in and out of Port Seluma were suspended until at least Monday because of the ash cloud",
      "Air Tauvana", O, "said", ph=["trailing-attribution"]),
])

# ---------------------------------------------------------------- US tech trade publication on an AI-model launch, curly double quotes: product names in quotes, "The startup says" for a company with no company word, the author's scare quote after "so-called", the chief executive's split quote "said on stage at the company's developer conference", "In a blog post …, X said" with a second that-clause, a researcher who "wrote on X" and "she wrote", an analyst who "said in an interview" with a trailing "he estimated" and his surname in the next paragraph, "telling the audience", a rival's spokesperson's denial with "saying" and a fragment, a trailing "the company said"
article("quillon-cairn-launch", """
Quillon on Tuesday unveiled “Cairn 3,” its most capable AI model yet and a direct pitch to software developers.
The startup says the model can write, test and fix code for hours at a stretch without a human stepping in. Such so-called “long-horizon” work has tripped up earlier coding assistants.
“Cairn 3 is the first model we’ve built that I would trust to work through the night on my own codebase,” chief executive Dana Ferreira-Koh said on stage at the company’s developer conference in Redfield. “It doesn’t just answer questions. It finishes jobs.”
In a blog post, Quillon said Cairn 3 had solved 71.4% of the problems on a widely used coding benchmark, up from 48.9% for its predecessor, and that it would cost developers $4 per million input tokens, a third less than before.
The company also released “Foreman,” a tool that lets a single developer run several copies of the model at once, and renamed its chat app “Quillon Desk.”
Not everyone is convinced. Priya Halloran-Oduya, a machine-learning researcher at Ashgrove University, wrote on X that the benchmark results were “impressive but impossible to check” because Quillon had not released its testing setup. “Show me the harness and I’ll believe the number,” she wrote.
Marcus Delacroix-Webb, an analyst at Tiller & Grove Research, said in an interview that the startup needed Cairn 3 to win over large corporate customers before its cash ran low. Quillon lost about $1.1 billion last year, he estimated.
“They have maybe eighteen months of runway. This launch has to pay for itself,” Delacroix-Webb said.
Ferreira-Koh also took aim at Quillon’s closest rival, Obsidra, telling the audience that other labs were “still promising what we are shipping today.”
An Obsidra spokesperson denied that the company’s next model had been delayed, saying it remained “on track for a summer release.”
Cairn 3 is available to paying customers from Tuesday and will reach Quillon’s free tier next month, the company said.
""", [
    R("Cairn 3,", "name of an AI model", "title"),
    # "The startup": Quillon, a name with no company word
    I("the model can write, test and fix code for hours at a stretch without a human stepping in", "Quillon", O, "says",
      ph=["said-that", "nominal"]),
    R("long-horizon", "scare quote after 'so-called'", "scare-quote"),
    D("Cairn 3 is the first model we’ve built that I would trust to work through the night on my own codebase,",
      "Dana Ferreira-Koh", P, "said", role="chief executive", ph=["split-quote", "role-premodifier"]),
    D("It doesn’t just answer questions. It finishes jobs.", "Dana Ferreira-Koh", P, "said", role="chief executive",
      ph=["split-quote", "multi-sentence"]),
    # the company's own blog is not a named relay, so via stays empty
    I("Cairn 3 had solved 71.4% of the problems on a widely used coding benchmark, up from 48.9% for its predecessor, and that it would cost developers $4 per million input tokens, a third less than before",
      "Quillon", O, "said", ph=["said-that", "writing"]),
    R("Foreman,", "name of a software product", "title"),
    R("Quillon Desk.", "name of a software product", "title"),
    M("impressive but impossible to check", "Priya Halloran-Oduya", P, "wrote",
      role="machine-learning researcher at Ashgrove University", via=["X"],
      ph=["said-that", "writing", "role-apposition"]),
    D("Show me the harness and I’ll believe the number,", "Priya Halloran-Oduya", P, "wrote",
      role="machine-learning researcher at Ashgrove University", via=["X"], ph=["writing", "pronoun"]),
    # an interview with no named outlet: no relay
    I("the startup needed Cairn 3 to win over large corporate customers before its cash ran low",
      "Marcus Delacroix-Webb", P, "said", role="analyst at Tiller & Grove Research",
      ph=["said-that", "interview", "role-apposition"]),
    I("Quillon lost about $1.1 billion last year", "Marcus Delacroix-Webb", P, "estimated",
      role="analyst at Tiller & Grove Research", ph=["trailing-attribution", "pronoun"]),
    D("They have maybe eighteen months of runway. This launch has to pay for itself,", "Marcus Delacroix-Webb", P,
      "said", ph=["multi-sentence", "surname"]),
    # "took aim at" reports no content; "the audience" is no relay
    M("still promising what we are shipping today.", "Dana Ferreira-Koh", P, "telling",
      ph=["told", "participle-cue", "said-that", "surname"]),
    I("the company’s next model had been delayed", "an Obsidra spokesperson", A, "denied", ph=["denial", "cue-class"]),
    M("on track for a summer release.", "an Obsidra spokesperson", A, "saying", ph=["participle-cue"]),
    I("Cairn 3 is available to paying customers from Tuesday and will reach Quillon’s free tier next month",
      "Quillon", O, "said", ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- German outlet's English service on a corruption trial, „low-high“ quotes: "The … public prosecutor's office said in its indictment", the prosecutor who "told the court", the defendant's denial "through his lawyer", a statement read out in court on his behalf by the lawyer, introduced by a colon that ends the paragraph and running over two paragraphs (the opening mark repeated, no closing mark at the end of the first), the presiding judge with "the judge refused" and "she said", the lawyer's fragment after "what he called", a witness who "told investigators" relayed by "Der Spiegel reported … citing the case files"
article("hallenbrueck-mayor-bribery-trial", """
HALLENBRÜCK – The trial of Hallenbrück’s former mayor Rüdiger Krämer on charges of bribery and breach of trust opened at the regional court on Monday, more than two years after investigators searched the town hall.
The Hallenbrück public prosecutor’s office said in its indictment that Krämer, 61, had accepted around 380,000 euros in cash, holidays and building work on his house between 2017 and 2022 from two construction companies that went on to win municipal contracts worth 46 million euros.
„The defendant treated the town’s building budget as a catalogue from which he could order for himself“, prosecutor Dirk Falkenhagen told the court as he read out the charges.
Through his lawyer, Konrad Obermaier-Lenz, Krämer has denied that he ever accepted money in return for a contract.
In a statement read out in court on his behalf by Obermaier-Lenz, Krämer said:
„I made mistakes. I accepted invitations that a mayor should not accept, and I let friends pay for things that I should have paid for myself.
„But I never sold a single decision of this town. Every contract went to the best bid, and every one of them was approved by the council.“
Krämer himself did not speak during the hearing.
Presiding judge Annegret Wolff-Bastian said the court had set aside 24 days for the trial and expected to hear 61 witnesses. When Obermaier-Lenz asked for the proceedings to be suspended over what he called „a campaign of leaks to the press“, the judge refused. „This chamber reads files, not newspapers“, she said.
„I told him twice that these contracts would never survive an audit“, the former head of the town’s building department, Jonas Weidlich-Brand, told investigators in 2022, Der Spiegel reported on Saturday, citing the case files.
The court is expected to deliver its verdict in early March. If convicted, Krämer faces up to ten years in prison.
""", [
    # the indictment stands for the office that wrote it
    I("Krämer, 61, had accepted around 380,000 euros in cash, holidays and building work on his house between 2017 and 2022 from two construction companies that went on to win municipal contracts worth 46 million euros",
      "the Hallenbrück public prosecutor’s office", O, "said", ph=["said-that", "writing"]),
    # "told the court" names no relay
    D("The defendant treated the town’s building budget as a catalogue from which he could order for himself",
      "Dirk Falkenhagen", P, "told", role="prosecutor", ph=["told", "role-premodifier"]),
    # a lawyer is no named channel, so via stays empty
    I("he ever accepted money in return for a contract", "Rüdiger Krämer", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    # the defendant is the author and the speaker of the statement his lawyer read out
    D("I made mistakes. I accepted invitations that a mayor should not accept, and I let friends pay for things that I should have paid for myself.\n„But I never sold a single decision of this town. Every contract went to the best bid, and every one of them was approved by the council.",
      "Rüdiger Krämer", P, "said", ph=["multi-sentence", "colon-intro", "writing", "surname"]),
    I("the court had set aside 24 days for the trial and expected to hear 61 witnesses", "Annegret Wolff-Bastian", P,
      "said", role="Presiding judge", ph=["said-that", "role-premodifier"]),
    # the request to suspend is no statement; the lawyer's label is
    M("a campaign of leaks to the press", "Konrad Obermaier-Lenz", P, "called", ph=["surname"]),
    # "she": the judge, the subject of the clause before
    D("This chamber reads files, not newspapers", "Annegret Wolff-Bastian", P, "said", role="Presiding judge",
      ph=["pronoun"]),
    # investigators are the hearers; the magazine that quotes the case files is the relay
    D("I told him twice that these contracts would never survive an audit", "Jonas Weidlich-Brand", P, "told",
      role="former head of the town’s building department", via=["Der Spiegel"], ph=["told", "role-apposition"]),
])


# ---------------------------------------------------------------- Philippine news website on a Senate rice-price hearing, straight double quotes: Sen./Usec. titles, a senator who "told reporters in an ambush interview" with a quote partly in Filipino and its English translation in [brackets], "The senator" on second reference, an agriculture undersecretary who "told the committee" and his denial after a senator's pressing, "Farmers say", a farmers' group spokesperson who "told Rappler", "the Department of Agriculture said in a statement" with a programme name in quotes
article("lumbang-rice-price-hearing", '''
Sen. Rosalinda Magbanua-Tiongson said on Tuesday that rice traders were hoarding stocks to keep prices high, as the Senate agriculture committee opened its inquiry into the price of the staple, which has hit P68 a kilo in some public markets despite a bumper harvest.
"Hindi na po kaya ng ordinaryong pamilya [The ordinary family can no longer cope]. The harvest was good, the warehouses are full, and still the price goes up. Somebody is making money here, and it is not the farmer," Magbanua-Tiongson told reporters in an ambush interview after the hearing.
The senator, who chairs the committee, said she would ask the panel to subpoena the owners of three warehouses in San Rafael de Lumbang. Inspectors counted more than 40,000 sacks of rice in the three buildings last month.
Agriculture Undersecretary Florencio Dimaculangan told the committee that the department had found no evidence of large-scale hoarding. He said the increase was driven by higher fertilizer and fuel costs and by a weaker peso.
"We are not saying the prices are fair. We are saying we cannot file cases on suspicion alone," Dimaculangan said.
Pressed by Sen. Arnel Cabigting, Usec. Dimaculangan denied that the department had held back buffer stocks in government warehouses to protect importers.
Cabigting later said the explanation was "hard to swallow" for families who spend a third of their income on rice.
Farmers say they have seen none of the increase. Teresita Lumanog, spokesperson of the farmers' group Samahang Magsasaka ng Nueva Alcantara, said the farmgate price of palay had dropped to as low as P16 a kilo in the province.
"The traders buy cheap from us and sell dear in the market. We plant, we harvest, and we still go home in debt," Lumanog told Rappler.
The Department of Agriculture said in a statement that it would open 120 "Bigas Abot-Kaya" stalls selling rice at P45 a kilo starting next week and that it was reviewing the tariff on imported rice.
''', [
    # "Sen." is a title; the paragraph states no role
    I("rice traders were hoarding stocks to keep prices high", "Rosalinda Magbanua-Tiongson", P, "said",
      ph=["said-that"]),
    # the bracketed translation is the outlet's, inside the quote marks, so it is part of the span;
    # an ambush interview names no outlet, so via stays empty
    D("Hindi na po kaya ng ordinaryong pamilya [The ordinary family can no longer cope]. The harvest was good, the warehouses are full, and still the price goes up. Somebody is making money here, and it is not the farmer,",
      "Rosalinda Magbanua-Tiongson", P, "told", ph=["multi-sentence", "told", "surname", "interview"]),
    # "who chairs the committee" is a relative clause, not a role; the count of sacks names no speaker
    I("she would ask the panel to subpoena the owners of three warehouses in San Rafael de Lumbang",
      "Rosalinda Magbanua-Tiongson", P, "said", role="senator", ph=["said-that", "nominal"]),
    # "told the committee" names no relay
    I("the department had found no evidence of large-scale hoarding", "Florencio Dimaculangan", P, "told",
      role="Agriculture Undersecretary", ph=["told", "said-that", "role-premodifier"]),
    I("the increase was driven by higher fertilizer and fuel costs and by a weaker peso", "Florencio Dimaculangan", P,
      "said", role="Agriculture Undersecretary", ph=["said-that", "pronoun"]),
    D("We are not saying the prices are fair. We are saying we cannot file cases on suspicion alone,",
      "Florencio Dimaculangan", P, "said", ph=["multi-sentence", "surname"]),
    # "Usec." is a title, like "Sen."; the senator's pressing is no statement
    I("the department had held back buffer stocks in government warehouses to protect importers",
      "Florencio Dimaculangan", P, "denied", ph=["denial", "cue-class", "surname"]),
    M("hard to swallow", "Arnel Cabigting", P, "said", ph=["said-that", "surname"]),
    I("they have seen none of the increase", "farmers", G, "say", ph=["said-that"]),
    I("the farmgate price of palay had dropped to as low as P16 a kilo in the province", "Teresita Lumanog", P, "said",
      role="spokesperson of the farmers' group Samahang Magsasaka ng Nueva Alcantara",
      ph=["said-that", "role-apposition"]),
    D("The traders buy cheap from us and sell dear in the market. We plant, we harvest, and we still go home in debt,",
      "Teresita Lumanog", P, "told", via=["Rappler"], ph=["multi-sentence", "told", "surname"]),
    # a statement names no channel, so via stays empty; the programme name inside is rejected on its own
    I('it would open 120 "Bigas Abot-Kaya" stalls selling rice at P45 a kilo starting next week and that it was reviewing the tariff on imported rice',
      "the Department of Agriculture", O, "said", ph=["said-that", "writing"]),
    R("Bigas Abot-Kaya", "name of a government rice-stall programme", "title"),
])

# ---------------------------------------------------------------- Scottish daily on a Holyrood row, curly single quotes + apostrophes with a “nested” double: an opposition leader who "accused … of" in the lede and "told MSPs" with a split quote at First Minister's Questions, a report title in quotes and "the report … found" (the report as speaker) and "It said" with a so-called term, the First Minister's split quote "told the chamber" and her denial with an "insisting" fragment, an MSP's post on X with a nested quote, the commission's chairwoman who "told The Scotsman", "A Scottish Government spokesman said"
article("strathmorven-ambulance-fmq", """
Opposition leader Alasdair Grieve accused the First Minister of ‘hiding behind a consultation’ yesterday as a damning report on rural ambulance waits dominated First Minister’s Questions at Holyrood.
The report by the Scottish Rural Health Commission, titled ‘Miles From Help’, found that patients in the Strathmorven health board area waited an average of 94 minutes for an emergency ambulance last winter, more than three times as long as patients in the cities.
It said the Scottish Government’s so-called ‘golden hour’ target had been met in fewer than half of rural calls.
Mr Grieve told MSPs that a pensioner in Kinlochbrae had lain on her kitchen floor with a broken hip for almost six hours. ‘That’s not a statistic, First Minister. That’s somebody’s granny,’ he said. ‘How many more reports does she need before she acts?’
First Minister Catriona Mackellar said the government had accepted all 14 of the commission’s recommendations and would recruit 200 more paramedics for rural stations by next summer.
‘I’m not going to stand here and pretend these figures are acceptable. They’re not,’ she told the chamber. ‘But the member knows fine well you can’t train a paramedic overnight.’
She denied that ministers had sat on the report for two months, insisting it had been published ‘the moment it was ready’.
Strathmorven MSP Fiona Strachan-Reid, whose constituents include the Kinlochbrae family, shared a clip of the exchange on X. ‘The First Minister says “lessons will be learned”. My constituents have heard that one before,’ she wrote.
The commission’s chairwoman, Professor Elspeth Garvie, told The Scotsman that rural crews were ‘running on goodwill and overtime’.
A Scottish Government spokesman said £12 million had been set aside for three new ambulance stations in Strathmorven and Ardnish, and that a rural response plan would be published in the spring.
""", [
    M("hiding behind a consultation", "Alasdair Grieve", P, "accused", role="Opposition leader",
      ph=["cue-class", "role-premodifier"]),
    R("Miles From Help", "title of a report", "title"),
    # "The report … found": the report stands for the commission that wrote it
    I("patients in the Strathmorven health board area waited an average of 94 minutes for an emergency ambulance last winter, more than three times as long as patients in the cities",
      "the Scottish Rural Health Commission", O, "found", ph=["said-that", "writing", "nominal"]),
    # "It": the report, named in the paragraph before
    I("the Scottish Government’s so-called ‘golden hour’ target had been met in fewer than half of rural calls",
      "the Scottish Rural Health Commission", O, "said", ph=["said-that", "writing", "pronoun"]),
    R("golden hour", "scare quote after 'so-called'", "scare-quote"),
    # "told MSPs" names no relay
    I("a pensioner in Kinlochbrae had lain on her kitchen floor with a broken hip for almost six hours",
      "Alasdair Grieve", P, "told", ph=["told", "said-that", "surname"]),
    D("That’s not a statistic, First Minister. That’s somebody’s granny,", "Alasdair Grieve", P, "said",
      ph=["split-quote", "multi-sentence", "pronoun"]),
    D("How many more reports does she need before she acts?", "Alasdair Grieve", P, "said",
      ph=["split-quote", "pronoun"]),
    I("the government had accepted all 14 of the commission’s recommendations and would recruit 200 more paramedics for rural stations by next summer",
      "Catriona Mackellar", P, "said", role="First Minister", ph=["said-that", "role-premodifier"]),
    D("I’m not going to stand here and pretend these figures are acceptable. They’re not,", "Catriona Mackellar", P,
      "told", ph=["split-quote", "multi-sentence", "told", "pronoun"]),
    D("But the member knows fine well you can’t train a paramedic overnight.", "Catriona Mackellar", P, "told",
      ph=["split-quote", "told", "pronoun"]),
    I("ministers had sat on the report for two months", "Catriona Mackellar", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    # the participle clause carries the quoted fragment, so only the fragment is annotated
    M("the moment it was ready", "Catriona Mackellar", P, "insisting", ph=["participle-cue", "cue-class", "pronoun"]),
    # "whose constituents include …" is a relative clause, not a role; the nested words are part of her post
    D("The First Minister says “lessons will be learned”. My constituents have heard that one before,",
      "Fiona Strachan-Reid", P, "wrote", role="Strathmorven MSP", via=["X"],
      ph=["multi-sentence", "nested", "writing", "pronoun", "role-premodifier"]),
    # "Professor" is a title
    M("running on goodwill and overtime", "Elspeth Garvie", P, "told", role="commission’s chairwoman",
      via=["The Scotsman"], ph=["told", "said-that", "role-apposition"]),
    I("£12 million had been set aside for three new ambulance stations in Strathmorven and Ardnish, and that a rural response plan would be published in the spring",
      "a Scottish Government spokesman", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- US courthouse story on a murder verdict, curly double quotes: the jury foreperson who reads the verdicts (no statement of her own), the defendant who "told police", the prosecutor who "told jurors in closing arguments", the judge's split quote at sentencing as "the judge said", the defense attorney who "said outside the courthouse" and his split quote by surname, the victim's mother who "told reporters" and "she said" in the next paragraph
article("dunmore-clerk-murder-verdict", """
MARLOW SPRINGS — A Dunmore County jury on Wednesday convicted Curtis Allen Vane of first-degree murder and armed robbery in the 2022 shooting of a convenience store clerk.
Jurors deliberated for about nine hours over two days. Their foreperson, a retired school librarian, read the verdicts aloud shortly after 3 p.m.: guilty on both counts.
Vane, 31, told police after his arrest that he fired only after the clerk, 22-year-old Dariel Sosa-Whitfield, reached under the counter. No weapon was ever found there.
“He wants you to believe Dariel was reaching for a gun. There was no gun. There was a panic button, and Dariel never got to press it,” Assistant District Attorney Renée Castellano told jurors in closing arguments on Monday.
Because the murder conviction carries a mandatory sentence, Circuit Judge Lorraine Okafor-Bright sentenced Vane immediately to life in prison without the possibility of parole.
“You walked into that store for sixty dollars and a carton of cigarettes, and you walked out having taken a young man’s whole life,” the judge said. “Nothing this court does today can give that back.”
Vane, who did not testify at trial, declined to address the court.
Defense attorney Marcus Tillery-Holt said outside the courthouse that his client would appeal.
“We respect the work this jury did,” Tillery-Holt said. “But they heard only half of what happened in that store, and that is what the appeal will be about.”
Dariel’s mother, Yolanda Sosa, who sat in the front row of the gallery throughout the two-week trial, told reporters she would visit her son’s grave on Friday, which would have been his 25th birthday.
“I am not happy. There is nothing to be happy about,” she said. “But today twelve people said out loud that my son did nothing wrong.”
""", [
    # the foreperson reads out the jury's verdicts: no statement of her own, and a verdict is an act
    I("he fired only after the clerk, 22-year-old Dariel Sosa-Whitfield, reached under the counter",
      "Curtis Allen Vane", P, "told", ph=["told", "said-that", "surname"]),
    # "told jurors" names no relay
    D("He wants you to believe Dariel was reaching for a gun. There was no gun. There was a panic button, and Dariel never got to press it,",
      "Renée Castellano", P, "told", role="Assistant District Attorney",
      ph=["multi-sentence", "told", "role-premodifier"]),
    # "sentenced Vane …" is an act; "the judge": Lorraine Okafor-Bright, named in the paragraph before
    D("You walked into that store for sixty dollars and a carton of cigarettes, and you walked out having taken a young man’s whole life,",
      "Lorraine Okafor-Bright", P, "said", role="judge", ph=["split-quote", "nominal"]),
    D("Nothing this court does today can give that back.", "Lorraine Okafor-Bright", P, "said", role="judge",
      ph=["split-quote", "nominal"]),
    # "declined to address the court" is not a statement
    I("his client would appeal", "Marcus Tillery-Holt", P, "said", role="Defense attorney",
      ph=["said-that", "role-premodifier"]),
    D("We respect the work this jury did,", "Marcus Tillery-Holt", P, "said", ph=["split-quote", "surname"]),
    D("But they heard only half of what happened in that store, and that is what the appeal will be about.",
      "Marcus Tillery-Holt", P, "said", ph=["split-quote", "surname"]),
    # "who sat in the front row …" is a relative clause, not part of the role
    I("she would visit her son’s grave on Friday, which would have been his 25th birthday", "Yolanda Sosa", P, "told",
      role="Dariel’s mother", ph=["told", "said-that", "role-apposition"]),
    # "she" opens the next paragraph, which names no role
    D("I am not happy. There is nothing to be happy about,", "Yolanda Sosa", P, "said",
      ph=["split-quote", "multi-sentence", "pronoun"]),
    D("But today twelve people said out loud that my son did nothing wrong.", "Yolanda Sosa", P, "said",
      ph=["split-quote", "pronoun"]),
])

# ---------------------------------------------------------------- Canadian hockey game story, curly double quotes: the team's statement on an injury with a trailing "…, the team said in a statement", a coach's split quote "said after the game" whose second part runs over two paragraphs (the opening mark repeated, no closing mark at the end of the first), a rookie's nickname in quotes, "he said" a paragraph after his name, a goaltender who "told reporters" a one-word fragment and "he said" in the next paragraph, the other coach who "said after the game that"
article("rivermouth-kestrels-overtime", """
OSTREY FALLS — The Rivermouth Kestrels had not won in Ostrey Falls in almost three years. On Saturday night they did it without their captain.
Théo Langlois-Bram scored twice, including the winner 3:12 into overtime, and Maddox Greer made 38 saves as the Kestrels beat the Ostrey Falls Lumberjacks 4-3 in front of 11,200 fans at Harbourview Centre.
Kestrels captain Owen Petrakis left early in the second period after blocking a slapshot with his right foot. He has a suspected broken bone in the foot and will be re-evaluated in Rivermouth on Monday, the team said in a statement.
“When your captain goes down and you blow a two-goal lead in the third, there are a lot of ways that game gets away from you,” Kestrels coach Darryl Macfarlane said after the game. “We didn’t let it. I told the guys before overtime that nobody in this building expected us to win, so what did we have to lose?
“That’s a character win. Those are the ones you remember in April.”
Langlois-Bram, 20, a rookie from Baie-Sauvage known to his teammates as “Bam-Bam”, said he never saw his overtime winner go in.
“I just shot it and heard the building go quiet,” he said. “Then everybody was on top of me.”
Greer, who faced 17 shots in the third period alone, told reporters his legs were “gone” by the end of regulation.
“You just try to stay big and trust the guys in front of you,” he said.
Lumberjacks coach Sylvie Arsenault-Kerr said after the game that her team had stopped skating once it went up 3-1.
“We played forty good minutes. In this league, forty minutes doesn’t get you anything,” she said.
The Lumberjacks have lost four of their last five games at home. The Kestrels visit Port Ainsley on Tuesday.
""", [
    # "the team": the Rivermouth Kestrels, named in the lede; a statement names no channel
    I("He has a suspected broken bone in the foot and will be re-evaluated in Rivermouth on Monday",
      "the Rivermouth Kestrels", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    D("When your captain goes down and you blow a two-goal lead in the third, there are a lot of ways that game gets away from you,",
      "Darryl Macfarlane", P, "said", role="Kestrels coach", ph=["split-quote", "role-premodifier"]),
    # the reported "I told the guys …" inside his quote is part of it
    D("We didn’t let it. I told the guys before overtime that nobody in this building expected us to win, so what did we have to lose?\n“That’s a character win. Those are the ones you remember in April.",
      "Darryl Macfarlane", P, "said", role="Kestrels coach", ph=["multi-sentence", "split-quote"]),
    R("Bam-Bam", "player's nickname in quotes", "title"),
    # an age is not a role; "known to his teammates as …" is no part of it
    I("he never saw his overtime winner go in", "Théo Langlois-Bram", P, "said", role="rookie from Baie-Sauvage",
      ph=["said-that", "surname", "role-apposition"]),
    D("I just shot it and heard the building go quiet,", "Théo Langlois-Bram", P, "said", ph=["split-quote", "pronoun"]),
    D("Then everybody was on top of me.", "Théo Langlois-Bram", P, "said", ph=["split-quote", "pronoun"]),
    # "told reporters" names no relay; only the quoted fragment is annotated
    M("gone", "Maddox Greer", P, "told", ph=["told", "said-that", "surname"]),
    # "he" opens the next paragraph
    D("You just try to stay big and trust the guys in front of you,", "Maddox Greer", P, "said", ph=["pronoun"]),
    I("her team had stopped skating once it went up 3-1", "Sylvie Arsenault-Kerr", P, "said",
      role="Lumberjacks coach", ph=["said-that", "role-premodifier"]),
    D("We played forty good minutes. In this league, forty minutes doesn’t get you anything,", "Sylvie Arsenault-Kerr",
      P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Australian weather and climate story, straight single quotes + apostrophes: a trailing "…, the Bureau of Meteorology said" and then "the bureau said" in its seasonal summary, a senior meteorologist's split quote, "According to the bureau's data", a climate scientist "who was not involved in the analysis" with "he said" and "He warned that" in the paragraphs after, a farmer by first name only who "told ABC Radio" and "she said", a state minister, the bureau's outlook
article("marrabool-dry-winter", """
Last winter was the driest on record across much of the southern Marrabool Basin, the Bureau of Meteorology said on Thursday.
In its seasonal climate summary, the bureau said daytime temperatures across the basin had averaged 1.9 degrees above normal and that soil moisture was the lowest in more than 50 years of records.
'We haven't just had a dry winter. We've had a dry winter on top of a hot, dry autumn, and that's what's really hurting,' senior meteorologist Naomi Kettering said. 'There's no decent rain in the outlook for at least the next fortnight.'
According to the bureau's data, Wattleby received just 41 millimetres of rain between June and August, its lowest winter total since records began there in 1889.
Dr Rohan Vasquez-Lim, a climate scientist at the University of Kallara who was not involved in the analysis, said the result fitted a long-term decline in cool-season rainfall across the south of the continent.
'One dry winter is weather. Thirty years of drying winters is climate, and that's what we're looking at,' he said.
He warned that farmers should plan for more seasons like this one, not fewer.
Near Merrigang, sheep and wheat farmer Bec, who asked that her surname not be published, told ABC Radio she had sold a third of her ewes and was hand-feeding the rest.
'Every morning I walk out and look at the sky, and every morning it's the same blue. You stop hoping after a while,' she said.
State Agriculture Minister Gemma Treloar said drought support payments would be extended to 14 more shires from next month.
The bureau said there was less than a 30 per cent chance of above-median rainfall across the basin in spring.
""", [
    I("Last winter was the driest on record across much of the southern Marrabool Basin", "the Bureau of Meteorology", O,
      "said", ph=["trailing-attribution"]),
    # "the bureau": the Bureau of Meteorology, named in the lede
    I("daytime temperatures across the basin had averaged 1.9 degrees above normal and that soil moisture was the lowest in more than 50 years of records",
      "the Bureau of Meteorology", O, "said", ph=["said-that", "writing", "nominal"]),
    D("We haven't just had a dry winter. We've had a dry winter on top of a hot, dry autumn, and that's what's really hurting,",
      "Naomi Kettering", P, "said", role="senior meteorologist",
      ph=["split-quote", "multi-sentence", "role-premodifier"]),
    D("There's no decent rain in the outlook for at least the next fortnight.", "Naomi Kettering", P, "said",
      role="senior meteorologist", ph=["split-quote"]),
    # the data stand for the bureau that collects them
    I("Wattleby received just 41 millimetres of rain between June and August, its lowest winter total since records began there in 1889",
      "the Bureau of Meteorology", O, "according to", ph=["according-to", "nominal"]),
    # "who was not involved in the analysis" is a relative clause, not part of the role
    I("the result fitted a long-term decline in cool-season rainfall across the south of the continent",
      "Rohan Vasquez-Lim", P, "said", role="climate scientist at the University of Kallara",
      ph=["said-that", "role-apposition"]),
    D("One dry winter is weather. Thirty years of drying winters is climate, and that's what we're looking at,",
      "Rohan Vasquez-Lim", P, "said", ph=["multi-sentence", "pronoun"]),
    # "He" two paragraphs after the name
    I("farmers should plan for more seasons like this one, not fewer", "Rohan Vasquez-Lim", P, "warned",
      ph=["said-that", "cue-class", "pronoun"]),
    # a first name only; "who asked that …" is a relative clause, not part of the role
    I("she had sold a third of her ewes and was hand-feeding the rest", "Bec", P, "told",
      role="sheep and wheat farmer", via=["ABC Radio"], ph=["told", "said-that", "role-premodifier"]),
    # "she said" in the next paragraph: only the told-frame names the relay
    D("Every morning I walk out and look at the sky, and every morning it's the same blue. You stop hoping after a while,",
      "Bec", P, "said", ph=["multi-sentence", "pronoun"]),
    I("drought support payments would be extended to 14 more shires from next month", "Gemma Treloar", P, "said",
      role="State Agriculture Minister", ph=["said-that", "role-premodifier"]),
    I("there was less than a 30 per cent chance of above-median rainfall across the basin in spring",
      "the Bureau of Meteorology", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- Middle East wire (Reuters) on a ceasefire, straight double quotes: "the military said in a statement" with a fragment and a second that-clause, "according to the health ministry" run by the armed group and "The ministry said", the group's statement on its Telegram channel with a fragment and a denial, a foreign minister at a televised news conference and by surname in the next paragraph, a diplomat "who spoke on condition of anonymity because he was not authorised to brief the media" with a fragment, a returning resident in an inverted split quote ("said X")
article("wadi-marun-ceasefire", '''
RAS HADID, June 9 (Reuters) - A ceasefire between Tarsheh and the armed group Harakat al-Fajr largely held on Sunday, although a deadly shooting near the frontier tested the fragile deal.
The Tarshehi military said in a statement that its troops had fired on "suspects who approached the line" near the village of Beit Halun overnight, and that it remained committed to the truce.
At least three people were killed in the shooting, according to the health ministry in the Wadi Marun enclave, which is run by the group. The ministry said more than 1,900 people had been killed in the enclave since the fighting began in March.
Harakat al-Fajr said in a statement on its Telegram channel that its fighters would "respect the truce for as long as the enemy respects it" and denied that it had fired rockets at the border town of Kfar Seleh on Saturday night.
"The guns are quiet today, and that is not a small thing. But a ceasefire is a promise, and it has to be kept every single day," Saqran's Foreign Minister Tariq Bazzi told a televised news conference in Ras Hadid, where the deal was negotiated.
Bazzi said the first exchange of prisoners, 40 Tarshehi soldiers for 300 detainees held by Tarsheh, would take place on Wednesday at a crossing supervised by Saqrani officers.
A Western diplomat involved in the talks, who spoke on condition of anonymity because he was not authorised to brief the media, said the hardest issue, the withdrawal of Tarshehi troops from the Marun heights, had been "parked, not solved".
"We slept in our own beds last night for the first time in two months," said Huda Karam, 41, a teacher who returned to Beit Halun on Sunday morning with her three children. "The house has no windows, but it still has walls."
The fighting drove more than 200,000 people from the frontier districts.
(Reporting by Leila Haddad-Orr; Editing by Tom Varga-Quinn)
''', [
    # a statement names no channel, so via stays empty; the fragment and the second that-clause are two statements
    M("suspects who approached the line", "the Tarshehi military", O, "said", ph=["said-that", "writing"]),
    I("it remained committed to the truce", "the Tarshehi military", O, "said", ph=["said-that", "writing"]),
    # the ministry reports on its own account; "which is run by the group" is a relative clause
    I("At least three people were killed in the shooting", "the health ministry in the Wadi Marun enclave", O,
      "according to", ph=["according-to", "trailing-attribution"]),
    I("more than 1,900 people had been killed in the enclave since the fighting began in March",
      "the health ministry in the Wadi Marun enclave", O, "said", ph=["said-that", "nominal"]),
    M("respect the truce for as long as the enemy respects it", "Harakat al-Fajr", O, "said", via=["Telegram"],
      ph=["said-that", "writing"]),
    I("it had fired rockets at the border town of Kfar Seleh on Saturday night", "Harakat al-Fajr", O, "denied",
      via=["Telegram"], ph=["denial", "cue-class", "writing"]),
    # a televised news conference names no channel
    D("The guns are quiet today, and that is not a small thing. But a ceasefire is a promise, and it has to be kept every single day,",
      "Tariq Bazzi", P, "told", role="Saqran's Foreign Minister", ph=["multi-sentence", "told", "role-premodifier"]),
    I("the first exchange of prisoners, 40 Tarshehi soldiers for 300 detainees held by Tarsheh, would take place on Wednesday at a crossing supervised by Saqrani officers",
      "Tariq Bazzi", P, "said", ph=["said-that", "surname"]),
    # "who spoke on condition of anonymity …" is a relative clause, not part of the phrase
    M("parked, not solved", "a Western diplomat involved in the talks", A, "said", ph=["said-that"]),
    # an age is not a role; "who returned …" is a relative clause
    D("We slept in our own beds last night for the first time in two months,", "Huda Karam", P, "said", role="teacher",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("The house has no windows, but it still has walls.", "Huda Karam", P, "said", role="teacher",
      ph=["split-quote"]),
])

# ---------------------------------------------------------------- US business cable-news website on a bank's quarterly results, curly double quotes: "The … bank said" for a bank named in the lede, the CEO's split quote "said on a call with analysts" and her surname with figures in reported speech, the CFO who "told analysts that" and "He warned that" with a fragment and "but said" in the next paragraph, an analyst who "told CNBC", "the bank said in a statement" with two that-clauses, a trailing "people familiar with the matter said" and "They asked not to be identified because the discussions are private", a rival that "did not respond to a request for comment"
article("osterfield-bancorp-second-quarter", """
Osterfield Bancorp shares jumped more than 6% on Tuesday after the regional lender reported second-quarter earnings that beat expectations, helped by a rebound in dealmaking fees.
The Harlan Falls-based bank said net income rose to $1.21 billion, or $2.14 a share, from $968 million, or $1.71 a share, a year earlier. Revenue climbed 9% to $6.4 billion.
“Our clients spent the first quarter waiting to see what interest rates would do. In the second quarter, they stopped waiting,” CEO Marguerite Ashby-Lowell said on a call with analysts. “We saw it in merger advice, in bond underwriting and, finally, in loan demand.”
Ashby-Lowell said the bank now expected net interest income to grow 3% to 4% this year, up from a previous forecast of about 2%.
Chief Financial Officer Desmond Achebe-Roth told analysts that Osterfield had set aside $412 million for credit losses in the quarter, most of it tied to office buildings in downtown Harlan Falls.
He warned that office loans would remain “a drag on earnings for several more quarters,” but said the bank had seen no signs of stress among its consumer borrowers.
“This was a clean beat. The fee story is real, and the credit story is better than people feared,” Lorraine Whitcombe-Dunn, a bank analyst at Fenwick Halsey Securities, told CNBC.
The bank said in a statement that it would raise its quarterly dividend to 68 cents a share from 60 cents and that it had resumed buying back its own stock in June.
Osterfield has also held early talks about buying Carrow Valley Financial, a smaller rival with about $30 billion in assets, people familiar with the matter said. They asked not to be identified because the discussions are private.
Asked about a possible deal on the call, Ashby-Lowell said only that the bank was “always looking at ways to get bigger where we’re already strong.” Carrow Valley did not respond to a request for comment.
""", [
    # "The Harlan Falls-based bank": Osterfield Bancorp, named in the lede; the revenue sentence after it has no attribution
    I("net income rose to $1.21 billion, or $2.14 a share, from $968 million, or $1.71 a share, a year earlier",
      "Osterfield Bancorp", O, "said", ph=["said-that", "nominal"]),
    # a call with analysts names no relay
    D("Our clients spent the first quarter waiting to see what interest rates would do. In the second quarter, they stopped waiting,",
      "Marguerite Ashby-Lowell", P, "said", role="CEO", ph=["split-quote", "multi-sentence", "role-premodifier"]),
    D("We saw it in merger advice, in bond underwriting and, finally, in loan demand.",
      "Marguerite Ashby-Lowell", P, "said", role="CEO", ph=["split-quote"]),
    I("the bank now expected net interest income to grow 3% to 4% this year, up from a previous forecast of about 2%",
      "Marguerite Ashby-Lowell", P, "said", ph=["said-that", "surname"]),
    # "told analysts" names no relay
    I("Osterfield had set aside $412 million for credit losses in the quarter, most of it tied to office buildings in downtown Harlan Falls",
      "Desmond Achebe-Roth", P, "told", role="Chief Financial Officer", ph=["told", "said-that", "role-premodifier"]),
    # "He" opens the next paragraph; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("a drag on earnings for several more quarters,", "Desmond Achebe-Roth", P, "warned",
      ph=["said-that", "cue-class", "pronoun"]),
    I("the bank had seen no signs of stress among its consumer borrowers", "Desmond Achebe-Roth", P, "said",
      ph=["said-that", "pronoun"]),
    D("This was a clean beat. The fee story is real, and the credit story is better than people feared,",
      "Lorraine Whitcombe-Dunn", P, "told", role="bank analyst at Fenwick Halsey Securities", via=["CNBC"],
      ph=["multi-sentence", "told", "role-apposition"]),
    # two that-clauses with no quote marks: one statement; a statement names no channel
    I("it would raise its quarterly dividend to 68 cents a share from 60 cents and that it had resumed buying back its own stock in June",
      "Osterfield Bancorp", O, "said", ph=["said-that", "writing", "nominal"]),
    # "They asked not to be identified …" gives the reason for anonymity, not a statement
    I("Osterfield has also held early talks about buying Carrow Valley Financial, a smaller rival with about $30 billion in assets",
      "people familiar with the matter", A, "said", ph=["trailing-attribution"]),
    # the question on the call is not a statement; "did not respond" is none either
    M("always looking at ways to get bigger where we’re already strong.", "Marguerite Ashby-Lowell", P, "said",
      ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- Japanese English-language daily on an earthquake-safety review, straight double quotes, names in Japanese order (family name first) with no honorifics: a trailing "…, Chief Cabinet Secretary X told a regular press conference" in the lede, the family name alone on later mentions, "Asked whether …, he said it was" with a fragment, "according to NHK" (the broadcaster as speaker), a utility's spokesperson with a fragment and a second that-clause and "The company also said", a seismologist with a fragment and "he said" in the next paragraph, "residents said", an inverted fishmonger by family name in the next paragraph, a trailing "the agency said"
article("shimotsuge-fault-safety-review", '''
The government will order a fresh review of earthquake resistance at all nuclear power plants near the Shimotsuge fault zone, Chief Cabinet Secretary Oshiro Kenta told a regular press conference Monday, after a magnitude-6.4 quake last month rattled towns along the Sagaroku coast.
"We must not assume that the standards of 20 years ago are good enough for the earthquakes of tomorrow. The trust of the public depends on it," Oshiro said.
Asked whether the review would delay plans to restart idle reactors in the region, he said it was "too early to say."
Under the review, the Nuclear Safety Oversight Agency will ask the operators of seven reactors at three plants to recalculate the strongest ground motion their facilities must be able to withstand, according to NHK.
Mizuno Reiko, a spokesperson for Higashi-Kaido Electric Power Co., which operates the Torinoura plant, said the utility would "cooperate fully" with the review and that its two reactors there, both offline since 2019, posed no danger to local residents.
The company also said it had finished raising the plant's seawall to 22 meters in March.
Nakagawa Shinji, a professor of seismology at Ryokuzan University, said the northern part of the fault had been "seriously underestimated" for decades.
"The old surveys treated the fault as three short pieces. The data we have now tell us it can break in one piece, and that means a much bigger quake," he said.
In Hamasaki, a fishing town about 9 kilometers from the Torinoura plant, residents said the review was welcome but long overdue.
"When the ground shook last month, the first thing I thought about was the plant, not my own house," said Kudo Michiko, 67, a fishmonger.
Kudo said she and her neighbors had never been told which way to evacuate if the coastal road and the railway were both cut.
The review is expected to be completed by the end of March, the agency said.
''', [
    # a regular press conference names no relay; the quake after the attribution is the paper's own context
    I("The government will order a fresh review of earthquake resistance at all nuclear power plants near the Shimotsuge fault zone",
      "Oshiro Kenta", P, "told", role="Chief Cabinet Secretary",
      ph=["trailing-attribution", "told", "role-premodifier"]),
    # "Oshiro": the family name, which comes first in his name
    D("We must not assume that the standards of 20 years ago are good enough for the earthquakes of tomorrow. The trust of the public depends on it,",
      "Oshiro Kenta", P, "said", ph=["multi-sentence", "surname"]),
    # the reporter's question ("whether the review would delay …") is not a statement
    M("too early to say.", "Oshiro Kenta", P, "said", ph=["said-that", "pronoun"]),
    # the broadcaster reports on its own account, so it is the speaker, not a relay
    I("Under the review, the Nuclear Safety Oversight Agency will ask the operators of seven reactors at three plants to recalculate the strongest ground motion their facilities must be able to withstand",
      "NHK", O, "according to", ph=["according-to", "trailing-attribution"]),
    # "which operates the Torinoura plant" is a relative clause, not part of the role
    M("cooperate fully", "Mizuno Reiko", P, "said", role="spokesperson for Higashi-Kaido Electric Power Co.",
      ph=["said-that", "role-apposition"]),
    I("its two reactors there, both offline since 2019, posed no danger to local residents", "Mizuno Reiko", P,
      "said", role="spokesperson for Higashi-Kaido Electric Power Co.", ph=["said-that", "role-apposition"]),
    # "The company": the utility named in the paragraph before
    I("it had finished raising the plant's seawall to 22 meters in March", "Higashi-Kaido Electric Power Co.", O,
      "said", ph=["said-that", "nominal"]),
    M("seriously underestimated", "Nakagawa Shinji", P, "said", role="professor of seismology at Ryokuzan University",
      ph=["said-that", "role-apposition"]),
    # "he" opens the next paragraph
    D("The old surveys treated the fault as three short pieces. The data we have now tell us it can break in one piece, and that means a much bigger quake,",
      "Nakagawa Shinji", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the review was welcome but long overdue", "residents", G, "said", ph=["said-that"]),
    # an age is not a role
    D("When the ground shook last month, the first thing I thought about was the plant, not my own house,",
      "Kudo Michiko", P, "said", role="fishmonger", ph=["inversion", "role-apposition"]),
    I("she and her neighbors had never been told which way to evacuate if the coastal road and the railway were both cut",
      "Kudo Michiko", P, "said", ph=["said-that", "surname"]),
    # "the agency": the Nuclear Safety Oversight Agency, named above
    I("The review is expected to be completed by the end of March", "the Nuclear Safety Oversight Agency", O, "said",
      ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- British tabloid showbiz story, curly single quotes + apostrophes: a nickname in quotes, a celebrity's Instagram post quoted with "she wrote" a paragraph after her name, a trailing "…, a source told The Daily Clarion" and "the source added", a spokesperson's statement after "said:" and "The rep also denied", a friend "who did not wish to be named", an ex on X "writing:", a mother's comment under the post, exclamation-heavy quotes
article("kayleigh-brandish-engagement", """
REALITY star Kayleigh Brandish has sent fans wild by flashing a whopping diamond ring on Instagram – just TEN WEEKS after her split from footballer Jordan Mace!
The 28-year-old, dubbed ‘the Queen of Loveport’ since she won the dating show in 2021, shared a snap of her left hand on a beach in Portavella on Sunday night.
‘He asked, I said YES!!! Best day of my LIFE! Can’t stop crying!’ she wrote.
The lucky man is her personal trainer Ross Delaney, 33, who she has been secretly dating since the spring, a source told The Daily Clarion.
‘They’re totally loved up! Ross has been her rock through all the drama with Jordan, and now she’s finally found the one!’ the source added.
But a spokesperson for the star said: ‘Kayleigh and Ross got together in June, long after her relationship with Jordan had ended. Any suggestion that she was unfaithful is completely untrue.’
The rep also denied that the couple had already set a wedding date.
A friend of the couple, who did not wish to be named, said: ‘Honestly, nobody saw this coming! Ross is a total sweetheart, but they’ve been together five minutes!’
Jordan, 30, who plays for Harwick Rovers, appeared to take a swipe at his ex on X, writing: ‘Some people move on fast. Good luck to the lad – he’ll need it!’
Kayleigh’s mum Tina couldn’t hide her delight, commenting under the post: ‘My baby girl!!! So proud of you, darling xx’
Ross has not commented publicly, but fans were quick to flood his own Instagram page with congratulations.
Kayleigh and Jordan split in April after two years together.
""", [
    R("the Queen of Loveport", "nickname in quotes", "title"),
    # "she": the 28-year-old of the paragraph before; the post is on Instagram, named in the lede
    D("He asked, I said YES!!! Best day of my LIFE! Can’t stop crying!", "Kayleigh Brandish", P, "wrote",
      via=["Instagram"], ph=["multi-sentence", "writing", "pronoun"]),
    I("The lucky man is her personal trainer Ross Delaney, 33, who she has been secretly dating since the spring",
      "a source", A, "told", via=["The Daily Clarion"], ph=["trailing-attribution", "told"]),
    D("They’re totally loved up! Ross has been her rock through all the drama with Jordan, and now she’s finally found the one!",
      "a source", A, "added", ph=["multi-sentence", "nominal"]),
    D("Kayleigh and Ross got together in June, long after her relationship with Jordan had ended. Any suggestion that she was unfaithful is completely untrue.",
      "a spokesperson for the star", A, "said", ph=["multi-sentence"]),
    # "The rep": the spokesperson of the paragraph before
    I("the couple had already set a wedding date", "a spokesperson for the star", A, "denied",
      ph=["denial", "cue-class", "nominal"]),
    # "who did not wish to be named" is a relative clause, not part of the phrase
    D("Honestly, nobody saw this coming! Ross is a total sweetheart, but they’ve been together five minutes!",
      "a friend of the couple", A, "said", ph=["multi-sentence"]),
    # "appeared to take a swipe" reports no content; "Jordan": his first name on a later mention
    D("Some people move on fast. Good luck to the lad – he’ll need it!", "Jordan Mace", P, "writing", via=["X"],
      ph=["multi-sentence", "participle-cue", "writing", "surname"]),
    # her comment sits under the Instagram post
    D("My baby girl!!! So proud of you, darling xx", "Tina", P, "commenting", role="Kayleigh’s mum",
      via=["Instagram"], ph=["multi-sentence", "participle-cue", "writing", "role-premodifier"]),
])

# ---------------------------------------------------------------- Nigerian-style business daily on a fuel subsidy, curly double quotes: "The Federal Government has insisted that", a minister with Dr. (Mrs.) who "said while addressing journalists in Kuranji … that" and "the minister said", "She added that", a union's National President with "Comrade" and "He alleged that" and "accused … of", the union's statement by its acronym "said … The statement reads in part:" with the quotation in the next paragraph, a trader at a filling station who "told our correspondent", a think tank's report that "found" and "The report, titled …, said", its executive director inverted
article("kuranji-fuel-subsidy-row", """
The Federal Government has insisted that it will not return to the petrol subsidy regime, despite pump prices hitting N1,240 per litre in some states.
The Minister of Petroleum Resources, Dr. (Mrs.) Ifeoluwa Banjoko-Adeyemi, said while addressing journalists in Kuranji on Tuesday that the subsidy had cost the treasury N4.8 trillion in its final year alone.
“We cannot go back. The subsidy regime was a pipeline through which a few smart people drained the commonwealth of millions of ordinary citizens,” the minister said.
She added that N750 billion in palliatives would reach 3.2 million households by the end of the quarter.
But the National President of the United Congress of Labour (UCL), Comrade Yusuf Abdulkadir-Ogene, said workers had been left to carry the burden alone.
He alleged that depot owners were hoarding products, and accused the regulator of “looking the other way”.
The UCL, in a statement issued on Wednesday, said its members would begin a nationwide strike if the pump price was not reviewed within 14 days. The statement reads in part:
“Our members now spend more than half of their wages on transport. Government cannot keep asking workers to make sacrifices while the political class lives in luxury. Enough is enough.”
At a filling station on Ogbete Road, Kuranji, a foodstuff trader, Mrs. Bisola Adekunle-Ojo, told our correspondent that she now spends N15,000 a week on petrol, up from N5,000 a year ago.
“How will we survive? I have to add the cost to my prices. Everybody is suffering!” she said.
A report released on Monday by the Centre for Fiscal Accountability and Development (CFAD), a Kuranji-based think tank, found that the subsidy removal had pushed 4.1 million people below the poverty line. The report, titled “Pump Price and the Poor”, said the palliatives had reached fewer than one in five eligible households.
“The savings from subsidy removal are real, but so is the hunger,” said the centre’s executive director, Dr. Amaka Nwosu-Eze.
""", [
    # the government as a whole speaks; "despite …" is the paper's own context
    I("it will not return to the petrol subsidy regime", "the Federal Government", O, "insisted",
      ph=["said-that", "cue-class"]),
    # "Dr. (Mrs.)" are titles; "while addressing journalists" names no relay
    I("the subsidy had cost the treasury N4.8 trillion in its final year alone",
      "Ifeoluwa Banjoko-Adeyemi", P, "said", role="Minister of Petroleum Resources",
      ph=["said-that", "role-apposition"]),
    # "the minister": Dr. Banjoko-Adeyemi, named in the paragraph before
    D("We cannot go back. The subsidy regime was a pipeline through which a few smart people drained the commonwealth of millions of ordinary citizens,",
      "Ifeoluwa Banjoko-Adeyemi", P, "said", role="minister", ph=["multi-sentence", "nominal"]),
    I("N750 billion in palliatives would reach 3.2 million households by the end of the quarter",
      "Ifeoluwa Banjoko-Adeyemi", P, "added", ph=["said-that", "pronoun"]),
    # "Comrade" is a title
    I("workers had been left to carry the burden alone", "Yusuf Abdulkadir-Ogene", P, "said",
      role="National President of the United Congress of Labour (UCL)", ph=["said-that", "role-apposition"]),
    I("depot owners were hoarding products", "Yusuf Abdulkadir-Ogene", P, "alleged",
      ph=["said-that", "cue-class", "pronoun"]),
    M("looking the other way", "Yusuf Abdulkadir-Ogene", P, "accused", ph=["cue-class", "pronoun"]),
    # the acronym alone names the union introduced in full above; a statement names no channel
    I("its members would begin a nationwide strike if the pump price was not reviewed within 14 days",
      "the United Congress of Labour", O, "said", ph=["said-that", "writing", "surname"]),
    # "The statement reads in part:": the statement stands for the union that issued it
    D("Our members now spend more than half of their wages on transport. Government cannot keep asking workers to make sacrifices while the political class lives in luxury. Enough is enough.",
      "the United Congress of Labour", O, "reads", ph=["multi-sentence", "colon-intro", "writing", "nominal"]),
    # "Mrs." is a title
    I("she now spends N15,000 a week on petrol, up from N5,000 a year ago", "Bisola Adekunle-Ojo", P, "told",
      role="foodstuff trader", ph=["told", "said-that", "role-apposition"]),
    D("How will we survive? I have to add the cost to my prices. Everybody is suffering!",
      "Bisola Adekunle-Ojo", P, "said", ph=["multi-sentence", "pronoun"]),
    # the report stands for the think tank that wrote it
    I("the subsidy removal had pushed 4.1 million people below the poverty line",
      "the Centre for Fiscal Accountability and Development", O, "found", ph=["said-that", "writing", "nominal"]),
    R("Pump Price and the Poor", "title of a report", "title"),
    I("the palliatives had reached fewer than one in five eligible households",
      "the Centre for Fiscal Accountability and Development", O, "said", ph=["said-that", "writing", "nominal"]),
    D("The savings from subsidy removal are real, but so is the hunger,", "Amaka Nwosu-Eze", P, "said",
      role="centre’s executive director", ph=["inversion", "role-apposition"]),
])

# ---------------------------------------------------------------- European wire (Reuters) on a dock strike, straight double quotes: a trailing "union officials said" after a long lede, the union leader's inverted split quote ("said X") with several sentences on each side, the port authority "said in an emailed statement" with two that-clauses and "It said" with a fragment in the next paragraph, the transport minister who "told parliament" and "he told lawmakers" in the next paragraph, a shipping company's spokesman quoted by Bloomberg ("Bloomberg quoted … as saying"), a trailing "the … Chamber of Commerce estimated", the union leader by surname
article("rosthaven-dock-strike", '''
ROSTHAVEN, Sept 12 (Reuters) - Dockworkers at the port of Rosthaven walked off the job on Thursday at the start of a 72-hour strike over plans to automate two container terminals, leaving dozens of ships stranded outside one of northern Europe's busiest ports, union officials said.
"We did not want this strike. But when a company tells you that half of you will be replaced by machines within five years, you do not sit at home and wait for the letter," said Jorunn Vestergaard-Lind, chair of the Rosthaven Port Workers' Federation. "Our members will not be the price of someone else's efficiency. We are ready to stay out for as long as it takes."
The Port of Rosthaven Authority said in an emailed statement that 31 vessels were waiting at anchor on Thursday afternoon and that container handling had fallen to about a tenth of normal levels.
It said the automation plan, which would bring driverless cranes and trucks to two of the port's four terminals by 2029, had been "discussed with employee representatives at every stage".
Transport Minister Henrik Aaltonen-Strand told parliament the government would not intervene in the dispute while mediation was still possible.
"A port that does not work is a cost to every family in this country. I expect both sides to be back at the table by Monday," he told lawmakers.
Bloomberg quoted a spokesman for Nordavant Line, the largest container carrier calling at Rosthaven, as saying the company had begun diverting some vessels to the port of Kessel, about 300 km (190 miles) to the south.
The strike is costing the regional economy about 9 million euros ($10 million) a day, the Rosthaven Chamber of Commerce estimated.
Vestergaard-Lind said the federation's members would vote on Sunday on whether to extend the stoppage beyond Saturday night.
(Reporting by Anders Hovland-Roe; Editing by Clare Whitmarsh)
''', [
    I("Dockworkers at the port of Rosthaven walked off the job on Thursday at the start of a 72-hour strike over plans to automate two container terminals, leaving dozens of ships stranded outside one of northern Europe's busiest ports",
      "union officials", G, "said", ph=["trailing-attribution"]),
    D("We did not want this strike. But when a company tells you that half of you will be replaced by machines within five years, you do not sit at home and wait for the letter,",
      "Jorunn Vestergaard-Lind", P, "said", role="chair of the Rosthaven Port Workers' Federation",
      ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("Our members will not be the price of someone else's efficiency. We are ready to stay out for as long as it takes.",
      "Jorunn Vestergaard-Lind", P, "said", role="chair of the Rosthaven Port Workers' Federation",
      ph=["split-quote", "multi-sentence"]),
    # two that-clauses with no quote marks: one statement; an emailed statement names no channel
    I("31 vessels were waiting at anchor on Thursday afternoon and that container handling had fallen to about a tenth of normal levels",
      "the Port of Rosthaven Authority", O, "said", ph=["said-that", "writing"]),
    # "It": the authority of the paragraph before; the that-clause carries the quoted fragment
    M("discussed with employee representatives at every stage", "the Port of Rosthaven Authority", O, "said",
      ph=["said-that", "pronoun"]),
    # "told parliament" names no relay
    I("the government would not intervene in the dispute while mediation was still possible", "Henrik Aaltonen-Strand",
      P, "told", role="Transport Minister", ph=["told", "said-that", "role-premodifier"]),
    # "he" opens the next paragraph; "lawmakers" are the hearers, not a relay
    D("A port that does not work is a cost to every family in this country. I expect both sides to be back at the table by Monday,",
      "Henrik Aaltonen-Strand", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    # the agency that quotes the spokesman is the relay; "the largest container carrier …" describes the company
    I("the company had begun diverting some vessels to the port of Kessel, about 300 km (190 miles) to the south",
      "a spokesman for Nordavant Line", A, "quoted ... as saying", via=["Bloomberg"],
      ph=["quoted-as-saying", "said-that"]),
    I("The strike is costing the regional economy about 9 million euros ($10 million) a day",
      "the Rosthaven Chamber of Commerce", O, "estimated", ph=["trailing-attribution"]),
    I("the federation's members would vote on Sunday on whether to extend the stoppage beyond Saturday night",
      "Jorunn Vestergaard-Lind", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- US political newsletter (Politico/Axios style), curly double quotes, short paragraphs opened by plain signposts ("Why it matters:", "Driving the news:"): a trailing "according to a senior … aide granted anonymity to discuss private conversations" and "The aide said" with a fragment and a second that-clause, a governor's post on X quoted with "wrote on X", a campaign spokesperson who "said in a text message", the senator's split quote "told reporters on Capitol Hill", the writer's scare-quoted buzzword, a poll that "found" and the pollster inverted, a trailing "the aide said"
article("hollenbeck-governor-bid", """
Sen. Marcy Hollenbeck is preparing to run for governor next year, according to a senior Hollenbeck aide granted anonymity to discuss private conversations.
Why it matters: A Hollenbeck bid would set up a bruising Democratic primary against Lt. Gov. Dana Okerlund, the outgoing governor’s hand-picked successor.
Driving the news: Gov. Lyle Brannock made his choice clear on Tuesday night.
“Dana Okerlund has the experience, the record and the grit to lead this state. She has my full support, and I hope every Democrat lines up behind her,” Brannock wrote on X.
The aide said Hollenbeck was “not asking anyone’s permission” and that she had already lined up a campaign manager and a pollster.
What they’re saying: The Okerlund campaign brushed off the news.
“The lieutenant governor is focused on the job voters gave her. If the senator wants a primary, she knows where to find us,” Okerlund campaign spokesperson Teo Marchetti-Vance said in a text message.
Hollenbeck herself played coy. “I’m focused on the farm bill,” she told reporters on Capitol Hill on Wednesday. “Ask me again in September.”
The big picture: Both camps are fighting over who owns “affordability,” the buzzword of the cycle.
Okerlund has rolled out a state-run insulin plan. Hollenbeck has a bill in the Senate that would cap rent increases near military bases.
By the numbers: A Lakeshore Research poll released on Monday found that Okerlund led Hollenbeck 41% to 36% among likely primary voters, with 23% undecided.
“That’s a five-point race with a quarter of the electorate still shopping. Anyone who tells you this is settled hasn’t read the crosstabs,” said Priya Castellanos-Webb, Lakeshore’s director of polling.
What’s next: Hollenbeck will make a final decision after the August recess, the aide said.
""", [
    # "Sen." is a title; "granted anonymity to discuss …" is no part of the phrase
    I("Sen. Marcy Hollenbeck is preparing to run for governor next year", "a senior Hollenbeck aide", A, "according to",
      ph=["according-to", "trailing-attribution"]),
    # "Gov." is a title; "made his choice clear" reports no content
    D("Dana Okerlund has the experience, the record and the grit to lead this state. She has my full support, and I hope every Democrat lines up behind her,",
      "Lyle Brannock", P, "wrote", via=["X"], ph=["multi-sentence", "writing", "surname"]),
    # "The aide": the senior aide of the lede; the fragment and the second that-clause are two statements
    M("not asking anyone’s permission", "a senior Hollenbeck aide", A, "said", ph=["said-that", "nominal"]),
    I("she had already lined up a campaign manager and a pollster", "a senior Hollenbeck aide", A, "said",
      ph=["said-that", "nominal"]),
    # "brushed off the news" reports no content; a text message names no channel
    D("The lieutenant governor is focused on the job voters gave her. If the senator wants a primary, she knows where to find us,",
      "Teo Marchetti-Vance", P, "said", role="Okerlund campaign spokesperson",
      ph=["multi-sentence", "writing", "role-premodifier"]),
    # "told reporters on Capitol Hill" names no relay
    D("I’m focused on the farm bill,", "Marcy Hollenbeck", P, "told", ph=["split-quote", "told", "pronoun"]),
    D("Ask me again in September.", "Marcy Hollenbeck", P, "told", ph=["split-quote", "told", "pronoun"]),
    R("affordability,", "the writer's scare quote around a campaign buzzword", "scare-quote"),
    # the poll stands for the firm that ran it
    I("Okerlund led Hollenbeck 41% to 36% among likely primary voters, with 23% undecided", "Lakeshore Research", O,
      "found", ph=["said-that", "writing", "nominal"]),
    D("That’s a five-point race with a quarter of the electorate still shopping. Anyone who tells you this is settled hasn’t read the crosstabs,",
      "Priya Castellanos-Webb", P, "said", role="Lakeshore’s director of polling",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    I("Hollenbeck will make a final decision after the August recess", "a senior Hollenbeck aide", A, "said",
      ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- Indian English national daily on a state assembly election result, straight double quotes: Shri/Smt. honorifics, a chief minister who "told reporters at the party headquarters here" and "Shri X said" with seats in reported speech, "He said" with a seat count, the Leader of the Opposition's tweet "on X" with "she wrote" and an allegation "In a second post", "Party sources said" with two that-clauses, a Returning Officer with a victory margin, a defeated candidate who "told The Hindu" and "he said"
article("kesaripur-assembly-result", '''
AMRAPURI: The ruling Navyug Janata Party (NJP) returned to power in Kesaripur on Sunday, winning 71 of the 118 seats in the State Assembly, while the Pragatisheel Lok Manch (PLM) was reduced to 38 from 52.
"The people of Kesaripur have voted for development and rejected the politics of caste. This mandate belongs to every farmer, every mother and every young person who wants a job in his own State," Chief Minister Shri Devendra Nath Sahu told reporters at the party headquarters here.
Shri Sahu said his new Cabinet would be sworn in on Wednesday and that its first meeting would approve the promised waiver of farm loans of up to Rs 2 lakh.
He said the NJP had won 19 of the 24 seats in the tribal belt of Bhimgarh division, where the party had drawn a blank five years ago.
Leader of the Opposition Smt. Anuradha Kshirsagar accepted the verdict in a tweet on X. "We bow to the mandate of the people. But the NJP should remember that 54 per cent of Kesaripur did not vote for it," she wrote.
In a second post, Smt. Kshirsagar alleged that cash and liquor had been distributed openly in at least 11 constituencies.
Party sources said the NJP legislature party would meet on Tuesday to re-elect Shri Sahu as its leader, and that at least six new faces were likely to be inducted into the Cabinet.
The closest contest was in Ramtirth, where counting was halted twice after the PLM demanded a recount of postal ballots. Returning Officer Shri K.V. Lakshmanan said the recount had been carried out in the presence of agents of both candidates and that State NJP president Shri Mahesh Prasad Dubey had won by 312 votes.
The defeated PLM candidate, Shri Irfan Ali Qureshi, told The Hindu that he would challenge the result in the High Court. "The recount was done behind closed doors. We will get justice," he said.
''', [
    # "Shri" is an honorific; "told reporters at the party headquarters" names no relay
    D("The people of Kesaripur have voted for development and rejected the politics of caste. This mandate belongs to every farmer, every mother and every young person who wants a job in his own State,",
      "Devendra Nath Sahu", P, "told", role="Chief Minister", ph=["multi-sentence", "told", "role-premodifier"]),
    # two that-clauses with no quote marks: one statement
    I("his new Cabinet would be sworn in on Wednesday and that its first meeting would approve the promised waiver of farm loans of up to Rs 2 lakh",
      "Devendra Nath Sahu", P, "said", ph=["said-that", "surname"]),
    # "He" opens the next paragraph; the seat count and the relative clause are inside what he said
    I("the NJP had won 19 of the 24 seats in the tribal belt of Bhimgarh division, where the party had drawn a blank five years ago",
      "Devendra Nath Sahu", P, "said", ph=["said-that", "pronoun"]),
    # "accepted the verdict" reports no content; "Smt." is an honorific
    D("We bow to the mandate of the people. But the NJP should remember that 54 per cent of Kesaripur did not vote for it,",
      "Anuradha Kshirsagar", P, "wrote", role="Leader of the Opposition", via=["X"],
      ph=["multi-sentence", "writing", "pronoun"]),
    # "a second post": on X, named in the paragraph before
    I("cash and liquor had been distributed openly in at least 11 constituencies", "Anuradha Kshirsagar", P, "alleged",
      via=["X"], ph=["said-that", "cue-class", "writing", "surname"]),
    I("the NJP legislature party would meet on Tuesday to re-elect Shri Sahu as its leader, and that at least six new faces were likely to be inducted into the Cabinet",
      "party sources", A, "said", ph=["said-that"]),
    # the PLM's demand for a recount is no statement
    I("the recount had been carried out in the presence of agents of both candidates and that State NJP president Shri Mahesh Prasad Dubey had won by 312 votes",
      "K.V. Lakshmanan", P, "said", role="Returning Officer", ph=["said-that", "role-premodifier"]),
    I("he would challenge the result in the High Court", "Irfan Ali Qureshi", P, "told",
      role="defeated PLM candidate", via=["The Hindu"], ph=["told", "said-that", "role-apposition"]),
    # "he said" after "told The Hindu": only the told-frame names the relay
    D("The recount was done behind closed doors. We will get justice,", "Irfan Ali Qureshi", P, "said",
      role="defeated PLM candidate", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Kenyan newspaper on a drought relief programme, curly double quotes: a trailing "…, Cabinet Secretary X has said" in the lede, "Ms X said on Tuesday during a visit to … that" and "she said" in the next paragraph, a county governor with two that-clauses and "the governor said", a pastoralist by first name and age with "he said" in the next paragraph, an NGO's country director who "told the Rift Mirror" with a that-clause and a second one carrying a fragment, "She said" in the next paragraph, "Weather forecasters have warned that", the Cabinet Secretary by surname
article("tarakwen-drought-relief", """
The government will distribute relief food and cash to more than 1.1 million drought-hit residents in 14 arid and semi-arid counties over the next three months, Devolution Cabinet Secretary Beatrice Nyokabi Mwangangi has said.
Ms Mwangangi said on Tuesday during a visit to Lokomarin in Tarakwen County that the Sh6.8 billion programme would also pay for water trucking and for the purchase of weak livestock from herders at Sh4,000 a goat and Sh15,000 a cow.
“No Kenyan will die of hunger on our watch. We have the food, we have the money, and from this week we have the lorries,” she said.
Tarakwen Governor Joseph Lekalau Ekai said the county had lost more than 70,000 head of livestock since the long rains failed in March, and that 38 of its 52 boreholes had either broken down or dried up.
“The national government has come late, but it has come. Our people cannot eat promises, so we will be counting every bag,” the governor said.
At a watering point outside Lokomarin, Ekiru, 61, a pastoralist who has lost 140 of his 200 goats, said he had walked his remaining herd for three days to reach the borehole.
“In my whole life I have not seen the ground like this. When the animals die, the family is finished,” he said.
Halima Abdi Noor, the country director of Drylands Action Network, told the Rift Mirror that the relief was welcome but that the monthly cash transfer of Sh3,000 per household was “too little to keep a family of six alive”.
She said the organisation’s own surveys showed that acute malnutrition among children under five in Tarakwen had reached 27 per cent, almost twice the emergency threshold.
Weather forecasters have warned that the October-December short rains are likely to be below normal across most of the north.
Mwangangi said the first lorries of maize and beans would leave the national depot in Kamboru on Thursday.
""", [
    I("The government will distribute relief food and cash to more than 1.1 million drought-hit residents in 14 arid and semi-arid counties over the next three months",
      "Beatrice Nyokabi Mwangangi", P, "said", role="Devolution Cabinet Secretary",
      ph=["trailing-attribution", "role-premodifier"]),
    # "Ms" is a title; a visit names no relay
    I("the Sh6.8 billion programme would also pay for water trucking and for the purchase of weak livestock from herders at Sh4,000 a goat and Sh15,000 a cow",
      "Beatrice Nyokabi Mwangangi", P, "said", ph=["said-that", "surname"]),
    # "she" in the paragraph after her surname
    D("No Kenyan will die of hunger on our watch. We have the food, we have the money, and from this week we have the lorries,",
      "Beatrice Nyokabi Mwangangi", P, "said", ph=["multi-sentence", "pronoun"]),
    # two that-clauses with no quote marks: one statement
    I("the county had lost more than 70,000 head of livestock since the long rains failed in March, and that 38 of its 52 boreholes had either broken down or dried up",
      "Joseph Lekalau Ekai", P, "said", role="Tarakwen Governor", ph=["said-that", "role-premodifier"]),
    # "the governor": Ekai, named in the paragraph before
    D("The national government has come late, but it has come. Our people cannot eat promises, so we will be counting every bag,",
      "Joseph Lekalau Ekai", P, "said", role="governor", ph=["multi-sentence", "nominal"]),
    # a first name and an age only; the age is not a role and "who has lost …" is a relative clause
    I("he had walked his remaining herd for three days to reach the borehole", "Ekiru", P, "said", role="pastoralist",
      ph=["said-that", "role-apposition"]),
    D("In my whole life I have not seen the ground like this. When the animals die, the family is finished,",
      "Ekiru", P, "said", ph=["multi-sentence", "pronoun"]),
    # the first that-clause has no quote marks; the second carries the quoted fragment, so only the fragment is annotated
    I("the relief was welcome", "Halima Abdi Noor", P, "told", role="country director of Drylands Action Network",
      via=["Rift Mirror"], ph=["told", "said-that", "role-apposition"]),
    M("too little to keep a family of six alive", "Halima Abdi Noor", P, "told",
      role="country director of Drylands Action Network", via=["Rift Mirror"],
      ph=["told", "said-that", "role-apposition"]),
    # "She" opens the next paragraph: only the told-frame names the relay
    I("the organisation’s own surveys showed that acute malnutrition among children under five in Tarakwen had reached 27 per cent, almost twice the emergency threshold",
      "Halima Abdi Noor", P, "said", ph=["said-that", "pronoun"]),
    I("the October-December short rains are likely to be below normal across most of the north", "weather forecasters",
      G, "warned", ph=["said-that", "cue-class"]),
    I("the first lorries of maize and beans would leave the national depot in Kamboru on Thursday",
      "Beatrice Nyokabi Mwangangi", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- US sports wire on a tennis final, straight double quotes + apostrophes: the winner's split quote "said in an on-court interview" by surname, a nickname in quotes, "She said" in the next paragraph with a that-clause and a second one carrying a fragment, the runner-up's fragment "in her post-match news conference" and her split quote "she said", her coach who "told ESPN", an inverted tournament director ("said X"), a record crowd with a trailing "the tournament said"
article("seabright-open-final", '''
MARLOWE BAY — Mila Kostrzewa hit a tournament-record 19 aces and saved a match point in the second-set tiebreaker to beat Danielle Okonkwo-Price 4-6, 7-6 (6), 6-3 in the final of the Seabright Open on Saturday.
The 20-year-old, known on tour as "the Metronome" for her relentless baseline rhythm, is the youngest champion in the tournament's 46-year history and will rise to a career-high No. 9 in Monday's rankings.
"Two years ago I lost in qualifying here and watched this final on my phone in a hotel room," Kostrzewa said in an on-court interview. "Danielle played unbelievable tennis today. Honestly, half of this trophy is hers."
She said she had rebuilt her service motion over the winter and that the 19 aces had "surprised everybody, including me."
Okonkwo-Price, who served for the match at 6-5 in the second set, said in her post-match news conference that she had "no regrets" about going for a second-serve winner on match point.
"I had a look and I went for it. If it goes in, we're talking about a different result," she said. "That's tennis. I'll be back next year."
Okonkwo-Price's coach, Marcus Belden-Ross, told ESPN that a wrist problem had limited her practice time this week but would not require surgery.
"We sold out all nine sessions for the first time. These two gave people their money's worth," said tournament director Carla Benedetti-Shaw.
A record 104,600 fans attended over the week, the tournament said.
Kostrzewa will play next week in Port Adair, where she reached the semifinals last year.
''', [
    R("the Metronome", "nickname in quotes", "title"),
    # an on-court interview names no outlet, so via stays empty
    D("Two years ago I lost in qualifying here and watched this final on my phone in a hotel room,", "Mila Kostrzewa", P,
      "said", ph=["split-quote", "surname", "interview"]),
    D("Danielle played unbelievable tennis today. Honestly, half of this trophy is hers.", "Mila Kostrzewa", P, "said",
      ph=["split-quote", "multi-sentence", "surname", "interview"]),
    # "She" opens the next paragraph; the second that-clause carries the quoted fragment, so only the fragment is annotated
    I("she had rebuilt her service motion over the winter", "Mila Kostrzewa", P, "said", ph=["said-that", "pronoun"]),
    M("surprised everybody, including me.", "Mila Kostrzewa", P, "said", ph=["said-that", "pronoun"]),
    # "who served for the match …" is a relative clause; a news conference names no relay
    M("no regrets", "Danielle Okonkwo-Price", P, "said", ph=["said-that", "surname"]),
    D("I had a look and I went for it. If it goes in, we're talking about a different result,", "Danielle Okonkwo-Price",
      P, "said", ph=["split-quote", "multi-sentence", "pronoun"]),
    D("That's tennis. I'll be back next year.", "Danielle Okonkwo-Price", P, "said",
      ph=["split-quote", "multi-sentence", "pronoun"]),
    I("a wrist problem had limited her practice time this week but would not require surgery", "Marcus Belden-Ross", P,
      "told", role="Okonkwo-Price's coach", via=["ESPN"], ph=["told", "said-that", "role-apposition"]),
    D("We sold out all nine sessions for the first time. These two gave people their money's worth,",
      "Carla Benedetti-Shaw", P, "said", role="tournament director",
      ph=["inversion", "multi-sentence", "role-premodifier"]),
    # "the tournament": the Seabright Open, named in the lede
    I("A record 104,600 fans attended over the week", "the Seabright Open", O, "said",
      ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- Swiss outlet's English service on a national referendum, „low-high“ quotes: a result "according to the final results published by the Federal Chancellery" (the chancellery as speaker), the initiative's name in quotes, a federal councillor's split quote "told journalists" and "She said" in the next paragraph, the initiative committee "said in a statement" with a fragment and a second that-clause and "It accused … of", a German term as the author's scare quote, a political scientist at a university and "she said" in the next paragraph, an inverted voter ("said X") in a mountain commune, a utilities federation that "welcomed the result, saying"
article("fair-power-initiative-vote", """
Voters have rejected a popular initiative that would have frozen household electricity prices for ten years, with 57.8 per cent voting no, according to the final results published by the Federal Chancellery on Sunday evening.
The initiative, „Fair Power for All“, also failed to win a majority in 19 of the 26 cantons. Turnout was 46.2 per cent.
„The people have spoken clearly“, Federal Councillor Regula Hänggi-Baumann told journalists in the capital. „They want affordable electricity, but they do not want the state to fix prices for a decade.“
She said the Federal Council would present targeted support for low-income households before the summer and that the cap on grid fees agreed last year would remain in place.
The initiative committee said in a statement that it was „disappointed but not defeated“ and that more than 1.1 million people had voted for lower bills. It accused the power companies of spending „millions on a campaign of fear“.
As in several recent votes, the result exposed a „Röstigraben“ between the French-speaking cantons, which voted yes, and the German-speaking majority.
Simone Arnet-Kälin, a political scientist at the University of Aarwil, said initiatives that start with strong support in the polls usually lose ground in the final weeks of a campaign.
„Fear of the unknown wins most referendums in this country. The yes side never explained what would happen in a winter when electricity is scarce“, she said.
„Up here we pay more for everything, and now we will keep paying more for power too“, said Armin Casutt, 64, a retired ski instructor from Valdrun, a mountain commune where 61 per cent voted yes.
The Federation of Power Utilities welcomed the result, saying a price freeze would have stopped investment in new hydropower and solar plants.
""", [
    # the published results stand for the chancellery that published them
    I("Voters have rejected a popular initiative that would have frozen household electricity prices for ten years, with 57.8 per cent voting no",
      "the Federal Chancellery", O, "according to", ph=["according-to", "trailing-attribution", "writing"]),
    R("Fair Power for All", "name of the initiative", "title"),
    # "told journalists" names no relay
    D("The people have spoken clearly", "Regula Hänggi-Baumann", P, "told", role="Federal Councillor",
      ph=["split-quote", "told", "role-premodifier"]),
    D("They want affordable electricity, but they do not want the state to fix prices for a decade.",
      "Regula Hänggi-Baumann", P, "told", role="Federal Councillor", ph=["split-quote", "told"]),
    # "She" opens the next paragraph; two that-clauses with no quote marks: one statement
    I("the Federal Council would present targeted support for low-income households before the summer and that the cap on grid fees agreed last year would remain in place",
      "Regula Hänggi-Baumann", P, "said", ph=["said-that", "pronoun"]),
    # a statement names no channel; the fragment and the second that-clause are two statements
    M("disappointed but not defeated", "the initiative committee", O, "said", ph=["said-that", "writing"]),
    I("more than 1.1 million people had voted for lower bills", "the initiative committee", O, "said",
      ph=["said-that", "writing"]),
    # "It": the committee, in its statement
    M("millions on a campaign of fear", "the initiative committee", O, "accused", ph=["cue-class", "writing", "pronoun"]),
    R("Röstigraben", "the author's scare quote on a German term", "scare-quote"),
    I("initiatives that start with strong support in the polls usually lose ground in the final weeks of a campaign",
      "Simone Arnet-Kälin", P, "said", role="political scientist at the University of Aarwil",
      ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("Fear of the unknown wins most referendums in this country. The yes side never explained what would happen in a winter when electricity is scarce",
      "Simone Arnet-Kälin", P, "said", ph=["multi-sentence", "pronoun"]),
    # an age is not a role; "a mountain commune where …" describes Valdrun
    D("Up here we pay more for everything, and now we will keep paying more for power too", "Armin Casutt", P, "said",
      role="retired ski instructor from Valdrun", ph=["inversion", "role-apposition"]),
    # "welcomed the result" reports no content; the participle clause does
    I("a price freeze would have stopped investment in new hydropower and solar plants",
      "the Federation of Power Utilities", O, "saying", ph=["participle-cue"]),
])

# ---------------------------------------------------------------- UK grocery trade press on a supermarket supplier dispute, curly single quotes + apostrophes (Tillbury’s): a farmers' union president with her union's acronym and a split quote "she said" in the next paragraph, a survey "titled ‘…’" that "found" (the union as speaker), "A spokeswoman for Tillbury’s said" with a fragment and a second that-clause, her denial with a "saying" fragment, a trailing "the company said", a grocery analyst who "wrote" in a note to clients with a fragment and "She estimated", an MP who "wrote on X:", the union president by surname
article("tillburys-egg-price-row", """
Tillbury’s is facing the threat of a supply boycott from egg producers after the supermarket told suppliers it would cut the price it pays for free-range eggs by 6p a dozen from 1 May.
Gwen Aldous-Pryce, president of the Rural Producers’ Union (RPU), said the cut would leave many farmers selling at a loss, with feed and energy costs still about 30% above 2021 levels.
‘Our members have absorbed cost after cost for three years. Tillbury’s made £1.1bn in profit last year and now it’s asking the people who keep its shelves full to take a pay cut,’ she said. ‘If this goes ahead, some of them simply won’t restock.’
A survey of 410 egg producers published by the RPU last month, titled ‘Cracking Point’, found that 38% planned to reduce flock numbers or leave the sector within two years.
A spokeswoman for Tillbury’s said the retailer had ‘worked closely with our egg suppliers for many years’ and that the new price reflected a fall in feed costs since the autumn.
She denied that Tillbury’s was using its size to squeeze farmers, saying it still paid ‘above the market rate’ for free-range eggs. The price will be reviewed again in July, the company said.
In a note to clients, Priya Halloran-Shah, grocery analyst at Marlowe Brook Securities, wrote that the retailer was ‘picking a fight it doesn’t need’ at a time when rivals were competing on British sourcing. She estimated the cut would save Tillbury’s about £9m a year, less than 0.1% of its sales.
Tom Ashworth, the MP for Wenlow Vale, wrote on X: ‘Farmers in my constituency are being asked to produce eggs at a loss so a supermarket can boast about cheap breakfasts. Tillbury’s should think again.’
Aldous-Pryce said the union would ask members to stop deliveries to Tillbury’s for a week in May if the cut went ahead.
""", [
    # "the supermarket": Tillbury’s, in the same sentence; the suppliers are the hearers, not a relay
    I("it would cut the price it pays for free-range eggs by 6p a dozen from 1 May", "Tillbury’s", O, "told",
      ph=["told", "said-that", "nominal"]),
    I("the cut would leave many farmers selling at a loss, with feed and energy costs still about 30% above 2021 levels",
      "Gwen Aldous-Pryce", P, "said", role="president of the Rural Producers’ Union (RPU)",
      ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("Our members have absorbed cost after cost for three years. Tillbury’s made £1.1bn in profit last year and now it’s asking the people who keep its shelves full to take a pay cut,",
      "Gwen Aldous-Pryce", P, "said", ph=["split-quote", "multi-sentence", "pronoun"]),
    D("If this goes ahead, some of them simply won’t restock.", "Gwen Aldous-Pryce", P, "said",
      ph=["split-quote", "pronoun"]),
    R("Cracking Point", "title of a report", "title"),
    # the survey stands for the union that published it
    I("38% planned to reduce flock numbers or leave the sector within two years", "the Rural Producers’ Union", O,
      "found", ph=["said-that", "writing", "nominal"]),
    # the fragment and the second that-clause are two statements
    M("worked closely with our egg suppliers for many years", "a spokeswoman for Tillbury’s", A, "said",
      ph=["said-that"]),
    I("the new price reflected a fall in feed costs since the autumn", "a spokeswoman for Tillbury’s", A, "said",
      ph=["said-that"]),
    I("Tillbury’s was using its size to squeeze farmers", "a spokeswoman for Tillbury’s", A, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    # the participle clause carries the quoted fragment, so only the fragment is annotated
    M("above the market rate", "a spokeswoman for Tillbury’s", A, "saying", ph=["participle-cue", "pronoun"]),
    # "the company": Tillbury’s, a name with no company word
    I("The price will be reviewed again in July", "Tillbury’s", O, "said", ph=["trailing-attribution", "nominal"]),
    # a note to clients names no channel; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("picking a fight it doesn’t need", "Priya Halloran-Shah", P, "wrote",
      role="grocery analyst at Marlowe Brook Securities", ph=["said-that", "writing", "role-apposition"]),
    I("the cut would save Tillbury’s about £9m a year, less than 0.1% of its sales", "Priya Halloran-Shah", P,
      "estimated", role="grocery analyst at Marlowe Brook Securities", ph=["said-that", "writing", "pronoun"]),
    D("Farmers in my constituency are being asked to produce eggs at a loss so a supermarket can boast about cheap breakfasts. Tillbury’s should think again.",
      "Tom Ashworth", P, "wrote", role="MP for Wenlow Vale", via=["X"],
      ph=["multi-sentence", "writing", "role-apposition"]),
    I("the union would ask members to stop deliveries to Tillbury’s for a week in May if the cut went ahead",
      "Gwen Aldous-Pryce", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- Latin American wire in English on a mine accident, curly double quotes, names with two surnames: a trailing "…, mining company X said in a statement" after a long lede and "The company said" with two that-clauses, a rescue commander who "told reporters at the mine entrance" and by both surnames in the next paragraph, a miner's wife quoted "in Spanish" with the English in [brackets] in a split quote, the labour minister who "said in a radio interview with …" and "the minister said", "Local media reported that", the company's denial with a "saying" clause, an inverted union leader's split quote ("said X")
article("santa-ines-mine-collapse", """
CERRO MORADO, Nov 4 – Rescuers drilled through the night to reach 11 miners trapped about 320 metres underground after a tunnel collapsed on Monday at the Santa Inés copper mine in the southern highlands, mining company Minera Quebrada Alta said in a statement on Tuesday.
The company said it had made contact with the men through a ventilation pipe and that all 11 were alive.
“We can hear them and they can hear us. They have water, they have air, and they know we are coming,” rescue commander Héctor Villca Choque told reporters at the mine entrance.
Villca Choque said the rescue shaft had reached 140 metres by Tuesday evening and that the operation could take another five to seven days if the rock held.
“Mi esposo está ahí abajo y nadie nos dice la verdad [My husband is down there and nobody tells us the truth],” Rosa Elvira Condori Apaza, 34, whose husband Efraín is among the trapped men, said in Spanish outside the mine gate. “We have slept here for two nights. We only want to see him come out alive.”
Labour Minister Patricia Achá Villanueva said in a radio interview with Radio Altiplano that the government had opened an investigation into the collapse and that inspectors had last visited the mine in August.
“If there was negligence, someone will answer for it. But today the only thing that matters is bringing those 11 men out,” the minister said.
Local media reported that workers had complained about cracks in the tunnel roof two weeks before the collapse.
Minera Quebrada Alta denied that it had received any warnings, saying its last structural survey of the tunnel, in September, had found no faults.
“The company knew,” said Julio Ticona Flores, general secretary of the Santa Inés miners’ union. “Everybody who went down that tunnel knew.”
""", [
    # "mining company" describes the speaker; a statement names no channel
    I("Rescuers drilled through the night to reach 11 miners trapped about 320 metres underground after a tunnel collapsed on Monday at the Santa Inés copper mine in the southern highlands",
      "Minera Quebrada Alta", O, "said", ph=["trailing-attribution", "writing"]),
    # "The company": Minera Quebrada Alta, named in the lede; two that-clauses with no quote marks: one statement
    I("it had made contact with the men through a ventilation pipe and that all 11 were alive", "Minera Quebrada Alta",
      O, "said", ph=["said-that", "nominal"]),
    # "told reporters at the mine entrance" names no relay
    D("We can hear them and they can hear us. They have water, they have air, and they know we are coming,",
      "Héctor Villca Choque", P, "told", role="rescue commander", ph=["multi-sentence", "told", "role-premodifier"]),
    # "Villca Choque": both surnames, without the given name
    I("the rescue shaft had reached 140 metres by Tuesday evening and that the operation could take another five to seven days if the rock held",
      "Héctor Villca Choque", P, "said", ph=["said-that", "surname"]),
    # the bracketed translation is the outlet's, inside the quote marks, so it is part of the span; an age is not a
    # role and "whose husband … is among the trapped men" is a relative clause
    D("Mi esposo está ahí abajo y nadie nos dice la verdad [My husband is down there and nobody tells us the truth],",
      "Rosa Elvira Condori Apaza", P, "said", ph=["split-quote"]),
    D("We have slept here for two nights. We only want to see him come out alive.", "Rosa Elvira Condori Apaza", P,
      "said", ph=["split-quote", "multi-sentence"]),
    # two that-clauses with no quote marks: one statement
    I("the government had opened an investigation into the collapse and that inspectors had last visited the mine in August",
      "Patricia Achá Villanueva", P, "said", role="Labour Minister", via=["Radio Altiplano"],
      ph=["said-that", "interview", "role-premodifier"]),
    # "the minister": Achá Villanueva, named in the paragraph before; only the interview frame names the relay
    D("If there was negligence, someone will answer for it. But today the only thing that matters is bringing those 11 men out,",
      "Patricia Achá Villanueva", P, "said", role="minister", ph=["multi-sentence", "nominal"]),
    # local media report on their own account, so they are the speaker
    I("workers had complained about cracks in the tunnel roof two weeks before the collapse", "local media", O,
      "reported", ph=["said-that"]),
    I("it had received any warnings", "Minera Quebrada Alta", O, "denied", ph=["denial", "cue-class"]),
    I("its last structural survey of the tunnel, in September, had found no faults", "Minera Quebrada Alta", O,
      "saying", ph=["participle-cue"]),
    D("The company knew,", "Julio Ticona Flores", P, "said", role="general secretary of the Santa Inés miners’ union",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("Everybody who went down that tunnel knew.", "Julio Ticona Flores", P, "said",
      role="general secretary of the Santa Inés miners’ union", ph=["split-quote"]),
])

# ---------------------------------------------------------------- US local TV station website on a city council stadium vote, straight double quotes + apostrophes: a council member with a fragment and a split quote "said during the meeting" by surname, a second council member who "called" the deal with a fragment and "She said" in the next paragraph with two that-clauses, a resident "said during public comment", a diner owner with a fragment, "The mayor's office said in an emailed statement" and "the statement said", a trailing "a team spokesman said"
article("pellham-ridge-ballpark-vote", '''
PELLHAM RIDGE, Ind. (WQPN) — The Pellham Ridge City Council voted 5-4 Tuesday night to put $62 million in public money toward a new downtown ballpark for the Pellham Ridge Foxes, after a meeting that ran past midnight.
Council member Darnell Whitlock, who wrote the proposal, said the stadium would bring about 400 jobs and "a reason for people to come downtown after five o'clock."
"We've watched the riverfront sit empty for 20 years," Whitlock said during the meeting. "This is the first serious plan anybody has put on this table."
Council member Priya Venkataraman, who voted no, called the deal "a blank check with a baseball logo on it."
She said the city had not studied how the borrowing would affect its credit rating and that the team had refused to share its own attendance projections.
More than 60 people signed up to speak. "My property taxes went up 11 percent this year. Now you want me to help buy a billionaire a ballpark?" Gail Ostrowski, a retired bus driver, said during public comment.
Others backed the plan. Terrence Hollis, who owns a diner two blocks from the proposed site, said a full stadium 70 nights a year "would keep my doors open."
Mayor Lorraine Dubicki did not attend the meeting. The mayor's office said in an emailed statement that she would sign the ordinance this week and that the team had agreed to repay the city if it left Pellham Ridge before 2055.
"This is a good deal for taxpayers and a great deal for downtown," the statement said.
The Foxes have played at 71-year-old Haverly Field since 1988. Construction could begin as early as next spring, a team spokesman said.
''', [
    # "who wrote the proposal" is a relative clause; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("a reason for people to come downtown after five o'clock.", "Darnell Whitlock", P, "said", role="Council member",
      ph=["said-that", "role-premodifier"]),
    # "during the meeting" names no relay
    D("We've watched the riverfront sit empty for 20 years,", "Darnell Whitlock", P, "said",
      ph=["split-quote", "surname"]),
    D("This is the first serious plan anybody has put on this table.", "Darnell Whitlock", P, "said",
      ph=["split-quote", "surname"]),
    # "who voted no" is a relative clause, not part of the role
    M("a blank check with a baseball logo on it.", "Priya Venkataraman", P, "called", role="Council member",
      ph=["role-premodifier"]),
    # "She" opens the next paragraph; two that-clauses with no quote marks: one statement
    I("the city had not studied how the borrowing would affect its credit rating and that the team had refused to share its own attendance projections",
      "Priya Venkataraman", P, "said", ph=["said-that", "pronoun"]),
    D("My property taxes went up 11 percent this year. Now you want me to help buy a billionaire a ballpark?",
      "Gail Ostrowski", P, "said", role="retired bus driver", ph=["multi-sentence", "role-apposition"]),
    # "Others backed the plan" reports no content; "who owns a diner …" is a relative clause
    M("would keep my doors open.", "Terrence Hollis", P, "said", ph=["said-that"]),
    # "did not attend" is no statement; an emailed statement names no channel
    I("she would sign the ordinance this week and that the team had agreed to repay the city if it left Pellham Ridge before 2055",
      "the mayor's office", O, "said", ph=["said-that", "writing"]),
    # "the statement": it stands for the office that issued it
    D("This is a good deal for taxpayers and a great deal for downtown,", "the mayor's office", O, "said",
      ph=["writing", "nominal"]),
    I("Construction could begin as early as next spring", "a team spokesman", A, "said", ph=["trailing-attribution"]),
])

# ---------------------------------------------------------------- British broadsheet on a university strike, curly single quotes + apostrophes: a trailing "…, the … Federation (ASF) said" in the lede, the union's general secretary with a fragment and "she said" in the next paragraph, "The university says", the vice-chancellor by apposition and then "the vice-chancellor said", "A university spokesperson said" with two that-clauses, the author's scare quote, a student "who asked not to be named" after "said:", the general secretary by surname
article("hollinsgate-university-strike", """
Lecturers at the University of Hollinsgate will begin a four-week strike on Monday after talks over plans to cut 140 academic jobs collapsed, the Academic Staff Federation (ASF) said on Friday.
Morwenna Teague, the ASF’s general secretary, said members had ‘not taken this decision lightly’.
‘Nobody goes into teaching to stand on a picket line in February. But management has left our members with no other way to be heard,’ she said.
The university says the cuts are needed to close a £31m deficit, caused largely by a fall in the number of international students.
Professor Adrian Pellowe, the vice-chancellor, said the institution had offered a voluntary severance scheme and a pay rise of 3.5 per cent, which the union had rejected.
‘We are not in the business of cutting jobs for the sake of it. The alternative is a university that cannot pay its staff by 2027,’ the vice-chancellor said.
A university spokesperson said contingency plans were in place so that final-year students could complete their degrees, and that no examinations would be cancelled.
The strike is the third at Hollinsgate in as many years, and students have grown used to the ‘temporary’ online lectures that follow each one.
A third-year history student, who asked not to be named, said: ‘I’m paying £9,250 a year and I’ve had six weeks of teaching this term. I support the staff, but I’m really angry with everyone.’
Teague said the union would ballot members on further action in the summer term if the job cuts went ahead.
""", [
    I("Lecturers at the University of Hollinsgate will begin a four-week strike on Monday after talks over plans to cut 140 academic jobs collapsed",
      "the Academic Staff Federation", O, "said", ph=["trailing-attribution"]),
    M("not taken this decision lightly", "Morwenna Teague", P, "said", role="ASF’s general secretary",
      ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("Nobody goes into teaching to stand on a picket line in February. But management has left our members with no other way to be heard,",
      "Morwenna Teague", P, "said", ph=["multi-sentence", "pronoun"]),
    # "The university": the University of Hollinsgate, named in the lede; the deficit's cause is inside what it says
    I("the cuts are needed to close a £31m deficit, caused largely by a fall in the number of international students",
      "the University of Hollinsgate", O, "says", ph=["said-that", "nominal"]),
    # "Professor" is a title; the relative clause "which the union had rejected" is inside what he said
    I("the institution had offered a voluntary severance scheme and a pay rise of 3.5 per cent, which the union had rejected",
      "Adrian Pellowe", P, "said", role="vice-chancellor", ph=["said-that", "role-apposition"]),
    # "the vice-chancellor": Pellowe, named in the paragraph before
    D("We are not in the business of cutting jobs for the sake of it. The alternative is a university that cannot pay its staff by 2027,",
      "Adrian Pellowe", P, "said", role="vice-chancellor", ph=["multi-sentence", "nominal"]),
    # two that-clauses with no quote marks: one statement
    I("contingency plans were in place so that final-year students could complete their degrees, and that no examinations would be cancelled",
      "a university spokesperson", A, "said", ph=["said-that"]),
    R("temporary", "the author's ironic scare quote", "scare-quote"),
    # "who asked not to be named" is a relative clause, not part of the phrase
    D("I’m paying £9,250 a year and I’ve had six weeks of teaching this term. I support the staff, but I’m really angry with everyone.",
      "a third-year history student", A, "said", ph=["multi-sentence"]),
    I("the union would ballot members on further action in the summer term if the job cuts went ahead",
      "Morwenna Teague", P, "said", ph=["said-that", "surname"]),
])

# ---------------------------------------------------------------- Korean English-language daily on monthly export data, straight double quotes, names in Korean order (family name first): "according to data from the National Customs and Tariff Service" in the lede, a trade ministry official who "told reporters" and by family name in the next paragraph with "He warned that", a bank economist and "she said" in the next paragraph, a chipmaker's statement with a that-clause and a second one carrying a fragment, a trailing "the customs service said"
article("hanwol-october-exports", '''
HANWOL — Exports rose 14.2 percent on-year in October to $63.8 billion, the highest monthly figure on record, according to data from the National Customs and Tariff Service released Friday.
Shipments of semiconductors jumped 38 percent to $14.1 billion on strong demand for memory chips used in artificial intelligence servers, while car exports fell 6.1 percent.
"The chip cycle has turned, and our exporters are riding it. But we cannot live on one product forever," Choi Seung-ho, director general for trade policy at the Ministry of Commerce and Industrial Policy, told reporters at the government complex in Hanwol.
Choi said the ministry expected annual exports to top $700 billion for the first time this year. He warned that car shipments could fall further if new tariffs in two major markets took effect in January.
Kang Da-eun, an economist at Cheongmun Bank, said the headline figure overstated the strength of the recovery.
"Memory prices are doing most of the work. Take chips out and exports grew less than 3 percent," she said.
Chipmaker Hanseol Electronics said in a statement that it had raised its fourth-quarter memory output target by 15 percent and that overseas orders were booked "well into next year."
Imports rose 4.8 percent to $57.2 billion, leaving a trade surplus of $6.6 billion, the customs service said.
''', [
    # the data stand for the service that published them; the chip and car figures after it have no attribution
    I("Exports rose 14.2 percent on-year in October to $63.8 billion, the highest monthly figure on record",
      "the National Customs and Tariff Service", O, "according to",
      ph=["according-to", "trailing-attribution", "writing"]),
    # "told reporters at the government complex" names no relay
    D("The chip cycle has turned, and our exporters are riding it. But we cannot live on one product forever,",
      "Choi Seung-ho", P, "told",
      role="director general for trade policy at the Ministry of Commerce and Industrial Policy",
      ph=["multi-sentence", "told", "role-apposition"]),
    # "Choi": the family name, which comes first in his name
    I("the ministry expected annual exports to top $700 billion for the first time this year", "Choi Seung-ho", P,
      "said", ph=["said-that", "surname"]),
    I("car shipments could fall further if new tariffs in two major markets took effect in January", "Choi Seung-ho", P,
      "warned", ph=["said-that", "cue-class", "pronoun"]),
    I("the headline figure overstated the strength of the recovery", "Kang Da-eun", P, "said",
      role="economist at Cheongmun Bank", ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("Memory prices are doing most of the work. Take chips out and exports grew less than 3 percent,", "Kang Da-eun",
      P, "said", ph=["multi-sentence", "pronoun"]),
    # "Chipmaker" describes the speaker; a statement names no channel; the second that-clause carries the quoted
    # fragment, so only the fragment is annotated
    I("it had raised its fourth-quarter memory output target by 15 percent", "Hanseol Electronics", O, "said",
      ph=["said-that", "writing"]),
    M("well into next year.", "Hanseol Electronics", O, "said", ph=["said-that", "writing"]),
    # "the customs service": the National Customs and Tariff Service, named in the lede
    I("Imports rose 4.8 percent to $57.2 billion, leaving a trade surplus of $6.6 billion",
      "the National Customs and Tariff Service", O, "said", ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- South African business site on a power utility's tariff hearing, curly double quotes: a utility with no company word "arguing that", its CEO "speaking on the first day of public hearings" and "he warned" in the next paragraph, the CEO by surname who "told the hearing", "The regulator said in a statement", a business chamber with a fragment, the chamber president who "told the Rand Ledger" and her inverted split quote by surname ("said X")
article("volkrag-tariff-hearing", """
Volkrag has asked the National Energy Tariff Regulator to approve a 36.2% increase in electricity tariffs from April, arguing that without it the utility cannot pay for maintenance on its ageing coal fleet.
Speaking on the first day of public hearings in Noordkraal on Monday, Volkrag CEO Sizwe Dlamini-Fourie said the utility had postponed R48 billion of maintenance over the past five years to keep the lights on.
“We are not asking for this increase because we want to. We are asking because the alternative is load-shedding every winter for the next decade,” he warned.
Dlamini-Fourie told the hearing that Volkrag’s debt would pass R500 billion by 2028 if the regulator granted less than 25%.
The regulator said in a statement that it had received more than 11 000 written submissions and would publish its decision by 28 February.
Business groups have lined up against the application. The Noordkraal Chamber of Business said the increase would be “devastating” for small manufacturers, many of which were still recovering from last winter’s outages.
Chamber president Nomsa Radebe-Jansen told the Rand Ledger that at least 30 member companies planned to cut jobs if tariffs rose by more than 20%.
“Every rand we pay Volkrag is a rand we cannot pay a worker,” said Radebe-Jansen. “Volkrag must fix its own house before it comes to us for more money.”
The hearings continue in Port Selwyn on Thursday, and the regulator will hear from municipalities, unions and household consumers before the end of the month.
""", [
    # "has asked … to approve" is a request; the participle clause carries the content
    I("without it the utility cannot pay for maintenance on its ageing coal fleet", "Volkrag", O, "arguing",
      ph=["participle-cue"]),
    # "Speaking on the first day of public hearings" names no relay
    I("the utility had postponed R48 billion of maintenance over the past five years to keep the lights on",
      "Sizwe Dlamini-Fourie", P, "said", role="Volkrag CEO", ph=["said-that", "role-premodifier"]),
    # "he" in the paragraph after his name; no role in this paragraph
    D("We are not asking for this increase because we want to. We are asking because the alternative is load-shedding every winter for the next decade,",
      "Sizwe Dlamini-Fourie", P, "warned", ph=["multi-sentence", "cue-class", "pronoun"]),
    # "told the hearing" names no relay
    I("Volkrag’s debt would pass R500 billion by 2028 if the regulator granted less than 25%", "Sizwe Dlamini-Fourie",
      P, "told", ph=["told", "said-that", "surname"]),
    # "The regulator": the National Energy Tariff Regulator, named in the lede; a statement names no channel
    I("it had received more than 11 000 written submissions and would publish its decision by 28 February",
      "the National Energy Tariff Regulator", O, "said", ph=["said-that", "writing", "nominal"]),
    # "have lined up against" reports no content; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("devastating", "the Noordkraal Chamber of Business", O, "said", ph=["said-that"]),
    I("at least 30 member companies planned to cut jobs if tariffs rose by more than 20%", "Nomsa Radebe-Jansen", P,
      "told", role="Chamber president", via=["Rand Ledger"], ph=["told", "said-that", "role-premodifier"]),
    # only the told-frame names the relay
    D("Every rand we pay Volkrag is a rand we cannot pay a worker,", "Nomsa Radebe-Jansen", P, "said",
      ph=["inversion", "split-quote", "surname"]),
    D("Volkrag must fix its own house before it comes to us for more money.", "Nomsa Radebe-Jansen", P, "said",
      ph=["split-quote", "surname"]),
])

# ---------------------------------------------------------------- Italian outlet's English service on a heatwave, «guillemets»: the Civil Protection Department that "said" in the lede and "The department said" at the end, "according to the health ministry" with its advice in a relative clause, a mayor's inverted split quote ("said X"), a farmers' association "said in a statement" and its president who "told Radio Campagna" and "he said", a hospital doctor and "she said" in the next paragraph
article("monteverro-heatwave", """
MONTEVERRO – Sixteen cities were placed on red alert on Wednesday as a heatwave pushed temperatures above 43C across the south, and the Civil Protection Department said the extreme heat would last at least until Sunday.
Emergency room visits for heat-related illness rose by 23 per cent in the past week, according to the health ministry, which advised people to stay indoors between 11am and 6pm.
«We have opened 40 air-conditioned rooms in libraries and parish halls, and we are asking everyone to knock on the door of their elderly neighbours», said Monteverro mayor Lucia Fanzago. «Nobody should be alone in this heat.»
In the countryside the damage is already visible. The farmers’ association Terra Comune said in a statement that up to 30 per cent of the tomato harvest in the southern plains was at risk, and called on the government to declare a state of emergency for agriculture.
Its president, Renato Collodi, told Radio Campagna that growers had started picking at night to protect their workers. «During the day the plants are literally cooking in the fields», he said.
Dr Chiara Benvenuti, head of emergency medicine at Santa Rita hospital in Monteverro, said most of the patients she had treated this week were elderly people living alone.
«They do not feel thirsty, they do not want to bother anyone, and by the time they call us they are already dehydrated», she said.
The department said it would send 200 volunteers to hand out water at railway stations and bus terminals in the worst-hit cities from Thursday.
""", [
    # "were placed on red alert" is the outlet's own report
    I("the extreme heat would last at least until Sunday", "the Civil Protection Department", O, "said",
      ph=["said-that"]),
    # the ministry reports on its own account; its advice in the relative clause is no statement
    I("Emergency room visits for heat-related illness rose by 23 per cent in the past week", "the health ministry", O,
      "according to", ph=["according-to", "trailing-attribution"]),
    D("We have opened 40 air-conditioned rooms in libraries and parish halls, and we are asking everyone to knock on the door of their elderly neighbours",
      "Lucia Fanzago", P, "said", role="Monteverro mayor", ph=["inversion", "split-quote", "role-premodifier"]),
    D("Nobody should be alone in this heat.", "Lucia Fanzago", P, "said", role="Monteverro mayor",
      ph=["split-quote"]),
    # a statement names no channel; "called on the government" is a demand, not reported content
    I("up to 30 per cent of the tomato harvest in the southern plains was at risk", "Terra Comune", O, "said",
      ph=["said-that", "writing"]),
    I("growers had started picking at night to protect their workers", "Renato Collodi", P, "told", role="president",
      via=["Radio Campagna"], ph=["told", "said-that", "role-apposition"]),
    # "he said" after "told Radio Campagna": only the told-frame names the relay
    D("During the day the plants are literally cooking in the fields", "Renato Collodi", P, "said", role="president",
      ph=["pronoun"]),
    # "Dr" is a title
    I("most of the patients she had treated this week were elderly people living alone", "Chiara Benvenuti", P, "said",
      role="head of emergency medicine at Santa Rita hospital in Monteverro", ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("They do not feel thirsty, they do not want to bother anyone, and by the time they call us they are already dehydrated",
      "Chiara Benvenuti", P, "said", ph=["pronoun"]),
    # "The department": the Civil Protection Department, named in the lede
    I("it would send 200 volunteers to hand out water at railway stations and bus terminals in the worst-hit cities from Thursday",
      "the Civil Protection Department", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- US science wire on a space-telescope finding, curly double quotes: a trailing "an international team of astronomers reported" after a long lede, "The study, published in the journal …, found" (the study stands for the team), a galaxy's nickname in quotes, the lead author "said in a news briefing" and by surname in the next paragraph, an outside astronomer "who was not involved in the research" with a fragment and "she said" in the next paragraph, the operating agency "said in a statement"
article("helion-ember-galaxy", """
A galaxy that stopped making new stars just 700 million years after the Big Bang has been spotted by the Helion Space Telescope, a discovery that challenges ideas about how the first galaxies grew, an international team of astronomers reported Wednesday.
The study, published in the journal Cosmic Structure Letters, found that the galaxy held about 4 billion suns’ worth of stars but almost no cold gas left to make new ones.
The galaxy, catalogued as HX-2291, has been nicknamed “the Ember” by the team because it appears to have burned out so early.
“We expected to find a baby galaxy that was still growing. Instead we found one that had already retired,” Tomasz Weller-Achebe, the study’s lead author, said in a news briefing.
Weller-Achebe said the team had ruled out dust hiding young stars by observing the galaxy at four different wavelengths, and that the most likely culprit was a growing black hole at its center that blew the gas away.
Marisol Quaye-Lindqvist, an astronomer at the University of Drummore who was not involved in the research, said the result was “exciting but fragile.”
“One galaxy can be a fluke. If Helion finds ten more like it, the textbooks will need a new chapter,” she said.
The Orbital Science Administration, which operates Helion, said in a statement that the telescope would observe the galaxy again in March with its mid-infrared camera to measure the temperature of any remaining dust.
Computer models have generally predicted that galaxies this young should still be forming stars at a furious pace.
""", [
    # the apposition after "has been spotted …" is inside what the team reported
    I("A galaxy that stopped making new stars just 700 million years after the Big Bang has been spotted by the Helion Space Telescope, a discovery that challenges ideas about how the first galaxies grew",
      "an international team of astronomers", G, "reported", ph=["trailing-attribution"]),
    # "The study … found": the paper stands for the team; the journal is the channel it was published in
    I("the galaxy held about 4 billion suns’ worth of stars but almost no cold gas left to make new ones",
      "an international team of astronomers", G, "found", via=["Cosmic Structure Letters"],
      ph=["said-that", "writing", "nominal"]),
    R("the Ember", "nickname of a galaxy", "title"),
    # a news briefing names no relay
    D("We expected to find a baby galaxy that was still growing. Instead we found one that had already retired,",
      "Tomasz Weller-Achebe", P, "said", role="study’s lead author", ph=["multi-sentence", "role-apposition"]),
    # two that-clauses with no quote marks: one statement
    I("the team had ruled out dust hiding young stars by observing the galaxy at four different wavelengths, and that the most likely culprit was a growing black hole at its center that blew the gas away",
      "Tomasz Weller-Achebe", P, "said", ph=["said-that", "surname"]),
    # "who was not involved in the research" is a relative clause, not part of the role
    M("exciting but fragile.", "Marisol Quaye-Lindqvist", P, "said", role="astronomer at the University of Drummore",
      ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("One galaxy can be a fluke. If Helion finds ten more like it, the textbooks will need a new chapter,",
      "Marisol Quaye-Lindqvist", P, "said", ph=["multi-sentence", "pronoun"]),
    # "which operates Helion" is a relative clause; a statement names no channel
    I("the telescope would observe the galaxy again in March with its mid-infrared camera to measure the temperature of any remaining dust",
      "the Orbital Science Administration", O, "said", ph=["said-that", "writing"]),
])

# ---------------------------------------------------------------- Scottish local paper on a council planning row, curly single quotes + apostrophes: the committee convener's inverted split quote ("said committee convener Cllr X", the title left out), a ward councillor who "voted against" and "He said" two sentences later with a fragment and a second that-clause, a community council's statement introduced by "said in a statement:" and running over two paragraphs, a resident by first name and age and "she said" in the next paragraph, "A spokesperson for the developer said" with two fragments and "The spokesperson added"
article("kilbrannan-drumlanrie-homes", """
Plans for 220 homes on green belt land at Drumlanrie Farm, on the southern edge of Kilbrannan, have been approved by Glenmorrach Council’s planning committee – despite more than 900 objections.
Councillors voted seven to five on Wednesday to grant planning permission in principle to Hallforth Homes for the scheme, which includes 55 affordable homes and land for a new primary school.
‘I don’t like this application and I’ve never pretended to,’ said committee convener Cllr Morag Ferrier. ‘But the site’s been zoned for housing in the local development plan since 2019, and if we refuse it we’ll lose at appeal and pay the developer’s costs into the bargain.’
Cllr Alasdair Buie, who represents Kilbrannan and Strathdinnie ward, voted against. Three large housing schemes have been approved in the ward since 2020. He said the village’s roads were ‘simply not built for another 400 cars’ and that the local GP practice had stopped registering new patients in March.
Kilbrannan Community Council, which led the campaign against the development, said in a statement:
‘We are bitterly disappointed. This community has told the council again and again that it isn’t against new homes, only against the wrong homes in the wrong place.
‘We will now be asking Scottish ministers to call in this decision, and we’d urge everyone who objected to write to their MSP.’
Eilidh, 34, who lives on Drumlanrie Road with her two young sons, said the farm track behind her house was the only place in the village where the boys could ride their bikes safely.
‘They’re taking away the one bit of green we’ve got left and calling it progress,’ she said.
A spokesperson for the developer said Hallforth Homes was ‘delighted’ with the committee’s decision and had ‘listened carefully’ to local people throughout.
The spokesperson added that work on the first phase would start next spring and that the firm would contribute £1.4 million towards road improvements and school places.
""", [
    # "Cllr" is a title; "committee convener" stands before the name; the second part keeps the paragraph's role
    D("I don’t like this application and I’ve never pretended to,", "Morag Ferrier", P, "said", role="committee convener",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("But the site’s been zoned for housing in the local development plan since 2019, and if we refuse it we’ll lose at appeal and pay the developer’s costs into the bargain.",
      "Morag Ferrier", P, "said", role="committee convener", ph=["split-quote"]),
    # "voted against" is a vote, not a statement; "He" points two sentences back, past the paper's own count of
    # schemes, to Buie; "who represents … ward" is a relative clause, not a role. The first that-clause carries the
    # quoted fragment, so only the fragment is annotated; the second that-clause has no marks
    M("simply not built for another 400 cars", "Alasdair Buie", P, "said", ph=["said-that", "pronoun"]),
    I("the local GP practice had stopped registering new patients in March", "Alasdair Buie", P, "said",
      ph=["said-that", "pronoun"]),
    # "said in a statement:" ends its paragraph; the quotation opens the next one and runs into a second paragraph
    # that repeats the opening mark; a statement names no channel
    D("We are bitterly disappointed. This community has told the council again and again that it isn’t against new homes, only against the wrong homes in the wrong place.\n‘We will now be asking Scottish ministers to call in this decision, and we’d urge everyone who objected to write to their MSP.",
      "Kilbrannan Community Council", O, "said", ph=["multi-sentence", "colon-intro", "writing"]),
    # a first name and an age only; the age is not a role and "who lives on …" is a relative clause
    I("the farm track behind her house was the only place in the village where the boys could ride their bikes safely",
      "Eilidh", P, "said", ph=["said-that"]),
    D("They’re taking away the one bit of green we’ve got left and calling it progress,", "Eilidh", P, "said",
      ph=["pronoun"]),
    # two quoted fragments in one clause: two mixed statements; the speaker is the phrase as written
    M("delighted", "a spokesperson for the developer", A, "said", ph=["said-that"]),
    M("listened carefully", "a spokesperson for the developer", A, "said", ph=["said-that"]),
    # "The spokesperson": the developer's spokesperson of the paragraph before; two that-clauses with no marks: one
    # statement
    I("work on the first phase would start next spring and that the firm would contribute £1.4 million towards road improvements and school places",
      "a spokesperson for the developer", A, "added", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- English-language service of an Eastern European outlet on a gas-transit dispute, «guillemets» with no inner spaces: a fragment before "TASS quoted Deputy Minister of Energy X as saying" (title before the name), the energy ministry that "said" and then "according to the ministry's press service", "The ministry called … «…» and said it would «…»" (two fragments), the deputy minister's denial ("dismissed claims in the … press that …") and "he told reporters", a prime minister who "accused … of" with a second that-clause, a pipeline operator's statement, an analyst's inverted split quote, a trailing "the ministry said"
article("orlovia-gas-transit-row", """
SEVERODAR, 14 January – Orlovia will not extend its gas transit contract with neighbouring Vaslovia «on conditions dictated from abroad», TASS quoted Deputy Minister of Energy Pavel Gritsenko as saying on Tuesday.
The five-year agreement between the state gas company Orlogaz and the Vaslovian pipeline operator Vastranzit expires on 31 January. About 38 million cubic metres of Orlovian gas a day still flow through Vaslovia to customers further west.
Orlovia’s Energy Ministry said on Tuesday that Orlogaz had offered a one-year extension at the current tariff. According to the ministry’s press service, Vastranzit responded by demanding a 60 per cent increase in the tariff and payment in euros.
The ministry called the demand «economically absurd» and said it would «make every household in Europe pay for Vaslovia’s budget deficit».
Gritsenko dismissed claims in the Vaslovian press that Orlovia was preparing to cut off supplies on 1 February. «Nobody is closing any valve. We have met our obligations for thirty years, and we will meet them on the 31st as well», he told reporters after a meeting with Orlogaz management.
In Vaslovia, Prime Minister Danuta Hrabovska accused Severodar of «using gas as a weapon for the third winter running» and said the country’s storage sites were 71 per cent full, enough to last until April.
Vastranzit said in a statement that its tariff had not been revised since 2019 and that it needed €400 million to modernise three compressor stations. It did not comment on the demand for payment in euros.
«Both sides need this contract more than they admit», said Irina Bolotova, an energy analyst at the Severodar Institute for Economic Forecasting. «The only question is who blinks first, and whether it happens before or after the first cold snap.»
Talks between the two companies are due to resume in Lindborg on Friday, the ministry said.
""", [
    # the agency that quotes him is the relay; the sentence carries the quoted fragment, so only the fragment is
    # annotated; "Deputy Minister of Energy" stands before the name
    M("on conditions dictated from abroad", "Pavel Gritsenko", P, "quoted ... as saying", role="Deputy Minister of Energy",
      via=["TASS"], ph=["quoted-as-saying", "role-premodifier"]),
    I("Orlogaz had offered a one-year extension at the current tariff", "Orlovia’s Energy Ministry", O, "said",
      ph=["said-that"]),
    # the press service speaks for the ministry named in the sentence before; it is no outlet, so via stays empty
    I("Vastranzit responded by demanding a 60 per cent increase in the tariff and payment in euros",
      "Orlovia’s Energy Ministry", O, "according to", ph=["according-to", "nominal"]),
    # "The ministry": the Energy Ministry; a fragment after "called" and another in the that-clause: two mixed
    M("economically absurd", "Orlovia’s Energy Ministry", O, "called", ph=["nominal"]),
    M("make every household in Europe pay for Vaslovia’s budget deficit", "Orlovia’s Energy Ministry", O, "said",
      ph=["said-that", "nominal"]),
    # the denial is annotated on the content after "that"; "told reporters" names no relay, and TASS, named in the
    # lede, is not said to have carried this quote
    I("Orlovia was preparing to cut off supplies on 1 February", "Pavel Gritsenko", P, "dismissed",
      ph=["denial", "cue-class", "surname"]),
    D("Nobody is closing any valve. We have met our obligations for thirty years, and we will meet them on the 31st as well",
      "Pavel Gritsenko", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    # "Severodar" (the capital) is the object of the accusation, not a speaker
    M("using gas as a weapon for the third winter running", "Danuta Hrabovska", P, "accused", role="Prime Minister",
      ph=["cue-class", "role-premodifier"]),
    I("the country’s storage sites were 71 per cent full, enough to last until April", "Danuta Hrabovska", P, "said",
      role="Prime Minister", ph=["said-that", "role-premodifier"]),
    # two that-clauses with no quote marks: one statement; a statement names no channel; "did not comment" reports
    # nothing
    I("its tariff had not been revised since 2019 and that it needed €400 million to modernise three compressor stations",
      "Vastranzit", O, "said", ph=["said-that", "writing"]),
    D("Both sides need this contract more than they admit", "Irina Bolotova", P, "said",
      role="energy analyst at the Severodar Institute for Economic Forecasting",
      ph=["inversion", "split-quote", "role-apposition"]),
    D("The only question is who blinks first, and whether it happens before or after the first cold snap.",
      "Irina Bolotova", P, "said", role="energy analyst at the Severodar Institute for Economic Forecasting",
      ph=["split-quote"]),
    # "the ministry": the Energy Ministry named above
    I("Talks between the two companies are due to resume in Lindborg on Friday", "Orlovia’s Energy Ministry", O, "said",
      ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- US congressional hearing report (wire style), curly double quotes: a lede whose speaker is named only two paragraphs later ("The chief executive of X told senators … that … “…”"), "said Sen. X, D-Ore." (the title left out, the party-and-state tag as role) with a relative clause, the senator's question "she asked" and the CEO's split answer "X replied", "wrote in prepared testimony", "The executive denied that … , saying …", a second senator with a fragment and a second that-clause, "The Oregon Democrat said", a company statement "emailed to" a named newspaper with a first-person fragment
article("ridgeline-wildfire-hearing", """
WASHINGTON — The chief executive of Ridgeline Power told senators Tuesday that the utility “could have moved faster” to cut electricity ahead of the windstorm that drove last September’s Juniper Flat fire through two Oregon towns.
“People in Juniper Flat and Cold Springs did everything we asked of them. They cleared their gutters, they signed up for the alerts, and then the alert never came,” said Sen. Corinne Holt-Castillo, D-Ore., who chairs the energy subcommittee that held the hearing.
Holt-Castillo pressed Ridgeline CEO Douglas Brannigan on why the company had kept its lines energized for six hours after forecasters issued a red-flag warning. “Did anyone at your company look at that forecast and decide the risk was worth taking?” she asked.
“No, senator. Nobody took that decision lightly, and nobody took it alone,” Brannigan replied. “Our models told us the winds would peak after midnight. They peaked at 4 in the afternoon. That is on us, not on the models.”
Brannigan wrote in prepared testimony that Ridgeline had spent $1.3 billion on wildfire safety since 2020 and planned to bury 400 miles of power lines in high-risk areas by 2030.
The executive denied that the company had scaled back tree trimming near its lines to pay for a higher dividend, saying vegetation spending had risen every year since 2019.
Sen. Wade Tollefson of Montana, the subcommittee’s top Republican, said federal permitting rules “tie a utility’s hands” when it tries to clear trees on public land, and that Congress shared some of the blame.
The Oregon Democrat said after the hearing that she would introduce a bill this month requiring utilities to publish their shut-off criteria before each fire season.
In a statement emailed to The Cascade Tribune, Ridgeline said it had paid $340 million in claims to more than 2,100 households and that it “will keep every promise we made to those families.”
The fire killed nine people and destroyed 1,140 homes. Ridgeline faces more than 80 lawsuits.
""", [
    # "The chief executive of Ridgeline Power": Brannigan, named two paragraphs later, so the nominal is the role;
    # the that-clause carries the quoted fragment, so only the fragment is annotated; senators are the hearers
    M("could have moved faster", "Douglas Brannigan", P, "told", role="chief executive of Ridgeline Power",
      ph=["told", "said-that", "nominal"]),
    # "Sen." is a title; "D-Ore." (Democrat of Oregon) stands in apposition like "the Kansas Republican" elsewhere in
    # the set; "who chairs …" is a relative clause
    D("People in Juniper Flat and Cold Springs did everything we asked of them. They cleared their gutters, they signed up for the alerts, and then the alert never came,",
      "Corinne Holt-Castillo", P, "said", role="D-Ore.", ph=["inversion", "multi-sentence", "role-apposition"]),
    # "pressed … on why …" reports a question, not content; the question itself is quoted
    D("Did anyone at your company look at that forecast and decide the risk was worth taking?", "Corinne Holt-Castillo",
      P, "asked", ph=["pronoun"]),
    # "Ridgeline CEO" is stated in the paragraph before, not in this one
    D("No, senator. Nobody took that decision lightly, and nobody took it alone,", "Douglas Brannigan", P, "replied",
      ph=["split-quote", "multi-sentence", "surname"]),
    D("Our models told us the winds would peak after midnight. They peaked at 4 in the afternoon. That is on us, not on the models.",
      "Douglas Brannigan", P, "replied", ph=["split-quote", "multi-sentence", "surname"]),
    # prepared testimony is a written document but names no channel
    I("Ridgeline had spent $1.3 billion on wildfire safety since 2020 and planned to bury 400 miles of power lines in high-risk areas by 2030",
      "Douglas Brannigan", P, "wrote", ph=["said-that", "writing", "surname"]),
    # "The executive": Brannigan; the nominal is the role
    I("the company had scaled back tree trimming near its lines to pay for a higher dividend", "Douglas Brannigan", P,
      "denied", role="executive", ph=["denial", "cue-class", "nominal"]),
    I("vegetation spending had risen every year since 2019", "Douglas Brannigan", P, "saying", role="executive",
      ph=["participle-cue", "nominal"]),
    # the first that-clause carries the quoted fragment, so only the fragment is annotated; the second has no marks
    M("tie a utility’s hands", "Wade Tollefson", P, "said", role="subcommittee’s top Republican",
      ph=["said-that", "role-apposition"]),
    I("Congress shared some of the blame", "Wade Tollefson", P, "said", role="subcommittee’s top Republican",
      ph=["said-that", "role-apposition"]),
    # "The Oregon Democrat": Holt-Castillo; the nominal is the role
    I("she would introduce a bill this month requiring utilities to publish their shut-off criteria before each fire season",
      "Corinne Holt-Castillo", P, "said", role="Oregon Democrat", ph=["said-that", "nominal"]),
    # the newspaper the statement was emailed to is the relay; "Ridgeline" is the short form of Ridgeline Power
    I("it had paid $340 million in claims to more than 2,100 households", "Ridgeline Power", O, "said",
      via=["The Cascade Tribune"], ph=["said-that", "writing", "surname"]),
    M("will keep every promise we made to those families.", "Ridgeline Power", O, "said", via=["The Cascade Tribune"],
      ph=["said-that", "writing", "surname"]),
])

# ---------------------------------------------------------------- disaster wire on a landslide in an Indonesian-style island province, straight double quotes: a trailing "…, the National Disaster Mitigation Agency (BNMB) said" after a long lede, the agency's spokesman with a long double title and three figure-heavy that-clauses, "he told reporters", a trailing "officials said" with no names, "state news agency Antara reported" on its own account, a villager who goes by one name quoted in English with no word on the translation (inverted split quote), "The agency said" and "warned that", "Local officials said" with two that-clauses
article("bukit-sagu-landslide", '''
MERANTAU, Feb 9 (Reuters) - At least 23 people were killed and 17 others are missing after a landslide set off by two days of torrential rain buried 41 houses in a hillside village in Bukit Sagu regency, on the island of Kalindra, before dawn on Sunday, the National Disaster Mitigation Agency (BNMB) said.
Teguh Prasetyo Wibisono, the agency's spokesman and head of its centre for disaster data, information and public communication, said 11 of the dead were children, that 26 people had been treated in hospital and that 3,460 residents of six nearby villages had been moved to 14 temporary shelters.
"The soil is still moving and more rain is forecast until Wednesday. We have to weigh every hour of searching against the safety of the rescuers," he told reporters in Merantau.
Excavators could not reach the village of Cikaret because the only road into it had been cut in three places, officials said. Soldiers, police and volunteers were digging with shovels and bare hands through mud up to four metres deep.
Three of the dead were children from the same family whose house stood at the foot of the slope, state news agency Antara reported.
"At first we heard a sound like thunder, but the rain had almost stopped. Then the whole hill came down behind the mosque," said Sumarni, 56, a rice farmer who, like many people in the province, goes by one name. "My neighbour's family was still inside. We could hear them calling, but we could not reach them."
The agency said Bukit Sagu had received 280 millimetres of rain in 48 hours, more than it usually gets in the whole of February, and warned that further landslides were possible along the slopes of Mount Sagu.
Local officials said Cikaret had been listed as a high-risk zone in 2021 but that most families had refused to move because their clove and coffee gardens were on the hillside.
''', [
    # the long lede is all the agency's; "(Reuters)" in the dateline is the wire's own byline, not a relay
    I("At least 23 people were killed and 17 others are missing after a landslide set off by two days of torrential rain buried 41 houses in a hillside village in Bukit Sagu regency, on the island of Kalindra, before dawn on Sunday",
      "the National Disaster Mitigation Agency", O, "said", ph=["trailing-attribution"]),
    # three that-clauses with no quote marks: one statement; the role is the whole apposition
    I("11 of the dead were children, that 26 people had been treated in hospital and that 3,460 residents of six nearby villages had been moved to 14 temporary shelters",
      "Teguh Prasetyo Wibisono", P, "said",
      role="agency's spokesman and head of its centre for disaster data, information and public communication",
      ph=["said-that", "role-apposition"]),
    # "he" in the paragraph after his name; "told reporters" names no relay
    D("The soil is still moving and more rain is forecast until Wednesday. We have to weigh every hour of searching against the safety of the rescuers,",
      "Teguh Prasetyo Wibisono", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    # the sentence after it has no attribution
    I("Excavators could not reach the village of Cikaret because the only road into it had been cut in three places",
      "officials", G, "said", ph=["trailing-attribution"]),
    # the agency reports on its own account, so it is the speaker, not a relay
    I("Three of the dead were children from the same family whose house stood at the foot of the slope", "Antara", O,
      "reported", ph=["trailing-attribution"]),
    # she will have spoken her own language; the wire gives only the English and names no translator, so the English
    # is the quote and via stays empty; an age is not a role and "who … goes by one name" is a relative clause
    D("At first we heard a sound like thunder, but the rain had almost stopped. Then the whole hill came down behind the mosque,",
      "Sumarni", P, "said", role="rice farmer", ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("My neighbour's family was still inside. We could hear them calling, but we could not reach them.", "Sumarni", P,
      "said", role="rice farmer", ph=["split-quote", "multi-sentence"]),
    # "The agency": the BNMB of the lede; the comparison after the figure is inside what it said
    I("Bukit Sagu had received 280 millimetres of rain in 48 hours, more than it usually gets in the whole of February",
      "the National Disaster Mitigation Agency", O, "said", ph=["said-that", "nominal"]),
    I("further landslides were possible along the slopes of Mount Sagu", "the National Disaster Mitigation Agency", O,
      "warned", ph=["said-that", "cue-class", "nominal"]),
    # two that-clauses with no quote marks: one statement
    I("Cikaret had been listed as a high-risk zone in 2021 but that most families had refused to move because their clove and coffee gardens were on the hillside",
      "local officials", G, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- South Asian sports desk's cricket match report, straight double quotes + apostrophes: "said X, who scored 87" (an inverted split quote by surname), a spinner's nickname in quotes, the captain "said at the post-match presentation" with his role before the name, "The skipper said", the writer's scare-quoted buzzword with no cue, the losing coach who "told reporters" with two fragments and "he said" in the next paragraph
article("sunderpur-strikers-win", '''
KANDIVAPUR: A fluent innings from Aditya Venkatraman and three wickets in nine balls from left-arm spinner Imtiaz Lakhani carried the Sunderpur Strikers to a 21-run win over the Marwar Royals in the Deccan Premier League at the Riverside Stadium on Saturday night.
Put in to bat, the Strikers posted 184 for 6, with Venkatraman hitting seven fours and four sixes in a 52-ball knock.
"The pitch was two-paced early on, so I just gave myself ten balls and then backed my shots," said Venkatraman, who scored 87 and was named player of the match. "Once the dew came in, I knew 185 would be very tough to chase."
The Royals were cruising at 112 for 2 in the 13th over before Lakhani, known in the dressing room as "the Professor" for his endless field changes, removed their captain and two middle-order batters.
"We were probably 15 runs short with the bat, but the way the bowlers came back in the middle overs was special," Strikers captain Sandeep Thakore said at the post-match presentation.
The skipper said Lakhani had bowled his last two overs with a split webbing on his bowling hand and would have a scan on Monday.
For the Royals, the much-advertised "intent" at the top of the order once again came to nothing, with three of their top four caught in the deep.
Royals head coach Grant Vermeulen told reporters that his batters had "tried to hit every ball for six" after the powerplay and that the team would "sit down and have an honest conversation" before Tuesday's game against the Kalinga Tuskers.
"There's no panic in the camp. We've lost two close games, that's all. But we can't keep giving away wickets like that," he said.
The win lifts the Strikers to second in the table with eight points from six matches.
''', [
    # "who scored 87 and was named …" is a relative clause, not a role
    D("The pitch was two-paced early on, so I just gave myself ten balls and then backed my shots,", "Aditya Venkatraman",
      P, "said", ph=["inversion", "split-quote", "surname"]),
    D("Once the dew came in, I knew 185 would be very tough to chase.", "Aditya Venkatraman", P, "said",
      ph=["split-quote", "surname"]),
    R("the Professor", "nickname of a player", "title"),
    # a post-match presentation names no relay
    D("We were probably 15 runs short with the bat, but the way the bowlers came back in the middle overs was special,",
      "Sandeep Thakore", P, "said", role="Strikers captain", ph=["role-premodifier"]),
    # "The skipper": Thakore, named in the paragraph before; the nominal is the role
    I("Lakhani had bowled his last two overs with a split webbing on his bowling hand and would have a scan on Monday",
      "Sandeep Thakore", P, "said", role="skipper", ph=["said-that", "nominal"]),
    R("intent", "the writer's scare quote around a cricket buzzword; no one is said to have used it", "scare-quote"),
    # each that-clause carries a quoted fragment, so only the fragments are annotated; "told reporters" names no relay
    M("tried to hit every ball for six", "Grant Vermeulen", P, "told", role="Royals head coach",
      ph=["told", "said-that", "role-premodifier"]),
    M("sit down and have an honest conversation", "Grant Vermeulen", P, "told", role="Royals head coach",
      ph=["told", "said-that", "role-premodifier"]),
    # "he" in the paragraph after his name; no role in this paragraph
    D("There's no panic in the camp. We've lost two close games, that's all. But we can't keep giving away wickets like that,",
      "Grant Vermeulen", P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- pharmaceutical recall rewritten from a company press release and a regulator's recall notice, curly double quotes: a product name in quotes, a trailing "the company said in a statement" after a long lede, "according to the recall notice published by" the regulator, "The agency said" and "It said" with two that-clauses, the chief executive's split quote "said in the statement", "The company said", an employee "who asked not to be named because they were not authorised to speak" with a fragment and singular "they said", the company's denial with "saying", a patient-advocacy group and its chair who "told the BBC" with a fragment
article("febrikid-syrup-recall", """
Velmora Pharmaceuticals is recalling 14 batches of its “Febrikid” children’s ibuprofen syrup after tests found that some bottles contained up to twice the dose stated on the label, the company said in a statement on Thursday.
The affected bottles, sold in pharmacies and supermarkets since October, carry batch numbers beginning FK24 and expiry dates between March and June 2026, according to the recall notice published by the Medicines Standards Agency (MSA).
The agency said parents should stop giving the syrup to children immediately and return opened and unopened bottles to any pharmacy for a refund. It said no serious harm had been reported, but that an overdose of ibuprofen could cause stomach bleeding and kidney problems in young children.
“Patient safety comes before everything else. We identified the problem through our own quality checks and stopped shipments within hours,” Velmora’s chief executive, Abena Osei-Lambert, said in the statement. “We are deeply sorry for the worry this will cause parents.”
The company said a faulty dosing pump on one filling line at its plant in Castlebury had caused the problem and that the line had been shut down for inspection.
An employee at the plant, who asked not to be named because they were not authorised to speak to the media, said the pump had been “flagged for repair twice since the summer”.
“Everyone on that line knew it was drifting. Nobody wanted to stop production in the middle of flu season,” they said.
Velmora denied that the pump had previously been reported as faulty, saying its maintenance records showed no earlier fault.
Families for Safer Medicines, a patient-advocacy group, said the recall showed that makers of children’s medicines needed more unannounced inspections. Its chair, Rukhsana Devlin, told the BBC that many parents had learned of the recall “from a WhatsApp group, not from the company”.
""", [
    # "the company": Velmora Pharmaceuticals, the subject of the sentence it reports; a statement names no channel
    I("Velmora Pharmaceuticals is recalling 14 batches of its “Febrikid” children’s ibuprofen syrup after tests found that some bottles contained up to twice the dose stated on the label",
      "Velmora Pharmaceuticals", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    R("Febrikid", "product name in quotes", "title"),
    # the notice stands for the regulator that published it
    I("The affected bottles, sold in pharmacies and supermarkets since October, carry batch numbers beginning FK24 and expiry dates between March and June 2026",
      "the Medicines Standards Agency", O, "according to", ph=["according-to", "trailing-attribution", "writing"]),
    # "The agency" and "It": the MSA; each sentence's two clauses make one statement
    I("parents should stop giving the syrup to children immediately and return opened and unopened bottles to any pharmacy for a refund",
      "the Medicines Standards Agency", O, "said", ph=["said-that", "nominal"]),
    I("no serious harm had been reported, but that an overdose of ibuprofen could cause stomach bleeding and kidney problems in young children",
      "the Medicines Standards Agency", O, "said", ph=["said-that", "pronoun"]),
    # "in the statement": the company statement of the lede, which names no channel
    D("Patient safety comes before everything else. We identified the problem through our own quality checks and stopped shipments within hours,",
      "Abena Osei-Lambert", P, "said", role="Velmora’s chief executive",
      ph=["split-quote", "multi-sentence", "writing", "role-apposition"]),
    D("We are deeply sorry for the worry this will cause parents.", "Abena Osei-Lambert", P, "said",
      role="Velmora’s chief executive", ph=["split-quote", "writing"]),
    # "The company": Velmora Pharmaceuticals; two that-clauses with no quote marks: one statement
    I("a faulty dosing pump on one filling line at its plant in Castlebury had caused the problem and that the line had been shut down for inspection",
      "Velmora Pharmaceuticals", O, "said", ph=["said-that", "nominal"]),
    # "who asked not to be named because …" is no part of the phrase; the that-clause carries the fragment
    M("flagged for repair twice since the summer", "an employee at the plant", A, "said", ph=["said-that"]),
    # singular "they": the employee of the paragraph before
    D("Everyone on that line knew it was drifting. Nobody wanted to stop production in the middle of flu season,",
      "an employee at the plant", A, "said", ph=["multi-sentence", "pronoun"]),
    # the denial is annotated on the content after "that"; "Velmora" is the short form of the company's name
    I("the pump had previously been reported as faulty", "Velmora Pharmaceuticals", O, "denied",
      ph=["denial", "cue-class", "surname"]),
    I("its maintenance records showed no earlier fault", "Velmora Pharmaceuticals", O, "saying",
      ph=["participle-cue", "surname"]),
    # "a patient-advocacy group" describes the speaker
    I("the recall showed that makers of children’s medicines needed more unannounced inspections",
      "Families for Safer Medicines", O, "said", ph=["said-that"]),
    # the that-clause carries the quoted fragment, so only the fragment is annotated
    M("from a WhatsApp group, not from the company", "Rukhsana Devlin", P, "told", role="chair", via=["BBC"],
      ph=["told", "said-that", "role-apposition"]),
])


# ---------------------------------------------------------------- Turkish-style business daily in English on an inflation figure, curly double quotes: a trailing "…, the … Statistical Institute (OSTAT) said" and "the institute said", the central bank governor who "said at a press conference" with a that-clause and a second that-clause carrying a fragment, her quote by surname, "She denied that" and "she said", a trailing "Bloomberg reported on Sunday, citing people familiar with the matter" and the bank that "declined to comment", an economist's note "to clients" and "she wrote" in the next paragraph, a finance minister's post "on X", "Analysts said" with a relative clause inside the content, percent figures in reported speech
article("oztara-inflation-slowdown", """
BEYAZKENT – Annual consumer inflation in Oztara slowed to 38.4 percent in October from 41.7 percent in September, its lowest level in 22 months, the Oztaran Statistical Institute (OSTAT) said on Monday.
Monthly prices rose 2.1 percent, led by rents and education fees, the institute said.
Central Bank Governor Feride Tunaboylu said at a press conference in Beyazkent that the bank now expected inflation to end next year at 24 percent, and that its policy rate would stay at 45 percent “for as long as it takes”.
“The disinflation process is working, but it is not finished. We will not cut rates on the strength of one good month,” Tunaboylu said.
She denied that the government had asked the bank to begin easing before next spring’s local elections. “Nobody tells this institution what to do with interest rates,” she said.
Two of the seven members of the bank’s monetary policy committee argued for a cut of 250 basis points at its last meeting, Bloomberg reported on Sunday, citing people familiar with the matter. The central bank declined to comment on the report.
In a note to clients, Kıyı Yatırım economist Deniz Karaoğlan said the October figure flattered the underlying trend because of a one-off cut in natural gas prices for households.
“Strip out energy and services inflation is still running above 50 percent. The central bank knows this, and that is why it is in no hurry,” she wrote.
Finance Minister Orhan Yazıcıoğlu welcomed the data in a post on X. “Inflation is falling, reserves are rising and our programme is on track. The hardest part is behind us,” he wrote.
Analysts said the lira, which has lost 18 percent against the dollar this year, would stay under pressure until the bank began to cut rates. The currency was little changed at 41.2 per dollar in afternoon trading.
""", [
    # "its lowest level in 22 months" sits before the trailing attribution, so it is inside what the institute said
    I("Annual consumer inflation in Oztara slowed to 38.4 percent in October from 41.7 percent in September, its lowest level in 22 months",
      "the Oztaran Statistical Institute", O, "said", ph=["trailing-attribution"]),
    # "the institute": the Oztaran Statistical Institute of the lede
    I("Monthly prices rose 2.1 percent, led by rents and education fees", "the Oztaran Statistical Institute", O, "said",
      ph=["trailing-attribution", "nominal"]),
    # a press conference names no relay; the second that-clause carries the quoted fragment, so only the fragment is
    # annotated (as in solvara-rate-cut)
    I("the bank now expected inflation to end next year at 24 percent", "Feride Tunaboylu", P, "said",
      role="Central Bank Governor", ph=["said-that", "role-premodifier"]),
    M("for as long as it takes", "Feride Tunaboylu", P, "said", role="Central Bank Governor",
      ph=["said-that", "role-premodifier"]),
    D("The disinflation process is working, but it is not finished. We will not cut rates on the strength of one good month,",
      "Feride Tunaboylu", P, "said", ph=["multi-sentence", "surname"]),
    I("the government had asked the bank to begin easing before next spring’s local elections", "Feride Tunaboylu", P,
      "denied", ph=["denial", "cue-class", "pronoun"]),
    D("Nobody tells this institution what to do with interest rates,", "Feride Tunaboylu", P, "said", ph=["pronoun"]),
    # the agency that cites the sources is the relay (as "VarInform reported …, citing a source"); "declined to comment"
    # reports no content
    I("Two of the seven members of the bank’s monetary policy committee argued for a cut of 250 basis points at its last meeting",
      "people familiar with the matter", A, "citing", via=["Bloomberg"], ph=["trailing-attribution"]),
    # a note to clients names no channel
    I("the October figure flattered the underlying trend because of a one-off cut in natural gas prices for households",
      "Deniz Karaoğlan", P, "said", role="Kıyı Yatırım economist", ph=["said-that", "writing", "role-premodifier"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("Strip out energy and services inflation is still running above 50 percent. The central bank knows this, and that is why it is in no hurry,",
      "Deniz Karaoğlan", P, "wrote", ph=["multi-sentence", "writing", "pronoun"]),
    # "welcomed the data" reports no content; the post on X carries the quote
    D("Inflation is falling, reserves are rising and our programme is on track. The hardest part is behind us,",
      "Orhan Yazıcıoğlu", P, "wrote", role="Finance Minister", via=["X"],
      ph=["multi-sentence", "writing", "pronoun", "role-premodifier"]),
    # the relative clause is inside the reported content; the last sentence is the paper's own market report
    I("the lira, which has lost 18 percent against the dollar this year, would stay under pressure until the bank began to cut rates",
      "analysts", G, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Australian metropolitan daily on a bus drivers' strike, curly double quotes, Mr/Ms on second reference: the union's state secretary in apposition and his split quote by surname, "A spokeswoman for X said" with a that-clause and a "described … as" fragment and "she said", "The company denied that", a driver "who did not want to be named for fear of losing shifts" and "he said", a minister who "told ABC Radio" and "Ms X said" in the next paragraph, the operator by its short name with two that-clauses, "the union said" in a statement at the end
article("kellerton-depot-roster-strike", """
More than 600 bus drivers will walk off the job for 24 hours on Friday in a bitter dispute over rosters at Coastline Transit, the private operator that runs most services in Port Carran’s western suburbs.
Dale Mirabelli, state secretary of the Combined Transit Employees Union, said drivers were being pushed onto split shifts that kept them at work for up to 13 hours for nine hours’ pay.
“Our members are not asking for the moon,” Mr Mirabelli said. “They are asking to get home before their kids are asleep, and Coastline has had six months to fix this.”
A spokeswoman for Coastline Transit said the company had offered a 4 per cent pay rise and a cap of two split shifts a week, and described the strike as “unnecessary and premature”.
“We remain at the bargaining table and we would urge the union to come back to it,” she said.
The company denied that any driver had been rostered for more than 12 hours in a single day.
One driver at the Kellerton depot, who did not want to be named for fear of losing shifts, said rosters were often posted less than two days in advance. “You find out on Thursday night whether you’re working Saturday. You can’t plan a thing – not a footy game, not a doctor’s appointment,” he said.
Transport Minister Jolene Parrish told ABC Radio on Wednesday morning she had asked the state’s industrial umpire to call both sides in before Friday.
“Commuters should not be collateral damage in a fight about rosters,” Ms Parrish said.
Coastline said replacement buses would run on its four busiest routes and that passengers should expect long delays.
In a statement on Wednesday afternoon, the union said its members would also refuse overtime for a fortnight after the strike unless the new rosters were withdrawn.
""", [
    # the lede is the paper's own report: nobody is cited for it
    I("drivers were being pushed onto split shifts that kept them at work for up to 13 hours for nine hours’ pay",
      "Dale Mirabelli", P, "said", role="state secretary of the Combined Transit Employees Union",
      ph=["said-that", "role-apposition"]),
    # "Mr" is a title; no role in this paragraph
    D("Our members are not asking for the moon,", "Dale Mirabelli", P, "said", ph=["split-quote", "surname"]),
    D("They are asking to get home before their kids are asleep, and Coastline has had six months to fix this.",
      "Dale Mirabelli", P, "said", ph=["split-quote", "surname"]),
    I("the company had offered a 4 per cent pay rise and a cap of two split shifts a week",
      "a spokeswoman for Coastline Transit", A, "said", ph=["said-that"]),
    M("unnecessary and premature", "a spokeswoman for Coastline Transit", A, "described"),
    D("We remain at the bargaining table and we would urge the union to come back to it,",
      "a spokeswoman for Coastline Transit", A, "said", ph=["pronoun"]),
    # "The company": Coastline Transit, named with no company word
    I("any driver had been rostered for more than 12 hours in a single day", "Coastline Transit", O, "denied",
      ph=["denial", "cue-class", "nominal"]),
    # "who did not want to be named …" is a relative clause, not part of the phrase
    I("rosters were often posted less than two days in advance", "one driver at the Kellerton depot", A, "said",
      ph=["said-that"]),
    D("You find out on Thursday night whether you’re working Saturday. You can’t plan a thing – not a footy game, not a doctor’s appointment,",
      "one driver at the Kellerton depot", A, "said", ph=["multi-sentence", "pronoun"]),
    # "told ABC Radio … she had asked" with no "that"
    I("she had asked the state’s industrial umpire to call both sides in before Friday", "Jolene Parrish", P, "told",
      role="Transport Minister", via=["ABC Radio"], ph=["told", "said-that", "role-premodifier"]),
    # only the told-frame names the relay; "Ms" is a title
    D("Commuters should not be collateral damage in a fight about rosters,", "Jolene Parrish", P, "said",
      ph=["surname"]),
    # two that-clauses with no quote marks: one statement
    I("replacement buses would run on its four busiest routes and that passengers should expect long delays",
      "Coastline Transit", O, "said", ph=["said-that", "surname"]),
    # "the union": the Combined Transit Employees Union; a statement names no channel
    I("its members would also refuse overtime for a fortnight after the strike unless the new rosters were withdrawn",
      "the Combined Transit Employees Union", O, "said", ph=["said-that", "writing", "nominal"]),
])

# ---------------------------------------------------------------- fact-check of a viral Facebook post, curly double quotes: the claim itself quoted after "The post, published by the page X, reads:" (the post stands for the page), "The post claimed that", a ministry spokesperson who "told FactHarbour" with a fragment and "The spokesperson said" in the next paragraph, "according to the ministry’s website", an expert who "said in an email" and "she wrote" in the next paragraph, the writer's ironic scare quote echoing the post, the fact-checker's own verdict word in quotes
article("lorvania-bus-pass-factcheck", """
A Facebook post about free bus travel for pensioners in Lorvania has been shared more than 31,000 times since Sunday. Its central claim is false.
The post, published by the page Voice of the Valleys, reads: “From 1 March the government is SCRAPPING free buses for the over-65s. They did it quietly so nobody would notice. Share before this gets deleted!”
The post claimed that the change had been hidden in the state budget passed in December.
It was not. The budget contains no change to the concession, and a spokesperson for the Ministry of Transport told FactHarbour that free travel for people over 65 “has not been touched and is not under review”.
The spokesperson said the ministry had asked Facebook to add a warning label to the post.
What the budget does change is how the passes are issued. From 1 March, new applicants will have to apply online or at a post office instead of at bus depots, and passes already issued will stay valid, according to the ministry’s website.
Ilse Varkonyi, a researcher in public transport policy at the University of Morvane, said in an email that rumours about pension benefits spread fastest among the people least likely to check an official source.
“A pensioner who sees this will not go and read the budget. She will ring her daughter, and her daughter will share it,” she wrote.
Nine days after it went up, the supposedly endangered post has still not been “deleted”. It has instead gained another 4,000 shares. Voice of the Valleys did not respond to FactHarbour’s questions.
FactHarbour rates this claim “False”. Free bus travel for people over 65 continues after 1 March, and nobody who already holds a pass needs to do anything.
""", [
    # the post stands for the page that published it; the lede names Facebook as the channel
    D("From 1 March the government is SCRAPPING free buses for the over-65s. They did it quietly so nobody would notice. Share before this gets deleted!",
      "Voice of the Valleys", O, "reads", via=["Facebook"], ph=["multi-sentence", "writing", "nominal"]),
    I("the change had been hidden in the state budget passed in December", "Voice of the Valleys", O, "claimed",
      via=["Facebook"], ph=["said-that", "cue-class", "writing", "nominal"]),
    # "It was not." and the budget's contents are the fact-checker's own finding
    M("has not been touched and is not under review", "a spokesperson for the Ministry of Transport", A, "told",
      via=["FactHarbour"], ph=["told", "said-that"]),
    # "The spokesperson": the ministry spokesperson of the paragraph before; only the told-frame names the relay
    I("the ministry had asked Facebook to add a warning label to the post", "a spokesperson for the Ministry of Transport",
      A, "said", ph=["said-that", "nominal"]),
    # the ministry's own website is not a named relay; the website stands for the ministry
    I("From 1 March, new applicants will have to apply online or at a post office instead of at bus depots, and passes already issued will stay valid",
      "the Ministry of Transport", O, "according to", ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    # an email names no channel
    I("rumours about pension benefits spread fastest among the people least likely to check an official source",
      "Ilse Varkonyi", P, "said", role="researcher in public transport policy at the University of Morvane",
      ph=["said-that", "writing", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("A pensioner who sees this will not go and read the budget. She will ring her daughter, and her daughter will share it,",
      "Ilse Varkonyi", P, "wrote", ph=["multi-sentence", "writing", "pronoun"]),
    R("deleted", "the writer's ironic scare quote echoing the post's own word", "scare-quote",
      after="has still not been"),
    R("False", "the fact-checker's own verdict in quote marks, not anyone's words", "author-words"),
])

# ---------------------------------------------------------------- European outlet in English on a Spanish regional election, «guillemets» for quotes translated from Spanish, names with two surnames: "according to official results published by the regional electoral board" (the board as speaker) and "the electoral board said", the winner's split quote "said in his victory speech" and by his first surname, the loser's inverted quote ("said the outgoing regional president, X,") "as she conceded defeat" with a "promised" fragment and a denial in the next paragraph, "Party sources said" with two that-clauses, a pollster's director and "he said"
article("castamar-regional-vote", """
SANTA LUCÍA DE CASTAMAR – The conservative Unión por Castamar (UPC) won an absolute majority in the northern region of Castamar on Sunday, taking 35 of the 65 seats in the regional parliament, according to official results published by the regional electoral board.
The Socialist Party of Castamar (PSC), which has governed the region for 12 years, fell from 31 seats to 19. Turnout was 63.2 per cent, up four points on 2021, the electoral board said.
«Castamar has voted for change, and it has voted without fear», the UPC candidate, Ignacio Robledo Sanz, said in his victory speech in Santa Lucía shortly before midnight. «Tonight there are no winners and losers. There is one region, and from tomorrow I will govern for all of it.»
Robledo, a 51-year-old former mayor of the port town of Arenal, said his first decree would freeze regional income tax for two years.
«The voters have spoken, and they have spoken clearly. I have called Ignacio Robledo to congratulate him», said the outgoing regional president, Marta Elizondo Ferrer, as she conceded defeat at the PSC’s headquarters.
She promised that the Socialists would be «a firm and loyal opposition» and denied that she had considered giving up her seat.
Party sources said Elizondo was expected to step down as PSC leader before the summer, and that two regional ministers had already signalled interest in replacing her.
The scale of the victory caught pollsters by surprise. Álvaro Quintela Roig, director of the polling firm Demoscopia Atlántica, said the late swing had come from rural voters angry about the closure of two hospitals in the interior. «We underestimated how much the hospitals mattered outside the cities», he said.
The new parliament will meet for the first time on 9 June.
""", [
    # the published results stand for the board that published them
    I("The conservative Unión por Castamar (UPC) won an absolute majority in the northern region of Castamar on Sunday, taking 35 of the 65 seats in the regional parliament",
      "the regional electoral board", O, "according to", ph=["according-to", "trailing-attribution", "writing"]),
    # the PSC's seat count is the paper's own; only the turnout sentence carries the attribution
    I("Turnout was 63.2 per cent, up four points on 2021", "the regional electoral board", O, "said",
      ph=["trailing-attribution", "nominal"]),
    # a victory speech names no relay; a second quote right after the attribution sentence is the second part
    D("Castamar has voted for change, and it has voted without fear", "Ignacio Robledo Sanz", P, "said",
      role="UPC candidate", ph=["split-quote", "role-apposition"]),
    D("Tonight there are no winners and losers. There is one region, and from tomorrow I will govern for all of it.",
      "Ignacio Robledo Sanz", P, "said", role="UPC candidate", ph=["split-quote", "multi-sentence"]),
    # "Robledo": his first surname; the age is not part of the role
    I("his first decree would freeze regional income tax for two years", "Ignacio Robledo Sanz", P, "said",
      role="former mayor of the port town of Arenal", ph=["said-that", "surname", "role-apposition"]),
    # "as she conceded defeat" reports no content of its own
    D("The voters have spoken, and they have spoken clearly. I have called Ignacio Robledo to congratulate him",
      "Marta Elizondo Ferrer", P, "said", role="outgoing regional president",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    M("a firm and loyal opposition", "Marta Elizondo Ferrer", P, "promised", ph=["said-that", "cue-class", "pronoun"]),
    I("she had considered giving up her seat", "Marta Elizondo Ferrer", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    # two that-clauses with no quote marks: one statement
    I("Elizondo was expected to step down as PSC leader before the summer, and that two regional ministers had already signalled interest in replacing her",
      "party sources", A, "said", ph=["said-that"]),
    # "caught pollsters by surprise" is the paper's own verdict
    I("the late swing had come from rural voters angry about the closure of two hospitals in the interior",
      "Álvaro Quintela Roig", P, "said", role="director of the polling firm Demoscopia Atlántica",
      ph=["said-that", "role-apposition"]),
    D("We underestimated how much the hospitals mattered outside the cities", "Álvaro Quintela Roig", P, "said",
      role="director of the polling firm Demoscopia Atlántica", ph=["pronoun"]),
])

# ---------------------------------------------------------------- tech/business site on a crypto exchange collapse, curly double quotes with ‘nested’ singles: an exchange named with no company word and "The exchange said in a court filing", the founder's blog post introduced by "He wrote:" at the end of a paragraph and running over two paragraphs (the opening mark repeated, no closing mark at the end of the first), his denial "in the post", a product's name as a scare quote after "so-called", a regulator's statement with a that-clause and "It warned" with a fragment, a lawyer for the creditors with a fragment and "she said", a customer by first name with a nested app message, "Analysts said"
article("quorvex-exchange-collapse", """
Quorvex, once one of northern Europe’s fastest-growing cryptocurrency exchanges, filed for bankruptcy protection in Tavrenia on Monday, nine days after it froze all customer withdrawals.
The exchange said in a court filing that it owed about $1.4 billion to roughly 210,000 customers and held less than $300 million in assets that could be sold quickly.
Founder and chief executive Mattis Kallenborn apologised in a blog post on Sunday. He wrote:
“I built Quorvex so that ordinary people could own crypto without handing their savings to a stranger. In the end I asked them to trust me, and I failed them.
“We moved customer funds into the yield vault because we believed it was safe. When the market fell in May, it was not safe. That decision was mine, and I will not hide from it.”
Kallenborn denied in the post that any customer money had been used to pay salaries or the exchange’s own bills.
Much of the shortfall stems from Quorvex’s so-called “yield vault”, a product that lent customers’ coins to trading firms for interest.
The Tavrenian Financial Markets Authority said in a statement that it had opened an investigation into whether Quorvex misled customers about how their deposits were held. It warned other platforms that “customer money is not working capital.”
Sofia Brandvold-Reyes, a lawyer for the creditors, said the filing showed that customer and company funds had sat “in the same wallets for at least a year”. “Customers were told their coins were held one-to-one. The company’s own numbers say otherwise,” she said.
Jonas, a schoolteacher who asked that his surname not be used, had about 18,000 euros on the exchange. “Every morning I open the app and it says ‘withdrawal pending’. It has said ‘withdrawal pending’ for nine days. My wife thinks I’m an idiot, and she’s right,” he said.
Analysts said the collapse would put pressure on Tavrenia’s parliament to pass a licensing law for crypto platforms stalled since 2022.
""", [
    # "The exchange": Quorvex, named with no company word; a court filing names no relay; one compound predicate
    I("it owed about $1.4 billion to roughly 210,000 customers and held less than $300 million in assets that could be sold quickly",
      "Quorvex", O, "said", ph=["said-that", "writing", "nominal"]),
    # "apologised … in a blog post" reports no content; "He wrote:" ends the paragraph that states the role, and the
    # quotation runs over the next two paragraphs; a blog post names no channel
    D("I built Quorvex so that ordinary people could own crypto without handing their savings to a stranger. In the end I asked them to trust me, and I failed them.\n“We moved customer funds into the yield vault because we believed it was safe. When the market fell in May, it was not safe. That decision was mine, and I will not hide from it.",
      "Mattis Kallenborn", P, "wrote", role="Founder and chief executive",
      ph=["multi-sentence", "colon-intro", "pronoun", "writing", "role-premodifier"]),
    I("any customer money had been used to pay salaries or the exchange’s own bills", "Mattis Kallenborn", P, "denied",
      ph=["denial", "cue-class", "writing", "surname"]),
    R("yield vault", "scare quote after 'so-called' around a product's name", "scare-quote", after="so-called"),
    # a statement names no channel
    I("it had opened an investigation into whether Quorvex misled customers about how their deposits were held",
      "the Tavrenian Financial Markets Authority", O, "said", ph=["said-that", "writing"]),
    # "It": the authority, in its statement
    M("customer money is not working capital.", "the Tavrenian Financial Markets Authority", O, "warned",
      ph=["said-that", "cue-class", "writing", "pronoun"]),
    # the that-clause carries the quoted fragment, so only the fragment is annotated
    M("in the same wallets for at least a year", "Sofia Brandvold-Reyes", P, "said", role="lawyer for the creditors",
      ph=["said-that", "role-apposition"]),
    D("Customers were told their coins were held one-to-one. The company’s own numbers say otherwise,",
      "Sofia Brandvold-Reyes", P, "said", role="lawyer for the creditors", ph=["multi-sentence", "pronoun"]),
    # a first name only; "who asked that …" is a relative clause; the app's message is nested in his quote
    D("Every morning I open the app and it says ‘withdrawal pending’. It has said ‘withdrawal pending’ for nine days. My wife thinks I’m an idiot, and she’s right,",
      "Jonas", P, "said", role="schoolteacher", ph=["multi-sentence", "nested", "pronoun"]),
    I("the collapse would put pressure on Tavrenia’s parliament to pass a licensing law for crypto platforms stalled since 2022",
      "analysts", G, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Canadian local news site on a school closure, curly double quotes: trustees' vote, the board chair's quote "said during Tuesday's meeting" and "She said" with two that-clauses, "When trustee X asked …, she said" (the pronoun is the subject of the subordinate clause) with a fragment, "District staff told the meeting", "called … " fragment by surname, "Parents said on Facebook that" and a mother's post "wrote on Facebook", a petition title in quotes, a parent who "told trustees" and "she said" in the next paragraph, "The province’s Ministry of Education said in an emailed statement" and "The ministry said"
article("tamarack-bend-school-closure", """
TAMARACK BEND — Trustees of the Upper Serrin District School Board voted 7-2 on Tuesday night to close Willowdale Public School next June and send its 140 students to Cedar Hollow Public School, 11 kilometres away.
“Nobody on this board wanted to close a school. But we cannot keep heating a building that is 60 per cent empty,” board chair Margaret Ouellette-Vance said during Tuesday’s meeting.
She said the closure would save about $410,000 a year and that the money would pay for more educational assistants across the district.
When trustee Lucie Vidal asked staff how long the new bus rides would be, she said families north of the river had been promised “no ride longer than 45 minutes” when the board closed two other schools in 2019. District staff told the meeting the longest route would take 52 minutes.
Vidal, who voted against the closure with trustee Ron Baptiste, called the decision “a false economy.”
Parents said on Facebook that they had not been told the school was under review until March. “They decided this months ago. Tonight was theatre,” Dana Whitford, a mother of three, wrote on Facebook.
Kevin Sabourin, who started an online petition titled “Save Our Willowdale”, said it had gathered more than 2,300 signatures in two weeks.
Angela Moreau, whose two children attend Willowdale, told trustees during the delegations portion of the meeting that the school was the last public building left in the hamlet.
“When the school goes, the village goes. There’s no store, no post office, no church any more. Just us,” she said.
The province’s Ministry of Education said in an emailed statement that decisions on school closures rest with locally elected trustees. The ministry said it had approved $3.2 million last year to add four classrooms to Cedar Hollow.
The board will hold an information evening for Willowdale families on Jan. 14.
""", [
    # the vote is the paper's own report; a meeting names no relay
    D("Nobody on this board wanted to close a school. But we cannot keep heating a building that is 60 per cent empty,",
      "Margaret Ouellette-Vance", P, "said", role="board chair", ph=["multi-sentence", "role-premodifier"]),
    # "She" opens the next paragraph; two that-clauses with no quote marks: one statement
    I("the closure would save about $410,000 a year and that the money would pay for more educational assistants across the district",
      "Margaret Ouellette-Vance", P, "said", ph=["said-that", "pronoun"]),
    # "she": Vidal, the subject of the "When" clause, not the staff she asked; the question itself is no statement,
    # and the that-clause carries the quoted fragment, so only the fragment is annotated
    M("no ride longer than 45 minutes", "Lucie Vidal", P, "said", role="trustee",
      ph=["said-that", "pronoun", "role-premodifier"]),
    # "told the meeting" names no relay
    I("the longest route would take 52 minutes", "district staff", G, "told", ph=["told", "said-that"]),
    # "who voted against …" is a relative clause, not a role
    M("a false economy.", "Lucie Vidal", P, "called", ph=["surname"]),
    I("they had not been told the school was under review until March", "parents", G, "said", via=["Facebook"],
      ph=["said-that", "writing"]),
    D("They decided this months ago. Tonight was theatre,", "Dana Whitford", P, "wrote", role="mother of three",
      via=["Facebook"], ph=["multi-sentence", "writing", "role-apposition"]),
    R("Save Our Willowdale", "title of a petition", "title"),
    # "who started an online petition …" is a relative clause, not a role
    I("it had gathered more than 2,300 signatures in two weeks", "Kevin Sabourin", P, "said", ph=["said-that"]),
    # "whose two children attend Willowdale" is a relative clause, not a role; trustees are the hearers
    I("the school was the last public building left in the hamlet", "Angela Moreau", P, "told",
      ph=["told", "said-that"]),
    # "she" in the paragraph after her name
    D("When the school goes, the village goes. There’s no store, no post office, no church any more. Just us,",
      "Angela Moreau", P, "said", ph=["multi-sentence", "pronoun"]),
    # an emailed statement names no channel
    I("decisions on school closures rest with locally elected trustees", "the province’s Ministry of Education", O,
      "said", ph=["said-that", "writing"]),
    # "The ministry": the same ministry, in the same statement
    I("it had approved $3.2 million last year to add four classrooms to Cedar Hollow",
      "the province’s Ministry of Education", O, "said", ph=["said-that", "writing", "nominal"]),
])

# ---------------------------------------------------------------- West African (Ghanaian-style) business daily on a cocoa price row, curly double quotes: a board's Chief Executive with Dr. and a long title in the lede ("The Chief Executive of …, Dr. X, says the board …", with the paper's own "despite …" after the content), "Dr. X disclosed this to journalists" pointing back to the lede (no new statement), "According to him," with a pronoun, "he stated", "He added that", a farmers' association that "in a communiqué issued after its National Executive Council meeting … accused the board of “…”" and "the communiqué stated", "The association warned that … “…”", a minister with Hon. (Mrs.) and a long portfolio who "noted that" with two that-clauses, "She, however, denied that", "the Minister said", "The board said in a statement"
article("ebrosuan-cocoa-price-row", """
EBROSUAN – The Chief Executive of the Cocoa Marketing and Regulatory Board (CMRB), Dr. Kwadwo Amankwa-Teiko, says the board cannot raise the producer price of cocoa in the middle of the crop season, despite record prices on the world market.
Dr. Amankwa-Teiko disclosed this to journalists on Tuesday at a stakeholders’ forum in Ebrosuan.
According to him, the board had already sold forward about 70 per cent of the season’s expected crop at last year’s prices, and could not pay farmers money it had not received.
“We sell forward so that we can borrow to buy the beans. If we break those contracts, no bank will lend to this board again, and it is the farmer who will suffer first,” he stated.
He added that the current price of 3,480 koras per bag was the highest in the industry’s history.
But the National Association of Cocoa Growers and Producers (NACGAP), in a communiqué issued after its National Executive Council meeting in Bremmakrom on Saturday, accused the board of “hiding behind forward contracts”.
“Our members watch world prices on their phones. They will not keep selling their beans at a loss to fatten the board’s balance sheet,” the communiqué stated.
The association warned that smuggling of beans across the eastern border would rise “to levels never seen before” if nothing was done.
The Minister for Food, Agriculture and Cocoa Affairs, Hon. (Mrs.) Abena Serwaa Boakye-Dankwa, who also addressed the forum, noted that government would not interfere in the board’s pricing decisions, but that farmers must get a bigger share of any windfall next season.
She, however, denied that the ministry had directed the board to hold down the price to service its loans.
“Nobody in this government wants our farmers to be poor while the world is paying record prices,” the Minister said.
The board said in a statement that it would announce a new producer price before the 2026/27 season opens in October.
""", [
    # "Dr." is a title; the role keeps the acronym; "despite record prices …" is the paper's own context (as in
    # kuranji-fuel-subsidy-row)
    I("the board cannot raise the producer price of cocoa in the middle of the crop season",
      "Kwadwo Amankwa-Teiko", P, "says", role="Chief Executive of the Cocoa Marketing and Regulatory Board (CMRB)",
      ph=["said-that", "role-apposition"]),
    # "disclosed this to journalists" points back to the lede's content, which is annotated once, with the lede's
    # cue; the occasion adds no statement of its own
    # "According to him": Amankwa-Teiko, the subject of the paragraph before; two predicates make one statement
    I("the board had already sold forward about 70 per cent of the season’s expected crop at last year’s prices, and could not pay farmers money it had not received",
      "Kwadwo Amankwa-Teiko", P, "according to", ph=["according-to", "pronoun"]),
    D("We sell forward so that we can borrow to buy the beans. If we break those contracts, no bank will lend to this board again, and it is the farmer who will suffer first,",
      "Kwadwo Amankwa-Teiko", P, "stated", ph=["multi-sentence", "pronoun"]),
    I("the current price of 3,480 koras per bag was the highest in the industry’s history",
      "Kwadwo Amankwa-Teiko", P, "added", ph=["said-that", "pronoun"]),
    # the association speaks through its communiqué, which names no channel; the speaker drops the acronym
    M("hiding behind forward contracts", "the National Association of Cocoa Growers and Producers", O, "accused",
      ph=["cue-class", "writing"]),
    # "the communiqué" stands for the association that issued it
    D("Our members watch world prices on their phones. They will not keep selling their beans at a loss to fatten the board’s balance sheet,",
      "the National Association of Cocoa Growers and Producers", O, "stated",
      ph=["multi-sentence", "writing", "nominal"]),
    # "The association": NACGAP; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("to levels never seen before", "the National Association of Cocoa Growers and Producers", O, "warned",
      ph=["said-that", "cue-class", "nominal"]),
    # "Hon. (Mrs.)" are titles; "who also addressed the forum" is a relative clause; two that-clauses with no
    # quote marks: one statement
    I("government would not interfere in the board’s pricing decisions, but that farmers must get a bigger share of any windfall next season",
      "Abena Serwaa Boakye-Dankwa", P, "noted", role="Minister for Food, Agriculture and Cocoa Affairs",
      ph=["said-that", "role-apposition"]),
    # the denial is annotated on the content after "that"
    I("the ministry had directed the board to hold down the price to service its loans",
      "Abena Serwaa Boakye-Dankwa", P, "denied", ph=["denial", "cue-class", "pronoun"]),
    # "the Minister": Boakye-Dankwa, named two paragraphs up
    D("Nobody in this government wants our farmers to be poor while the world is paying record prices,",
      "Abena Serwaa Boakye-Dankwa", P, "said", role="Minister", ph=["nominal"]),
    # "The board": the CMRB of the lede; a statement names no channel
    I("it would announce a new producer price before the 2026/27 season opens in October",
      "the Cocoa Marketing and Regulatory Board", O, "said", ph=["said-that", "writing", "nominal"]),
])

# ---------------------------------------------------------------- US local TV station website on a house fire, straight double quotes + apostrophes: a trailing "fire officials said" in the lede, a trailing "…, [town] Fire Chief X said at the scene" and his split quote by surname, "The chief said" with two that-clauses, a neighbor with a that-clause and her quote that she "told KVRT", "Police said" with no name and a trailing "police said", the family's statement "shared with KVRT" introduced by a colon and running over two paragraphs (the opening mark repeated), a GoFundMe page title in quotes, a relief group's that-clause
article("wexcombe-hollow-house-fire", '''
WEXCOMBE HOLLOW, Idaho (KVRT) — A mother and her two young children escaped a fire that destroyed their home on Larchmont Avenue early Saturday, but the family's dog died in the blaze, fire officials said.
Crews were called to the single-story house just after 3 a.m. and found it fully engulfed, Wexcombe Hollow Fire Chief Raymond Dusseault said at the scene.
"By the time our first engine got here, the roof was already coming down. There was no going inside that house," Dusseault said. "That mom did everything right. She got her kids out and she didn't go back in."
The chief said the fire appeared to have started in an attached garage, but that investigators had not yet determined a cause.
Neighbor Carla Brightwater said she woke up to the sound of windows popping.
"I looked out and the whole sky was orange. She was standing in the street in her socks, holding the baby and screaming the dog's name," Brightwater told KVRT.
Police said Larchmont Avenue was closed for about four hours and that no one else was hurt. There was nothing to suggest the fire was suspicious, police said.
The family, who asked that their names not be published, said in a statement shared with KVRT:
"We lost our home, and we lost Biscuit, who was part of this family for eleven years. Right now we are just grateful to be alive and together.
"Thank you to the firefighters, to the neighbors who brought blankets and coffee, and to everyone who has reached out. We will never forget it."
A GoFundMe page titled "Help the Larchmont Family Rebuild" had raised more than $18,000 by Sunday evening.
The Gem Valley Relief Network said it was providing the family with a hotel room, clothing and gift cards.
''', [
    # "(KVRT)" in the dateline is the station's own byline, not a relay
    I("A mother and her two young children escaped a fire that destroyed their home on Larchmont Avenue early Saturday, but the family's dog died in the blaze",
      "fire officials", G, "said", ph=["trailing-attribution"]),
    # the town name stands before the title, as in "Port Halvern Mayor"; "at the scene" names no relay
    I("Crews were called to the single-story house just after 3 a.m. and found it fully engulfed", "Raymond Dusseault",
      P, "said", role="Wexcombe Hollow Fire Chief", ph=["trailing-attribution", "role-premodifier"]),
    D("By the time our first engine got here, the roof was already coming down. There was no going inside that house,",
      "Raymond Dusseault", P, "said", ph=["split-quote", "multi-sentence", "surname"]),
    D("That mom did everything right. She got her kids out and she didn't go back in.", "Raymond Dusseault", P,
      "said", ph=["split-quote", "multi-sentence", "surname"]),
    # "The chief": Dusseault; two that-clauses with no quote marks: one statement
    I("the fire appeared to have started in an attached garage, but that investigators had not yet determined a cause",
      "Raymond Dusseault", P, "said", role="chief", ph=["said-that", "nominal"]),
    I("she woke up to the sound of windows popping", "Carla Brightwater", P, "said", role="Neighbor",
      ph=["said-that", "role-premodifier"]),
    # the station's own call letters are the relay (as "told WLFX")
    D("I looked out and the whole sky was orange. She was standing in the street in her socks, holding the baby and screaming the dog's name,",
      "Carla Brightwater", P, "told", via=["KVRT"], ph=["multi-sentence", "told", "surname"]),
    # "Police said" with no name; two that-clauses with no quote marks: one statement
    I("Larchmont Avenue was closed for about four hours and that no one else was hurt", "police", O, "said",
      ph=["said-that"]),
    I("There was nothing to suggest the fire was suspicious", "police", O, "said", ph=["trailing-attribution"]),
    # "said in a statement shared with KVRT:" ends its paragraph; the quotation opens the next one and runs into a
    # second paragraph that repeats the opening mark; the station the statement was shared with is the relay (as
    # "emailed to The Cascade Tribune"); "who asked that their names not be published" is a relative clause
    D("We lost our home, and we lost Biscuit, who was part of this family for eleven years. Right now we are just grateful to be alive and together.\n\"Thank you to the firefighters, to the neighbors who brought blankets and coffee, and to everyone who has reached out. We will never forget it.",
      "the family", G, "said", via=["KVRT"], ph=["multi-sentence", "colon-intro", "writing"]),
    R("Help the Larchmont Family Rebuild", "title of a fundraising page", "title"),
    I("it was providing the family with a hotel room, clothing and gift cards", "the Gem Valley Relief Network", O,
      "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- UK broadsheet on an NHS waiting-list report, curly single quotes + apostrophes: a trailing "according to a report by researchers at …, a health think tank", "The report found that", "the authors wrote" and "They estimated that" around a so-called term in quotes, the health secretary "Speaking in the Commons" with a that-clause and "She insisted that" two sentences later (past the paper's own sentence), "she told MPs" and her denial, the shadow minister's inverted split quote ("said the shadow health minister, X"), a patient by first name and age and "she said", "A Department of Health and Social Care spokesperson said:"
article("wyvernholt-waiting-list-report", """
Almost one in five patients waiting for planned NHS treatment has been on the list for more than a year, and the backlog is unlikely to fall below 6 million before 2029, according to a report by researchers at the Wyvernholt Institute, a health think tank.
The report found that 1.4 million people had waited more than 52 weeks in March, up from 1.1 million a year earlier.
‘Targets that count only the length of the list push hospitals to treat simple cases first. The patients who have waited longest are too often left at the back of the queue,’ the authors wrote.
They estimated that a further 2.3 million people were on a so-called ‘hidden waiting list’ of referrals not yet recorded by hospitals.
Speaking in the Commons on Tuesday, the health secretary, Lydia Harcastle-Bowen, said the list had fallen for five consecutive months. The government’s target is for 65 per cent of patients to be treated within 18 weeks by next March. She insisted that the target was still within reach.
‘We are not where we want to be, and I have never pretended otherwise. But the direction of travel is clear,’ she told MPs.
She denied that patients were being taken off the list to flatter the figures.
‘The health secretary keeps talking about the direction of travel,’ said the shadow health minister, Owain Treharne-Pike. ‘Patients in pain do not want a direction of travel. They want a date for their operation.’
Maureen, 67, a retired dinner lady from Kellingthorpe, has waited 71 weeks for a hip replacement. ‘Some days I can’t get down the stairs. I’ve stopped telling my daughter how bad it is, because there’s nothing she can do,’ she said.
A Department of Health and Social Care spokesperson said: ‘The waiting list is at its lowest level in two years, and new surgical hubs will bring it down further. We will study the report’s findings carefully.’
""", [
    # the report stands for the researchers who wrote it; "a health think tank" describes the institute
    I("Almost one in five patients waiting for planned NHS treatment has been on the list for more than a year, and the backlog is unlikely to fall below 6 million before 2029",
      "researchers at the Wyvernholt Institute", G, "according to", ph=["according-to", "trailing-attribution", "writing"]),
    # "The report found": the paper stands for its authors; the comparison after the figure is inside what it found
    I("1.4 million people had waited more than 52 weeks in March, up from 1.1 million a year earlier",
      "researchers at the Wyvernholt Institute", G, "found", ph=["said-that", "writing", "nominal"]),
    # "the authors": the researchers of the lede (as in aldenmoor-daylight-myopia-study)
    D("Targets that count only the length of the list push hospitals to treat simple cases first. The patients who have waited longest are too often left at the back of the queue,",
      "researchers at the Wyvernholt Institute", G, "wrote", ph=["multi-sentence", "writing", "nominal"]),
    # "They": the authors; the so-called term sits inside the estimate and is rejected on its own
    I("a further 2.3 million people were on a so-called ‘hidden waiting list’ of referrals not yet recorded by hospitals",
      "researchers at the Wyvernholt Institute", G, "estimated", ph=["said-that", "writing", "pronoun"]),
    R("hidden waiting list", "term in quotes after 'so-called'", "scare-quote"),
    # "Speaking in the Commons" names no relay
    I("the list had fallen for five consecutive months", "Lydia Harcastle-Bowen", P, "said", role="health secretary",
      ph=["said-that", "role-apposition"]),
    # "She" points two sentences back, past the paper's own sentence on the target, to Harcastle-Bowen; the
    # paragraph states her role
    I("the target was still within reach", "Lydia Harcastle-Bowen", P, "insisted", role="health secretary",
      ph=["said-that", "cue-class", "pronoun"]),
    # "MPs" are the hearers, not a relay
    D("We are not where we want to be, and I have never pretended otherwise. But the direction of travel is clear,",
      "Lydia Harcastle-Bowen", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    I("patients were being taken off the list to flatter the figures", "Lydia Harcastle-Bowen", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    D("The health secretary keeps talking about the direction of travel,", "Owain Treharne-Pike", P, "said",
      role="shadow health minister", ph=["inversion", "split-quote", "role-apposition"]),
    D("Patients in pain do not want a direction of travel. They want a date for their operation.",
      "Owain Treharne-Pike", P, "said", role="shadow health minister", ph=["split-quote", "multi-sentence"]),
    # a first name only; the age is not part of the role, which stops at the place as in "teacher from Lyon"
    D("Some days I can’t get down the stairs. I’ve stopped telling my daughter how bad it is, because there’s nothing she can do,",
      "Maureen", P, "said", role="retired dinner lady from Kellingthorpe",
      ph=["multi-sentence", "pronoun", "role-apposition"]),
    D("The waiting list is at its lowest level in two years, and new surgical hubs will bring it down further. We will study the report’s findings carefully.",
      "a Department of Health and Social Care spokesperson", A, "said", ph=["multi-sentence"]),
])

# ---------------------------------------------------------------- state-media-style wire (Chinese English-language style) on a bridge opening, «guillemets» with no inner spaces, names in Chinese order (family name first): a trailing "…, Xinhua reported, citing the Provincial Department of Transport" after a long lede, "according to local authorities", a provincial transport official's quote with his role in apposition and "Zhao said" with two that-clauses and "He described … as «…»", "According to the department", a nickname in «…», a construction worker "surnamed Li" with a that-clause and "Li said", a foreign ministry spokesperson who "told a regular press briefing" with a fragment, "Lin rejected reports … that …, calling them «…»" and a trailing "she said"
article("qingmo-river-bridge-opening", """
FENGHUAI, June 28 – The Qingmo River Grand Bridge, a 1,860-metre cable-stayed crossing between the cities of Fenghuai and Tongmo in Shuilan Province, opened to traffic on Saturday, cutting the drive between the two from nearly two hours to about 20 minutes, Xinhua reported, citing the Shuilan Provincial Department of Transport.
The bridge’s main span of 1,120 metres is the longest of its kind in the province, and its two towers rise 310 metres above the water, according to local authorities.
«This bridge turns two cities into one. Farmers on the north bank can now sell their oranges in Fenghuai in the morning and be home for lunch», Zhao Minghui, deputy director of the provincial transport department, said at the opening ceremony.
Zhao said construction had taken five years and cost 6.8 billion yuan, and that the bridge was designed to withstand a magnitude-8 earthquake. He described its cable system as «the first of its kind in the world».
According to the department, the bridge is expected to carry 40,000 vehicles a day by 2030 and will form part of a planned trade corridor to neighbouring Taravia.
Residents have already nicknamed the crossing the «Golden Harp» for the fan of yellow cables on each tower.
A construction worker surnamed Li, who spent all five years on the project, said he had brought his parents from their village to walk across the deck before it opened to cars. «When my son is older, I will bring him here and tell him his father helped to build it», Li said.
Foreign Ministry spokesperson Lin Wenqiao told a regular press briefing on Monday that the bridge would bring «real benefits to people on both banks and beyond».
Lin rejected reports in some foreign media that the bridge’s piers had narrowed the river’s shipping channel, calling them «groundless». Navigation on the Qingmo had not been affected, she said.
""", [
    # the agency that cites the department is the relay (as "Bloomberg reported …, citing people familiar with the
    # matter"); the apposition and the participle clause are inside what the department said
    I("The Qingmo River Grand Bridge, a 1,860-metre cable-stayed crossing between the cities of Fenghuai and Tongmo in Shuilan Province, opened to traffic on Saturday, cutting the drive between the two from nearly two hours to about 20 minutes",
      "the Shuilan Provincial Department of Transport", O, "citing", via=["Xinhua"], ph=["trailing-attribution"]),
    I("The bridge’s main span of 1,120 metres is the longest of its kind in the province, and its two towers rise 310 metres above the water",
      "local authorities", G, "according to", ph=["according-to", "trailing-attribution"]),
    # "at the opening ceremony" names no relay
    D("This bridge turns two cities into one. Farmers on the north bank can now sell their oranges in Fenghuai in the morning and be home for lunch",
      "Zhao Minghui", P, "said", role="deputy director of the provincial transport department",
      ph=["multi-sentence", "role-apposition"]),
    # "Zhao": his family name, which comes first; two that-clauses with no quote marks: one statement
    I("construction had taken five years and cost 6.8 billion yuan, and that the bridge was designed to withstand a magnitude-8 earthquake",
      "Zhao Minghui", P, "said", ph=["said-that", "surname"]),
    M("the first of its kind in the world", "Zhao Minghui", P, "described", ph=["pronoun"]),
    # "the department": the provincial Department of Transport of the lede; both predicates are inside what it says
    I("the bridge is expected to carry 40,000 vehicles a day by 2030 and will form part of a planned trade corridor to neighbouring Taravia",
      "the Shuilan Provincial Department of Transport", O, "according to", ph=["according-to", "nominal"]),
    # residents naming the bridge is no statement
    R("Golden Harp", "nickname of a bridge", "title"),
    # a family name only, with no given name: the speaker is "Li"; "who spent all five years …" is a relative clause
    I("he had brought his parents from their village to walk across the deck before it opened to cars", "Li", P,
      "said", role="construction worker", ph=["said-that", "role-apposition"]),
    D("When my son is older, I will bring him here and tell him his father helped to build it", "Li", P, "said",
      role="construction worker"),
    # "told a regular press briefing" names no relay; the that-clause carries the quoted fragment, so only the
    # fragment is annotated
    M("real benefits to people on both banks and beyond", "Lin Wenqiao", P, "told",
      role="Foreign Ministry spokesperson", ph=["told", "said-that", "role-premodifier"]),
    # the denial is annotated on the content after "that"; "Lin": her family name
    I("the bridge’s piers had narrowed the river’s shipping channel", "Lin Wenqiao", P, "rejected",
      ph=["denial", "cue-class", "surname"]),
    M("groundless", "Lin Wenqiao", P, "calling", ph=["participle-cue", "surname"]),
    I("Navigation on the Qingmo had not been affected", "Lin Wenqiao", P, "said",
      ph=["trailing-attribution", "pronoun"]),
])

# ---------------------------------------------------------------- sports wire on a cycling doping case, curly double quotes: a trailing "…, the Velo Integrity Unit (VIU) said" and "In a statement, the agency said", a technical term in the writer's scare quotes ("adverse analytical finding"), the rider's denial "on Instagram" and "he wrote" in the next paragraph, his lawyer who "said in a statement" with a that-clause and a second one carrying a fragment, a team manager who "told L’Équipe:" and "He said" in the next paragraph, "Sources close to the case said" with two that-clauses, "The agency said" at the end
article("meerhaven-trexamorin-case", """
Valdorian climber Joris Meerhaven has been provisionally suspended after a sample he gave at the Tour of Kestria in March tested positive for the banned blood booster trexamorin, the Velo Integrity Unit (VIU) said on Wednesday.
In a statement, the agency said Meerhaven, 27, had been notified on Monday and had ten days to ask for his B sample to be analysed.
In the jargon of anti-doping, the test produced an “adverse analytical finding”, which becomes a violation only if the rider cannot explain how the substance got into his body.
Meerhaven, who finished third overall at last year’s Tour of Halvenmark, denied on Instagram that he had ever cheated.
“I have given more than 60 samples in my career and every single one was clean. I do not know what happened, but I will find out and I will prove it,” he wrote.
His lawyer, Anouk Verschaeren, said in a statement that her client would ask for the B sample to be tested and that he had “never knowingly taken a prohibited substance”.
Pieter Ostendahl, manager of the Arvella-Dunmore team, told L’Équipe: “We are in shock. Joris has never given us one reason to doubt him, and until the B sample says otherwise, we believe him.”
He said the team had withdrawn Meerhaven from all races until the case was resolved.
Sources close to the case said the amount of trexamorin in the sample was very small, and that the rider’s lawyers were looking at whether a contaminated supplement could be to blame.
If the finding is upheld, Meerhaven faces a ban of up to four years. The agency said it would make no further comment while the case was open.
""", [
    I("Valdorian climber Joris Meerhaven has been provisionally suspended after a sample he gave at the Tour of Kestria in March tested positive for the banned blood booster trexamorin",
      "the Velo Integrity Unit", O, "said", ph=["trailing-attribution"]),
    # "the agency": the VIU of the lede; a statement names no channel
    I("Meerhaven, 27, had been notified on Monday and had ten days to ask for his B sample to be analysed",
      "the Velo Integrity Unit", O, "said", ph=["said-that", "writing", "nominal"]),
    # the writer's own gloss on the jargon: no speaker and no cue
    R("adverse analytical finding", "technical term in the writer's scare quotes", "scare-quote"),
    # "who finished third …" is a relative clause; the denial is annotated on the content after "that"
    I("he had ever cheated", "Joris Meerhaven", P, "denied", via=["Instagram"],
      ph=["denial", "cue-class", "writing", "surname"]),
    # "he" in the paragraph after his post on Instagram
    D("I have given more than 60 samples in my career and every single one was clean. I do not know what happened, but I will find out and I will prove it,",
      "Joris Meerhaven", P, "wrote", via=["Instagram"], ph=["multi-sentence", "writing", "pronoun"]),
    # the first that-clause has no marks; the second carries the quoted fragment, so only the fragment is annotated
    I("her client would ask for the B sample to be tested", "Anouk Verschaeren", P, "said", role="lawyer",
      ph=["said-that", "writing", "role-apposition"]),
    M("never knowingly taken a prohibited substance", "Anouk Verschaeren", P, "said", role="lawyer",
      ph=["said-that", "writing", "role-apposition"]),
    D("We are in shock. Joris has never given us one reason to doubt him, and until the B sample says otherwise, we believe him.",
      "Pieter Ostendahl", P, "told", role="manager of the Arvella-Dunmore team", via=["L’Équipe"],
      ph=["multi-sentence", "told", "role-apposition"]),
    # "He" opens the next paragraph, which names no relay
    I("the team had withdrawn Meerhaven from all races until the case was resolved", "Pieter Ostendahl", P, "said",
      ph=["said-that", "pronoun"]),
    # two that-clauses with no quote marks: one statement
    I("the amount of trexamorin in the sample was very small, and that the rider’s lawyers were looking at whether a contaminated supplement could be to blame",
      "sources close to the case", A, "said", ph=["said-that"]),
    # the ban is the wire's own background; "The agency": the VIU
    I("it would make no further comment while the case was open", "the Velo Integrity Unit", O, "said",
      ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- university press-office rewrite on a bird-migration study, curly double quotes: a trailing "according to a study by researchers at …", "The researchers … found that", the lead author's inverted quote with a double role ("said X, a … and the study’s lead author") and "Ferreira said", a bird's nickname in quotes, a co-author who "added that" and "he said", "the researchers wrote in the Journal of …", an outside ornithologist "who was not involved in the study" who "called" the results "…" and "cautioned that" with two that-clauses, "she said" in the next paragraph, "The university said"
article("flitwarbler-nonstop-migration", """
Tiny songbirds crossing the Mereval Sea on their autumn migration can fly for up to 70 hours without stopping, far longer than scientists had thought possible for birds that weigh less than a teaspoon of sugar, according to a study by researchers at the University of Callowmere.
The researchers fitted 46 saltmarsh flitwarblers with backpack trackers weighing 0.3 grams, and found that 31 of them flew non-stop across the sea to their wintering grounds in the Oskanda delta, about 2,900 kilometres away.
“We had assumed they would stop to refuel on the islands. Instead, most of them simply kept going, day and night, until they reached the delta,” said Beatriz Ferreira, a behavioural ecologist at the university and the study’s lead author.
Ferreira said the birds almost doubled their body weight before leaving, storing fat that they burned steadily during the crossing. One female, nicknamed “Little Comet” by the team, flew for 71 hours.
Samir Oduya-Lang, a data scientist at the university and a co-author of the study, added that the trackers showed the birds climbing to more than 3,000 metres at night to ride favourable winds. “They are not just strong. They are clever about where they fly,” he said.
“The capacity to fly for three days without food or rest places these birds among the most extreme endurance athletes known,” the researchers wrote in the Journal of Flyway Ecology.
Henrike Salvensen, an ornithologist at the Tarnholm Bird Observatory who was not involved in the study, called the results “remarkable”. But she cautioned that the trackers could have changed how the birds flew, and that 46 birds from a single colony might not represent the whole species.
“Every tenth of a gram matters to a bird this size. I would want to see the same result with lighter tags before anyone rewrites the textbooks,” she said.
The university said the team planned to tag 200 birds from three colonies next autumn.
""", [
    # the comparison after the finding is inside what the study reports
    I("Tiny songbirds crossing the Mereval Sea on their autumn migration can fly for up to 70 hours without stopping, far longer than scientists had thought possible for birds that weigh less than a teaspoon of sugar",
      "researchers at the University of Callowmere", G, "according to",
      ph=["according-to", "trailing-attribution", "writing"]),
    # "The researchers": those of the lede; fitting the trackers is narration, only what they found is reported
    I("31 of them flew non-stop across the sea to their wintering grounds in the Oskanda delta, about 2,900 kilometres away",
      "researchers at the University of Callowmere", G, "found", ph=["said-that", "writing", "nominal"]),
    D("We had assumed they would stop to refuel on the islands. Instead, most of them simply kept going, day and night, until they reached the delta,",
      "Beatriz Ferreira", P, "said", role="behavioural ecologist at the university and the study’s lead author",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # the sentence on the female bird has no attribution: the release's own narration
    I("the birds almost doubled their body weight before leaving, storing fat that they burned steadily during the crossing",
      "Beatriz Ferreira", P, "said", ph=["said-that", "surname"]),
    R("Little Comet", "nickname of a tracked bird", "title"),
    I("the trackers showed the birds climbing to more than 3,000 metres at night to ride favourable winds",
      "Samir Oduya-Lang", P, "added", role="data scientist at the university and a co-author of the study",
      ph=["said-that", "role-apposition"]),
    D("They are not just strong. They are clever about where they fly,", "Samir Oduya-Lang", P, "said",
      role="data scientist at the university and a co-author of the study", ph=["multi-sentence", "pronoun"]),
    # the journal is the channel the paper was published in
    D("The capacity to fly for three days without food or rest places these birds among the most extreme endurance athletes known,",
      "researchers at the University of Callowmere", G, "wrote", via=["Journal of Flyway Ecology"],
      ph=["writing", "nominal"]),
    # "who was not involved in the study" is a relative clause, not part of the role
    M("remarkable", "Henrike Salvensen", P, "called", role="ornithologist at the Tarnholm Bird Observatory",
      ph=["role-apposition"]),
    # two that-clauses with no quote marks: one statement
    I("the trackers could have changed how the birds flew, and that 46 birds from a single colony might not represent the whole species",
      "Henrike Salvensen", P, "cautioned", role="ornithologist at the Tarnholm Bird Observatory",
      ph=["said-that", "cue-class", "pronoun"]),
    D("Every tenth of a gram matters to a bird this size. I would want to see the same result with lighter tags before anyone rewrites the textbooks,",
      "Henrike Salvensen", P, "said", ph=["multi-sentence", "pronoun"]),
    # "The university": the University of Callowmere, whose researchers are named in the lede
    I("the team planned to tag 200 birds from three colonies next autumn", "the University of Callowmere", O, "said",
      ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- US political news site on a governor's veto, curly double quotes: the governor's statement "released Tuesday" with the bill's title in quotes and a fragment after "the Democratic governor said", "Vollmer-Pike said in the statement", legislators with "R-"/"D-" tags (the tag as role), "He called" two sentences after the name (past "Supporters"), "the Republican said" a paragraph later, an inverted split quote "said Rep. X, D-…", a lobbyist "who requested anonymity to discuss private conversations" and "the lobbyist said", the governor's spokesperson's denial with "saying" and a fragment, a trade group's spokesperson who "did not respond to a request for comment"
article("kessaway-broadband-veto", """
KESSAWAY CITY — Gov. Harriet Vollmer-Pike on Tuesday vetoed a bill that would have let towns build their own high-speed internet networks, a blow to rural lawmakers of both parties.
In a statement released Tuesday, the Democratic governor said the bill, titled the “Hometown Broadband Freedom Act,” would have left “taxpayers on the hook for risky ventures that private companies are already building.”
“I share the goal of connecting every home in this state. I do not share the belief that every city hall should become a phone company,” Vollmer-Pike said in the statement.
The bill passed the House 71-28 and the Senate 22-11 in March.
Rep. Dale Oberholt, R-Sabledge, who wrote the bill, learned of the veto from a reporter. Supporters had expected a signature as late as Monday. He called the decision “a punch in the gut” and said he would start counting votes for an override.
“I spent two years listening to farmers who run their businesses off a cellphone hotspot. The governor spent two weeks listening to the cable lobby,” the Republican said.
Democrats were split. “Nobody in my district is asking city hall to run the internet,” said Rep. Marcus Tillery-Owens, D-Kessaway City. “They are asking why the cable company never showed up.”
Sen. Lucinda Farrow-Akers, D-Brindle Gap, said she would not vote to override a governor of her own party. She called the veto “a mistake, but an honest one.”
A lobbyist for one of the state’s largest cable providers, who requested anonymity to discuss private conversations, said company executives had met with the governor’s staff three times since the bill passed.
“We never asked her for a veto. We asked for a fair fight,” the lobbyist said.
Vollmer-Pike’s spokesperson, Corey Lindqvist-Amaro, denied that those meetings had influenced the decision, saying the governor had “read every page of the bill herself.”
A spokesperson for the Kessaway Cable and Broadband Association did not respond to a request for comment.
""", [
    # "vetoed a bill" is an act, not a statement
    R("Hometown Broadband Freedom Act,", "title of a bill", "title"),
    # "the Democratic governor": Vollmer-Pike, named in the lede, so the nominal is the role; the that-clause carries
    # the quoted fragment (and the title), so only the fragment is annotated; a statement names no channel
    M("taxpayers on the hook for risky ventures that private companies are already building.", "Harriet Vollmer-Pike",
      P, "said", role="Democratic governor", ph=["said-that", "writing", "nominal"]),
    D("I share the goal of connecting every home in this state. I do not share the belief that every city hall should become a phone company,",
      "Harriet Vollmer-Pike", P, "said", ph=["multi-sentence", "writing", "surname"]),
    # "Rep." is a title; "R-Sabledge" (Republican of Sabledge) stands in apposition like "D-Ore." elsewhere in the set;
    # "who wrote the bill" is a relative clause; "learned of the veto" reports nothing. "He" points two sentences back,
    # past the plural "Supporters", to Oberholt; the paragraph states his role
    M("a punch in the gut", "Dale Oberholt", P, "called", role="R-Sabledge", ph=["pronoun"]),
    I("he would start counting votes for an override", "Dale Oberholt", P, "said",
      role="R-Sabledge", ph=["said-that", "pronoun"]),
    # "the Republican": Oberholt (the governor is a Democrat), so the nominal is the role
    D("I spent two years listening to farmers who run their businesses off a cellphone hotspot. The governor spent two weeks listening to the cable lobby,",
      "Dale Oberholt", P, "said", role="Republican", ph=["multi-sentence", "nominal"]),
    # "Democrats were split" is the site's own summary
    D("Nobody in my district is asking city hall to run the internet,", "Marcus Tillery-Owens", P, "said",
      role="D-Kessaway City", ph=["inversion", "split-quote", "role-apposition"]),
    D("They are asking why the cable company never showed up.", "Marcus Tillery-Owens",
      P, "said", role="D-Kessaway City", ph=["split-quote"]),
    I("she would not vote to override a governor of her own party", "Lucinda Farrow-Akers", P, "said",
      role="D-Brindle Gap", ph=["said-that", "role-apposition"]),
    M("a mistake, but an honest one.", "Lucinda Farrow-Akers", P, "called", role="D-Brindle Gap", ph=["pronoun"]),
    # "who requested anonymity to discuss private conversations" is a relative clause, not part of the phrase
    I("company executives had met with the governor’s staff three times since the bill passed",
      "a lobbyist for one of the state’s largest cable providers", A, "said", ph=["said-that"]),
    # "the lobbyist": the lobbyist of the paragraph before
    D("We never asked her for a veto. We asked for a fair fight,",
      "a lobbyist for one of the state’s largest cable providers", A, "said", ph=["multi-sentence", "nominal"]),
    # the denial is annotated on the content after "that"; the participle's clause carries the quoted fragment, so
    # only the fragment is annotated
    I("those meetings had influenced the decision", "Corey Lindqvist-Amaro", P, "denied",
      role="Vollmer-Pike’s spokesperson", ph=["denial", "cue-class", "role-apposition"]),
    M("read every page of the bill herself.", "Corey Lindqvist-Amaro", P, "saying", role="Vollmer-Pike’s spokesperson",
      ph=["participle-cue", "role-apposition"]),
    # "did not respond to a request for comment" reports nothing
])

# ---------------------------------------------------------------- Austrian outlet's English edition on a ski-resort avalanche, „low-high“ quotes with the comma outside: "according to the provincial government of Tirnau" trailing a long lede, a German term after "so-called" as the author's scare quote, the mountain-rescue head's inverted split quote and his surname with a that-clause whose relative clause is part of the content, "according to the provincial avalanche warning service", a trailing "a police spokesman told the APA news agency" and "He said" in the same paragraph, the lift operator's statement with two that-clauses, a hotel owner inverted with "owner" before the name, a survivor quoted by the local paper ("quoted X, 27, a snowboarder from Vienna who …, as saying" with a fragment) and "he told the paper", a trailing "the warning service said"
article("ferlatsch-avalanche", """
FERLATSCH – Two skiers were killed and a third was seriously injured on Saturday when an avalanche swept across an off-piste slope above the ski resort of Ferlatsch, according to the provincial government of Tirnau.
The slab of so-called „Triebschnee“, snow packed hard by the wind, broke away shortly after 11 am below the Hochferlkopf at an altitude of about 2,300 metres.
„The conditions were textbook for a slab avalanche. We had 60 centimetres of fresh snow lying on a weak layer, with strong wind on top“, said Andreas Pichlmayr, head of the Tirnau mountain rescue service. „Anyone who read this morning’s avalanche bulletin knew that.“
Pichlmayr said more than 70 rescuers and two helicopters had taken part in the search, which was called off at 4 pm.
The danger level had been set at 4 on the five-point European scale, according to the provincial avalanche warning service.
The dead, a German man of 34 and a Dutch woman of 51, had been skiing outside the marked runs, a police spokesman told the APA news agency. He said investigators would examine whether the group had ignored a closure sign.
The lift operator, Ferlatscher Bergbahnen, said in a statement that the slope had been closed since Friday and that warning signs had been posted at the top.
At the Hotel Grattlerhof, guests watched the helicopters from the windows all afternoon. „Everybody here knows somebody who was on the mountain today. It is very quiet in the village tonight“, said owner Margit Oberleitner-Hainz.
The local newspaper Tirnauer Bote quoted Lukas Brandauer, 27, a snowboarder from Vienna who survived the slide, as saying he had heard „a dull bang, like a door slamming“ before the whole slope began to move. „I was under the snow for maybe two minutes before my friend found my glove“, he told the paper.
The danger level will remain at 4 until at least Monday, the warning service said.
""", [
    # the provincial government is the source of the casualty report
    I("Two skiers were killed and a third was seriously injured on Saturday when an avalanche swept across an off-piste slope above the ski resort of Ferlatsch",
      "the provincial government of Tirnau", O, "according to", ph=["according-to", "trailing-attribution"]),
    # the paper's own description of the slab and the count of those caught carry no attribution
    R("Triebschnee", "the author's scare quote on a German term after 'so-called'", "scare-quote"),
    D("The conditions were textbook for a slab avalanche. We had 60 centimetres of fresh snow lying on a weak layer, with strong wind on top",
      "Andreas Pichlmayr", P, "said", role="head of the Tirnau mountain rescue service",
      ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("Anyone who read this morning’s avalanche bulletin knew that.", "Andreas Pichlmayr", P, "said",
      role="head of the Tirnau mountain rescue service", ph=["split-quote"]),
    # the relative clause on the search is inside what he said
    I("more than 70 rescuers and two helicopters had taken part in the search, which was called off at 4 pm",
      "Andreas Pichlmayr", P, "said", ph=["said-that", "surname"]),
    I("The danger level had been set at 4 on the five-point European scale", "the provincial avalanche warning service",
      O, "according to", ph=["according-to", "trailing-attribution"]),
    # the agency he told is the relay
    I("The dead, a German man of 34 and a Dutch woman of 51, had been skiing outside the marked runs",
      "a police spokesman", A, "told", via=["APA"], ph=["trailing-attribution", "told"]),
    # "He said": only the told-frame names the relay
    I("investigators would examine whether the group had ignored a closure sign",
      "a police spokesman", A, "said", ph=["said-that", "pronoun"]),
    # two that-clauses with no quote marks: one statement; "The lift operator" describes the company, which takes no
    # role; a statement names no channel
    I("the slope had been closed since Friday and that warning signs had been posted at the top",
      "Ferlatscher Bergbahnen", O, "said", ph=["said-that", "writing"]),
    D("Everybody here knows somebody who was on the mountain today. It is very quiet in the village tonight",
      "Margit Oberleitner-Hainz", P, "said", role="owner", ph=["inversion", "multi-sentence", "role-premodifier"]),
    # the newspaper that quotes him is the relay; the age is not a role and "who survived the slide" is a relative
    # clause; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("a dull bang, like a door slamming", "Lukas Brandauer", P, "quoted ... as saying", role="snowboarder from Vienna",
      via=["Tirnauer Bote"], ph=["quoted-as-saying", "said-that", "role-apposition"]),
    # "the paper": the Tirnauer Bote, named earlier in the paragraph
    D("I was under the snow for maybe two minutes before my friend found my glove",
      "Lukas Brandauer", P, "told", role="snowboarder from Vienna", via=["Tirnauer Bote"],
      ph=["multi-sentence", "told", "pronoun"]),
    # "the warning service": the provincial avalanche warning service
    I("The danger level will remain at 4 until at least Monday", "the provincial avalanche warning service", O, "said",
      ph=["trailing-attribution", "nominal"]),
])

# ---------------------------------------------------------------- Indian English daily on a monsoon-flood relief row, straight double quotes: Shri/Smt. honorifics, a chief minister in a trailing "… said while addressing a press conference here on Monday", "Shri X said" with two that-clauses and "he added" with a direct quote, the Leader of the Opposition's "alleged that" and "she had told reporters", the chief minister's denial "terming the charge …", a District Collector with two that-clauses, "revenue department officials said on condition of anonymity that", "villagers told this newspaper", an inverted farm labourer with "Smt." and a relative clause
article("jhilmora-flood-relief-row", '''
JHILMORA: The Ambarkot government will release an additional Rs 450 crore for relief and rehabilitation in the seven flood-hit districts of the State, Chief Minister Shri Raghunath Prasad Verma said while addressing a press conference here on Monday.
Shri Verma said immediate assistance of Rs 5,000 each had already been paid into the bank accounts of 2.6 lakh families, and that houses destroyed in the floods would be rebuilt under a separate scheme.
"Not a single family that has lost its home will be left without a roof before Diwali. The money is there and the orders have been issued," he added.
The announcement came a day after Leader of the Opposition Smt. Kamala Devi Rathore alleged that relief kits were being distributed only in villages that had voted for the ruling party in the last Assembly election.
"In Sonpura block, people have been sitting on their rooftops for four days waiting for one packet of rice. Meanwhile, trucks full of relief material are going to the Chief Minister's own constituency," she had told reporters in Jhilmora on Sunday.
Shri Verma denied that relief was being distributed on political lines, terming the charge "cheap politics over the misery of the people".
Jhilmora District Collector Shri Anil Kumar Bhosale said 43 relief camps in the district were sheltering more than 18,000 people and that the Sonbhadri river had started receding on Monday morning.
However, revenue department officials said on condition of anonymity that nearly 40 per cent of the funds sanctioned in August were yet to reach the districts because the lists of beneficiaries had not been verified.
In Sonpura, villagers told this newspaper that no official had visited the worst-hit hamlets since Friday. "We are drinking the same water our cattle died in," said Smt. Parvati Kushwaha, a farm labourer whose house collapsed last week.
The State Disaster Response Force has rescued more than 3,200 people since the Sonbhadri breached its banks on September 2.
''', [
    # "Shri" is an honorific; "while addressing a press conference here" names no relay
    I("The Ambarkot government will release an additional Rs 450 crore for relief and rehabilitation in the seven flood-hit districts of the State",
      "Raghunath Prasad Verma", P, "said", role="Chief Minister", ph=["trailing-attribution", "role-premodifier"]),
    # two that-clauses with no quote marks: one statement
    I("immediate assistance of Rs 5,000 each had already been paid into the bank accounts of 2.6 lakh families, and that houses destroyed in the floods would be rebuilt under a separate scheme",
      "Raghunath Prasad Verma", P, "said", ph=["said-that", "surname"]),
    # "he" opens the next paragraph
    D("Not a single family that has lost its home will be left without a roof before Diwali. The money is there and the orders have been issued,",
      "Raghunath Prasad Verma", P, "added", ph=["multi-sentence", "pronoun"]),
    # "Smt." is an honorific; "The announcement came a day after" is the paper's framing, not part of the content
    I("relief kits were being distributed only in villages that had voted for the ruling party in the last Assembly election",
      "Kamala Devi Rathore", P, "alleged", role="Leader of the Opposition",
      ph=["said-that", "cue-class", "role-premodifier"]),
    # "she" in the paragraph after her name; "told reporters" names no relay
    D("In Sonpura block, people have been sitting on their rooftops for four days waiting for one packet of rice. Meanwhile, trucks full of relief material are going to the Chief Minister's own constituency,",
      "Kamala Devi Rathore", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    # the denial is annotated on the content after "that"; the fragment after "terming" is a second statement
    I("relief was being distributed on political lines", "Raghunath Prasad Verma", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    M("cheap politics over the misery of the people", "Raghunath Prasad Verma", P, "terming",
      ph=["participle-cue", "surname"]),
    I("43 relief camps in the district were sheltering more than 18,000 people and that the Sonbhadri river had started receding on Monday morning",
      "Anil Kumar Bhosale", P, "said", role="Jhilmora District Collector", ph=["said-that", "role-premodifier"]),
    # unnamed officials who asked for anonymity: an anonymous source, given by the phrase as written
    I("nearly 40 per cent of the funds sanctioned in August were yet to reach the districts because the lists of beneficiaries had not been verified",
      "revenue department officials", A, "said", ph=["said-that"]),
    # "this newspaper" is the paper itself, not a named relay
    I("no official had visited the worst-hit hamlets since Friday", "villagers", G, "told", ph=["told", "said-that"]),
    # "whose house collapsed last week" is a relative clause, not part of the role
    D("We are drinking the same water our cattle died in,", "Parvati Kushwaha", P, "said", role="farm labourer",
      ph=["inversion", "role-apposition"]),
    # the rescue figure in the last paragraph carries no attribution
])

# ---------------------------------------------------------------- UK tabloid showbiz story on a reality-TV spat, curly single quotes + apostrophes: a fragment after "has blasted … as" and another after "he claimed" in the lede, "The 32-year-old, dubbed ‘…’" (a nickname) ending with "writing:" before an Instagram story that runs over two paragraphs, a rival's nickname, his fragment "told the … podcast" and "he said", "a source told The Daily Lantern" and "the source added", "A spokesperson for the show said:" and "The spokesperson also denied", a management team that "declined to comment"
article("sunkissed-isle-villa-spat", """
CHANTELLE Morrow-Bayliss has blasted former co-star Kenzie Okafor-Blythe as ‘two-faced’ after he claimed she cried ‘on cue’ during the last series of Sunkissed Isle.
The 32-year-old, dubbed ‘Queen Chaos’ by fans of the dating show, hit back in a lengthy Instagram story on Monday night, writing:
‘I’ve kept my mouth shut for three weeks for the sake of the show. Not any more.
‘Every tear you saw on that beach was real. Some people will say anything to get a magazine cover!’
Kenzie, 29, nicknamed ‘the Kettle’ by viewers because he boils over so quickly, told the Sunbed Confessions podcast last week that Chantelle had ‘turned on the waterworks whenever a camera came close’.
‘I’m not saying she’s a bad person. I’m saying she knows exactly where the cameras are,’ he said.
The pair were inseparable in the villa and finished third in the final in August.
‘Chantelle is absolutely fuming. She thought Kenzie was one of her closest mates in there,’ a source told The Daily Lantern.
‘The producers are having to keep them apart at the reunion rehearsals,’ the source added.
A spokesperson for the show said: ‘Sunkissed Isle does not script or stage any of the emotions viewers see on screen. Chantelle and Kenzie will always be part of the Sunkissed Isle family.’
The spokesperson also denied that the pair would be seated apart at the reunion special. It airs on 14 September.
Fans have rushed to take sides, with the hashtag #TeamChantelle trending on X by Tuesday morning.
Kenzie’s management declined to comment.
""", [
    # the lede sums up both sides of the row: a fragment for each; no channel is named in it
    M("two-faced", "Chantelle Morrow-Bayliss", P, "blasted", ph=["cue-class"]),
    M("on cue", "Kenzie Okafor-Blythe", P, "claimed", ph=["said-that", "cue-class", "pronoun"]),
    R("Queen Chaos", "nickname in quotes", "title"),
    # "The 32-year-old": Chantelle, by age; an age is not a role. "writing:" ends the paragraph and the story runs over
    # the next two, the opening mark repeated; the story is on Instagram
    D("I’ve kept my mouth shut for three weeks for the sake of the show. Not any more.\n‘Every tear you saw on that beach was real. Some people will say anything to get a magazine cover!",
      "Chantelle Morrow-Bayliss", P, "writing", via=["Instagram"],
      ph=["multi-sentence", "participle-cue", "colon-intro", "writing", "nominal"]),
    R("the Kettle", "nickname in quotes", "title"),
    # "Kenzie": his first name on a later mention; the podcast is the relay; the that-clause carries the quoted
    # fragment, so only the fragment is annotated
    M("turned on the waterworks whenever a camera came close", "Kenzie Okafor-Blythe", P, "told",
      via=["Sunbed Confessions"], ph=["told", "said-that", "surname"]),
    # "he said" after the told-frame: only the told-frame names the relay
    D("I’m not saying she’s a bad person. I’m saying she knows exactly where the cameras are,", "Kenzie Okafor-Blythe",
      P, "said", ph=["multi-sentence", "pronoun"]),
    D("Chantelle is absolutely fuming. She thought Kenzie was one of her closest mates in there,", "a source", A,
      "told", via=["The Daily Lantern"], ph=["multi-sentence", "told"]),
    D("The producers are having to keep them apart at the reunion rehearsals,", "a source", A, "added",
      ph=["nominal"]),
    D("Sunkissed Isle does not script or stage any of the emotions viewers see on screen. Chantelle and Kenzie will always be part of the Sunkissed Isle family.",
      "a spokesperson for the show", A, "said", ph=["multi-sentence"]),
    # "The spokesperson": the show's spokesperson of the paragraph before; the air date is the paper's own
    I("the pair would be seated apart at the reunion special", "a spokesperson for the show", A, "denied",
      ph=["denial", "cue-class", "nominal"]),
    # the trending hashtag and "declined to comment" report no statement
])

# ---------------------------------------------------------------- financial wire on a bank merger, curly double quotes: "said in a joint statement" by both banks named in the lede and "The two banks said", the acquirer's chief executive "said on a call with analysts" with a role before the name and her denial ("She denied that") in the next paragraph, the target's chief executive "said on the same call" with the role in apposition and by surname with a relative clause, "The lender said" for the target, a trailing "people familiar with the deal said, asking not to be identified …", a competition regulator that "said it would review", an analyst who "wrote in a note to clients" and "She estimated that", percentage figures
article("brightmoor-quillan-merger", """
SALTMERE, March 3 – Brightmoor Bank and Quillan Savings Group said in a joint statement on Monday that they had agreed to combine in an all-share deal worth about 3.2 billion euros, creating Corvania’s second-largest lender by deposits.
Quillan shareholders will receive 0.42 Brightmoor shares for each share they own, a premium of 27% to Friday’s closing price. The combined bank will keep the Brightmoor name and its headquarters in Saltmere.
The two banks said they expected to save about 310 million euros a year by 2028, mostly by closing overlapping branches and merging their IT systems.
“This is the deal we have wanted to do for ten years. Quillan’s customers are exactly the customers we have struggled to reach,” Brightmoor Chief Executive Helena Vasquez-Oyelaran said on a call with analysts.
She denied that the government had pressed Brightmoor to rescue its smaller rival. The state owns 18% of Quillan.
“We looked at standing alone, and we looked at other partners. This was the best answer for our depositors,” Quillan’s chief executive, Tobias Wren-Halloway, said on the same call.
Wren-Halloway, who will become deputy chief executive of the combined group, said it was too early to say how many of its 9,800 jobs would be cut.
Quillan’s profit fell 14% last year. The lender said on Monday that its board had voted unanimously to back the offer.
At least two other banks approached Quillan last year, people familiar with the deal said, asking not to be identified because the talks were private.
The Corvanian Competition Authority said it would review the deal and expected to decide within 90 days whether to open an in-depth investigation.
“The savings target is ambitious but not heroic. Brightmoor has done this twice before,” Rosalind Achterberg, an analyst at Kelby Securities, wrote in a note to clients. She estimated that the savings amounted to about 38% of Quillan’s cost base.
""", [
    # both banks speak in one statement; a joint statement names no channel; the deal terms in the next paragraph
    # carry no attribution
    I("they had agreed to combine in an all-share deal worth about 3.2 billion euros, creating Corvania’s second-largest lender by deposits",
      "Brightmoor Bank and Quillan Savings Group", O, "said", ph=["said-that", "writing"]),
    # "The two banks": both banks of the lede
    I("they expected to save about 310 million euros a year by 2028, mostly by closing overlapping branches and merging their IT systems",
      "Brightmoor Bank and Quillan Savings Group", O, "said", ph=["said-that", "nominal"]),
    # a call with analysts names no relay
    D("This is the deal we have wanted to do for ten years. Quillan’s customers are exactly the customers we have struggled to reach,",
      "Helena Vasquez-Oyelaran", P, "said", role="Brightmoor Chief Executive", ph=["multi-sentence", "role-premodifier"]),
    # "She" opens the next paragraph; the state's stake is the wire's own background
    I("the government had pressed Brightmoor to rescue its smaller rival", "Helena Vasquez-Oyelaran", P, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    D("We looked at standing alone, and we looked at other partners. This was the best answer for our depositors,",
      "Tobias Wren-Halloway", P, "said", role="Quillan’s chief executive", ph=["multi-sentence", "role-apposition"]),
    # "who will become deputy chief executive …" is a relative clause, not a role
    I("it was too early to say how many of its 9,800 jobs would be cut", "Tobias Wren-Halloway", P, "said",
      ph=["said-that", "surname"]),
    # "The lender": Quillan, the subject of the sentence before; the profit figure carries no attribution
    I("its board had voted unanimously to back the offer", "Quillan Savings Group", O, "said",
      ph=["said-that", "nominal"]),
    # "asking not to be identified …" gives the reason for anonymity, not a statement
    I("At least two other banks approached Quillan last year", "people familiar with the deal", A, "said",
      ph=["trailing-attribution"]),
    # one compound predicate: one statement; the deposit share after it is the wire's own figure
    I("it would review the deal and expected to decide within 90 days whether to open an in-depth investigation",
      "the Corvanian Competition Authority", O, "said", ph=["said-that"]),
    D("The savings target is ambitious but not heroic. Brightmoor has done this twice before,",
      "Rosalind Achterberg", P, "wrote", role="analyst at Kelby Securities",
      ph=["multi-sentence", "writing", "role-apposition"]),
    # "She" in the same paragraph, which states her role
    I("the savings amounted to about 38% of Quillan’s cost base", "Rosalind Achterberg", P, "estimated",
      role="analyst at Kelby Securities", ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- science desk on a volcano-monitoring warning in a Pacific nation, curly double quotes: the national geohazards agency "said Thursday" with two that-clauses, its duty volcanologist inverted ("said X, the agency’s duty volcanologist") and "She said" in the next paragraph, an evacuation order "titled “…”", a village chief who "told local broadcaster Radio Tamaveki" with two that-clauses and "he said" in the next paragraph with a grandmother's words reported unquoted inside his quote, "residents said", an overseas volcanologist who "said by phone" (no relay) and "she said" in the next paragraph, "The agency said"
article("tamaveki-olokele-alert", """
Scientists in the Pacific nation of Tamaveki have raised the alert level at Mount Olokele after a swarm of more than 1,200 small earthquakes, the first such warning at the volcano in more than four decades.
The Tamaveki Geohazards Agency said Thursday that it had moved Olokele to level 3 on its five-step scale, meaning an eruption is possible within weeks, and that satellite data showed the summit had risen 11 centimeters since August.
“We are not saying an eruption is coming tomorrow. We are saying this volcano is behaving the way it did before 1979, and we would be foolish to ignore that,” said Mele Vaipulu-Strand, the agency’s duty volcanologist.
She said instruments on the volcano’s eastern flank had also picked up a tenfold rise in sulfur dioxide.
On Friday the government issued an order titled “Precautionary Relocation of Olokele Flank Communities,” instructing about 2,300 people in six villages near the summit to move to relatives or school halls in the coastal town of Neiloa.
Iosua Fakatava-Lemi, chief of Vaiorongo village, told local broadcaster Radio Tamaveki that most families had packed their belongings but that older people did not want to leave their gardens.
“My grandmother says the mountain has grumbled for a hundred years and never hurt anyone. I told her this time it is the scientists who are talking,” he said.
In Neiloa, residents said the school halls set aside for evacuees still had no running water on Friday.
Hannelore Brückmann-Oduya, a volcanologist at the University of Kessdorf who has studied Olokele since 2004, said by phone that the pattern of swelling closely resembled the months before the 1979 eruption. That eruption killed 14 people.
“The difference is that in 1979 nobody had GPS on the mountain. This time there is no excuse for being surprised,” she said.
The agency said it would issue updates twice a day and could raise the alert to level 4 if the earthquakes grew stronger.
""", [
    # the lede's raised alert is an act; the agency's statement follows. Two that-clauses with no quote marks: one
    # statement, the participle "meaning …" inside it
    I("it had moved Olokele to level 3 on its five-step scale, meaning an eruption is possible within weeks, and that satellite data showed the summit had risen 11 centimeters since August",
      "the Tamaveki Geohazards Agency", O, "said", ph=["said-that"]),
    D("We are not saying an eruption is coming tomorrow. We are saying this volcano is behaving the way it did before 1979, and we would be foolish to ignore that,",
      "Mele Vaipulu-Strand", P, "said", role="agency’s duty volcanologist",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # "She" opens the next paragraph; no role in this paragraph
    I("instruments on the volcano’s eastern flank had also picked up a tenfold rise in sulfur dioxide",
      "Mele Vaipulu-Strand", P, "said", ph=["said-that", "pronoun"]),
    # the order instructs people to move; it reports nothing
    R("Precautionary Relocation of Olokele Flank Communities,", "title of an evacuation order", "title"),
    # the broadcaster he told is the relay; two that-clauses with no quote marks: one statement
    I("most families had packed their belongings but that older people did not want to leave their gardens",
      "Iosua Fakatava-Lemi", P, "told", role="chief of Vaiorongo village", via=["Radio Tamaveki"],
      ph=["told", "said-that", "role-apposition"]),
    # "he" in the paragraph after his name: only the told-frame names the relay; his grandmother's words are reported
    # inside his quote without marks, so they are part of it
    D("My grandmother says the mountain has grumbled for a hundred years and never hurt anyone. I told her this time it is the scientists who are talking,",
      "Iosua Fakatava-Lemi", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the school halls set aside for evacuees still had no running water on Friday", "residents", G, "said",
      ph=["said-that"]),
    # "who has studied Olokele since 2004" is a relative clause, not part of the role; a phone call names no relay;
    # the death toll in the next sentence is the paper's own
    I("the pattern of swelling closely resembled the months before the 1979 eruption", "Hannelore Brückmann-Oduya", P,
      "said", role="volcanologist at the University of Kessdorf", ph=["said-that", "role-apposition"]),
    D("The difference is that in 1979 nobody had GPS on the mountain. This time there is no excuse for being surprised,",
      "Hannelore Brückmann-Oduya", P, "said", ph=["multi-sentence", "pronoun"]),
    # "The agency": the Tamaveki Geohazards Agency; one compound predicate: one statement
    I("it would issue updates twice a day and could raise the alert to level 4 if the earthquakes grew stronger",
      "the Tamaveki Geohazards Agency", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- Scottish local paper on a ferry timetable row, curly single quotes + apostrophes with a “nested” double: islanders who "accused … of" with a fragment, a councillor ("Cllr" left out, a relative clause and no role) with a split quote around "she said" that carries a nested quote, "The operator said in a statement" with two that-clauses and "the statement added", a passenger by first name and age with a role in apposition and "she said" in the next paragraph, an MSP with "MSP" after his name who "said" and "described … as" with a fragment, a petition title
article("inchmurran-ferry-timetable-row", """
Islanders on Inchmurran have accused Morvaig Sound Ferries of ‘cutting the island adrift’ after the operator published a winter timetable that halves the number of sailings to the mainland.
The timetable, which takes effect on 27 October, cuts crossings between Inchmurran and Portnacraig from six a day to three and scraps the 7.10am departure used by commuters and by pupils at Portnacraig High School.
Cllr Shona Gilchrist, who represents the island on Morvaig Council, has written to the company asking for the changes to be paused until a public meeting can be held. ‘We were promised a proper consultation,’ she said. ‘What we got was a two-line letter in August telling us the cuts were “operationally necessary”. That isn’t a consultation. That’s an announcement.’
The operator said in a statement that one of its two vessels, the MV Eilean Dorcha, would be out of service until February for engine repairs and that it could not crew a full timetable with a single boat.
‘We know how much islanders rely on the early sailing, and we will bring it back as soon as the Eilean Dorcha returns,’ the statement added.
Morag, 41, a care worker in Portnacraig, said the first boat under the new timetable would get her to work an hour and a half late.
‘I’ve done that crossing every morning for eleven years, in all weathers. If this goes ahead, either I move off the island or I lose my job,’ she said.
Alasdair Rennie MSP, whose constituency includes Inchmurran, said he had raised the cuts with ministers and described the new timetable as ‘a slow eviction notice for a working island’.
Parents have started a petition, ‘Keep the 7.10’, which had gathered more than 1,400 signatures by last night.
A public meeting will be held in Inchmurran village hall on Thursday at 7pm.
""", [
    # the islanders as a body speak in the lede; "accused … of" carries the quoted fragment
    M("cutting the island adrift", "islanders on Inchmurran", G, "accused", ph=["cue-class"]),
    # "Cllr" is a title; "who represents the island …" is a relative clause, not a role; writing to the company
    # asking for a pause is a request, not a statement. The nested “…” is part of the second part
    D("We were promised a proper consultation,", "Shona Gilchrist", P, "said", ph=["split-quote", "pronoun"]),
    D("What we got was a two-line letter in August telling us the cuts were “operationally necessary”. That isn’t a consultation. That’s an announcement.",
      "Shona Gilchrist", P, "said", ph=["split-quote", "multi-sentence", "nested", "pronoun"]),
    # "The operator": Morvaig Sound Ferries of the lede; two that-clauses with no quote marks: one statement; a
    # statement names no channel
    I("one of its two vessels, the MV Eilean Dorcha, would be out of service until February for engine repairs and that it could not crew a full timetable with a single boat",
      "Morvaig Sound Ferries", O, "said", ph=["said-that", "writing", "nominal"]),
    # "the statement added": the statement stands for the operator that issued it
    D("We know how much islanders rely on the early sailing, and we will bring it back as soon as the Eilean Dorcha returns,",
      "Morvaig Sound Ferries", O, "added", ph=["writing", "nominal"]),
    # a first name and an age only; the age is not a role
    I("the first boat under the new timetable would get her to work an hour and a half late", "Morag", P, "said",
      role="care worker in Portnacraig", ph=["said-that", "role-apposition"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("I’ve done that crossing every morning for eleven years, in all weathers. If this goes ahead, either I move off the island or I lose my job,",
      "Morag", P, "said", ph=["multi-sentence", "pronoun"]),
    # "MSP" after the name is no part of it; with no other role in the paragraph it is his role. "whose constituency
    # …" is a relative clause. One subject, two cues: the that-less clause and the "described … as" fragment
    I("he had raised the cuts with ministers", "Alasdair Rennie", P, "said", role="MSP",
      ph=["said-that", "role-apposition"]),
    M("a slow eviction notice for a working island", "Alasdair Rennie", P, "described", role="MSP",
      ph=["role-apposition"]),
    R("Keep the 7.10", "title of a petition", "title"),
    # the public meeting is the paper's own notice
])

# ---------------------------------------------------------------- South African news site on a municipal water outage, straight double quotes + apostrophes: a metro named in full in the lede by an act, "according to a statement from the municipality" trailing the next paragraph, a member of the mayoral committee with a long apposition role who "said on Monday" with a that-less clause and by surname after her quote, "The municipality said" with two that-clauses, "Residents say", a resident "who did not want to be named" and "she said" in the next paragraph, the opposition party's spokesperson with a fragment, a second that-clause and a trailing "she said" in the next paragraph, the MMC's fragment and her denial
article("nqabeni-water-outage", '''
NQABENI - Taps in large parts of eastern Nqabeni ran dry for a fourth day on Monday as the Nqabeni Metropolitan Municipality struggled to restart the Qhawekazi pump station, which was damaged in a power surge at the weekend.
About 58 000 households in Lwazini, Ezinqeni and Amberdale Park are affected, according to a statement from the municipality.
Thandiwe Mokoena-Ngcobo, the member of the mayoral committee for water and sanitation, human settlements and bulk infrastructure services, said on Monday the station's two main pumps had burnt out in the surge and replacement motors were being trucked in from a supplier upcountry.
"We are not sitting on our hands. Our engineers have been on site day and night since Saturday, and we expect the first suburbs to have water again by Wednesday evening," Mokoena-Ngcobo said.
The municipality said 25 water tankers had been sent to the affected areas and that residents could fill containers at four community halls.
Residents say the tankers are few and far between. A resident of Ezinqeni, who did not want to be named, said a tanker had come to her street only once since Saturday.
"We are buying five litres for R20 from a man with a bakkie. The pensioners on this street can't afford that, so they just wait," she said.
Lerato Dlamini-Fourie, the opposition Civic Alliance's spokesperson on water, said the breakdown was "entirely avoidable" and that the city had cut the station's maintenance budget by R14-million last year.
Backup generators at Qhawekazi had been stolen twice this year and never replaced, she said.
Mokoena-Ngcobo said the money had been "moved, not cut" to pay for new bulk pipelines in Lwazini, and denied that the pump station had been neglected.
The outage is the third to hit eastern Nqabeni since June.
''', [
    # the lede's struggle to restart the station is the site's own report; "the municipality" in the next paragraph
    # is the metro named in full there; the statement stands for the municipality
    I("About 58 000 households in Lwazini, Ezinqeni and Amberdale Park are affected",
      "the Nqabeni Metropolitan Municipality", O, "according to",
      ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    # "said on Monday" with no "that"; the role is the whole apposition after the article
    I("the station's two main pumps had burnt out in the surge and replacement motors were being trucked in from a supplier upcountry",
      "Thandiwe Mokoena-Ngcobo", P, "said",
      role="member of the mayoral committee for water and sanitation, human settlements and bulk infrastructure services",
      ph=["said-that", "role-apposition"]),
    D("We are not sitting on our hands. Our engineers have been on site day and night since Saturday, and we expect the first suburbs to have water again by Wednesday evening,",
      "Thandiwe Mokoena-Ngcobo", P, "said", ph=["multi-sentence", "surname"]),
    # two that-clauses with no quote marks: one statement; no statement or channel is named here
    I("25 water tankers had been sent to the affected areas and that residents could fill containers at four community halls",
      "the Nqabeni Metropolitan Municipality", O, "said", ph=["said-that", "nominal"]),
    I("the tankers are few and far between", "residents", G, "say", ph=["said-that"]),
    # "who did not want to be named" is a relative clause, not part of the phrase
    I("a tanker had come to her street only once since Saturday", "a resident of Ezinqeni", A, "said",
      ph=["said-that"]),
    D("We are buying five litres for R20 from a man with a bakkie. The pensioners on this street can't afford that, so they just wait,",
      "a resident of Ezinqeni", A, "said", ph=["multi-sentence", "pronoun"]),
    # the first that-clause carries the quoted fragment, so only the fragment is annotated; the second has no marks
    M("entirely avoidable", "Lerato Dlamini-Fourie", P, "said", role="opposition Civic Alliance's spokesperson on water",
      ph=["said-that", "role-apposition"]),
    I("the city had cut the station's maintenance budget by R14-million last year", "Lerato Dlamini-Fourie", P, "said",
      role="opposition Civic Alliance's spokesperson on water", ph=["said-that", "role-apposition"]),
    # "she" opens a paragraph of its own after the spokesperson's; no role in it
    I("Backup generators at Qhawekazi had been stolen twice this year and never replaced", "Lerato Dlamini-Fourie",
      P, "said", ph=["trailing-attribution", "pronoun"]),
    # the that-clause carries the quoted fragment, so only the fragment is annotated; the denial is annotated on the
    # content after "that"
    M("moved, not cut", "Thandiwe Mokoena-Ngcobo", P, "said", ph=["said-that", "surname"]),
    I("the pump station had been neglected", "Thandiwe Mokoena-Ngcobo", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    # the count of outages is the site's own
])

# ---------------------------------------------------------------- Philippine wire on a typhoon response, curly double quotes: a trailing "…, the Office of … (ODRR) said" after a long lede, the agency's spokesperson (role with the acronym) who "told reporters in a briefing" and by surname, "The agency said" with two that-clauses, a provincial governor who "told DZRH radio" and "she said" in the same paragraph, "The governor denied that" with a "saying" clause, a fisherman with role before the name and his age, a cabinet secretary, a trailing "the ODRR said" by acronym alone
article("alimpuyo-typhoon-karimlan", """
LAGUINDAN, Oct. 9 – At least 23 people were killed and more than 180,000 fled their homes as Typhoon Karimlan tore across the central islands on Wednesday, the Office of Disaster Readiness and Response (ODRR) said on Thursday.
ODRR spokesperson Ramon Villafuerte-Agbayani told reporters in a briefing that 41 people were still missing, most of them fishermen from Kalumbay Island who had put to sea before storm warnings were raised.
“Our search teams are back in the water, but the sea east of Kalumbay is still very rough. We are not giving up on anyone,” Villafuerte-Agbayani said.
The agency said 62 roads and nine bridges were impassable and that power was out across nearly all of Alimpuyo province. Karimlan made landfall there late on Tuesday with gusts of up to 230 kph.
Alimpuyo Governor Teodora Macaraeg-Lualhati told DZRH radio that whole neighborhoods in the coastal town of Dalisayan had been flattened. “There are streets where not a single roof is left standing. We need tents, we need drinking water, and we need them today,” she said.
The governor denied that the provincial government had ignored warnings from forecasters, saying forced evacuations in low-lying villages had begun on Monday, a day before landfall.
At an evacuation center in a Dalisayan elementary school, fisherman Crisanto Dumalag, 58, said the sea had reached the steps of the town church. “I have lived here my whole life and I have never seen the water come that far,” he said.
Social Welfare Secretary Liza Abueva-Tan said 310,000 family food packs had been sent to the affected provinces by ship and military aircraft.
Karimlan, the 11th tropical cyclone to enter the country this year, was moving west-northwest at 25 kph and was expected to weaken over the sea on Friday, the ODRR said.
""", [
    # the speaker drops the acronym in brackets
    I("At least 23 people were killed and more than 180,000 fled their homes as Typhoon Karimlan tore across the central islands on Wednesday",
      "the Office of Disaster Readiness and Response", O, "said", ph=["trailing-attribution"]),
    # the role keeps the acronym; "told reporters in a briefing" names no relay; the relative clause on the fishermen
    # is inside what he said
    I("41 people were still missing, most of them fishermen from Kalumbay Island who had put to sea before storm warnings were raised",
      "Ramon Villafuerte-Agbayani", P, "told", role="ODRR spokesperson", ph=["told", "said-that", "role-premodifier"]),
    D("Our search teams are back in the water, but the sea east of Kalumbay is still very rough. We are not giving up on anyone,",
      "Ramon Villafuerte-Agbayani", P, "said", ph=["multi-sentence", "surname"]),
    # "The agency": the ODRR; two that-clauses with no quote marks: one statement; the landfall sentence after it is
    # the wire's own
    I("62 roads and nine bridges were impassable and that power was out across nearly all of Alimpuyo province",
      "the Office of Disaster Readiness and Response", O, "said", ph=["said-that", "nominal"]),
    # the radio station she told is the relay
    I("whole neighborhoods in the coastal town of Dalisayan had been flattened", "Teodora Macaraeg-Lualhati", P, "told",
      role="Alimpuyo Governor", via=["DZRH"], ph=["told", "said-that", "role-premodifier"]),
    # "she said" after the told-frame: only the told-frame names the relay; the paragraph states her role
    D("There are streets where not a single roof is left standing. We need tents, we need drinking water, and we need them today,",
      "Teodora Macaraeg-Lualhati", P, "said", role="Alimpuyo Governor", ph=["multi-sentence", "pronoun"]),
    # "The governor": Macaraeg-Lualhati, so the nominal is the role; the denial is annotated on the content after
    # "that" and the participle clause is a statement of its own
    I("the provincial government had ignored warnings from forecasters", "Teodora Macaraeg-Lualhati", P, "denied",
      role="governor", ph=["denial", "cue-class", "nominal"]),
    I("forced evacuations in low-lying villages had begun on Monday, a day before landfall", "Teodora Macaraeg-Lualhati",
      P, "saying", role="governor", ph=["participle-cue", "nominal"]),
    # the age is not a role
    I("the sea had reached the steps of the town church", "Crisanto Dumalag", P, "said", role="fisherman",
      ph=["said-that", "role-premodifier"]),
    D("I have lived here my whole life and I have never seen the water come that far,", "Crisanto Dumalag", P, "said",
      role="fisherman", ph=["pronoun"]),
    I("310,000 family food packs had been sent to the affected provinces by ship and military aircraft",
      "Liza Abueva-Tan", P, "said", role="Social Welfare Secretary", ph=["said-that", "role-premodifier"]),
    # the acronym alone names the office introduced in full in the lede
    I("Karimlan, the 11th tropical cyclone to enter the country this year, was moving west-northwest at 25 kph and was expected to weaken over the sea on Friday",
      "the Office of Disaster Readiness and Response", O, "said", ph=["trailing-attribution", "surname"]),
])

# ---------------------------------------------------------------- US business magazine profile of a startup founder, curly double quotes + apostrophes: present-tense "she says" throughout, a product name in quotes on its first mention only, a trailing "…, per a company spokesperson", a two-paragraph quotation (the opening mark repeated, no closing mark at the end of the first) closed by "she says", a customer with her role in apposition, an investor inverted "says X, a partner at …" in a split quote, an investor "who asked not to be identified because the talks are private", "Asked whether …, she shrugs" before a short quote
article("sorrelwick-founder-profile", """
For nine years, Dana Ferreira-Whitlock drove between patients’ homes in the suburbs of Marlow Falls with a paper schedule taped to her dashboard. She says most nights ended with her on the phone until 11, working out which nurse could cover whose visits.
Today her company, Sorrelwick, sells a scheduling app called “Tendline” to 340 home-care agencies in 19 states. The company closed a $48 million funding round led by Tessaract Ventures in March, per a company spokesperson.
“I wasn’t trying to start a company. I was trying to get my evenings back,” Ferreira-Whitlock says.
“The first version was a spreadsheet with a text-message bot bolted on. It broke every Sunday night, which is exactly when agencies redo the week’s rota, and I’d be fixing it at 2 a.m. at my kitchen table.
“But the nurses wouldn’t stop using it. When people keep using something that breaks every week, you’re not building a nice-to-have. You’re building plumbing,” she says.
Marcy Delacroix-Benn, owner of Wrenhaven Home Health in Pell Harbor, says the app cut the time her office spends on scheduling from 14 hours a week to three.
“Dana is the rare founder who has actually done the job her software replaces,” says Oren Maddox-Kline, a partner at Tessaract Ventures. “That shows up in a hundred small decisions.”
Growth has not been painless. Sorrelwick doubled its staff to 160 last year, and two of its first five engineers have left.
An investor in the company, who asked not to be identified because the talks are private, said Sorrelwick was in early talks to buy Quietwater, a smaller scheduling company that works with hospice providers.
Asked whether the big health-records companies could simply copy Tendline, Ferreira-Whitlock shrugs. “They could. They’ve had fifteen years to,” she says.
She still keeps the paper schedule, laminated, in her desk drawer.
""", [
    # present-tense "says" with the clause after it
    I("most nights ended with her on the phone until 11, working out which nurse could cover whose visits",
      "Dana Ferreira-Whitlock", P, "says", ph=["said-that", "pronoun"]),
    # the product's name is quoted on its first mention only
    R("Tendline", "name of a product", "title", after="called “"),
    # "per": a relay word like "according to"; "a company spokesperson" is the phrase as written
    I("The company closed a $48 million funding round led by Tessaract Ventures in March", "a company spokesperson", A,
      "per", ph=["according-to", "trailing-attribution"]),
    D("I wasn’t trying to start a company. I was trying to get my evenings back,", "Dana Ferreira-Whitlock", P, "says",
      ph=["multi-sentence", "surname"]),
    # the quotation runs over two paragraphs, the opening mark repeated and no closing mark at the end of the first;
    # "she says" closes it
    D("The first version was a spreadsheet with a text-message bot bolted on. It broke every Sunday night, which is exactly when agencies redo the week’s rota, and I’d be fixing it at 2 a.m. at my kitchen table.\n“But the nurses wouldn’t stop using it. When people keep using something that breaks every week, you’re not building a nice-to-have. You’re building plumbing,",
      "Dana Ferreira-Whitlock", P, "says", ph=["multi-sentence", "pronoun"]),
    I("the app cut the time her office spends on scheduling from 14 hours a week to three", "Marcy Delacroix-Benn", P,
      "says", role="owner of Wrenhaven Home Health in Pell Harbor", ph=["said-that", "role-apposition"]),
    D("Dana is the rare founder who has actually done the job her software replaces,", "Oren Maddox-Kline", P, "says",
      role="partner at Tessaract Ventures", ph=["inversion", "split-quote", "role-apposition"]),
    D("That shows up in a hundred small decisions.", "Oren Maddox-Kline", P, "says",
      role="partner at Tessaract Ventures", ph=["split-quote"]),
    # the staff figures are the magazine's own; "who asked not to be identified …" gives the reason for anonymity
    I("Sorrelwick was in early talks to buy Quietwater, a smaller scheduling company that works with hospice providers",
      "an investor in the company", A, "said", ph=["said-that"]),
    # the question put to her is not a statement, and a shrug says nothing
    D("They could. They’ve had fifteen years to,", "Dana Ferreira-Whitlock", P, "says", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Korean wire in English on monthly export figures, straight double quotes, names in Korean order (family name first): a trailing "the Ministry of … said Monday" after the lede and "the ministry said in a release" on the product figures, a vice minister with his role before the name who "told an emergency meeting" and by family name, a shipbuilder named with no company word ("Hanbit said") and "The company's shares", a trailing "Yonhap News Agency reported, citing a ministry official", "Analysts said" and "but warned that", an economist's inverted split quote
article("seongdae-november-exports", '''
SEONGDAE, Dec. 1 -- Exports fell 3.1 percent on-year in November to $55.2 billion, ending a 13-month run of growth as shipbuilding and petrochemical sales slumped, the Ministry of Industry and Trade Policy said Monday.
Semiconductor exports rose 9.4 percent to $11.8 billion on steady demand for high-bandwidth memory, but ship exports plunged 41 percent and petrochemicals fell 12.7 percent, the ministry said in a release.
Imports fell 6.4 percent to $51.9 billion, leaving a trade surplus of $3.3 billion for the month.
"The November number is mostly a story about delivery dates, not demand. Two very large ships slipped into January, and that alone takes more than a billion dollars off the month," First Vice Industry Minister Kwon Tae-yun told an emergency meeting with exporters in Seongdae.
Kwon said the government would expand trade insurance for small and midsize exporters by 2 trillion won next year.
Hanbit said two liquefied natural gas carriers worth a combined $520 million, originally due for delivery in November, would be handed over in the first week of January at the buyer's request. The company's shares fell 2.3 percent.
The government is also considering an emergency financing package of up to 1.5 trillion won for petrochemical makers hit by a global glut, Yonhap News Agency reported, citing a ministry official.
Analysts said exports were likely to return to growth in December as the delayed ships are delivered, but warned that memory chip prices had begun to soften.
"Exports are walking on one leg, and that leg is chips," said Yoon Ha-rin, a senior economist at Cheonggye Securities. "If memory prices turn next year, there is nothing else holding the numbers up."
''', [
    I("Exports fell 3.1 percent on-year in November to $55.2 billion, ending a 13-month run of growth as shipbuilding and petrochemical sales slumped",
      "the Ministry of Industry and Trade Policy", O, "said", ph=["trailing-attribution"]),
    # "the ministry": the ministry of the lede; a release names no channel; the import figures after it are the wire's
    # own
    I("Semiconductor exports rose 9.4 percent to $11.8 billion on steady demand for high-bandwidth memory, but ship exports plunged 41 percent and petrochemicals fell 12.7 percent",
      "the Ministry of Industry and Trade Policy", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    # "told an emergency meeting" names no relay
    D("The November number is mostly a story about delivery dates, not demand. Two very large ships slipped into January, and that alone takes more than a billion dollars off the month,",
      "Kwon Tae-yun", P, "told", role="First Vice Industry Minister", ph=["multi-sentence", "told", "role-premodifier"]),
    # "Kwon": the family name, which comes first in his name
    I("the government would expand trade insurance for small and midsize exporters by 2 trillion won next year",
      "Kwon Tae-yun", P, "said", ph=["said-that", "surname"]),
    # a company with no company word; the share price after it is the wire's own
    I("two liquefied natural gas carriers worth a combined $520 million, originally due for delivery in November, would be handed over in the first week of January at the buyer's request",
      "Hanbit", O, "said", ph=["said-that"]),
    # the agency that cites the official is the relay (as "Xinhua reported, citing …")
    I("The government is also considering an emergency financing package of up to 1.5 trillion won for petrochemical makers hit by a global glut",
      "a ministry official", A, "citing", via=["Yonhap News Agency"], ph=["trailing-attribution"]),
    # one subject, two cues: a statement for each
    I("exports were likely to return to growth in December as the delayed ships are delivered", "analysts", G, "said",
      ph=["said-that"]),
    I("memory chip prices had begun to soften", "analysts", G, "warned", ph=["said-that", "cue-class"]),
    D("Exports are walking on one leg, and that leg is chips,", "Yoon Ha-rin", P, "said",
      role="senior economist at Cheonggye Securities", ph=["inversion", "split-quote", "role-apposition"]),
    D("If memory prices turn next year, there is nothing else holding the numbers up.", "Yoon Ha-rin", P, "said",
      role="senior economist at Cheonggye Securities", ph=["split-quote"]),
])

# ---------------------------------------------------------------- French outlet's English edition on a rugby quarter-final press conference, « guillemets » with no-break spaces: a winger's nickname in quotes, the home coach's inverted "…, said X" with his role before the name and a relative clause after it, a reporter's question reported without marks and the answer "he said", a journalist's quoted question and "the coach replied", the captain named in a paragraph of his own and "The skipper said" in the next with "he added", the visiting director of rugby who "told Sky Sports" and by surname with a fragment
article("valmorin-quarter-final-exit", """
VALMORIN – Stade Valmorin’s European campaign ended in the quarter-finals on Saturday, beaten 27-19 at the Stade des Tilleuls by an Ashbury Wolves side that scored three tries in 15 minutes either side of half-time.
Ashbury’s left wing Kobe Addae-Lindqvist, known to his team-mates as « the Hovercraft », crossed twice, and the visitors’ pack won four scrum penalties against a front row that had dominated the domestic league all season.
« We gave them fifteen minutes and they took the match. At this level you cannot switch off for fifteen seconds », said Valmorin coach Thierry Castagnède-Roux, who arrived at the press conference twenty minutes late and never sat down.
Asked by one reporter whether the yellow card shown to his captain had decided the match, he shook his head. « No. The card is the card. We conceded two of their tries with fifteen men on the field », he said.
« Is your job under threat? » another journalist asked.
« You will have to ask the president. I am going home to watch the video », the coach replied.
Valmorin captain Mathis Lacombe-Aubry was sent to the sin bin in the 38th minute for a deliberate knock-on, and Ashbury scored twice while he was off the field.
The skipper said he had spoken to the squad in the dressing room and taken responsibility for the defeat. « It was a stupid reflex. I put my hand out and I cost us ten points », he added.
« We talked all week about being patient and trusting our set piece. The boys did exactly that, and when the chances came we were clinical », Ashbury director of rugby Gareth Penhallow told Sky Sports.
Penhallow said his side would travel to the semi-final « with no fear at all », whoever they face.
Ashbury will play their semi-final away from home on the first weekend of May.
""", [
    R("the Hovercraft", "nickname of a player", "title"),
    # "who arrived at the press conference …" is a relative clause, not a role
    D("We gave them fifteen minutes and they took the match. At this level you cannot switch off for fifteen seconds",
      "Thierry Castagnède-Roux", P, "said", role="Valmorin coach",
      ph=["inversion", "multi-sentence", "role-premodifier"]),
    # the reporter's question is reported without marks and is not a statement; shaking his head says nothing
    D("No. The card is the card. We conceded two of their tries with fifteen men on the field",
      "Thierry Castagnède-Roux", P, "said", ph=["multi-sentence", "pronoun"]),
    # a quoted question from the floor is the journalist's direct speech
    D("Is your job under threat?", "another journalist", A, "asked"),
    # "the coach": Castagnède-Roux, so the nominal is the role
    D("You will have to ask the president. I am going home to watch the video", "Thierry Castagnède-Roux", P,
      "replied", role="coach", ph=["multi-sentence", "nominal"]),
    # the sin-binning paragraph reports no speech; "The skipper" in the next paragraph is Lacombe-Aubry, so the
    # nominal is the role, and it stands in the paragraph of "he added" too
    I("he had spoken to the squad in the dressing room and taken responsibility for the defeat", "Mathis Lacombe-Aubry",
      P, "said", role="skipper", ph=["said-that", "nominal"]),
    D("It was a stupid reflex. I put my hand out and I cost us ten points", "Mathis Lacombe-Aubry", P, "added",
      role="skipper", ph=["multi-sentence", "pronoun"]),
    D("We talked all week about being patient and trusting our set piece. The boys did exactly that, and when the chances came we were clinical",
      "Gareth Penhallow", P, "told", role="Ashbury director of rugby", via=["Sky Sports"],
      ph=["multi-sentence", "told", "role-premodifier"]),
    # the that-clause carries the quoted fragment, so only the fragment is annotated; no channel is named here
    M("with no fear at all", "Gareth Penhallow", P, "said", ph=["said-that", "surname"]),
], nbsp_guillemets=True)

# ---------------------------------------------------------------- Singapore-style broadsheet on a public-housing rule, curly double quotes, Mr/Ms without periods: a minister with his portfolio before the name in a trailing "… said in Parliament on Monday", a rule's name in quotes, "Mr X said" with a fragment and a second that-clause, "he told the House", an MP's question after "asked:" with her constituency in apposition, "Mr X replied that" with two fragments, "In a Facebook post …, Ms X said" with a fragment and "She added in the post that", "The ministry said in a statement on Tuesday" with two that-clauses, "Property analysts said", an inverted analyst with a long role and "He said" in the same paragraph
article("selasih-grant-clawback", """
Home owners who sell a subsidised flat within ten years of buying it will have to return part of their housing grant from July next year, Minister for Housing and Towns Desmond Lau said in Parliament on Monday.
The “Stay Rooted” rule, as it will be known, was first proposed by the Ministry of Housing and Towns in a consultation paper in March.
Mr Lau said the clawback would keep new flats “affordable for the next buyer, and not just the first one”, and that about 7,400 households a year could be affected.
“Public housing is a home first and an asset second. We have always said so, and now the rules will say so too,” he told the House.
Ms Farah Iskandar-Goh, MP for Bukit Selasih GRC, asked: “What happens to a young couple who must sell because one of them has lost a job, or because the marriage has ended? Will they be punished for bad luck?”
Mr Lau replied that the Housing and Estates Board would consider appeals “case by case” and would waive the clawback where a seller faced “genuine hardship”.
“We are not going to penalise misfortune. We are going to discourage flipping,” he said.
In a Facebook post on Monday night, Ms Iskandar-Goh said the minister’s assurance was “welcome but vague”. She added in the post that she would ask for the appeal criteria to be published.
The ministry said in a statement on Tuesday that the rule would not apply to flats booked before July 1 next year, and that buyers would be told the exact amount at risk before signing.
Property analysts said the change could cool resale prices in the newest estates.
“Some buyers treated these flats as a lottery ticket. This takes the ticket away,” said Mr Kelvin Ong Jun Hao, head of research at property agency Orchid Lane Realty. He said resale prices in those estates would rise more slowly but were unlikely to fall.
""", [
    # "Mr", "Ms" are titles and are left out of the names; "in Parliament" names no relay
    I("Home owners who sell a subsidised flat within ten years of buying it will have to return part of their housing grant from July next year",
      "Desmond Lau", P, "said", role="Minister for Housing and Towns", ph=["trailing-attribution", "role-premodifier"]),
    # "as it will be known" names the rule; proposing it in a paper reports no content
    R("Stay Rooted", "name of a housing rule", "title"),
    # the first that-clause carries the quoted fragment (the comma after the mark is outside it), so only the fragment
    # is annotated; the second that-clause has no marks and is a statement of its own
    M("affordable for the next buyer, and not just the first one", "Desmond Lau", P, "said",
      ph=["said-that", "surname"]),
    I("about 7,400 households a year could be affected", "Desmond Lau", P, "said", ph=["said-that", "surname"]),
    # "the House" is the hearer, not a relay
    D("Public housing is a home first and an asset second. We have always said so, and now the rules will say so too,",
      "Desmond Lau", P, "told", ph=["multi-sentence", "told", "pronoun"]),
    # the MP's question is quoted, so it is a statement (as "she asked" elsewhere in the set)
    D("What happens to a young couple who must sell because one of them has lost a job, or because the marriage has ended? Will they be punished for bad luck?",
      "Farah Iskandar-Goh", P, "asked", role="MP for Bukit Selasih GRC", ph=["multi-sentence", "role-apposition"]),
    # two quoted fragments in one clause: two mixed statements
    M("case by case", "Desmond Lau", P, "replied", ph=["said-that", "surname"]),
    M("genuine hardship", "Desmond Lau", P, "replied", ph=["said-that", "surname"]),
    D("We are not going to penalise misfortune. We are going to discourage flipping,", "Desmond Lau", P, "said",
      ph=["multi-sentence", "pronoun"]),
    M("welcome but vague", "Farah Iskandar-Goh", P, "said", via=["Facebook"], ph=["said-that", "writing", "surname"]),
    # "in the post": the same Facebook post
    I("she would ask for the appeal criteria to be published", "Farah Iskandar-Goh", P,
      "added", via=["Facebook"], ph=["said-that", "writing", "pronoun"]),
    # "The ministry": the Ministry of Housing and Towns, named as the author of the paper; two that-clauses with no
    # quote marks: one statement; a statement names no channel
    I("the rule would not apply to flats booked before July 1 next year, and that buyers would be told the exact amount at risk before signing",
      "the Ministry of Housing and Towns", O, "said", ph=["said-that", "writing", "nominal"]),
    I("the change could cool resale prices in the newest estates", "property analysts", G,
      "said", ph=["said-that"]),
    # the name keeps all three parts (the fullest form in the article); "property agency" is part of the role
    D("Some buyers treated these flats as a lottery ticket. This takes the ticket away,", "Kelvin Ong Jun Hao", P,
      "said", role="head of research at property agency Orchid Lane Realty",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # "He" in the same paragraph, which states his role
    I("resale prices in those estates would rise more slowly but were unlikely to fall",
      "Kelvin Ong Jun Hao", P, "said", role="head of research at property agency Orchid Lane Realty",
      ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- UK medical-news page on a drug shortage, curly single quotes + apostrophes: a trailing "…, pharmacists have warned" after a long lede, a brand name in quotes, the sole supplier's that-clause, a pharmacists' body's chief executive inverted and "Ms X warned that" by surname, "The Department of Health and Social Care said" with a fragment and a second that-clause carrying another, a trailing "the department said", a GP "who did not wish to be named" with a fragment and "she said", a patient's inverted split quote with age and job, a charity introduced in apposition, the company's that-clause and "a Hestmoor spokesman said"
article("neurostal-shortage", """
Thousands of people with epilepsy could be left without their usual medicine for weeks after a manufacturing fault cut supplies of valtrocane to pharmacies, pharmacists have warned.
The drug, sold under the brand name ‘Neurostal’, is taken twice a day by around 60,000 patients. Its only licensed supplier, Hestmoor Pharma, said a contamination problem at its Kelsford plant had halted production in early May.
‘Pharmacists are ringing twenty or thirty wholesalers a day trying to find a single box. That isn’t a supply chain, it’s a scavenger hunt,’ said Olivia Brackwell-Singh, chief executive of the Community Pharmacy Guild.
Ms Brackwell-Singh warned that moving patients onto a different version of the drug without close monitoring could trigger breakthrough seizures.
The Department of Health and Social Care said it was ‘working closely’ with the manufacturer and that extra stock from overseas would arrive ‘within weeks’.
A serious shortage protocol, which allows pharmacists to hand out an alternative brand without a new prescription, came into force on Friday, the department said.
A GP in Harrowmere, who did not wish to be named, said she had spent ‘most of Monday’ ringing pharmacies on behalf of her patients. ‘There is no good option here. I’m choosing between a risk of seizures and a risk of side effects, and I’m doing it over the phone,’ she said.
‘I’ve taken the same tablet every morning and every night since I was 19,’ said Karen Blythe-Morrow, 37, a teaching assistant from Ashworth. ‘Now I’m told I might have to switch with two days’ notice. I’m terrified of having a fit in front of the children.’
Epilepsy Voice, a patients’ charity, said its helpline had taken more than 1,200 calls about the shortage since the start of the month.
Hestmoor Pharma said it expected to resume deliveries by the end of July. ‘We are deeply sorry for the worry this has caused patients and their families,’ a Hestmoor spokesman said.
""", [
    I("Thousands of people with epilepsy could be left without their usual medicine for weeks after a manufacturing fault cut supplies of valtrocane to pharmacies",
      "pharmacists", G, "warned", ph=["trailing-attribution", "cue-class"]),
    # a brand name, not anybody's words
    R("Neurostal", "brand name of a drug", "title"),
    # "Its only licensed supplier" describes the company, which takes no role; the patient count is the page's own
    I("a contamination problem at its Kelsford plant had halted production in early May", "Hestmoor Pharma", O, "said",
      ph=["said-that"]),
    D("Pharmacists are ringing twenty or thirty wholesalers a day trying to find a single box. That isn’t a supply chain, it’s a scavenger hunt,",
      "Olivia Brackwell-Singh", P, "said", role="chief executive of the Community Pharmacy Guild",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # "Ms" is a title; the paragraph states no role
    I("moving patients onto a different version of the drug without close monitoring could trigger breakthrough seizures",
      "Olivia Brackwell-Singh", P, "warned", ph=["said-that", "cue-class", "surname"]),
    # each that-clause carries a quoted fragment, so only the fragments are annotated
    M("working closely", "the Department of Health and Social Care", O, "said", ph=["said-that"]),
    M("within weeks", "the Department of Health and Social Care", O, "said", ph=["said-that"]),
    # "the department": the Department of Health and Social Care; the relative clause is inside what it said
    I("A serious shortage protocol, which allows pharmacists to hand out an alternative brand without a new prescription, came into force on Friday",
      "the Department of Health and Social Care", O, "said", ph=["trailing-attribution", "nominal"]),
    # "who did not wish to be named" is a relative clause, not part of the phrase
    M("most of Monday", "a GP in Harrowmere", A, "said", ph=["said-that"]),
    D("There is no good option here. I’m choosing between a risk of seizures and a risk of side effects, and I’m doing it over the phone,",
      "a GP in Harrowmere", A, "said", ph=["multi-sentence", "pronoun"]),
    # the age is not part of the role
    D("I’ve taken the same tablet every morning and every night since I was 19,", "Karen Blythe-Morrow", P, "said",
      role="teaching assistant from Ashworth", ph=["inversion", "split-quote", "role-apposition"]),
    D("Now I’m told I might have to switch with two days’ notice. I’m terrified of having a fit in front of the children.",
      "Karen Blythe-Morrow", P, "said", role="teaching assistant from Ashworth", ph=["split-quote", "multi-sentence"]),
    # "a patients’ charity" describes the organisation, which takes no role
    I("its helpline had taken more than 1,200 calls about the shortage since the start of the month", "Epilepsy Voice",
      O, "said", ph=["said-that"]),
    I("it expected to resume deliveries by the end of July", "Hestmoor Pharma", O, "said", ph=["said-that"]),
    D("We are deeply sorry for the worry this has caused patients and their families,", "a Hestmoor spokesman", A,
      "said"),
])

# ---------------------------------------------------------------- German business daily in English on a carmaker's job cuts, „low-high“ quotes with the comma outside: a trailing "…, the company said in Kaltenbrück on Thursday" after a long lede, "According to company sources," with two clauses, the chief executive who "told analysts in a conference call", the paper's own "reacted with fury" before an inverted works council chairman and "He said" with a compound predicate, a collective agreement's name after "so-called", a union leader who "told the Handelsblatt" with a fragment and "she said", the company's denial ("rejected reports that") by its short name and a spokeswoman, analysts' note with a fragment and "They estimated that"
article("ostwerk-job-cuts", """
KALTENBRÜCK – Carmaker Ostwerk Automobil AG will cut around 9,000 jobs in Germany by 2028 as it struggles with weak demand for its electric models and cheaper rivals from Asia, the company said in Kaltenbrück on Thursday.
Most of the cuts are to be made through early retirement, voluntary severance and by leaving vacancies unfilled. According to company sources, around 3,500 of the jobs will go at the main plant in Kaltenbrück, and the engine plant in Lindenau could close altogether by 2027.
„We have to build cars at a price that customers are willing to pay. Otherwise there will be no Kaltenbrück plant left to argue about in ten years“, chief executive Helmut Drasdo-Wendt told analysts in a conference call.
The works council reacted with fury. „This is the biggest attack on jobs in the 70-year history of this company, and we will fight it with every means we have“, said works council chairman Bernd Schallenberg-Rieck. He said the works council would not accept a single compulsory redundancy and would not sign any agreement that left Lindenau without a future.
Under the so-called „Zukunftspakt“, a collective agreement signed in 2021, Ostwerk is barred from compulsory redundancies in Germany until the end of 2029.
Claudia Henneberg-Yilmaz, head of the IG Fahrwerk union, told the Handelsblatt that management had „failed for years to build the cars people actually want to buy“. „Now the workers are supposed to pay for the mistakes of the boardroom“, she said.
Ostwerk rejected reports that production of its compact electric model, the Pira, would be moved to a plant abroad. „The Pira will be built in Kaltenbrück. That decision stands“, a company spokeswoman said.
Ostwerk shares closed 3.8 per cent higher on Thursday. Analysts at Bankhaus Rellinger wrote in a note to clients that the programme was „overdue but credible“. They estimated that it could save up to 1.6 billion euros a year from 2029.
""", [
    # "Carmaker" describes the company, which takes no role; "the company": Ostwerk Automobil AG; a city names no
    # relay
    I("Carmaker Ostwerk Automobil AG will cut around 9,000 jobs in Germany by 2028 as it struggles with weak demand for its electric models and cheaper rivals from Asia",
      "Ostwerk Automobil AG", O, "said", ph=["trailing-attribution", "nominal"]),
    # how the cuts are to be made is the paper's own; the sources' two clauses are one content
    I("around 3,500 of the jobs will go at the main plant in Kaltenbrück, and the engine plant in Lindenau could close altogether by 2027",
      "company sources", A, "according to", ph=["according-to"]),
    # the comma sits outside the closing mark; analysts on a call are hearers, not a relay
    D("We have to build cars at a price that customers are willing to pay. Otherwise there will be no Kaltenbrück plant left to argue about in ten years",
      "Helmut Drasdo-Wendt", P, "told", role="chief executive", ph=["multi-sentence", "told", "role-premodifier"]),
    # "The works council reacted with fury" is the paper's summary, not a statement
    D("This is the biggest attack on jobs in the 70-year history of this company, and we will fight it with every means we have",
      "Bernd Schallenberg-Rieck", P, "said", role="works council chairman", ph=["inversion", "role-premodifier"]),
    # "He" in the same paragraph, which states his role; one compound predicate: one statement, the relative clause
    # inside it
    I("the works council would not accept a single compulsory redundancy and would not sign any agreement that left Lindenau without a future",
      "Bernd Schallenberg-Rieck", P, "said", role="works council chairman", ph=["said-that", "pronoun"]),
    R("Zukunftspakt", "name of a collective agreement after 'so-called'", "title"),
    # the newspaper she told is the relay; the that-clause carries the quoted fragment, so only the fragment is
    # annotated
    M("failed for years to build the cars people actually want to buy", "Claudia Henneberg-Yilmaz", P, "told",
      role="head of the IG Fahrwerk union", via=["Handelsblatt"], ph=["told", "said-that", "role-apposition"]),
    # "she said" after the told-frame: only the told-frame names the relay
    D("Now the workers are supposed to pay for the mistakes of the boardroom", "Claudia Henneberg-Yilmaz", P, "said",
      role="head of the IG Fahrwerk union", ph=["pronoun"]),
    # the denial is annotated on the content after "that"; "Ostwerk" is the short form of the company's name
    I("production of its compact electric model, the Pira, would be moved to a plant abroad", "Ostwerk Automobil AG", O,
      "rejected", ph=["denial", "cue-class", "surname"]),
    D("The Pira will be built in Kaltenbrück. That decision stands", "a company spokeswoman", A, "said",
      ph=["multi-sentence"]),
    # the share price is the paper's own; a note to clients names no relay
    M("overdue but credible", "analysts at Bankhaus Rellinger", G, "wrote", ph=["said-that", "writing"]),
    I("it could save up to 1.6 billion euros a year from 2029", "analysts at Bankhaus Rellinger", G, "estimated",
      ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- US court story on a lawsuit filing, straight double quotes: plaintiffs who "sued …, claiming that", "The complaint alleges that" with a fragment and a second that-clause, "According to the lawsuit," (the filing stands for the plaintiffs), a lawyer for the plaintiffs "said in an interview" in a split quote and by surname with a fragment, the suit's demands (no statement), a company that "did not respond to a request for comment" and its earlier statement "In a statement last year" with a fragment and a second that-clause, a judge who "wrote in a ruling" in a separate case with the role a sentence earlier, a plaintiff and "she said"
article("ashbury-flats-solvent-lawsuit", '''
MERRICK FALLS — Fourteen residents of the Ashbury Flats neighborhood sued Corliss Coatings Inc. in federal court on Monday, claiming that solvent fumes from the company's paint plant have made them sick and driven down the value of their homes.
The complaint alleges that the plant released "far more" of the solvent trichlorobenzyl than its state permit allowed for at least six years, and that the company knew its air scrubbers were failing as early as 2019.
According to the lawsuit, at least nine of the plaintiffs have been diagnosed with asthma or other breathing problems since 2020, including two children under 10.
"These families did everything right. They bought homes, raised kids, paid their taxes, and the whole time the air in their backyards was being quietly poisoned," Dana Whitcombe-Ruiz, a lawyer for the plaintiffs, said in an interview. "We intend to find out who knew, and when."
The suit seeks unspecified damages and a court order requiring Corliss to install new pollution controls.
Corliss did not respond to a request for comment on Monday.
In a statement last year, after state regulators fined the plant $240,000 for reporting violations, the company said its emissions had "never posed a risk to the health of our neighbors" and that it was investing $12 million in new equipment.
Whitcombe-Ruiz said the fine "barely covered a week of profits."
The case has been assigned to U.S. District Judge Harold Okonkwo-Bell. In a separate case brought by a former employee, Okonkwo-Bell wrote in a ruling last month that Corliss had "a troubling habit of discovering problems only after someone else finds them first." That case is set for trial in January.
Plaintiff Rosa Delgado-Fenn, 41, said she keeps her windows shut even in the summer. "My daughter uses her inhaler more than her toothbrush," she said.
''', [
    # the residents make the claim in their suit, a written filing; the filing names no channel
    I("solvent fumes from the company's paint plant have made them sick and driven down the value of their homes",
      "fourteen residents of the Ashbury Flats neighborhood", G, "claiming",
      ph=["participle-cue", "cue-class", "writing"]),
    # "The complaint": the residents' filing stands for them; the first that-clause carries the quoted fragment, so only
    # the fragment is annotated; the second has no marks and is a statement of its own
    M("far more", "fourteen residents of the Ashbury Flats neighborhood", G, "alleges",
      ph=["said-that", "cue-class", "writing", "nominal"]),
    I("the company knew its air scrubbers were failing as early as 2019",
      "fourteen residents of the Ashbury Flats neighborhood", G, "alleges",
      ph=["said-that", "cue-class", "writing", "nominal"]),
    I("at least nine of the plaintiffs have been diagnosed with asthma or other breathing problems since 2020, including two children under 10",
      "fourteen residents of the Ashbury Flats neighborhood", G, "according to",
      ph=["according-to", "writing", "nominal"]),
    # an interview with no outlet named: no relay
    D("These families did everything right. They bought homes, raised kids, paid their taxes, and the whole time the air in their backyards was being quietly poisoned,",
      "Dana Whitcombe-Ruiz", P, "said", role="lawyer for the plaintiffs",
      ph=["multi-sentence", "split-quote", "interview", "role-apposition"]),
    D("We intend to find out who knew, and when.", "Dana Whitcombe-Ruiz", P, "said", role="lawyer for the plaintiffs",
      ph=["split-quote", "interview"]),
    # what the suit seeks is a demand, not a statement; "did not respond to a request for comment" reports nothing
    # "the company": Corliss Coatings Inc.; the fine is the paper's own background inside the frame; the first
    # that-clause carries the fragment, the second is a statement of its own
    M("never posed a risk to the health of our neighbors", "Corliss Coatings Inc.", O, "said",
      ph=["said-that", "writing", "nominal"]),
    I("it was investing $12 million in new equipment", "Corliss Coatings Inc.", O, "said",
      ph=["said-that", "writing", "nominal"]),
    M("barely covered a week of profits.", "Dana Whitcombe-Ruiz", P, "said", ph=["said-that", "surname"]),
    # "U.S. District Judge" is stated in the sentence before, in the same paragraph; a ruling names no channel; the
    # trial date is the paper's own
    M("a troubling habit of discovering problems only after someone else finds them first.", "Harold Okonkwo-Bell", P,
      "wrote", role="U.S. District Judge", ph=["said-that", "writing", "surname"]),
    # the age is not part of the role
    I("she keeps her windows shut even in the summer", "Rosa Delgado-Fenn", P, "said", role="Plaintiff",
      ph=["said-that", "role-premodifier"]),
    D("My daughter uses her inhaler more than her toothbrush,", "Rosa Delgado-Fenn", P, "said", role="Plaintiff",
      ph=["pronoun"]),
])

# ---------------------------------------------------------------- regional paper's obituary of a district nurse, curly double quotes: a nickname in quotes, a trailing "her family said", a former colleague's inverted split quote ("recalled former colleague X"), the nurse herself quoted from an earlier interview ("she once told the Gazette"), her daughter by first name only with a that-clause and "she said", "her son said" (the son named two paragraphs before), a eulogy written by her brother and read at the funeral by the vicar ("he wrote")
article("penhallow-district-nurse-obituary", """
Dorothy Penhallow, known to three generations of patients in Porthvellan as “Nurse Dot”, has died at the age of 91.
She died peacefully at Trelowen House care home on Tuesday, her family said. Her daughter, Ruth Carne, and son, Michael Penhallow, were at her bedside.
Born in 1934 above her parents’ bakery on Fore Street, she trained at the Royal Kernow Infirmary and came home in 1958 to take over the district round from the retiring Nurse Ellery. Until 1971 she made every visit by bicycle, in all weathers, with her bag strapped behind the saddle.
“She’d turn up at a farmhouse soaked to the skin at two in the morning, and the first thing she did was put the kettle on for everyone else,” recalled former colleague Jean Tregothnan-Hale, who worked alongside her at the Porthvellan surgery for 20 years. “The doctors got the credit. Dot did the work.”
She was appointed MBE in 1989 and retired in 1996, though patients kept knocking on her door for years afterwards.
“People used to ask if I was ever frightened, going out alone at night. I was more frightened of getting there too late,” she once told the Gazette.
Ruth said her mother had kept every card and letter her patients ever sent her. “We found eleven shoeboxes of them under the bed, all in date order. That was Mum,” she said.
“She was strict, she was funny and she was never, ever late,” her son said.
At her funeral at St Brannoc’s Church on Friday, the vicar read a eulogy written by her brother, Walter Trease, who could not travel from his home in Canada. “Dot delivered half this parish and sat up with the other half at the end. She never once asked which half was which,” he wrote.
Donations in her memory can be made to the Porthvellan Lifeboat Fund.
""", [
    R("Nurse Dot", "nickname in quotes", "title"),
    # the death is reported by the family; the bedside sentence is the paper's own
    I("She died peacefully at Trelowen House care home on Tuesday", "her family", G, "said",
      ph=["trailing-attribution"]),
    # "who worked alongside her …" is a relative clause, not part of the role
    D("She’d turn up at a farmhouse soaked to the skin at two in the morning, and the first thing she did was put the kettle on for everyone else,",
      "Jean Tregothnan-Hale", P, "recalled", role="former colleague",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("The doctors got the credit. Dot did the work.", "Jean Tregothnan-Hale", P, "recalled", role="former colleague",
      ph=["split-quote", "multi-sentence"]),
    # an earlier interview with the paper itself, named, so it is the relay (as in fellbridge-headmaster-tributes)
    D("People used to ask if I was ever frightened, going out alone at night. I was more frightened of getting there too late,",
      "Dorothy Penhallow", P, "told", via=["Gazette"], ph=["multi-sentence", "told", "pronoun"]),
    # "Ruth": the daughter's first name on a later mention; the paragraph states no role
    I("her mother had kept every card and letter her patients ever sent her", "Ruth Carne", P, "said",
      ph=["said-that", "surname"]),
    D("We found eleven shoeboxes of them under the bed, all in date order. That was Mum,", "Ruth Carne", P, "said",
      ph=["multi-sentence", "pronoun"]),
    # "her son": Michael Penhallow, named two paragraphs before; the nominal is the role
    D("She was strict, she was funny and she was never, ever late,", "Michael Penhallow", P, "said", role="son",
      ph=["nominal"]),
    # the brother wrote the eulogy and the vicar only read it out, so the brother is the speaker (as with a statement
    # read out by a lawyer); "who could not travel …" is a relative clause
    D("Dot delivered half this parish and sat up with the other half at the end. She never once asked which half was which,",
      "Walter Trease", P, "wrote", role="brother", ph=["multi-sentence", "writing", "pronoun", "role-apposition"]),
])

# ---------------------------------------------------------------- weather and climate wire, straight single quotes + apostrophes: a trailing "…, according to forecasters" after a long lede, the national meteorological service "said in its latest update" with two that-clauses and a raised warning that is an act, a senior meteorologist in apposition with a so-called term in quotes inside her that-clause, "she said" and "She said" in the next paragraphs, a climate scientist's inverted split quote ("said X, a climate scientist at …"), farmers as a group, a growers' union that "warned that", an inverted grower with a relative clause and an apostrophe in a place name, a trailing "according to the regional health authority"
article("valmoria-oven-lid-heat", """
CASTELVARA, Aug 6 (Reuters) - Temperatures across Valmoria's southern plains will climb above 44C this weekend as a stalled ridge of high pressure traps hot air over the region for a second week, according to forecasters.
The Valmorian Meteorological Service said in its latest update on Wednesday that the heat would peak on Saturday and that overnight temperatures in several cities would not drop below 28C. It raised its warning for seven provinces to red, the highest level.
Lucía Ferrandel-Oakes, a senior meteorologist at the service, said the so-called 'oven lid' pattern was unusually stubborn because weak upper-level winds had left nothing to push it along.
'It's not the daytime peak that worries us most. It's that the heat has nowhere to go at night, so people's bodies never get a chance to recover,' she said.
She said relief was unlikely before Aug. 14, when a trough moving in from the ocean could bring thunderstorms to the north.
'Heatwaves like this one used to be a once-in-a-generation event here. They're now turning up every three or four summers,' said Mateo Kirrane-Voss, a climate scientist at the University of Serravel. 'Anybody who still calls that bad luck isn't looking at the data.'
Farmers in the Dorrano valley said they had moved the grape harvest to the early hours of the morning to protect both pickers and fruit from the heat. The Dorrano Growers' Union warned that maize yields could fall by a third if the heat lasts into next week.
'The leaves are curling up like paper. You can almost hear the corn suffering,' said Ilaria Benvenuti-Cole, who grows maize and sunflowers near Sant'Orso.
Hospitals in Castelvara have seen a 40 percent rise in admissions for heat exhaustion since Monday, according to the regional health authority.
""", [
    # the dateline's agency is the wire itself, not a relay
    I("Temperatures across Valmoria's southern plains will climb above 44C this weekend as a stalled ridge of high pressure traps hot air over the region for a second week",
      "forecasters", G, "according to", ph=["according-to", "trailing-attribution"]),
    # two that-clauses with no quote marks: one statement; raising the warning is an act, not a statement
    I("the heat would peak on Saturday and that overnight temperatures in several cities would not drop below 28C",
      "the Valmorian Meteorological Service", O, "said", ph=["said-that", "writing"]),
    # the so-called term sits inside her that-clause and is rejected on its own (as in wyvernholt-waiting-list-report)
    I("the so-called 'oven lid' pattern was unusually stubborn because weak upper-level winds had left nothing to push it along",
      "Lucía Ferrandel-Oakes", P, "said", role="senior meteorologist at the service",
      ph=["said-that", "role-apposition"]),
    R("oven lid", "weather term in quotes after 'so-called'", "scare-quote"),
    D("It's not the daytime peak that worries us most. It's that the heat has nowhere to go at night, so people's bodies never get a chance to recover,",
      "Lucía Ferrandel-Oakes", P, "said", ph=["multi-sentence", "pronoun"]),
    # "She" two paragraphs after the name; the relative clause on the trough is inside what she said
    I("relief was unlikely before Aug. 14, when a trough moving in from the ocean could bring thunderstorms to the north",
      "Lucía Ferrandel-Oakes", P, "said", ph=["said-that", "pronoun"]),
    D("Heatwaves like this one used to be a once-in-a-generation event here. They're now turning up every three or four summers,",
      "Mateo Kirrane-Voss", P, "said", role="climate scientist at the University of Serravel",
      ph=["inversion", "split-quote", "multi-sentence", "role-apposition"]),
    D("Anybody who still calls that bad luck isn't looking at the data.", "Mateo Kirrane-Voss", P, "said",
      role="climate scientist at the University of Serravel", ph=["split-quote"]),
    I("they had moved the grape harvest to the early hours of the morning to protect both pickers and fruit from the heat",
      "farmers in the Dorrano valley", G, "said", ph=["said-that"]),
    I("maize yields could fall by a third if the heat lasts into next week", "the Dorrano Growers' Union", O, "warned",
      ph=["said-that", "cue-class"]),
    # "who grows maize and sunflowers …" is a relative clause, not a role
    D("The leaves are curling up like paper. You can almost hear the corn suffering,", "Ilaria Benvenuti-Cole", P,
      "said", ph=["inversion", "multi-sentence"]),
    I("Hospitals in Castelvara have seen a 40 percent rise in admissions for heat exhaustion since Monday",
      "the regional health authority", O, "according to", ph=["according-to", "trailing-attribution"]),
])

# ---------------------------------------------------------------- Welsh local news site on a hospital car-parking charge, curly single quotes + apostrophes: a trailing "…, [health board] has confirmed" in the lede, "The health board said in a statement" with a that-clause and a second carrying a fragment, "the statement added", a trailing "the board said", a Senedd member with her role in apposition after the name and a fragment, a second that-clause and a split quote around "she said" in the next paragraph, a nurse by first name only with a role in apposition and a relative clause that makes a request, "she said" and "she added" in the next paragraphs, an app's name and a petition title in quotes, "A Welsh Government spokesperson said" with a fragment and a second that-clause
article("brynhyfryd-parking-charges", """
Patients and visitors at Ysbyty Brynhyfryd in Llanfeiriog will have to pay up to £4 a day to park from 1 March, Bae Tawelan University Health Board has confirmed.
The health board said in a statement that blue badge holders and people attending for cancer treatment or dialysis would be exempt, and that the money raised, around £1.2m a year, would be spent on ‘front-line care’.
‘We know this will be unwelcome news for some people. But every pound we spend running car parks is a pound that does not reach our wards,’ the statement added.
Staff will be able to buy a monthly permit for £15, the board said.
Elin Prosser-Hughes, the Senedd member for Cwm Tawelan, said the charges were ‘a tax on being ill’ and that night-shift staff would be hit hardest.
‘A nurse finishing a twelve-hour shift at three in the morning should not have to hunt for coins to feed a meter,’ she said. ‘I will be raising this with the health secretary next week.’
Sioned, a staff nurse on the hospital’s stroke ward, who asked that her surname not be used, said many of her colleagues had already started parking on nearby residential streets to avoid the fees.
‘Half of us spend twenty minutes looking for a space as it is. Now we’ll be paying for the privilege,’ she said.
‘Nobody asked the people who actually work here,’ she added.
Fees will be paid through a phone app, ‘ParcPay’, run by the private operator Tollgate Mobility Ltd, which will also install number-plate cameras at both entrances.
Residents of Heol y Felin, the street nearest the hospital, have started a petition, ‘No Meters at Brynhyfryd’, which had more than 2,300 signatures by Friday.
A Welsh Government spokesperson said parking arrangements were ‘a matter for individual health boards’, but that ministers expected free parking to remain the norm at Welsh hospitals.
""", [
    # the board confirms the lede's content; no article before its name in the text
    I("Patients and visitors at Ysbyty Brynhyfryd in Llanfeiriog will have to pay up to £4 a day to park from 1 March",
      "Bae Tawelan University Health Board", O, "confirmed", ph=["trailing-attribution", "cue-class"]),
    # "The health board": the board of the lede; the first that-clause has no marks, the second carries the quoted
    # fragment, so only the fragment is annotated; a statement names no channel
    I("blue badge holders and people attending for cancer treatment or dialysis would be exempt",
      "Bae Tawelan University Health Board", O, "said", ph=["said-that", "writing", "nominal"]),
    M("front-line care", "Bae Tawelan University Health Board", O, "said", ph=["said-that", "writing", "nominal"]),
    # "the statement added": the statement stands for the board that issued it
    D("We know this will be unwelcome news for some people. But every pound we spend running car parks is a pound that does not reach our wards,",
      "Bae Tawelan University Health Board", O, "added", ph=["multi-sentence", "writing", "nominal"]),
    I("Staff will be able to buy a monthly permit for £15", "Bae Tawelan University Health Board", O, "said",
      ph=["trailing-attribution", "nominal"]),
    # the role follows the name in apposition; the first that-clause carries the fragment, the second has no marks
    M("a tax on being ill", "Elin Prosser-Hughes", P, "said", role="Senedd member for Cwm Tawelan",
      ph=["said-that", "role-apposition"]),
    I("night-shift staff would be hit hardest", "Elin Prosser-Hughes", P, "said", role="Senedd member for Cwm Tawelan",
      ph=["said-that", "role-apposition"]),
    # "she" opens the next paragraph; no role in it
    D("A nurse finishing a twelve-hour shift at three in the morning should not have to hunt for coins to feed a meter,",
      "Elin Prosser-Hughes", P, "said", ph=["split-quote", "pronoun"]),
    D("I will be raising this with the health secretary next week.", "Elin Prosser-Hughes", P, "said",
      ph=["split-quote", "pronoun"]),
    # a first name only; "who asked that her surname not be used" is a relative clause and a request, not a statement
    I("many of her colleagues had already started parking on nearby residential streets to avoid the fees", "Sioned", P,
      "said", role="staff nurse on the hospital’s stroke ward", ph=["said-that", "role-apposition"]),
    D("Half of us spend twenty minutes looking for a space as it is. Now we’ll be paying for the privilege,", "Sioned", P,
      "said", ph=["multi-sentence", "pronoun"]),
    # "she added" two paragraphs after her name, past no other woman
    D("Nobody asked the people who actually work here,", "Sioned", P, "added", ph=["pronoun"]),
    R("ParcPay", "name of a payment app", "title"),
    R("No Meters at Brynhyfryd", "title of a petition", "title"),
    # the first that-clause carries the quoted fragment (the comma after the mark is outside it), so only the fragment
    # is annotated; the second has no marks and is a statement of its own
    M("a matter for individual health boards", "a Welsh Government spokesperson", A, "said", ph=["said-that"]),
    I("ministers expected free parking to remain the norm at Welsh hospitals", "a Welsh Government spokesperson", A,
      "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Nigerian business daily on a bank's half-year results, curly double quotes: a trailing "according to the bank's unaudited interim results" after a long lede, the paper's own figures, a Group Managing Director/Chief Executive Officer with "Mr." and a long role in apposition, "disclosed this while speaking at …" pointing back (no new statement), "he said" and "He added that", a statement "signed by its Company Secretary, Mrs. X" in which the bank speaks, "According to the statement,", an analyst at a brokerage with "Mr." and a role before the name, "he said" in the next paragraph
article("okeluwa-bank-half-year-profit", """
Okeluwa Trust Bank Plc (OTB) grew its profit before tax by 87 per cent to N412.6 billion in the half year ended June 30, 2025, from N220.4 billion in the same period last year, according to the bank’s unaudited interim results.
Gross earnings rose to N1.21 trillion from N702.3 billion, while customer deposits crossed the N11 trillion mark for the first time.
The Group Managing Director/Chief Executive Officer of Okeluwa Trust Bank Plc, Mr. Adebayo Fasanmi-Oke, said the board had approved an interim dividend of N1.10 per share, the bank’s first interim payout since 2019.
Mr. Fasanmi-Oke disclosed this while speaking at the bank’s half-year investors’ forum in Osaroko on Thursday.
“We spent three years cleaning up the loan book and rebuilding capital. These numbers are what a clean balance sheet looks like,” he said.
He added that OTB had already met the apex bank’s new minimum capital requirement of N500 billion, more than a year ahead of the deadline.
In a statement signed by its Company Secretary, Mrs. Folashade Ibekwe-Dosunmu, the bank said non-performing loans had fallen to 3.1 per cent of total loans from 4.9 per cent a year earlier.
According to the statement, the cost-to-income ratio improved to 38.4 per cent, while the capital adequacy ratio stood at 24.7 per cent.
But an analyst at Osaroko brokerage firm Tamberlane Securities Limited, Mr. Chinedu Okafor-Bassey, said about a third of the half-year profit came from foreign-exchange revaluation gains.
“Strip out the FX gains and you still have a bank growing core earnings at above 40 per cent. The market will reward that, but nobody should treat the interim numbers as a full-year run rate,” he said.
OTB’s shares closed at N58.40 on the Osaroko Stock Exchange on Thursday, up 4.2 per cent.
""", [
    # the results stand for the bank that published them; the speaker drops the acronym
    I("Okeluwa Trust Bank Plc (OTB) grew its profit before tax by 87 per cent to N412.6 billion in the half year ended June 30, 2025, from N220.4 billion in the same period last year",
      "Okeluwa Trust Bank Plc", O, "according to", ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    # the earnings and deposit figures carry no attribution: the paper's own summary of the results
    # "Mr." is a title; the role is the whole apposition after the article
    I("the board had approved an interim dividend of N1.10 per share, the bank’s first interim payout since 2019",
      "Adebayo Fasanmi-Oke", P, "said",
      role="Group Managing Director/Chief Executive Officer of Okeluwa Trust Bank Plc",
      ph=["said-that", "role-apposition"]),
    # "disclosed this while speaking at …" points back to the dividend, which is annotated once, with its own cue;
    # a forum names no relay
    D("We spent three years cleaning up the loan book and rebuilding capital. These numbers are what a clean balance sheet looks like,",
      "Adebayo Fasanmi-Oke", P, "said", ph=["multi-sentence", "pronoun"]),
    I("OTB had already met the apex bank’s new minimum capital requirement of N500 billion, more than a year ahead of the deadline",
      "Adebayo Fasanmi-Oke", P, "added", ph=["said-that", "pronoun"]),
    # the bank speaks; the company secretary only signed the statement, and "Mrs." is a title
    I("non-performing loans had fallen to 3.1 per cent of total loans from 4.9 per cent a year earlier",
      "Okeluwa Trust Bank Plc", O, "said", ph=["said-that", "writing", "nominal"]),
    # "the statement": the bank's statement of the paragraph before
    I("the cost-to-income ratio improved to 38.4 per cent, while the capital adequacy ratio stood at 24.7 per cent",
      "Okeluwa Trust Bank Plc", O, "according to", ph=["according-to", "writing", "nominal"]),
    # the role stands before the name, "brokerage firm" included (as "property agency" elsewhere in the set)
    I("about a third of the half-year profit came from foreign-exchange revaluation gains", "Chinedu Okafor-Bassey", P,
      "said", role="analyst at Osaroko brokerage firm Tamberlane Securities Limited",
      ph=["said-that", "role-apposition"]),
    # "he": the analyst of the paragraph before, not the managing director; the share price is the paper's own
    D("Strip out the FX gains and you still have a bank growing core earnings at above 40 per cent. The market will reward that, but nobody should treat the interim numbers as a full-year run rate,",
      "Chinedu Okafor-Bassey", P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- US local TV station website on a school-bus crash, straight double quotes + apostrophes with a 'nested' single: a trailing "officials said" in the lede, police "said in a news release" with a long that-clause and "the department said", a police request that is no statement, "Officials said" with no name, a parent with "Parent" before her name and a split quote she "told KRDW" (the station's own call letters) with a nested quote, a superintendent's inverted split quote with the title before the name, "Whitfield-Baines said" with two that-clauses, "The district said on its Facebook page"
article("harlan-bend-bus-crash", '''
HARLAN BEND, Neb. (KRDW) — Eleven children were taken to hospitals with minor injuries Tuesday morning after a pickup truck slammed into a school bus at a rural intersection east of Harlan Bend, officials said.
The Harlan Bend Police Department said in a news release that the pickup's driver, an 18-year-old man, failed to stop at a stop sign on County Road 9 and struck the side of the bus, which was carrying 26 students to Prairie View Elementary School.
The driver was cited for failure to yield and was not hurt, the department said. Police asked anyone who saw the crash to call the department's non-emergency line.
Officials said the bus driver, a 61-year-old woman who has driven for the district for 14 years, was treated for a wrist injury and released.
Parent Shawna Delacroix said her 8-year-old son called her from a teacher's cellphone minutes after the crash.
"I heard 'Mom, we crashed,' and my heart just stopped," Delacroix told KRDW outside the hospital in Carver City. "He's got a bump on his forehead and he's scared, but he's OK. That's all I care about right now."
"Every one of those 26 kids is accounted for," said Superintendent Lorna Whitfield-Baines of Harlan Bend Public Schools. "Our driver did exactly what she was trained to do. She got the kids off the bus, she counted heads twice, and then she called it in."
Whitfield-Baines said counselors would be at Prairie View on Wednesday and that families could keep their children home without it counting as an absence.
The district said on its Facebook page that a replacement bus would run the route on Wednesday morning.
''', [
    # "(KRDW)" in the dateline is the station's own byline, not a relay
    I("Eleven children were taken to hospitals with minor injuries Tuesday morning after a pickup truck slammed into a school bus at a rural intersection east of Harlan Bend",
      "officials", G, "said", ph=["trailing-attribution"]),
    # a news release names no channel; the relative clause on the bus is inside what the police said
    I("the pickup's driver, an 18-year-old man, failed to stop at a stop sign on County Road 9 and struck the side of the bus, which was carrying 26 students to Prairie View Elementary School",
      "the Harlan Bend Police Department", O, "said", ph=["said-that", "writing"]),
    # "the department": the police department of the paragraph before; "Police asked anyone … to call" is a request,
    # not a statement
    I("The driver was cited for failure to yield and was not hurt", "the Harlan Bend Police Department", O, "said",
      ph=["trailing-attribution", "nominal"]),
    # "Officials" with no name; the apposition and its relative clause are inside what they said
    I("the bus driver, a 61-year-old woman who has driven for the district for 14 years, was treated for a wrist injury and released",
      "officials", G, "said", ph=["said-that"]),
    I("her 8-year-old son called her from a teacher's cellphone minutes after the crash", "Shawna Delacroix", P, "said",
      role="Parent", ph=["said-that", "role-premodifier"]),
    # the station's own call letters are the relay (as "told KVRT"); the boy's words are nested inside her quote
    D("I heard 'Mom, we crashed,' and my heart just stopped,", "Shawna Delacroix", P, "told", via=["KRDW"],
      ph=["split-quote", "nested", "told", "surname"]),
    D("He's got a bump on his forehead and he's scared, but he's OK. That's all I care about right now.",
      "Shawna Delacroix", P, "told", via=["KRDW"], ph=["split-quote", "multi-sentence", "told", "surname"]),
    # the title stands before the name; "of Harlan Bend Public Schools" follows it and is not taken into the role
    D("Every one of those 26 kids is accounted for,", "Lorna Whitfield-Baines", P, "said", role="Superintendent",
      ph=["inversion", "split-quote", "role-premodifier"]),
    D("Our driver did exactly what she was trained to do. She got the kids off the bus, she counted heads twice, and then she called it in.",
      "Lorna Whitfield-Baines", P, "said", role="Superintendent", ph=["split-quote", "multi-sentence"]),
    # two that-clauses with no quote marks: one statement
    I("counselors would be at Prairie View on Wednesday and that families could keep their children home without it counting as an absence",
      "Lorna Whitfield-Baines", P, "said", ph=["said-that", "surname"]),
    # "The district": Harlan Bend Public Schools, named in the superintendent's paragraph
    I("a replacement bus would run the route on Wednesday morning", "Harlan Bend Public Schools", O, "said",
      via=["Facebook"], ph=["said-that", "writing", "nominal"]),
])

# ---------------------------------------------------------------- Irish broadsheet on a planning appeal, curly double quotes with a ‘nested’ single: an invented appeals board named in Irish in the lede by its act, "The board said in its decision, published on Tuesday, that" with a fragment and a second that-clause, the board's inspector whose recommendation is no statement and her "warning in her report that", a scheme's marketing name, a residents' association chairwoman in apposition with a fragment and "she said" in the next paragraph with a nested scare quote, a councillor ("Cllr" left out, a relative clause) with a fragment and a second that-clause, a TD with the constituency before "TD" and her quote in the same paragraph, a developer's spokesman who "said the company would" with two that-clauses and "He said" with a fragment and a second that-clause, the council's that-clause
article("carrigdrum-mart-appeal", """
An Bord Measúnachta has granted permission for 312 apartments on the former mart site in Carrigdrum, Co Ardmullen, overturning a refusal by Ardmullen County Council and setting aside the advice of its own inspector.
The board said in its decision, published on Tuesday, that the scheme was “consistent with national policy on compact growth” and that the site was well served by the town’s railway station.
The board’s inspector had recommended that permission be refused, warning in her report that the junction at Mart Road could not safely carry the extra traffic.
The development, marketed by Brackenfield Developments as “The Mart Quarter”, includes two blocks of up to seven storeys.
Siobhán Nic Giolla Rua, chairwoman of the Carrigdrum Residents’ Association, said the community felt “completely ignored”.
“For two years we were told this was a ‘plan-led’ system. Four hundred households objected, the council agreed with us, the inspector agreed with us, and none of it made a blind bit of difference,” she said.
Cllr Pádraig Ó Dúill, who proposed the council’s refusal, said the decision made “a mockery of the county development plan” and that councillors would seek legal advice on a judicial review.
Ardmullen TD Gráinne Cassidy-Walsh said she would raise the case in the Dáil next week. “Nobody here is against housing. People are against having every decision about their town taken by a board that has never stood at that junction at half eight in the morning,” she said.
A spokesman for Brackenfield Developments said the company would begin work early next year and that 10 per cent of the apartments would be transferred to the council for social housing.
He said the company had “listened carefully” to residents, and that the tallest block had been cut from nine storeys to seven during the appeal.
Ardmullen County Council said it was studying the decision.
""", [
    # granting permission is an act, not a statement; "the advice of its own inspector" reports no content
    # "The board": An Bord Measúnachta; the first that-clause carries the quoted fragment, so only the fragment is
    # annotated; the second has no marks and is a statement of its own; a decision names no channel
    M("consistent with national policy on compact growth", "An Bord Measúnachta", O, "said",
      ph=["said-that", "writing", "nominal"]),
    I("the site was well served by the town’s railway station", "An Bord Measúnachta", O, "said",
      ph=["said-that", "writing", "nominal"]),
    # the recommendation that permission be refused is a request, not a statement; the unnamed inspector speaks in
    # her report through the participle
    I("the junction at Mart Road could not safely carry the extra traffic", "the board’s inspector", A, "warning",
      ph=["participle-cue", "cue-class", "writing"]),
    R("The Mart Quarter", "marketing name of a housing scheme", "title"),
    M("completely ignored", "Siobhán Nic Giolla Rua", P, "said",
      role="chairwoman of the Carrigdrum Residents’ Association", ph=["said-that", "role-apposition"]),
    # the nested ‘plan-led’ is part of her quote and is not annotated on its own
    D("For two years we were told this was a ‘plan-led’ system. Four hundred households objected, the council agreed with us, the inspector agreed with us, and none of it made a blind bit of difference,",
      "Siobhán Nic Giolla Rua", P, "said", ph=["multi-sentence", "nested", "pronoun"]),
    # "Cllr" is a title; "who proposed the council’s refusal" is a relative clause, not a role
    M("a mockery of the county development plan", "Pádraig Ó Dúill", P, "said", ph=["said-that"]),
    I("councillors would seek legal advice on a judicial review", "Pádraig Ó Dúill", P, "said", ph=["said-that"]),
    # the constituency stands before "TD", so the role is a pre-modifier; the quote's paragraph states it
    I("she would raise the case in the Dáil next week", "Gráinne Cassidy-Walsh", P, "said", role="Ardmullen TD",
      ph=["said-that", "role-premodifier"]),
    D("Nobody here is against housing. People are against having every decision about their town taken by a board that has never stood at that junction at half eight in the morning,",
      "Gráinne Cassidy-Walsh", P, "said", role="Ardmullen TD", ph=["multi-sentence", "pronoun"]),
    # "said the company would …": two that-clauses with no quote marks, one statement; the spokesman is unnamed
    I("the company would begin work early next year and that 10 per cent of the apartments would be transferred to the council for social housing",
      "a spokesman for Brackenfield Developments", A, "said", ph=["said-that"]),
    # "He": the spokesman of the paragraph before; the fragment's clause and the second that-clause are separate
    M("listened carefully", "a spokesman for Brackenfield Developments", A, "said", ph=["said-that", "pronoun"]),
    I("the tallest block had been cut from nine storeys to seven during the appeal",
      "a spokesman for Brackenfield Developments", A, "said", ph=["said-that", "pronoun"]),
    I("it was studying the decision", "Ardmullen County Council", O, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- Hong Kong-style English daily on a metro signalling fault, straight single quotes + apostrophes: the paper's own lede, a trailing "…, the Harbour Metro Corporation (HMC) said", "The operator said in a written reply to the Eastern Courier" (the paper's own name) with a that-clause and a second carrying a fragment, a spokeswoman who "told reporters", passengers as a group with two that-clauses, a commuter in Chinese name order with age and a relative clause in an inverted split quote, a legislator with a relative clause who "accused … of" and "said" a second clause, "he said" in the next paragraph, an executive councillor with the role before the name, the paper's own figure on fines
article("eastshore-line-signal-fault", """
Tens of thousands of commuters were stranded for more than two hours yesterday morning after a signalling fault brought the Eastshore Line to a halt, the worst disruption on the rail network this year.
Trains between Shek Lung and Wo Kai Tsuen stopped at 7.42am and a full service did not resume until 10.05am, the Harbour Metro Corporation (HMC) said.
The operator said in a written reply to the Eastern Courier that a software update installed overnight had caused the fault, and that the update had been 'rolled back' before the evening rush hour.
'We sincerely apologise to every passenger whose journey was affected. A full investigation is under way and we will publish the findings within four weeks,' an HMC spokeswoman told reporters at Shek Lung station.
Passengers said staff at several stations gave no information for the first hour and that the air-conditioning on some stranded trains had been switched off.
'I stood in a tunnel for fifty minutes with a thousand other people and nobody told us anything,' said Wong Ka-yan, 34, an accountant who works in Kwai Shek. 'My boss thought I had overslept.'
Legislator Tsang Wai-ming, who sits on the Legislative Council's transport panel, accused the HMC of 'treating passengers like cargo' and said it was the third serious signalling failure on the line since March.
'Every time this happens, the corporation apologises and promises an investigation. Then it happens again,' he said.
Executive councillor Lam Siu-fong said the government would not hesitate to fine the operator if the investigation found it had been negligent.
Under its service performance arrangement, the HMC can be fined up to HK$25 million for a delay of more than two hours.
""", [
    # the lede carries no attribution: the paper's own report
    # the speaker drops the acronym
    I("Trains between Shek Lung and Wo Kai Tsuen stopped at 7.42am and a full service did not resume until 10.05am",
      "the Harbour Metro Corporation", O, "said", ph=["trailing-attribution"]),
    # "The operator": the HMC; the paper it replied to is named, so it is the relay (as "emailed to The Cascade
    # Tribune", and the station's own call letters); the first that-clause has no marks, the second carries the
    # quoted fragment, so only the fragment is annotated
    I("a software update installed overnight had caused the fault", "the Harbour Metro Corporation", O, "said",
      via=["Eastern Courier"], ph=["said-that", "writing", "nominal"]),
    M("rolled back", "the Harbour Metro Corporation", O, "said", via=["Eastern Courier"],
      ph=["said-that", "writing", "nominal"]),
    # reporters are hearers, not a relay
    D("We sincerely apologise to every passenger whose journey was affected. A full investigation is under way and we will publish the findings within four weeks,",
      "an HMC spokeswoman", A, "told", ph=["multi-sentence", "told"]),
    # two that-clauses with no quote marks: one statement
    I("staff at several stations gave no information for the first hour and that the air-conditioning on some stranded trains had been switched off",
      "passengers", G, "said", ph=["said-that"]),
    # Chinese name order, family name first; the age is not a role and "who works in Kwai Shek" is a relative clause
    D("I stood in a tunnel for fifty minutes with a thousand other people and nobody told us anything,", "Wong Ka-yan", P,
      "said", role="accountant", ph=["inversion", "split-quote", "role-apposition"]),
    D("My boss thought I had overslept.", "Wong Ka-yan", P, "said", role="accountant", ph=["split-quote"]),
    # "who sits on …" is a relative clause, not part of the role; one subject, two cues: the accusation's fragment
    # and the that-less clause
    M("treating passengers like cargo", "Tsang Wai-ming", P, "accused", role="Legislator",
      ph=["cue-class", "role-premodifier"]),
    I("it was the third serious signalling failure on the line since March", "Tsang Wai-ming", P, "said",
      role="Legislator", ph=["said-that", "role-premodifier"]),
    D("Every time this happens, the corporation apologises and promises an investigation. Then it happens again,",
      "Tsang Wai-ming", P, "said", ph=["multi-sentence", "pronoun"]),
    I("the government would not hesitate to fine the operator if the investigation found it had been negligent",
      "Lam Siu-fong", P, "said", role="Executive councillor", ph=["said-that", "role-premodifier"]),
    # the fine is the paper's own background
])

# ---------------------------------------------------------------- sports wire on a marathon world record, curly double quotes with «guillemets» for a quote translated through an interpreter: the paper's own lede, a nickname in quotes, the athlete who "said through an interpreter" and "She said" with a relative clause in the content, her coach in apposition who "told reporters" with a that-less clause and "he said" in the next paragraph, a race director's inverted split quote with the role before the name, the governing body's statement with two that-clauses, a runner-up with a relative clause who "called" the run "…", a so-called term as the writer's scare quote
article("brennholm-marathon-record", """
BRENNHOLM, Oct 12 — Almaz Wolde-Giyorgis broke the women’s marathon world record in Brennholm on Sunday, winning in 2 hours 9 minutes 38 seconds to take 18 seconds off the previous mark.
Wolde-Giyorgis, 26, known to fans as “the Quiet Storm” for her expressionless running style, dropped the last of her pacemakers at 25 kilometres and ran the second half of the race alone.
«At 30 kilometres I looked at my watch and I knew. My legs were still light, so I said to myself, go now or never,» she said through an interpreter.
She said she had dedicated the record to her mother, who had sold milk at a roadside market for twenty years to pay for her first running shoes.
Her coach, Gideon Marwa-Kiprop, told reporters the pair had planned an attack on the record since February, when she ran 220 kilometres a week at altitude.
“She is not finished. I believe 2:08 is inside her, maybe next spring,” he said.
“We relaid the last ten kilometres of the course in the summer and prayed for a morning like this one,” said race director Henrike Solvang-Amsel. “Six degrees, no wind. You cannot order that.”
The International Road Running Federation (IRRF) said in a statement that the time would be submitted for ratification once the results of the athlete’s doping control had been received, and that the course had been measured and certified in August.
Ruth Chepkemoi-Langat, who finished second more than three minutes behind, called the run “the most frightening thing I have ever seen in a race.”
The record is the latest in a string of fast times on the roads since the arrival of so-called “super shoes”, which the federation has restricted since 2024.
""", [
    # the record and the time are the wire's own report
    R("the Quiet Storm", "nickname in quotes", "title"),
    # the interpreter is a person, not a named channel, so via stays empty; "she" points back to Wolde-Giyorgis across
    # the paragraph before
    D("At 30 kilometres I looked at my watch and I knew. My legs were still light, so I said to myself, go now or never,",
      "Almaz Wolde-Giyorgis", P, "said", ph=["multi-sentence", "pronoun"]),
    # the relative clause on her mother is inside what she said
    I("she had dedicated the record to her mother, who had sold milk at a roadside market for twenty years to pay for her first running shoes",
      "Almaz Wolde-Giyorgis", P, "said", ph=["said-that", "pronoun"]),
    # "Her coach": the role after the possessive, as "her brother" elsewhere in the set; reporters are hearers, not a
    # relay; the relative clause on February is inside what he told them
    I("the pair had planned an attack on the record since February, when she ran 220 kilometres a week at altitude",
      "Gideon Marwa-Kiprop", P, "told", role="coach", ph=["told", "said-that", "role-apposition"]),
    D("She is not finished. I believe 2:08 is inside her, maybe next spring,", "Gideon Marwa-Kiprop", P, "said",
      ph=["multi-sentence", "pronoun"]),
    D("We relaid the last ten kilometres of the course in the summer and prayed for a morning like this one,",
      "Henrike Solvang-Amsel", P, "said", role="race director", ph=["inversion", "split-quote", "role-premodifier"]),
    D("Six degrees, no wind. You cannot order that.", "Henrike Solvang-Amsel", P, "said", role="race director",
      ph=["split-quote", "multi-sentence"]),
    # two that-clauses with no quote marks: one statement; the speaker drops the acronym; a statement names no channel
    I("the time would be submitted for ratification once the results of the athlete’s doping control had been received, and that the course had been measured and certified in August",
      "the International Road Running Federation", O, "said", ph=["said-that", "writing"]),
    # "who finished second …" is a relative clause, not a role
    M("the most frightening thing I have ever seen in a race.", "Ruth Chepkemoi-Langat", P, "called"),
    # the writer's own so-called term; the restriction is the wire's own background
    R("super shoes", "scare quote after 'so-called'", "scare-quote"),
])

# ---------------------------------------------------------------- Russian-language outlet's English service on a regional governor's resignation, «guillemets» with no inner spaces and the comma outside: a trailing "the press service of the … regional administration said" after the lede and "the press service said" (the press service speaks for the administration), the governor's video address on a Telegram channel, "Local media had reported for weeks that", a presidential press secretary's denial ("dismissed reports that") and "told reporters during his daily conference call", a reporter's question and "said that was «…»" (a demonstrative "that"), "TASS quoted the acting governor as saying that" with a fragment and "she said" in the same paragraph, an opposition faction leader in apposition with a fragment and a second that-clause
article("ulmarsk-governor-resigns", """
ULMARSK, 3 March – Viktor Lapshin-Orlov, who has governed the Ulmarsk Region since 2016, has resigned, the press service of the Ulmarsk regional administration said on Tuesday.
The president accepted the resignation on Monday evening and appointed Deputy Governor Marina Tselikova-Brandt acting governor until elections in September, the press service said.
«I have done what I promised the people of Ulmarsk. Now the region needs new energy and a new team», Lapshin-Orlov said in a video address posted on the administration’s Telegram channel.
The 61-year-old gave no reason for his departure. Local media had reported for weeks that investigators were examining contracts worth 4.2 billion roubles for the reconstruction of the regional clinical hospital.
Presidential press secretary Leonid Sablin dismissed reports that the governor had been forced out. «It was Viktor Ivanovich’s own decision, and the president respects it», Sablin told reporters during his daily conference call.
Asked whether Lapshin-Orlov could face criminal charges, Sablin said that was «a question for the investigators, not for the presidential administration».
TASS quoted the acting governor as saying that the hospital would be finished «on time and without a single extra rouble». «People should not worry. Every contract will be checked again, line by line», she said.
Yevgenia Marchuk, leader of the opposition Zarya faction in the regional duma, said the resignation was «years overdue» and that the region’s debt had tripled under Lapshin-Orlov.
Lapshin-Orlov is the fourth regional governor to leave office since January. The election of his successor is due on 14 September.
""", [
    # the press service speaks for the administration it belongs to; it is no outlet, so via stays empty (as in
    # orlovia-gas-transit-row); the relative clause sits inside the reported sentence
    I("Viktor Lapshin-Orlov, who has governed the Ulmarsk Region since 2016, has resigned",
      "the Ulmarsk regional administration", O, "said", ph=["trailing-attribution"]),
    # "the press service": the administration's press service of the lede; Tselikova-Brandt is the object of the
    # appointment, not a speaker
    I("The president accepted the resignation on Monday evening and appointed Deputy Governor Marina Tselikova-Brandt acting governor until elections in September",
      "the Ulmarsk regional administration", O, "said", ph=["trailing-attribution", "nominal"]),
    # a video address on a named Telegram channel: Telegram is the relay; the comma sits outside the closing mark
    D("I have done what I promised the people of Ulmarsk. Now the region needs new energy and a new team",
      "Viktor Lapshin-Orlov", P, "said", via=["Telegram"], ph=["multi-sentence", "surname"]),
    # "The 61-year-old gave no reason" reports nothing; local media report on their own account, so they are the
    # speaker (as in santa-ines-mine-collapse)
    I("investigators were examining contracts worth 4.2 billion roubles for the reconstruction of the regional clinical hospital",
      "local media", O, "reported", ph=["said-that"]),
    # the denial is annotated on the content after "that"
    I("the governor had been forced out", "Leonid Sablin", P, "dismissed", role="Presidential press secretary",
      ph=["denial", "cue-class", "role-premodifier"]),
    # "told reporters" names no relay; the paragraph states his role; the patronymic inside the quote is no speaker
    D("It was Viktor Ivanovich’s own decision, and the president respects it", "Leonid Sablin", P, "told",
      role="Presidential press secretary", ph=["told", "surname"]),
    # the reporter's question is not a statement; "that" is the subject of the reported clause, not a complementiser,
    # and the clause carries the quoted fragment, so only the fragment is annotated
    M("a question for the investigators, not for the presidential administration", "Leonid Sablin", P, "said",
      ph=["said-that", "surname"]),
    # "the acting governor": Tselikova-Brandt, appointed in the second paragraph, so the nominal is the role; the agency
    # that quotes her is the relay; the that-clause carries the quoted fragment, so only the fragment is annotated
    M("on time and without a single extra rouble", "Marina Tselikova-Brandt", P, "quoted ... as saying",
      role="acting governor", via=["TASS"], ph=["quoted-as-saying", "said-that", "nominal"]),
    # "she said" after the quoted-as-saying frame: only that frame names the relay; the nominal stands in the paragraph
    D("People should not worry. Every contract will be checked again, line by line", "Marina Tselikova-Brandt", P,
      "said", role="acting governor", ph=["multi-sentence", "pronoun"]),
    # the first that-clause carries the quoted fragment, so only the fragment is annotated; the second has no marks
    M("years overdue", "Yevgenia Marchuk", P, "said",
      role="leader of the opposition Zarya faction in the regional duma", ph=["said-that", "role-apposition"]),
    I("the region’s debt had tripled under Lapshin-Orlov", "Yevgenia Marchuk", P, "said",
      role="leader of the opposition Zarya faction in the regional duma", ph=["said-that", "role-apposition"]),
    # the count of departing governors and the election date are the outlet's own
])

# ---------------------------------------------------------------- Canadian wire on a wildfire evacuation, straight double quotes + apostrophes: a trailing "officials said" after a long lede, a provincial wildfire service that "said Monday" with no "that", a fire information officer with her role before the name "said at a briefing" and "She said" with two that-clauses, "officials said" after a clause of the wire's own, the mayor's inverted split quote and "He said" in the next paragraph, an evacuee who "described … in a Facebook post" and "she wrote", "In a later post, she said" and a "thanked" that reports no content, "The wildfire service said", a trailing "officials said" after a relative clause
article("kelverton-wildfire-evacuation", '''
KELVERTON — About 4,200 residents of Kelverton and nearby Ashby Flats were ordered out of their homes Sunday night after a wildfire that had smouldered for days west of town jumped Highway 7 and raced toward the community, officials said.
The Interior Wildfire Service said Monday the Corran Creek fire had grown to an estimated 5,600 hectares, more than doubling overnight, and was burning out of control.
"We saw extreme fire behaviour yesterday afternoon, with embers landing up to a kilometre ahead of the main front. At that point the wind was making the decisions, not us," fire information officer Nadine Okonjo-Baird said at a briefing in Kelverton.
She said 140 firefighters and 11 helicopters were assigned to the fire, and that crews from two other provinces were expected by Wednesday.
No homes have been confirmed lost, but officials said crews could not yet reach several rural properties along Corran Creek Road.
"I know people are frightened, and I know people want to go back for their pets and their photo albums," said Mayor Gordon Thiessen-Rae. "Please don't. There is nothing in those houses that is worth a life."
He said the Kelverton Community Arena had been opened as a reception centre and that more than 1,100 evacuees had registered there by Monday.
Lorraine Pilkey-Dunn, who lives on Ridgeback Road, described the family's escape in a Facebook post on Sunday. "The sky was orange at seven o'clock and ash was coming down like snow on the windshield. We grabbed the kids, the dog and the passports, and that's it," she wrote.
In a later post, she said the family was staying with relatives in Marrow Bay and thanked strangers who had offered them spare rooms.
The wildfire service said the fire was believed to be human-caused and was under investigation.
An evacuation alert, which tells residents to be ready to leave on short notice, remains in effect for about 900 more properties north of the highway, officials said.
''', [
    I("About 4,200 residents of Kelverton and nearby Ashby Flats were ordered out of their homes Sunday night after a wildfire that had smouldered for days west of town jumped Highway 7 and raced toward the community",
      "officials", G, "said", ph=["trailing-attribution"]),
    # "said Monday" with no "that": the content opens with its article; one compound predicate: one statement
    I("the Corran Creek fire had grown to an estimated 5,600 hectares, more than doubling overnight, and was burning out of control",
      "the Interior Wildfire Service", O, "said", ph=["said-that"]),
    # "at a briefing" names no relay
    D("We saw extreme fire behaviour yesterday afternoon, with embers landing up to a kilometre ahead of the main front. At that point the wind was making the decisions, not us,",
      "Nadine Okonjo-Baird", P, "said", role="fire information officer", ph=["multi-sentence", "role-premodifier"]),
    # "She" opens the next paragraph; two that-clauses (the first without "that") with no quote marks: one statement
    I("140 firefighters and 11 helicopters were assigned to the fire, and that crews from two other provinces were expected by Wednesday",
      "Nadine Okonjo-Baird", P, "said", ph=["said-that", "pronoun"]),
    # "No homes have been confirmed lost" is the wire's own clause before the attribution
    I("crews could not yet reach several rural properties along Corran Creek Road", "officials", G, "said",
      ph=["said-that"]),
    D("I know people are frightened, and I know people want to go back for their pets and their photo albums,",
      "Gordon Thiessen-Rae", P, "said", role="Mayor", ph=["inversion", "split-quote", "role-premodifier"]),
    D("Please don't. There is nothing in those houses that is worth a life.", "Gordon Thiessen-Rae", P, "said",
      role="Mayor", ph=["split-quote", "multi-sentence"]),
    # "He" opens the next paragraph, which states no role; two that-clauses with no quote marks: one statement
    I("the Kelverton Community Arena had been opened as a reception centre and that more than 1,100 evacuees had registered there by Monday",
      "Gordon Thiessen-Rae", P, "said", ph=["said-that", "pronoun"]),
    # "who lives on Ridgeback Road" is a relative clause, not a role; "described the family's escape" reports no
    # content of its own; the post is on Facebook, named in the sentence before
    D("The sky was orange at seven o'clock and ash was coming down like snow on the windshield. We grabbed the kids, the dog and the passports, and that's it,",
      "Lorraine Pilkey-Dunn", P, "wrote", via=["Facebook"], ph=["multi-sentence", "writing", "pronoun"]),
    # "a later post": on Facebook, named in the paragraph before; thanking strangers reports no content
    I("the family was staying with relatives in Marrow Bay", "Lorraine Pilkey-Dunn", P, "said", via=["Facebook"],
      ph=["said-that", "writing", "pronoun"]),
    # "The wildfire service": the Interior Wildfire Service; one compound predicate: one statement
    I("the fire was believed to be human-caused and was under investigation", "the Interior Wildfire Service", O,
      "said", ph=["said-that", "nominal"]),
    # the relative clause explaining the alert sits inside the reported sentence
    I("An evacuation alert, which tells residents to be ready to leave on short notice, remains in effect for about 900 more properties north of the highway",
      "officials", G, "said", ph=["trailing-attribution"]),
])

# ---------------------------------------------------------------- tech news site on a data breach, curly double quotes: a product name in quotes, a company that "has confirmed that", "In a blog post …, the company said", its chief information security officer inverted ("wrote X in the same post") in a split quote, a researcher "who first reported the flaw" and "he said", "He said" in the next paragraph and a trailing "according to the company's post", a regulator that "said it was aware", "the company said in an email" with a fragment and a second that-clause after a reporter's question
article("brindlepath-ledger-breach", """
Brindlepath, the company behind the budgeting app “Penny Ledger”, has confirmed that hackers stole personal data belonging to about 2.3 million customers by exploiting a flaw in one of its internal tools.
In a blog post published late Tuesday, the company said the attackers had copied names, email addresses, phone numbers and the last four digits of linked bank accounts, but had not obtained passwords or full account numbers.
“We take the trust our customers place in us extremely seriously, and we are sorry,” wrote chief information security officer Anjali Morcombe-Teo in the same post. “We closed the hole within hours of learning about it. We should have found it ourselves.”
Tobias Wrenfield-Achebe, an independent security researcher who first reported the flaw, said he had stumbled on an administrative dashboard that anyone could open from the internet without a password.
“It took me about ten minutes to find. Anybody with a browser and a bit of curiosity could have done the same,” he said.
He said he had alerted Brindlepath on 2 June. The dashboard was taken offline four days later, according to the company’s post.
The Data Safeguards Authority said it was aware of the incident and had asked Brindlepath for a full report within 14 days. Companies that fail to protect customer data can be fined up to 4 per cent of their annual turnover.
Asked whether customers outside the country were affected, the company said in an email that it was “still working through the numbers” and that it would contact every affected customer by Friday.
Brindlepath, which was founded in 2017 and has about 9 million users, is offering those affected two years of free credit monitoring. Its shares fell 6 per cent on Wednesday.
""", [
    # the product's name in quotes; "the company behind …" describes the company, which takes no role
    R("Penny Ledger", "name of a product", "title"),
    I("hackers stole personal data belonging to about 2.3 million customers by exploiting a flaw in one of its internal tools",
      "Brindlepath", O, "confirmed", ph=["said-that", "cue-class"]),
    # "the company": Brindlepath; a blog post names no channel
    I("the attackers had copied names, email addresses, phone numbers and the last four digits of linked bank accounts, but had not obtained passwords or full account numbers",
      "Brindlepath", O, "said", ph=["said-that", "writing", "nominal"]),
    D("We take the trust our customers place in us extremely seriously, and we are sorry,", "Anjali Morcombe-Teo", P,
      "wrote", role="chief information security officer",
      ph=["inversion", "split-quote", "writing", "role-premodifier"]),
    D("We closed the hole within hours of learning about it. We should have found it ourselves.", "Anjali Morcombe-Teo",
      P, "wrote", role="chief information security officer", ph=["split-quote", "multi-sentence", "writing"]),
    # "who first reported the flaw" is a relative clause, not part of the role
    I("he had stumbled on an administrative dashboard that anyone could open from the internet without a password",
      "Tobias Wrenfield-Achebe", P, "said", role="independent security researcher",
      ph=["said-that", "role-apposition"]),
    D("It took me about ten minutes to find. Anybody with a browser and a bit of curiosity could have done the same,",
      "Tobias Wrenfield-Achebe", P, "said", ph=["multi-sentence", "pronoun"]),
    I("he had alerted Brindlepath on 2 June", "Tobias Wrenfield-Achebe", P, "said", ph=["said-that", "pronoun"]),
    # the post stands for the company that published it
    I("The dashboard was taken offline four days later", "Brindlepath", O, "according to",
      ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    # one compound predicate: one statement; the sentence on fines is the site's own background
    I("it was aware of the incident and had asked Brindlepath for a full report within 14 days",
      "the Data Safeguards Authority", O, "said", ph=["said-that"]),
    # the reporter's question is not a statement; an email names no channel; the first that-clause carries the quoted
    # fragment, so only the fragment is annotated; the second has no marks and is a statement of its own
    M("still working through the numbers", "Brindlepath", O, "said", ph=["said-that", "writing", "nominal"]),
    I("it would contact every affected customer by Friday", "Brindlepath", O, "said",
      ph=["said-that", "writing", "nominal"]),
    # the founding year, the offer and the share price are the site's own
])

# ---------------------------------------------------------------- UK tabloid showbiz story, curly single quotes + apostrophes: a trailing "…, a source told The Sun" after the lede, a song title inside a relative clause, "the source added", "Pals say" with a fragment, "One pal said:" with the quote in the same paragraph, a choreographer's Instagram post "posting:", "a spokesperson for the singer said the claims were ‘untrue’", "the spokesperson said" and "The rep also denied", a tour name and a single's title in quotes
article("lexi-marchbank-rehearsal-row", """
POP princess Lexi Marchbank stormed out of rehearsals for her comeback tour after a blazing row with her choreographer, a source told The Sun.
The 26-year-old, whose break-up anthem ‘Glass Slippers’ spent six weeks at No 1 last year, walked out of a dance studio in Hollingwell on Tuesday, leaving 14 dancers waiting for three hours.
‘Lexi just lost it. She screamed that she wasn’t a performing seal and marched straight out the door. Nobody knew where to look,’ the source added.
Pals say the singer has been ‘running on empty’ since her split from DJ Kofi Arlington-Shaw in March.
One pal said: ‘She’s exhausted. She hasn’t had a proper day off since Christmas and the pressure of this tour is massive. Something had to give.’
Choreographer Danny Velez-Hart, 34, who has worked with Lexi since her days on talent show Starlight Search, appeared to hint at the rift on Instagram last night, posting: ‘Some people want the applause without the rehearsal.’
But a spokesperson for the singer said the claims were ‘untrue’.
‘Lexi is fully committed to the tour and is rehearsing every day. She can’t wait to see her fans,’ the spokesperson said.
The rep also denied that any dates were in doubt.
The 22-date ‘Midnight Carousel’ tour opens at the Greywick Arena on 4 October, and more than 200,000 tickets have already been sold.
Fans were quick to rally round the star online. Her new single ‘Paper Crowns’ is out on Friday.
""", [
    # the lede's row is the source's account; The Sun is the relay
    I("POP princess Lexi Marchbank stormed out of rehearsals for her comeback tour after a blazing row with her choreographer",
      "a source", A, "told", via=["The Sun"], ph=["trailing-attribution", "told"]),
    # the walk-out paragraph carries no attribution of its own
    R("Glass Slippers", "song title", "title"),
    # "the source": the source of the lede; what Lexi screamed is reported inside the quote and is part of it
    D("Lexi just lost it. She screamed that she wasn’t a performing seal and marched straight out the door. Nobody knew where to look,",
      "a source", A, "added", ph=["multi-sentence", "nominal"]),
    # "pals": the paper's unnamed friends, an anonymous source; the clause carries the quoted fragment, so only the
    # fragment is annotated
    M("running on empty", "pals", A, "say", ph=["said-that"]),
    # "One pal": one of them, given by the phrase as written; the quote follows the colon in the same paragraph
    D("She’s exhausted. She hasn’t had a proper day off since Christmas and the pressure of this tour is massive. Something had to give.",
      "one pal", A, "said", ph=["multi-sentence"]),
    # the age is not a role and "who has worked with Lexi …" is a relative clause; "appeared to hint" reports no content
    D("Some people want the applause without the rehearsal.", "Danny Velez-Hart", P, "posting", role="Choreographer",
      via=["Instagram"], ph=["participle-cue", "writing", "role-premodifier"]),
    # "the claims were ‘untrue’": the clause carries the quoted fragment, so only the fragment is annotated
    M("untrue", "a spokesperson for the singer", A, "said", ph=["said-that", "denial"]),
    D("Lexi is fully committed to the tour and is rehearsing every day. She can’t wait to see her fans,",
      "a spokesperson for the singer", A, "said", ph=["multi-sentence", "nominal"]),
    # "The rep": the spokesperson; the denial is annotated on the content after "that"
    I("any dates were in doubt", "a spokesperson for the singer", A, "denied", ph=["denial", "cue-class", "nominal"]),
    R("Midnight Carousel", "name of a concert tour", "title"),
    # rallying round online reports no content
    R("Paper Crowns", "song title", "title"),
])

# ---------------------------------------------------------------- science desk on a coral-reef study, straight single quotes + apostrophes: a trailing "according to a study by researchers at …", the writer's scare quote on a popular idea, the paper's own method paragraph, "The study found that", "the researchers wrote in the journal …" split around the cue, the lead author with her role before the name "said in a statement that" with a fragment and "she said", "She said" with a that-clause holding a second "that", an outside expert "who was not involved in the study" who "called" the findings '…' and "said", "he said" in the next paragraph
article("teralua-reef-rebleaching-study", """
Corals that survived one marine heatwave on the Teralua Barrier Reef were more likely, not less, to bleach in the next, according to a study by researchers at the Kanoa Marine Institute.
The result cuts against the hope that reefs can be 'heat-hardened' by living through a bad summer, an idea that has featured in several recent restoration plans.
The team photographed 1,140 tagged colonies of branching and boulder corals at 18 sites during a heatwave in 2020, then returned to the same colonies in 2023, when the water again ran more than 1.5C above the summer average for nine weeks.
The study found that 71 per cent of colonies that had bleached and recovered in 2020 bleached again in 2023, compared with 46 per cent of those that had come through the first heatwave unharmed.
'Recovery from bleaching appears to leave colonies with less in reserve, not more,' the researchers wrote in the journal Reef Systems Science. 'Surviving is not the same as adapting.'
Lead author Dr Ana Tevita-Lindqvist said in a statement that the results were 'sobering'. 'We went back expecting the survivors to be the tough ones. At most sites it was the other way round,' she said.
She said the team could not rule out that run-off from the Salamu River had weakened colonies at the four sites nearest its mouth.
Professor Rhys Oduya-Hartley, a coral biologist at the University of Port Ellery who was not involved in the study, called the findings 'a wake-up call' but said three years was too short a time to tell whether the corals could adapt.
'Evolution doesn't run on a three-year grant cycle. I'd want to see these colonies followed for another decade before anyone writes off the idea,' he said.
The study was funded by the Teralua Reef Trust, a charity, which had no role in the analysis.
""", [
    # the study stands for its authors
    I("Corals that survived one marine heatwave on the Teralua Barrier Reef were more likely, not less, to bleach in the next",
      "researchers at the Kanoa Marine Institute", G, "according to",
      ph=["according-to", "trailing-attribution", "writing"]),
    # the hope is nobody's words: the writer's scare quote
    R("heat-hardened", "the writer's scare quote on a popular idea", "scare-quote"),
    # the method paragraph carries no attribution. "The study … found": the paper stands for its authors
    I("71 per cent of colonies that had bleached and recovered in 2020 bleached again in 2023, compared with 46 per cent of those that had come through the first heatwave unharmed",
      "researchers at the Kanoa Marine Institute", G, "found", ph=["said-that", "writing", "nominal"]),
    # the journal they wrote in is the relay (as in brenmoor-weekend-warrior-study)
    D("Recovery from bleaching appears to leave colonies with less in reserve, not more,",
      "researchers at the Kanoa Marine Institute", G, "wrote", via=["Reef Systems Science"],
      ph=["split-quote", "writing", "nominal"]),
    D("Surviving is not the same as adapting.", "researchers at the Kanoa Marine Institute", G, "wrote",
      via=["Reef Systems Science"], ph=["split-quote", "writing", "nominal"]),
    # "Dr" is a title; a statement names no channel; the that-clause carries the quoted fragment, so only the
    # fragment is annotated
    M("sobering", "Ana Tevita-Lindqvist", P, "said", role="Lead author", ph=["said-that", "writing", "role-premodifier"]),
    D("We went back expecting the survivors to be the tough ones. At most sites it was the other way round,",
      "Ana Tevita-Lindqvist", P, "said", role="Lead author", ph=["multi-sentence", "pronoun"]),
    # "She" opens the next paragraph, which states no role; the inner "that" belongs to "rule out"
    I("the team could not rule out that run-off from the Salamu River had weakened colonies at the four sites nearest its mouth",
      "Ana Tevita-Lindqvist", P, "said", ph=["said-that", "pronoun"]),
    # "Professor" is a title; "who was not involved in the study" is a relative clause, not part of the role; one
    # subject, two cues: the "called" fragment and the that-less clause
    M("a wake-up call", "Rhys Oduya-Hartley", P, "called", role="coral biologist at the University of Port Ellery",
      ph=["role-apposition"]),
    I("three years was too short a time to tell whether the corals could adapt", "Rhys Oduya-Hartley", P, "said",
      role="coral biologist at the University of Port Ellery", ph=["said-that", "role-apposition"]),
    D("Evolution doesn't run on a three-year grant cycle. I'd want to see these colonies followed for another decade before anyone writes off the idea,",
      "Rhys Oduya-Hartley", P, "said", ph=["multi-sentence", "pronoun"]),
    # the funding note is the desk's own
])

# ---------------------------------------------------------------- election-night live blog with time stamps, curly double quotes: a headline and a standing intro line, "Exit polls suggest" (no statement), a trailing "the returning officer, X, told reporters" and "He said" with a that-less clause and a second that-clause carrying a fragment, a party spokesperson with a fragment and "insisted that", an anonymous activist who "told us" with a fragment, a rival who "has conceded" and "told supporters", the result line, the winner's victory speech split mid-sentence by "she said", a party chairman who "told the BBC" with a fragment, "He denied that" and "he said"
article("harrowfield-byelection-live", """
Harrowfield by-election: live
Follow our live coverage of the count at Harrowfield Leisure Centre. All times are local.
21:40 – Polls have closed. Exit polls suggest the Civic League’s Priya Anand-Lowe is on course to take the seat from the Meridian Party, which has held Harrowfield since 1997.
22:15 – Turnout was 41.2 per cent, the returning officer, Graham Pettifer-Wade, told reporters at the count. He said the first ballot boxes had arrived from the outlying villages shortly before 22:00 and that a declaration was expected “some time after one in the morning”.
22:50 – A Meridian Party spokesperson said the party had “always known this would be a hard night” but insisted that its record on housing would win voters back at the general election.
23:30 – The mood among Civic League supporters is buoyant. A Civic League activist, who did not want to be named, told us the party’s own tallies put Anand-Lowe “comfortably ahead” in every ward.
00:20 – Meridian candidate Tom Ellery-Grange has conceded. “The voters have sent us a message tonight, and we would be fools not to listen to it,” he told supporters as he left the hall.
01:35 – RESULT: Civic League gain. Priya Anand-Lowe (Civic League) 18,402; Tom Ellery-Grange (Meridian Party) 14,977; Sunil Hartigan (Independent) 2,311. Majority: 3,425.
01:42 – In her victory speech, Anand-Lowe, a former headteacher, thanked the count staff and her opponents. “For twenty-seven years this town was told to wait its turn,” she said, “and tonight Harrowfield stopped waiting.”
01:55 – Meridian Party chairman Douglas Fenwick-Oyelowo told the BBC the result was “painful”. He denied that the party leader’s position was under threat. “One by-election does not make a general election,” he said.
02:10 – That’s all from us tonight. Anand-Lowe is expected to take her seat in Parliament on Tuesday.
""", [
    # the headline and the standing line are the blog's own; "Exit polls suggest" is the blog's reading of the polls,
    # not anybody's statement
    I("Turnout was 41.2 per cent", "Graham Pettifer-Wade", P, "told", role="returning officer",
      ph=["trailing-attribution", "told", "role-apposition"]),
    # "He" in the same entry, which states his role; the first clause has no marks and no "that"; the second
    # that-clause carries the quoted fragment, so only the fragment is annotated
    I("the first ballot boxes had arrived from the outlying villages shortly before 22:00", "Graham Pettifer-Wade", P,
      "said", role="returning officer", ph=["said-that", "pronoun"]),
    M("some time after one in the morning", "Graham Pettifer-Wade", P, "said", role="returning officer",
      ph=["said-that", "pronoun"]),
    # one subject, two cues: the "said" clause carries the fragment, the "insisted that" clause has no marks
    M("always known this would be a hard night", "a Meridian Party spokesperson", A, "said", ph=["said-that"]),
    I("its record on housing would win voters back at the general election", "a Meridian Party spokesperson", A,
      "insisted", ph=["said-that", "cue-class"]),
    # "who did not want to be named" is a relative clause, not part of the phrase; "told us" names no relay
    M("comfortably ahead", "a Civic League activist", A, "told", ph=["told", "said-that"]),
    # "has conceded" with nothing after it reports no content; "told supporters" names no relay
    D("The voters have sent us a message tonight, and we would be fools not to listen to it,", "Tom Ellery-Grange", P,
      "told", role="Meridian candidate", ph=["told", "pronoun", "role-premodifier"]),
    # the result line is the blog's own; thanking the count staff reports no content; "Anand-Lowe, a former
    # headteacher," in the sentence before states her role in the entry
    D("For twenty-seven years this town was told to wait its turn,", "Priya Anand-Lowe", P, "said",
      role="former headteacher", ph=["split-quote", "pronoun"]),
    D("and tonight Harrowfield stopped waiting.", "Priya Anand-Lowe", P, "said", role="former headteacher",
      ph=["split-quote", "pronoun"]),
    # the broadcaster he told is the relay; the clause carries the quoted fragment, so only the fragment is annotated
    M("painful", "Douglas Fenwick-Oyelowo", P, "told", role="Meridian Party chairman", via=["BBC"],
      ph=["told", "said-that", "role-premodifier"]),
    # "He denied" and "he said" in sentences of their own: only the told-frame names the relay
    I("the party leader’s position was under threat", "Douglas Fenwick-Oyelowo", P, "denied",
      role="Meridian Party chairman", ph=["denial", "cue-class", "pronoun"]),
    D("One by-election does not make a general election,", "Douglas Fenwick-Oyelowo", P, "said",
      role="Meridian Party chairman", ph=["pronoun"]),
])

# ---------------------------------------------------------------- New Zealand regional paper on a council rates rise, curly double quotes: a plan's title in quotes, a trailing "…, according to council documents" (the documents stand for the council) followed by a sentence of the paper's own, the mayor's split quote with "Mayor" before the name, "The council said in a statement" with two that-clauses, a councillor who "voted against the plan and said" and "He called" with a fragment, a ratepayers' group spokeswoman with her role before the name and "she said"/"She said" in the paragraphs after, the mayor by surname with two that-clauses
article("rangiwhetu-rates-rise", """
KAIWHENUA – Rangiwhetu ratepayers face an average rates rise of 14.8 per cent from July after Rangiwhetu District Council adopted its long-term plan by seven votes to three on Wednesday.
The plan, titled “Fixing the Basics”, puts $186 million into water pipes, treatment plants and roads over the next ten years.
The increase will add about $412 a year to the bill for a typical house in Kaiwhenua, according to council documents. Rural properties face rises of up to 19 per cent.
“Nobody around that table wanted to vote for this,” Mayor Ngaire Tautahi-Brooke said after the meeting. “But the pipes under Kaiwhenua are 70 years old, and the bill for replacing them only gets bigger every year we wait.”
The council said in a statement that more than 60 per cent of the increase would go on water, wastewater and stormwater, and that a further 2.1 per cent was needed to cover higher insurance premiums.
Councillor Tama Rerekura voted against the plan and said the council should have sold its 40 per cent stake in Rangiwhetu Airport before going back to ratepayers for more. He called the rise “the price of ten years of kicking the can down the road”.
Rangiwhetu Ratepayers’ Association spokeswoman Denise Kowalczyk-Hura said many pensioners in the district were already struggling to pay last year’s bills.
“We have people on fixed incomes choosing between their rates and their power bill. Another 15 per cent will push some of them out of homes they have owned for 40 years,” she said.
She said the association would start collecting signatures this weekend for a petition calling for an independent review of council spending.
Tautahi-Brooke said struggling ratepayers could apply to postpone their rates and that council staff would hold drop-in sessions at the Kaiwhenua library throughout June.
Rates notices will be posted in late July.
""", [
    # adopting a plan is an act, not a statement
    R("Fixing the Basics", "title of the council's long-term plan", "title"),
    # the documents stand for the council that wrote them (as "according to the filing"); the sentence on rural
    # properties after it has no attribution and is the paper's own
    I("The increase will add about $412 a year to the bill for a typical house in Kaiwhenua",
      "Rangiwhetu District Council", O, "according to", ph=["according-to", "trailing-attribution", "writing", "nominal"]),
    # "Mayor" stands before the name; the second part keeps the paragraph's role
    D("Nobody around that table wanted to vote for this,", "Ngaire Tautahi-Brooke", P, "said", role="Mayor",
      ph=["split-quote", "role-premodifier"]),
    D("But the pipes under Kaiwhenua are 70 years old, and the bill for replacing them only gets bigger every year we wait.",
      "Ngaire Tautahi-Brooke", P, "said", role="Mayor", ph=["split-quote"]),
    # "The council": Rangiwhetu District Council, named in the lede; two that-clauses with no quote marks: one
    # statement; a statement names no channel
    I("more than 60 per cent of the increase would go on water, wastewater and stormwater, and that a further 2.1 per cent was needed to cover higher insurance premiums",
      "Rangiwhetu District Council", O, "said", ph=["said-that", "writing", "nominal"]),
    # "voted against the plan" is a vote, not a statement; "Councillor" written out stands before the name as a
    # role (as "Councilman" in millbrook-sales-tax)
    I("the council should have sold its 40 per cent stake in Rangiwhetu Airport before going back to ratepayers for more",
      "Tama Rerekura", P, "said", role="Councillor", ph=["said-that", "role-premodifier"]),
    M("the price of ten years of kicking the can down the road", "Tama Rerekura", P, "called", role="Councillor",
      ph=["pronoun"]),
    I("many pensioners in the district were already struggling to pay last year’s bills", "Denise Kowalczyk-Hura", P,
      "said", role="Rangiwhetu Ratepayers’ Association spokeswoman", ph=["said-that", "role-premodifier"]),
    # "she" in the paragraph after her name; no role in this paragraph
    D("We have people on fixed incomes choosing between their rates and their power bill. Another 15 per cent will push some of them out of homes they have owned for 40 years,",
      "Denise Kowalczyk-Hura", P, "said", ph=["multi-sentence", "pronoun"]),
    # collecting signatures for a petition is reported as a plan, not as a request the spokeswoman makes
    I("the association would start collecting signatures this weekend for a petition calling for an independent review of council spending",
      "Denise Kowalczyk-Hura", P, "said", ph=["said-that", "pronoun"]),
    # the first clause has no "that", the second has; no quote marks: one statement
    I("struggling ratepayers could apply to postpone their rates and that council staff would hold drop-in sessions at the Kaiwhenua library throughout June",
      "Ngaire Tautahi-Brooke", P, "said", ph=["said-that", "surname"]),
    # the date of the rates notices is the paper's own
])

# ---------------------------------------------------------------- Pakistani English daily on a power-tariff strike, straight double quotes + apostrophes: Mr on second reference, a traders' leader with "Haji" (a title, left out) and a long double role in apposition after "Addressing the protesters," and "he said" in the next paragraph, a federal minister who "told a press conference in …" with a fragment and "the minister said", his denial with a "terming" fragment, "The ministry said in a notification issued on Monday" for a ministry named in the lede, "Sources said" with a "but that" clause, a distribution company's spokesman
article("zafarkot-tariff-strike", '''
ZAFARKOT: Markets in Zafarkot and at least nine other cities of the province remained shut on Tuesday as traders observed a shutter-down strike against the increase of Rs4.20 per unit in electricity tariffs announced by the Ministry of Power last week.
Protesters burnt copies of their bills outside the head office of the Zafarkot Power Distribution Company (Zapdco), blocking traffic for three hours.
Addressing the protesters, Haji Abdul Ghafoor Mughal, President of the Zafarkot Chamber of Small Traders and Convener of the Joint Traders Action Committee of the province, said the new tariff would force thousands of small shops to close by the end of the year.
"A shopkeeper who earns Rs60,000 in a month is now receiving an electricity bill of Rs38,000. Tell me, how is he supposed to feed his children? We will not pay these bills," he said.
Mr Mughal said the strike would continue on Wednesday and that traders would stage a sit-in outside the Zapdco office on Friday.
However, Federal Minister for Power Imtiaz Hussain Chattha told a press conference in Dilawarpur that the government had "no fiscal space" to withdraw the increase.
"I understand the anger of the traders. But every rupee we do not recover through the bill is added to the circular debt, and in the end that debt is paid by the same people," the minister said.
Mr Chattha denied that the increase had been imposed on the demand of foreign lenders, terming such reports "pure propaganda".
The ministry said in a notification issued on Monday that the revised rates would apply from the October billing month and that domestic consumers using fewer than 200 units a month would be exempt.
Sources said the ministry was also considering a proposal to spread the increase over three months for commercial consumers, but that no decision had been taken so far.
A Zapdco spokesman said extra staff had been deployed at the company's complaint centres to deal with the rush of consumers.
''', [
    # the strike and the burning of bills are acts; "announced by the Ministry of Power" names no content
    # "Haji" is an honorific and is left out of the name; the whole double role stands in apposition; "Addressing the
    # protesters" gives the occasion, not a relay
    I("the new tariff would force thousands of small shops to close by the end of the year", "Abdul Ghafoor Mughal", P,
      "said",
      role="President of the Zafarkot Chamber of Small Traders and Convener of the Joint Traders Action Committee of the province",
      ph=["said-that", "role-apposition"]),
    # "he" in the paragraph after his name; no role in this paragraph; the question is part of the quote
    D("A shopkeeper who earns Rs60,000 in a month is now receiving an electricity bill of Rs38,000. Tell me, how is he supposed to feed his children? We will not pay these bills,",
      "Abdul Ghafoor Mughal", P, "said", ph=["multi-sentence", "pronoun"]),
    # two that-clauses with no quote marks: one statement
    I("the strike would continue on Wednesday and that traders would stage a sit-in outside the Zapdco office on Friday",
      "Abdul Ghafoor Mughal", P, "said", ph=["said-that", "surname"]),
    # "told a press conference" names no relay; the that-clause carries the quoted fragment, so only the fragment is
    # annotated
    M("no fiscal space", "Imtiaz Hussain Chattha", P, "told", role="Federal Minister for Power",
      ph=["told", "said-that", "role-premodifier"]),
    # "the minister": Chattha, named in the paragraph before, so the nominal is the role
    D("I understand the anger of the traders. But every rupee we do not recover through the bill is added to the circular debt, and in the end that debt is paid by the same people,",
      "Imtiaz Hussain Chattha", P, "said", role="minister", ph=["multi-sentence", "nominal"]),
    I("the increase had been imposed on the demand of foreign lenders", "Imtiaz Hussain Chattha", P, "denied",
      ph=["denial", "cue-class", "surname"]),
    M("pure propaganda", "Imtiaz Hussain Chattha", P, "terming", ph=["participle-cue", "surname"]),
    # "The ministry": the Ministry of Power, named in the lede; a notification names no channel; two that-clauses with
    # no quote marks: one statement
    I("the revised rates would apply from the October billing month and that domestic consumers using fewer than 200 units a month would be exempt",
      "the Ministry of Power", O, "said", ph=["said-that", "writing", "nominal"]),
    # "but that" joins a second clause with no marks: one statement
    I("the ministry was also considering a proposal to spread the increase over three months for commercial consumers, but that no decision had been taken so far",
      "sources", A, "said", ph=["said-that"]),
    I("extra staff had been deployed at the company's complaint centres to deal with the rush of consumers",
      "a Zapdco spokesman", A, "said", ph=["said-that"]),
])

# ---------------------------------------------------------------- US sports site on a baseball trade, straight double quotes + apostrophes: a nickname in quotes with the comma inside, the general manager's split quote "told reporters on a video call" with his role before the name, "X said" by surname with two that-clauses, a trailing "a source familiar with the deal told The Athletic" (an anonymous source and a named relay), an agent who "declined to comment", the traded player's Instagram post after "said goodbye … in an Instagram post" with "he wrote", the acquiring manager with his role before the name and his split quote by surname in the next paragraph
article("riverton-vandersloot-trade", '''
The Riverton Foxes traded left-hander Corey Vandersloot to the Calder Bay Pelicans on Thursday for two of Calder Bay's top pitching prospects, ending weeks of speculation a day before the trade deadline.
Vandersloot, 29, is 9-4 with a 2.71 ERA this season and can become a free agent in November. Known in the Riverton clubhouse as "Sloot," he made two All-Star teams in seven seasons with the Foxes.
"This was not an easy call, and I'm not going to pretend it was," Foxes general manager Dana Whitlock-Reyes told reporters on a video call. "Corey gave this organization everything he had. But we're 11 games out, and we had a chance to add two arms who can help us for the next six years."
Whitlock-Reyes said talks on a contract extension had broken down in spring training and that the Foxes had not made a new offer since.
The Pelicans are also sending $2 million to Riverton to cover part of Vandersloot's remaining salary, a source familiar with the deal told The Athletic. Vandersloot's agent, Mark Feldstein, declined to comment.
Vandersloot said goodbye to Riverton fans in an Instagram post on Thursday night. "Seven years, two All-Star Games and one October I'll never forget. Riverton, you made a kid from nowhere feel like he belonged. Thank you for everything," he wrote.
Pelicans manager Hector Ibarra-Quinn said Vandersloot would join the team in Port Ellison on Saturday and was in line to start on Sunday.
"You don't get a guy like that in July very often," Ibarra-Quinn said. "He throws strikes, he eats innings and nothing rattles him. That's exactly what this rotation was missing."
The prospects, right-handers Mateo Sandoval, 20, and Jaylen Brooks-Whitaker, 22, will report to Riverton's Double-A affiliate in Eastbrook.
''', [
    # the trade is an act; the statistics are the site's own
    R("Sloot,", "nickname in quotes", "title"),
    # a video call names no relay; the second part keeps the paragraph's role
    D("This was not an easy call, and I'm not going to pretend it was,", "Dana Whitlock-Reyes", P, "told",
      role="Foxes general manager", ph=["split-quote", "told", "role-premodifier"]),
    D("Corey gave this organization everything he had. But we're 11 games out, and we had a chance to add two arms who can help us for the next six years.",
      "Dana Whitlock-Reyes", P, "told", role="Foxes general manager", ph=["split-quote", "multi-sentence", "told"]),
    # the first clause has no "that", the second has; no quote marks: one statement
    I("talks on a contract extension had broken down in spring training and that the Foxes had not made a new offer since",
      "Dana Whitlock-Reyes", P, "said", ph=["said-that", "surname"]),
    # the anonymous source told a named outlet, which is the relay; "declined to comment" reports nothing
    I("The Pelicans are also sending $2 million to Riverton to cover part of Vandersloot's remaining salary",
      "a source familiar with the deal", A, "told", via=["The Athletic"], ph=["trailing-attribution", "told"]),
    # "said goodbye … in an Instagram post" reports no content; "he wrote" is the post, named in the sentence before
    D("Seven years, two All-Star Games and one October I'll never forget. Riverton, you made a kid from nowhere feel like he belonged. Thank you for everything,",
      "Corey Vandersloot", P, "wrote", via=["Instagram"], ph=["multi-sentence", "writing", "pronoun"]),
    # one subject, one cue, two coordinated predicates with no marks: one statement
    I("Vandersloot would join the team in Port Ellison on Saturday and was in line to start on Sunday",
      "Hector Ibarra-Quinn", P, "said", role="Pelicans manager", ph=["said-that", "role-premodifier"]),
    # by surname in the next paragraph, which states no role
    D("You don't get a guy like that in July very often,", "Hector Ibarra-Quinn", P, "said",
      ph=["split-quote", "surname"]),
    D("He throws strikes, he eats innings and nothing rattles him. That's exactly what this rotation was missing.",
      "Hector Ibarra-Quinn", P, "said", ph=["split-quote", "multi-sentence", "surname"]),
    # where the prospects report is the site's own
])

# ---------------------------------------------------------------- French wire (AFP) in English on a museum theft, « guillemets » with no-break spaces: a painting's title in quotes inside a trailing "…, the prosecutor's office said" and again later, "according to investigators", the museum's director in apposition in an inverted quote and "She said", "The prosecutor's office said in a statement" with two that-clauses, the culture minister "Speaking on RTL radio" who "called" the theft « … » and "she said" in the next paragraph, "The minister denied" with a "saying" clause, a guards' union named in full with its acronym, a relative clause, and "It accused … of « … »"
article("vaucelles-museum-theft", """
VAUCELLES, France, March 3 (AFP) – Thieves broke into the Musée Lefranc-Aubert in the eastern city of Vaucelles before dawn on Sunday and escaped with three 19th-century paintings, among them Émile Rocheteau's « La Fileuse au jardin », the prosecutor's office said.
The thieves forced a first-floor window with a ladder taken from a nearby building site and were inside the museum for less than seven minutes, according to investigators.
« It was very quick and very professional. They knew exactly what they wanted and exactly where it was hanging », said Hélène Dutertre-Mas, the museum's director, at a news conference outside the building.
She said the alarm had gone off at 4:12 am and that the first police patrol had arrived six minutes later, by which time the thieves had gone.
The prosecutor's office said in a statement that two men on a scooter had been filmed by a camera near the museum and that an investigation had been opened for organised theft.
Speaking on RTL radio, Culture Minister Sabine Carréol-Vidal called the theft « an attack on the memory of the nation ».
« These paintings belong to every French person. They cannot be sold on any legitimate market, and whoever holds them today should know it », she said.
The minister denied that the museum's security budget had been cut, saying it had risen by eight percent since 2022.
But the Syndicat national des gardiens du patrimoine (SNGP), which represents museum guards, said only two guards had been on duty in a building with 38 rooms. It accused the ministry of « running France's museums on goodwill and luck ».
« La Fileuse au jardin », which shows a young woman spinning wool under an apple tree, was valued at around 6 million euros by insurers in 2021.
The museum will stay closed until further notice.
""", [
    # "(AFP)" in the dateline is the wire's own byline; the title inside the reported clause is annotated on its own
    # the span holds the no-break spaces inside the guillemets
    I("Thieves broke into the Musée Lefranc-Aubert in the eastern city of Vaucelles before dawn on Sunday and escaped with three 19th-century paintings, among them Émile Rocheteau's «\u00a0La Fileuse au jardin\u00a0»",
      "the prosecutor's office", O, "said", ph=["trailing-attribution"]),
    R("La Fileuse au jardin", "title of a painting", "title", after="Rocheteau"),
    I("The thieves forced a first-floor window with a ladder taken from a nearby building site and were inside the museum for less than seven minutes",
      "investigators", G, "according to", ph=["according-to", "trailing-attribution"]),
    # a news conference names no relay
    D("It was very quick and very professional. They knew exactly what they wanted and exactly where it was hanging",
      "Hélène Dutertre-Mas", P, "said", role="museum's director",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # "She" opens the next paragraph; two that-clauses with no quote marks: one statement
    I("the alarm had gone off at 4:12 am and that the first police patrol had arrived six minutes later, by which time the thieves had gone",
      "Hélène Dutertre-Mas", P, "said", ph=["said-that", "pronoun"]),
    I("two men on a scooter had been filmed by a camera near the museum and that an investigation had been opened for organised theft",
      "the prosecutor's office", O, "said", ph=["said-that", "writing"]),
    # the radio station is the relay ("radio" describes it); "called the theft" takes only the quoted fragment
    M("an attack on the memory of the nation", "Sabine Carréol-Vidal", P, "called", role="Culture Minister",
      via=["RTL"], ph=["interview", "role-premodifier"]),
    # "she said" in the next paragraph, which names no channel
    D("These paintings belong to every French person. They cannot be sold on any legitimate market, and whoever holds them today should know it",
      "Sabine Carréol-Vidal", P, "said", ph=["multi-sentence", "pronoun"]),
    # "The minister": Carréol-Vidal, so the nominal is the role
    I("the museum's security budget had been cut", "Sabine Carréol-Vidal", P, "denied", role="minister",
      ph=["denial", "cue-class", "nominal"]),
    I("it had risen by eight percent since 2022", "Sabine Carréol-Vidal", P, "saying", role="minister",
      ph=["participle-cue", "nominal"]),
    # the union's full name, without the acronym in brackets; "which represents museum guards" is a relative clause
    I("only two guards had been on duty in a building with 38 rooms", "the Syndicat national des gardiens du patrimoine",
      O, "said", ph=["said-that"]),
    M("running France's museums on goodwill and luck", "the Syndicat national des gardiens du patrimoine", O,
      "accused", ph=["cue-class", "pronoun"]),
    # the title again, at the head of a sentence of the wire's own
    R("La Fileuse au jardin", "title of a painting", "title", after="goodwill and luck"),
], nbsp_guillemets=True)

# ---------------------------------------------------------------- UK consumer page on a broadband price rise, curly single quotes + apostrophes: "the provider confirmed" with no content, a tariff's name in quotes, a regulator introduced with its acronym and a relative clause that "said in a statement" with a fragment and a second that-clause, a consumer group's director in an inverted quote and "She said", a customer by first name and town and "she said", "A spokesperson for … said the company was" with a second that-clause carrying a fragment, "The spokesperson denied" with an "adding that" clause, the page's own advice
article("linkora-broadband-price-rise", """
Millions of Linkora customers will pay up to £4 a month more for their broadband from April, after the provider confirmed its latest round of mid-contract price rises.
Most plans will go up by £3.50 a month, while customers on the firm’s ‘Fibre Flex 900’ tariff will pay an extra £4.
The Telecoms Standards Authority (TSA), which regulates the sector, said in a statement that providers must now set out any price rise ‘in pounds and pence’ when customers sign up, and that those who were not told clearly could leave without paying an exit fee.
‘A £4 rise might not sound like much, but that’s £48 a year for a service that hasn’t changed one bit. People signed up for a price, not a price plus whatever the company fancies,’ said Rachel Ouseley-Grant, director of campaigns at consumer group Fair Bills Now.
She said households that were out of contract could often save more than £100 a year by switching, or simply by ringing their provider and asking for a better deal.
Sandra, from Hexley, has been with Linkora for nine years and said she only found out about the rise when a neighbour mentioned it over the garden fence.
‘I’ve been a loyal customer for nearly a decade and this is the thanks I get. I’ll be on the phone to them this week, and if they won’t budge, I’m off,’ she said.
A spokesperson for Linkora said the company was investing £600 million this year in faster and more reliable connections, and that the rise had been ‘clearly set out’ in customers’ contracts.
The spokesperson denied that customers had been kept in the dark, adding that anyone on the firm’s social tariff would not be affected.
Customers who want to complain should contact Linkora first. If the problem is not resolved within eight weeks, they can take it to an independent ombudsman.
""", [
    # "confirmed its latest round of … price rises" has a noun phrase, not a clause: no statement
    R("Fibre Flex 900", "name of a broadband tariff", "title"),
    # the regulator's full name without the acronym; "which regulates the sector" is a relative clause, not a role.
    # The first that-clause carries the quoted fragment, so only the fragment is annotated; the second has no marks
    M("in pounds and pence", "the Telecoms Standards Authority", O, "said", ph=["said-that", "writing"]),
    I("those who were not told clearly could leave without paying an exit fee", "the Telecoms Standards Authority", O,
      "said", ph=["said-that", "writing"]),
    # "consumer group" is part of the role, as "property agency" in selasih-grant-clawback
    D("A £4 rise might not sound like much, but that’s £48 a year for a service that hasn’t changed one bit. People signed up for a price, not a price plus whatever the company fancies,",
      "Rachel Ouseley-Grant", P, "said", role="director of campaigns at consumer group Fair Bills Now",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    I("households that were out of contract could often save more than £100 a year by switching, or simply by ringing their provider and asking for a better deal",
      "Rachel Ouseley-Grant", P, "said", ph=["said-that", "pronoun"]),
    # a first name only; her home town is not a role (as an age is not), and "has been with Linkora" is the paper's
    # own; "said" is the second predicate of the same subject
    I("she only found out about the rise when a neighbour mentioned it over the garden fence", "Sandra", P, "said",
      ph=["said-that"]),
    D("I’ve been a loyal customer for nearly a decade and this is the thanks I get. I’ll be on the phone to them this week, and if they won’t budge, I’m off,",
      "Sandra", P, "said", ph=["multi-sentence", "pronoun"]),
    # the first clause has no "that" and no marks; the second that-clause carries the quoted fragment, so only the
    # fragment is annotated: two statements
    I("the company was investing £600 million this year in faster and more reliable connections",
      "a spokesperson for Linkora", A, "said", ph=["said-that"]),
    M("clearly set out", "a spokesperson for Linkora", A, "said", ph=["said-that"]),
    # "The spokesperson": Linkora's spokesperson of the paragraph before
    I("customers had been kept in the dark", "a spokesperson for Linkora", A, "denied",
      ph=["denial", "cue-class", "nominal"]),
    I("anyone on the firm’s social tariff would not be affected", "a spokesperson for Linkora", A, "adding",
      ph=["participle-cue", "nominal"]),
    # the advice on complaints is the page's own
])

# ---------------------------------------------------------------- Gulf business wire on an airline order at an air show, curly double quotes + apostrophes: a trailing "…, the carrier said on Tuesday, as …" in the lede, the chief executive with his role before the name who "told reporters on the sidelines of the show", "He declined to say" (no statement), "The plane maker said in a statement" with a that-clause and "called … “…”", "The companies did not disclose", a trailing "according to people familiar with the matter", "The carrier said", an analyst "who asked not to be named because he was not authorised to speak to the media" and his split quote "he said" in the next paragraph, "dismissed the concern, saying"
article("sahil-airways-a90-order", """
AL QARIYAH, Nov 12 – Sahil Airways has ordered 45 A-90 wide-body jets from Aerovanta, with options on 15 more, the carrier said on Tuesday, as the Gulf airline pushes deeper into long-haul routes to Asia and Africa.
The order was signed on the opening day of the Al Qariyah Air Show in front of the emirate’s crown prince.
“This is the biggest order in our history, and it will not be the last. Our passengers want to fly further without stopping, and this aircraft lets us take them there,” Sahil Airways chief executive Khalid Saeed Al-Nuaimi told reporters on the sidelines of the show.
Al-Nuaimi said the first jets would arrive in late 2028 and would replace 22 older aircraft by 2032. He declined to say how the order would be financed.
The plane maker said in a statement that the A-90 burned 18 percent less fuel per seat than the aircraft it replaced, and called Sahil “one of the most ambitious carriers flying today”.
The companies did not disclose the price. Sahil secured a discount of more than 40 percent on the list price of about $17 billion, according to people familiar with the matter.
The carrier said it expected to carry 21 million passengers this year, up from 17.5 million in 2023.
An aviation analyst at a Gulf-based bank, who asked not to be named because he was not authorised to speak to the media, said the airline would struggle to find enough pilots and engineers for the new fleet.
“They are buying planes faster than the region is training people to fly and fix them,” he said. “Every carrier in the Gulf is fishing in the same small pond.”
Al-Nuaimi dismissed the concern, saying the airline’s own academy would train 300 pilots a year from 2026.
Sahil, founded in 2009, flies to 94 destinations from its hub at Al Qariyah International Airport.
""", [
    # "the carrier": Sahil Airways, in the same sentence; the "as …" clause after the attribution is the wire's own
    I("Sahil Airways has ordered 45 A-90 wide-body jets from Aerovanta, with options on 15 more", "Sahil Airways", O, "said",
      ph=["trailing-attribution", "nominal"]),
    # "on the sidelines of the show" gives the occasion; "told reporters" names no relay
    D("This is the biggest order in our history, and it will not be the last. Our passengers want to fly further without stopping, and this aircraft lets us take them there,",
      "Khalid Saeed Al-Nuaimi", P, "told", role="Sahil Airways chief executive",
      ph=["multi-sentence", "told", "role-premodifier"]),
    # one subject, one cue, two coordinated predicates: one statement; "declined to say how …" reports nothing
    I("the first jets would arrive in late 2028 and would replace 22 older aircraft by 2032", "Khalid Saeed Al-Nuaimi",
      P, "said", ph=["said-that", "surname"]),
    # "The plane maker": Aerovanta, named in the lede; a statement names no channel; the that-clause has no marks, and
    # "called" takes only the quoted fragment
    I("the A-90 burned 18 percent less fuel per seat than the aircraft it replaced", "Aerovanta", O, "said",
      ph=["said-that", "writing", "nominal"]),
    M("one of the most ambitious carriers flying today", "Aerovanta", O, "called", ph=["writing", "nominal"]),
    # "did not disclose the price" reports nothing
    I("Sahil secured a discount of more than 40 percent on the list price of about $17 billion",
      "people familiar with the matter", A, "according to", ph=["according-to", "trailing-attribution"]),
    I("it expected to carry 21 million passengers this year, up from 17.5 million in 2023", "Sahil Airways", O, "said",
      ph=["said-that", "nominal"]),
    # "who asked not to be named because …" is a relative clause, not part of the phrase
    I("the airline would struggle to find enough pilots and engineers for the new fleet",
      "an aviation analyst at a Gulf-based bank", A, "said", ph=["said-that"]),
    D("They are buying planes faster than the region is training people to fly and fix them,",
      "an aviation analyst at a Gulf-based bank", A, "said", ph=["split-quote", "pronoun"]),
    D("Every carrier in the Gulf is fishing in the same small pond.", "an aviation analyst at a Gulf-based bank", A,
      "said", ph=["split-quote", "pronoun"]),
    # "dismissed the concern" has no clause; the participle's clause does
    I("the airline’s own academy would train 300 pilots a year from 2026", "Khalid Saeed Al-Nuaimi", P, "saying",
      ph=["participle-cue", "surname"]),
    # the founding year and the network are the wire's own
])

# ---------------------------------------------------------------- US cable-news website on a Senate confirmation hearing, curly double quotes: a nominee with her role in apposition in a lede that ends with two Democrats who "had said" they would vote no, the nominee's split quote "told the committee in her opening statement", a senator with "D-N.M." who "pressed her on" a memo (no statement) and "he asked" a quoted question, her that-clause and "she said", "According to a transcript … released by the panel" with "she acknowledged that", the chair "R-Wyo., who chairs the committee" with a fragment after a that-less "said" and "called the nominee “…”", "The White House said in a statement" with a fragment and a request ("urged the Senate to confirm her"), the senator who "told CNN after the hearing" with a fragment and a second that-clause, "he said" in the next paragraph
article("quintero-hayes-confirmation-hearing", """
WASHINGTON — Marisol Quintero-Hayes, the White House’s pick to lead the Federal Water Resources Agency, spent nearly three hours on Thursday defending her decade as a lobbyist for irrigation districts, and by the end of the hearing two Democrats on the Senate Water and Public Lands Committee had said they would vote against her.
“I make no apology for fighting to keep family farms alive,” Quintero-Hayes told the committee in her opening statement. “But this agency does not belong to farmers, or to cities, or to me. It belongs to everyone who turns on a tap.”
Sen. Raymond Delacourt-Ames, D-N.M., pressed her on a 2021 memo from her former firm, Cantera Ridge Partners, that advised water districts on how to delay federal audits. “Did you write that advice, or did you just sign the invoices?” he asked.
Quintero-Hayes said she had not drafted the memo and had left the firm two months before it was sent. “I have read it since, and I would not have signed it,” she said.
According to a transcript of her closed-door interview with committee staff, released by the panel on Wednesday, she acknowledged that Cantera Ridge had paid her $1.4 million in her last two years there.
Sen. Lyle Hagstrom, R-Wyo., who chairs the committee, said he expected a vote “within two weeks” and called the nominee “exactly the kind of practical person this agency has been missing.”
The White House said in a statement that Quintero-Hayes had “the trust of farmers and city water managers alike” and urged the Senate to confirm her without delay.
Delacourt-Ames was unmoved. He told CNN after the hearing that her answers had been “polished but empty” and that he would push for a second hearing on her finances.
“She answered a lot of questions today. Just not the ones I asked,” he said.
If confirmed, Quintero-Hayes would oversee the dams, canals and reservoirs that supply water to about 30 million people.
""", [
    # the three hours of defending are the site's summary; "the White House’s pick …" states her role in a paragraph
    # where she says nothing; "had said" with no "that": the Democrats are a group given by the phrase as written
    I("they would vote against her", "two Democrats on the Senate Water and Public Lands Committee", G, "said",
      ph=["said-that"]),
    # "the committee" is the hearer, not a relay; an opening statement read at the hearing names no channel
    D("I make no apology for fighting to keep family farms alive,", "Marisol Quintero-Hayes", P, "told",
      ph=["split-quote", "told", "surname"]),
    D("But this agency does not belong to farmers, or to cities, or to me. It belongs to everyone who turns on a tap.",
      "Marisol Quintero-Hayes", P, "told", ph=["split-quote", "multi-sentence", "told", "surname"]),
    # "Sen." is a title; "D-N.M." (Democrat of New Mexico) stands in apposition and is the role; "pressed her on a …
    # memo" reports a question, not content, and what the memo advised is the site's paraphrase of a document, not a
    # statement; the question itself is quoted
    D("Did you write that advice, or did you just sign the invoices?", "Raymond Delacourt-Ames", P, "asked",
      role="D-N.M.", ph=["pronoun"]),
    # one compound predicate with no marks: one statement
    I("she had not drafted the memo and had left the firm two months before it was sent", "Marisol Quintero-Hayes", P,
      "said", ph=["said-that", "surname"]),
    D("I have read it since, and I would not have signed it,", "Marisol Quintero-Hayes", P, "said", ph=["pronoun"]),
    # the transcript records what she told the staff: she is the speaker and "acknowledged" the cue; a transcript
    # released by the panel names no outlet, so via stays empty; "she" opens the clause after the according-to frame
    I("Cantera Ridge had paid her $1.4 million in her last two years there", "Marisol Quintero-Hayes", P,
      "acknowledged", ph=["said-that", "according-to", "cue-class", "pronoun"]),
    # "who chairs the committee" is a relative clause, so the party-and-state tag is the role; the that-less clause
    # carries the quoted fragment, so only the fragment is annotated; one subject, two cues
    M("within two weeks", "Lyle Hagstrom", P, "said", role="R-Wyo.", ph=["said-that", "role-apposition"]),
    M("exactly the kind of practical person this agency has been missing.", "Lyle Hagstrom", P, "called",
      role="R-Wyo.", ph=["role-apposition"]),
    # a statement names no channel; "urged the Senate to confirm her" is a request, not a statement
    M("the trust of farmers and city water managers alike", "the White House", O, "said", ph=["said-that", "writing"]),
    # "was unmoved" is the site's own; the network he told is the relay; the first that-clause carries the quoted
    # fragment, so only the fragment is annotated; the second has no marks and is a statement of its own
    M("polished but empty", "Raymond Delacourt-Ames", P, "told", via=["CNN"], ph=["told", "said-that", "pronoun"]),
    I("he would push for a second hearing on her finances", "Raymond Delacourt-Ames", P, "told", via=["CNN"],
      ph=["told", "said-that", "pronoun"]),
    # "he said" in a paragraph of its own: only the told-frame names the relay
    D("She answered a lot of questions today. Just not the ones I asked,", "Raymond Delacourt-Ames", P, "said",
      ph=["multi-sentence", "pronoun"]),
    # the closing line is the site's own
])

# ---------------------------------------------------------------- Kenyan daily on a county health workers' strike, straight double quotes + apostrophes: "yesterday", a union branch secretary-general with a long role before the name (union name, acronym, branch) "Addressing journalists …, said" with a fragment, "said Nyongesa" inverted, "He claimed that", the governor who "said while addressing residents at … that" and "urged … to resume duty, saying" with a fragment, "the governor said", "In a statement signed by County Executive Committee Member for Health Dr X, the county said" (the county speaks) with a that-less clause and a second that-clause, "Sources at the hospital said", a patient by first name only with "a mother of two from …" and "she said" with reported speech inside her quote, a closing "warned that"
article("lunguma-health-workers-strike", '''
Services at Lunguma County Referral Hospital and 46 health centres were paralysed yesterday as more than 1,200 nurses, clinical officers and laboratory technicians downed their tools over three months of salary arrears owed by the Lunguma County Government.
Addressing journalists outside the hospital, Kenya Union of County Health Workers (KUCHW) Lunguma branch Secretary-General Wycliffe Barasa Nyongesa said the strike would continue "until every shilling owed to our members is in their accounts".
"We have been patient since March. Our members are being thrown out of their houses because they cannot pay rent, yet the county has found money for new vehicles," said Nyongesa.
He claimed that the county had deducted loan repayments from workers' pay slips but had not remitted them to the banks.
Governor Ruth Jepkosgei Langat said while addressing residents at Kabuyefwe market that the delay had been caused by the late disbursement of funds by the national government. She urged the health workers to resume duty, saying the arrears would be cleared "by the end of this month, God willing".
"I am asking our doctors and nurses to think of the mothers who are giving birth in this county. The money is coming," the governor said.
In a statement signed by County Executive Committee Member for Health Dr Faith Wanjiru Mbugua, the county said striking workers had been given seven days to resume duty or face disciplinary action, and that locum staff had been hired to run the maternity wing.
Sources at the hospital said at least 30 patients had been discharged early or transferred to private facilities since Monday.
Among those sent home was Mercy, a mother of two from Shikoti village, who was due for a caesarean section. "The nurse told me to go home and come back when the strike is over. How do I tell my baby to wait?" she said.
Nyongesa warned that the union would extend the strike to the county's 112 dispensaries if the notice was not withdrawn.
''', [
    # the walkout in the lede is the paper's own report
    # the role is everything before the name: the union, its acronym, the branch and the post; "Addressing journalists"
    # names no relay; the that-less clause carries the quoted fragment, so only the fragment is annotated
    M("until every shilling owed to our members is in their accounts", "Wycliffe Barasa Nyongesa", P, "said",
      role="Kenya Union of County Health Workers (KUCHW) Lunguma branch Secretary-General",
      ph=["said-that", "role-premodifier"]),
    # "Nyongesa": the last of his three names
    D("We have been patient since March. Our members are being thrown out of their houses because they cannot pay rent, yet the county has found money for new vehicles,",
      "Wycliffe Barasa Nyongesa", P, "said", ph=["inversion", "multi-sentence", "surname"]),
    I("the county had deducted loan repayments from workers' pay slips but had not remitted them to the banks",
      "Wycliffe Barasa Nyongesa", P, "claimed", ph=["said-that", "cue-class", "pronoun"]),
    # "Governor" before the name is the role; "while addressing residents at …" is the occasion and names no relay,
    # and the that-clause follows it
    I("the delay had been caused by the late disbursement of funds by the national government", "Ruth Jepkosgei Langat",
      P, "said", role="Governor", ph=["said-that", "role-premodifier"]),
    # "urged the health workers to resume duty" is a request, not a statement; the participle's clause carries the
    # quoted fragment, so only the fragment is annotated
    M("by the end of this month, God willing", "Ruth Jepkosgei Langat", P, "saying", role="Governor",
      ph=["participle-cue", "pronoun"]),
    # "the governor": Langat; the nominal is the role
    D("I am asking our doctors and nurses to think of the mothers who are giving birth in this county. The money is coming,",
      "Ruth Jepkosgei Langat", P, "said", role="governor", ph=["multi-sentence", "nominal"]),
    # "the county": the Lunguma County Government of the lede; the county speaks and the executive only signed the
    # statement ("Dr" is a title); a that-less clause and a second that-clause with no marks: one statement; a
    # statement names no channel
    I("striking workers had been given seven days to resume duty or face disciplinary action, and that locum staff had been hired to run the maternity wing",
      "the Lunguma County Government", O, "said", ph=["said-that", "writing", "nominal"]),
    I("at least 30 patients had been discharged early or transferred to private facilities since Monday",
      "sources at the hospital", A, "said", ph=["said-that"]),
    # a first name only; "who was due …" is a relative clause, not part of the role; what the nurse told her
    # is reported inside her quote and is part of it
    D("The nurse told me to go home and come back when the strike is over. How do I tell my baby to wait?", "Mercy", P,
      "said", role="mother of two from Shikoti village", ph=["multi-sentence", "pronoun"]),
    I("the union would extend the strike to the county's 112 dispensaries if the notice was not withdrawn",
      "Wycliffe Barasa Nyongesa", P, "warned", ph=["said-that", "cue-class", "surname"]),
])

# ---------------------------------------------------------------- Spanish outlet's English edition on a regional tourist-tax vote, «guillemets» with the comma outside: the vote as an act, the paper's own figures for the new rates, a regional councillor with her role in apposition after the quote who "told the chamber", her surname (the first of two) with a that-less clause and "she added", the writer's scare quote after "so-called", a hotel association's president in apposition (the acronym in the role) with a fragment and "warned that", "According to figures from the regional statistics institute" with a while-clause, an opposition spokeswoman who "accused … of" and "said", a residents' platform that "said on X that … «…»" and "the group wrote in a second post"
article("costa-ardenta-tourist-tax-vote", """
PORTALET – The regional parliament of Costa Ardenta voted on Thursday to double the nightly tourist tax from next April, approving the reform by 38 votes to 31 after a debate that ran late into the evening.
Under the new law, guests in four- and five-star hotels will pay €4 a night in high season, up from €2, while visitors in holiday flats will pay €3.50. Cruise passengers will be charged €2 for every day their ship spends in port.
«We are not closing the door on anyone. We are asking the people who come here to help pay for the streets, the water and the beaches they use», the regional councillor for tourism, Núria Ballester Vidal, told the chamber.
Ballester said the extra revenue, estimated at €160 million a year, would go to a fund for affordable housing and to the renewal of the water network. «Every euro will be ring-fenced», she added.
The vote follows a summer of protests against so-called «overtourism» in Portalet and the fishing towns along the coast.
The president of the Portalet Hotel Association (AHP), Jaume Ferrer Pons, said the increase sent «the wrong message at the worst possible moment» and warned that advance bookings from northern Europe were already slowing.
According to figures from the regional statistics institute, the region received 14.2 million foreign visitors last year, 9 per cent more than in 2019, while the number of homes listed for holiday rental has almost tripled in a decade.
Opposition spokeswoman Lucía Montoya Garrido, of the conservative Partido Ardentino, accused the governing coalition of «treating every visitor as a wallet with legs» and said her party would challenge the law before the regional high court.
The residents’ platform Portalet per Viure, which has organised three marches since June, said on X that the increase was «a start, but only a start». «Doubling a tax that nobody notices still leaves a tax that nobody notices», the group wrote in a second post.
""", [
    # voting and approving are acts; the new rates are the paper's own account of the law
    # "the chamber" is the hearer, not a relay; the role in apposition follows the quote
    D("We are not closing the door on anyone. We are asking the people who come here to help pay for the streets, the water and the beaches they use",
      "Núria Ballester Vidal", P, "told", role="regional councillor for tourism",
      ph=["multi-sentence", "told", "role-apposition"]),
    # "Ballester": the first of her two surnames; the apposition on the revenue is inside what she said
    I("the extra revenue, estimated at €160 million a year, would go to a fund for affordable housing and to the renewal of the water network",
      "Núria Ballester Vidal", P, "said", ph=["said-that", "surname"]),
    D("Every euro will be ring-fenced", "Núria Ballester Vidal", P, "added", ph=["pronoun"]),
    R("overtourism", "the writer's scare quote after 'so-called'", "scare-quote"),
    # the role keeps the acronym as written; the that-less clause carries the quoted fragment, so only the fragment is
    # annotated; the "warned that" clause has no marks
    M("the wrong message at the worst possible moment", "Jaume Ferrer Pons", P, "said",
      role="president of the Portalet Hotel Association (AHP)", ph=["said-that", "role-apposition"]),
    I("advance bookings from northern Europe were already slowing", "Jaume Ferrer Pons", P, "warned",
      role="president of the Portalet Hotel Association (AHP)", ph=["said-that", "cue-class", "role-apposition"]),
    # the figures stand for the institute that published them; the while-clause is part of the same sentence
    I("the region received 14.2 million foreign visitors last year, 9 per cent more than in 2019, while the number of homes listed for holiday rental has almost tripled in a decade",
      "the regional statistics institute", O, "according to", ph=["according-to"]),
    # "of the conservative Partido Ardentino" follows the name and is not taken into the role; "accused … of" with a
    # quoted fragment, then a that-less clause with no marks
    M("treating every visitor as a wallet with legs", "Lucía Montoya Garrido", P, "accused",
      role="Opposition spokeswoman", ph=["cue-class", "role-premodifier"]),
    I("her party would challenge the law before the regional high court", "Lucía Montoya Garrido", P, "said",
      role="Opposition spokeswoman", ph=["said-that", "role-premodifier"]),
    # a residents' platform is an organisation, given by its name; "which has organised …" is a relative clause
    M("a start, but only a start", "Portalet per Viure", O, "said", via=["X"], ph=["said-that", "writing"]),
    # "the group": the platform; "a second post": on X, named in the sentence before
    D("Doubling a tax that nobody notices still leaves a tax that nobody notices", "Portalet per Viure", O, "wrote",
      via=["X"], ph=["writing", "nominal"]),
])

# ---------------------------------------------------------------- Australian science wire on a shark-sighting study, curly single quotes + apostrophes: a trailing "a new study has found" whose authors are named in the next paragraph, "The study, published in the journal …, was led by researchers at …" (no statement), "The researchers found that" with a while-clause and "They said" with a relative clause, the lead author's split quote "said in a statement" with the role before the name, the writer's scare quote on a kind of coverage, a lifesaving association's spokesman with the role before the name and "he said", beach-goers as a group, a minister who "welcomed the findings, saying they showed … ‘…’" and "She said"
article("coralline-coast-shark-sightings", """
Shark sightings off the Coralline Coast have almost doubled in a decade, but the number of people bitten has not risen, a new study has found.
The study, published in the journal Pelagic Ecology Letters, was led by researchers at Tallowood University, who analysed 8,400 sightings reported by lifeguards, drone operators and surfers at 62 beaches between 2014 and 2024.
The researchers found that reported sightings rose by 93 per cent over the decade, while the number of recorded bites stayed between two and five a year. They said most of the increase came from drone patrols, which began at 20 beaches in 2018.
‘More eyes on the water and more drones in the sky mean we are seeing sharks that were always there,’ lead author Dr Tamsin Okafor-Reilly said in a statement. ‘The ocean hasn’t got more dangerous. We’ve just got better at looking.’
The findings may take some of the heat out of the ‘shark summer’ coverage that now follows almost every sighting near a crowded beach.
Coralline Lifesaving Association spokesman Brad Tennant-Moore said the association’s drones now patrolled 41 beaches every weekend. ‘If a drone spots a shark, we clear the water. It’s a ten-minute interruption to someone’s swim, not a catastrophe,’ he said.
Beach-goers at Mullaway Point on Tuesday said they felt safer knowing a drone was overhead.
Marine Parks Minister Jarrah Pemberton-Ng welcomed the findings, saying they showed the drone program was ‘money well spent’. She said the government would fund drone patrols at another 15 beaches from December.
""", [
    # the study stands for its authors, who are named in the next paragraph
    I("Shark sightings off the Coralline Coast have almost doubled in a decade, but the number of people bitten has not risen",
      "researchers at Tallowood University", G, "found", ph=["trailing-attribution", "writing", "nominal"]),
    # publishing, leading and analysing report no content; "who analysed …" is a relative clause
    # "The researchers": those of the paragraph before; the while-clause is part of the finding
    I("reported sightings rose by 93 per cent over the decade, while the number of recorded bites stayed between two and five a year",
      "researchers at Tallowood University", G, "found", ph=["said-that", "nominal"]),
    # the relative clause on the patrols is inside what they said
    I("most of the increase came from drone patrols, which began at 20 beaches in 2018",
      "researchers at Tallowood University", G, "said", ph=["said-that", "pronoun"]),
    # "Dr" is a title; a statement names no channel
    D("More eyes on the water and more drones in the sky mean we are seeing sharks that were always there,",
      "Tamsin Okafor-Reilly", P, "said", role="lead author", ph=["split-quote", "writing", "role-premodifier"]),
    D("The ocean hasn’t got more dangerous. We’ve just got better at looking.", "Tamsin Okafor-Reilly", P, "said",
      role="lead author", ph=["split-quote", "multi-sentence", "writing", "role-premodifier"]),
    R("shark summer", "the writer's scare quote on a kind of news coverage", "scare-quote"),
    I("the association’s drones now patrolled 41 beaches every weekend", "Brad Tennant-Moore", P, "said",
      role="Coralline Lifesaving Association spokesman", ph=["said-that", "role-premodifier"]),
    D("If a drone spots a shark, we clear the water. It’s a ten-minute interruption to someone’s swim, not a catastrophe,",
      "Brad Tennant-Moore", P, "said", role="Coralline Lifesaving Association spokesman",
      ph=["multi-sentence", "pronoun"]),
    # "on Tuesday" is when they spoke, not part of the phrase
    I("they felt safer knowing a drone was overhead", "beach-goers at Mullaway Point", G, "said", ph=["said-that"]),
    # "welcomed the findings" reports no content; the participle's clause carries the quoted fragment, so only the
    # fragment is annotated
    M("money well spent", "Jarrah Pemberton-Ng", P, "saying", role="Marine Parks Minister",
      ph=["participle-cue", "role-premodifier"]),
    I("the government would fund drone patrols at another 15 beaches from December", "Jarrah Pemberton-Ng", P, "said",
      role="Marine Parks Minister", ph=["said-that", "pronoun"]),
])

# ---------------------------------------------------------------- Canadian court brief on a fraud sentencing, curly double quotes with a ‘nested’ single: the sentence as the lede, a guilty plea and "The court heard that …" with no speaker, the judge who "wrote in her decision" with "Justice" before her name and "She wrote that" with a fragment and a second that-clause, a Crown prosecutor who "had asked for nine years, arguing that" (the request is no statement) and "Outside court, he told reporters", the defence lawyer's split quote "told the court" and "She said", a victim impact statement written by an elderly victim and read by her daughter, introduced by a colon that ends the paragraph, the offender who "told the court before he was sentenced that" with a fragment
article("leclair-whitby-fraud-sentencing", """
A former financial planner who took $6.4 million from 38 clients, most of them retirees, has been sentenced to seven years in prison.
Gordon Leclair-Whitby, 58, pleaded guilty in February to fraud over $5,000. The court heard that the money, which clients believed was invested in secured mortgages, paid for a lakeside cottage, two boats and the debts of his failing brokerage.
“Mr. Leclair-Whitby did not steal from strangers. He stole from people who invited him into their kitchens and trusted him with everything they had,” Justice Hélène Desrosiers-Dunn wrote in her decision.
She wrote that the fraud had been “planned, sustained and concealed” over nine years, and that his guilty plea, while it spared the victims a trial, had come only after police seized his records.
Crown prosecutor Daniel Ferreira-Nakamura had asked for nine years, arguing that only a long penitentiary term would deter others in the industry. Outside court, he told reporters the Crown would study the decision before deciding whether to appeal.
“My client knows that no sentence will give these people back their retirement,” defence lawyer Sophie Tremblay-Ashe told the court. “What he can do, and what he has started to do, is pay back every dollar he can.”
She said Leclair-Whitby had sold the cottage and paid $410,000 into a restitution fund.
Yvette Charbonneau, 86, who lost $412,000, was too frail to attend. Her daughter, Lise Charbonneau-Park, read her victim impact statement to the court:
“My husband and I worked 40 years for that money. Gordon sat at our kitchen table and told us it was ‘as safe as the bank.’ Now I count the days until my pension cheque arrives.”
Leclair-Whitby, who has also been ordered to repay $6 million, told the court before he was sentenced that he was “ashamed of every day of it.”
""", [
    # the sentence is the court's act and the plea is no statement; "The court heard that …" names no speaker (the
    # court is the hearer), so it is not a statement here
    # "Justice" before the name is the role; a decision names no channel
    D("Mr. Leclair-Whitby did not steal from strangers. He stole from people who invited him into their kitchens and trusted him with everything they had,",
      "Hélène Desrosiers-Dunn", P, "wrote", role="Justice", ph=["multi-sentence", "writing", "role-premodifier"]),
    # the first that-clause carries the quoted fragment, so only the fragment is annotated; the second has no marks
    M("planned, sustained and concealed", "Hélène Desrosiers-Dunn", P, "wrote", ph=["said-that", "writing", "pronoun"]),
    I("his guilty plea, while it spared the victims a trial, had come only after police seized his records",
      "Hélène Desrosiers-Dunn", P, "wrote", ph=["said-that", "writing", "pronoun"]),
    # "had asked for nine years" is a request, not a statement; the participle's clause is
    I("only a long penitentiary term would deter others in the industry", "Daniel Ferreira-Nakamura", P, "arguing",
      role="Crown prosecutor", ph=["participle-cue", "role-premodifier"]),
    # "he" in the same paragraph, which states his role; reporters are no relay
    I("the Crown would study the decision before deciding whether to appeal", "Daniel Ferreira-Nakamura", P, "told",
      role="Crown prosecutor", ph=["told", "said-that", "pronoun"]),
    # "told the court" names no relay
    D("My client knows that no sentence will give these people back their retirement,", "Sophie Tremblay-Ashe", P,
      "told", role="defence lawyer", ph=["split-quote", "told", "role-premodifier"]),
    D("What he can do, and what he has started to do, is pay back every dollar he can.", "Sophie Tremblay-Ashe", P,
      "told", role="defence lawyer", ph=["split-quote", "told", "role-premodifier"]),
    # "She": the defence lawyer of the paragraph before, not the judge
    I("Leclair-Whitby had sold the cottage and paid $410,000 into a restitution fund", "Sophie Tremblay-Ashe", P,
      "said", ph=["said-that", "pronoun"]),
    # the mother wrote the statement and her daughter only read it out, so the mother is the speaker (as with a eulogy
    # read by a vicar) and "her" is her mention at the cue; the age and "who lost …" are no role; the nested ‘…’ is
    # part of her quote
    D("My husband and I worked 40 years for that money. Gordon sat at our kitchen table and told us it was ‘as safe as the bank.’ Now I count the days until my pension cheque arrives.",
      "Yvette Charbonneau", P, "read", ph=["multi-sentence", "nested", "colon-intro", "writing", "pronoun"]),
    # "who has also been ordered …" is a relative clause; the that-clause carries the quoted fragment
    M("ashamed of every day of it.", "Gordon Leclair-Whitby", P, "told", ph=["told", "said-that", "surname"]),
])

# ---------------------------------------------------------------- tech earnings story on a chipmaker, straight single quotes + apostrophes: falling shares and a weak forecast as the site's own, "the chipmaker … said" with a product name in quotes inside the that-less clause, "The company said in a filing that", the site's own results, the chief executive's split quote "said on a call with analysts" with apostrophes inside the quote and "She said" in the next paragraph, a finance chief with the role before the name and "He added that", a reporter's question that is no statement and "Asked whether …, X said", an analyst's inverted-order quote "wrote in a note to clients" and "In the same note, she called the sell-off '…'", a buy rating kept (no statement)
article("castellane-chip-quarterly-results", """
Shares of Castellane Semiconductor fell 9% in extended trading on Wednesday after the chipmaker gave a weak revenue forecast and said a delay to its 'Corvida' data-centre processor would push volume shipments into next year.
The company said in a filing that it expected revenue of $4.1 billion to $4.3 billion for the quarter ending in September. Second-quarter revenue rose 6% to $4.4 billion, and net income reached $612 million, or 71 cents a share.
'We're not going to ship a part that isn't ready. I'd rather take the pain for one quarter than for five years,' chief executive Odile Farrant-Vance said on a call with analysts. 'Corvida will be worth the wait.'
She said a packaging defect found at a partner's assembly plant in June had forced the company to rework the first 20,000 units.
Finance chief Tobias Lindqvist-Oduya said gross margin would fall to about 48% in the third quarter, from 52.5% in the second, because of the cost of extra testing. He added that the company had no plans to scale back its $10 billion share buyback.
Asked whether Castellane was losing customers to rivals, Farrant-Vance said none of its ten largest customers had cancelled orders.
Not every analyst was alarmed. 'The story hasn't changed, only the calendar,' Harriet Quayle-Obi, an analyst at Brookmere Capital, wrote in a note to clients. In the same note, she called the sell-off 'an overreaction' and kept her buy rating on the stock.
Castellane's shares had risen 38% this year before Wednesday's results.
""", [
    # falling shares are the market's, and "gave a weak revenue forecast" reports no content; "the chipmaker":
    # Castellane Semiconductor; the product's name in quotes sits inside the that-less clause
    I("a delay to its 'Corvida' data-centre processor would push volume shipments into next year",
      "Castellane Semiconductor", O, "said", ph=["said-that", "nominal"]),
    R("Corvida", "name of a product", "title", after="delay to its"),
    # a filing names no relay; the results sentence after it is the site's own
    I("it expected revenue of $4.1 billion to $4.3 billion for the quarter ending in September",
      "Castellane Semiconductor", O, "said", ph=["said-that", "writing", "nominal"]),
    # a call with analysts names no relay; the apostrophes inside the quote are no marks
    D("We're not going to ship a part that isn't ready. I'd rather take the pain for one quarter than for five years,",
      "Odile Farrant-Vance", P, "said", role="chief executive", ph=["split-quote", "multi-sentence", "role-premodifier"]),
    D("Corvida will be worth the wait.", "Odile Farrant-Vance", P, "said", role="chief executive",
      ph=["split-quote", "role-premodifier"]),
    # "She" opens the next paragraph, which states no role
    I("a packaging defect found at a partner's assembly plant in June had forced the company to rework the first 20,000 units",
      "Odile Farrant-Vance", P, "said", ph=["said-that", "pronoun"]),
    I("gross margin would fall to about 48% in the third quarter, from 52.5% in the second, because of the cost of extra testing",
      "Tobias Lindqvist-Oduya", P, "said", role="Finance chief", ph=["said-that", "role-premodifier"]),
    I("the company had no plans to scale back its $10 billion share buyback", "Tobias Lindqvist-Oduya", P, "added",
      role="Finance chief", ph=["said-that", "pronoun"]),
    # the question ("whether Castellane was losing customers …") is not a statement
    I("none of its ten largest customers had cancelled orders", "Odile Farrant-Vance", P, "said",
      ph=["said-that", "surname"]),
    # "Not every analyst was alarmed" is the site's own; a note to clients names no relay
    D("The story hasn't changed, only the calendar,", "Harriet Quayle-Obi", P, "wrote",
      role="analyst at Brookmere Capital", ph=["writing", "role-apposition"]),
    # keeping a buy rating is an act, not a statement
    M("an overreaction", "Harriet Quayle-Obi", P, "called", role="analyst at Brookmere Capital",
      ph=["writing", "pronoun"]),
    # the share-price line is the site's own
])

# ---------------------------------------------------------------- Indian business daily on a listed cable maker's results and a regulator's notice, straight double quotes + apostrophes: a trailing "…, the company said in a statement here on Thursday" after a profit lede and "it said", the chairman and managing director with "Shri" in an inverted quote with his double role in apposition, "Mr X said" with ", adding that", a regulator's show-cause notice as an act and "According to the notice" (the notice stands for the regulator), "A company spokesperson said" with a fragment and a denial in one sentence and "the spokesperson said", a regulator's official "who did not wish to be identified", an analyst "with" a brokerage and "she said", crores
article("suryakiran-cables-results-notice", '''
RAJAVALLI: Consolidated net profit of Suryakiran Cables Ltd rose 38 per cent to Rs 214.6 crore in the quarter ended September on strong demand from power transmission projects, the company said in a statement here on Thursday.
Revenue from operations rose 21 per cent to Rs 2,968 crore, from Rs 2,452 crore in the year-ago quarter, it said.
"Our order book has crossed Rs 6,000 crore for the first time, and more than a third of it is export business. We see this momentum continuing for at least two more quarters," said Shri Devendra Nath Sabharwal, Chairman and Managing Director of Suryakiran Cables.
Mr Sabharwal said the company would invest Rs 450 crore in a new extra-high-voltage cable line at its Morvada plant, adding that commercial production was expected to begin by March 2027.
The results come two days after the Capital Markets Regulatory Authority (CMRA) issued a show-cause notice to the company over the delayed disclosure of a related-party transaction.
According to the notice, Suryakiran took 47 days to disclose a Rs 86-crore purchase of copper rod from Sabharwal Metals Pvt Ltd, a promoter-group firm, against the 24 hours allowed under the listing rules.
A company spokesperson said Suryakiran would "respond to the notice within the stipulated time" and denied that minority shareholders had suffered any loss because of the delay. "The transaction was cleared by the audit committee and was fully at arm's length," the spokesperson said.
A CMRA official, who did not wish to be identified, said the regulator was also examining two other transactions between the company and promoter-group entities in FY24.
Meera Iyengar-Bhat, an analyst with Dhruva Stockbroking, said the notice was unlikely to affect earnings. "But until the governance questions are put to rest, the stock will trade at a discount to its peers," she said.
Shares of Suryakiran Cables closed 2.3 per cent lower at Rs 1,184.40 on Thursday.
''', [
    # the profit figure is the company's, by the trailing attribution; "the company": Suryakiran Cables Ltd, named
    # inside the reported content; a statement names no channel and "here" is the dateline's town
    I("Consolidated net profit of Suryakiran Cables Ltd rose 38 per cent to Rs 214.6 crore in the quarter ended September on strong demand from power transmission projects",
      "Suryakiran Cables Ltd", O, "said", ph=["trailing-attribution", "writing", "nominal"]),
    I("Revenue from operations rose 21 per cent to Rs 2,968 crore, from Rs 2,452 crore in the year-ago quarter",
      "Suryakiran Cables Ltd", O, "said", ph=["trailing-attribution", "pronoun"]),
    # "Shri" is an honorific and is left out; the double role after the name is one role
    D("Our order book has crossed Rs 6,000 crore for the first time, and more than a third of it is export business. We see this momentum continuing for at least two more quarters,",
      "Devendra Nath Sabharwal", P, "said", role="Chairman and Managing Director of Suryakiran Cables",
      ph=["inversion", "multi-sentence", "role-apposition"]),
    # "Mr" is left out; the participle's that-clause is a statement of its own
    I("the company would invest Rs 450 crore in a new extra-high-voltage cable line at its Morvada plant",
      "Devendra Nath Sabharwal", P, "said", ph=["said-that", "surname"]),
    I("commercial production was expected to begin by March 2027", "Devendra Nath Sabharwal", P, "adding",
      ph=["participle-cue", "surname"]),
    # issuing a notice is an act; the notice stands for the regulator that issued it (as "according to the filing")
    I("Suryakiran took 47 days to disclose a Rs 86-crore purchase of copper rod from Sabharwal Metals Pvt Ltd, a promoter-group firm, against the 24 hours allowed under the listing rules",
      "the Capital Markets Regulatory Authority", O, "according to", ph=["according-to", "writing", "nominal"]),
    # the first clause carries the quoted fragment, so only the fragment is annotated; the denial is annotated on
    # the content after "that"
    M("respond to the notice within the stipulated time", "a company spokesperson", A, "said", ph=["said-that"]),
    I("minority shareholders had suffered any loss because of the delay", "a company spokesperson", A, "denied",
      ph=["denial", "cue-class"]),
    D("The transaction was cleared by the audit committee and was fully at arm's length,", "a company spokesperson", A,
      "said", ph=["nominal"]),
    # "who did not wish to be identified" is a relative clause, not part of the phrase
    I("the regulator was also examining two other transactions between the company and promoter-group entities in FY24",
      "a CMRA official", A, "said", ph=["said-that"]),
    I("the notice was unlikely to affect earnings", "Meera Iyengar-Bhat", P, "said",
      role="analyst with Dhruva Stockbroking", ph=["said-that", "role-apposition"]),
    # "she" in the same paragraph, which states her role
    D("But until the governance questions are put to rest, the stock will trade at a discount to its peers,",
      "Meera Iyengar-Bhat", P, "said", role="analyst with Dhruva Stockbroking", ph=["pronoun"]),
    # the closing share price is the paper's own
])

# ---------------------------------------------------------------- UK local paper on a council planning row, curly single quotes + apostrophes (Hexley’s, o’clock): a deferral as an act, a masterplan's name in quotes, a ward member ("Cllr" left out) who "told the meeting:" with a quotation that runs over two paragraphs, a residents' group with a fragment, its chairman by name and age with a fragment and a second that-clause and "he said" in the next paragraph, a developer that "said" "In a statement" with a fragment and a second that-clause, "A council spokesman said" with two that-clauses and "He added:"
article("hexley-mill-lane-car-park-flats", """
Plans to build 48 flats on Hexley’s only free town-centre car park have been put on hold again after councillors asked for a fresh traffic survey.
Bramwell District Council’s planning committee had been expected to decide the application for the Mill Lane car park on Tuesday night, but members voted eight to three to defer it for the second time since September.
The scheme, from developer Castlegate Living, would replace the car park’s 112 spaces with a four-storey block, leaving 20 spaces for residents. The site is earmarked for housing in the council’s ‘Hexley Forward’ masterplan.
Cllr Pauline Ashdown, ward member for Hexley North, told the meeting: ‘Mill Lane isn’t just a car park. It’s how people who can’t walk far get to the surgery, the market and St Aldric’s church.
‘If we build on it, we’re telling every pensioner in this town that their weekly shop is someone else’s problem.’
The Save Mill Lane residents’ group, which has gathered more than 2,300 signatures, said the deferral was ‘a small win, not the end of it’.
Its chairman, Graham Pettifer, 68, said the car park was ‘full by ten o’clock on market days’ and that the developer’s traffic figures had been collected during the school holidays.
‘They keep calling it underused. Come down on a Thursday and try to find a space,’ he said.
In a statement, Castlegate Living said the flats would be ‘genuinely affordable for young people who grew up in Hexley’ and that it had offered to fund a 60-space car park near the railway station.
A council spokesman said the new survey would be carried out in March and that the application was likely to return to committee in May.
He added: ‘No decision has been made, and every comment we’ve received will be taken into account.’
""", [
    # the deferral and the vote are acts, not statements
    R("Hexley Forward", "name of the council's masterplan", "title"),
    # "Cllr" is a title; the quotation opens after the colon, its first paragraph does not close and the next one
    # opens with the repeated mark: one statement; "told the meeting" names no relay
    D("Mill Lane isn’t just a car park. It’s how people who can’t walk far get to the surgery, the market and St Aldric’s church.\n‘If we build on it, we’re telling every pensioner in this town that their weekly shop is someone else’s problem.",
      "Pauline Ashdown", P, "told", role="ward member for Hexley North",
      ph=["multi-sentence", "told", "role-apposition"]),
    # a residents' group with a name is an organisation, given by the phrase as written; "which has gathered …" is
    # a relative clause
    M("a small win, not the end of it", "the Save Mill Lane residents’ group", O, "said", ph=["said-that"]),
    # "Its chairman": the role after the possessive; an age is not a role; the first that-clause carries the quoted
    # fragment, the second has no marks and is a statement of its own
    M("full by ten o’clock on market days", "Graham Pettifer", P, "said", role="chairman",
      ph=["said-that", "role-apposition"]),
    I("the developer’s traffic figures had been collected during the school holidays", "Graham Pettifer", P, "said",
      role="chairman", ph=["said-that", "role-apposition"]),
    D("They keep calling it underused. Come down on a Thursday and try to find a space,", "Graham Pettifer", P, "said",
      ph=["multi-sentence", "pronoun"]),
    # "developer" stood before the name two paragraphs up, not in this one; a statement names no channel
    M("genuinely affordable for young people who grew up in Hexley", "Castlegate Living", O, "said",
      ph=["said-that", "writing"]),
    I("it had offered to fund a 60-space car park near the railway station", "Castlegate Living", O, "said",
      ph=["said-that", "writing"]),
    # two that-clauses with no quote marks: one statement
    I("the new survey would be carried out in March and that the application was likely to return to committee in May",
      "a council spokesman", A, "said", ph=["said-that"]),
    D("No decision has been made, and every comment we’ve received will be taken into account.", "a council spokesman",
      A, "added", ph=["pronoun"]),
])

# ---------------------------------------------------------------- English-language service of a Brazilian outlet on a governor's election debate, curly double quotes, names with two surnames: the debate as the paper's own lede, the writer's scare quote around the governor's campaign slogan beside ", saying" with no marks, "said the governor" and "said the candidate" (inverted nominals, the second in a split quote), "accused him of" with a fragment, "replied that" with two that-clauses, "According to a survey by the Instituto …", the institute's director in apposition and her quote that she "told Agência Brasil", a party's note by its acronym with a fragment and a second that-clause, a campaign coordinator's denial and "calling" fragment
article("serra-dourada-governor-debate", """
ITAQUARA – Governor Júlio Barreto Leme and his main challenger, former state health secretary Renata Albuquerque Moura, clashed over public security and hospital queues on Tuesday night in the last televised debate before Sunday’s first round in Serra Dourada.
Barreto Leme, who is seeking a second term for the Movimento Democrático Popular (MDP), defended his “firm hand” approach to crime, saying murders in the state had fallen by 22% since he took office.
“Four years ago, people in this state were afraid to wait at a bus stop after dark. Today the police are back in the neighbourhoods, and the numbers prove it,” said the governor.
Albuquerque Moura, of the Partido da Renovação Social (PRS), accused him of “governing with a spreadsheet” while 61,000 people waited for surgery.
“The governor likes numbers, so here is one: some of those patients have been waiting for more than a year,” said the candidate. “Some of them will die before their name is called.”
Barreto Leme replied that the waiting list had been inherited from the previous administration and that his government had opened three regional hospitals.
According to a survey by the Instituto Vértice published on Monday, Barreto Leme has 41% of voting intentions against 34% for Albuquerque Moura, with a margin of error of two points.
The institute’s director, Cláudia Teixeira Nunes, said the figures pointed to a runoff on October 26. “Almost one voter in five is still undecided, and most of them are women over 45 in the interior. Whoever wins them wins the state,” she told Agência Brasil.
In a note after the debate, the MDP said Albuquerque Moura had “lied three times in two hours” and that it would ask the Regional Electoral Court to suspend a PRS advertisement about hospital queues.
PRS campaign coordinator Otávio Siqueira Brandão denied that the advertisement contained any false figure, calling the note “the panic of a campaign that knows it is going to a second round”.
""", [
    # clashing in a debate reports no content
    # the governor's campaign slogan, quoted by the writer; no cue frames the marks. The participle's clause has no
    # marks and is a statement of its own; "who is seeking …" is a relative clause
    R("firm hand", "the writer's scare quote around the governor's campaign slogan", "scare-quote"),
    I("murders in the state had fallen by 22% since he took office", "Júlio Barreto Leme", P, "saying",
      ph=["participle-cue", "surname"]),
    # "the governor": the nominal is the role
    D("Four years ago, people in this state were afraid to wait at a bus stop after dark. Today the police are back in the neighbourhoods, and the numbers prove it,",
      "Júlio Barreto Leme", P, "said", role="governor", ph=["inversion", "multi-sentence", "nominal"]),
    # "Albuquerque Moura": both her surnames without the given name, a surname mention; the while-clause is
    # outside the marks and not annotated
    M("governing with a spreadsheet", "Renata Albuquerque Moura", P, "accused", ph=["cue-class", "surname"]),
    # "the candidate": Albuquerque Moura, the subject of the paragraph before, though both are candidates; the
    # colon inside the quote is part of it
    D("The governor likes numbers, so here is one: some of those patients have been waiting for more than a year,",
      "Renata Albuquerque Moura", P, "said", role="candidate", ph=["inversion", "split-quote", "nominal"]),
    D("Some of them will die before their name is called.", "Renata Albuquerque Moura", P, "said", role="candidate",
      ph=["split-quote", "nominal"]),
    # two that-clauses with no quote marks: one statement
    I("the waiting list had been inherited from the previous administration and that his government had opened three regional hospitals",
      "Júlio Barreto Leme", P, "replied", ph=["said-that", "surname"]),
    # the survey stands for the institute that carried it out, named in the same phrase
    I("Barreto Leme has 41% of voting intentions against 34% for Albuquerque Moura, with a margin of error of two points",
      "the Instituto Vértice", O, "according to", ph=["according-to", "writing"]),
    I("the figures pointed to a runoff on October 26", "Cláudia Teixeira Nunes", P, "said",
      role="institute’s director", ph=["said-that", "role-apposition"]),
    # "she" in the same paragraph, which states her role; the news agency is the relay
    D("Almost one voter in five is still undecided, and most of them are women over 45 in the interior. Whoever wins them wins the state,",
      "Cláudia Teixeira Nunes", P, "told", role="institute’s director", via=["Agência Brasil"],
      ph=["multi-sentence", "told", "pronoun"]),
    # the acronym alone names the party introduced in full above; a note names no channel; the first that-clause
    # carries the fragment, the second has no marks
    M("lied three times in two hours", "the Movimento Democrático Popular", O, "said",
      ph=["said-that", "writing", "surname"]),
    I("it would ask the Regional Electoral Court to suspend a PRS advertisement about hospital queues",
      "the Movimento Democrático Popular", O, "said", ph=["said-that", "writing", "surname"]),
    I("the advertisement contained any false figure", "Otávio Siqueira Brandão", P, "denied",
      role="PRS campaign coordinator", ph=["denial", "cue-class", "role-premodifier"]),
    M("the panic of a campaign that knows it is going to a second round", "Otávio Siqueira Brandão", P, "calling",
      role="PRS campaign coordinator", ph=["participle-cue", "role-premodifier"]),
])

# ---------------------------------------------------------------- wire (Reuters) on a Japanese company's apology news conference, curly double quotes: a president's bow and apology as acts, his quote that he "told a news conference …, speaking in Japanese through an interpreter", "The company said in a release that" and "It said" with two that-clauses, a reporters' question that is no statement and a fragment, a reporter's quoted question and the president's split reply, an executive vice president with a relative clause, a ministry official "who declined to be named because …" and "the official said", a building manager who "told Kyodo News"
article("kuroyama-elevator-apology", """
SHIRANAMI, June 4 (Reuters) - The president of Kuroyama Elevator Co bowed deeply for several seconds before rows of television cameras on Wednesday, apologising for the falsification of safety inspection records for more than 3,800 lifts across the country.
“We betrayed the trust of everyone who rides our elevators. There is no excuse for what happened, and I am deeply sorry,” President Tetsuya Morisaki told a news conference at the company’s headquarters, speaking in Japanese through an interpreter.
The company said in a release that technicians at four regional service centres had copied brake-test readings from earlier inspections instead of carrying out new tests, in some cases for nine years. It said no accidents had been linked to the falsified records and that every affected lift would be re-inspected by the end of August.
Asked by reporters whether he would resign, Morisaki said he would “take responsibility in an appropriate way” once an outside panel of lawyers had finished its investigation.
“Why did it take nine years for anyone to notice?” one reporter asked.
“Our managers checked the paperwork, not the work,” Morisaki replied. “That failure is mine as well.”
Executive Vice President Ayako Nishizono, who oversees quality control, said technicians had been expected to complete as many as 14 inspections a day, twice the number allowed by the company’s own manual.
A Transport Ministry official, who declined to be named because the inquiry was still under way, said inspectors would carry out an on-site check of Kuroyama’s headquarters and service centres next week.
“We cannot rule out that other makers have done the same thing,” the official said.
Haruka Ishidate, who manages a 22-storey apartment building in Shiranami with four Kuroyama lifts, told Kyodo News that worried residents had been calling her office since early morning.
Kuroyama shares closed 17% lower on Wednesday, their biggest one-day fall since 2008.
""", [
    # "(Reuters)" in the dateline is the wire's own byline; bowing and apologising for something report no content
    # the interpreter is a person, not a named channel, so via stays empty; a news conference names no relay
    D("We betrayed the trust of everyone who rides our elevators. There is no excuse for what happened, and I am deeply sorry,",
      "Tetsuya Morisaki", P, "told", role="President", ph=["multi-sentence", "told", "role-premodifier"]),
    # "The company": Kuroyama Elevator Co of the lede; a release names no channel
    I("technicians at four regional service centres had copied brake-test readings from earlier inspections instead of carrying out new tests, in some cases for nine years",
      "Kuroyama Elevator Co", O, "said", ph=["said-that", "writing", "nominal"]),
    # the first clause has no "that", the second has; no quote marks: one statement
    I("no accidents had been linked to the falsified records and that every affected lift would be re-inspected by the end of August",
      "Kuroyama Elevator Co", O, "said", ph=["said-that", "pronoun"]),
    # the reporters' question ("whether he would resign") is not a statement; the that-less clause carries the
    # quoted fragment, so only the fragment is annotated
    M("take responsibility in an appropriate way", "Tetsuya Morisaki", P, "said", ph=["said-that", "surname"]),
    # a question put in the reporter's own quoted words, as in narvonia-measles-press-conference
    D("Why did it take nine years for anyone to notice?", "one reporter", A, "asked"),
    D("Our managers checked the paperwork, not the work,", "Tetsuya Morisaki", P, "replied",
      ph=["split-quote", "surname"]),
    D("That failure is mine as well.", "Tetsuya Morisaki", P, "replied", ph=["split-quote", "surname"]),
    # "who oversees quality control" is a relative clause, not part of the role
    I("technicians had been expected to complete as many as 14 inspections a day, twice the number allowed by the company’s own manual",
      "Ayako Nishizono", P, "said", role="Executive Vice President", ph=["said-that", "role-premodifier"]),
    # "who declined to be named because …" is a relative clause, not part of the phrase
    I("inspectors would carry out an on-site check of Kuroyama’s headquarters and service centres next week",
      "a Transport Ministry official", A, "said", ph=["said-that"]),
    D("We cannot rule out that other makers have done the same thing,", "a Transport Ministry official", A, "said",
      ph=["nominal"]),
    # "who manages …" is a relative clause, not a role; the news agency is the relay
    I("worried residents had been calling her office since early morning", "Haruka Ishidate", P, "told",
      via=["Kyodo News"], ph=["told", "said-that"]),
    # the share price is the wire's own
])

# ---------------------------------------------------------------- US local paper on a police news conference after a shooting, straight double quotes + apostrophes (Haskins'): a trailing "officials said" after a long lede, the police chief who "told reporters at a news conference that" and his split quote by surname, "The chief said", a reporter's question that is no statement and "Asked whether …, X said", the department's spokesperson with her role before the name and two that-clauses, "According to a police report released Monday" (the report stands for the department), "Officials said" with no name, a clerk who "told WKVN-TV" a fragment and "she said" a paragraph later, a lawyer in apposition with his denial and his quote "said in a phone interview"
article("alder-crossing-police-shooting", '''
ALDER CROSSING, Ind. — A 34-year-old man was in critical condition Monday after a police officer shot him at the end of a car chase outside a gas station on Route 31 early Sunday, officials said.
Police Chief Marcus Ellery-Dwyer told reporters at a news conference that the officer fired after the driver, Dontrell Haskins, got out of his car holding a handgun and ignored repeated commands to drop it.
"Our officer had seconds to make a decision," Ellery-Dwyer said. "Every one of those seconds is on his body camera, and this community is going to see that footage."
The chief said the officer, a six-year veteran whose name has not been released, had been placed on paid administrative leave under department policy.
Asked when the video would be released, Ellery-Dwyer said it would be made public within 10 days.
Alder Crossing Police Department spokesperson Andrea Kowalski-Reyes said a handgun had been recovered next to the car and that the Harmon County Sheriff's Office would lead an independent investigation, as state law requires.
According to a police report released Monday, officers tried to stop Haskins' car for running a red light at 1:40 a.m., and he led them on a 9-mile chase at speeds of up to 90 mph.
Officials said Haskins had undergone two surgeries at Harmon Regional Medical Center.
A clerk at the gas station, Kayla Brennan, told WKVN-TV that she heard officers yelling and then "four or five shots, really fast."
"I got down behind the counter and stayed there until an officer came in and told me it was over," she said.
Haskins' attorney, Reginald Okafor-Pratt, denied that his client had pointed a gun at officers or had even been holding one when he was shot.
"Dontrell was scared, he was confused, and his hands were up. The video will show that, and we want it released today, not in a month," Okafor-Pratt said in a phone interview.
''', [
    # the apposition on the chase is inside the officials' content
    I("A 34-year-old man was in critical condition Monday after a police officer shot him at the end of a car chase outside a gas station on Route 31 early Sunday",
      "officials", G, "said", ph=["trailing-attribution"]),
    # reporters are hearers, not a relay; the apposition naming the driver is inside the content
    I("the officer fired after the driver, Dontrell Haskins, got out of his car holding a handgun and ignored repeated commands to drop it",
      "Marcus Ellery-Dwyer", P, "told", role="Police Chief", ph=["told", "said-that", "role-premodifier"]),
    D("Our officer had seconds to make a decision,", "Marcus Ellery-Dwyer", P, "said", ph=["split-quote", "surname"]),
    D("Every one of those seconds is on his body camera, and this community is going to see that footage.",
      "Marcus Ellery-Dwyer", P, "said", ph=["split-quote", "surname"]),
    # "The chief": the nominal is the role; the relative clause on the officer is inside the content
    I("the officer, a six-year veteran whose name has not been released, had been placed on paid administrative leave under department policy",
      "Marcus Ellery-Dwyer", P, "said", role="chief", ph=["said-that", "nominal"]),
    # the reporter's question ("when the video would be released") is not a statement; its own paragraph states no
    # role
    I("it would be made public within 10 days", "Marcus Ellery-Dwyer", P, "said", ph=["said-that", "surname"]),
    # two that-clauses with no quote marks: one statement; the as-clause is part of it
    I("a handgun had been recovered next to the car and that the Harmon County Sheriff's Office would lead an independent investigation, as state law requires",
      "Andrea Kowalski-Reyes", P, "said", role="Alder Crossing Police Department spokesperson",
      ph=["said-that", "role-premodifier"]),
    # the report stands for the department that wrote it, named in the paragraph before
    I("officers tried to stop Haskins' car for running a red light at 1:40 a.m., and he led them on a 9-mile chase at speeds of up to 90 mph",
      "Alder Crossing Police Department", O, "according to", ph=["according-to", "writing", "nominal"]),
    I("Haskins had undergone two surgeries at Harmon Regional Medical Center", "officials", G, "said",
      ph=["said-that"]),
    # the that-clause carries the quoted fragment, so only the fragment is annotated; the station is the relay
    M("four or five shots, really fast.", "Kayla Brennan", P, "told", role="clerk at the gas station",
      via=["WKVN-TV"], ph=["told", "said-that", "role-apposition"]),
    # "she said" after "told WKVN-TV": only the told-frame names the relay; no role in this paragraph
    D("I got down behind the counter and stayed there until an officer came in and told me it was over,",
      "Kayla Brennan", P, "said", ph=["pronoun"]),
    # the role keeps the noun possessive, as "Kirkmoor’s MP"
    I("his client had pointed a gun at officers or had even been holding one when he was shot", "Reginald Okafor-Pratt",
      P, "denied", role="Haskins' attorney", ph=["denial", "cue-class", "role-apposition"]),
    # a phone interview with the paper names no relay
    D("Dontrell was scared, he was confused, and his hands were up. The video will show that, and we want it released today, not in a month,",
      "Reginald Okafor-Pratt", P, "said", ph=["multi-sentence", "surname", "interview"]),
])

# ---------------------------------------------------------------- Australian match report on a one-day cup final, straight single quotes + apostrophes (Mariners' rooms, hasn't): a batter's nickname in quotes beside a plural possessive, "said X, who was named player of the final" (an inverted split quote by surname), the captain "said at the post-match presentation that" with a fragment and his quote by surname, "The skipper said" two paragraphs later, the losing coach with a fragment and a second that-clause and "he said", a trailing "…, the Coastal Cricket Association said", a teenager's Instagram post and "he wrote"
article("port-kellaway-mariners-cup-final", """
PORT KELLAWAY — Marlon Fairweather hammered 96 from 71 balls and teenager Josh Tremaine-Ward took 4 for 38 as the Port Kellaway Mariners beat the Yarrabin Stingrays by 43 runs to win the Coastal One-Day Cup final at Harbourside Oval on Sunday.
Fairweather, known in the Mariners' rooms as 'Moose', walked out at 4 for 41 and put on 138 for the fifth wicket with wicketkeeper Dylan Ochieng-Baxter.
'I just said to Dyl, if we're still there at the 40-over mark, we'll get 280,' said Fairweather, who was named player of the final. 'We got 291, so I reckon the maths worked.'
Mariners captain Harrison Leckie said at the post-match presentation that the win belonged to 'the blokes who didn't get a game all season but never stopped turning up to training'.
'This club hasn't won a trophy since 2011. There'll be a few people in the stands tonight who've waited a long time for this,' Leckie said.
The Stingrays were cruising at 1 for 102 in reply before Tremaine-Ward, a 19-year-old leg-spinner playing only his fourth senior match, removed both openers in the space of six balls. They were bowled out for 248 in the 47th over.
The skipper said Tremaine-Ward had only been told he was playing when a senior bowler pulled out with a hamstring strain on Saturday night.
Stingrays coach Brett Kavanagh-Lowe said his side had been 'outplayed in every part of the game' and that two dropped catches off Fairweather had cost them the match.
'You can't give a player of Marlon's class three lives in a final. We'll cop it on the chin and learn from it,' he said.
The crowd of 6,420 was the biggest for a one-day final at the ground since 1998, the Coastal Cricket Association said.
Tremaine-Ward later posted a photo of the squad with the trophy on Instagram. 'Dreamt about this since I was nine. Thanks for backing the young fella, Mariners fam,' he wrote.
""", [
    # the apostrophe of "Mariners'" just before the nickname is no quote mark
    R("Moose", "nickname of a player", "title"),
    # "who was named player of the final" is a relative clause, not a role
    D("I just said to Dyl, if we're still there at the 40-over mark, we'll get 280,", "Marlon Fairweather", P, "said",
      ph=["inversion", "split-quote", "surname"]),
    D("We got 291, so I reckon the maths worked.", "Marlon Fairweather", P, "said", ph=["split-quote", "surname"]),
    # a post-match presentation names no relay; the that-clause carries the quoted fragment
    M("the blokes who didn't get a game all season but never stopped turning up to training", "Harrison Leckie", P,
      "said", role="Mariners captain", ph=["said-that", "role-premodifier"]),
    D("This club hasn't won a trophy since 2011. There'll be a few people in the stands tonight who've waited a long time for this,",
      "Harrison Leckie", P, "said", ph=["multi-sentence", "surname"]),
    # the collapse is the paper's own; "The skipper": Leckie, two paragraphs up; the nominal is the role
    I("Tremaine-Ward had only been told he was playing when a senior bowler pulled out with a hamstring strain on Saturday night",
      "Harrison Leckie", P, "said", role="skipper", ph=["said-that", "nominal"]),
    # the first that-clause carries the quoted fragment, the second has no marks
    M("outplayed in every part of the game", "Brett Kavanagh-Lowe", P, "said", role="Stingrays coach",
      ph=["said-that", "role-premodifier"]),
    I("two dropped catches off Fairweather had cost them the match", "Brett Kavanagh-Lowe", P, "said",
      role="Stingrays coach", ph=["said-that", "role-premodifier"]),
    D("You can't give a player of Marlon's class three lives in a final. We'll cop it on the chin and learn from it,",
      "Brett Kavanagh-Lowe", P, "said", ph=["multi-sentence", "pronoun"]),
    I("The crowd of 6,420 was the biggest for a one-day final at the ground since 1998",
      "the Coastal Cricket Association", O, "said", ph=["trailing-attribution"]),
    # posting a photo is an act; "he wrote" a sentence after the post on Instagram
    D("Dreamt about this since I was nine. Thanks for backing the young fella, Mariners fam,", "Josh Tremaine-Ward", P,
      "wrote", via=["Instagram"], ph=["multi-sentence", "writing", "pronoun"]),
])

# ---------------------------------------------------------------- Gulf wire (Reuters) relaying a state news agency, «guillemets»: a trailing "…, the Gulf state’s energy minister said on Sunday, according to the … News Agency (QNA)" whose nominal points forward to the minister named a paragraph later, "In remarks carried by QNA, His Excellency Sheikh X, Minister of … and Chairman of …, affirmed that" with a fragment, "His Excellency stressed that" as the anaphor, "The minister pointed out that", "QNA quoted him as saying:", "the agency said" (the agency as speaker), a state corporation's statement "carried by QNA", an undersecretary with "Eng." who "told Al Arabiya television" in an inverted-order quote and "She said" a paragraph later, an anonymous banker, the wire's own context
article("qaryan-water-reserve-programme", """
MADINAT AL-SAHM, Feb 9 (Reuters) – Qaryan will spend 14 billion riyals over the next decade on desalination plants and underground water storage, the Gulf state’s energy minister said on Sunday, according to the Qaryan News Agency (QNA).
In remarks carried by QNA, His Excellency Sheikh Faisal bin Rashid Al-Thawadi, Minister of Energy and Water Resources and Chairman of the Board of Directors of the Qaryan Water and Electricity Corporation, affirmed that the programme would «guarantee water security for citizens and residents for generations to come».
His Excellency stressed that the plan, approved by the Council of Ministers last month, would raise the country’s strategic water reserve from four days of consumption to 21 days by 2030.
The minister pointed out that demand for water had grown by about 6 per cent a year since 2015, driven by population growth and new industry.
QNA quoted him as saying: «Water is not a service like any other. It is the foundation of our national vision, and we will spare no effort to protect it.»
The first of three new plants, at Ras Dhalia, is due to start operating in 2027, the agency said. The Qaryan Water and Electricity Corporation said in a separate statement carried by QNA that tenders for the other two plants would be issued this year.
«We are not building for the Qaryan of today, but for the Qaryan of 2050,» Eng. Huda bint Khalid Al-Marri, Undersecretary of the Ministry of Energy and Water Resources, told Al Arabiya television.
She said the ministry would also cut leakage from the water network from 22 per cent to under 10 per cent by 2030.
A Gulf-based banker familiar with the financing, who asked not to be named, said the government was expected to raise part of the money through a green bond later this year.
Qaryan, one of the world’s most water-scarce countries, relies on desalination for about 90 per cent of its drinking water.
""", [
    # "the Gulf state’s energy minister" points forward to the minister named in the next paragraph, as "The
    # Tánaiste" does in ardcarrig-rent-cap-row; the agency relays him
    I("Qaryan will spend 14 billion riyals over the next decade on desalination plants and underground water storage",
      "Faisal bin Rashid Al-Thawadi", P, "said", role="Gulf state’s energy minister", via=["Qaryan News Agency"],
      ph=["trailing-attribution", "according-to", "nominal"]),
    # "His Excellency" and "Sheikh" are titles; the role is the whole double title in apposition; the that-clause
    # carries the quoted fragment, so only the fragment is annotated
    M("guarantee water security for citizens and residents for generations to come", "Faisal bin Rashid Al-Thawadi", P,
      "affirmed",
      role="Minister of Energy and Water Resources and Chairman of the Board of Directors of the Qaryan Water and Electricity Corporation",
      via=["QNA"], ph=["said-that", "cue-class", "role-apposition"]),
    # "His Excellency" alone as the anaphor: a title, so no role; the paragraph names no relay
    I("the plan, approved by the Council of Ministers last month, would raise the country’s strategic water reserve from four days of consumption to 21 days by 2030",
      "Faisal bin Rashid Al-Thawadi", P, "stressed", ph=["said-that", "cue-class", "nominal"]),
    I("demand for water had grown by about 6 per cent a year since 2015, driven by population growth and new industry",
      "Faisal bin Rashid Al-Thawadi", P, "pointed out", role="minister", ph=["said-that", "nominal"]),
    D("Water is not a service like any other. It is the foundation of our national vision, and we will spare no effort to protect it.",
      "Faisal bin Rashid Al-Thawadi", P, "quoted ... as saying", via=["QNA"],
      ph=["multi-sentence", "quoted-as-saying", "pronoun"]),
    # "the agency" reports on its own account here, so it is the speaker, not a relay
    I("The first of three new plants, at Ras Dhalia, is due to start operating in 2027", "the Qaryan News Agency", O,
      "said", ph=["trailing-attribution", "nominal"]),
    # the corporation's statement is carried by the named agency
    I("tenders for the other two plants would be issued this year",
      "the Qaryan Water and Electricity Corporation", O, "said", via=["QNA"], ph=["said-that", "writing"]),
    # "Eng." is a title; "television" is no part of the relay's name
    D("We are not building for the Qaryan of today, but for the Qaryan of 2050,", "Huda bint Khalid Al-Marri", P,
      "told", role="Undersecretary of the Ministry of Energy and Water Resources", via=["Al Arabiya"],
      ph=["told", "role-apposition"]),
    # "She" opens the next paragraph, which states no role and names no relay
    I("the ministry would also cut leakage from the water network from 22 per cent to under 10 per cent by 2030",
      "Huda bint Khalid Al-Marri", P, "said", ph=["said-that", "pronoun"]),
    # "who asked not to be named" is a relative clause, not part of the phrase
    I("the government was expected to raise part of the money through a green bond later this year",
      "a Gulf-based banker familiar with the financing", A, "said", ph=["said-that"]),
    # the water-scarcity line is the wire's own
])

# ---------------------------------------------------------------- science desk on a journal retraction, curly double quotes: the retracted paper's title in quotes, the journal's editor-in-chief in apposition "said in a statement accompanying the retraction notice" with two quoted fragments in one clause and her quote by surname "in the statement", "According to the notice" (the notice stands for the journal), the lead author introduced as "That author, X, a professor of …" who "denied in an email that" and "he wrote", "He said" with a that-less clause and a second that-clause carrying a fragment, an image sleuth in apposition who "wrote on the PubPeer forum in 2023 that" with a fragment, a university spokeswoman's that-less clause and "She said it would “…”", an outside researcher "who was not involved in the study" and "she said" a paragraph later
article("kelpamine-mouse-study-retraction", """
A metabolism journal has retracted a 2022 study of a compound found in fermented kelp, a year after an image sleuth flagged problems with its figures.
The paper, “Kelpamine restores hepatic insulin signalling in diet-induced obese mice”, appeared in the Vellmar Journal of Metabolism and has been cited more than 400 times.
In a statement accompanying the retraction notice, the journal’s editor-in-chief, Margarethe Solberg-Achebe, said the editors had “lost confidence in the reliability of the data” after finding that six images of protein blots “appear to have been duplicated, rotated or spliced”.
“We do not take this step lightly. Retraction is the last tool we have, and in this case it was the only honest one,” Solberg-Achebe said in the statement.
According to the notice, three of the paper’s seven authors agreed with the retraction, but the lead author did not.
That author, Kasimir Olund-Reyes, a professor of physiology at the University of Stavenmoor, denied in an email that any data had been manipulated.
“The duplications are errors made when the figures were assembled, nothing more. The underlying results stand, and we will show that,” he wrote.
He said his laboratory had repeated the key experiment last year, and that the new results would be submitted “within months”.
Teodor Vink, a microbiologist who checks papers for image manipulation in his spare time, wrote on the PubPeer forum in 2023 that the same band appeared “in three different experiments, upside down in one of them”.
A spokeswoman for the University of Stavenmoor said the university had opened its own inquiry in March. She said it would “not comment further while that process is under way”.
Ingrid Paasche-Morrow, a metabolic biologist at the Karsholm Institute who was not involved in the study, said the retraction left a hole in a fast-growing field.
“A lot of labs built on that paper, including two clinical trials. Those teams need to go back and ask what they actually know,” she said.
""", [
    # "flagged problems with its figures" has no clause; the citation count is the desk's own
    R("Kelpamine restores hepatic insulin signalling in diet-induced obese mice", "title of the retracted paper", "title"),
    # two quoted fragments in one clause (the second inside "after finding that …"): two mixed statements; a
    # statement names no channel
    M("lost confidence in the reliability of the data", "Margarethe Solberg-Achebe", P, "said",
      role="journal’s editor-in-chief", ph=["said-that", "writing", "role-apposition"]),
    M("appear to have been duplicated, rotated or spliced", "Margarethe Solberg-Achebe", P, "said",
      role="journal’s editor-in-chief", ph=["said-that", "writing", "role-apposition"]),
    D("We do not take this step lightly. Retraction is the last tool we have, and in this case it was the only honest one,",
      "Margarethe Solberg-Achebe", P, "said", ph=["multi-sentence", "surname", "writing"]),
    # the notice stands for the journal that issued it (as a resolution for its ministry)
    I("three of the paper’s seven authors agreed with the retraction, but the lead author did not",
      "the Vellmar Journal of Metabolism", O, "according to", ph=["according-to", "writing", "nominal"]),
    # "That author" is a nominal before the name; an email names no channel
    I("any data had been manipulated", "Kasimir Olund-Reyes", P, "denied",
      role="professor of physiology at the University of Stavenmoor",
      ph=["denial", "cue-class", "writing", "role-apposition"]),
    D("The duplications are errors made when the figures were assembled, nothing more. The underlying results stand, and we will show that,",
      "Kasimir Olund-Reyes", P, "wrote", ph=["multi-sentence", "writing", "pronoun"]),
    # the first clause has no "that" and no marks; the second that-clause carries the quoted fragment, so only the
    # fragment is annotated: two statements
    I("his laboratory had repeated the key experiment last year", "Kasimir Olund-Reyes", P, "said",
      ph=["said-that", "pronoun"]),
    M("within months", "Kasimir Olund-Reyes", P, "said", ph=["said-that", "pronoun"]),
    # "who checks …" is a relative clause, not part of the role; the forum is the named channel ("the … forum" is no
    # part of its name), and the that-clause carries the quoted fragment, so only the fragment is annotated
    M("in three different experiments, upside down in one of them", "Teodor Vink", P, "wrote", role="microbiologist",
      via=["PubPeer"], ph=["said-that", "writing", "role-apposition"]),
    I("the university had opened its own inquiry in March", "a spokeswoman for the University of Stavenmoor", A, "said",
      ph=["said-that"]),
    M("not comment further while that process is under way", "a spokeswoman for the University of Stavenmoor", A,
      "said", ph=["said-that", "pronoun"]),
    # "who was not involved in the study" is a relative clause, not part of the role
    I("the retraction left a hole in a fast-growing field", "Ingrid Paasche-Morrow", P, "said",
      role="metabolic biologist at the Karsholm Institute", ph=["said-that", "role-apposition"]),
    D("A lot of labs built on that paper, including two clinical trials. Those teams need to go back and ask what they actually know,",
      "Ingrid Paasche-Morrow", P, "said", ph=["multi-sentence", "pronoun"]),
])

# ---------------------------------------------------------------- Nordic outlet's English service on a parliament debate, curly double quotes: the prime minister "telling MPs that" with a fragment and "the prime minister told parliament", the bill as the site's own, a Centre Party MP with his county in a relative clause and "he said", a Green Left spokesperson with a fragment and a second that-clause, a party leader who "wrote on Facebook that" with a fragment and "In a later post, he added:", an inverted governing-party MP, a minister who "was quoted by the national broadcaster SRK as saying that" and "he told SRK", "According to the Riksting’s budget office"
article("riksting-power-price-ceiling-debate", """
SOLVIK – Prime Minister Liv Haraldsen-Brekke defended her government’s plan to scrap the electricity price ceiling for households in a heated Riksting debate on Wednesday, telling MPs that the scheme had become “too expensive to keep and too blunt to fix”.
“The ceiling has cost the treasury 19 billion kroner in two winters, and most of that money has gone to the households that needed it least,” the prime minister told parliament.
Under the government’s bill, the ceiling would be replaced from October by a monthly payment for households on low and middle incomes.
Centre Party MP Arnstein Vold-Kjærnes, who represents the northern county of Fjellmark, said inland towns would be hit hardest. “In Fjellmark it is minus 30 in January. You cannot means-test the weather,” he said.
Not every opposition party objects. Green Left energy spokesperson Sunniva Eik-Larsen said the ceiling had “rewarded people for heating empty holiday cabins”, and that the money would be better spent on insulation grants.
Progress Alliance leader Tor Magne Sandvik-Aas wrote on Facebook that the government was “sending the bill to pensioners and letting the power companies off”. In a later post, he added: “We will vote against this in committee, in the chamber and, if we have to, at the ballot box.”
“It is easy to write angry posts from the sofa. It is harder to find 19 billion kroner,” said Social Democrat MP Kari Nygaard-Holt, drawing laughter from the government benches.
Energy Minister Eirik Tangen-Holm was quoted by the national broadcaster SRK as saying that about 600,000 households would qualify for the new payment. “Nobody earning less than 450,000 kroner a year will be worse off. I will put my name to that,” he told SRK.
According to the Riksting’s budget office, the new scheme would cost about 4.5 billion kroner a year.
The bill is expected to pass on Thursday with the votes of the governing Social Democrats, the Liberals and Green Left.
""", [
    # "defended … plan" reports no content; the that-clause carries the quoted fragment, so only the fragment is
    # annotated; telling MPs names no relay
    M("too expensive to keep and too blunt to fix", "Liv Haraldsen-Brekke", P, "telling", role="Prime Minister",
      ph=["participle-cue", "told", "said-that", "role-premodifier"]),
    # "told parliament" names no relay
    D("The ceiling has cost the treasury 19 billion kroner in two winters, and most of that money has gone to the households that needed it least,",
      "Liv Haraldsen-Brekke", P, "told", role="prime minister", ph=["told", "nominal"]),
    # the bill paragraph is the site's own
    # "who represents …" is a relative clause, not part of the role
    I("inland towns would be hit hardest", "Arnstein Vold-Kjærnes", P, "said", role="Centre Party MP",
      ph=["said-that", "role-premodifier"]),
    D("In Fjellmark it is minus 30 in January. You cannot means-test the weather,", "Arnstein Vold-Kjærnes", P, "said",
      role="Centre Party MP", ph=["multi-sentence", "pronoun"]),
    # the first clause (no "that") carries the quoted fragment, so only the fragment is annotated; the second
    # that-clause has no marks
    M("rewarded people for heating empty holiday cabins", "Sunniva Eik-Larsen", P, "said",
      role="Green Left energy spokesperson", ph=["said-that", "role-premodifier"]),
    I("the money would be better spent on insulation grants", "Sunniva Eik-Larsen", P, "said",
      role="Green Left energy spokesperson", ph=["said-that", "role-premodifier"]),
    M("sending the bill to pensioners and letting the power companies off", "Tor Magne Sandvik-Aas", P, "wrote",
      role="Progress Alliance leader", via=["Facebook"], ph=["said-that", "writing", "role-premodifier"]),
    # a later post on the same channel (as "In a second post" in drevnik-funding-row)
    D("We will vote against this in committee, in the chamber and, if we have to, at the ballot box.",
      "Tor Magne Sandvik-Aas", P, "added", role="Progress Alliance leader", via=["Facebook"],
      ph=["writing", "pronoun"]),
    # "drawing laughter …" is no cue
    D("It is easy to write angry posts from the sofa. It is harder to find 19 billion kroner,", "Kari Nygaard-Holt", P,
      "said", role="Social Democrat MP", ph=["inversion", "multi-sentence", "role-premodifier"]),
    I("about 600,000 households would qualify for the new payment", "Eirik Tangen-Holm", P, "quoted ... as saying",
      role="Energy Minister", via=["SRK"], ph=["said-that", "passive", "quoted-as-saying", "role-premodifier"]),
    D("Nobody earning less than 450,000 kroner a year will be worse off. I will put my name to that,",
      "Eirik Tangen-Holm", P, "told", role="Energy Minister", via=["SRK"], ph=["multi-sentence", "told", "pronoun"]),
    I("the new scheme would cost about 4.5 billion kroner a year", "the Riksting’s budget office", O, "according to",
      ph=["according-to"]),
    # the expected vote is the site's own
])

# ---------------------------------------------------------------- UK local paper on a refuse workers' strike ballot, straight double quotes + apostrophes: the ballot result with a trailing "…, the union announced on Friday", the general secretary in apposition with a fragment and "she said" a paragraph later, "Members said" with two that-clauses, a contractor "which holds a … contract" whose statement has two quoted fragments under one "said", "The company said" and "It denied claims that …, saying" with a fragment, an anonymous depot manager "who asked not to be named because he was not authorised to speak to the press" and "he said", a worker by first name and age in an inverted quote, the council's statement with a request, opposition councillors as a group, "The union said" at the end
article("greyholm-refuse-strike-ballot", '''
Bin collections across Greyholm could grind to a halt before Christmas after refuse workers voted overwhelmingly for strike action in a row over pay.
Members of the United Services Union backed walkouts by 94 per cent on a turnout of 71 per cent, the union announced on Friday.
The union's general secretary, Moira Tennant-Achterberg, said the result was "a message Brightwaste cannot ignore".
"Our members kept this borough clean through a pandemic and two heatwaves. All they are asking is to be able to pay their rent without taking a second job," she said.
Members said they had been offered a rise of 2.5 per cent, and that overtime rates had been frozen since 2021.
Brightwaste Services, which holds a £38m contract with Greyholm Borough Council, said in a statement that it was "disappointed" by the result and that its offer was "fair, affordable and in line with the wider sector".
The company said contingency plans were in place to protect collections for elderly and disabled residents. It denied claims that it had refused to meet union officials, saying talks had been "constructive" until October.
One depot manager, who asked not to be named because he was not authorised to speak to the press, said head office had been warned in the summer that the offer would be rejected. "Nobody upstairs wanted to hear it," he said.
An informal picket gathered at the Mill Lane depot on Friday morning.
"I'm out at half five every morning, rain or shine. My daughter earns more stacking shelves part-time than I do on the bins," said Darren, 47, a loader who has worked at the depot for 22 years.
Greyholm Borough Council said it was not a party to the dispute but urged both sides to get back around the table. Opposition councillors said the authority should never have outsourced the service in the first place.
The union said strike dates would be announced next week.
''', [
    # the lede is the paper's own; "the union": the United Services Union in the same sentence
    I("Members of the United Services Union backed walkouts by 94 per cent on a turnout of 71 per cent",
      "the United Services Union", O, "announced", ph=["trailing-attribution", "cue-class", "nominal"]),
    M("a message Brightwaste cannot ignore", "Moira Tennant-Achterberg", P, "said", role="union's general secretary",
      ph=["said-that", "role-apposition"]),
    # "she said" in the next paragraph, which states no role
    D("Our members kept this borough clean through a pandemic and two heatwaves. All they are asking is to be able to pay their rent without taking a second job,",
      "Moira Tennant-Achterberg", P, "said", ph=["multi-sentence", "pronoun"]),
    # two that-clauses with no quote marks: one statement
    I("they had been offered a rise of 2.5 per cent, and that overtime rates had been frozen since 2021",
      "members", G, "said", ph=["said-that"]),
    # "which holds a … contract" is a relative clause, not a role; two quoted fragments under one "said": two mixed
    # statements; a statement names no channel
    M("disappointed", "Brightwaste Services", O, "said", ph=["said-that", "writing"]),
    M("fair, affordable and in line with the wider sector", "Brightwaste Services", O, "said",
      ph=["said-that", "writing"]),
    # "The company": Brightwaste Services, a name with no company word
    I("contingency plans were in place to protect collections for elderly and disabled residents",
      "Brightwaste Services", O, "said", ph=["said-that", "nominal"]),
    I("it had refused to meet union officials", "Brightwaste Services", O, "denied",
      ph=["denial", "cue-class", "pronoun"]),
    M("constructive", "Brightwaste Services", O, "saying", ph=["participle-cue", "pronoun"]),
    # "who asked not to be named because …" is a relative clause, not part of the phrase
    I("head office had been warned in the summer that the offer would be rejected", "one depot manager", A, "said",
      ph=["said-that"]),
    D("Nobody upstairs wanted to hear it,", "one depot manager", A, "said", ph=["pronoun"]),
    # a first name and an age only; the age is not a role, "who has worked …" is a relative clause
    D("I'm out at half five every morning, rain or shine. My daughter earns more stacking shelves part-time than I do on the bins,",
      "Darren", P, "said", role="loader", ph=["inversion", "multi-sentence", "role-apposition"]),
    # "urged both sides to …" is a request, not a statement
    I("it was not a party to the dispute", "Greyholm Borough Council", O, "said", ph=["said-that"]),
    I("the authority should never have outsourced the service in the first place", "opposition councillors", G, "said",
      ph=["said-that"]),
    I("strike dates would be announced next week", "the United Services Union", O, "said", ph=["said-that", "nominal"]),
])

# ---------------------------------------------------------------- fashion-week magazine piece, curly single quotes + apostrophes: present-tense "she says" throughout, the designer as "the 38-year-old designer" in a split quote, a collection's name in quotes, "She says … and that …", "Asked whether …, she takes her time" before a split quote, a model's Instagram post after "who later wrote on Instagram:", a critic "Writing in The Times" who "called" the show '…' and "adding that" with a fragment, a buyer in apposition with two that-clauses, the designer by surname with "says" and a that-less clause, the writer's scare quote after "so-called"
article("quennell-saito-salt-archive-show", """
After her show, Odalys Quennell-Saito is sitting on an upturned crate backstage at the old Lindenport tram depot, re-pinning the hem of a coat that has already been down the runway. ‘I can’t help it. If something’s wrong, I see it from across the room,’ she says.
Her collection, ‘Salt Archive’, was built around the oilskins and hand-knitted ganseys her grandfather wore on Hobhaven trawlers. It was the most talked-about show of Lindenport Fashion Week’s second day.
‘He had three jackets his whole life. He mended them until the mending was the jacket,’ the 38-year-old designer says. ‘I wanted clothes you hand down, not throw out.’
She says every piece uses deadstock wool from two mills in the Ardrey valley and that nothing was dyed.
Asked whether a catwalk of fishermen’s smocks risks romanticising hard lives, she takes her time. ‘Maybe,’ she says. ‘But the men who wore these things were proud of them. I’d rather honour that than pretend it didn’t happen.’
The show was opened by the model Inès Kovalenko-Dahl, who later wrote on Instagram: ‘Wore a coat tonight that weighs as much as my little brother, and I have never felt so looked after. Thank you, Odalys.’
Not everyone was won over. Writing in The Times, the fashion critic Hugo Pellegrin-Marsh called the show ‘beautifully made and curiously airless’, adding that the oversized oilskins looked ‘less like inheritance than like costume’.
Quennell-Saito has read the review. ‘Hugo has disliked everything I’ve made since my graduate show, so I’m in good company,’ she says, laughing.
Priya Oduwole-Stenberg, head buyer at the department store Calloway & Finch, says orders for the knitwear are already ahead of last season and that the store has asked for a second delivery.
Quennell-Saito says it still feels unreal for someone who started out selling mended jumpers from a market stall. The so-called ‘quiet luxury’ crowd has found her, and she is not sure what she makes of that.
""", [
    D("I can’t help it. If something’s wrong, I see it from across the room,", "Odalys Quennell-Saito", P, "says",
      ph=["multi-sentence", "pronoun"]),
    R("Salt Archive", "name of a fashion collection", "title"),
    # the nominal "the 38-year-old designer" is her role at the cue (as "the 29-year-old" in marisol-quenby-interview)
    D("He had three jackets his whole life. He mended them until the mending was the jacket,", "Odalys Quennell-Saito",
      P, "says", role="38-year-old designer", ph=["split-quote", "multi-sentence", "nominal"]),
    D("I wanted clothes you hand down, not throw out.", "Odalys Quennell-Saito", P, "says",
      role="38-year-old designer", ph=["split-quote", "nominal"]),
    # two that-clauses with no quote marks: one statement
    I("every piece uses deadstock wool from two mills in the Ardrey valley and that nothing was dyed",
      "Odalys Quennell-Saito", P, "says", ph=["said-that", "pronoun"]),
    # the question put to her is not a statement
    D("Maybe,", "Odalys Quennell-Saito", P, "says", ph=["split-quote", "pronoun"]),
    D("But the men who wore these things were proud of them. I’d rather honour that than pretend it didn’t happen.",
      "Odalys Quennell-Saito", P, "says", ph=["split-quote", "multi-sentence", "pronoun"]),
    # the colon sits in the same paragraph as her name, so this is no colon-intro
    D("Wore a coat tonight that weighs as much as my little brother, and I have never felt so looked after. Thank you, Odalys.",
      "Inès Kovalenko-Dahl", P, "wrote", role="model", via=["Instagram"],
      ph=["multi-sentence", "writing", "role-premodifier"]),
    # the newspaper he writes in is the relay (as the journal a team writes in)
    M("beautifully made and curiously airless", "Hugo Pellegrin-Marsh", P, "called", role="fashion critic",
      via=["The Times"], ph=["writing", "role-premodifier"]),
    M("less like inheritance than like costume", "Hugo Pellegrin-Marsh", P, "adding", role="fashion critic",
      via=["The Times"], ph=["participle-cue", "said-that", "writing", "role-premodifier"]),
    # "has read the review" reports nothing
    D("Hugo has disliked everything I’ve made since my graduate show, so I’m in good company,", "Odalys Quennell-Saito",
      P, "says", ph=["pronoun"]),
    I("orders for the knitwear are already ahead of last season and that the store has asked for a second delivery",
      "Priya Oduwole-Stenberg", P, "says", role="head buyer at the department store Calloway & Finch",
      ph=["said-that", "role-apposition"]),
    I("it still feels unreal for someone who started out selling mended jumpers from a market stall",
      "Odalys Quennell-Saito", P, "says", ph=["said-that", "surname"]),
    R("quiet luxury", "the writer's scare quote after 'so-called'", "scare-quote"),
])

# ---------------------------------------------------------------- consumer-rights column answering a reader, curly double quotes with a ‘nested’ single: a column header, a reader's letter introduced by "X, 74, from Y, writes:" that ends its paragraph, the policy's name in quotes, "Its terms say" (the terms stand for the insurer), the columnist's ironic scare quote, "a spokeswoman told us" with a fragment and "She said" with a second fragment, the columnist's own imagined one-line summary in quotes, an ombudsman in apposition "ruling that" with a fragment in a published decision and "she wrote", the ombudsman service that "says", the insurer's climb-down "It said it had “…”", the reader by first name who "told me", a quoted term in the columnist's advice
article("homesure-boiler-claim-column", """
YOUR MONEY: Bryony Castell fights your corner
Gwen Talbot-Roe, 74, from Marlby, writes:
“My boiler broke down in January, a fortnight after I renewed my HomeSure policy. Their engineer said it was beyond repair, then HomeSure refused to pay for a new one because the fault was ‘pre-existing’. I have paid them £19 a month for eleven years. Surely that counts for something?”
It should, Gwen. Your “Complete Care” policy pays up to £2,500 for a new boiler if the old one cannot be repaired. Its terms say a fault counts as pre-existing only if it was present when the cover began. Yours began in 2013, and HomeSure’s own first service report gave the boiler a clean bill of health.
So much for “complete”.
When I put this to HomeSure, a spokeswoman told us the claim had been declined “in line with the policy terms”. She said the company would now look at it again “as a gesture of goodwill”.
Goodwill, after eleven years of premiums? If I had to sum up the firm’s attitude, it would be: “Loyalty is lovely, but it isn’t covered.”
In a decision published in June, Ifeoma Stainton-Rees, an ombudsman at the Home Services Ombudsman, upheld a near-identical complaint, ruling that the insurer had “no reasonable basis” to call a fault pre-existing when its own engineer had found none at a service.
“An insurer cannot rely on its own inspections for years and then disown them when a claim arrives,” she wrote.
The Home Services Ombudsman says complaints about boiler cover rose to 1,340 last year, from 910.
Two days after I contacted HomeSure, the company agreed to pay £2,340 towards Gwen’s new boiler and £150 for distress. It said it had “fallen short” in her case.
“I’m delighted, and a bit cross that it took a newspaper to get there,” Gwen told me.
If your insurer waves the words “pre-existing fault” at you, demand the evidence in writing, then go to the ombudsman.
""", [
    # the header and the columnist's answer are the column's own; the letter's paragraph follows a paragraph that
    # ends with a colon; the age and the town are no role; the engineer's words and ‘pre-existing’ inside it are
    # part of the letter
    D("My boiler broke down in January, a fortnight after I renewed my HomeSure policy. Their engineer said it was beyond repair, then HomeSure refused to pay for a new one because the fault was ‘pre-existing’. I have paid them £19 a month for eleven years. Surely that counts for something?",
      "Gwen Talbot-Roe", P, "writes", ph=["multi-sentence", "nested", "colon-intro", "writing"]),
    R("Complete Care", "name of an insurance policy", "title"),
    # the policy terms stand for the insurer that wrote them (as a resolution for its ministry)
    I("a fault counts as pre-existing only if it was present when the cover began", "HomeSure", O, "say",
      ph=["said-that", "writing", "nominal"]),
    R("complete", "the columnist's ironic scare quote on the policy's name", "scare-quote", after="So much for"),
    # "told us": the column itself is no relay; each clause carries a quoted fragment, so only the fragments are
    # annotated
    M("in line with the policy terms", "a spokeswoman", A, "told", ph=["told", "said-that"]),
    M("as a gesture of goodwill", "a spokeswoman", A, "said", ph=["said-that", "pronoun"]),
    R("Loyalty is lovely, but it isn’t covered.",
      "the columnist's own imagined summary of the insurer's attitude, not anyone's words", "author-words"),
    # "upheld a … complaint" is an act; the decision is her writing and names no channel
    M("no reasonable basis", "Ifeoma Stainton-Rees", P, "ruling", role="ombudsman at the Home Services Ombudsman",
      ph=["participle-cue", "said-that", "writing", "role-apposition"]),
    D("An insurer cannot rely on its own inspections for years and then disown them when a claim arrives,",
      "Ifeoma Stainton-Rees", P, "wrote", ph=["writing", "pronoun"]),
    I("complaints about boiler cover rose to 1,340 last year, from 910",
      "the Home Services Ombudsman", O, "says", ph=["said-that"]),
    # "agreed to pay" is an act; "It": HomeSure ("the company" in the sentence before)
    M("fallen short", "HomeSure", O, "said", ph=["said-that", "pronoun"]),
    # the first name alone on second reference; "told me" names no relay
    D("I’m delighted, and a bit cross that it took a newspaper to get there,", "Gwen Talbot-Roe", P, "told",
      ph=["told", "surname"]),
    R("pre-existing fault", "a term the columnist quotes in her own advice, not anyone's statement", "scare-quote"),
])

if __name__ == "__main__":
    names = [n for n, _, _ in ARTICLES]
    assert len(names) == len(set(names)), "duplicate article names"
    for name, text, items in ARTICLES:
        print(f"{name:32s} {build_one(name, text, items):4d} words")
    print(f"{len(ARTICLES)} articles written")
