"""Two more kinds of hard negative, read the way the English engine reads them, in the Romance-language packs
(es, pt, fr, it, ca, ro): a reprieve, a delay or a deal in TikTok's favour (an order putting off the ban, a
deadline to sell extended, a sale approved, a ban suspended for talks) is no act against TikTok; nor is an act
against another company, or against content posted on TikTok, that merely names TikTok (X fined while TikTok
"is also under investigation", a regulator sanctioning videos or ordering a politician's posts removed). The
positive controls beside them (a country banning the app, a regulator fining TikTok alone or TikTok and Meta
together, an order to sell or to wind up the local business) stay new acts of the right type. Every phrasing
was written for this file.
"""

from __future__ import annotations

REPRIEVES = [
    # N11 (language, title, lead): a reprieve, a delay or a deal favourable to TikTok
    ("es", "Trump firma un decreto que aplaza 75 días la prohibición de TikTok", ""),
    ("es", "El Gobierno pospone la prohibición de TikTok", ""),
    ("es", "Estados Unidos amplía el plazo para la venta de TikTok", ""),
    ("es", "Trump firma una orden ejecutiva que aprueba la venta de las operaciones de TikTok en EE. UU.", ""),
    ("es", "El ministerio suspende la prohibición de TikTok para negociar con la empresa", ""),
    ("pt", "Trump assina decreto que adia em 75 dias a proibição do TikTok", ""),
    ("pt", "Governo adia a proibição do TikTok", ""),
    ("pt", "EUA prorrogam prazo para a venda do TikTok", ""),
    ("pt", "Trump assina ordem executiva que aprova a venda do TikTok nos EUA", ""),
    ("pt", "Ministério suspende a proibição do TikTok para negociar com a empresa", ""),
    ("fr", "Trump signe un décret repoussant de 75 jours l'interdiction de TikTok", ""),
    ("fr", "Le gouvernement reporte l'interdiction de TikTok", ""),
    ("fr", "Washington prolonge le délai accordé à TikTok pour trouver un acheteur", ""),
    ("fr", "Trump signe un décret approuvant la vente des activités américaines de TikTok", ""),
    ("fr", "Le ministère suspend l'interdiction de TikTok le temps des négociations", ""),
    ("it", "Trump firma un ordine esecutivo che rinvia di 75 giorni il divieto di TikTok", ""),
    ("it", "Il governo rinvia il divieto di TikTok", ""),
    ("it", "Gli Stati Uniti prorogano la scadenza per la vendita di TikTok", ""),
    ("it", "Trump firma l'ordine esecutivo che approva la vendita di TikTok negli Usa", ""),
    ("it", "Il ministero sospende il divieto di TikTok per avviare una trattativa", ""),
    ("ca", "Trump signa un decret que ajorna 75 dies la prohibició de TikTok", ""),
    ("ca", "El Govern ajorna la prohibició de TikTok", ""),
    ("ca", "Els Estats Units amplien el termini per a la venda de TikTok", ""),
    ("ca", "Trump signa una ordre executiva que aprova la venda de TikTok als EUA", ""),
    ("ca", "El Govern suspèn la prohibició de TikTok mentre negocia amb l'empresa", ""),
    ("ro", "Trump semnează un ordin executiv care amână cu 75 de zile interzicerea TikTok", ""),
    ("ro", "Guvernul amână interzicerea TikTok", ""),
    ("ro", "SUA prelungesc termenul pentru vânzarea TikTok", ""),
    ("ro", "Trump semnează ordinul executiv care aprobă vânzarea TikTok în SUA", ""),
    ("ro", "Ministerul suspendă interdicția TikTok pe durata negocierilor", ""),
]

