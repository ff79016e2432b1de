"""Role patterns: (person, title, org) triples the text states, both languages."""

import pytest


def triples(res):
    return {(r.person, r.title, r.org) for r in res.roles}


@pytest.mark.parametrize(
    "text,expected",
    [
        # NAME, TITLE of (the) ORG
        ("Li Xiaomei, vice chairwoman of the China Council for the Promotion of International Trade, spoke.",
         {("Li Xiaomei", "vice chairwoman", "China Council for the Promotion of International Trade")}),
        # TITLE NAME (no org stated)
        ("Vice Premier Hu Chunhua met the delegation in Beijing.", {("Hu Chunhua", "Vice Premier", None)}),
        # coordinated titles with their own organisations
        ("Xu Jun, deputy secretary-general of the Tianjin Municipal Government and deputy director of "
         "the General Office of the Tianjin Municipal Government, attended.",
         {("Xu Jun", "deputy secretary-general", "Tianjin Municipal Government"),
          ("Xu Jun", "deputy director", "General Office of the Tianjin Municipal Government")}),
        # a title of a place keeps no organisation
        ("Chen Hao, mayor of Hangzhou, met the guests.", {("Chen Hao", "mayor", None)}),
        # two posts joined by a slash; a seat after the body's bracketed short form
        ("The Executive Secretary/CEO of the Tarn Investment Commission, Ada Bello, met the "
         "Resident Representative of the Tarn Development Agency (TDA) in Lima, Eli Ross.",
         {("Ada Bello", "Executive Secretary", "Tarn Investment Commission"),
          ("Ada Bello", "CEO", "Tarn Investment Commission"),
          ("Eli Ross", "Resident Representative", "Tarn Development Agency")}),
        # NAME, TITLE of ORG with a legal form; ORG TITLE NAME
        ("Jane Doe, Chief Executive Officer of Orbis Labs Inc., spoke.",
         {("Jane Doe", "Chief Executive Officer", "Orbis Labs Inc.")}),
        ("Orbis Labs Inc. said Orbis Labs CEO John Roe would visit.",
         {("John Roe", "CEO", "Orbis Labs")}),
        # TITLE of ORG (ABBR), NAME; TITLE of REGION in REGION and REGION, NAME
        ("Present were the President of the Tagus Trade Agency (TTA), Rui Sena, and the "
         "Consul General of Peru in Macao and Hong Kong, Ana Prado.",
         {("Rui Sena", "President", "Tagus Trade Agency"), ("Ana Prado", "Consul General", None)}),
        # `The TITLE, RANK NAME`: both are the name's; titles joined by `and` share `of PLACE`
        ("The Minister for Trade, Senator Ann Roe, met Deputy Prime Minister and Minister for "
         "Foreign Affairs of Peru Luis Vega in Lima.",
         {("Ann Roe", "Minister for Trade", None), ("Ann Roe", "Senator", None),
          ("Luis Vega", "Deputy Prime Minister", None),
          ("Luis Vega", "Minister for Foreign Affairs", None)}),
        ("The Chief Secretary for Administration, Mr Ho Wing-kai, led the team.",
         {("Ho Wing-kai", "Chief Secretary for Administration", None)}),
        # NAME served as TITLE at ORG
        ("Dr. Ana Vidal joins us. Dr. Vidal most recently served as Vice President of Sales at "
         "Orbis Labs Inc. in Lyon.", {("Ana Vidal", "Vice President of Sales", "Orbis Labs Inc.")}),
        # TITLE of REGION (to REGION), NAME; NAME, nationality TITLE to REGION
        ("He welcomed the Foreign Minister of Indonesia, Retno Sukarsih, to Oslo.",
         {("Retno Sukarsih", "Foreign Minister", None)}),
        ("He met the Ambassador of Chile to China, Felipe Arrau, in Xi'an.",
         {("Felipe Arrau", "Ambassador", None)}),
        ("Talks were joined by Sir Owen Merriday, British Ambassador to Peru.",
         {("Owen Merriday", "Ambassador", None)}),
        # NAME, ORG's TITLE
        ("Zhang Wei, Huawei's CFO, spoke.", {("Zhang Wei", "CFO", "Huawei")}),
        # NAME, ORG's TITLE and TITLE: both titles at the organisation, bare apostrophe too
        ('"We grow," said Mr. Jin Song, Fenwick Robotics\' Chairman and Chief Executive Officer. '
         "Fenwick Robotics, Inc. agreed.",
         {("Jin Song", "Chairman", "Fenwick Robotics"),
          ("Jin Song", "Chief Executive Officer", "Fenwick Robotics")}),
        # TITLE and TITLE NAME: both titles are the name's
        ("Chinese State Councilor and Foreign Minister Wu Gang held talks.",
         {("Wu Gang", "State Councilor", None), ("Wu Gang", "Foreign Minister", None)}),
        # a list of TITLE NAME items: each title is the next name's, not the one before
        ("She was joined by Chief Secretary Ken Ma, Secretary for Security Al Ho, and "
         "Secretary for Home Affairs Lo Wing.",
         {("Ken Ma", "Chief Secretary", None), ("Al Ho", "Secretary for Security", None),
          ("Lo Wing", "Secretary for Home Affairs", None)}),
        # a plural title shared by the list after its colon, inline or bulleted
        ("Three were elected as vice presidents: Zhang Wei, Li Ming and Wang Fang.",
         {("Zhang Wei", "vice presidents", None), ("Li Ming", "vice presidents", None),
          ("Wang Fang", "vice presidents", None)}),
        ("The board named two directors:\n  • Zhang Wei\n  • Li Ming\n\nThey start in May.",
         {("Zhang Wei", "directors", None), ("Li Ming", "directors", None)}),
        # ... and written before the names with no colon, when it names two at least
        ("The panel was chaired by Deputy Directors Olga Brandt and Tomas Lind.",
         {("Olga Brandt", "Deputy Directors", None), ("Tomas Lind", "Deputy Directors", None)}),
        # `A has been appointed its next TITLE`: the body named before the person holds it
        ("The Tasman Institute of Technology said that Ana Lind has been appointed its next "
         "President.", {("Ana Lind", "President", "Tasman Institute of Technology")}),
        # an honorific opens the apposition after a body (`, Sir X`)
        ("Delegates heard the Permanent Secretary of the Ministry of Transport, Sir Alec Dunmore, speak.",
         {("Alec Dunmore", "Permanent Secretary", "Ministry of Transport")}),
        # ... and so do the Malaysian and Gulf honorifics (`, Datuk Seri X`, `, Sheikh X`)
        ("Delegates heard the Permanent Secretary of the Ministry of Transport, Datuk Seri Alec "
         "Dunmore, speak.", {("Alec Dunmore", "Permanent Secretary", "Ministry of Transport")}),
        # a remit of places joined by `and` stands between a title and its body
        ("Ravi Sen, Sales Director, Spain and Portugal of Orbis Labs Inc., spoke.",
         {("Ravi Sen", "Sales Director", "Orbis Labs Inc.")}),
        # a remit's place names no body: the possessive body before the title holds the post
        # (the world area is the commissioner's remit, in the title as samples annotate it)
        ("The Tasman Export Agency (TEA) grew. TEA's Trade Commissioner for Southeast Asia, Mia Holt, "
         "will run it.", {("Mia Holt", "Trade Commissioner for Southeast Asia", "TEA")}),
        # ORG and ORG TITLE NAME: the title at both; a field between title and body
        ("The CCPIT and CCOIC chairman Wu Lin spoke.",
         {("Wu Lin", "chairman", "CCPIT"), ("Wu Lin", "chairman", "CCOIC")}),
        ("Zhou Ming, a professor of soil science at China Agricultural University, spoke.",
         {("Zhou Ming", "professor", "China Agricultural University")}),
        # TITLE of ORG NAME
        # `The TITLE, NAME,` after a dateline's dash; `the TITLE, NAME,` closed inside a
        # sentence; a nationality word and the post's place between
        ("LONDON, 9 July -- The Secretary for Trade, Ana Ruiz, met them.",
         {("Ana Ruiz", "Secretary for Trade", None)}),
        ("Also present were the Minister of Finance, Ian Bell, and others.",
         {("Ian Bell", "Minister of Finance", None)}),
        ("They met the British Ambassador to Peru, Ana Ruiz, at noon.",
         {("Ana Ruiz", "Ambassador", None)}),
        ("The Consul General of Peru in Hong Kong, Mr Luis Soto, spoke.",
         {("Luis Soto", "Consul General", None)}),
        # a unit seated at its parent body: the unit holds the post
        ("Speakers included the Director of the Division on Trade and Logistics at the Lorvan "
         "Institute, Hana Mbeki, and others.",
         {("Hana Mbeki", "Director", "Division on Trade and Logistics")}),
        ("Lam met Secretary of the CPC Hunan Provincial Committee Wu Lin at noon.",
         {("Wu Lin", "Secretary", "CPC Hunan Provincial Committee")}),
        # `The TITLE, Mr NAME, ...` opens a sentence with the person's title
        ("He left. The Chief Executive, Mr Tom Fenwick, will go.",
         {("Tom Fenwick", "Chief Executive", None)}),
        # inside a sentence, an honorific after the comma opens the apposition
        ("A reply by the Secretary for Transport, Mr Ho Wing-kai, was read. Present were the "
         "Director of Health, Dr Ann Fung, and others.",
         {("Ho Wing-kai", "Secretary for Transport", None), ("Ann Fung", "Director of Health", None)}),
        # a country's possessive before the title: the post of that place, which the name
        # closing the apposition holds
        ("Talks were held with Peru's Minister of Energy, Luis Soto, on Monday.",
         {("Luis Soto", "Minister of Energy", None)}),
        ("Chile's Ambassador, Ana Ruiz, and Tom Bell signed the letter.",
         {("Ana Ruiz", "Ambassador", None)}),
        # a posting with its seat before the name; a family-name-first repeat adds nothing
        ("Ambassador Tanaka visited. Ambassador of Japan to Ghana Tanaka Kenji opened the centre.",
         {("Tanaka Kenji", "Ambassador", None)}),
        # a named organisation after `of` is split off the title
        ("Brisk Marine ASA said so. Tove Lie, Chief Executive Officer of Brisk Marine, agreed.",
         {("Tove Lie", "Chief Executive Officer", "Brisk Marine")}),
        # a senior government rank with its field
        ("He was joined by Emma Roy, Senior Trade Commissioner, who briefed the guests.",
         {("Emma Roy", "Senior Trade Commissioner", None)}),
        # Commonwealth civil-service ranks
        ("He met Additional Secretary Kavita Das and Joint Secretary Ravi Nair.",
         {("Kavita Das", "Additional Secretary", None), ("Ravi Nair", "Joint Secretary", None)}),
        # an agency named by a sector and a place; a portfolio written before the title
        ("It was signed by Ola Berg, Director of Tourism Norway, on Friday.",
         {("Ola Berg", "Director", "Tourism Norway")}),
        ("Housing Minister Rua Tane spoke.", {("Rua Tane", "Housing Minister", None)}),
        # people listed out of a body's group hold their posts at that body
        ("He was joined by officials of the Ministry of Trade and Industry, including Deputy "
         "Secretary Ana Ruiz and Chief Negotiator Ian Bell.",
         {("Ana Ruiz", "Deputy Secretary", "Ministry of Trade and Industry"),
          ("Ian Bell", "Chief Negotiator", "Ministry of Trade and Industry")}),
        # a firm's team named by its members' posts holds them at the firm
        ("Orvell Lane LLP advised Kestrel. The Orvell Lane team was led by corporate partner Ana "
         "Ruiz in London and partner Ian Bell in Oslo. The sellers were advised by Velto & Hale "
         "LLP, led by partner Tom Hale.",
         {("Ana Ruiz", "corporate partner", "Orvell Lane"), ("Ian Bell", "partner", "Orvell Lane"),
          ("Tom Hale", "partner", "Velto & Hale LLP")}),
        # a councillor's style between the post and the name; the UN's post in a country
        ("Varn City Council Leader Councillor Ana Brett spoke, joined by the UN Resident "
         "Coordinator in Lisk, Ian Bell.",
         {("Ana Brett", "Leader", "Varn City Council"), ("Ian Bell", "Resident Coordinator", "UN")}),
        # a degree or honour after the name still opens its apposition
        ("\"We grew,\" said Tom Hale, Ph.D., Chief Executive Officer of Orvell Systems Inc.",
         {("Tom Hale", "Chief Executive Officer", "Orvell Systems Inc.")}),
        ("Ana Ruiz was previously Vice President of Sales at Orvell Systems Inc.",
         {("Ana Ruiz", "Vice President of Sales", "Orvell Systems Inc.")}),
        # a country's possessive post taken up in a relative clause
        ("Mr Sato, who previously served as Japan's Vice Minister of Finance, spoke.",
         {("Sato", "Vice Minister of Finance", None)}),
        # a sentence opening with a pronoun states a post of the person named before
        ("Orvell Systems Inc. named Ana Ruiz its Chief Operating Officer. She is currently "
         "Vice President of Sales at Tarvo Foods Ltd.",
         {("Ana Ruiz", "Vice President of Sales", "Tarvo Foods Ltd.")}),
        ("Mr Ola Berg and Ms Ana Ruiz spoke. He previously served as Dean of Science at the "
         "University of Tarvo.", {("Ola Berg", "Dean of Science", "University of Tarvo")}),
        ("Ana Ruiz succeeds Tom Hale, who retires. She was previously Chief Financial Officer "
         "of Tarvo Foods Ltd.", {("Ana Ruiz", "Chief Financial Officer", "Tarvo Foods Ltd.")}),
        ("Orvell Inc. today named Ana Ruiz as Chief Financial Officer. Previously, she was Vice "
         "President of Finance at Tarvo Foods Ltd.",
         {("Ana Ruiz", "Vice President of Finance", "Tarvo Foods Ltd.")}),
        # a past post at the body a career clause names (`spent N years at`, `worked at`)
        ("Orvell Inc. today named Ana Ruiz as Chief Financial Officer. Before that, she spent "
         "nine years at Tarvo Foods Ltd., most recently as Head of Global Supply. Tom Hale "
         "worked at Halden Rail Limited, latterly as Treasurer.",
         {("Ana Ruiz", "Head of Global Supply", "Tarvo Foods Ltd."),
          ("Tom Hale", "Treasurer", "Halden Rail Limited")}),
        # `the appointment of A as its next TITLE`: the body named before
        ("The University of Tarvo announced the appointment of Ana Ruiz as its next "
         "Vice-Chancellor.", {("Ana Ruiz", "Vice-Chancellor", "University of Tarvo")}),
        ("Dr Ana Ruiz is currently Provost of the University of Tarvo.",
         {("Ana Ruiz", "Provost", "University of Tarvo")}),
        # a holder-to-be; a post that starts after a meeting is the subject company's
        ("Orvell Minerals plc announces that Tom Hale will step down as Non-Executive Chair at "
         "the conclusion of the AGM. The Board has appointed Ana Ruiz as Chair-designate.",
         {("Tom Hale", "Non-Executive Chair", "Orvell Minerals plc"),
          ("Ana Ruiz", "Chair-designate", "Orvell Minerals plc")}),
        # a one-word title before a listed name is no part of the name
        ("Elected were Vice Chairs Ana Ruiz and Tom Hale, Treasurer Ola Berg and Secretary Jo Ames.",
         {("Ola Berg", "Treasurer", None), ("Tom Hale", "Vice Chairs", None)}),
        # names a plural title heads give the next item no body: the chamber's posts
        ("BEIJING -- The Tarvo Chamber of Commerce held its AGM on Friday. Elected were Vice "
         "Chairs Ana Ruiz and Tom Hale, Treasurer Ola Berg and Secretary Jo Ames.",
         {("Ola Berg", "Treasurer", "Tarvo Chamber of Commerce"),
          ("Jo Ames", "Secretary", "Tarvo Chamber of Commerce")}),
        # `as its`: the appointing body, not a body of the appointee's apposition
        ("Tarvo Bank today named Ana Ruiz, formerly CFO of Orvell Foods Ltd., as its Chief "
         "Risk Officer.", {("Ana Ruiz", "CFO", "Orvell Foods Ltd."),
                           ("Ana Ruiz", "Chief Risk Officer", "Tarvo Bank")}),
        # a charity's release: its officers by their post before the name; a charity's chair
        ("LONDON -- The Tarvo Foundation today announced the appointment of Ana Ruiz as Chair "
         "of Trustees, effective 1 May. \"We are glad,\" said Chief Executive Tom Hale.",
         {("Ana Ruiz", "Chair of Trustees", "Tarvo Foundation"),
          ("Tom Hale", "Chief Executive", "Tarvo Foundation")}),
        ("The talks were chaired by Latvia's Minister of Economics, Ana Ozola.",
         {("Ana Ozola", "Minister of Economics", None)}),
        # a university's release: the chair of its council, written before the name, is its
        # own; a public office so written is not
        ("The University of Westbury has announced the appointment. Announcing it, the Chair of "
         "Council, Mark Dunn, said it was welcome.",
         {("Mark Dunn", "Chair of Council", "University of Westbury")}),
        # a post's start or a second predicate does not break the holder's apposition
        ("Orvell plc announced it. Dr Ana Ruiz, a Non-Executive Director since 2022, will become "
         "Senior Independent Director. Mr Hale was formerly Chief Executive of Tarvo Foods plc "
         "and is a Non-Executive Director of Halden Rail Limited.",
         {("Ana Ruiz", "Senior Independent Director", "Orvell plc"),
          ("Hale", "Non-Executive Director", "Halden Rail Limited")}),
        # an agency's posts in a country: the agency before the titles, the seat after the body
        ("The FAO Representative and Country Director in Chad, Ines Moreau, and the Country "
         "Director of Oxfam in Peru, Tom Vale, signed.",
         {("Ines Moreau", "Representative", "FAO"), ("Ines Moreau", "Country Director", "FAO"),
          ("Tom Vale", "Country Director", "Oxfam")}),
        # a list of agency posts before places and names: each post is the next name's
        ("It was signed by UNICEF Representative in Chad Ines Moreau, WFP Representative in "
         "Chad Paul Amadou and Vice Minister Ana Roe.",
         {("Ines Moreau", "Representative", "UNICEF"), ("Paul Amadou", "Representative", "WFP"),
          ("Ana Roe", "Vice Minister", None)}),
        # an envoy accredited to a body, and ministers each of a country
        ("The Deputy Permanent Representative of Peru to the WTO, Luis Vega, spoke. Ministers "
         "Ana Roe of Chile and Tom Vale of Peru opened the talks.",
         {("Luis Vega", "Deputy Permanent Representative", None), ("Ana Roe", "Ministers", None),
          ("Tom Vale", "Ministers", None)}),
        # `and the` opens another post: the first title is no post of the name after the second
        ("She will meet Peru's Minister of Production and the President of the Andes Trade "
         "Agency (ATA), Luis Vega.",
         {("Luis Vega", "President", "Andes Trade Agency")}),
        # Hong Kong's `the Hon` and honours after the name stand in the apposition
        ("Also present was the Chairman of the Northbay Trade Council, the Hon Lee Ka-ming, BBS, JP.",
         {("Lee Ka-ming", "Chairman", "Northbay Trade Council")}),
        # the Commonwealth's `the Hon ... MP` and the Gulf's `His Excellency Dr` in the apposition
        ("She was joined by the Assistant Minister for Exports, the Hon Clare Dunmore MP, and "
         "met the Ruritanian Minister of State for Industry, His Excellency Dr Omar bin Saif Al "
         "Qasimi, in Dubai.",
         {("Clare Dunmore", "Assistant Minister for Exports", None),
          ("Omar bin Saif Al Qasimi", "Minister of State for Industry", None)}),
        # a place's post named by a common noun; a post at a country's or a body's unit
        ("He met the Governor of Zembla, Ana Roe, and the state's Secretary of Industry, Luis "
         "Vega. He also met the Director of Exports at Ruritania's Ministry of Trade, Tom Vale, "
         "and the Deputy Director-General of the Northbay Commission's Directorate-General "
         "for Energy, Ms Ida Lund.",
         {("Luis Vega", "Secretary of Industry", None),
          ("Tom Vale", "Director of Exports", "Ministry of Trade"),
          ("Ida Lund", "Deputy Director-General", "Directorate-General for Energy")}),
        # the place a post is of, as a common noun: no org
        ("He called on the Permanent Secretary of the province, Mr. Peter Banda, in Ndola.",
         {("Peter Banda", "Permanent Secretary", None)}),
        # ... and a body no ORG names (`the Embassy` where none is named)
        ("On May 5, the First Secretary of the Embassy, Mr. Li Wen, attended.",
         {("Li Wen", "First Secretary", None)}),
        # a named body's definite post before the apposition, the rank before the name
        ("He met the Chair of the Committee of Permanent Representatives to ASEAN (CPR), H.E. "
         "Ambassador Rodel Ocampo of the Philippines, in Jakarta.",
         {("Rodel Ocampo", "Chair", "Committee of Permanent Representatives to ASEAN"),
          ("Rodel Ocampo", "Ambassador", None)}),
        # a qualified person's designation after the name; an enquiries line's body before the colon
        ("The results were reviewed by Ann Dube, P.Geo., Vice President of Mining at Corrin Metals.\n\n"
         "Enquiries:\nCorrin Metals plc: Tom Vale, Company Secretary\n",
         {("Ann Dube", "Vice President of Mining", "Corrin Metals"),
          ("Tom Vale", "Company Secretary", "Corrin Metals plc")}),
        # the release's subject after two listings and a short form (not the headline's short
        # name, nor the subsidiary named next); a board seat taken; `with effect from`, `in his place`
        ("Harlow Bank announces Board changes\n\nLEEDS, 2 March 2026 -- Harlow Banking Group plc "
         "(LSE: HBG) (\"Harlow\" or \"the Group\") announces changes to the board of its "
         "subsidiary, Harlow Bank plc.\n\nAnn Dube will join the Board as an Independent Non-Executive Director "
         "on 1 April 2026. Tom Vale has been appointed an Independent Director with effect from "
         "today. Mary Oake will become Senior Independent Director in his place.",
         {("Ann Dube", "Independent Non-Executive Director", "Harlow Banking Group plc"),
          ("Tom Vale", "Independent Director", "Harlow Banking Group plc"),
          ("Mary Oake", "Senior Independent Director", "Harlow Banking Group plc")}),
        # the short form's definition states no post: the name it defines does
        ("PERTH, 3 May 2026 -- Corrin Gold Limited (ASX: CGL) (\"Corrin\" or \"the Company\") announces "
         "the appointment of Ann Dube as Chief Operating Officer.",
         {("Ann Dube", "Chief Operating Officer", "Corrin Gold Limited")}),
        # the body before the first listed name's title is the next name's, whose title has none
        ("The show was opened by Halvern Trade Council Chairman Dr Ian Moss and Executive Director "
         "Ms Ruth Ang.",
         {("Ian Moss", "Chairman", "Halvern Trade Council"),
          ("Ruth Ang", "Executive Director", "Halvern Trade Council")}),
        # `the joint venture` repeats the company the text introduced as the new one, not the
        # last parent named
        ("Velmar Corp. and Orbis Ltd. will set up a joint venture. The new company, Velmar Orbis "
         "Materials Co., Ltd., will be based in Ningbo. Ken Mori, General Manager of Velmar (Shanghai) "
         "Co., Ltd., will become President of the joint venture.",
         {("Ken Mori", "General Manager", "Velmar (Shanghai) Co., Ltd."),
          ("Ken Mori", "President", "Velmar Orbis Materials Co., Ltd.")}),
        # the subject's defined abbreviation, as the person's sentence names it
        ("DOHA, 2 May 2026 -- Qaran Investment Council (QIC) today announced a new fund.\n\n"
         "QIC opened an office in Shanghai, headed by Omar Saleh, Director of Asia Investments.\n\n"
         "About Qaran Investment Council\nQIC invests for the long term.",
         {("Omar Saleh", "Director of Asia Investments", "QIC")}),
        # in a list of `the TITLE, Ms NAME` items the honorific opens the next holder's name
        ("He was joined by the Deputy Head of Mission, Mr. Ivo Marek, the Agriculture Counsellor, "
         "Ms. Ada Roy, and the Consul General, Mr. Li Na.",
         {("Ivo Marek", "Deputy Head of Mission", None), ("Ada Roy", "Agriculture Counsellor", None),
          ("Li Na", "Consul General", None)}),
        # a post's seat in brackets between the title and its holder; `Miss` opens a holder's name
        ("He was joined by the Director-General of Trade, Miss Ada Roy, and the Principal Economic "
         "and Trade Representative (Jakarta), Ms Li Na.",
         {("Ada Roy", "Director-General of Trade", None),
          ("Li Na", "Principal Economic and Trade Representative", None)}),
        ("Nordvik Shipping Chairman Lars Berg and Ambassador Ana Ruiz toured the port.",
         {("Lars Berg", "Chairman", "Nordvik Shipping"), ("Ana Ruiz", "Ambassador", None)}),
        # a plural post before names with a particle in them (`van Dijk`) gives each the post
        ("Members elected Chair Ola Brenner; Vice Chairs Rina Marchetti and Anna van Dijk.",
         {("Rina Marchetti", "Vice Chairs", None), ("Anna van Dijk", "Vice Chairs", None)}),
        # a chamber that publishes its survey is the release's subject: its officers' body
        ("ORVELL, 7 May 2026 - The Orvell Chamber of Commerce in Varn today published its "
         "annual survey.\n\nIt was launched by Chair Ana Lind and Vice Chair Ken Ma.",
         {("Ana Lind", "Chair", "Orvell Chamber of Commerce in Varn"),
          ("Ken Ma", "Vice Chair", "Orvell Chamber of Commerce in Varn")}),
        # a seat kept on the board, a firm stayed with: the posts held there (session 12)
        ("LISBON, 9 May 2026 -- The Orvell Chamber of Commerce today elected Ana Lind President, "
         "succeeding Tomas Reyes. Reyes will remain on the board as Past President.",
         {("Tomas Reyes", "Past President", "Orvell Chamber of Commerce")}),
        ("Tarvo Foods Ltd. today named Ana Lind CFO. She succeeds Tom Hale, who will remain with "
         "Tarvo Foods Ltd. as a senior advisor until June.",
         {("Tom Hale", "senior advisor", "Tarvo Foods Ltd.")}),
        # the firm after the name is the holder's, the post the association's
        ("The Orvell Freight Association (OFA) met today. Members elected Ivo Berg of Nordlys "
         "Freight AS as vice president of the association.",
         {("Ivo Berg", "vice president", "Orvell Freight Association")}),
        ("The Orvell Freight Association (OFA) met today. Ola Nord of Vell Shipping AS was elected "
         "chair of the association.", {("Ola Nord", "chair", "Orvell Freight Association")}),
        # an honorific's period ends no sentence: the subject named before the name holds the post
        ("Tarvo Foods Ltd. today announced a board change. Tarvo also said that Dr. Ana Lind, former "
         "CEO of Nordlys Freight AS, has joined, and that Ivo Berg has been named Lead Independent Director.",
         {("Ivo Berg", "Lead Independent Director", "Tarvo")}),
        # a post's place and the country it lies in, then the holder; an envoy's country and
        # the one he is posted to, then the holder
        ("The Governor of Mendoza, Argentina, Ines Roca, signed. Ambassador of Norway to Chile "
         "Lars Aune attended.", {("Ines Roca", "Governor", None), ("Lars Aune", "Ambassador", None)}),
    ],
)
def test_english_roles(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="en"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # ORG TITLE NAME
        ("商务部副部长马秀红出席会议。", {("马秀红", "副部长", "商务部")}),
        # ORG TITLE、TITLE NAME: the second title shares the organisation
        ("省贸促会副会长、一级巡视员傅强会见了客人。",
         {("傅强", "副会长", "省贸促会"), ("傅强", "一级巡视员", "省贸促会")}),
        # ORG TITLE、ORG TITLE NAME: each title with its own organisation
        ("中共中央政治局委员、国务院副总理刘明出席开幕式。",
         {("刘明", "委员", "中共中央政治局"), ("刘明", "副总理", "国务院")}),
        # a list of title-name items shares the first organisation
        ("北京市贸促会会长张伟、副会长李强参加会见。",
         {("张伟", "会长", "北京市贸促会"), ("李强", "副会长", "北京市贸促会")}),
        # NAME TITLE with no organisation
        ("会上,赵学明会长介绍了情况。", {("赵学明", "会长", None)}),
        # a place title: no carried-over organisation
        ("浙江省委副书记、省长吕明出席。", {("吕明", "副书记", "浙江省委"), ("吕明", "省长", None)}),
        # the deputy of a body's head named before in the sentence holds the post there
        ("东川市贸促会会长沈建平会见代表团，副会长许丽娟参加会见。",
         {("沈建平", "会长", "东川市贸促会"), ("许丽娟", "副会长", "东川市贸促会")}),
    ],
)
def test_chinese_roles(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="zh"))


