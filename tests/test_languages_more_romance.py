"""More extraction checks in es, pt, it, fr: news-style sentences written for these tests (real
events, our own words), read with each language's data file. Each case names the legs
(from, to, category, count) and the date; negatives must give no exchange."""


import pytest

from tests.langcases import legs, rec

RU, UA = "Russia", "Ukraine"
P, B = "prisoners", "bodies"


def swap(n, m=None):
    return sorted([(RU, UA, P, n), (UA, RU, P, n if m is None else m)])


# an exchange named with only one side's figure: the other leg has no count
ONE_WAY_185 = [(RU, UA, P, 185), (UA, RU, P, None)]
ONE_WAY_303 = [(RU, UA, P, 303), (UA, RU, P, None)]


# (language, published, text, legs, date, mediators or None)
EXCHANGES = [
    # ---------------------------------------------------------------- Spanish
    ("es", "2026-01-29", "Rusia y Ucrania intercambiaron este jueves 157 prisioneros de guerra cada uno, según "
     "informó el Ministerio de Defensa ruso.", swap(157), "2026-01-29", None),
    ("es", "2025-10-02", "Un total de 185 militares ucranianos regresaron a casa tras un nuevo canje con Rusia, "
     "anunció el presidente Volodímir Zelenski.", ONE_WAY_185, "2025-10-02", None),
    ("es", "2026-01-29", "Los cuerpos de 1.000 soldados caídos fueron repatriados a Ucrania el pasado viernes, "
     "informó el Cuartel de Coordinación.", [(RU, UA, B, 1000)], "2026-01-23", None),
    ("es", "2025-06-26", "Kiev recibió hoy los restos mortales de 1.000 militares, mientras que Moscú recuperó los "
     "cuerpos de 19 soldados rusos.", sorted([(RU, UA, B, 1000), (UA, RU, B, 19)]), "2025-06-26", None),
    ("es", "2025-02-15", "Hamás liberó este sábado a tres rehenes israelíes e Israel excarceló a 369 presos "
     "palestinos en el marco del alto el fuego en Gaza.",
     sorted([("Hamas", "Israel", P, 3), ("Israel", "Palestinians", P, 369)]), "2025-02-15", None),
    ("es", "2025-05-24", "Ucrania y Rusia canjearon ayer 390 por 390 prisioneros en la primera fase del acuerdo "
     "alcanzado en Estambul.", swap(390), "2025-05-23", None),
    ("es", "2023-12-13", "Azerbaiyán liberó este miércoles a 32 militares armenios a cambio de dos soldados "
     "azerbaiyanos.", sorted([("Azerbaijan", "Armenia", P, 32), ("Armenia", "Azerbaijan", P, 2)]),
     "2023-12-13", None),
    ("es", "2023-09-18", "Irán liberó hoy a cinco estadounidenses a cambio de cinco iraníes encarcelados en "
     "Estados Unidos, con la mediación de Catar.",
     sorted([("Iran", "United States", P, 5), ("United States", "Iran", P, 5)]), "2023-09-18", ["Qatar"]),
    ("es", "2026-01-29", "Con la mediación de los Emiratos Árabes Unidos, 150 prisioneros ucranianos fueron "
     "liberados este jueves del cautiverio ruso.", [(RU, UA, P, 150)], "2026-01-29", ["United Arab Emirates"]),
    ("es", "2025-05-25", "El 23 de mayo, Rusia y Ucrania intercambiaron 390 prisioneros cada uno.", swap(390),
     "2025-05-23", None),
    ("es", "2026-01-29", "Gracias a la mediación del CICR, Rusia entregó hoy a Ucrania mil cuerpos de soldados "
     "caídos.", [(RU, UA, B, 1000)], "2026-01-29", ["ICRC"]),
    ("es", "2025-05-25", "Un total de 303 militares ucranianos volvieron a casa el domingo en la última fase del "
     "canje de 1.000 por 1.000.", ONE_WAY_303, "2025-05-25", None),
    # ---------------------------------------------------------------- Portuguese
    ("pt", "2026-01-29", "A Rússia e a Ucrânia trocaram esta quinta-feira 157 prisioneiros de guerra cada uma, "
     "anunciou o Ministério da Defesa russo.", swap(157), "2026-01-29", None),
    ("pt", "2025-10-02", "Um total de 185 militares ucranianos regressaram a casa após uma nova troca com a Rússia, "
     "anunciou Zelensky.", ONE_WAY_185, "2025-10-02", None),
    ("pt", "2026-01-29", "Os corpos de mil soldados mortos foram repatriados para a Ucrânia na passada sexta-feira.",
     [(RU, UA, B, 1000)], "2026-01-23", None),
    ("pt", "2025-06-26", "Kiev recebeu hoje os restos mortais de 1.000 militares, enquanto Moscovo recuperou os "
     "corpos de 19 soldados russos.", sorted([(RU, UA, B, 1000), (UA, RU, B, 19)]), "2025-06-26", None),
    ("pt", "2025-02-15", "O Hamas libertou neste sábado três reféns israelenses, e Israel soltou 369 presos "
     "palestinos.", sorted([("Hamas", "Israel", P, 3), ("Israel", "Palestinians", P, 369)]), "2025-02-15", None),
    ("pt", "2025-05-24", "A Ucrânia e a Rússia realizaram ontem uma troca de 390 por 390 prisioneiros, a primeira "
     "fase do acordo alcançado em Istambul.", swap(390), "2025-05-23", None),
    ("pt", "2023-12-13", "O Azerbaijão libertou esta quarta-feira 32 militares arménios em troca de dois soldados "
     "azerbaijanos.", sorted([("Azerbaijan", "Armenia", P, 32), ("Armenia", "Azerbaijan", P, 2)]),
     "2023-12-13", None),
    ("pt", "2023-09-18", "O Irã libertou hoje cinco norte-americanos em troca de cinco iranianos presos nos Estados "
     "Unidos, com a mediação do Catar.",
     sorted([("Iran", "United States", P, 5), ("United States", "Iran", P, 5)]), "2023-09-18", ["Qatar"]),
    ("pt", "2026-01-29", "Com a mediação dos Emirados Árabes Unidos, 150 prisioneiros ucranianos foram libertados "
     "hoje do cativeiro russo.", [(RU, UA, P, 150)], "2026-01-29", ["United Arab Emirates"]),
    ("pt", "2025-05-25", "No dia 23 de maio, a Rússia e a Ucrânia trocaram 390 prisioneiros cada uma.", swap(390),
     "2025-05-23", None),
    ("pt", "2026-01-29", "Com a ajuda do Comité Internacional da Cruz Vermelha, a Rússia entregou hoje à Ucrânia "
     "mil corpos de soldados mortos.", [(RU, UA, B, 1000)], "2026-01-29", ["ICRC"]),
    ("pt", "2025-05-25", "Um total de 303 militares ucranianos voltaram para casa no domingo, na última fase da "
     "troca de 1.000 por 1.000.", ONE_WAY_303, "2025-05-25", None),
    # ---------------------------------------------------------------- Italian
    ("it", "2026-01-29", "Russia e Ucraina si sono scambiate giovedì 157 prigionieri di guerra ciascuna, ha reso "
     "noto il ministero della Difesa russo.", swap(157), "2026-01-29", None),
    ("it", "2025-10-02", "Sono tornati a casa 185 militari ucraini dopo un nuovo scambio con Mosca, ha annunciato "
     "Zelensky.", ONE_WAY_185, "2025-10-02", None),
    ("it", "2026-01-29", "Le salme di mille soldati caduti sono state rimpatriate in Ucraina venerdì scorso.",
     [(RU, UA, B, 1000)], "2026-01-23", None),
    ("it", "2025-06-26", "Kiev ha ricevuto oggi i corpi di 1.000 militari, mentre Mosca ha recuperato le salme di "
     "19 soldati russi.", sorted([(RU, UA, B, 1000), (UA, RU, B, 19)]), "2025-06-26", None),
    ("it", "2025-02-15", "Hamas ha rilasciato sabato tre ostaggi israeliani e Israele ha liberato 369 detenuti "
     "palestinesi.", sorted([("Hamas", "Israel", P, 3), ("Israel", "Palestinians", P, 369)]), "2025-02-15", None),
    ("it", "2025-05-24", "Ieri Ucraina e Russia hanno effettuato uno scambio di 390 prigionieri per 390, primo passo "
     "dell'accordo raggiunto a Istanbul.", swap(390), "2025-05-23", None),
    ("it", "2023-12-13", "L'Azerbaigian ha liberato mercoledì 32 militari armeni in cambio di due soldati azeri.",
     sorted([("Azerbaijan", "Armenia", P, 32), ("Armenia", "Azerbaijan", P, 2)]), "2023-12-13", None),
    ("it", "2023-09-18", "L'Iran ha rilasciato oggi cinque americani in cambio di cinque iraniani detenuti negli "
     "Stati Uniti, grazie alla mediazione del Qatar.",
     sorted([("Iran", "United States", P, 5), ("United States", "Iran", P, 5)]), "2023-09-18", ["Qatar"]),
    ("it", "2026-01-29", "Con la mediazione degli Emirati Arabi Uniti, 150 prigionieri ucraini sono stati liberati "
     "oggi dalla prigionia russa.", [(RU, UA, P, 150)], "2026-01-29", ["United Arab Emirates"]),
    ("it", "2025-05-25", "Il 23 maggio Russia e Ucraina si sono scambiate 390 prigionieri ciascuna.", swap(390),
     "2025-05-23", None),
    ("it", "2026-01-29", "Grazie alla mediazione della Croce Rossa, la Russia ha restituito oggi all'Ucraina mille "
     "corpi di soldati caduti.", [(RU, UA, B, 1000)], "2026-01-29", ["ICRC"]),
    ("it", "2025-05-25", "Domenica sono tornati in patria 303 militari ucraini, nell'ultima fase dello scambio di "
     "1.000 per 1.000.", ONE_WAY_303, "2025-05-25", None),
    # ---------------------------------------------------------------- French
    ("fr", "2026-01-29", "La Russie et l'Ukraine ont échangé jeudi 157 prisonniers de guerre chacune, a annoncé le "
     "ministère russe de la Défense.", swap(157), "2026-01-29", None),
    ("fr", "2025-10-02", "Quelque 185 militaires ukrainiens sont rentrés au pays à l'issue d'un nouvel échange avec "
     "Moscou, a annoncé Volodymyr Zelensky.", ONE_WAY_185, "2025-10-02", None),
    ("fr", "2026-01-29", "Les dépouilles de mille soldats tués ont été rapatriées en Ukraine vendredi dernier.",
     [(RU, UA, B, 1000)], "2026-01-23", None),
    ("fr", "2025-06-26", "Kiev a reçu aujourd'hui les corps de 1 000 militaires, tandis que Moscou a récupéré les "
     "dépouilles de 19 soldats russes.", sorted([(RU, UA, B, 1000), (UA, RU, B, 19)]), "2025-06-26", None),
    ("fr", "2025-02-15", "Le Hamas a libéré samedi trois otages israéliens et Israël a relâché 369 prisonniers "
     "palestiniens.", sorted([("Hamas", "Israel", P, 3), ("Israel", "Palestinians", P, 369)]), "2025-02-15", None),
    ("fr", "2025-05-24", "L'Ukraine et la Russie ont procédé hier à un échange de 390 prisonniers contre 390, "
     "première étape de l'accord conclu à Istanbul.", swap(390), "2025-05-23", None),
    ("fr", "2023-12-13", "L'Azerbaïdjan a libéré mercredi 32 militaires arméniens en échange de deux soldats "
     "azerbaïdjanais.", sorted([("Azerbaijan", "Armenia", P, 32), ("Armenia", "Azerbaijan", P, 2)]),
     "2023-12-13", None),
    ("fr", "2023-09-18", "L'Iran a libéré aujourd'hui cinq Américains en échange de cinq Iraniens détenus aux "
     "États-Unis, grâce à une médiation du Qatar.",
     sorted([("Iran", "United States", P, 5), ("United States", "Iran", P, 5)]), "2023-09-18", ["Qatar"]),
    ("fr", "2026-01-29", "Grâce à la médiation des Émirats arabes unis, 150 prisonniers ukrainiens ont été libérés "
     "aujourd'hui de captivité russe.", [(RU, UA, P, 150)], "2026-01-29", ["United Arab Emirates"]),
    ("fr", "2025-05-25", "Le 23 mai, la Russie et l'Ukraine ont échangé 390 prisonniers chacune.", swap(390),
     "2025-05-23", None),
    ("fr", "2026-01-29", "Avec l'aide du CICR, la Russie a remis jeudi à l'Ukraine mille corps de soldats tués.",
     [(RU, UA, B, 1000)], "2026-01-29", ["ICRC"]),
    ("fr", "2025-05-25", "Dimanche, 303 militaires ukrainiens sont rentrés au pays lors de la dernière étape de "
     "l'échange de 1 000 contre 1 000.", ONE_WAY_303, "2025-05-25", None),
]

