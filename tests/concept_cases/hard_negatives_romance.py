"""Six kinds of hard negative, and their positive controls, read alike by the Romance-language packs.

Each case is a headline (with, at times, a one-sentence lead that adds no act) written for the project in
Spanish, Portuguese, French, Italian, Catalan or Romanian news style. None of the negatives is a new act
against TikTok: talk about a ban (an opinion, a debate) and a ban with "no reason", "not on the agenda",
"unlikely" or "no plans" are no act or a proposal; a bill "to ban" that is only introduced, tabled or
debated, and an act that is considered, allowed for, prepared or studied, is a proposal; a court that puts
a ban on hold blocks it; and blocking accounts, channels or videos on TikTok is no act against the app. The
controls (a national ban, a fine, an investigation, a ban on government devices, a court upholding a ban)
stay new acts, of the right type and jurisdiction.
"""

from __future__ import annotations

TALK = [
    # N1 (language, title, lead): what someone says or thinks about a ban, a debate over one
    ("es", "Lo que dice el ministro sobre la prohibición de TikTok", ""),
    ("es", "El ministro opinó sobre el bloqueo de TikTok", "Dijo que el debate debe seguir abierto."),
    ("es", "Se recrudece el debate sobre la prohibición de TikTok en Argentina", ""),
    ("pt", "O que diz o ministro sobre a proibição do TikTok", ""),
    ("pt", "Ministro opina sobre bloqueio do TikTok", "Ele afirmou que o tema precisa ser discutido."),
    ("pt", "Debate sobre a proibição do TikTok ganha força no Brasil", ""),
    ("fr", "Ce que dit le ministre sur une interdiction de TikTok", ""),
    ("fr", "Le ministre s'est exprimé sur le blocage de TikTok", "Il a estimé que la question restait ouverte."),
    ("fr", "Le débat sur l'interdiction de TikTok s'intensifie", ""),
    ("it", "Cosa dice il ministro sul divieto di TikTok", ""),
    ("it", "Il ministro si è espresso sul blocco di TikTok", "Ha detto che la questione resta aperta."),
    ("it", "Si infiamma il dibattito sul divieto di TikTok", ""),
    ("ca", "Què diu el ministre sobre la prohibició de TikTok", ""),
    ("ca", "El conseller opina sobre el bloqueig de TikTok", "Ha dit que el debat ha de continuar."),
    ("ca", "S'encén el debat sobre la prohibició de TikTok", ""),
    ("ro", "Ce spune ministrul despre interzicerea TikTok", ""),
    ("ro", "Ministrul și-a spus părerea despre blocarea TikTok", "El a spus că discuția rămâne deschisă."),
    ("ro", "Se aprinde dezbaterea privind interzicerea TikTok", ""),
]

NO_REASON = [
    # N2 (language, title, lead): no reason to ban, not on the agenda, unlikely, no plans
    ("es", "El ministro no ve motivos para prohibir TikTok", ""),
    ("es", "Prohibir TikTok no está en la agenda, asegura el Gobierno de España", ""),
    ("es", "Es poco probable que México prohíba TikTok", "Así lo afirman fuentes del Gobierno."),
    ("es", "El Gobierno no tiene planes de prohibir TikTok", ""),
    ("pt", "Ministro não vê motivo para proibir o TikTok", ""),
    ("pt", "Proibição do TikTok não está na agenda, diz o governo", ""),
    ("pt", "É improvável que Portugal proíba o TikTok", ""),
    ("pt", "Governo não tem planos de banir o TikTok", ""),
    ("fr", "Le ministre ne voit aucune raison d'interdire TikTok", ""),
    ("fr", "Une interdiction de TikTok n'est pas à l'ordre du jour, selon le ministère", ""),
    ("fr", "Il est peu probable que la France interdise TikTok", ""),
    ("fr", "Le gouvernement n'a pas l'intention d'interdire TikTok", ""),
    ("it", "Il ministro non vede motivi per vietare TikTok", ""),
    ("it", "Il divieto di TikTok non è all'ordine del giorno, fa sapere il ministero", ""),
    ("it", "È improbabile che l'Italia vieti TikTok", ""),
    ("it", "Il governo non ha in programma di vietare TikTok", ""),
    ("ca", "El ministre no veu motius per prohibir TikTok", ""),
    ("ca", "Prohibir TikTok no és a l'agenda, diu el Govern", ""),
    ("ca", "És poc probable que Espanya prohibeixi TikTok", ""),
    ("ca", "El Govern no té previst prohibir TikTok", ""),
    ("ro", "Ministrul nu vede niciun motiv pentru interzicerea TikTok", ""),
    ("ro", "Interzicerea TikTok nu este pe agenda Guvernului", ""),
    ("ro", "Este puțin probabil ca România să interzică TikTok", ""),
    ("ro", "Guvernul nu are în plan să interzică TikTok", ""),
]