def test_role_offsets_point_into_the_text(extractor):
    text = "商务部副部长马秀红出席会议。"
    for r in extractor.extract(text).roles:
        for span in (r.person_span, r.title_span, r.org_span):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_surname_repeat_adds_no_triple(extractor):
    text = "Premier Li Keqiang met the guests. Premier Li said trade would grow."
    assert triples(extractor.extract(text, lang="en")) == {("Li Keqiang", "Premier", None)}


@pytest.mark.parametrize("text,absent", [
    # a post that also heads a state takes no body from the list's first item
    ("Orvell CEO Ana Lind and President Ken Ma met in Varn.", ("Ken Ma", "President", "Orvell")),
    # an academic post is no company subject's (the university's, named or not)
    ('Corvell Robotics Inc. and the Lakeside University today announced a joint lab. "It matters," '
     "said Provost Ana Lind.", ("Ana Lind", "Provost", "Corvell Robotics Inc.")),
    # the portfolio list does not give the first name the next name's title
    ("She was joined by Chief Secretary Ken Ma, Secretary for Security Al Ho.",
     ("Ken Ma", "Secretary for Security", None)),
    # a place's possessive title that is itself the apposition of the person before
    ("Li Wei, Peru's Minister of Energy, Luis Soto, and others met.",
     ("Luis Soto", "Minister of Energy", None)),
    # a second post closed by its own holder's name is that holder's
    ("It was signed by Ola Berg, Director of Tourism Norway, and the Consul of Peru in Oslo, "
     "Ana Ruiz.", ("Ola Berg", "Consul", None)),
    # a post joined to a body that no rule read, or that `its` refers to, is not org-less
    ("Ana Ruiz was Chief Operating Officer of Tarrow Vell Lines until 2024.",
     ("Ana Ruiz", "Chief Operating Officer", None)),
    ("Ana Ruiz was elected chair of its Shanghai chapter.", ("Ana Ruiz", "chair", None)),
    ("Tarvello's Trade Commissioner in Lima, Ana Ruiz, spoke.", ("Ana Ruiz", "Trade Commissioner", None)),
    # a diplomatic mission's post is no post of the chamber whose release names it
    ("Orvell, 7 May 2026 - The Orvell Chamber of Commerce today published its survey.\n\n"
     "It was launched by Deputy Head of Mission Ana Lind.",
     ("Ana Lind", "Deputy Head of Mission", "Orvell Chamber of Commerce")),
    # an ambassador in a body's delegation holds a place's post, not the body's
    ("It sent a delegation of the Orvell Chamber of Commerce, including Ambassador Jo Ames.",
     ("Jo Ames", "Ambassador", "Orvell Chamber of Commerce")),
    # `He` is not the person an honorific calls a woman, nor the predecessor replaced
    ("Ms Ana Ruiz met Ola Berg. He was previously Chief Financial Officer of Tarvo Foods Ltd.",
     ("Ana Ruiz", "Chief Financial Officer", "Tarvo Foods Ltd.")),
    ("Ana Ruiz replaces Tom Hale, who retires. She was previously Chief Financial Officer of "
     "Tarvo Foods Ltd.", ("Tom Hale", "Chief Financial Officer", "Tarvo Foods Ltd.")),
    # the firm after a name is no post of it (session 12)
    ("The Orvell Freight Association met today. Members elected Ivo Berg of Nordlys Freight AS as "
     "vice president.", ("Ivo Berg", "vice president", "Nordlys Freight AS")),
])
def test_english_roles_not_stated(extractor, text, absent):
    assert absent not in triples(extractor.extract(text, lang="en"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a wire release's subject holds the post of a bare apposition
        ("Orvane Systems Inc. (NASDAQ: ORVS) today announced results. \"We grew,\" said Jane Roe, "
         "Chief Financial Officer.",
         {("Jane Roe", "Chief Financial Officer", "Orvane Systems Inc.")}),
        # the subject through an apposition before the verb; titles coordinated in the apposition
        ("Tallis Foods Ltd., a maker of sauces, has signed a supply deal. Ben Ode, President and CEO, "
         "said demand was strong.",
         {("Ben Ode", "President", "Tallis Foods Ltd."), ("Ben Ode", "CEO", "Tallis Foods Ltd.")}),
        # `the company's TITLE NAME` and `NAME, the company's TITLE`: the release's subject
        ("Orvane Systems Inc. announced a plan. The company's chief executive Tom Lee spoke. "
         "Ann Ray, the company's chief financial officer, agreed.",
         {("Tom Lee", "chief executive", "Orvane Systems Inc."),
          ("Ann Ray", "chief financial officer", "Orvane Systems Inc.")}),
        # the boilerplate heading `About X` names the subject
        ("Sales rose by a third, said Kim Obi, Chief Operating Officer.\n\nAbout Velda Robotics GmbH\n"
         "Velda Robotics GmbH builds arms.",
         {("Kim Obi", "Chief Operating Officer", "Velda Robotics GmbH")}),
        # `TITLE of the NOUN`: the last ORG whose name has that noun; a passive appointment verb
        ("The Danube Trade Council met in Vienna. Ole Sand was elected treasurer of the Council.",
         {("Ole Sand", "treasurer", "Danube Trade Council")}),
        # descriptions repeated twice make the subject; it is named by its fullest mention
        ("Nordic Chamber Elects Board\n\nThe Nordic Union Chamber of Commerce in Peru met on Monday. "
         "The Chamber thanked members and the Chamber's staff.\n  • Eva Lind was confirmed as president.",
         {("Eva Lind", "president", "Nordic Union Chamber of Commerce in Peru")}),
        # a surname-only mention with a title not stated before: the full name the text gives
        ("Zora Mbeki joined the bank in 2004. Mbeki is head of trade finance.",
         {("Zora Mbeki", "head of trade finance", None)}),
        # NAME, REGION TITLE: a post of that place, no organisation
        ("Guests included Kurt Vogel, EU Sales Director, and others.",
         {("Kurt Vogel", "Sales Director", None)}),
        # `the Company` after a partner company: the subject, named in part in between
        ("Kestrel Labs Inc. today announced a deal with Orvane Co., Ltd. Kestrel will grow, "
         "said the Company's CEO, Jane Roe.", {("Jane Roe", "CEO", "Kestrel Labs Inc.")}),
        # a regional post of a body: TITLE of [Unit] REGION of/at ORG
        ("Ann Lo, senior vice president of New Polymer Site China of Kestrel Labs, spoke.",
         {("Ann Lo", "senior vice president", "Kestrel Labs")}),
        ("Ann Lo, president of Greater China at Kestrel Labs, spoke.",
         {("Ann Lo", "president", "Kestrel Labs")}),
        # `its` before a title: the nearest body before it, also across `new`
        ("Kestrel Labs Inc. opened a plant. Jane Roe, its chief executive, spoke.",
         {("Jane Roe", "chief executive", "Kestrel Labs Inc.")}),
        ("The Orvane Council met. Its Secretary-General Ann Lo spoke.",
         {("Ann Lo", "Secretary-General", "Orvane Council")}),
        ("Kestrel Labs appointed Jane Roe as its new chief executive.",
         {("Jane Roe", "chief executive", "Kestrel Labs")}),
        # `Its` opening a sentence: the last sentence's subject, not an object after it
        ("Founded in 1990, Kestrel Labs GmbH sells pumps to Orvane Ltd and Bolt AG. Its managing "
         "director, Jane Roe, spoke.", {("Jane Roe", "managing director", "Kestrel Labs GmbH")}),
        ("OSLO (Wire) -- Pump sales to Norway rose, Kestrel Labs said. Its director-general, Ann "
         "Lo, spoke.", {("Ann Lo", "director-general", "Kestrel Labs")}),
        # ORG's TITLE, NAME: the title before the name's apposition
        ("Kestrel Labs' CEO, Jane Roe, said so.", {("Jane Roe", "CEO", "Kestrel Labs")}),
        # the signature form: NAME (TITLE, ORG); NAME, TITLE, REGION, ORG, said
        ("Jane Roe (CEO, Kestrel Labs) said so.", {("Jane Roe", "CEO", "Kestrel Labs")}),
        ("Jane Roe, Managing Director, Asia Pacific, Kestrel Labs, said so.",
         {("Jane Roe", "Managing Director", "Kestrel Labs")}),
        # a bare title before the name in a company's release: the subject company's post
        ("Velda Robotics GmbH today announced a plant. \"We grow,\" said Chief Financial Officer "
         "Tom Ode.", {("Tom Ode", "Chief Financial Officer", "Velda Robotics GmbH")}),
        ("Orvane Systems Inc. today reported results. President and CEO Ana Ruiz said demand held.",
         {("Ana Ruiz", "President", "Orvane Systems Inc."), ("Ana Ruiz", "CEO", "Orvane Systems Inc.")}),
        ("Orvane Systems Inc. today reported results. Former Chief Risk Officer Ian Bell left in May.",
         {("Ian Bell", "Chief Risk Officer", "Orvane Systems Inc.")}),
        # a post taken: `will become TITLE of the company`, `who served as TITLE`
        ("Orvane Systems Inc. today announced that Ana Ruiz will become chief executive officer of "
         "the company.", {("Ana Ruiz", "chief executive officer", "Orvane Systems Inc.")}),
        ("Ana Ruiz, who previously served as treasurer of the Danube Trade Council, spoke.",
         {("Ana Ruiz", "treasurer", "Danube Trade Council")}),
        # `A (, who) joined ORG in YEAR as TITLE`: the post at the body joined
        ("Ana Ruiz joined Kestrel Labs in 2019 as chief operating officer.",
         {("Ana Ruiz", "chief operating officer", "Kestrel Labs")}),
        ("Ana Ruiz, who joined Kestrel Labs as treasurer, spoke.",
         {("Ana Ruiz", "treasurer", "Kestrel Labs")}),
        # a successor holds the title stated for the holder before, and so does that holder
        ("Ana Ruiz succeeded Ian Bell as CEO of Kestrel Labs in 2015.",
         {("Ana Ruiz", "CEO", "Kestrel Labs"), ("Ian Bell", "CEO", "Kestrel Labs")}),
        # leaving a post states it too
        ("Ana Ruiz replaces Ian Bell, who will step down as CEO of Kestrel Labs.",
         {("Ian Bell", "CEO", "Kestrel Labs")}),
        # a bare possessive before a title names the body (`Labs'` ends the name)
        ("Orvane Systems Inc. today announced a deal. Kestrel Labs' Chief Executive Officer "
         "Jane Roe welcomed it.", {("Jane Roe", "Chief Executive Officer", "Kestrel Labs")}),
        # the predecessor's post a relative clause states is at the body of the successor's
        # post of the same head; a post left after a duration or held while a search goes on is
        # the subject's
        ("The Tolland Institute appointed Dr Rhea Marsh as Dean of the School of Design. She "
         "succeeds Professor Lev Kato, who has been Acting Dean since June.",
         {("Rhea Marsh", "Dean", "School of Design"),
          ("Lev Kato", "Acting Dean", "School of Design")}),
        ("Corlan Freight Inc. today announced that Eva Lind will become Chief Financial Officer. "
         "She succeeds Tim Rowe, "
         "who retires as CFO after twelve years with the company.",
         {("Eva Lind", "Chief Financial Officer", "Corlan Freight Inc."),
          ("Tim Rowe", "CFO", "Corlan Freight Inc.")}),
        ("Corlan Freight Inc. today reported results. Ana Ruiz, Chief Financial Officer, was named "
         "interim Chief Operating Officer while the board searches for a successor.",
         {("Ana Ruiz", "Chief Financial Officer", "Corlan Freight Inc."),
          ("Ana Ruiz", "Chief Operating Officer", "Corlan Freight Inc.")}),
        # the body left when the body joined is named too; a perfect copula after `where`
        ("Marlow Systems Inc. today named Paula Reyes as Chief Operating Officer. Ms. Reyes joins "
         "Marlow Systems from Vantage Grain Corp., where she has been President since 2021.",
         {("Paula Reyes", "President", "Vantage Grain Corp.")}),
        # a surname repeat holding the same title at another body states another post
        ("Kestrel Mining Limited today announced that Director Margaret Ng will succeed him as "
         "Chair. Ms Ng is Chair of Wattle Energy Ltd and a director of the Perth Chamber of "
         "Commerce.",
         {("Margaret Ng", "Chair", "Kestrel Mining Limited"),
          ("Margaret Ng", "Chair", "Wattle Energy Ltd"),
          ("Margaret Ng", "director", "Perth Chamber of Commerce")}),
        # `retired`, `outgoing` before an apposed post; `will succeed him as`; `act as`
        ("The board added Dan Ortiz, retired Chief Operating Officer of Garvin Steel Co.",
         {("Dan Ortiz", "Chief Operating Officer", "Garvin Steel Co.")}),
        ("Marlow Systems Inc. today announced that Executive Chairman Tom Reed will become "
         "Chairman Emeritus, and that Lead Independent Director Ana Vance will succeed him as "
         "Chair of the Board. \"We grew,\" said Ms Kline, outgoing President.",
         {("Tom Reed", "Chairman Emeritus", "Marlow Systems Inc."),
          ("Ana Vance", "Chair of the Board", "Marlow Systems Inc."),
          ("Kline", "President", "Marlow Systems Inc.")}),
        ("Marlow Systems Inc. today reported results. Jane Moss, currently Deputy General Counsel, "
         "will act as General Counsel until a successor is appointed.",
         {("Jane Moss", "General Counsel", "Marlow Systems Inc.")}),
        ("\"We agree,\" said Taro Ito, President and Representative Director of Kaneda Industries.",
         {("Taro Ito", "President", "Kaneda Industries"),
          ("Taro Ito", "Representative Director", "Kaneda Industries")}),
        # `named T, succeeding B`: T is the successor's; B's post is not stated
        ("Velda Robotics GmbH today named Ana Ruiz as Chief Financial Officer, succeeding Ian Bell.",
         {("Ana Ruiz", "Chief Financial Officer", "Velda Robotics GmbH")}),
        # titles coordinated after a possessive: both at the body
        ("\"We grow,\" said Kestrel Labs' President and Chief Executive Officer, Jane Roe.",
         {("Jane Roe", "President", "Kestrel Labs"), ("Jane Roe", "Chief Executive Officer", "Kestrel Labs")}),
        ("Ana Ruiz most recently served as treasurer of the Danube Trade Council.",
         {("Ana Ruiz", "treasurer", "Danube Trade Council")}),
        # a place's title that companies have too is the company's post in its release
        ("Orvane Systems Inc. today announced results. \"We grew,\" said Jane Roe, Chief "
         "Executive.", {("Jane Roe", "Chief Executive", "Orvane Systems Inc.")}),
        # a bare apposition going on with `since`; `is the former TITLE of ORG and served as ...`
        ("Orvane Systems Inc. today announced a plan. Ana Ruiz, a director since 2020, agreed.",
         {("Ana Ruiz", "director", "Orvane Systems Inc.")}),
        ("Orvane Systems Inc. today announced a plan. Ana Ruiz was named CFO in March 2023.",
         {("Ana Ruiz", "CFO", "Orvane Systems Inc.")}),
        # an academic title is a university subject's post (not a company's: below)
        ("The University of Tarn today announced that Ana Ruiz was appointed chancellor.",
         {("Ana Ruiz", "chancellor", "University of Tarn")}),
        ("Ana Ruiz is the former President of Alder University and served as Chief Technology "
         "Officer of Quantix Systems Inc. until 2018.",
         {("Ana Ruiz", "President", "Alder University"),
          ("Ana Ruiz", "Chief Technology Officer", "Quantix Systems Inc.")}),
        # the next item of a list of bare titles is the subject's post too
        ("Acme Holdings Ltd. today announced results. Chief Executive Officer Ana Ruiz and Chief "
         "Financial Officer Ed Yee will host a call.",
         {("Ana Ruiz", "Chief Executive Officer", "Acme Holdings Ltd."),
          ("Ed Yee", "Chief Financial Officer", "Acme Holdings Ltd.")}),
        # TITLE NAME of/at ORG: the body after the name, not the subject
        ("Orvane Systems Inc. today announced a deal. \"It helps,\" said Chief Economist Tom Lee "
         "of Polaris Bank. Managing Director Ana Ruiz at Kestrel Capital Group agreed.",
         {("Tom Lee", "Chief Economist", "Polaris Bank"),
          ("Ana Ruiz", "Managing Director", "Kestrel Capital Group")}),
        # a plural title after a list of names: one role per person, also through `all of whom`;
        # `their` refers to a body named elsewhere, so that title takes no subject
        ("The Danube Trade Council met. The Council thanked the Council staff. Members elected "
         "Ana Ruiz, Ian Bell and Bo Kent as their respective chairs, all of whom will also serve "
         "as national vice presidents.",
         {("Ana Ruiz", "chairs", None), ("Ian Bell", "chairs", None), ("Bo Kent", "chairs", None),
          ("Bo Kent", "national vice presidents", "Danube Trade Council")}),
        ("Orvane Systems Inc. today announced that Tom Hale and Li Na were named vice presidents.",
         {("Tom Hale", "vice presidents", "Orvane Systems Inc."),
          ("Li Na", "vice presidents", "Orvane Systems Inc.")}),
        ("Ana Ruiz replaces outgoing Kestrel Labs chairman Ian Bell.",
         {("Ana Ruiz", "chairman", "Kestrel Labs"), ("Ian Bell", "chairman", "Kestrel Labs")}),
        # a legal form of the org patterns (ASA) makes the full name the subject's fullest
        ("Vardo Ferries ASA today announced that its board has appointed Ola Berg as Chief "
         "Financial Officer.\n\nAbout Vardo Ferries\nVardo Ferries runs 40 routes.",
         {("Ola Berg", "Chief Financial Officer", "Vardo Ferries ASA")}),
        # leaving a post on a date, taking one with its start; `to succeed him as`
        ("Corlan Freight Inc. announced today that Tim Rowe will step down as President on "
         "December 31. The board has named Eva Lind, currently Chief Operating Officer, to "
         "succeed him as President effective January 1.",
         {("Tim Rowe", "President", "Corlan Freight Inc."),
          ("Eva Lind", "Chief Operating Officer", "Corlan Freight Inc."),
          ("Eva Lind", "President", "Corlan Freight Inc.")}),
        # `promoted to`; the subject as the sentence names it
        ("Tarvik Logistics Inc. announced results today. Tarvik also said that Raj Patel has been "
         "promoted to Chief Commercial Officer.",
         {("Raj Patel", "Chief Commercial Officer", "Tarvik")}),
        # elected for a term; `whose TITLE, NAME`
        ("The Danish Chamber of Commerce in Singapore announced today that Mette Holm has been "
         "elected Chair for a two-year term. It thanked the Nordic Business Council, whose "
         "president, Lars Eng, attended.",
         {("Mette Holm", "Chair", "Danish Chamber of Commerce in Singapore"),
          ("Lars Eng", "president", "Nordic Business Council")}),
        # a members' body's release: the post before the name is its own; a copula holder
        ("The Danish Chamber of Commerce in Singapore announced today its new board. \"We are "
         "ready,\" said Executive Director Sofie Dahl. The Chamber's new Treasurer is Jens Madsen.",
         {("Sofie Dahl", "Executive Director", "Danish Chamber of Commerce in Singapore"),
          ("Jens Madsen", "Treasurer", "Danish Chamber of Commerce in Singapore")}),
        # `its` stands for the body a definite description referred to last
        ("The Consulate General of Peru in Shanghai hosted a fair with the Jiangsu Provincial "
         "Department of Commerce. The Consulate's team, led by its Commercial Attache, Rosa "
         "Vega, met buyers.",
         {("Rosa Vega", "Commercial Attache", "Consulate General of Peru in Shanghai")}),
        # the post held where the person came from; `will join as`
        ("Orvane Systems Inc. today announced that Tom Baker will join as Chief Technology "
         "Officer. Baker joins from Vantor Devices Ltd., where he served as Vice President of "
         "Engineering.",
         {("Tom Baker", "Chief Technology Officer", "Orvane Systems Inc."),
          ("Tom Baker", "Vice President of Engineering", "Vantor Devices Ltd.")}),
        # a contact block, one field a line; an age apposition; a unit described before its name
        ("Orvane Systems Inc. said today that Karl Roth, president of its European subsidiary, "
         "Orvane Europe GmbH, will retire. Orvane also named Greta Marsh, 48, as treasurer.\n\n"
         "Media contact:\nHanna Berg\nVice President, Investor Relations\nOrvane Systems Inc.\n",
         {("Karl Roth", "president", "Orvane Europe GmbH"),
          ("Greta Marsh", "treasurer", "Orvane"),
          ("Hanna Berg", "Vice President, Investor Relations", "Orvane Systems Inc.")}),
        # a headline's short name stands for the fuller name the body's dateline sentence
        # opens with; a relative clause before `will become`
        ("Sorvik Energy Announces Leadership Changes\n\nHOUSTON, Feb. 2, 2026 (BUSINESS WIRE) -- "
         "Sorvik Energy Partners LP today announced that Chief Operating Officer Dana Cole will "
         "become Chief Executive Officer. Tom Hart, who has led the partnership since 2014, will "
         "become Executive Chairman.",
         {("Dana Cole", "Chief Operating Officer", "Sorvik Energy Partners LP"),
          ("Tom Hart", "Executive Chairman", "Sorvik Energy Partners LP")}),
        # a signature field closed by the body it is at, also a region's
        ("Ivy Chen, Vice President, Digital Commerce at Harlow Retail Group, and Olga Berg, "
         "Managing Director, Asia at Maplewind Renewables, spoke.",
         {("Ivy Chen", "Vice President, Digital Commerce", "Harlow Retail Group"),
          ("Olga Berg", "Managing Director", "Maplewind Renewables")}),
        # `its` after a bracketed short form stands for the name it defines; a capitalised
        # field after `Head of`
        ("The Danish Chamber of Commerce in Vietnam (DanCham Vietnam) co-hosted the event. Its "
         "Chief Representative, Lars Holm, spoke. Ida Berg, Head of Wealth Management at "
         "Castlegate Private Bank, attended.",
         {("Lars Holm", "Chief Representative", "Danish Chamber of Commerce in Vietnam"),
          ("Ida Berg", "Head of Wealth Management", "Castlegate Private Bank")}),
        # a subject named by its bracketed short form holds the posts before names
        ("The Nordic Chamber of Commerce in Beijing (NordCham Beijing) today released a survey. "
         "Chair Eva Dahl noted that exports rose.",
         {("Eva Dahl", "Chair", "Nordic Chamber of Commerce in Beijing")}),
        # `She joins from ORG, where she was TITLE`: the person named before
        ("Orvell Bank today announced the appointment of Ana Ruiz as Head of Markets, effective "
         "1 April. She joins from Tarrow Capital Ltd., where she was Chief Investment Officer.",
         {("Ana Ruiz", "Chief Investment Officer", "Tarrow Capital Ltd.")}),
        # ... with the body's seat between
        ("Orvell Bank today announced the appointment of Ana Ruiz as Head of Markets, effective "
         "1 April. She joins from Tarrow Capital Ltd. in Lisbon, where she was Chief Investment Officer.",
         {("Ana Ruiz", "Chief Investment Officer", "Tarrow Capital Ltd.")}),
        # a post held `at` a firm no other rule reads (orgs.py, `en.org.held_at`)
        ("Ida Lund, Vice President of Sales at Tarvel Brandt, spoke.",
         {("Ida Lund", "Vice President of Sales", "Tarvel Brandt")}),
        # `Its TITLE` opening a sentence: the body the sentence before opened with
        ("Orvell Labs AB today opened a site. Orvell Labs AB was founded in Lund, Sweden, in "
         "2016. Its Chief Scientific Officer, Ana Ruiz, will lead the site.",
         {("Ana Ruiz", "Chief Scientific Officer", "Orvell Labs AB")}),
        # `the unit's` post: the company-like body named last (the subsidiary)
        ("Orvell Steel Company said that Karl Hoff, president of its subsidiary, Orvell Steel "
         "Europe GmbH, will retire. Ana Ruiz, currently the unit's vice president of sales, "
         "succeeds him.", {("Ana Ruiz", "vice president of sales", "Orvell Steel Europe GmbH")}),
        ("Orvell Systems Inc. today named Ana Ruiz, currently Finance Director, as CFO.",
         {("Ana Ruiz", "Finance Director", "Orvell Systems Inc.")}),
        ("Ana Ruiz most recently was treasurer of Tarrow Industries Inc.",
         {("Ana Ruiz", "treasurer", "Tarrow Industries Inc.")}),
        # a body that appoints a person `as` a post holds it, not the release's subject; a
        # headline's appointment names the body by its fullest name
        ("Orvell Systems Inc. today announced results. Tarrow Industries Inc. has named Ana Ruiz "
         "as Chief Financial Officer.",
         {("Ana Ruiz", "Chief Financial Officer", "Tarrow Industries Inc.")}),
        ("Orvell Systems appoints Ana Ruiz as Chair of the Board\n\nOrvell Systems Inc. today "
         "announced that its board elected Ana Ruiz as Chair.",
         {("Ana Ruiz", "Chair of the Board", "Orvell Systems Inc."), ("Ana Ruiz", "Chair", "Orvell Systems Inc.")}),
        # `promoted A to TITLE`: the post given, at the subject company
        ("Orvell Systems Inc. today announced results. The company also promoted Ana Ruiz to "
         "Chief Business Officer.", {("Ana Ruiz", "Chief Business Officer", "Orvell Systems Inc.")}),
        # a chamber's chief executive runs its secretariat, as a company's runs the company
        ("The Nordic Chamber of Commerce in Beijing today released a survey. Chief Executive "
         "Eva Dahl noted that exports rose.",
         {("Eva Dahl", "Chief Executive", "Nordic Chamber of Commerce in Beijing")}),
        # a bare apposition closed by a clause on the change is the subject's post too
        ("Orvell Systems Inc. today announced results. The company also named Ana Ruiz, Vice "
         "President, Treasury, as interim Chief Financial Officer following the exit of Bo Tam.",
         {("Ana Ruiz", "Vice President, Treasury", "Orvell Systems Inc."),
          ("Ana Ruiz", "Chief Financial Officer", "Orvell Systems Inc.")}),
        # `the promotions of A to X and of B to Y`: the posts given, at the subject company
        ("Orvell Systems Inc. today announced the promotions of Ana Ruiz to Chief Legal Officer "
         "and of Bo Tam to Chief People Officer.",
         {("Ana Ruiz", "Chief Legal Officer", "Orvell Systems Inc."),
          ("Bo Tam", "Chief People Officer", "Orvell Systems Inc.")}),
        # a university's release: its definite posts (`the Provost, Dr X`), titles joined by
        # `and` sharing the article, and the chair of its governing council are its own
        ("The University of Dunmore has announced a new library. Opening it, the Provost and Vice-"
         "President, Professor Ruth Amadi, thanked donors. The Chair of Council, Colin Baird, "
         "and the Chief Operating Officer, Maya Fenn, attended.",
         {("Ruth Amadi", "Provost", "University of Dunmore"),
          ("Ruth Amadi", "Vice-President", "University of Dunmore"),
          ("Colin Baird", "Chair of Council", "University of Dunmore"),
          ("Maya Fenn", "Chief Operating Officer", "University of Dunmore")}),
        # a subject with no legal form is a company where a listing or a company apposition
        # follows its name: a leading post is then its own
        ("Pellworth Analytics (NASDAQ: PLWT), the payroll software company, today reported revenue and said "
         "Chief Financial Officer Ines Brandt will retire.",
         {("Ines Brandt", "Chief Financial Officer", "Pellworth Analytics")}),
        # a plural post in apposition to a list whose items carry their own appositions
        ("The Elmstead Trust today announced its new board. It has appointed three new trustees, "
         "Omar Fell, a partner at Crane Rudd LLP, Lea Voss, and Ian Marr, Finance Director of "
         "Tarn Mills Ltd.",
         {("Omar Fell", "trustees", "Elmstead Trust"), ("Lea Voss", "trustees", "Elmstead Trust"),
          ("Ian Marr", "trustees", "Elmstead Trust"), ("Omar Fell", "partner", "Crane Rudd LLP"),
          ("Ian Marr", "Finance Director", "Tarn Mills Ltd.")}),
        # names with their own appositions (and an honorific after `and`) listed before the
        # plural post a verb gives them
        ("The Harbour City Chamber of Commerce today held its annual meeting. Mr Omar Fell, "
         "Chief Executive Officer of Crane Rudd Ltd, and Ms Lea Voss, Senior Partner of Voss & Co, "
         "were elected Deputy Chairmen.",
         {("Omar Fell", "Deputy Chairmen", "Harbour City Chamber of Commerce"),
          ("Lea Voss", "Deputy Chairmen", "Harbour City Chamber of Commerce"),
          ("Omar Fell", "Chief Executive Officer", "Crane Rudd Ltd"),
          ("Lea Voss", "Senior Partner", "Voss & Co")}),
        # `of the board` names the release's own board: the subject's post
        ("Orvell Systems Inc. (NYSE: ORV) today announced results. \"We grew,\" said Ana Ruiz, "
         "Lead Independent Director of the board.",
         {("Ana Ruiz", "Lead Independent Director", "Orvell Systems Inc.")}),
        # a post's remit after a comma does not end the holder's chain of posts
        ("Orvell Systems Inc. today announced changes. Ana Ruiz, General Manager, Southern Africa, "
         "is promoted to Senior Vice President and Head of Africa.",
         {("Ana Ruiz", "General Manager", "Orvell Systems Inc."),
          ("Ana Ruiz", "Senior Vice President", "Orvell Systems Inc."),
          ("Ana Ruiz", "Head of Africa", "Orvell Systems Inc.")}),
        # a co-holder after the last post closes the chain: the posts are the subject's
        ("Orvell Systems Inc. today announced changes. The firm said Ana Ruiz, head of treasury, "
         "will become co-head of finance alongside Bo Tam.",
         {("Ana Ruiz", "head of treasury", "Orvell Systems Inc."),
          ("Ana Ruiz", "co-head of finance", "Orvell Systems Inc.")}),
        # `its` after a verb that gives the post: the body that names the holder, a definite
        # description (`The joint venture`) of the body an apposition described so, not the
        # holder's own employer (`at Tarn`, `Crane's Vice President`)
        ("Tarn Mills ASA and Crane Rudd Ltd. today agreed to form Elm Cell AS, a joint venture "
         "that will build a plant in Norway. The joint venture will be led by Ana Ruiz, currently "
         "Vice President of Operations at Tarn Mills ASA, who has been named its Chief Executive "
         "Officer. Crane Rudd's Head of Research, Bo Tam, will serve as its Chief Operating Officer.",
         {("Ana Ruiz", "Vice President of Operations", "Tarn Mills ASA"),
          ("Ana Ruiz", "Chief Executive Officer", "Elm Cell AS"),
          ("Bo Tam", "Head of Research", "Crane Rudd"),
          ("Bo Tam", "Chief Operating Officer", "Elm Cell AS")}),
    ],
)
def test_english_roles_referred_org(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="en"))