# (language, text): no exchange happened in the sentence
NEGATIVES = [
    ("es", "Rusia y Ucrania acordaron en Estambul intercambiar 1.000 prisioneros por cada lado."),
    ("es", "Desde el inicio de la guerra, más de 4.500 ucranianos han sido liberados del cautiverio ruso."),
    ("es", "Un tribunal ruso condenó a 15 años de prisión a dos soldados ucranianos capturados en Kursk."),
    ("es", "Las fuerzas rusas capturaron a 12 soldados ucranianos cerca de Pokrovsk."),
    ("es", "Ambos ejércitos mantuvieron durante la noche un intenso intercambio de fuego en la línea del frente."),
    ("pt", "A Rússia e a Ucrânia acordaram em Istambul trocar mil prisioneiros de cada lado."),
    ("pt", "Desde o início da invasão, mais de 5.000 ucranianos foram libertados do cativeiro russo."),
    ("pt", "Um tribunal russo condenou a 15 anos de prisão dois soldados ucranianos capturados em Kursk."),
    ("pt", "As forças russas capturaram 12 militares ucranianos perto de Pokrovsk."),
    ("pt", "Houve durante a noite uma intensa troca de tiros ao longo da linha da frente."),
    ("it", "Russia e Ucraina hanno concordato a Istanbul lo scambio di mille prigionieri per parte."),
    ("it", "Dall'inizio dell'invasione più di 5.000 ucraini sono stati liberati dalla prigionia russa."),
    ("it", "Un tribunale russo ha condannato a 15 anni di carcere due soldati ucraini catturati nella regione di "
     "Kursk."),
    ("it", "Le forze russe hanno catturato 12 militari ucraini vicino a Pokrovsk."),
    ("it", "Nella notte c'è stato un intenso scambio di colpi lungo la linea del fronte."),
    ("fr", "La Russie et l'Ukraine se sont mises d'accord à Istanbul pour échanger mille prisonniers de chaque côté."),
    ("fr", "Depuis le début de l'invasion, plus de 5 000 Ukrainiens ont été libérés de captivité russe."),
    ("fr", "Un tribunal russe a condamné à 15 ans de prison deux soldats ukrainiens capturés dans la région de "
     "Koursk."),
    ("fr", "Les forces russes ont capturé 12 militaires ukrainiens près de Pokrovsk."),
    ("fr", "Des échanges de tirs nourris ont eu lieu pendant la nuit le long de la ligne de front."),
]

