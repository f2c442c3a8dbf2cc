"""Four more kinds of hard negative, read the way the English engine reads them, in the Romance-language packs
(es, pt, fr, it, ca, ro): a government that keeps, maintains or extends its existing ban, a fact-check, rumour
or denial of a ban, someone asking a court or a government to stop, delay or pause a ban, and TikTok users or
creators (not the app) fined, arrested, jailed or banned are none of them a new act against TikTok; the
positive controls beside them (a country banning the app, a regulator fining it, a court upholding or
maintaining a ban) stay new acts. Every phrasing was written for this file.
"""

from __future__ import annotations

KEPT = [
    # N7 (language, title, lead): a government keeps, maintains or extends its existing ban
    ("es", "El Gobierno de Senegal mantiene la suspensión de TikTok", ""),
    ("es", "Nepal prorroga el bloqueo de TikTok hasta nuevo aviso", ""),
    ("es", "La prohibición de TikTok seguirá vigente, asegura el Gobierno de Afganistán", ""),
    ("pt", "Governo do Senegal mantém a suspensão do TikTok", ""),
    ("pt", "Nepal prorroga o bloqueio do TikTok por tempo indeterminado", ""),
    ("pt", "Proibição do TikTok continua em vigor, diz o governo do Afeganistão", ""),
    ("fr", "Le Sénégal maintient la suspension de TikTok", ""),
    ("fr", "Le gouvernement népalais prolonge le blocage de TikTok", ""),
    ("fr", "L'interdiction de TikTok reste en vigueur, assure le gouvernement afghan", ""),
    ("it", "Il Senegal mantiene la sospensione di TikTok", ""),
    ("it", "Il governo del Nepal proroga il blocco di TikTok", ""),
    ("it", "Il divieto di TikTok resta in vigore, fa sapere il governo afghano", ""),
    ("ca", "El Senegal manté la suspensió de TikTok", ""),
    ("ca", "El govern del Nepal prorroga el bloqueig de TikTok", ""),
    ("ro", "Guvernul Senegalului menține suspendarea TikTok", ""),
    ("ro", "Nepalul prelungește blocarea TikTok pe termen nedefinit", ""),
    ("ro", "Interdicția TikTok rămâne în vigoare, anunță guvernul afgan", ""),
]

FACT_CHECKS = [
    # N8 (language, title, lead): a fact-check, a rumour, a denial of a ban
    ("es", "Falso: TikTok no ha sido prohibido en México", ""),
    ("es", "¿Está prohibido TikTok en Argentina? Esto es lo que sabemos", ""),
    ("es", "Los rumores sobre el bloqueo de TikTok son falsos, afirma el ministerio", ""),
    ("es", "La verdad sobre la prohibición de TikTok en Venezuela", ""),
    ("pt", "Fato ou fake: TikTok não foi proibido no Brasil", ""),
    ("pt", "O TikTok vai ser proibido em Portugal? Saiba o que se sabe", ""),
    ("pt", "Boatos sobre bloqueio do TikTok são falsos, diz ministério", ""),
    ("fr", "Faux : TikTok n'a pas été interdit au Sénégal", ""),
    ("fr", "TikTok est-il interdit en Algérie ? Ce que l'on sait", ""),
    ("fr", "Les rumeurs d'interdiction de TikTok sont infondées, selon le ministère", ""),
    ("fr", "La vérité sur l'interdiction de TikTok au Népal", ""),
    ("it", "Falso: TikTok non è stato vietato in Italia", ""),
    ("it", "TikTok è vietato in Albania? Ecco cosa sappiamo", ""),
    ("it", "Le voci sul blocco di TikTok sono false, precisa il ministero", ""),
    ("ca", "Fals: TikTok no ha estat prohibit a Espanya", ""),
    ("ca", "Els rumors sobre el bloqueig de TikTok són falsos, diu el ministeri", ""),
    ("ro", "Fals: TikTok nu a fost interzis în România", ""),
    ("ro", "Este interzis TikTok în Republica Moldova? Ce știm până acum", ""),
    ("ro", "Zvonurile privind blocarea TikTok sunt false, transmite ministerul", ""),
]

ASKS_TO_STOP = [
    # N9 (language, title, lead): someone asks a court or a government to stop, delay or pause a ban
    ("es", "Trump pide al Tribunal Supremo que retrase la prohibición de TikTok", ""),
    ("es", "Creadores piden a un juez que frene la prohibición de TikTok", ""),
    ("es", "Diputados instan al Gobierno a aplazar el veto a TikTok", ""),
    ("pt", "Trump pede à Suprema Corte que adie a proibição do TikTok", ""),
    ("pt", "Criadores pedem à Justiça que suspenda o banimento do TikTok", ""),
    ("pt", "Deputados pedem ao governo que adie a proibição do TikTok", ""),
    ("fr", "Trump demande à la Cour suprême de retarder l'interdiction de TikTok", ""),
    ("fr", "Des créateurs demandent à la justice de suspendre l'interdiction de TikTok", ""),
    ("fr", "Des députés pressent le gouvernement de reporter l'interdiction de TikTok", ""),
    ("it", "Trump chiede alla Corte Suprema di rinviare il divieto di TikTok", ""),
    ("it", "I creator chiedono al tribunale di sospendere il bando di TikTok", ""),
    ("it", "Deputati sollecitano il governo a rinviare il divieto di TikTok", ""),
    ("ca", "Trump demana al Tribunal Suprem que ajorni la prohibició de TikTok", ""),
    ("ca", "Creadors demanen a un jutge que aturi la prohibició de TikTok", ""),
    ("ro", "Trump cere Curții Supreme să amâne interdicția TikTok", ""),
    ("ro", "Creatorii de conținut cer instanței să suspende interdicția TikTok", ""),
    ("ro", "Deputații cer Guvernului să amâne interzicerea TikTok", ""),
]