@pytest.mark.parametrize(
    "text,absent",
    [
        # a public-office title never takes the subject company
        ("Orvane Systems Inc. today announced a plant. Sam Hill, Ambassador, attended.",
         ("Sam Hill", "Ambassador", "Orvane Systems Inc.")),
        # a portfolio (`Secretary for ...`) is a public office too
        ("The Trade Department today announced rules. Tom Lau, Secretary for Commerce, said so.",
         ("Tom Lau", "Secretary for Commerce", "Trade Department")),
        # a title joined to a place is that place's
        ("Orvane Systems Inc. today announced a plant. Li Ming, President of Peru, said so.",
         ("Li Ming", "President", "Orvane Systems Inc.")),
        # no subject: a bare apposition keeps no organisation
        ("Prices rose, said Jane Roe, Chief Financial Officer.",
         ("Jane Roe", "Chief Financial Officer", "Prices")),
        # `its` after a place: the place's title takes no org
        ("The Kestrel Group met China and its Vice Premier Liu Wei.",
         ("Liu Wei", "Vice Premier", "Kestrel Group")),
        # the title of the person before is not the next name's
        ("Jane Roe, Kestrel Labs' CEO, Tom Hale and Ann Lo spoke.", ("Tom Hale", "CEO", "Kestrel Labs")),
        # an ORG that goes on into the clause is not the signature form
        ("Jane Roe, CEO, Kestrel Labs will grow.", ("Jane Roe", "CEO", "Kestrel Labs")),
        # `the firm Acme`: an apposition to a name, not a reference to the subject
        ("Orvane Systems Inc. today announced a deal with the firm Kestrel. Bo Wu, chairman of the "
         "firm Kestrel, spoke.",
         ("Bo Wu", "chairman", "Orvane Systems Inc.")),
        # a bare title before a name takes only a company subject, not a ministry's
        ("The Trade Department today announced rules. President Ana Ruiz welcomed them.",
         ("Ana Ruiz", "President", "Trade Department")),
        # a military rank or public office before a name never takes the subject company
        ("Orvane Systems Inc. today announced a plant. Lt. Gen. Ian Bell attended.",
         ("Ian Bell", "Lt. Gen.", "Orvane Systems Inc.")),
        ("Orvane Systems Inc. today announced a plant. Trade Minister Ian Bell attended.",
         ("Ian Bell", "Trade Minister", "Orvane Systems Inc.")),
        ("Orvane Systems Inc. today announced a lab. Professor Ian Bell said it would help.",
         ("Ian Bell", "Professor", "Orvane Systems Inc.")),
        # a title that opens with its body's noun names that body (`group CEO`)
        ("Orvane Systems Inc. today announced a plan after group CEO Ian Bell left.",
         ("Ian Bell", "group CEO", "Orvane Systems Inc.")),
        # `the TITLE, NAME` inside a sentence with the name going on: no apposition
        ("They thanked the Chairman, Ana Ruiz and Ian Bell for coming.",
         ("Ana Ruiz", "Chairman", None)),
        # TITLE NAME of REGION: the place's post, not the subject's
        ("Orvane Systems Inc. today announced a plant. Governor Ana Ruiz of Ohio came.",
         ("Ana Ruiz", "Governor", "Orvane Systems Inc.")),
        ("Orvane Systems Inc. today announced a plant. Director Ana Ruiz of Peru came.",
         ("Ana Ruiz", "Director", "Orvane Systems Inc.")),
        # ... but not in a government body's release
        ("The Trade Department today announced rules. Chief Executive Ana Ruiz welcomed them.",
         ("Ana Ruiz", "Chief Executive", "Trade Department")),
        # a capitalised word no rule read before the title names its body; the list's next
        # item shares that context
        ("Acme Holdings Ltd. today announced cuts. The Teamsters President Ron Gale and Vice "
         "President Ed Yee objected.", ("Ed Yee", "Vice President", "Acme Holdings Ltd.")),
        ("Acme Holdings Ltd. today announced cuts. The Teamsters President Ron Gale objected.",
         ("Ron Gale", "President", "Acme Holdings Ltd.")),
        # `, and` opens a clause: the body before it is no co-owner of the next title
        ("Tallis Inc. and Brightmoor Inc. today said they will form Cascadia Air. Brightmoor "
         "Chairman Owen Prescott will chair Cascadia Air, and Tallis Chief Operating Officer "
         "Renee Castillo will join it.", ("Renee Castillo", "Chief Operating Officer", "Cascadia Air")),
        # a chamber's release names the officials at its meeting by a definite post too
        ("The Harbour City Chamber of Commerce today held its annual meeting. The Financial "
         "Secretary, Mr Owen Tait, addressed members.",
         ("Owen Tait", "Financial Secretary", "Harbour City Chamber of Commerce")),
        # a definite post in a government body's release is no post of that body
        ("The Trade Department today announced rules. The Chief Executive, Mr Ian Bell, welcomed "
         "them.", ("Ian Bell", "Chief Executive", "Trade Department")),
        # a plural title with no list of names before it is nobody's post
        ("Orvane Systems Inc. today said Tom Hale spoke. The vice presidents agreed.",
         ("Tom Hale", "vice presidents", "Orvane Systems Inc.")),
        # a title after a listed name shares that name's context, not the subject's
        ("Orvane Systems Inc. today announced a deal. The union's head Ana Ruiz and Vice President "
         "Ian Bell objected.", ("Ian Bell", "Vice President", "Orvane Systems Inc.")),
    ],
)
def test_english_referred_org_not_stated(extractor, text, absent):
    assert absent not in triples(extractor.extract(text, lang="en"))