# (language, published, text, place, date, status)
MEETINGS = [
    ("es", "2025-05-28", "La próxima ronda de negociaciones entre Rusia y Ucrania se celebrará en Estambul el 2 de "
     "junio.", "Istanbul", "2025-06-02", "scheduled"),
    ("es", "2026-01-30", "La reunión trilateral prevista en Abu Dabi ha sido aplazada al 4 de febrero.",
     "Abu Dhabi", "2026-02-04", "postponed"),
    ("pt", "2025-05-28", "A próxima ronda de negociações entre a Rússia e a Ucrânia terá lugar em Istambul a 2 de "
     "junho.", "Istanbul", "2025-06-02", "scheduled"),
    ("pt", "2026-01-30", "A reunião trilateral em Abu Dhabi foi adiada para 4 de fevereiro.", "Abu Dhabi",
     "2026-02-04", "postponed"),
    ("it", "2025-05-28", "Il prossimo round di negoziati tra Russia e Ucraina si terrà a Istanbul il 2 giugno.",
     "Istanbul", "2025-06-02", "scheduled"),
    ("it", "2026-01-30", "L'incontro trilaterale di Abu Dhabi è stato rinviato al 4 febbraio.", "Abu Dhabi",
     "2026-02-04", "postponed"),
    ("fr", "2025-05-28", "Le prochain round de négociations entre la Russie et l'Ukraine se tiendra à Istanbul le 2 "
     "juin.", "Istanbul", "2025-06-02", "scheduled"),
    ("fr", "2026-01-30", "La réunion trilatérale d'Abou Dhabi a été reportée au 4 février.", "Abu Dhabi",
     "2026-02-04", "postponed"),
]


