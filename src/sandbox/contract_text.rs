//! The words of the sandbox's demo contracts in English, French and German.
//! Fixture content (the server's document, in the booking's language), not
//! app text: it does not go through the app's translation table.

/// The contract's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    Fr,
    De,
}

impl Lang {
    /// From the property's country: ISO code or name; English otherwise.
    pub(crate) fn for_country(iso2: Option<&str>, name: Option<&str>) -> Self {
        let iso = iso2.unwrap_or_default().trim().to_ascii_uppercase();
        let name = name.unwrap_or_default().trim().to_lowercase();
        match (iso.as_str(), name.as_str()) {
            ("FR" | "BE" | "LU", _) | (_, "france") => Lang::Fr,
            ("DE" | "AT", _) | (_, "germany" | "deutschland" | "austria") => Lang::De,
            _ => Lang::En,
        }
    }

    pub(crate) fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    /// Picks this language's text from (English, French, German).
    pub(crate) fn pick(self, texts: (&'static str, &'static str, &'static str)) -> &'static str {
        match self {
            Lang::En => texts.0,
            Lang::Fr => texts.1,
            Lang::De => texts.2,
        }
    }
}

pub(crate) const LEASE_TITLE: (&str, &str, &str) = (
    "Self-storage unit rental agreement",
    "Contrat de location d'un espace de stockage",
    "Mietvertrag über einen Lagerraum",
);
pub(crate) const TERMS_TITLE: (&str, &str, &str) = (
    "General terms of rental",
    "Conditions générales de location",
    "Allgemeine Mietbedingungen",
);
pub(crate) const REFERENCE: (&str, &str, &str) = ("Booking", "Réservation", "Buchung");
pub(crate) const DATE: (&str, &str, &str) = ("Date", "Date", "Datum");
pub(crate) const PARTIES: (&str, &str, &str) = ("1. Parties", "1. Parties", "1. Vertragsparteien");
pub(crate) const OPERATOR: (&str, &str, &str) = ("Operator", "Exploitant", "Vermieter");
pub(crate) const SITE: (&str, &str, &str) = ("Site", "Site", "Standort");
pub(crate) const CUSTOMER: (&str, &str, &str) = ("Customer", "Client", "Mieter");
pub(crate) const ADDRESS: (&str, &str, &str) = ("Address", "Adresse", "Anschrift");
pub(crate) const EMAIL: (&str, &str, &str) = ("E-mail", "E-mail", "E-Mail");
pub(crate) const PHONE: (&str, &str, &str) = ("Phone", "Téléphone", "Telefon");
pub(crate) const UNIT_SECTION: (&str, &str, &str) = ("2. Unit", "2. Espace loué", "2. Mietsache");
pub(crate) const UNIT: (&str, &str, &str) = ("Unit", "Box", "Lagerraum");
pub(crate) const SIZE: (&str, &str, &str) = ("Size", "Taille", "Größe");
pub(crate) const INSURANCE: (&str, &str, &str) = ("Insurance", "Assurance", "Versicherung");
pub(crate) const MOVE_IN: (&str, &str, &str) = ("Move-in date", "Date d'entrée", "Einzugsdatum");
pub(crate) const AMOUNTS: (&str, &str, &str) = ("3. Amounts", "3. Montants", "3. Beträge");
pub(crate) const FIRST_PAYMENT: (&str, &str, &str) = (
    "First payment (from move-in to the end of the first period)",
    "Premier paiement (de l'entrée à la fin de la première période)",
    "Erste Zahlung (vom Einzug bis zum Ende des ersten Zeitraums)",
);
pub(crate) const REGULAR_PAYMENT: (&str, &str, &str) = (
    "Each following period",
    "Chaque période suivante",
    "Jeder folgende Zeitraum",
);
pub(crate) const ITEM: (&str, &str, &str) = ("Item", "Article", "Posten");
pub(crate) const EXCL_TAX: (&str, &str, &str) = ("Excl. tax", "HT", "Netto");
pub(crate) const TAX: (&str, &str, &str) = ("Tax", "TVA", "MwSt.");
pub(crate) const TOTAL: (&str, &str, &str) = ("Total", "TTC", "Brutto");
pub(crate) const TOTAL_DUE: (&str, &str, &str) = ("Total due", "Total à payer", "Gesamtbetrag");
pub(crate) const SIGNATURES: (&str, &str, &str) =
    ("4. Signature", "4. Signature", "4. Unterschrift");
pub(crate) const SIGNATURE_NOTE: (&str, &str, &str) = (
    "The customer signs this agreement electronically at the site's front desk. The signature is recorded with the date and time of signing and bound to this document by its SHA-256 fingerprint. The general terms of rental form part of this agreement.",
    "Le client signe ce contrat électroniquement à l'accueil du site. La signature est enregistrée avec la date et l'heure de signature et liée à ce document par son empreinte SHA-256. Les conditions générales de location font partie du présent contrat.",
    "Der Mieter unterschreibt diesen Vertrag elektronisch am Empfang des Standorts. Die Unterschrift wird mit Datum und Uhrzeit gespeichert und über ihren SHA-256-Fingerabdruck an dieses Dokument gebunden. Die Allgemeinen Mietbedingungen sind Bestandteil dieses Vertrags.",
);
pub(crate) const PAGE_LABEL: (&str, &str, &str) = (
    "Page {page} of {pages}",
    "Page {page} sur {pages}",
    "Seite {page} von {pages}",
);

/// The general terms: (title, text) per clause.
/// A text in (English, French, German).
pub(crate) type Words = (&'static str, &'static str, &'static str);

pub(crate) const CLAUSES: &[(Words, Words)] = &[
    (
        (
            "Article 1 – Purpose",
            "Article 1 – Objet",
            "§ 1 – Gegenstand",
        ),
        (
            "The operator lets the customer the storage unit named in the rental agreement for the storage of goods belonging to the customer. The unit may not be used as a dwelling, an office or a workshop, nor sublet without the operator's written consent.",
            "L'exploitant loue au client l'espace de stockage désigné au contrat pour l'entreposage de biens appartenant au client. L'espace ne peut servir ni d'habitation, ni de bureau, ni d'atelier, ni être sous-loué sans l'accord écrit de l'exploitant.",
            "Der Vermieter überlässt dem Mieter den im Mietvertrag bezeichneten Lagerraum zur Einlagerung von Gegenständen, die dem Mieter gehören. Der Raum darf weder als Wohnung, Büro oder Werkstatt genutzt noch ohne schriftliche Zustimmung des Vermieters untervermietet werden.",
        ),
    ),
    (
        (
            "Article 2 – Duration",
            "Article 2 – Durée",
            "§ 2 – Mietdauer",
        ),
        (
            "The rental starts on the move-in date and runs for successive periods as stated in the agreement. Either party may end it with notice given before the start of the next period; a period begun is due in full.",
            "La location commence à la date d'entrée et se poursuit par périodes successives comme indiqué au contrat. Chaque partie peut y mettre fin par un préavis donné avant le début de la période suivante ; toute période commencée est due.",
            "Die Miete beginnt am Einzugsdatum und verlängert sich um die im Vertrag genannten Zeiträume. Jede Partei kann vor Beginn des nächsten Zeitraums kündigen; ein begonnener Zeitraum ist vollständig zu zahlen.",
        ),
    ),
    (
        (
            "Article 3 – Payment",
            "Article 3 – Paiement",
            "§ 3 – Zahlung",
        ),
        (
            "Rent and services are paid in advance for each period at the amounts stated in the agreement, taxes included. In case of late payment the operator may refuse access to the unit after a written reminder has remained without effect for eight days.",
            "Le loyer et les services sont payables d'avance pour chaque période aux montants indiqués au contrat, toutes taxes comprises. En cas de retard de paiement, l'exploitant peut refuser l'accès à l'espace après une relance écrite restée sans effet pendant huit jours.",
            "Miete und Leistungen sind für jeden Zeitraum im Voraus zu den im Vertrag genannten Beträgen einschließlich Steuern zu zahlen. Bei Zahlungsverzug kann der Vermieter den Zugang verweigern, wenn eine schriftliche Mahnung acht Tage ohne Wirkung geblieben ist.",
        ),
    ),
    (
        (
            "Article 4 – Prohibited goods",
            "Article 4 – Biens interdits",
            "§ 4 – Verbotene Gegenstände",
        ),
        (
            "It is forbidden to store flammable, explosive, toxic or perishable goods, living animals, weapons, cash or goods whose possession is unlawful. The customer is liable for any damage caused by the goods stored.",
            "Il est interdit d'entreposer des matières inflammables, explosives, toxiques ou périssables, des animaux vivants, des armes, des espèces ou des biens dont la détention est illicite. Le client répond de tout dommage causé par les biens entreposés.",
            "Die Einlagerung entzündlicher, explosiver, giftiger oder verderblicher Stoffe, lebender Tiere, von Waffen, Bargeld oder Gegenständen, deren Besitz verboten ist, ist untersagt. Der Mieter haftet für Schäden, die durch die eingelagerten Gegenstände entstehen.",
        ),
    ),
    (
        (
            "Article 5 – Access and keys",
            "Article 5 – Accès et clés",
            "§ 5 – Zugang und Schlüssel",
        ),
        (
            "The customer has access to the unit during the site's access hours with a personal code. The customer locks the unit with their own padlock and keeps its key; the operator holds no copy.",
            "Le client accède à l'espace pendant les horaires d'accès du site avec un code personnel. Le client ferme l'espace avec son propre cadenas et en garde la clé ; l'exploitant n'en détient aucun double.",
            "Der Mieter hat während der Zugangszeiten des Standorts mit einem persönlichen Code Zugang zum Lagerraum. Er verschließt den Raum mit einem eigenen Vorhängeschloss und behält den Schlüssel; der Vermieter besitzt keine Kopie.",
        ),
    ),
    (
        (
            "Article 6 – Insurance",
            "Article 6 – Assurance",
            "§ 6 – Versicherung",
        ),
        (
            "The goods stored must be insured by the customer, either under the insurance offered with the rental or under a policy of their own. The operator's liability is limited to damage caused by its own fault.",
            "Les biens entreposés doivent être assurés par le client, soit par l'assurance proposée avec la location, soit par un contrat personnel. La responsabilité de l'exploitant est limitée aux dommages causés par sa propre faute.",
            "Die eingelagerten Gegenstände sind vom Mieter zu versichern, entweder mit der zur Miete angebotenen Versicherung oder mit einer eigenen Police. Der Vermieter haftet nur für Schäden, die er selbst verschuldet hat.",
        ),
    ),
    (
        (
            "Article 7 – End of the rental",
            "Article 7 – Fin de la location",
            "§ 7 – Mietende",
        ),
        (
            "At the end of the rental the customer empties and cleans the unit and removes the padlock. Goods left behind after a formal notice may be removed at the customer's expense in accordance with the law.",
            "À la fin de la location, le client vide et nettoie l'espace et retire son cadenas. Les biens laissés après une mise en demeure peuvent être enlevés aux frais du client dans le respect de la loi.",
            "Am Mietende räumt und reinigt der Mieter den Lagerraum und entfernt sein Vorhängeschloss. Nach einer förmlichen Aufforderung zurückgelassene Gegenstände können auf Kosten des Mieters nach den gesetzlichen Vorschriften entfernt werden.",
        ),
    ),
    (
        (
            "Article 8 – Personal data",
            "Article 8 – Données personnelles",
            "§ 8 – Personenbezogene Daten",
        ),
        (
            "The customer's data are processed to perform this agreement and kept for the time the law requires. The customer may access, correct and erase their data by writing to the operator.",
            "Les données du client sont traitées pour l'exécution du présent contrat et conservées pendant la durée exigée par la loi. Le client peut y accéder, les rectifier et les effacer en écrivant à l'exploitant.",
            "Die Daten des Mieters werden zur Erfüllung dieses Vertrags verarbeitet und so lange gespeichert, wie es das Gesetz verlangt. Der Mieter kann schriftlich beim Vermieter Auskunft, Berichtigung und Löschung verlangen.",
        ),
    ),
    (
        (
            "Article 9 – Liability",
            "Article 9 – Responsabilité",
            "§ 9 – Haftung",
        ),
        (
            "The operator watches over the site and keeps its buildings in good repair. It is not liable for the loss of or damage to goods stored unless caused by its own fault; its liability is in any case limited to the value declared by the customer for insurance.",
            "L'exploitant assure la surveillance du site et l'entretien de ses bâtiments. Il ne répond de la perte ou de la détérioration des biens entreposés qu'en cas de faute de sa part ; sa responsabilité est en tout cas limitée à la valeur déclarée par le client pour l'assurance.",
            "Der Vermieter bewacht das Gelände und hält die Gebäude instand. Für Verlust oder Beschädigung eingelagerter Gegenstände haftet er nur bei eigenem Verschulden; seine Haftung ist in jedem Fall auf den vom Mieter für die Versicherung angegebenen Wert begrenzt.",
        ),
    ),
    (
        (
            "Article 10 – Inspection of the unit",
            "Article 10 – Visite de l'espace",
            "§ 10 – Besichtigung des Lagerraums",
        ),
        (
            "In an emergency, for works or at the request of an authority, the operator may open the unit after notice to the customer, or without notice when safety requires it. A report of the opening is sent to the customer.",
            "En cas d'urgence, de travaux ou à la demande d'une autorité, l'exploitant peut ouvrir l'espace après en avoir averti le client, ou sans avertissement lorsque la sécurité l'exige. Un compte rendu de l'ouverture est adressé au client.",
            "In Notfällen, für Arbeiten oder auf Verlangen einer Behörde darf der Vermieter den Lagerraum nach Ankündigung öffnen, ohne Ankündigung, wenn die Sicherheit es erfordert. Der Mieter erhält ein Protokoll der Öffnung.",
        ),
    ),
    (
        (
            "Article 11 – Change of price",
            "Article 11 – Révision du prix",
            "§ 11 – Preisänderung",
        ),
        (
            "The operator may change the rent once a year with written notice of at least one month before the period it applies to. The customer who does not accept the new price may end the rental before it applies.",
            "L'exploitant peut réviser le loyer une fois par an, par écrit, au moins un mois avant la période concernée. Le client qui n'accepte pas le nouveau prix peut mettre fin à la location avant son application.",
            "Der Vermieter kann die Miete einmal im Jahr mit schriftlicher Ankündigung mindestens einen Monat vor dem betroffenen Zeitraum ändern. Ein Mieter, der den neuen Preis nicht annimmt, kann vor dessen Geltung kündigen.",
        ),
    ),
    (
        (
            "Article 12 – Notices",
            "Article 12 – Notifications",
            "§ 12 – Mitteilungen",
        ),
        (
            "Notices are given by e-mail to the addresses stated in the agreement, or by registered letter. The customer informs the operator of any change of address without delay.",
            "Les notifications sont faites par courrier électronique aux adresses indiquées au contrat, ou par lettre recommandée. Le client informe l'exploitant sans délai de tout changement d'adresse.",
            "Mitteilungen erfolgen per E-Mail an die im Vertrag genannten Adressen oder per Einschreiben. Der Mieter teilt dem Vermieter jede Adressänderung unverzüglich mit.",
        ),
    ),
    (
        (
            "Article 13 – Applicable law",
            "Article 13 – Droit applicable",
            "§ 13 – Anwendbares Recht",
        ),
        (
            "This agreement is governed by the law of the country where the site is located. Any dispute is first brought to the operator's customer service; failing an agreement, the courts of the site's place have jurisdiction, subject to the consumer's rights.",
            "Le présent contrat est régi par le droit du pays où se trouve le site. Tout différend est d'abord porté devant le service client de l'exploitant ; à défaut d'accord, les tribunaux du lieu du site sont compétents, sous réserve des droits du consommateur.",
            "Dieser Vertrag unterliegt dem Recht des Landes, in dem sich der Standort befindet. Streitigkeiten werden zuerst dem Kundendienst des Vermieters vorgetragen; ohne Einigung sind die Gerichte am Ort des Standorts zuständig, vorbehaltlich der Verbraucherrechte.",
        ),
    ),
];