def test_no_org_without_subject(extractor):
    text = "Prices rose, said Jane Roe, Chief Financial Officer."
    assert triples(extractor.extract(text, lang="en")) == {("Jane Roe", "Chief Financial Officer", None)}


@pytest.mark.parametrize("name,names,expected", [
    ("卓", {"卓明远", "李四"}, "卓明远"),               # a surname
    ("阿里", {"阿里·哈桑"}, "阿里·哈桑"),               # a transliteration's first part
    ("阿里哈", {"阿里哈桑"}, None),                     # three characters are a name of their own
    ("史密斯", {"马克·史密斯"}, "马克·史密斯"),         # a transliteration's family name, last
    ("Okafor", {"Helen Okafor", "Okafor"}, "Helen Okafor"),
    ("Lee", {"Ann Lee", "Bo Lee"}, None),               # two people share the surname
    ("Helen Okafor", {"Helen Okafor"}, None),
    ("Sato", {"Sato Kenji"}, "Sato Kenji"),             # family name first
    ("Ortega", {"Luis Ortega Vidal"}, "Luis Ortega Vidal"),  # the first of two surnames
])
def test_short_form_of(name, names, expected):
    from extractor.components.role_links import short_form_of
    assert short_form_of(name, names) == expected


@pytest.mark.parametrize("text,expected,absent", [
    # a post whose field a possessive names is held at the body named before it in the sentence,
    # not at the release's subject
    ("Orvell Systems Inc. today named two directors. One is Dr Ann Ruiz, a partner at Brightwater "
     "Advisory and head of its energy practice.",
     ("Ann Ruiz", "head of its energy practice", "Brightwater Advisory"),
     ("Ann Ruiz", "head of its energy practice", "Orvell Systems Inc.")),
])
def test_english_possessive_field_body(extractor, text, expected, absent):
    got = triples(extractor.extract(text, lang="en"))
    assert expected in got and absent not in got