# wire-service phrasing: perfect tenses, inverted verbs, passives, numbers in words, "en échange des"
EXCHANGES += [
    # ---------------------------------------------------------------- Spanish
    ("es", "2025-05-24", "Rusia y Ucrania han llevado a cabo este sábado un nuevo intercambio de prisioneros en el "
     "que cada parte ha entregado a 307 personas.", swap(307), "2025-05-24", None),
    ("es", "2025-08-14", "Un total de 84 prisioneros de guerra ucranianos han vuelto a casa, según ha informado el "
     "presidente ucraniano.", [(RU, UA, P, 84)], "2025-08-14", None),
    ("es", "2025-06-26", "Las autoridades ucranianas han recibido los cuerpos de 909 militares, según ha informado el "
     "Cuartel General de Coordinación para el Tratamiento de Prisioneros de Guerra.", [(RU, UA, B, 909)],
     "2025-06-26", None),
    ("es", "2025-08-14", "El Ministerio de Defensa ruso ha informado de que 84 militares rusos han sido devueltos "
     "desde el territorio controlado por Kiev.", [(UA, RU, P, 84)], "2025-08-14", None),
    ("es", "2025-06-26", "En el canje, mediado por Emiratos Árabes Unidos, Moscú ha entregado a Kiev 1.000 cuerpos y "
     "ha recibido 27.", sorted([(RU, UA, B, 1000), (UA, RU, B, 27)]), "2025-06-26", ["United Arab Emirates"]),
    ("es", "2025-05-26", "Rusia y Ucrania intercambiaron mil prisioneros cada uno entre el 23 y el 25 de mayo.",
     swap(1000), "2025-05-25", None),
    ("es", "2025-10-13", "Israel ha excarcelado a 1.968 presos palestinos tras la liberación de los últimos 20 "
     "rehenes vivos por parte de Hamás.", sorted([("Hamas", "Israel", P, 20), ("Israel", "Palestinians", P, 1968)]),
     "2025-10-13", None),
    ("es", "2025-07-18", "Venezuela liberó este viernes a diez estadounidenses a cambio de 252 venezolanos.",
     sorted([("Venezuela", "United States", P, 10), ("United States", "Venezuela", P, 252)]), "2025-07-18", None),
    ("es", "2025-08-20", "El pasado 14 de agosto, Rusia y Ucrania canjearon 84 prisioneros por cada lado.", swap(84),
     "2025-08-14", None),
    ("es", "2025-08-14", "Ochenta y cuatro prisioneros ucranianos fueron liberados hoy del cautiverio ruso.",
     [(RU, UA, P, 84)], "2025-08-14", None),
    ("es", "2025-07-10", "A finales de junio, Rusia y Ucrania canjearon 1.200 prisioneros cada uno.", swap(1200),
     "2025-06-01", None),
    ("es", "2025-07-10", "Rusia y Ucrania intercambiaron con la mediación de Turquía 84 prisioneros cada uno.",
     swap(84), "2025-07-10", ["Turkey"]),
    ("es", "2023-12-13", "Armenia liberó a 2 militares azerbaiyanos y Azerbaiyán liberó a 32 soldados armenios, según "
     "un comunicado conjunto.", sorted([("Armenia", "Azerbaijan", P, 2), ("Azerbaijan", "Armenia", P, 32)]),
     "2023-12-13", None),
    # ---------------------------------------------------------------- Portuguese
    ("pt", "2025-05-24", "A Rússia e a Ucrânia realizaram este sábado uma nova troca de prisioneiros, com cada lado a "
     "libertar 307 pessoas.", swap(307), "2025-05-24", None),
    ("pt", "2025-08-14", "Regressaram a casa 84 prisioneiros de guerra ucranianos, anunciou o Presidente ucraniano.",
     [(RU, UA, P, 84)], "2025-08-14", None),
    ("pt", "2025-08-14", "O Ministério da Defesa russo informou que 84 militares russos foram devolvidos do território "
     "controlado por Kiev.", [(UA, RU, P, 84)], "2025-08-14", None),
    ("pt", "2025-06-26", "Na troca, mediada pelos Emirados Árabes Unidos, Moscovo entregou a Kiev 1.000 corpos e "
     "recebeu 27 em troca.", sorted([(RU, UA, B, 1000), (UA, RU, B, 27)]), "2025-06-26", ["United Arab Emirates"]),
    ("pt", "2025-10-13", "Israel libertou 1.968 presos palestinianos depois de o Hamas ter libertado os últimos 20 "
     "reféns vivos.", sorted([("Hamas", "Israel", P, 20), ("Israel", "Palestinians", P, 1968)]), "2025-10-13", None),
    ("pt", "2025-08-20", "No passado dia 14 de agosto, a Rússia e a Ucrânia trocaram 84 prisioneiros de cada lado.",
     swap(84), "2025-08-14", None),
    ("pt", "2025-10-02", "A Ucrânia trouxe para casa 185 militares e 20 civis, em troca de 185 soldados russos.",
     sorted([(RU, UA, P, 205), (UA, RU, P, 185)]), "2025-10-02", None),
    ("pt", "2025-04-19", "A Ucrânia e a Rússia trocaram 246 prisioneiros cada, na véspera da Páscoa, com mediação dos "
     "Emirados.", swap(246), "2025-04-19", ["United Arab Emirates"]),
    ("pt", "2025-08-14", "Oitenta e quatro prisioneiros ucranianos foram libertados hoje do cativeiro russo.",
     [(RU, UA, P, 84)], "2025-08-14", None),
    ("pt", "2025-07-10", "No final de junho, a Rússia e a Ucrânia trocaram 1.200 prisioneiros cada uma.", swap(1200),
     "2025-06-01", None),
    ("pt", "2025-07-10", "Com a mediação da Turquia, Moscovo e Kiev trocaram hoje 84 prisioneiros cada uma.",
     swap(84), "2025-07-10", ["Turkey"]),
    ("pt", "2025-06-26", "A Rússia repatriou hoje os corpos de 19 militares russos, enquanto a Ucrânia recebeu 1.000 "
     "corpos.", sorted([(RU, UA, B, 1000), (UA, RU, B, 19)]), "2025-06-26", None),
    # ---------------------------------------------------------------- Italian
    ("it", "2025-05-24", "Nuovo scambio di prigionieri tra Russia e Ucraina: sabato ciascuna delle parti ha rilasciato "
     "307 persone.", swap(307), "2025-05-24", None),
    ("it", "2025-08-14", "Il ministero della Difesa russo ha reso noto che 84 militari russi sono stati restituiti dal "
     "territorio controllato da Kiev.", [(UA, RU, P, 84)], "2025-08-14", None),
    ("it", "2025-06-26", "Nello scambio, mediato dagli Emirati Arabi Uniti, Mosca ha consegnato a Kiev 1.000 corpi e "
     "ne ha ricevuti 27.", sorted([(RU, UA, B, 1000), (UA, RU, B, 27)]), "2025-06-26", ["United Arab Emirates"]),
    ("it", "2025-10-13", "Israele ha scarcerato 1.968 detenuti palestinesi dopo il rilascio degli ultimi 20 ostaggi "
     "vivi da parte di Hamas.", sorted([("Hamas", "Israel", P, 20), ("Israel", "Palestinians", P, 1968)]),
     "2025-10-13", None),
    ("it", "2025-07-18", "Il Venezuela ha liberato venerdì dieci cittadini americani in cambio di 252 venezuelani.",
     sorted([("Venezuela", "United States", P, 10), ("United States", "Venezuela", P, 252)]), "2025-07-18", None),
    ("it", "2025-04-19", "Ucraina e Russia si sono scambiate 246 prigionieri a testa alla vigilia di Pasqua, con la "
     "mediazione degli Emirati.", swap(246), "2025-04-19", ["United Arab Emirates"]),
    ("it", "2025-08-24", "Nel giorno dell'Indipendenza sono rientrati in Ucraina 146 militari, grazie alla mediazione "
     "degli Emirati Arabi Uniti.", [(RU, UA, P, 146)], "2025-08-24", ["United Arab Emirates"]),
    ("it", "2025-08-14", "Ottantaquattro prigionieri ucraini sono stati liberati oggi dalla prigionia russa.",
     [(RU, UA, P, 84)], "2025-08-14", None),
    ("it", "2025-08-14", "Centocinquanta soldati ucraini sono stati liberati oggi dalla prigionia russa.",
     [(RU, UA, P, 150)], "2025-08-14", None),
    ("it", "2025-07-10", "A fine giugno Russia e Ucraina si sono scambiate 1.200 prigionieri ciascuna.", swap(1200),
     "2025-06-01", None),
    ("it", "2025-07-10", "Con la mediazione della Turchia, Mosca e Kiev si sono scambiate oggi 84 prigionieri "
     "ciascuna.", swap(84), "2025-07-10", ["Turkey"]),
    ("it", "2025-02-15", "Hamas ha consegnato alla Croce Rossa tre ostaggi israeliani.", [("Hamas", "Israel", P, 3)],
     "2025-02-15", ["ICRC"]),
    # ---------------------------------------------------------------- French
    ("fr", "2025-05-24", "La Russie et l'Ukraine ont procédé samedi à un nouvel échange de prisonniers, chaque camp "
     "libérant 307 personnes.", swap(307), "2025-05-24", None),
    ("fr", "2025-08-14", "Le ministère russe de la Défense a indiqué que 84 militaires russes avaient été rendus par "
     "Kiev.", [(UA, RU, P, 84)], "2025-08-14", None),
    ("fr", "2025-06-26", "Lors de cet échange, sous l'égide des Émirats arabes unis, Moscou a remis à Kiev 1 000 corps "
     "et en a reçu 27.", sorted([(RU, UA, B, 1000), (UA, RU, B, 27)]), "2025-06-26", ["United Arab Emirates"]),
    ("fr", "2025-10-13", "Israël a libéré 1 968 détenus palestiniens après la libération par le Hamas des 20 derniers "
     "otages vivants.", sorted([("Hamas", "Israel", P, 20), ("Israel", "Palestinians", P, 1968)]), "2025-10-13",
     None),
    ("fr", "2025-02-27", "Israël a libéré dans la nuit plus de 600 prisonniers palestiniens, en échange des dépouilles "
     "de quatre otages.", sorted([("Hamas", "Israel", B, 4), ("Israel", "Palestinians", P, 600)]), "2025-02-27",
     None),
    ("fr", "2025-07-18", "Le Venezuela a libéré vendredi dix Américains en échange de 252 Vénézuéliens.",
     sorted([("Venezuela", "United States", P, 10), ("United States", "Venezuela", P, 252)]), "2025-07-18", None),
    ("fr", "2025-08-24", "Le jour de la fête de l'Indépendance, 146 militaires sont rentrés en Ukraine grâce à la "
     "médiation des Émirats arabes unis.", [(RU, UA, P, 146)], "2025-08-24", ["United Arab Emirates"]),
    ("fr", "2026-01-29", "Les dépouilles de 1 000 militaires tués ont été rapatriées en Ukraine, a fait savoir le "
     "Quartier général de coordination.", [(RU, UA, B, 1000)], "2026-01-29", None),
    ("fr", "2025-08-14", "Quatre-vingt-quatre prisonniers ukrainiens ont été libérés aujourd'hui de captivité russe.",
     [(RU, UA, P, 84)], "2025-08-14", None),
    ("fr", "2025-08-14", "Soixante-dix-huit prisonniers ukrainiens ont été libérés aujourd'hui de captivité russe.",
     [(RU, UA, P, 78)], "2025-08-14", None),
    ("fr", "2025-07-10", "À la fin du mois de juin, la Russie et l'Ukraine ont échangé 1 200 prisonniers chacune.",
     swap(1200), "2025-06-01", None),
    ("fr", "2025-07-10", "Grâce à la médiation de la Turquie, Moscou et Kiev ont échangé aujourd'hui 84 prisonniers "
     "chacune.", swap(84), "2025-07-10", ["Turkey"]),
    ("fr", "2025-02-15", "Le Hamas a remis au Comité international de la Croix-Rouge trois otages israéliens.",
     [("Hamas", "Israel", P, 3)], "2025-02-15", ["ICRC"]),
]