OTHER_TARGETS = [
    # N13 (language, title, lead): an act against another company, or against content on TikTok, naming TikTok
    ("es", "La UE multa a X (antes Twitter) por incumplir las normas de transparencia", "TikTok y Meta también están bajo investigación."),
    ("es", "El regulador ordena retirar las publicaciones de un político en TikTok", ""),
    ("es", "El Consejo Audiovisual sanciona vídeos publicados en TikTok y Facebook", ""),
    ("pt", "UE multa o X (antigo Twitter) por violar regras de transparência", "TikTok e Meta também estão sob investigação."),
    ("pt", "TSE manda remover publicações de candidato no TikTok e no Instagram", ""),
    ("pt", "ERC sanciona vídeos publicados no TikTok e no Facebook", ""),
    (
        "fr",
        "L'UE inflige une amende à X (ex-Twitter) pour manquement aux règles de transparence",
        "TikTok et Meta font aussi l'objet d'enquêtes.",
    ),
    ("fr", "La HAAC sanctionne des vidéos publiées sur TikTok et Facebook", ""),
    ("fr", "Le régulateur ordonne le retrait des publications d'un député sur TikTok", ""),
    ("it", "L'Ue multa X (ex Twitter) per violazione delle regole sulla trasparenza", "Anche TikTok e Meta sono sotto indagine."),
    ("it", "L'Agcom sanziona i video pubblicati su TikTok e Facebook da un candidato", ""),
    ("it", "Il Garante ordina la rimozione dei post di un politico su TikTok", ""),
    ("ca", "La UE multa X (abans Twitter) per incomplir les normes de transparència", "TikTok i Meta també són investigades."),
    ("ca", "El CAC sanciona vídeos publicats a TikTok i Facebook", ""),
    ("ca", "El regulador ordena retirar les publicacions d'un polític a TikTok", ""),
    ("ro", "UE amendează X (fostul Twitter) pentru încălcarea regulilor de transparență", "TikTok și Meta sunt de asemenea investigate."),
    ("ro", "CNA sancționează clipuri postate pe TikTok și Facebook", ""),
    ("ro", "CNA a dispus eliminarea postărilor unui politician de pe TikTok", ""),
]

ACTS = [
    # P1, P2, P5, P6 (language, title, lead, type, jurisdiction)
    ("es", "Senegal prohíbe TikTok", "", "ban_national", "SN"),
    ("es", "La CNMC multa a TikTok con 5 millones de euros", "", "fine_or_penalty", "ES"),
    ("es", "La Comisión Europea multa a TikTok y Meta", "", "fine_or_penalty", "EU"),
    ("es", "Estados Unidos ordena a ByteDance vender TikTok", "", "divestiture_order", "US"),
    ("es", "Canadá ordena a TikTok cerrar sus oficinas en el país", "", "business_wind_up_order", "CA"),
    ("pt", "Senegal proíbe o TikTok", "", "ban_national", "SN"),
    ("pt", "Procon multa TikTok em R$ 5 milhões", "", "fine_or_penalty", "BR"),
    ("pt", "Comissão Europeia multa TikTok e Meta", "", "fine_or_penalty", "EU"),
    ("pt", "EUA obrigam a ByteDance a vender o TikTok", "", "divestiture_order", "US"),
    ("fr", "Le Népal interdit TikTok", "", "ban_national", "NP"),
    ("fr", "La CNIL inflige une amende à TikTok", "", "fine_or_penalty", "FR"),
    ("fr", "La Commission européenne inflige une amende à TikTok et Meta", "", "fine_or_penalty", "EU"),
    ("fr", "Le Canada ordonne la dissolution de la filiale canadienne de TikTok", "", "business_wind_up_order", "CA"),
    ("it", "Il Senegal vieta TikTok", "", "ban_national", "SN"),
    ("it", "L'Antitrust multa TikTok per 10 milioni di euro", "", "fine_or_penalty", "IT"),
    ("it", "La Commissione europea multa TikTok e Meta", "", "fine_or_penalty", "EU"),
    ("it", "Gli Stati Uniti obbligano ByteDance a vendere TikTok", "", "divestiture_order", "US"),
    ("ca", "El Senegal prohibeix TikTok", "", "ban_national", "SN"),
    ("ca", "La Comissió Europea multa TikTok i Meta", "", "fine_or_penalty", "EU"),
    ("ca", "Els Estats Units obliguen ByteDance a vendre TikTok", "", "divestiture_order", "US"),
    ("ro", "Senegalul interzice TikTok", "", "ban_national", "SN"),
    ("ro", "Comisia Europeană amendează TikTok și Meta", "", "fine_or_penalty", "EU"),
    ("ro", "Canada ordonă închiderea filialei TikTok din țară", "", "business_wind_up_order", "CA"),
]