USERS = [
    # N10 (language, title, lead): users or creators, not the app, fined, arrested, jailed or banned
    ("es", "La Policía multa a un tiktoker por un vídeo peligroso", ""),
    ("es", "Detienen a varios usuarios de TikTok por bromas en la vía pública", ""),
    ("es", "Un tribunal condena a prisión a una influencer de TikTok", ""),
    ("es", "El Gobierno prohíbe la entrada en el país a un creador de TikTok", ""),
    ("pt", "Polícia multa tiktoker por vídeo perigoso", ""),
    ("pt", "Polícia prende usuários do TikTok por pegadinhas", ""),
    ("pt", "Justiça condena influenciadora do TikTok à prisão", ""),
    ("pt", "Governo proíbe a entrada no país de um influenciador do TikTok", ""),
    ("fr", "La police verbalise un tiktokeur pour une vidéo dangereuse", ""),
    ("fr", "Des utilisateurs de TikTok arrêtés pour des canulars", ""),
    ("fr", "Un influenceur TikTok condamné à six mois de prison ferme", ""),
    ("fr", "Le gouvernement interdit de territoire un influenceur TikTok", ""),
    ("it", "La polizia multa un tiktoker per un video pericoloso", ""),
    ("it", "Arrestati due utenti di TikTok per uno scherzo", ""),
    ("it", "Il tribunale condanna al carcere un influencer di TikTok", ""),
    ("it", "Il governo vieta l'ingresso nel Paese a un tiktoker", ""),
    ("ca", "Els Mossos multen un tiktoker per un vídeo perillós", ""),
    ("ca", "Detinguts diversos usuaris de TikTok per unes bromes", ""),
    ("ca", "Un tribunal condemna a presó un influencer de TikTok", ""),
    ("ca", "El Govern prohibeix l'entrada al país a un creador de TikTok", ""),
    ("ro", "Poliția a amendat un tiktoker pentru un clip periculos", ""),
    ("ro", "Utilizatori de TikTok reținuți pentru farse în stradă", ""),
    ("ro", "Un influencer de pe TikTok, condamnat la închisoare", ""),
    ("ro", "Guvernul interzice intrarea în țară a unui influencer de pe TikTok", ""),
]

ACTS = [
    # P1, P2 (language, title, lead, type, jurisdiction)
    ("es", "Senegal prohíbe TikTok", "", "ban_national", "SN"),
    ("es", "La AEPD multa a TikTok con 3 millones de euros", "", "fine_or_penalty", "ES"),
    ("pt", "Senegal proíbe o TikTok", "", "ban_national", "SN"),
    ("pt", "Procon multa TikTok em R$ 5 milhões", "", "fine_or_penalty", "BR"),
    ("fr", "Le Népal interdit TikTok", "", "ban_national", "NP"),
    ("fr", "L'Arcom inflige une amende de 2 millions d'euros à TikTok", "", "fine_or_penalty", "FR"),
    ("it", "Il Senegal vieta TikTok", "", "ban_national", "SN"),
    ("it", "Il Garante della privacy multa TikTok per 5 milioni di euro", "", "fine_or_penalty", "IT"),
    ("ca", "El Senegal prohibeix TikTok", "", "ban_national", "SN"),
    ("ca", "La Comissió Europea multa TikTok amb 500 milions d'euros", "", "fine_or_penalty", "EU"),
    ("ro", "Senegalul interzice TikTok", "", "ban_national", "SN"),
    ("ro", "ANSPDCP amendează TikTok cu 50.000 de euro", "", "fine_or_penalty", "RO"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholds or maintains the ban
    ("es", "El Tribunal Supremo de Estados Unidos confirma la prohibición de TikTok", ""),
    ("es", "La Corte Suprema de Nepal mantiene la prohibición de TikTok", ""),
    ("pt", "Suprema Corte dos EUA mantém a proibição do TikTok", ""),
    ("fr", "La Cour suprême des États-Unis valide l'interdiction de TikTok", ""),
    ("fr", "La justice népalaise maintient l'interdiction de TikTok", ""),
    ("it", "La Corte Suprema degli Stati Uniti conferma il divieto di TikTok", ""),
    ("ca", "El Tribunal Suprem dels EUA avala la prohibició de TikTok", ""),
    ("ro", "Curtea Supremă a SUA menține interdicția TikTok", ""),
]