NEGATIVES += [
    ("es", "Más de 6.000 soldados ucranianos han sido liberados en 69 intercambios desde 2022."),
    ("es", "Un tribunal de Rostov condenó hoy a 12 combatientes del batallón Azov a penas de entre 13 y 23 años."),
    ("es", "El Kremlin afirmó que el próximo canje de 500 prisioneros se producirá en breve."),
    ("pt", "Mais de 6.000 soldados ucranianos foram libertados em 69 trocas desde 2022."),
    ("pt", "Um tribunal de Rostov condenou hoje 12 combatentes do batalhão Azov a penas entre 13 e 23 anos."),
    ("it", "Oltre 6.000 soldati ucraini sono stati liberati in 69 scambi dal 2022."),
    ("it", "Un tribunale di Rostov ha condannato oggi 12 combattenti del battaglione Azov a pene tra i 13 e i 23 "
     "anni."),
    ("fr", "Plus de 6 000 soldats ukrainiens ont été libérés lors de 69 échanges depuis 2022."),
    ("fr", "Un tribunal de Rostov a condamné aujourd'hui 12 combattants du bataillon Azov à des peines de 13 à 23 "
     "ans."),
    ("fr", "À Istanbul, la Russie et l'Ukraine se sont mises d'accord sur un échange de mille prisonniers de chaque "
     "côté."),
]