@pytest.mark.parametrize("text,expected,absent", [
    # a post left, then the next one taken: the body named after is the next post's alone
    ("She replaces Dr. Omar Hadley, who steps down as Chief Medical Officer to become Chief "
     "Scientific Officer at Vireo Bio.",
     ("Omar Hadley", "Chief Scientific Officer", "Vireo Bio"),
     ("Omar Hadley", "Chief Medical Officer", "Vireo Bio")),
    # a plural post over a list written with semicolons, each name with its own apposition
    ("The board welcomed three new trustees: Anil Mehra, Chief Financial Officer of Kinross "
     "Learning Inc.; Dr. Sophie Lavallee, Dean of Education at Laurentian College; and Tom Okafor, "
     "a partner at Gowan Baxter LLP.",
     ("Sophie Lavallee", "trustees", None), None),
    # a name whose post `whose`/`its` names is a firm's, not a person's
    ("The award went to Tideway Metrics, whose Chief Executive, Raj Pillai, accepted it.",
     ("Raj Pillai", "Chief Executive", "Tideway Metrics"), None),
    # the plural in apposition after a possessive
    ("The chamber's vice chairmen, David Okoro and Priya Lam, presented the awards.",
     ("Priya Lam", "vice chairmen", None), None),
])
def test_english_succession_lists_and_possessives(extractor, text, expected, absent):
    got = triples(extractor.extract(text, lang="en"))
    assert expected in got and (absent is None or absent not in got)