BILLS = [
    # N3 (language, title, lead): a bill or law "to ban" that is only introduced, tabled or debated
    ("es", "Presentan en el Congreso un proyecto para prohibir TikTok", ""),
    ("es", "El Senado de Chile tramita una ley para prohibir TikTok en los teléfonos oficiales", ""),
    ("es", "El Congreso debate una ley que prohíbe TikTok en los dispositivos del Estado", ""),
    ("pt", "Projeto de lei para proibir o TikTok é apresentado na Câmara", ""),
    ("pt", "Parlamento debate lei que proíbe o TikTok nos telemóveis do Estado", ""),
    ("pt", "Deputado apresenta projeto que proíbe o TikTok para menores", ""),
    ("fr", "Une proposition de loi pour interdire TikTok déposée à l'Assemblée nationale", ""),
    ("fr", "Le Sénat examine un texte visant à interdire TikTok aux moins de 15 ans", ""),
    ("fr", "Les députés débattent d'une loi interdisant TikTok sur les téléphones des fonctionnaires", ""),
    ("it", "Presentato in Parlamento un disegno di legge per vietare TikTok", ""),
    ("it", "La Camera discute una legge che vieta TikTok sui telefoni di servizio", ""),
    ("ca", "El Parlament tramita una llei per prohibir TikTok als mòbils oficials", ""),
    ("ca", "Presenten al Congrés una proposició de llei per prohibir TikTok", ""),
    ("ro", "Un proiect de lege pentru interzicerea TikTok, depus în Parlament", ""),
    ("ro", "Parlamentul dezbate o lege care interzice TikTok pe telefoanele de serviciu", ""),
]

CONSIDERING = [
    # N4 (language, title, lead): an act considered, allowed for, prepared or studied
    ("es", "Las autoridades no descartan bloquear TikTok", ""),
    ("es", "El regulador estudia multar a TikTok", ""),
    ("es", "El Gobierno se prepara para prohibir TikTok", ""),
    ("es", "Colombia contempla bloquear TikTok", ""),
    ("pt", "Governo avalia bloquear o TikTok", ""),
    ("pt", "Anatel estuda multar o TikTok", ""),
    ("pt", "Governo prepara a proibição do TikTok", ""),
    ("pt", "Autoridades admitem possível bloqueio do TikTok", ""),
    ("fr", "Les autorités envisagent un blocage de TikTok", ""),
    ("fr", "Le régulateur envisage une amende contre TikTok", ""),
    ("fr", "Le gouvernement se prépare à interdire TikTok", ""),
    ("fr", "Le ministère étudie une interdiction de TikTok", ""),
    ("fr", "Paris n'exclut pas de bloquer TikTok", ""),
    ("it", "Le autorità valutano un possibile blocco di TikTok", ""),
    ("it", "Il Garante pensa a una multa per TikTok", ""),
    ("it", "Il governo si prepara a vietare TikTok", ""),
    ("it", "Il ministero studia il divieto di TikTok", ""),
    ("it", "L'Agcom non esclude il blocco di TikTok", ""),
    ("ca", "Les autoritats contemplen un possible bloqueig de TikTok", ""),
    ("ca", "El regulador estudia multar TikTok", ""),
    ("ca", "El Govern es prepara per prohibir TikTok", ""),
    ("ca", "El ministeri analitza una prohibició de TikTok", ""),
    ("ro", "Autoritățile iau în calcul blocarea TikTok", ""),
    ("ro", "ANCOM analizează o amendă pentru TikTok", ""),
    ("ro", "Guvernul se pregătește să interzică TikTok", ""),
    ("ro", "Ministerul studiază interzicerea TikTok", ""),
    ("ro", "Autoritățile nu exclud suspendarea TikTok", ""),
]