MEETINGS += [
    ("es", "2025-05-17", "Las delegaciones de Rusia y Ucrania se reunieron ayer en Estambul durante menos de dos "
     "horas.",
     "Istanbul", "2025-05-16", "held"),
    ("es", "2026-01-25", "Las delegaciones volverán a reunirse en Abu Dabi el próximo 1 de febrero, según fuentes "
     "ucranianas.", "Abu Dhabi", "2026-02-01", "scheduled"),
    ("es", "2025-05-15", "La reunión prevista en Estambul para este jueves fue cancelada.", "Istanbul", "2025-05-15",
     "cancelled"),
    ("pt", "2025-05-17", "As delegações da Rússia e da Ucrânia reuniram-se ontem em Istambul durante menos de duas "
     "horas.", "Istanbul", "2025-05-16", "held"),
    ("pt", "2025-11-28", "As conversações de paz em Genebra terminaram ontem sem acordo.", "Geneva", "2025-11-27",
     "held"),
    ("it", "2025-05-17", "Le delegazioni di Russia e Ucraina si sono incontrate ieri a Istanbul per meno di due ore.",
     "Istanbul", "2025-05-16", "held"),
    ("it", "2025-05-15", "L'incontro previsto per giovedì a Istanbul è stato annullato.", "Istanbul", "2025-05-15",
     "cancelled"),
    ("it", "2026-01-25", "Le delegazioni torneranno a riunirsi ad Abu Dhabi il prossimo 1° febbraio.", "Abu Dhabi",
     "2026-02-01", "scheduled"),
    ("fr", "2025-05-17", "Les délégations russe et ukrainienne se sont rencontrées hier à Istanbul pendant moins de "
     "deux heures.", "Istanbul", "2025-05-16", "held"),
    ("fr", "2025-11-28", "Les pourparlers de paix à Genève se sont achevés hier sans accord.", "Geneva", "2025-11-27",
     "held"),
    ("fr", "2025-05-28", "Les pourparlers d'Istanbul ont été reportés.", "Istanbul", None, "postponed"),
]


# headlines in the present tense, Brazilian short weekdays, passives with "por/par", Israel–Hamas bodies
EXCHANGES += [
    ("es", "2025-05-23", "Rusia y Ucrania intercambian 390 prisioneros cada una en la primera fase del canje \"mil "
     "por mil\".", swap(390), "2025-05-23", None),
    ("es", "2025-02-20", "Hamás entregó este jueves a la Cruz Roja los cuerpos de cuatro rehenes israelíes, entre "
     "ellos los de los niños Bibas.", [("Hamas", "Israel", B, 4)], "2025-02-20", ["ICRC"]),
    ("es", "2025-10-15", "Israel devolvió a Gaza los restos mortales de 45 palestinos, según el Ministerio de Sanidad "
     "gazatí.", [("Israel", "Palestinians", B, 45)], "2025-10-15", None),
    ("es", "2025-01-19", "Tres rehenes israelíes fueron liberados este domingo por Hamás y entregados a la Cruz Roja, "
     "en el primer día del alto el fuego.", [("Hamas", "Israel", P, 3)], "2025-01-19", ["ICRC"]),
    ("es", "2025-10-04", "Rusia y Ucrania canjearon el 1º de octubre 185 prisioneros cada uno.", swap(185),
     "2025-10-01", None),
    ("pt", "2025-05-23", "Rússia e Ucrânia trocam 390 prisioneiros cada uma na primeira fase da troca \"mil por "
     "mil\".", swap(390), "2025-05-23", None),
    ("pt", "2025-10-03", "A Rússia e a Ucrânia trocaram nesta quinta (2) 185 prisioneiros cada uma.", swap(185),
     "2025-10-02", None),
    ("pt", "2025-10-06", "A Rússia e a Ucrânia trocaram na quinta-feira passada 185 prisioneiros cada uma.",
     swap(185), "2025-10-02", None),
    ("pt", "2025-01-19", "Três reféns israelitas foram libertados este domingo pelo Hamas e entregues à Cruz "
     "Vermelha.", [("Hamas", "Israel", P, 3)], "2025-01-19", ["ICRC"]),
    ("pt", "2025-02-20", "O Hamas entregou nesta quinta-feira à Cruz Vermelha os corpos de quatro reféns "
     "israelenses.", [("Hamas", "Israel", B, 4)], "2025-02-20", ["ICRC"]),
    ("it", "2025-05-23", "Russia e Ucraina si scambiano 390 prigionieri ciascuna nella prima fase dello scambio "
     "\"mille per mille\".", swap(390), "2025-05-23", None),
    ("it", "2025-10-06", "Russia e Ucraina si sono scambiate giovedì scorso 185 prigionieri ciascuna.", swap(185),
     "2025-10-02", None),
    ("it", "2025-10-04", "Russia e Ucraina si sono scambiate l'altro ieri 185 prigionieri ciascuna.", swap(185),
     "2025-10-02", None),
    ("it", "2025-01-19", "Tre ostaggi israeliane sono state liberate domenica da Hamas e consegnate alla Croce Rossa.",
     [("Hamas", "Israel", P, 3)], "2025-01-19", ["ICRC"]),
    ("it", "2025-10-15", "Israele ha restituito a Gaza i corpi di 45 palestinesi.", [("Israel", "Palestinians", B, 45)],
     "2025-10-15", None),
    ("fr", "2025-05-23", "La Russie et l'Ukraine échangent 390 prisonniers chacune lors de la première phase de "
     "l'échange \"1 000 contre 1 000\".", swap(390), "2025-05-23", None),
    ("fr", "2025-05-23", "La Russie rend à l'Ukraine les corps de 909 soldats.", [(RU, UA, B, 909)], "2025-05-23",
     None),
    ("fr", "2025-05-23", "Les dépouilles de 909 soldats ont été remises à l'Ukraine.", [(RU, UA, B, 909)],
     "2025-05-23", None),
    ("fr", "2025-10-06", "La Russie et l'Ukraine ont échangé jeudi dernier 185 prisonniers chacune.", swap(185),
     "2025-10-02", None),
    ("fr", "2025-01-19", "Trois otages israéliennes ont été libérées dimanche par le Hamas et remises à la "
     "Croix-Rouge.", [("Hamas", "Israel", P, 3)], "2025-01-19", ["ICRC"]),
]