@pytest.mark.parametrize("text,expected", [
    # the body that announces the appointment of a person, an apposition describing it between
    ("VisitOrvell, the regional visitor agency, today announced the appointment of Ana Roe "
     "as Chief Executive.", {("Ana Roe", "Chief Executive", "VisitOrvell")}),
    # a seat taken on the board with an indefinite article
    ("Halder Mining Ltd said Tom Reyes, its Chief Financial Officer, will join the board as an "
     "executive director.", {("Tom Reyes", "executive director", "Halder Mining Ltd")}),
    # `its` skips the parent an apposition on the subject names
    ("Halder Mining Ltd, a unit of Borealis Plc, said Tom Reyes, its finance director, will retire.",
     {("Tom Reyes", "finance director", "Halder Mining Ltd")}),
])
def test_english_appointments(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="en", profile="fast"))


@pytest.mark.parametrize("text,expected", [
    # a plural post before its holders joined by a plural copula, as by a colon: one role each
    ("Corvane Logistics Ltd. reshaped its board. Its outside directors are Marta Quell and Oren Vask.",
     {("Marta Quell", "outside directors", "Corvane Logistics Ltd."),
      ("Oren Vask", "outside directors", "Corvane Logistics Ltd.")}),
    ("Corvane Logistics Ltd. said the new vice presidents are Lena Drost, Piet Hamar and Sonja Ruel.",
     {("Lena Drost", "vice presidents", "Corvane Logistics Ltd."),
      ("Piet Hamar", "vice presidents", "Corvane Logistics Ltd."),
      ("Sonja Ruel", "vice presidents", "Corvane Logistics Ltd.")}),
])
def test_english_plural_copula_lists(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="en"))