ON_HOLD = [
    # N5 (language, title, lead): a court puts a ban on hold
    ("es", "Un juez suspende la prohibición de TikTok en Montana", ""),
    ("es", "Un tribunal congela el veto a TikTok en Nepal", ""),
    ("es", "La justicia deja en suspenso la prohibición de TikTok", ""),
    ("pt", "Juiz suspende proibição do TikTok em Montana", ""),
    ("pt", "Tribunal congela o banimento do TikTok", ""),
    ("pt", "Justiça trava a proibição do TikTok", ""),
    ("fr", "Un juge suspend l'interdiction de TikTok dans le Montana", ""),
    ("fr", "Un tribunal gèle l'interdiction de TikTok", ""),
    ("fr", "La justice met en pause l'interdiction de TikTok", ""),
    ("it", "Il giudice sospende il divieto di TikTok in Montana", ""),
    ("it", "Un tribunale congela il bando di TikTok", ""),
    ("it", "Il tribunale mette in pausa il divieto di TikTok", ""),
    ("ca", "Un jutge suspèn la prohibició de TikTok a Montana", ""),
    ("ca", "Un tribunal congela la prohibició de TikTok", ""),
    ("ro", "Un judecător suspendă interdicția TikTok din Montana", ""),
    ("ro", "Instanța a înghețat interdicția TikTok", ""),
]

ACCOUNTS = [
    # N6 (language, title, lead): accounts, channels or videos on TikTok, not the app
    ("es", "Las autoridades bloquearon cientos de cuentas de TikTok", ""),
    ("es", "Rusia bloqueará 50 canales de TikTok", ""),
    ("es", "El regulador ordenó retirar los vídeos de TikTok del influencer", ""),
    ("pt", "Autoridades bloquearam centenas de contas do TikTok", ""),
    ("pt", "Rússia vai bloquear 50 canais no TikTok", ""),
    ("pt", "TSE manda remover vídeos do TikTok com desinformação", ""),
    ("fr", "Les autorités ont bloqué des centaines de comptes TikTok", ""),
    ("fr", "La Russie va bloquer 50 chaînes sur TikTok", ""),
    ("fr", "L'Arcom ordonne le retrait de vidéos TikTok de l'influenceur", ""),
    ("it", "Le autorità hanno bloccato centinaia di account TikTok", ""),
    ("it", "La Russia bloccherà 50 canali TikTok", ""),
    ("it", "L'Agcom ordina la rimozione dei video TikTok dell'influencer", ""),
    ("ca", "Les autoritats han bloquejat centenars de comptes de TikTok", ""),
    ("ca", "Rússia bloquejarà 50 canals de TikTok", ""),
    ("ca", "El regulador ordena retirar vídeos de TikTok d'un influencer", ""),
    ("ro", "Autoritățile au blocat sute de conturi de TikTok", ""),
    ("ro", "Rusia va bloca 50 de canale de TikTok", ""),
    ("ro", "CNA a cerut eliminarea clipurilor TikTok ale candidatului", ""),
]