NEGATIVES += [
    ("es", "Rusia y Ucrania intercambiarán este fin de semana 1.000 prisioneros cada uno, según Zelenski."),
    ("es", "Hamás anunció que liberará el sábado a tres rehenes a cambio de 369 presos palestinos."),
    ("es", "Rusia acusó a Ucrania de retrasar la repatriación de 6.000 cuerpos."),
    ("es", "Hamás mantiene todavía a 59 rehenes en Gaza, de los cuales 24 seguirían con vida."),
    ("es", "El Ejército ruso liberó la localidad de Novopil, según el Ministerio de Defensa ruso, que afirmó haber "
     "abatido a 1.200 soldados ucranianos."),
    ("pt", "A Rússia e a Ucrânia vão trocar este fim de semana 1.000 prisioneiros cada uma."),
    ("pt", "O Hamas anunciou que libertará no sábado três reféns em troca de 369 presos palestinianos."),
    ("pt", "A Rússia acusou a Ucrânia de atrasar a repatriação de 6.000 corpos."),
    ("it", "Russia e Ucraina si scambieranno questo fine settimana 1.000 prigionieri ciascuna."),
    ("it", "Hamas ha annunciato che sabato libererà tre ostaggi in cambio di 369 detenuti palestinesi."),
    ("it", "La Russia ha accusato l'Ucraina di ritardare il rimpatrio di 6.000 salme."),
    ("fr", "La Russie et l'Ukraine vont échanger ce week-end 1 000 prisonniers chacune."),
    ("fr", "Le Hamas a annoncé qu'il libérerait samedi trois otages en échange de 369 prisonniers palestiniens."),
    ("fr", "La Russie a accusé l'Ukraine de retarder le rapatriement de 6 000 corps."),
    ("fr", "Le Hamas détient encore 59 otages à Gaza, dont 24 seraient toujours en vie."),
]


# gerunds, ordinals of the exchange, "give back" verbs with a named receiver, group number words
EXCHANGES += [
    ("es", "2025-10-02", "Rusia y Ucrania realizaron este jueves su 69º canje de prisioneros, en el que Kiev "
     "recuperó a 185 militares.", ONE_WAY_185, "2025-10-02", None),
    ("es", "2025-10-02", "Rusia devolvió hoy a Ucrania 84 niños, con la mediación de Catar.", [(RU, UA, P, 84)],
     "2025-10-02", ["Qatar"]),
    ("es", "2025-10-02", "Una veintena de civiles ucranianos regresaron el jueves del cautiverio ruso.",
     [(RU, UA, P, 20)], "2025-10-02", None),
    ("es", "2025-10-02", "Rusia entregó hoy a Ucrania 1.000 cuerpos bajo la égida de la Cruz Roja.",
     [(RU, UA, B, 1000)], "2025-10-02", ["ICRC"]),
    ("pt", "2025-10-02", "A Rússia e a Ucrânia realizaram esta quinta-feira a 69.ª troca de prisioneiros, com a "
     "Ucrânia a recuperar 185 militares.", ONE_WAY_185, "2025-10-02", None),
    ("pt", "2025-10-02", "A Rússia e a Ucrânia trocaram 390 contra 390 prisioneiros.", swap(390), "2025-10-02",
     None),
    ("it", "2025-10-02", "Russia e Ucraina hanno effettuato giovedì il 69° scambio di prigionieri: Kiev ha riportato "
     "a casa 185 militari.", ONE_WAY_185, "2025-10-02", None),
    ("it", "2025-10-02", "Tramite il Qatar, la Russia ha restituito oggi all'Ucraina 84 bambini.", [(RU, UA, P, 84)],
     "2025-10-02", ["Qatar"]),
    ("fr", "2025-10-02", "La Russie et l'Ukraine ont procédé jeudi à leur 69e échange de prisonniers, Kiev "
     "récupérant 185 militaires.", ONE_WAY_185, "2025-10-02", None),
    ("fr", "2025-10-02", "Par l'entremise du Qatar, la Russie a rendu aujourd'hui à l'Ukraine 84 enfants.",
     [(RU, UA, P, 84)], "2025-10-02", ["Qatar"]),
    ("fr", "2025-10-02", "Une dizaine de civils ukrainiens sont rentrés jeudi de captivité russe.", [(RU, UA, P, 10)],
     "2025-10-02", None),
    ("fr", "2025-10-02", "La Russie a remis jeudi à l'Ukraine 1\u202f000 corps.", [(RU, UA, B, 1000)], "2025-10-02",
     None),
]

MEETINGS += [
    ("es", "2025-02-19", "Las delegaciones de Estados Unidos y Rusia se reunieron el martes en Riad durante más de "
     "cuatro horas.", "Riyadh", "2025-02-18", "held"),
    ("es", "2025-08-10", "Trump y Putin celebrarán una cumbre en Alaska el próximo 15 de agosto.", "Alaska",
     "2025-08-15", "scheduled"),
    ("pt", "2025-07-23", "A Rússia e a Ucrânia realizaram nesta quarta-feira em Istambul uma terceira rodada de "
     "negociações de paz.", "Istanbul", "2025-07-23", "held"),
    ("it", "2025-02-19", "Le delegazioni di Stati Uniti e Russia si sono incontrate martedì a Riad per oltre quattro "
     "ore.", "Riyadh", "2025-02-18", "held"),
    ("it", "2025-07-23", "Russia e Ucraina hanno tenuto mercoledì a Istanbul un terzo round di negoziati di pace.",
     "Istanbul", "2025-07-23", "held"),
    ("fr", "2025-03-25", "Les discussions techniques entre Russes et Américains à Djeddah se sont achevées lundi.",
     "Jeddah", "2025-03-24", "held"),
    ("fr", "2025-08-10", "Donald Trump et Vladimir Poutine tiendront un sommet en Alaska le 15 août.", "Alaska",
     "2025-08-15", "scheduled"),
]