@pytest.mark.parametrize("text,expected,absent", [
    # names listed, then as many posts closed by `respectively`: paired in order, the `of ORG`
    # after the last post each post's; the nearest-name pairing the chain made gives way
    ("The delegation included Ilse Marr and Ruben Oka, Chairman and President of Orvell "
     "Shipping Co., Ltd. respectively.",
     {("Ilse Marr", "Chairman", "Orvell Shipping Co., Ltd."),
      ("Ruben Oka", "President", "Orvell Shipping Co., Ltd.")},
     {("Ruben Oka", "Chairman", "Orvell Shipping Co., Ltd.")}),
    ("Ada Vell and Tomas Rieh, previously Chief Executive Officer and Chief Scientific Officer "
     "of Morrow Bio Inc., respectively, will lead the merged group.",
     {("Ada Vell", "Chief Executive Officer", "Morrow Bio Inc."),
      ("Tomas Rieh", "Chief Scientific Officer", "Morrow Bio Inc.")},
     {("Tomas Rieh", "Chief Executive Officer", "Morrow Bio Inc.")}),
    ("Lena Sato, Piet Hamar and Oren Vask were elected Chair, Vice Chair and Treasurer, respectively.",
     {("Lena Sato", "Chair", None), ("Piet Hamar", "Vice Chair", None), ("Oren Vask", "Treasurer", None)},
     set()),
    # lists of unequal length pair nothing
    ("Lena Sato and Piet Hamar were elected Chair, Vice Chair and Treasurer, respectively.",
     set(), {("Lena Sato", "Chair", None)}),
])
def test_english_respectively(extractor, text, expected, absent):
    found = triples(extractor.extract(text, lang="en", profile="fast"))
    assert expected <= found and not absent & found


@pytest.mark.parametrize("text,expected", [
    # a second post after `and` with a résumé's adverb: the same holder's, at its own body
    ("Ms Rowe is Managing Director of Coastal Kilns Pty Ltd and a former board member of "
     "Orvell Ceramics Council.",
     {("Rowe", "Managing Director", "Coastal Kilns Pty Ltd"),
      ("Rowe", "board member", "Orvell Ceramics Council")}),
    ("Dr Ivo Tamm previously served as Executive Director of the Orvell Investment Board and "
     "before that as Chief Economist at Bank of Orvell.",
     {("Ivo Tamm", "Executive Director", "Orvell Investment Board"),
      ("Ivo Tamm", "Chief Economist", "Bank of Orvell")}),
    # a contact block's apposition that ends its line is a bare post: the releasing company's
    ("Halder Mining Ltd today announced a new plant in Orvell.\n\nMedia Contact:\n"
     "Kari Lund, Head of Communications\npress@haldermining.example",
     {("Kari Lund", "Head of Communications", "Halder Mining Ltd")}),
    # a headline's short name whose words the body's full name holds inflected: the full name
    ("Orvellian Embassy hosts trade forum\n\nTARN, 3 May 2026 - The Embassy of the Republic of "
     "Orvellia in Tarn today hosted a trade forum. Also speaking was the Trade Attache of the "
     "Embassy, Lena Sato.",
     {("Lena Sato", "Trade Attache", "Embassy of the Republic of Orvellia in Tarn")}),
    # a return to a post held before; a remit after the post names no body: the release's own
    ("TARN, 3 May 2026 - The Orvell Ministry of Mines announces new appointments. Mr Ivo Tamm "
     "will return to his post as Deputy Permanent Secretary responsible for licensing.",
     {("Ivo Tamm", "Deputy Permanent Secretary", "Orvell Ministry of Mines")}),
    # a body that hosts or holds an event is the release's subject
    ("The Orvell Freight Association hosted a forum on port tariffs today.\n\n"
     "\"We want fewer delays,\" said Lena Sato, Vice Chair.",
     {("Lena Sato", "Vice Chair", "Orvell Freight Association")}),
])
def test_english_predicates_and_subjects(extractor, text, expected):
    assert expected <= triples(extractor.extract(text, lang="en", profile="fast"))


@pytest.mark.parametrize("text,expected,absent", [
    # a chain of `the TITLE of X, NAME,` items: each name takes the title phrase right before
    # it, its `of` and `to` places and bracketed short form included (session 14)
    ("Speakers included the Deputy Minister of Energy of Chile, Ivo Berg, the Ambassador of "
     "Norway to Chile, Lena Sato, and the Country Director of the Orvell Development Bank, Kari Lund.",
     {("Ivo Berg", "Deputy Minister of Energy", None), ("Lena Sato", "Ambassador", None),
      ("Kari Lund", "Country Director", "Orvell Development Bank")},
     ("Ivo Berg", "Ambassador", None)),
    ("Present were the President of the Tarvo Trade Institute (TTI), Ana Ruiz, the Director of "
     "the Harbour Planning Bureau, Tom Hale, and others.",
     {("Ana Ruiz", "President", "Tarvo Trade Institute"),
      ("Tom Hale", "Director", "Harbour Planning Bureau")},
     ("Ana Ruiz", "Director", "Harbour Planning Bureau")),
    # an envoy's list of places a comma and `and` join
    ("It was opened by the Chilean Ambassador to Norway, Sweden and Finland, Rosa Vidal, on Monday.",
     {("Rosa Vidal", "Ambassador", None)}, None),
    ("It was opened by the Ambassador of Peru to Norway, Sweden, Finland and Iceland, Rosa Vidal.",
     {("Rosa Vidal", "Ambassador", None)}, None),
    # `the TITLE to the TITLE, NAME`: the post the phrase opens with is the name's
    ("The mission is led by the Special Adviser to the Minister of Trade, Ola Nord.",
     {("Ola Nord", "Special Adviser", None)}, ("Ola Nord", "Minister of Trade", None)),
    # `a visit to ORG, where TITLE NAME`: the host's post is at the body visited
    ("The mission will pay a visit to the Orvell Trade Office in Lima, where Executive Director "
     "Ken Ma will host a lunch.",
     {("Ken Ma", "Executive Director", "Orvell Trade Office in Lima")}, ("Ken Ma", "Executive Director", None)),
    ("The talks were held at the Orvell Freight Council (OFC), where Chairman Ivo Berg spoke.",
     {("Ivo Berg", "Chairman", "Orvell Freight Council")}, None),
    # a name that opens the list keeps the apposition after it (no chain before it)
    ("Ana Ruiz, Chief Executive of Tarvo Foods Ltd., Tom Hale, and others spoke.",
     {("Ana Ruiz", "Chief Executive", "Tarvo Foods Ltd.")}, ("Tom Hale", "Chief Executive", "Tarvo Foods Ltd.")),
    # a firm presented by its trade is a company subject: a post before the name is its own,
    # as a bare apposition's is
    ("Corvane Robotics launches picking arm\n\nBOSTON, Dec. 1, 2026 /PRNewswire/ -- Corvane "
     "Robotics, a maker of warehouse robots, today launched a picking arm. \"Speed matters,\" said "
     "Chief Executive Officer Ana Lind. Tom Hale, Chief Technology Officer, said it lifts 20 kg.",
     {("Ana Lind", "Chief Executive Officer", "Corvane Robotics"),
      ("Tom Hale", "Chief Technology Officer", "Corvane Robotics")}, None),
    ("Pellow launches payroll app\n\nLONDON, Dec. 1, 2026 /PRNewswire/ -- Pellow, a fintech startup "
     "based in Leeds, today launched a payroll app. \"It takes minutes,\" said Chief Executive Officer "
     "Ana Lind.", {("Ana Lind", "Chief Executive Officer", "Pellow")}, None),
    # a title phrase that runs on into a name with no comma is that name's, not the
    # apposition of the name before (session 19)
    ("Also present were Minister of State for Trade Dr Ivo Berg, Permanent Secretary of the Orvell "
     "Ministry of Trade Mrs Lena Sato, and others.",
     {("Ivo Berg", "Minister of State for Trade", None),
      ("Lena Sato", "Permanent Secretary", "Orvell Ministry of Trade")},
     ("Ivo Berg", "Permanent Secretary", "Orvell Ministry of Trade")),
    ("Also present were Minister of State for Trade Dr Ivo Berg, permanent secretary of the Orvell "
     "Ministry of Trade Mrs Lena Sato, and others.",
     {("Lena Sato", "permanent secretary", "Orvell Ministry of Trade")},
     ("Ivo Berg", "permanent secretary", "Orvell Ministry of Trade")),
])
def test_english_apposition_chains(extractor, text, expected, absent):
    for profile in ("fast", "accurate"):
        found = triples(extractor.extract(text, lang="en", doc_date="2026-12-01", profile=profile))
        assert expected <= found and absent not in found


@pytest.mark.parametrize("text,expected,absent", [
    # a verb of appointing, its object, then the post as complement with no `as` (session 15):
    # the appointing body holds it, by its fullest name
    ("OSLO, Norway, Dec. 1, 2026 /PRNewswire/ -- Vendral Shipping ASA (OSE: VND) today named Oda Brekke "
     "President and Chief Executive Officer, effective March 1.",
     {("Oda Brekke", "President", "Vendral Shipping ASA"),
      ("Oda Brekke", "Chief Executive Officer", "Vendral Shipping ASA")}, ("Oda Brekke", "President", None)),
    # the release's board elects: the subject holds the bare post; a second object after `and`
    ("Pellmoor Growers Association holds AGM\n\nLEEDS, 1 December 2026 – Pellmoor Growers Association "
     "today announced that members elected Tomas Greer Chair and Ruth Albery Treasurer at the annual "
     "general meeting.",
     {("Tomas Greer", "Chair", "Pellmoor Growers Association"),
      ("Ruth Albery", "Treasurer", "Pellmoor Growers Association")}, None),
    # a lowercase post after the name, with its body (session 17); without one, no role
    ("The Harrow Department of Development (HDD) today named Lena Voss director of its Office of "
     "International Trade.",
     {("Lena Voss", "director", "Office of International Trade")}, None),
    # the complement with its own body after `of`
    ("The board of Ardquay Holdings appointed Lena Farrow Chief Executive of Ardquay Marine Ltd.",
     {("Lena Farrow", "Chief Executive", "Ardquay Marine Ltd.")}, None),
    # `joins ORG as its new TITLE`: the body joined holds the post
    ("Brenna Talcott has joined Corvelle Analytics Inc. as its new Head of Sales.",
     {("Brenna Talcott", "Head of Sales", "Corvelle Analytics Inc.")}, None),
    # `of ORG's ORG`: the unit its parent's possessive names holds the post
    ("Iver Nash, Deputy Director of the Orvell Trade Council's Office of Export Finance, spoke.",
     {("Iver Nash", "Deputy Director", "Office of Export Finance")},
     ("Iver Nash", "Deputy Director", "Orvell Trade Council")),
    # a headline's appointment repeats the lead's: the body's triple names the body as the text does
    ("Kestrel Data Names Ana Lind CFO\n\nOSLO, Dec. 1, 2026 /PRNewswire/ -- Kestrel Data ASA today reported "
     "results. Kestrel also said that its Treasurer, Ana Lind, has been appointed CFO.",
     {("Ana Lind", "CFO", "Kestrel")}, ("Ana Lind", "CFO", "Kestrel Data ASA")),
])
def test_english_object_complements(extractor, text, expected, absent):
    for profile in ("fast", "accurate"):
        found = triples(extractor.extract(text, lang="en", doc_date="2026-12-01", profile=profile))
        assert expected <= found and absent not in found