ACTS = [
    # P1-P3 (language, title, lead, type or None, jurisdiction)
    ("es", "Venezuela prohíbe TikTok", "", "ban_national", "VE"),
    ("es", "El Gobierno de Nepal ha prohibido TikTok", "", "ban_national", "NP"),
    ("es", "La CNMC multa a TikTok con 5 millones de euros", "", "fine_or_penalty", "ES"),
    ("es", "La Comisión Europea abre una investigación contra TikTok", "", "investigation_opened", "EU"),
    ("es", "Argentina prohíbe TikTok en los teléfonos oficiales", "", "ban_government_devices", "AR"),
    ("es", "El Tribunal Supremo de Estados Unidos confirma la prohibición de TikTok", "", None, "US"),
    ("pt", "Nepal proíbe o TikTok", "", "ban_national", "NP"),
    ("pt", "Governo do Nepal baniu o TikTok", "", "ban_national", "NP"),
    ("pt", "Comissão Europeia multa TikTok em 500 milhões de euros", "", "fine_or_penalty", "EU"),
    ("pt", "Comissão Europeia abre investigação ao TikTok", "", "investigation_opened", "EU"),
    ("pt", "Portugal proíbe o TikTok nos telemóveis do Governo", "", "ban_government_devices", "PT"),
    ("pt", "Suprema Corte dos EUA confirma a proibição do TikTok", "", None, "US"),
    ("fr", "Le Sénégal interdit TikTok", "", "ban_national", "SN"),
    ("fr", "Le gouvernement népalais a interdit TikTok", "", "ban_national", "NP"),
    ("fr", "La CNIL inflige une amende de 5 millions d'euros à TikTok", "", "fine_or_penalty", "FR"),
    ("fr", "Bruxelles ouvre une enquête contre TikTok", "", "investigation_opened", "EU"),
    ("fr", "La France interdit TikTok sur les téléphones des fonctionnaires", "", "ban_government_devices", "FR"),
    ("fr", "La Cour suprême américaine confirme l'interdiction de TikTok", "", None, "US"),
    ("it", "Il Nepal vieta TikTok", "", "ban_national", "NP"),
    ("it", "L'Albania ha vietato TikTok", "", "ban_national", "AL"),
    ("it", "L'Antitrust multa TikTok per 10 milioni di euro", "", "fine_or_penalty", "IT"),
    ("it", "La Commissione europea apre un'indagine su TikTok", "", "investigation_opened", "EU"),
    ("it", "Il Canada vieta TikTok sui dispositivi governativi", "", "ban_government_devices", "CA"),
    ("it", "La Corte Suprema degli Stati Uniti conferma il divieto di TikTok", "", None, "US"),
    ("ca", "El Nepal prohibeix TikTok", "", "ban_national", "NP"),
    ("ca", "El govern d'Albània ha prohibit TikTok", "", "ban_national", "AL"),
    ("ca", "Brussel·les multa TikTok amb 500 milions d'euros", "", "fine_or_penalty", "EU"),
    ("ca", "La Comissió Europea obre una investigació a TikTok", "", "investigation_opened", "EU"),
    ("ca", "El Canadà prohibeix TikTok als dispositius del govern", "", "ban_government_devices", "CA"),
    ("ca", "El Tribunal Suprem dels EUA confirma la prohibició de TikTok", "", None, "US"),
    ("ro", "Nepalul interzice TikTok", "", "ban_national", "NP"),
    ("ro", "Albania a interzis TikTok", "", "ban_national", "AL"),
    ("ro", "ANCOM amendează TikTok cu 100.000 de lei", "", "fine_or_penalty", "RO"),
    ("ro", "Comisia Europeană deschide o investigație împotriva TikTok", "", "investigation_opened", "EU"),
    ("ro", "Canada interzice TikTok pe dispozitivele guvernamentale", "", "ban_government_devices", "CA"),
    ("ro", "Curtea Supremă a SUA confirmă interdicția TikTok", "", None, "US"),
]

UPHELD: list[tuple[str, str, str]] = []  # the court controls are in ACTS, with no type