# years after "de" ("23 de mayo de 2025"); a capture or attack date is not the day of the release
EXCHANGES += [
    ("es", "2025-06-01", "El 23 de mayo de 2025, Rusia y Ucrania canjearon 390 prisioneros cada uno.", swap(390),
     "2025-05-23", None),
    ("es", "2025-06-01", "En octubre de 2024, Rusia y Ucrania canjearon 95 prisioneros cada uno.", swap(95),
     "2024-10-01", None),
    ("es", "2025-06-01", "Rusia y Ucrania canjearon 84 prisioneros cada uno el pasado 14 de setiembre de 2024.",
     swap(84), "2024-09-14", None),
    ("es", "2025-06-14", "Regresaron a casa cinco secuestrados colombianos.",
     [("National Liberation Army", "Colombia", P, 5)], "2025-06-14", None),
    ("pt", "2025-06-01", "A 23 de maio de 2025, a Rússia e a Ucrânia trocaram 390 prisioneiros cada uma.", swap(390),
     "2025-05-23", None),
    ("pt", "2025-06-01", "Em outubro de 2024, a Rússia e a Ucrânia trocaram 95 prisioneiros cada uma.", swap(95),
     "2024-10-01", None),
    ("it", "2025-01-19", "Le tre ostaggi israeliane, rapite il 7 ottobre 2023, sono state liberate domenica da "
     "Hamas.", [("Hamas", "Israel", P, 3)], "2025-01-19", None),
    ("fr", "2025-01-19", "Les trois otages israéliennes, enlevées le 7 octobre 2023, ont été libérées dimanche par le "
     "Hamas.", [("Hamas", "Israel", P, 3)], "2025-01-19", None),
]


# "each" before the figure ("ont chacun libéré 84"), with the pair named in an earlier sentence
EXCHANGES += [
    ("es", "2025-08-14", "Rusia y Ucrania realizaron un nuevo canje. Cada uno de los dos países liberó a 84 "
     "prisioneros.", swap(84), "2025-08-14", None),
    ("pt", "2025-08-14", "A Rússia e a Ucrânia realizaram uma nova troca. Cada um dos dois países libertou 84 "
     "prisioneiros.", swap(84), "2025-08-14", None),
    ("it", "2025-08-14", "Russia e Ucraina hanno effettuato un nuovo scambio. Ciascuno dei due Paesi ha liberato 84 "
     "prigionieri.", swap(84), "2025-08-14", None),
    ("fr", "2025-08-14", "Moscou et Kiev ont chacun libéré 84 prisonniers.", swap(84), "2025-08-14", None),
    ("fr", "2025-08-14", "La Russie et l'Ukraine ont procédé à un échange. Chacun des deux pays a libéré 84 "
     "prisonniers.", swap(84), "2025-08-14", None),
]

MEETINGS += [
    ("es", "2025-05-30", "La cita en Estambul está prevista para el 2 de junio.", "Istanbul", "2025-06-02",
     "scheduled"),
    ("es", "2025-05-30", "El encuentro de Estambul entre las delegaciones se celebrará el 2 de junio.", "Istanbul",
     "2025-06-02", "scheduled"),
    ("pt", "2025-05-30", "O encontro de Istambul entre as delegações vai realizar-se a 2 de junho.", "Istanbul",
     "2025-06-02", "scheduled"),
]


# another story's headline linked from the page
NEGATIVES += [
    ("es", "Lea también: Rusia y Ucrania canjean 84 prisioneros cada uno"),
    ("pt", "Leia também: Rússia e Ucrânia trocam 84 prisioneiros cada uma"),
    ("it", "Leggi anche: Russia e Ucraina si scambiano 84 prigionieri ciascuna"),
    ("fr", "Lire aussi : la Russie et l'Ukraine échangent 84 prisonniers chacune"),
]


# a venue that will host, a weekday with its date, "will meet on Sunday" (talks of one side with a
# third country, e.g. only the US and Ukraine, are not rounds between the sides: ANNOTATION.md)
MEETINGS += [
    ("es", "2025-05-30", "Estambul acogerá el lunes 2 de junio una nueva ronda de negociaciones entre Rusia y "
     "Ucrania.", "Istanbul", "2025-06-02", "scheduled"),
    ("es", "2025-05-30", "Las negociaciones se trasladan a Ginebra, donde se reunirán el domingo los equipos de "
     "EE.UU. y Ucrania.", "Geneva", "2025-06-01", "scheduled"),
    ("pt", "2025-05-30", "Istambul vai acolher na segunda-feira, 2 de junho, uma nova ronda de negociações.",
     "Istanbul", "2025-06-02", "scheduled"),
    ("pt", "2025-05-30", "As negociações mudam-se para Genebra, onde as equipas da Rússia e da Ucrânia se "
     "vão reunir no domingo.", "Geneva", "2025-06-01", "scheduled"),
    ("it", "2025-05-30", "Istanbul ospiterà lunedì 2 giugno un nuovo round di negoziati tra Russia e Ucraina.",
     "Istanbul", "2025-06-02", "scheduled"),
    ("it", "2025-05-30", "I negoziati si spostano a Ginevra, dove le squadre di Russia e Ucraina si "
     "incontreranno domenica.", "Geneva", "2025-06-01", "scheduled"),
    ("fr", "2025-05-30", "Istanbul accueillera lundi 2 juin un nouveau cycle de négociations entre la Russie et "
     "l'Ukraine.", "Istanbul", "2025-06-02", "scheduled"),
    ("fr", "2025-05-30", "Les négociations se déplacent à Genève, où les équipes russe et ukrainienne se "
     "réuniront dimanche.", "Geneva", "2025-06-01", "scheduled"),
]


@pytest.mark.parametrize(("code", "published", "text", "expected", "date", "mediators"), EXCHANGES,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXCHANGES)])
def test_exchange(code, published, text, expected, date, mediators):
    r = rec(code, published, text)
    [ex] = r["exchanges"]
    assert legs(ex) == sorted(expected)
    assert ex["date"] == date
    if mediators is not None:
        assert ex["mediators"] == mediators


@pytest.mark.parametrize(("code", "text"), NEGATIVES, ids=[f"{n[0]}-{i}" for i, n in enumerate(NEGATIVES)])
def test_no_exchange(code, text):
    assert rec(code, "2026-01-29", text)["exchanges"] == []


@pytest.mark.parametrize(("code", "published", "text", "place", "date", "status"), MEETINGS,
                         ids=[f"{m[0]}-{i}" for i, m in enumerate(MEETINGS)])
def test_meeting(code, published, text, place, date, status):
    r = rec(code, published, text)
    assert r["exchanges"] == []
    [m] = r["meetings"]
    assert (m["place"], m["date"], m["status"]) == (place, date, status)