@pytest.mark.parametrize("text,expected,absent", [
    # session 16, career clauses: an election names the member's firm, the post is the electing body's
    ("Harlow Brewers Association holds AGM\n\nYORK, 1 December 2026 – Harlow Brewers Association today announced "
     "that members elected Pia Sandoval of Kettlebrook Ales Ltd Deputy Chair and re-elected Ivo Marsh "
     "Treasurer.",
     {("Pia Sandoval", "Deputy Chair", "Harlow Brewers Association"), ("Ivo Marsh", "Treasurer", "Harlow Brewers Association")},
     ("Pia Sandoval", "Deputy Chair", "Kettlebrook Ales Ltd")),
    # the same with a firm no rule reads as a name: still the affiliation, not the post's body
    ("Harlow Brewers Association holds AGM\n\nYORK, 1 December 2026 – Harlow Brewers Association today announced "
     "that members elected Pia Sandoval of Quillon Tapworks Deputy Chair and re-elected Ivo Marsh Treasurer.",
     {("Pia Sandoval", "Deputy Chair", "Harlow Brewers Association")}, None),
    # a body the person came from, set apart by commas before `as`
    ("Harlow Brewers Association has appointed Noor Haddad, formerly of the Carlow Food Council, as Head of Policy.",
     {("Noor Haddad", "Head of Policy", "Harlow Brewers Association")},
     ("Noor Haddad", "Head of Policy", "Carlow Food Council")),
    # the founder's post `its` gives, the founding's year between
    ("The delegation includes Rosa Mendel, who founded Kettle Robotics Ltd in 2011 and serves as its chief executive.",
     {("Rosa Mendel", "chief executive", "Kettle Robotics Ltd")}, None),
    # a leaving holder's tenure: the post at the body the tenure names, or the release's subject
    ("Pelham Freight Ltd today named Ruth Calder as Chief Operating Officer, succeeding Tom Brack, who is "
     "retiring after 20 years with the company, the last six as Chief Operating Officer.",
     {("Tom Brack", "Chief Operating Officer", "Pelham Freight Ltd")}, None),
    ("The Northern Dairy Association named Ruth Calder Executive Director. Calder succeeds Tom Brack, "
     "who is retiring after 17 years as Executive Director.",
     {("Tom Brack", "Executive Director", "Northern Dairy Association")}, None),
    # the person's own post, then `, where she was previously` a post at the same body
    ("Pelham Freight Ltd today named Ruth Calder as Chief Operating Officer. Calder is currently Director "
     "of Operations at Dunmore Logistics, where she was previously Head of Planning.",
     {("Ruth Calder", "Head of Planning", "Dunmore Logistics")}, None),
    # a copula with a time adverbial before the post; `has been with ORG for N years, most recently as`
    ("Pelham Freight Ltd today named Ruth Calder as Chief Operating Officer. Calder was until June "
     "Chief Executive of Dunmore Logistics Ltd.",
     {("Ruth Calder", "Chief Executive", "Dunmore Logistics Ltd.")}, None),
    ("The health system also named Ruth Calder Chief Nursing Officer. Calder has been with Dunmore "
     "Hospital for 14 years, most recently as Director of Nursing.",
     {("Ruth Calder", "Director of Nursing", "Dunmore Hospital")}, None),
    # a lowercase remit after the post leaves it bare: the release's subject holds it
    ("Pelham Freight Ltd (LSE: PFL) today announced board changes. The Board has also appointed Ruth "
     "Calder as Senior Adviser on port strategy.",
     {("Ruth Calder", "Senior Adviser", "Pelham Freight Ltd")}, None),
    # degrees after the name before a passive appointment
    ("SAN DIEGO, Nov. 19, 2026 /PRNewswire/ -- Brightfen Therapeutics, Inc. (NASDAQ: BFT) today announced "
     "that Laura Bennett, M.D., has been appointed Chief Medical Officer.",
     {("Laura Bennett", "Chief Medical Officer", "Brightfen Therapeutics, Inc.")}, None),
    # a member's firm, then `as its` post: the electing body's; a chair who stood down after a tenure
    ("ABERDEEN, 20 November 2026 – The Grampian Dairy Farmers Association (GDFA) has elected Mhairi Gunn of "
     "Gunn Creamery Ltd as its Chair for the next two years. She takes over from Peter Walsh, who stood down after six years as Chair "
     "but remains on the board.",
     {("Mhairi Gunn", "Chair", "Grampian Dairy Farmers Association"),
      ("Peter Walsh", "Chair", "Grampian Dairy Farmers Association")}, ("Mhairi Gunn", "Chair", "Gunn Creamery Ltd")),
    # a duration before `as`; `Earlier in her career she`
    ("Brightfen Therapeutics, Inc. today named Ravi Menon as Chief Medical Officer. Earlier in his career he "
     "was a partner at Dovecot Advisory LLP. Menon previously served for twelve years as Chief Investment "
     "Officer at Gulfway Capital Partners LLC.",
     {("Ravi Menon", "partner", "Dovecot Advisory LLP"),
      ("Ravi Menon", "Chief Investment Officer", "Gulfway Capital Partners LLC")}, None),
    # an institute of technology's release names its own officers by their post
    ("GLASGOW, 17 November 2026 – The Carron Institute of Technology has appointed Professor Ada Kerr as Dean. "
     "The Principal and Vice-Chancellor, Professor Liam Shore, said the appointment was good news.",
     {("Liam Shore", "Principal", "Carron Institute of Technology")}, None),
    # a contact line: name, post, then the body and only the ways to reach them
    ("Growers in three provinces lost a third of their harvest, the agency said.\n\nFor media enquiries: "
     "Keo Vanna, Communication Specialist, FAO Cambodia, keo.vanna@fao.example\n",
     {("Keo Vanna", "Communication Specialist", "FAO")}, ("Keo Vanna", "Communication Specialist", None)),
    ("Tarnwell Instruments Inc. today reported results.\n\nInvestor Contact:\nDana Price, Vice President, "
     "Investor Relations, Tarnwell Instruments\n+1 617 555 0190",
     {("Dana Price", "Vice President, Investor Relations", "Tarnwell Instruments")}, None),
    # a contact block: the name's line, then the post's line closed by its body
    ("Tarnwell Instruments Inc. today reported results.\n\nMedia Contact:\nDana Price\nDirector of "
     "Communications, Tarnwell Instruments Inc.\n+1 617 555 0190\n",
     {("Dana Price", "Director of Communications", "Tarnwell Instruments Inc.")}, None),
    # a list of delegates, one a line: a list's mark, a dash or a bar between the fields; the
    # body closes each line (session 17)
    ("The mission leaves on Monday.\n\nDelegation:\n- Orla Kinsey, Director of Export Sales, Brackwater "
     "Orchards LLC\n- Tomas Rii, President, Felding Foods Inc.\n",
     {("Orla Kinsey", "Director of Export Sales", "Brackwater Orchards LLC"),
      ("Tomas Rii", "President", "Felding Foods Inc.")}, ("Tomas Rii", "President", None)),
    ("Speakers at the summit:\nMarta Vell – CEO, Oskarsby Foods Inc.\nDr. Ivo Laane – Secretary, Harrow "
     "Department of Agriculture\n",
     {("Marta Vell", "CEO", "Oskarsby Foods Inc."),
      ("Ivo Laane", "Secretary", "Harrow Department of Agriculture")}, None),
    ("Delegation members:\n\nName | Position | Organization\nKai Brenner | Chief Operating Officer | "
     "Pellow Marine Ltd.\n",
     {("Kai Brenner", "Chief Operating Officer", "Pellow Marine Ltd.")}, None),
    # a post added to one held (session 17)
    ("Tarnwell Instruments Inc. today reported results. The company also announced that Dana Price, Chief "
     "Financial Officer, will take on the additional role of Treasurer.",
     {("Dana Price", "Treasurer", "Tarnwell Instruments Inc.")}, None),
    # session 18: the body after `joins … from` is the one left; the post taken is the subject's
    ("Tarnwell Instruments Inc. today announced two appointments:\n- Dana Price joins as Chief Medical "
     "Officer from Orvale Therapeutics, where she was Vice President, Clinical Science.\n- Ivo Marsh "
     "joins from Pellow Marine Ltd. as General Counsel.\n",
     {("Dana Price", "Chief Medical Officer", "Tarnwell Instruments Inc."),
      ("Dana Price", "Vice President, Clinical Science", "Orvale Therapeutics"),
      ("Ivo Marsh", "General Counsel", "Tarnwell Instruments Inc.")},
     ("Dana Price", "Chief Medical Officer", "Orvale Therapeutics")),
    # `most recently` before a post in apposition, as `currently` (session 18)
    ("Tarnwell Instruments Inc. today announced that Dana Price, most recently Director, Supply Chain "
     "Planning, has been promoted to Vice President, Global Operations.",
     {("Dana Price", "Director, Supply Chain Planning", "Tarnwell Instruments Inc."),
      ("Dana Price", "Vice President, Global Operations", "Tarnwell Instruments Inc.")}, None),
    # a councillor's style between a place's post and the name (session 18)
    ("The visitors were received by the Lord Mayor of Leeds, Councillor Dana Price, on Monday.",
     {("Dana Price", "Lord Mayor", None)}, None),
    # field lines of a list (session 19): an elected board's labels are the electing body's posts,
    # the bracketed firm the holder's own (no post stated there), a line's body no next line's
    ("OSLO, 3 May 2026 - The Orvell Shipping Association today held its annual meeting.\n\n"
     "The General Assembly elected the following board:\nPresident: Kari Lund (Tarvo Foods AS)\n"
     "Vice Presidents: Peter Lindqvist (Pellow Marine AS), Lena Sato (Harrow Lines AB)\n",
     {("Kari Lund", "President", "Orvell Shipping Association"),
      ("Peter Lindqvist", "Vice Presidents", "Orvell Shipping Association"),
      ("Lena Sato", "Vice Presidents", "Orvell Shipping Association")},
     ("Peter Lindqvist", "Vice Presidents", "Tarvo Foods AS")),
    # `Full Name (ABBR) TITLE NAME`: the short form the title is written against (session 19)
    ("The mission was joined by Orvell Economic Development Corporation (OEDC) CEO Quentin Ellis.",
     {("Quentin Ellis", "CEO", "OEDC")}, ("Quentin Ellis", "CEO", "Orvell Economic Development Corporation")),
    # a list line's coordinated posts share the body that ends the line (session 19)
    ("Members of the delegation include:\n- Marisol Ferrante, Secretary and CEO, Harbor Development "
     "Corporation\n- Gregory Tillman, Secretary, Orvell Department of Agriculture\n",
     {("Marisol Ferrante", "Secretary", "Harbor Development Corporation"),
      ("Marisol Ferrante", "CEO", "Harbor Development Corporation"),
      ("Gregory Tillman", "Secretary", "Orvell Department of Agriculture")},
     ("Marisol Ferrante", "CEO", None)),
    # a company outline's posts are at the body its `Name:` field names
    ("OSAKA, June 2, 2026 - Tarvo Seiki Co., Ltd. today announced a joint venture with Pellow "
     "Chemical Co., Ltd.\n\nOutline of the joint venture\nName: Tarvo Pellow Materials (Wuxi) Co., Ltd.\n"
     "Chairman: Okada Ryo\nGeneral Manager: Kim Ji-woo\n",
     {("Okada Ryo", "Chairman", "Tarvo Pellow Materials (Wuxi) Co., Ltd."),
      ("Kim Ji-woo", "General Manager", "Tarvo Pellow Materials (Wuxi) Co., Ltd.")},
     ("Okada Ryo", "Chairman", "Tarvo Seiki Co., Ltd.")),
])
def test_english_career_clauses(extractor, text, expected, absent):
    for profile in ("fast", "accurate"):
        found = triples(extractor.extract(text, lang="en", doc_date="2026-12-01", profile=profile))
        assert expected <= found and absent not in found, (profile, found)


@pytest.mark.parametrize("text", [
    "Orvell's CEO", "the Hendersons' Chair", "Acme’s Director", "Acme’ Director", "Acme CEO", "it's Chair",
    "U.S.'s Trade Representative", "A&B's head",
])
def test_unread_owner_ends_as_the_gate_says(text):
    """`unread_body` searches for an owner only where the text ends as every UNREAD_OWNER match does."""
    from extractor.components.roles import OWNER_ENDS, UNREAD_OWNER
    start = text.rindex(" ") + 1
    for lo in range(start):
        if UNREAD_OWNER.search(text, lo, start):
            assert text.endswith(OWNER_ENDS, lo, start)
