### StoreDesk interface texts: French.
### Register: "vous". A space before ":", ";", "?" and "s" (seconds),
### as the API writes "74,10 €". Day names in lower case.
### "Booking" is "dossier"; "property" is "site".

## api
no-server-address-is-set = aucune adresse de serveur n'est définie
address-is-not-a-web-address-error = « { $address } » n'est pas une adresse web ({ $error })
address-is-not-encrypted-http-use-https-or = « { $address } » n'est pas chiffrée (http). Utilisez https, ou activez « Autoriser le http non chiffré » dans les Paramètres
the-scheme-scheme-is-not-http-or-https = le schéma « { $scheme } » n'est ni http ni https
address-has-no-host = « { $address } » n'indique aucun hôte
the-http-client-could-not-start-error = le client HTTP n'a pas pu démarrer : { $error }
no-reservation-with-this-id = Aucune réservation ne correspond à cet identifiant.
no-booking-with-this-id = Aucun dossier ne correspond à cet identifiant.
no-reservation-or-booking-with-this-id = Aucune réservation ni aucun dossier ne correspond à cet identifiant.
the-server-did-not-accept-this-reservation-id = Le serveur n'a pas accepté cet identifiant de réservation.
the-server-could-not-read-this-reservations-details = Le serveur n'a pas pu lire le détail de cette réservation.
the-server-did-not-accept-this-booking-id = Le serveur n'a pas accepté cet identifiant de dossier.
the-server-could-not-load-this-bookings-details = Le serveur n'a pas pu charger le détail de ce dossier.
this-bookings-details-are-incomplete-on-the-server = Le détail de ce dossier est incomplet sur le serveur.
the-server-refused-the-signature-image = Le serveur a refusé l'image de la signature.
the-server-has-no-contract-document-type-set = Aucun type de document de contrat n'est configuré sur le serveur pour ce dossier.
the-clients-details-on-this-booking-are-incomplete = Les coordonnées du client de ce dossier sont incomplètes.
the-api-key-was-refused = La clé API a été refusée.
the-server-could-not-complete-the-request = Le serveur n'a pas pu traiter la demande.
the-server-had-a-technical-problem = Le serveur a rencontré un problème technique.
the-server-refused-the-request-code = Le serveur a refusé la demande ({ $code }).
check-the-id-on-the-customers-confirmation-email = Vérifiez l'identifiant dans l'e-mail de confirmation du client, puis réessayez.
look-the-booking-up-again-then-retry = Recherchez à nouveau le dossier, puis réessayez.
ask-the-customer-to-sign-again-larger-then = Demandez au client de signer à nouveau, en plus grand, puis validez.
open-the-booking-in-the-storegister-back-office = Ouvrez le dossier dans le back-office StoRegister, complétez-le, puis réessayez.
enter-a-valid-api-key-in-settings = Saisissez une clé API valide dans les Paramètres.
try-again-if-it-keeps-failing-note-the = Réessayez ; si l'échec persiste, notez le code pour le support.
try-again-in-a-minute-if-it-persists = Réessayez dans une minute ; si le problème persiste, contactez votre administrateur StoRegister.
input-is-not-a-valid-reservation-id-reason = « { $input } » n'est pas un identifiant de réservation valide : { $reason }
input-is-not-a-valid-booking-id-reason = « { $input } » n'est pas un identifiant de dossier valide : { $reason }
the-server-refused-the-request = Le serveur a refusé la demande.
no-api-key-is-set = Aucune clé API n'est définie.
the-api-key-was-refused-http-401 = La clé API a été refusée (HTTP 401).
this-api-key-may-not-use-this-function = Cette clé API n'a pas accès à cette fonction (HTTP 403).
the-server-has-no-such-address-http-404 = Cette adresse n'existe pas sur le serveur (HTTP 404). L'URL de base est peut-être erronée.
the-server-is-receiving-too-many-requests-http = Le serveur reçoit trop de demandes (HTTP 429).
the-server-is-having-trouble-http-status = Le serveur rencontre des difficultés (HTTP { $status }).
the-server-answered-with-an-unexpected-status-http = Le serveur a répondu avec un statut inattendu (HTTP { $status }).
the-server-did-not-answer-in-time-seconds = Le serveur n'a pas répondu à temps ({ $seconds } s).
could-not-connect-to-host-nothing-is-listening = Connexion à { $host } impossible : aucun service n'y répond.
could-not-reach-host-detail = Impossible de joindre { $host } : { $detail }
the-secure-connection-to-host-failed-detail = La connexion sécurisée à { $host } a échoué : { $detail }
the-connection-was-interrupted-detail = La connexion a été interrompue : { $detail }
the-server-sent-a-web-page-instead-of = Le serveur a envoyé une page web au lieu de données (HTTP { $status }, { $content_type }).
the-servers-answer-is-too-large-over-limit = La réponse du serveur est trop volumineuse (plus de { $limit } Mio).
the-servers-answer-could-not-be-understood-at = La réponse du serveur est incompréhensible à `{ $path }` : { $detail }
the-server-url-is-not-usable-detail = L'URL du serveur est inutilisable : { $detail }
the-redirect-to-another-host-was-refused-to = La redirection vers un autre hôte a été refusée pour protéger la clé API ({ $to }).
ids-look-like-3d491954-4ec3-466b-a7bc-a95b506aa8f3 = Un identifiant ressemble à 3d491954-4ec3-466b-a7bc-a95b506aa8f3 : copiez-le depuis l'e-mail de confirmation.
try-again-if-it-keeps-failing-contact-support = Réessayez ; si l'échec persiste, contactez le support.
open-settings-and-enter-the-api-key-from = Ouvrez les Paramètres et saisissez la clé API fournie par l'application de gestion StoRegister.
ask-your-administrator-for-a-key-with-booking = Demandez à votre administrateur une clé ayant accès aux dossiers.
check-the-server-address-in-settings = Vérifiez l'adresse du serveur dans les Paramètres.
wait-a-minute-and-try-again = Patientez une minute, puis réessayez.
check-the-network-connection-and-try-again = Vérifiez la connexion réseau, puis réessayez.
check-the-network-and-the-server-address-in = Vérifiez le réseau et l'adresse du serveur dans les Paramètres.
the-servers-certificate-was-not-trusted-check-the = Le certificat du serveur n'est pas reconnu. Vérifiez l'adresse, l'horloge du système et un éventuel proxy.
the-address-may-point-at-a-website-a = L'adresse désigne peut-être un site web, une page de connexion ou un proxy. Vérifiez l'adresse du serveur dans les Paramètres.
this-is-a-server-problem-note-the-booking = Il s'agit d'un problème du serveur : notez l'identifiant du dossier et prévenez le support.
set-the-final-server-address-in-settings = Saisissez l'adresse définitive du serveur dans les Paramètres.
it-is-empty = il est vide
an-id-uses-only-the-digits-0-9 = un identifiant ne contient que les chiffres 0-9, les lettres a-f et des tirets
an-id-has-32-hexadecimal-digits-this-one = un identifiant compte 32 chiffres hexadécimaux, celui-ci en a { $count }
the-dashes-are-not-where-an-id-has = les tirets ne sont pas à leur place (8-4-4-4-12)

## hours
monday = lundi
tuesday = mardi
wednesday = mercredi
thursday = jeudi
friday = vendredi
saturday = samedi
sunday = dimanche
jan = janv.
feb = févr.
mar = mars
apr = avr.
may = mai
jun = juin
jul = juil.
aug = août
sep = sept.
oct = oct.
nov = nov.
dec = déc.
day-month = { $day } { $month }
closes-at-time = ferme à { $time }
opens-at-time = ouvre à { $time }
closes-at-midnight = ferme à minuit
opens-at-midnight = ouvre à minuit
closes-day-time = ferme { $day } à { $time }
opens-day-time = ouvre { $day } à { $time }
closes-day-date-time = ferme { $day } { $date } à { $time }
opens-day-date-time = ouvre { $day } { $date } à { $time }
public-holidays = Jours fériés
day-the-time-slot-text-could-not-be = { $day } : la plage horaire { $text } est illisible ; ignorée.
day-the-time-slot-text-ends-before-it = { $day } : la plage horaire { $text } finit avant de commencer ; ignorée.
day-the-time-slots-a-and-b-overlap = { $day } : les plages horaires { $a } et { $b } se chevauchent ; comptées comme { $merged }.
day-the-time-slot-slot-is-given-twice = { $day } : la plage horaire { $slot } figure deux fois.
day-no-entry-in-the-opening-hours-treated = { $day } : absent des horaires d'ouverture ; considéré comme fermé.
day-given-more-than-once-the-first-entry = { $day } : indiqué plusieurs fois ; la première entrée est retenue.
day-marked-closed-but-has-time-slots-treated = { $day } : indiqué fermé mais avec des plages horaires ; considéré comme fermé.
day-not-marked-closed-but-has-no-hours = { $day } : non indiqué fermé mais sans horaires ; considéré comme fermé.
day-the-entry-is-named-name-another-day = { $day } : l'entrée s'appelle { $name }, un autre jour ; le numéro du jour fait foi.
none = aucun
an-entry-with-day-number-number-name-is = Une entrée avec le numéro de jour { $number } ({ $name }) ne correspond à aucun jour ; ignorée.
an-entry-with-day-number-number-is-not = Une entrée avec le numéro de jour { $number } ne correspond à aucun jour ; ignorée.
not-given = non indiqué
country-country-spans-several-time-zones-times-are = Le pays { $country } couvre plusieurs fuseaux horaires ; les heures sont lues en { $zone }.
no-time-zone-known-for-country-country-times = Aucun fuseau horaire connu pour le pays { $country } ; les heures sont lues en { $zone }.
new-years-day = Jour de l'an
easter-monday = Lundi de Pâques
labour-day = Fête du Travail
victory-in-europe-day = Victoire 1945
ascension-day = Ascension
whit-monday = Lundi de Pentecôte
bastille-day = Fête nationale
assumption-day = Assomption
all-saints-day = Toussaint
armistice-day = Armistice 1918
christmas-day = Noël
good-friday = Vendredi saint
st-stephens-day = Saint-Étienne
german-unity-day = Fête de l'unité allemande
second-day-of-christmas = Lendemain de Noël
zone-time-zone-guessed = { $zone }, fuseau horaire supposé
open-now-change-zone = Ouvert · { $change } ({ $zone })
open-now-open-for-at-least-the-next = Ouvert · { $days ->
        [one] pendant au moins { $days } jour à venir
       *[other] pendant au moins les { $days } prochains jours
    } ({ $zone })
closed-change-zone = Fermé · { $change } ({ $zone })
closed-public-holiday-holiday-change-zone = Fermé · jour férié ({ $holiday }) · { $change } ({ $zone })
closed-does-not-open-in-the-next-days = Fermé · { $days ->
        [one] pas d'ouverture dans le { $days } jour à venir
       *[other] pas d'ouverture dans les { $days } prochains jours
    } ({ $zone })
closed-public-holiday-holiday-does-not-open-in = Fermé · jour férié ({ $holiday }) · { $days ->
        [one] pas d'ouverture dans le { $days } jour à venir
       *[other] pas d'ouverture dans les { $days } prochains jours
    } ({ $zone })
closed = fermé
open-no-hours-given = ouvert (horaires non indiqués)
open-hours = ouvert { $hours }
public-holidays-no-rule-given = Jours fériés : aucune règle indiquée
public-holidays-rule-applied-on-country-national-holidays = Jours fériés : { $rule } (appliqué aux jours fériés nationaux { $country } ; les jours fériés régionaux ne sont pas connus)
public-holidays-rule-no-holiday-calendar-for-country = Jours fériés : { $rule } (pas de calendrier des jours fériés pour { $country } : non appliqué aux dates)
public-holidays-rule-no-holiday-calendar-for-this = Jours fériés : { $rule } (pas de calendrier des jours fériés pour ce pays : non appliqué aux dates)

## domain_misc
the-pin-may-contain-digits-only = Le code PIN ne peut contenir que des chiffres.
the-pin-needs-at-least-4-digits = Le code PIN doit comporter au moins 4 chiffres.
the-pin-may-have-at-most-12-digits = Le code PIN peut comporter au plus 12 chiffres.
use-a-pin-that-is-harder-to-guess = Choisissez un code PIN plus difficile à deviner qu'un même chiffre répété ou une suite simple.
the-two-pins-are-not-the-same = Les deux codes PIN ne sont pas identiques.
the-stored-kiosk-pin-is-not-in-a = Le code PIN du kiosque enregistré est dans un format inconnu ; définissez un nouveau code PIN dans les Paramètres.
please-sign-on-the-pad-before-confirming = Veuillez signer dans le cadre avant de valider.
this-looks-like-a-single-dot-please-sign = Cela ressemble à un simple point. Veuillez signer de votre nom.
the-signature-is-too-small-please-sign-larger = La signature est trop petite. Veuillez signer plus grand.
the-signature-is-too-short-please-sign-your = La signature est trop courte. Veuillez signer de votre nom complet.
the-signature-could-not-be-prepared-please-try = La signature n'a pas pu être préparée. Veuillez réessayer.
the-system-keyring = dans le trousseau du système
this-session-only = pour cette session seulement
the-storedesk-api-key-variable = dans la variable STOREDESK_API_KEY
demo-mode = en mode démo
the-saved-settings-could-not-be-read-and = Les paramètres enregistrés étaient illisibles et ont été remis aux valeurs par défaut ({ $error }).
the-demo-server-could-not-start-on-this = Le serveur de démonstration n'a pas pu démarrer sur cet ordinateur : { $error }
the-current-pin-is-not-right = Le code PIN actuel n'est pas correct.
error-the-pin-is-kept-for-this-session = { $error } Le code PIN n'est conservé que pour cette session ; définissez-le à nouveau après un redémarrage.

## ui_a
lookup = Recherche
quote-comparison = Comparaison de devis
signature = Signature
property-hours = Horaires des sites
settings = Paramètres
no-name = (sans nom)
open-for-the-next-14-days = ouvert les 14 prochains jours
not-within-14-days = pas dans les 14 jours
on-this-computers-clock-zone-change = À l'heure de cet ordinateur ({ $zone }) : { $change }
open = Ouvert
closed-title = Fermé
no-property-yet-look-a-reservation-or-booking = Aucun site pour l'instant : recherchez une réservation ou un dossier, ou actualisez la liste.
properties-title = Sites
refresh-list = Actualiser la liste
ask-the-server-for-its-list-of-properties = Demander au serveur la liste de ses sites
from-this-sessions-lookups-and-the-servers-property = D'après les recherches de cette session et la liste des sites du serveur. Les heures sont celles de chaque site.
the-property-list-could-not-be-loaded-error = La liste des sites n'a pas pu être chargée : { $error }
properties-seen-in-lookups-are-still-listed = Les sites vus lors des recherches restent affichés.
name = Nom
city = Ville
now = Maintenant
next-change-propertys-time = Prochain changement (heure du site)
address = Adresse
phone = Téléphone
email = E-mail
times-are-in-zone = Heures exprimées en { $zone }.
office-hours-week-by-week = Horaires de l'accueil, semaine par semaine
office-staff-at-the-desk = Accueil (personnel présent)
as-the-server-writes-it-the-week-table = Tel que le serveur l'écrit ; le tableau de la semaine est celui de l'accueil.
access-tenants-gate = Accès (portail des locataires)
given-as-text-only-not-part-of-the = Indiqué seulement sous forme de texte : absent du tableau de la semaine.
not-given-by-the-server = Non fourni par le serveur
day = Jour
office-hours = Horaires de l'accueil
status = État
no-data-closed = aucune donnée (fermé)
today = aujourd'hui
the-servers-opening-hours-for-this-property-look = Les horaires d'ouverture de ce site envoyés par le serveur semblent anormaux ; voici comment ils ont été lus :
the-manager-pin-is-set = Le code PIN du responsable est défini.
the-manager-pin-was-removed = Le code PIN du responsable a été supprimé.
that-pin-is-not-right = Ce code PIN n'est pas correct.
are-you-still-there = Êtes-vous toujours là ?
for-your-privacy-this-screen-will-be-cleared = Pour protéger vos données, cet écran sera effacé dans { $seconds } s.
yes-i-am-still-here = Oui, je suis toujours là
lock = Verrouiller
close-storedesk = Fermer StoreDesk
leave-kiosk-mode = Quitter le mode kiosque
staff = Personnel
for-staff-needs-the-manager-pin = Réservé au personnel : nécessite le code PIN du responsable.
welcome = Bienvenue
a-member-of-staff-will-prepare-your-document = Un membre du personnel va préparer votre document pour la signature.
no-manager-pin-is-set-anyone-can-leave = Aucun code PIN du responsable n'est défini : n'importe qui peut quitter le mode kiosque ou fermer l'application.
set-a-pin-now-before-the-customer-uses = Définissez un code PIN maintenant, avant que le client n'utilise le kiosque.
staff-screen-look-the-booking-up-then-hand = Écran du personnel : recherchez le dossier, puis confiez le kiosque au client.
ready-to-sign-who = Prêt pour la signature : { $who }
hand-over-for-signing = Confier pour signature
staff-access = Accès du personnel
enter-the-manager-pin = Saisissez le code PIN du responsable.
manager-pin = Code PIN du responsable
delete = Effacer
ok = OK
checking = Vérification…
too-many-wrong-pins-try-again-in-seconds = Trop de codes PIN erronés. Réessayez dans { $seconds } s.
cancel = Annuler
current-pin = Code PIN actuel
new-pin = Nouveau code PIN
new-pin-again = Confirmer le nouveau code PIN
change-pin = Modifier le code PIN
set-pin = Définir le code PIN
remove-pin = Supprimer le code PIN
kiosk-and-signature = Kiosque et signature
start-in-kiosk-mode-also-storedesk-kiosk = Démarrer en mode kiosque (ou : storedesk --kiosk)
seconds-without-a-touch-before-are-you-still = Secondes sans toucher l'écran avant « Êtes-vous toujours là ? »
signature-images-on-a-white-background-otherwise-transparent = Images de signature sur fond blanc (sinon transparent)
reading-the-credential-store = Lecture du coffre à identifiants…
no-pin-is-set-the-pin-protects-leaving = Aucun code PIN n'est défini. Le code PIN protège la sortie du mode kiosque et la fermeture de l'application.
a-pin-is-set-kept-in-store = Un code PIN est défini, conservé { $store }.
start-kiosk-mode-now = Passer en mode kiosque maintenant

## ui_b
look-up-a-reservation-or-booking = Rechercher une réservation ou un dossier
reservation-or-booking-id = Identifiant de réservation ou de dossier
look-up = Rechercher
enter = Entrée
recent = Récents :
type-or-paste-the-id-from-the-customers = Saisissez ou collez l'identifiant figurant sur la confirmation du client, puis appuyez sur Entrée.
demo-bookings = Dossiers de démonstration…
sample-reservations-and-bookings-from-the-built-in = Réservations et dossiers d'exemple du serveur de démonstration intégré.
reservation = Réservation
booking = Dossier
unit = Box
storage-type = Type de stockage
category-title = Catégorie
space = Emplacement
dates = Dates
transaction = Transaction
move-in = Entrée dans les lieux
contract = Contrat
signed = Signé
not-signed-yet = Pas encore signé
unknown = Inconnu
the-bookings-quote-could-not-be-loaded-error = Le devis du dossier n'a pas pu être chargé : { $error }
quote = Devis
first-payment = Premier paiement
regular-payment = Paiement régulier
open-in-quote-comparison = Ouvrir dans la comparaison de devis
take-signature = Faire signer
opens-the-signature-pad-for-this-booking-with = Ouvre le cadre de signature de ce dossier, avec ses montants affichés au-dessus.
client = Client
property = Site
access-hours = Horaires d'accès
count-days-open = { $count } { $count ->
        [one] jour d'ouverture
       *[other] jours d'ouverture
    }
size-title = Taille
dimensions = Dimensions
connection = Connexion
demo-mode-is-on-the-app-talks-to = Le mode démo est actif : l'application utilise le serveur de démonstration local à l'adresse { $address }. Redémarrez l'application sans --demo pour utiliser votre propre serveur.
server-address = Adresse du serveur
send-the-key-as = Envoyer la clé sous la forme
timeout-seconds = Délai d'attente (secondes)
allow-unencrypted-http-to-other-computers-unsafe-the = Autoriser le http non chiffré vers d'autres ordinateurs (risqué : la clé est envoyée en clair)
save-connection = Enregistrer la connexion
connection-saved = Connexion enregistrée.
api-key = Clé API
set-ends-with-masked-kept-in-store = Définie, se termine par { $masked } — conservée { $store }
new-api-key = Nouvelle clé API
save-key = Enregistrer la clé
use-for-this-session-only = Utiliser pour cette session seulement
the-key-is-kept-in-memory-until-the = La clé est gardée en mémoire jusqu'à la fermeture de l'application.
remove-key = Supprimer la clé
use-use-for-this-session-only-the-key = Utilisez « Utiliser pour cette session seulement » : la clé reste alors en mémoire et est oubliée à la fermeture de l'application.
x-api-key-key = X-API-Key: <clé>
authorization-x-api-key-key = Authorization: X-API-Key <clé>
appearance = Apparence
language = Langue
theme = Thème
system = Système
light = Clair
dark = Sombre
undo = Annuler le trait
clear = Effacer tout
confirm-and-save = Valider et enregistrer
saving-the-signature = Enregistrement de la signature…
the-signature-could-not-be-saved-error = La signature n'a pas pu être enregistrée. { $error }
the-signature-is-kept-press-confirm-and-save = La signature est conservée : appuyez à nouveau sur « Valider et enregistrer », inutile de signer une nouvelle fois.
no-booking-is-selected-for-signing = Aucun dossier n'est sélectionné pour la signature.
look-the-reservation-or-booking-up-first-then = Recherchez d'abord la réservation ou le dossier, puis appuyez sur « Faire signer » sur sa fiche.
take-signature-for-client = Faire signer { $client }
go-to-lookup = Aller à la recherche
by-signing-below-you-accept-this-booking-and = En signant ci-dessous, vous acceptez ce dossier et les montants indiqués.
signature-saved = Signature enregistrée
thank-you-the-signature-was-received-for-the = Merci. La signature a bien été reçue pour le dossier ci-dessous.
signed-on = Signé le
reference = Référence
label-value = { $label } : { $value }
the-signature-image-is-no-longer-kept-on = L'image de la signature n'est plus conservée sur cet ordinateur.
done = Terminé
signature-pad = Cadre de signature
sign-here = Signez ici
demo-data-at-address = Données de démonstration à l'adresse { $address }
starting-the-demo-server = Démarrage du serveur de démonstration…
no-server-set = Aucun serveur défini
server-server = Serveur : { $server }
checking-ellipsis = vérification…
not-set = non définie
set-ends-with-masked-store = définie, se termine par { $masked } ({ $store })
api-key-key = Clé API : { $key }
working = Traitement en cours…
welcome-to-storedesk = Bienvenue dans StoreDesk
no-api-key-is-set-for-the-storegister = Aucune clé API n'est encore définie pour le serveur StoRegister.
try-with-demo-data = Essayer avec des données de démonstration
starts-a-local-demo-server-on-this-computer = Démarre sur cet ordinateur un serveur de démonstration local avec des dossiers d'exemple.
enter-an-api-key = Saisir une clé API
you-can-still-use-a-key-for-this = Vous pouvez tout de même utiliser une clé pour cette session seulement, dans les Paramètres.
what-to-do-next = Que faire : { $next }

## demo
documented-reservation-renaud-pons-box-4-m2-at = Réservation de la documentation : Renaud Pons, box 4 m² à Chalets, Toulouse ; le premier cycle est un mois complet (27,08 € + 20 % TVA = 32,50 €)
quote-for-the-documented-reservation-chalets-toulouse-box = Devis de la réservation de la documentation : Chalets, Toulouse, box 4 m², 32,50 € par mois, sans remise
documented-quote-avenall-pouchard-box-a2-9-m2 = Devis de la documentation : Avenall Pouchard, box A2 9 m² à Emmerich (DE), 23 jours au prorata, remise récurrente de 5 % (avec les montants incohérents de la documentation)
reservation-at-lyon-gerland-elodie-marchand-6-m3 = Réservation à Lyon Gerland : Élodie Marchand, box de 6 m³, assurance, cadenas + cartons, 10 € de remise chaque mois
quote-for-the-lyon-reservation-18-days-prorated = Devis de la réservation de Lyon : 18 jours au prorata (66,00 €), puis 69,00 € par mois
signed-booking-at-berlin-tempelhof-jonas-hartmann-5 = Dossier signé à Berlin Tempelhof : Jonas Hartmann, 5 m², TVA 19 %, 14 jours au prorata, 10 % de remise sur le premier paiement seulement

## quote
preview = Aperçu
full-cycle = Cycle complet
prorated = Au prorata
live-preview-of-the-booking-subscription = Aperçu en direct du dossier (subscription)
one-complete-billing-cycle-billingsubscription = Un cycle de facturation complet (billingSubscription)
first-period-from-move-in-to-the-end = Première période, de l'entrée dans les lieux à la fin du cycle (proRataSubscription)
rent = Loyer
discount = Remise
insurance = Assurance
service = Service
merchandise = Articles
admin-fee = Frais de dossier
security-deposit = Dépôt de garantie
taxable = HT
tax = TVA
payable = TTC
tax-rate = taux de TVA
non-taxable = non soumis à TVA
net = net à payer
gross = montant brut
formatting = mise en forme
payable-sum = somme TTC
totals = totaux
transaction-summary = récapitulatif de la transaction
discount-rule = règle de remise
space-price = prix de l'emplacement
proration = prorata
msg-1-month = 1 mois
count-months = { $count } mois
msg-1-week = 1 semaine
count-weeks = { $count } { $count ->
        [one] semaine
       *[other] semaines
    }
start-to-end = du { $start } au { $end }
name-shown-as-text-without-a-number-not = { $name } : affiché « { $text } » sans valeur numérique ; non vérifié
name-could-not-read-the-formatted-text-text = { $name } : le texte mis en forme « { $text } » est illisible ; non vérifié
shown-as-text-a-percentage-but-it-is = affiché « { $text } », un pourcentage, alors qu'il s'agit d'un montant de { $amount }
shown-as-text-but-its-price-is-amount = affiché « { $text } », mais son prix est de { $amount }
shown-as-text-an-amount-but-it-is = affiché « { $text } », un montant, alors qu'il s'agit d'un taux de { $rate }
shown-as-text-but-the-rate-is-rate = affiché « { $text } », mais le taux est de { $rate }
tax-is-tax-but-taxable-rate-expected-source = la TVA est de { $tax }, mais { $taxable } × { $rate } = { $expected } ; { $source } indique { $amount }
tax-is-tax-but-taxable-rate-expected = la TVA est de { $tax }, mais { $taxable } × { $rate } = { $expected }
payable-is-payable-but-taxable-taxable-tax-tax = le TTC est de { $payable }, mais HT { $taxable } + TVA { $tax } = { $sum }
payable-is-payable-but-taxable-taxable-tax-tax-sum = le TTC est de { $payable }, mais HT { $taxable } + TVA { $tax } = { $sum } ; il correspond à la TVA attendue { $expected }, c'est donc le montant de TVA qui est douteux
the-transaction-summary = le récapitulatif de la transaction
the-line-item-says-line-the-transaction-summary = la ligne indique { $line }, le récapitulatif de la transaction ({ $key }) indique { $summary }
total = Total
the-line-items-taxable-amounts-sum-to-sum = la somme des montants HT des lignes est de { $sum }, le total est de { $total }
the-line-items-taxes-sum-to-sum-the = la somme des TVA des lignes est de { $sum }, le total est de { $total } ; le total correspond aux TVA des lignes recalculées d'après leurs taux ({ $recomputed })
the-line-items-taxes-sum-to-sum-the-total = la somme des TVA des lignes est de { $sum }, le total est de { $total }
the-line-items-payable-amounts-sum-to-sum = la somme des montants TTC des lignes est de { $sum }, le net à payer total est de { $total }
net-is-net-but-taxable-taxable-tax-tax = le net à payer est de { $net }, mais HT { $taxable } + TVA { $tax } + non soumis à TVA { $non_taxable } = { $sum }
net-is-net-but-taxable-taxable-tax-tax-sum = le net à payer est de { $net }, mais HT { $taxable } + TVA { $tax } = { $sum }
item-number = élément { $number }
summary-item = Récapitulatif { $item }
space-price-title = Prix de l'emplacement
discounted = remisé
standard = standard
the-full-cycle-rent = le loyer du cycle complet
the-full-cycle-rent-with-its-discount = le loyer du cycle complet avec sa remise
amount-differs-from-what-expected = { $amount } diffère de { $what } : { $expected }
no-saving-the-standard-and-discounted-prices-are = Aucune économie : le prix standard et le prix remisé sont identiques
saving-payable-per-discounted-cycle-incl-tax-taxable = Économie de { $payable } TTC par cycle remisé ({ $taxable } HT)
saving-payable-per-discounted-cycle-incl-tax = Économie de { $payable } TTC par cycle remisé
saving-taxable-per-discounted-cycle-before-tax = Économie de { $taxable } HT par cycle remisé
saving-not-available-a-price-is-missing = Économie non disponible : un prix manque
discount-rule-title = Règle de remise
percentage = pourcentage
amount = montant
the-rent = le loyer
the-taxable-lines = les lignes soumises à TVA
discount-is-discount-but-the-rules-rate-of = la remise est de { $discount }, mais selon la règle, { $rate } de { $base_name } { $base } = { $expected }
the-discount-line-says-line-its-rule-says = la ligne de remise indique { $line }, sa règle indique { $rule }
discount-is-discount-but-the-rules-fixed-amount = la remise est de { $discount }, mais le montant fixe de la règle est de { $amount }
the-discount-rule-name-is-not-applied-in = La règle de remise « { $name } » n'est appliquée dans aucune vue
the-discount-rule-is-not-applied-in-any = La règle de remise n'est appliquée dans aucune vue
the-response-has-no-subscription-view-to-compare = La réponse ne contient aucune vue d'abonnement à comparer
period = Période
disputed-by-a-check-see-warnings = (! = contesté par une vérification, voir Avertissements)
space-price-per-cycle = Prix de l'emplacement (par cycle)
standard-title = Standard
discounted-title = Remisé
saving = Économie
first-period = Première période
discount-name-value-duration = Remise : { $name } : { $value }, { $duration }
discount-value-duration = Remise : { $value }, { $duration }
projection = Projection
payment = Paiement
without-discount = Sans remise
total-of-the-table = Total du tableau
msg-12-month-total-count-payments = Total sur 12 mois ({ $count } { $count ->
        [one] paiement)
       *[other] paiements)
    }
warnings-count = Avertissements ({ $count })
notes = Remarques
the-full-cycle-view-runs-start-to-end = La vue du cycle complet va du { $start } au { $end }, ce qui ne fait pas une période de paiement de { $period }.
the-response-has-no-payment-period-one-cycle = La réponse n'indique pas de période de paiement ; un cycle est compté comme { $period }, la durée de la vue du cycle complet (du { $start } au { $end }).
the-response-has-no-payment-period-cycles-are = La réponse n'indique pas de période de paiement ; les cycles sont supposés mensuels.
amount-per-cycle = { $amount } par cycle
as-shown = tel qu'affiché
duration-not-stated-no-discount-rule-in-the = durée non précisée (aucune règle de remise dans la réponse)
amount-not-given = montant non indiqué
first-payment-only = premier paiement seulement
msg-1-payment = 1 paiement
count-payments = { $count } { $count ->
        [one] paiement
       *[other] paiements
    }
every-cycle-lifetime = chaque cycle (à vie)
duration-until-date-at-the-latest = { $duration }, jusqu'au { $date } au plus tard
no-full-cycle-view-the-cycles-cannot-be = Aucune vue du cycle complet : les cycles ne peuvent pas être projetés.
the-full-cycle-net-amount-is-missing-the = Le net à payer du cycle complet manque : les cycles ne peuvent pas être projetés.
first-payment-prorated = Premier paiement (au prorata)
cycle-1-first-payment = Cycle 1 (premier paiement)
cycle-number = Cycle { $number }
the-first-payment-is-the-apis-prorated-net = Le premier paiement est le net à payer au prorata de l'API, { $amount }.
the-first-payment-is-the-apis-first-period = Le premier paiement est le net à payer de la première période selon l'API, { $amount }.
a-cycle-costs-the-apis-full-cycle-net = Un cycle coûte le net à payer du cycle complet selon l'API, { $with } avec la remise, ou { $without } sans ({ $with } moins la ligne de remise { $discount }).
a-cycle-costs-the-apis-full-cycle-net-amount = Un cycle coûte le net à payer du cycle complet selon l'API, { $amount }.
billing-cycles-of-period-start-on-date-the = Les cycles de facturation de { $period } commencent le { $date }, le lendemain de la période au prorata.
billing-cycles-of-period-start-on-date = Les cycles de facturation de { $period } commencent le { $date }.
billing-cycles-of-period-their-dates-are-unknown = Cycles de facturation de { $period } ; leurs dates sont inconnues (les vues n'ont pas de dates).
cycle-number-date = cycle { $number } ({ $date })
cycle-number-2 = cycle { $number }
the-price-without-the-discount-amount = le prix sans la remise ({ $amount })
price-applies-from-cycle = ; { $price } s'applique à partir du { $cycle }
the-first-payment = le premier paiement
the-first-payment-and-the-next-cycle = le premier paiement et le cycle suivant
the-first-payment-and-the-next-count-cycles = le premier paiement et { $count ->
        [one] { $count } cycle suivant
       *[other] les { $count } cycles suivants
    }
assumption-the-prorated-first-period-counts-as-the = Hypothèse : la première période au prorata compte comme la 1re { $count ->
        [one] de { $count } occurrence
       *[other] des { $count } occurrences
    } de la remise (la vue au prorata l'applique), la remise couvre donc { $covers }{ $then }.
the-discount-covers-1-payment-then = La remise couvre 1 paiement{ $then }.
the-discount-covers-count-payments-then = La remise couvre { $count } { $count ->
        [one] paiement
       *[other] paiements
    }{ $then }.
one-off-discount-only-the-first-payment-that = Remise unique : seul le premier paiement qui la porte est remisé{ $then }.
the-response-has-no-discount-rule-the-discount = La réponse ne contient pas de règle de remise : la remise de la vue du cycle complet est appliquée à chaque cycle (sa durée réelle est inconnue).
the-discount-recurs-for-life-every-cycle-is = La remise est permanente : chaque cycle est remisé.
the-discount-expires-on-date-cycles-starting-after = La remise expire le { $date } : les cycles qui commencent après paient { $price }.
the-discount-lines-say-isrecurring-lines-the-rule = Les lignes de remise indiquent isRecurring={ $lines }, la règle indique isRecurring={ $rule } ; la projection suit la règle.
recurring-mode-mode-is-not-documented-the-discount = Le mode de récurrence { $mode } n'est pas documenté ; la remise est comptée par période de facturation.
the-discount-rule-is-not-applied-in-the = La règle de remise n'est pas appliquée dans la vue du cycle complet : aucun cycle n'est donc remisé.
the-prorated-first-payment-and-the-next-12 = le premier paiement au prorata et les 12 cycles de facturation suivants
msg-12-billing-cycles-the-first-one-being-the = 12 cycles de facturation, le premier étant le premier paiement
msg-12-cycles-vs-12-months-the-table-lists = 12 cycles ou 12 mois : le tableau présente { $table } ; le total sur 12 mois additionne { $count ->
        [one] le { $count } paiement dû
       *[other] les { $count } paiements dus
    } du { $start } au { $end }, chacun étant dû le premier jour de sa période.
msg-12-cycles-vs-12-months-the-table-lists-table = 12 cycles ou 12 mois : le tableau présente { $table } ; le total sur 12 mois additionne { $count ->
        [one] le { $count } premier paiement
       *[other] les { $count } premiers paiements
    } (dates inconnues).
january = janvier
february = février
march = mars
april = avril
june = juin
july = juillet
august = août
september = septembre
october = octobre
november = novembre
december = décembre
the-first-period-is-a-full-cycle-but = la première période est un cycle complet, mais son loyer { $rent } diffère du loyer du cycle complet { $full }
the-first-period-period-is-a-full-billing = La première période ({ $period }) est un cycle de facturation complet : pas de prorata ; loyer { $rent }.
the-first-period-period-is-a-full-billing-cycle = La première période ({ $period }) est un cycle de facturation complet : pas de prorata.
the-first-period-is-a-full-billing-cycle = La première période est un cycle de facturation complet : pas de prorata ; loyer { $rent }.
the-first-period-is-a-full-billing-cycle-no = La première période est un cycle de facturation complet : pas de prorata.
the-rent-line-counts-count-days-but-period = la ligne de loyer compte { $count } { $count ->
        [one] jour
       *[other] jours
    }, mais la période { $period } en compte { $days }
days = jours
the-monthly-rent-is-the-full-cycle-rent = Le loyer mensuel est le loyer du cycle complet { $rent } ÷ { $months } mois.
msg-1-day = 1 jour
count-days = { $count } { $count ->
        [one] jour
       *[other] jours
    }
monthly-rent-monthly-divisor-days-daily-day-rounded = Loyer mensuel { $monthly } ÷ { $divisor } { $divisor ->
        [one] jour
       *[other] jours
    } = { $daily }/jour (arrondi au centime) × { $days } = { $computed }
monthly-rent-monthly-days-divisor-days-computed-the = Loyer mensuel { $monthly } × { $days } ÷ { $divisor } { $divisor ->
        [one] jour
       *[other] jours
    } = { $computed } (le tarif journalier n'est pas arrondi d'abord)
assumption-the-daily-rate-divides-the-monthly-rent = Hypothèse : le tarif journalier divise le loyer mensuel par le nombre de jours du mois d'entrée ({ $month } : 30 jours) ; un mois fixe de 30 jours donne ici le même diviseur.
the-daily-rate-divides-the-monthly-rent-by = Le tarif journalier divise le loyer mensuel par le nombre de jours du mois d'entrée ({ $month } : { $days } { $days ->
        [one] jour).
       *[other] jours).
    }
the-daily-rate-divides-the-monthly-rent-by-a = Le tarif journalier divise le loyer mensuel par un mois fixe de 30 jours ({ $month } compte { $days } { $days ->
        [one] jour).
       *[other] jours).
    }
the-daily-rate-divides-the-monthly-rent-by-a-fixed = Le tarif journalier divise le loyer mensuel par un mois fixe de 30 jours (pas de date de début).
the-period-spans-more-than-one-calendar-month = La période s'étend sur plus d'un mois civil ; le diviseur est celui du mois d'entrée.
calculation-as-the-api-shows = { $calculation }, comme l'indique l'API.
the-api-shows-api-but-monthly-divisor-days = l'API indique { $api }, mais { $monthly } ÷ { $divisor } { $divisor ->
        [one] jour
       *[other] jours
    }, arrondi à { $daily }/jour, × { $days } { $days ->
        [one] jour
       *[other] jours
    } = { $computed }
calculation-but-the-api-shows-api = { $calculation }, mais l'API indique { $api }.
the-monthly-rent-is-not-available = le loyer mensuel n'est pas disponible
the-number-of-days-is-not-available = le nombre de jours n'est pas disponible
the-prorated-rent-is-not-available = le loyer au prorata n'est pas disponible
prorated-rent-amount-for-days-missing-to-explain = Loyer au prorata { $amount } pour { $days } ; impossible de l'expliquer : { $missing }.
prorated-rent-amount-missing-to-explain-it = Loyer au prorata { $amount } ; impossible de l'expliquer : { $missing }.
prorated-rent-for-days-missing-to-explain-it = Loyer au prorata pour { $days } ; impossible de l'expliquer : { $missing }.
prorated-rent-missing-to-explain-it = Loyer au prorata ; impossible de l'expliquer : { $missing }.
discount-rate-of-rent-raw-rounded-to-rounded = Remise : { $rate } de { $rent } = { $raw }, arrondi à { $rounded } (l'API indique { $shown })
discount-fixed-amount-the-api-shows-shown = Remise : montant fixe de { $amount } (l'API indique { $shown })
discount-shown-the-apis-figure = Remise : { $shown } (montant de l'API)
amount-unit-per-month = { $amount }/{ $unit } par mois
price-per-m3-month-incl-tax = Prix par m³ (mois, TTC)
price-per-m2-m3-month-incl-tax = Prix par m² / m³ (mois, TTC)
price-per-m2-month-incl-tax = Prix par m² (mois, TTC)
payment-period = Période de paiement
msg-12-month-total = Total sur 12 mois
warnings = Avertissements

## quote_ui
loading-the-quote = Chargement du devis…
this-quote = Ce devis
side-by-side-count = Côte à côte ({ $count })
no-quote-is-open = Aucun devis n'est ouvert.
look-up-a-reservation-or-booking-then-choose = Recherchez une réservation ou un dossier, puis choisissez « Ouvrir dans la comparaison de devis » sur sa fiche.
or-load-a-bookings-quote-by-its-id = Ou chargez le devis d'un dossier par son identifiant :
booking-id = Identifiant du dossier
load-quote = Charger le devis
the-three-views-of-the-quote = Les trois vues du devis
marks-a-figure-one-of-our-checks-disagrees = ! signale un montant contesté par l'une de nos vérifications ; survolez-le pour en voir la raison. Les montants sont ceux de l'API.
no-client-name = (sans nom de client)
some-of-the-apis-figures-do-not-add = Certains montants de l'API ne concordent pas : ils sont marqués ! ci-dessous et expliqués sous Vérifications ({ $count } { $count ->
        [one] vérification)
       *[other] vérifications)
    }
this-quote-is-pinned-already = Ce devis est déjà épinglé.
four-quotes-are-pinned-remove-one-under-side = Quatre devis sont épinglés : retirez-en d'abord un sous Côte à côte.
keep-this-quotes-figures-to-compare-it-with = Garder les montants de ce devis pour le comparer à d'autres dossiers (pour cette session seulement).
pin-this-quote = Épingler ce devis
copy-as-text = Copier en texte
the-whole-comparison-as-plain-text-for-an = Toute la comparaison en texte brut, pour un e-mail ou une note.
save-as-csv = Enregistrer en CSV…
choose-a-file-to-save-the-comparison-in = Choisissez un fichier où enregistrer la comparaison, pour un tableur. Rien n'est enregistré tant que vous n'en choisissez pas.
copied-to-the-clipboard = Copié dans le presse-papiers.
choose-where-to-save-the-file = Choisissez où enregistrer le fichier…
saved-to-path = Enregistré dans { $path }
the-file-was-not-saved-error = Le fichier n'a pas été enregistré : { $error }
pinned-look-up-another-booking-in-lookup-then = Épinglé. Recherchez un autre dossier dans Recherche, puis épinglez-le ici.
look-up-another-booking-in-lookup-then-pin = Recherchez un autre dossier dans Recherche, puis épinglez-le ici.
pinned-count-max = Épinglés : { $count }/{ $max }
unnamed = (sans nom)
pin-this-quote-client = Épingler ce devis ({ $client })
pinned-count-max-sentence = Épinglés : { $count }/{ $max }.
pins-are-kept-until-the-app-closes = Les devis épinglés sont gardés jusqu'à la fermeture de l'application.
no-quote-is-pinned-yet-open-a-bookings = Aucun devis n'est encore épinglé. Ouvrez le devis d'un dossier, choisissez « Épingler ce devis », puis faites de même pour les autres dossiers à comparer.
show = Afficher
show-this-quote-in-full = Afficher ce devis en entier
remove = Retirer
unpin-title = Détacher { $title }
from-date = à partir du { $date }
until-date = jusqu'au { $date }
prorated-first-period = Première période au prorata
net-to-pay = net (à payer)
a-check-disagrees-with-this-figure-see-checks = Une vérification conteste ce montant : voir Vérifications ci-dessous.
our-check-disagrees = Notre vérification conteste :
the-response-has-no-prices-to-compare = La réponse ne contient aucun prix à comparer.
the-first-payment-title = Le premier paiement
the-response-has-no-first-period-to-explain = La réponse ne contient aucune première période à expliquer.
why-is-the-first-payment-different = Pourquoi le premier paiement est-il différent ?
our-reproduction-of-the-prorated-rent-does-not = Notre calcul du loyer au prorata ne correspond pas au montant de l'API.
standard-vs-discounted = Standard ou remisé
the-response-has-no-standard-price-to-compare = La réponse ne contient aucun prix standard pour comparer.
saving-per-cycle = Économie par cycle
how-long-does-the-discount-last = Combien de temps dure la remise ?
this-quote-has-no-discount = Ce devis ne comporte aucune remise.
value = Valeur
applies-to = S'applique à
ends = Fin
payments-over-the-next-12-cycles = Paiements des 12 prochains cycles
not-enough-figures-to-project-the-next-cycles = Pas assez de montants pour projeter les prochains cycles.
with-discount = Avec remise
cycle = Cycle
first = 1er
what-is-due-the-discount-applied-where-it = Ce qui est dû, remise comprise là où elle s'applique (projeté).
without = Sans
what-would-be-due-without-any-discount-projected = Ce qui serait dû sans aucune remise (projeté).
the-discount-applies-to-this-payment = La remise s'applique à ce paiement.
total-of-this-table = Total de ce tableau
in-bold-the-payments-the-discount-applies-to = En gras : les paiements auxquels la remise s'applique.
checks = Vérifications
every-figure-we-could-check-agrees-with-the = Tous les montants que nous avons pu vérifier concordent.
checks-count = Vérifications ({ $count })
our-checks-could-not-reproduce-these-figures-of = Nos vérifications n'ont pas pu reproduire ces montants de l'API. Les montants affichés restent ceux de l'API : vérifiez-les auprès du bureau avant de les communiquer à un client.
save-the-quote-comparison = Enregistrer la comparaison de devis
path-could-not-be-written-error = { $path } n'a pas pu être écrit : { $error }

## Desk-to-tablet pairing and hand-off (issue 15, `pair`).
the-credential-store-failed-detail = Le coffre à mots de passe a échoué : { $detail }
that-code-is-not-the-one-on-the = Ce code n'est pas celui de la tablette. Vérifiez-le et réessayez.
too-many-wrong-codes-start-the-pairing-again = Trop de codes erronés : relancez l'appairage sur la tablette pour obtenir un nouveau code.
the-tablet-is-not-pairing-choose-pair-with = La tablette n'est pas en appairage : choisissez d'abord « Appairer avec un poste » sur celle-ci.
the-tablet-no-longer-knows-this-desk-pair = La tablette ne connaît plus ce poste : appairez-les à nouveau.
the-tablets-answer-could-not-be-trusted-nothing = La réponse de la tablette n'est pas fiable ; rien n'a été envoyé.
the-tablet-cannot-be-reached-check-it-is = La tablette est injoignable : vérifiez qu'elle est allumée et sur ce réseau.
paired-with-name = Appairé avec { $name }.
a-wrong-code-came-from-address-left-tries = Un code erroné est venu de { $address } ({ $left } { $left ->
        [one] essai restant).
       *[other] essais restants).
    } Si ce n’est pas votre poste, arrêtez l’appairage et recommencez.
too-many-wrong-codes-pairing-stopped-start-again = Trop de codes erronés : appairage arrêté. Recommencez pour un nouveau code.
sending-to-the-tablet = Envoi à la tablette…
on-tablet-waiting-for-the-signature = Sur { $tablet }, en attente de la signature.
signed-time-reference-reference = Signé à { $time }, référence { $reference }.
the-tablet-closed-the-booking-without-a-signature = La tablette a fermé la réservation sans signature.
send-to-signing-tablet = Envoyer à la tablette de signature
tablet-address-host-port = Adresse de la tablette (hôte:port)
code-shown-on-the-tablet = Code affiché sur la tablette
name-of-this-computer-for-pairing = Nom de cet ordinateur pour l'appairage
pair-with-a-desk = Appairer avec un poste
signing-tablets = Tablettes de signature
pair = Appairer
this-computer-as-a-signing-tablet = Cet ordinateur comme tablette de signature
listening-on-address = À l'écoute sur { $address }.
the-tablet-link-could-not-start-error = La liaison avec la tablette n'a pas pu démarrer : { $error }
this-tablets-name-name = Nom de cette tablette : { $name }
stop-pairing = Arrêter l'appairage
choose-the-address-to-listen-on-first = Choisissez d'abord l'adresse d'écoute.
signing-tablet-desks = Tablette de signature : postes

## Walk-in quotes (issue 14)
the-server-has-no-entries-in-this-list = Le serveur n'a aucune entrée dans cette liste.
this-property-has-no-sizes-for-these-choices = Ce site n'a aucune taille pour ces choix.
the-server-could-not-price-this-size = Le serveur n'a pas pu chiffrer cette taille.
the-move-in-date-date-is-in-the = La date d'emménagement { $date } est passée (nous sommes le { $today }).
choose-a-move-in-date = Choisissez une date d'emménagement.
the-size-must-be-more-than-0 = La taille doit être supérieure à 0.
the-price-must-be-more-than-0 = Le prix doit être supérieur à 0.
the-price-list-did-not-say-the-part = La liste de prix n'indique pas { $part } de cette taille ; saisissez la taille et le prix à la main.
size = la taille
price = le prix
size-group = le groupe de taille
category = la catégorie
sold-out = Complet
free-of-total-free = { $free } { $free ->
        [one] libre sur { $total }
       *[other] libres sur { $total }
    }
free-free = { $free } { $free ->
        [one] libre
       *[other] libres
    }
cheapest = le moins cher
enter-the-size-and-the-price-as-numbers = Saisissez la taille et le prix en chiffres.
untick-a-size-first-at-most-4-quotes = Décochez d'abord une taille : 4 devis au plus côte à côte.
by-hand = à la main
new-quote-walk-in = Nouveau devis (client au comptoir)
the-list-of-list-could-not-be-loaded = La liste des { $list } n'a pas pu être chargée : { $error }
load-the-lists-again = Recharger les listes
loading-the-lists = Chargement des listes…
properties = sites
storage-types = types de stockage
customer-types = types de client
payment-periods = périodicités de paiement
customer-type = Type de client
move-in-date = Date d'emménagement
msg-1-day-2 = -1 jour
msg-1-day-3 = +1 jour
write-the-move-in-date-as-dd-mm = Écrivez la date d'emménagement au format JJ-MM-AAAA.
loading-the-sizes-and-prices = Chargement des tailles et des prix…
could-not-read-part = Illisible : { $part }.
tick-up-to-max-sizes-to-quote-them = Cochez jusqu'à { $max } tailles pour les comparer côte à côte ({ $count } { $count ->
        [one] cochée).
       *[other] cochées).
    }
group = Groupe
price-per-m2-m3 = Prix au m² / m³
availability = Disponibilité
choose-size = Choisir { $size }
size-and-price-by-hand = Taille et prix à la main
when-the-list-cannot-be-read-type-the = Si la liste est illisible, saisissez la taille et le prix standard d'une période (hors taxes).
size-by-hand = Taille (à la main)
price-by-hand = Prix (à la main)
quote-this-size = Chiffrer cette taille
tick-sizes-in-the-list-to-quote-them = Cochez des tailles dans la liste pour les chiffrer ici.
side-by-side = Côte à côte
cancel-the-quotes = Annuler les devis
the-quote-for-size-failed-error = Le devis pour { $size } a échoué : { $error }
quoting-size = Devis pour { $size } en cours…
size-cancelled = { $size } : annulé.
booked-name = Dossier : { $name }
difference-to-the-cheapest-12-months = Écart avec le moins cher (12 mois)
first-payment-and-12-cycles = Premier paiement et 12 cycles
first-payment-in-words = Premier paiement expliqué
walk-in = Client au comptoir
calendar = Calendrier…
choose-other-options-or-enter-the-size-and = Choisissez d'autres options, ou saisissez la taille et le prix à la main.

## sec: kiosk PIN that cannot be read, secrets, signature outcome (issue 19)
the-manager-pin-cannot-be-read-error-the = Le code PIN du responsable ne peut pas être lu : { $error } Le kiosque reste verrouillé. Réessayez ; pour définir un nouveau code PIN, démarrez StoreDesk avec --no-kiosk depuis le compte de l'ordinateur et utilisez les Paramètres.
a-manager-pin-was-set-but-none-can = Un code PIN du responsable avait été défini, mais il est introuvable (un code PIN conservé pour cette session seulement est oublié à la fermeture de StoreDesk). Le kiosque reste verrouillé ; pour définir un nouveau code PIN, démarrez StoreDesk avec --no-kiosk depuis le compte de l'ordinateur et utilisez les Paramètres.
no-manager-pin-can-be-found-the-kiosk = Aucun code PIN du responsable n'est trouvé ; le kiosque reste verrouillé.
the-manager-pin-cannot-be-read-the-kiosk = Le code PIN du responsable ne peut pas être lu ; le kiosque reste verrouillé.
try-again = Réessayer
check-whether-it-was-saved = Vérifier si elle a été enregistrée
the-signature-may-have-reached-the-server-but = La signature est peut-être arrivée au serveur, mais aucune réponse n'est venue : { $error }
the-api-gives-no-way-to-look-a = L'API ne permet pas de rechercher une signature enregistrée ; StoreDesk peut vérifier si le dossier est maintenant marqué comme signé. Ne l'envoyez pas de nouveau avant cela.
the-booking-is-not-marked-as-signed = Le dossier n'est pas marqué comme signé.
press-confirm-and-save-to-send-the-signature = Appuyez sur « Valider et enregistrer » pour envoyer de nouveau la signature. Si la première est arrivée en retard, le serveur peut garder les deux.
the-server-does-not-say-whether-this-booking = Le serveur n'indique pas si ce dossier est signé : le résultat reste inconnu.
ask-storegister-support-whether-a-signature-arrived-before = Demandez au support StoRegister si une signature est arrivée avant de l'envoyer de nouveau : un second enregistrement peut la stocker deux fois.
the-check-failed-error = La vérification a échoué : { $error }
checking-the-booking = Vérification du dossier…
not-given-the-booking-is-marked-as-signed = non communiquée (le dossier est marqué comme signé)

## loop (issue 13): the app loop and the customer store.
forget-this-customer = Oublier ce client
clears-the-lookups-quotes-and-any-signature-from = Efface les recherches, les devis et toute signature de la mémoire de cet ordinateur.

## Layout and kiosk fit (issue 17)
this-computer-has-no-password-store-that-storedesk = Cet ordinateur n'a pas de coffre à mots de passe utilisable par StoreDesk (sous Linux : GNOME Keyring ou KWallet, lancé et déverrouillé).
the-computers-password-store-did-not-do-what = Le coffre à mots de passe de l'ordinateur n'a pas fait ce qui était demandé.
details = Détails
set-a-manager-pin-first-without-one-the = Définissez d'abord un code PIN du responsable : sans lui, le client pourrait quitter le mode kiosque ou consulter d'autres réservations.

## fonts (issue 16): honest messages
the-server-found-no-properties-for-this-api = Le serveur n'a trouvé aucun site pour cette clé d'API.
check-in-the-storegister-back-office-that-this = Vérifiez dans le back-office StoRegister que le compte de cette clé a des sites.
the-servers-answer-was-not-in-the-expected = La réponse du serveur n'avait pas la forme attendue (pas d'enveloppe d'API).
the-servers-answer-is-data-nested-too-deeply = La réponse du serveur contient des données trop profondément imbriquées pour être lues ; elle a été refusée.
the-address-may-point-at-another-service-than = L'adresse désigne peut-être un autre service que l'API StoRegister. Vérifiez l'adresse du serveur dans les Paramètres.

## Quote sheet PDF (issue 14, item 4)
storage-quote = Devis de stockage
date = Date
page-page-of-pages = Page { $page } sur { $pages }
no-quote-to-show = Aucun devis à montrer.
the-pdf-could-not-be-made-error = Le PDF n'a pas pu être créé : { $error }
save-the-quote-sheet-pdf = Enregistrer la fiche de devis (PDF)
save-quote-sheet-pdf = Enregistrer la fiche de devis (PDF)…
sheet-language = Langue de la fiche
a-pdf-of-these-quotes-for-the-customer = Un PDF de ces devis que le client emporte. Rien n'est enregistré si vous ne choisissez pas de fichier.
open-in-viewer = Ouvrir dans la visionneuse
open-the-sheet-in-the-pdf-viewer-to = Ouvrir la fiche dans la visionneuse PDF, pour l'imprimer.
the-file-could-not-be-opened-error = Le fichier n'a pas pu être ouvert : { $error }

## Issue 21: the contract before the signature, and the signing receipt.
a-pdf-for-the-customer-the-booking-the = Un PDF pour le client : le dossier, les montants, les empreintes des documents et la signature.
consent-given = Consentement donné
continue-with-the-amounts-only = Continuer avec les montants seuls
contract-document = Document contractuel
contract-page-page-of-pages = Page { $page } sur { $pages } du contrat
contract-read-and-accepted = Contrat lu et accepté
documents-shown-before-signing = Documents présentés avant la signature
fold-the-contract-away = Replier le contrat
front-desk = Accueil
i-have-read-the-contract-and-accept-it = J'ai lu le contrat et je l'accepte
insurance-terms = Conditions d'assurance
kiosk = Borne
lease-agreement = Contrat de location
loading-the-contract = Chargement du contrat…
next-page = Page suivante
no-document = Aucun document.
open-in-the-pdf-viewer = Ouvrir dans la visionneuse PDF…
part-of-the-contract-could-not-be-drawn = Une partie du contrat n'a pas pu être affichée ici.
previous-page = Page précédente
print-the-signing-receipt = Imprimer le reçu de signature…
read-to-the-last-page-to-sign = Lisez jusqu'à la dernière page pour signer.
sha-256 = SHA-256
save-the-contract-to-open-it = Enregistrer le contrat pour l'ouvrir
save-the-signing-receipt = Enregistrer le reçu de signature
save-the-signing-receipt-ellipsis = Enregistrer le reçu de signature…
saves-a-copy-where-you-choose-then-opens = Enregistre une copie à l'endroit choisi, puis l'ouvre dans la visionneuse PDF du système.
saves-the-receipt-then-prints-it-with-the = Enregistre le reçu où vous le choisissez, puis l'imprime sur l'imprimante par défaut avec le programme PDF de l'ordinateur.
server-reference = Référence du serveur
show-the-contract-again = Afficher de nouveau le contrat
signed-utc = Signé (UTC)
signed-local-time = Signé (heure locale)
signed-at = Signé à
signing-on-the-amounts-above-only-the-receipt = Signature sur la seule base des montants ci-dessus ; le reçu l'indiquera.
signing-receipt = Reçu de signature
staff-may-continue-with-the-amounts-only-the = Le personnel peut continuer avec les montants seuls ; le reçu indiquera que le contrat n'a pas été présenté.
terms-and-conditions = Conditions générales
the-app-could-not-draw-this-document-fully = L'application n'a pas pu afficher ce document entièrement ; il pouvait être ouvert dans une visionneuse PDF.
the-contract-could-not-be-loaded-error = Le contrat n'a pas pu être chargé : { $error }
the-contract-could-not-be-shown-the-customer = Le contrat n'a pas pu être affiché : le client a signé sur la seule base des montants ci-dessus.
the-contract-file-is-damaged-error = Le fichier du contrat est endommagé ({ $error }).
the-contract-is-larger-than-20-mib-and = Le contrat dépasse 20 Mio et n'a pas été chargé.
the-contract-is-password-protected-and-cannot-be = Le contrat est protégé par un mot de passe et ne peut pas être affiché.
the-receipt-could-not-be-made-error = Le reçu n'a pas pu être créé : { $error }
the-server-has-no-contract-document-for-this = Le serveur n'a aucun document contractuel pour ce dossier.
the-server-has-no-such-contract-document = Le serveur n'a pas ce document de contrat.
the-server-sent-a-file-that-is-not = Le serveur a envoyé un fichier qui n'est pas un PDF ({ $type }).
zoom-in = Agrandir
zoom-out = Réduire
no-content-type = aucun type de contenu

## Issue 15 (tablet): discovery by mDNS, the chosen tablet, the listen interface.
listen-for-desks-on = Écouter les postes sur
port-for-desks = Port pour les postes
announce-this-tablet-on-that-network-mdns = Annoncer cette tablette sur ce réseau (mDNS)
find-tablets-on = Chercher les tablettes sur
signing-tablet = Tablette de signature
desks-on-this-network-can-find-this-tablet = Les postes de ce réseau peuvent trouver cette tablette.
not-announced-on-the-network-error-desks-can = Non annoncée sur le réseau ({ $error }) ; les postes peuvent toujours saisir l'adresse.
not-announced-this-computer-only = Annoncée sur aucun réseau : cette tablette n’écoute que sur cet ordinateur, un poste saisit donc son adresse.
this-computer-only-for-testing-address = Cet ordinateur seulement, pour les essais ({ $address })
every-network-of-this-computer-0-0-0 = Tous les réseaux de cet ordinateur (0.0.0.0)
address-not-on-this-computer-now = { $address } (absente de cet ordinateur pour l'instant)
choose = Choisir…
the-network-interfaces-could-not-be-listed-error = Les interfaces réseau n'ont pas pu être listées : { $error }
nowhere-type-the-address = Nulle part : saisir l'adresse
looking-for-tablets = Recherche des tablettes…
tablets-cannot-be-looked-for-on-this-network = Impossible de chercher des tablettes sur ce réseau : { $error }
use-name = Utiliser { $name }
already-paired = déjà appairée
pair-this-desk-with-a-tablet-choose-pair-with = Appairer ce poste avec une tablette : choisissez « Appairer avec un poste » sur la tablette, puis sélectionnez-la ci-dessous (ou saisissez son adresse) et saisissez son code.

## kiosk: contract steps only staff take (PIN)
the-receipt-will-say-that-the-contract-was = Le reçu de signature indiquera que le contrat n'a pas été présenté.
staff-sign-on-the-amounts-only = Personnel : signer sur les montants seuls
staff-save-the-receipt = Personnel : enregistrer le reçu de signature
staff-print-the-receipt = Personnel : imprimer le reçu de signature

## contract renderer limits, tablet link refusals (issue 25)
the-contract-is-too-large-to-show-here = Le contrat compte plus de documents ou de pages que ce qui peut être affiché ici.
the-contract-could-not-be-drawn-damaged = Le contrat n'a pas pu être affiché : le fichier est endommagé ou trop complexe pour être affiché sans risque.
the-tablet-has-no-manager-pin-yet = La tablette n'a pas encore de code PIN de responsable : définissez-en un sur la tablette, puis renvoyez.
the-pairing-code-expired-start-again = Le code d'appairage a expiré. Relancez l'appairage pour un nouveau code.
the-code-is-valid-for-minutes = { $minutes ->
    [one] Le code est valable une minute.
   *[other] Le code est valable { $minutes } minutes.
}

## insurance (issue 28)
the-server-found-no-such-booking-or-property = Le serveur ne connaît pas ce dossier ou ce site.
the-server-found-the-insurance-choice-incomplete = Le serveur a trouvé le choix d'assurance incomplet (une valeur manquait ou n'était pas valable).
the-server-does-not-accept-this-insurance-option = Le serveur n'accepte pas cette assurance pour ce dossier.
load-the-insurance-options-again-and-choose-one = Rechargez les assurances proposées et choisissez-en une.
input-is-not-a-valid-insurance-id-reason = « { $input } » n'est pas un identifiant d'assurance valable : { $reason }
input-is-not-a-valid-price-id-reason = « { $input } » n'est pas un identifiant de tarif valable : { $reason }
this-option-has-no-price-it-cannot-be-linked = Cette assurance n'a pas de tarif : elle ne peut pas être ajoutée.
this-options-premium-could-not-be-read = La prime de cette assurance n'a pas pu être lue.
the-quote-has-no-billing-cycle-to-add-insurance-to = Le devis n'a pas de période de facturation à laquelle ajouter l'assurance.
the-booking-is-billed-by-the-week-the-premium = Le dossier est facturé à la semaine ; une prime mensuelle ne peut pas y être répartie.
no-tax-rate-is-stated-for-the-premium-or-the-rent = Aucun taux de taxe n'est indiqué pour la prime ni pour le loyer.
the-amounts-are-too-large-to-compute = Les montants sont trop grands pour être calculés.
the-first-payment-is-a-full-cycle-it-carries = Le premier paiement couvre une période entière : il comprend toute la prime ({ $premium } HT).
assumption-the-premium-is-prorated-like-the-rent = Hypothèse : le premier paiement comprend la prime au prorata, comme le loyer : { $premium } par mois ÷ { $divisor } jours × { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} = { $amount } HT.
assumption-the-premium-is-prorated-by-30-days = Hypothèse : le premier paiement comprend la prime au prorata des jours, le prorata du loyer n'ayant pas pu être reproduit : { $premium } par mois ÷ { $divisor } jours × { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} = { $amount } HT.
assumption-the-premium-of-premium-for-months-is = Hypothèse : la prime de { $premium } pour { $months } mois est répartie également sur la période du dossier ({ $cycle } mois) : { $amount } HT par période.
linking-replaces-the-insurance-already-on-this-booking = L'ajout remplace l'assurance déjà présente dans ce dossier ({ $name }).
assumption-the-premium-is-taxed-at-the-rents-rate = Hypothèse : la prime est taxée au taux du loyer ({ $rate }).
the-servers-quotation-has-no-insurance-line-staff-were = Le devis du serveur n'a pas de ligne d'assurance ; l'accueil a présenté { $name }.
the-server-shows-count-insurance-lines-staff-were-shown = Le serveur montre { $count } lignes d'assurance ; l'accueil en a présenté une ({ $name }).
the-servers-insurance-is-found-staff-were-shown-expected = L'assurance du serveur est { $found } ; l'accueil a présenté { $expected }.
staff-were-shown-expected-the-server-says-found = L'accueil a présenté { $expected } ; le serveur indique { $found }.

cadence-months = { $months ->
    [1] mensuel
   *[other] tous les { $months } mois
}
cadence-weeks = { $weeks ->
    [1] hebdomadaire
   *[other] toutes les { $weeks } semaines
}

# Assurance dans le devis (ticket 28)
show-the-insurance-options = Afficher les options d'assurance
the-options-that-fit-this-bookings-unit = Les options d'assurance qui conviennent au box de cette réservation
loading-the-insurance-options = Chargement des options d'assurance…
no-insurance-is-offered-for-this-unit = Aucune assurance n'est proposée pour ce box.
tick-up-to-count-options-to-compare = Cochez jusqu'à { $count } options pour les comparer au devis.
goods-covered-up-to-amount = biens couverts jusqu'à { $amount }
no-premium-stated = aucune prime indiquée
could-not-be-read-what = illisible : { $what }
some-options-could-not-be-read-what = Certaines options sont illisibles : { $what }
without-insurance = Sans assurance
insurance-option = Option d'assurance
goods-covered = Biens couverts
premium-before-tax = Prime (hors taxes)
change-to-each-payment = Écart sur chaque paiement
change-over-12-payments = Écart sur 12 paiements
as-booked = Tel que réservé
link-name-ellipsis = Associer « { $name } »…
attaches-this-option-to-the-booking-on-the = Associe cette option à la réservation sur le serveur, en remplaçant toute assurance existante
linking-the-insurance = Association de l'assurance…
name-is-linked-to-the-booking = « { $name } » est associée à la réservation.
the-answer-was-lost-the-booking-read-again = La réponse du serveur a été perdue ; la réservation, relue, montre l'option associée.
the-insurance-was-not-linked = L'assurance n'a pas été associée. Rien n'a changé sur la réservation.
the-answer-was-lost-name-is-not-linked = La réponse du serveur a été perdue ; la réservation, relue, montre que « { $name } » n'est pas associée. Rien n'a changé : vous pouvez l'associer à nouveau.
the-answer-was-lost-name-may-be-linked = La réponse du serveur a été perdue et la réservation n'a pas pu être relue : « { $name } » est peut-être associée. Recherchez à nouveau la réservation avant d'associer à nouveau.
the-servers-figures-after-the-link-differ = Les montants du serveur après l'association diffèrent de ceux affichés avant :
link-this-insurance-to-the-booking = Associer cette assurance à la réservation ?
first-payment-before-after = Premier paiement : { $before } aujourd'hui, { $after } avec cette assurance.
each-payment-adds-amount = Chaque paiement suivant : { $amount } de plus.
it-replaces-names = Elle remplace : { $names }.
this-booking-is-already-signed-linking-now = Cette réservation est déjà signée. L'associer maintenant modifie une réservation signée : le client devra signer son nouveau contrat.
i-understand-the-signed-booking-changes = Je comprends : la réservation signée change
link-the-insurance = Associer l'assurance
the-booking-changed-this-is-its-new-contract = La réservation a changé (assurance) : voici son nouveau contrat, à lire et accepter à nouveau.
insurance-for-size = Assurance pour { $size } :
offer-insurance-for-size = Options d'assurance pour { $size }…
no-insurance = Sans assurance

## Le premier paiement, du loyer au montant à payer (issue 27)
walk-minus = − { $amount } { $what }
walk-plus = + { $amount } { $what }
walk-equals = = { $amount }
walk-tax-rate = + TVA { $rate } { $amount }
walk-tax = + TVA { $amount }
walk-not-taxed = hors TVA
walk-discount = de remise
walk-admin-fee = de frais de dossier
walk-deposit = de dépôt de garantie
walk-insurance = d'assurance
walk-service = de service
walk-merchandise = d'articles
first-payment-rent-walk = Premier paiement : loyer { $rent }{ $walk }.

## Labels that say what they count (issue 27)
msg-12-month-total-count-payments-due = Total sur 12 mois ({ $count } { $count ->
        [one] paiement dû
       *[other] paiements dus
    } du { $start } au { $end })
price-per-m2 = Prix au m²
price-per-m3 = Prix au m³
label-sorted-ascending = { $label }, tri croissant
label-sorted-descending = { $label }, tri décroissant

## Billing periods by name (the API names them in English)
period-weekly = Hebdomadaire
period-monthly = Mensuel
period-quarterly = Trimestriel
period-semi-annually = Semestriel
period-annually = Annuel

## Issue 27 : enregistrer et imprimer partout, la tablette telle qu'elle est
nothing-was-saved-the-dialog-was-closed = Rien n'a été enregistré : la fenêtre d'enregistrement a été fermée sans choisir de fichier.
type-a-file-name = Saisissez un nom de fichier.
a-file-name-cannot-contain-or = Un nom de fichier ne peut contenir ni / ni \ : choisissez le dossier ci-dessus, puis saisissez seulement le nom.
a-file-name-cannot-start-with-a-dot = Un nom de fichier ne peut pas commencer par un point.
a-file-name-cannot-contain-control-characters = Un nom de fichier ne peut pas contenir de caractères de contrôle.
that-file-name-is-too-long = Ce nom de fichier est trop long.
a-folder-or-link-has-that-name-choose-another = Un dossier ou un lien porte déjà ce nom : choisissez-en un autre.
file-name = Nom du fichier
save-here = Enregistrer
cancel-saving = Annuler
up-one-folder = Dossier parent
folder-path = Dossier : { $path }
reading-the-folder = Lecture du dossier…
this-folder-is-empty = Ce dossier est vide.
not-every-entry-of-this-folder-is-shown = Tous les éléments de ce dossier ne sont pas affichés.
name-already-exists-replace-it = « { $name } » existe déjà. Le remplacer ?
replace-the-file = Remplacer le fichier
keep-it = Le garder
files-are-saved-in-the-folder-set-in = Les fichiers sont enregistrés dans le dossier choisi dans les Paramètres (personnel uniquement).
no-folder-for-saved-files-is-set = Aucun dossier d'enregistrement n'est choisi sur ce kiosque : le personnel en choisit un dans Paramètres › Fichiers et impression.
no-folder-to-start-in-was-found = Aucun dossier de départ n'a été trouvé (pas de dossier personnel).
that-folder-is-outside-the-one-set-for = Ce dossier est en dehors de celui choisi pour les fichiers enregistrés.
the-folder-path-cannot-be-read-error = Le dossier { $path } ne peut pas être lu : { $error }
path-is-a-link-nothing-was-written = { $path } est un lien : rien n'a été écrit. Choisissez un autre nom.
files-and-printing = Fichiers et impression
printer = Imprimante
folder-for-files-saved-at-the-kiosk = Dossier des fichiers enregistrés au kiosque
the-kiosks-save-form-shows-only-this-folder = La fenêtre d'enregistrement du kiosque ne montre que ce dossier et ses sous-dossiers.
the-systems-default-printer = L'imprimante par défaut du système
look-for-printers = Rechercher les imprimantes
printers-found-count = { $count ->
    [one] Une imprimante trouvée.
   *[other] { $count } imprimantes trouvées.
}
no-printing-system-is-installed-cups = Aucun système d'impression n'est installé sur cet ordinateur (CUPS : lp et lpstat). Rien n'a été imprimé ; enregistrez plutôt le reçu.
no-printer-is-set-up-on-this-computer = Aucune imprimante n'est configurée sur cet ordinateur. Rien n'a été imprimé.
the-printer-name-is-not-offered-any-more = L'imprimante { $name } n'est plus proposée : choisissez-en une autre dans Paramètres › Fichiers et impression. Rien n'a été imprimé.
the-printing-system-refused-the-job-reason = Le système d'impression a refusé la tâche : { $reason }
the-printing-system-did-not-answer-in-time = Le système d'impression n'a pas répondu à temps. Rien n'a été imprimé.
printing-failed-error = L'impression a échoué : { $error }
no-program-on-this-computer-prints-pdf-files = Aucun programme de cet ordinateur n'imprime les fichiers PDF (Windows n'en a aucun pour leur commande Imprimer). Le reçu a été enregistré : ouvrez-le et imprimez-le depuis là, ou installez un lecteur PDF qui sait imprimer.
sending-the-receipt-to-the-printer = Envoi du reçu à l'imprimante…
sent-to-the-default-printer = Envoyé à l'imprimante par défaut.
sent-to-the-printer-name = Envoyé à l'imprimante { $name }.
sends-the-receipt-to-the-printer-chosen-in = Envoie le reçu à l'imprimante choisie dans les Paramètres (rien n'est enregistré sur cet ordinateur).
no-pdf-viewer-is-installed-install-one = Aucune visionneuse PDF n'est installée : installez-en une (par exemple Evince ou Okular), ou enregistrez le fichier et ouvrez-le ailleurs.
xdg-mime-is-not-installed-no-pdf-viewer = Aucune visionneuse PDF ne peut être trouvée : xdg-utils (xdg-mime) n'est pas installé.
the-pdf-viewer-could-not-be-found-in-time = La visionneuse PDF n'a pas pu être trouvée à temps.
the-tablet-is-on-its-staff-screen-lock-it = La tablette est sur son écran du personnel : verrouillez-la (Verrouiller), puis renvoyez.
a-customer-is-using-the-tablet-wait = Un client utilise la tablette : attendez qu'il ait terminé, puis renvoyez.
the-tablet-did-not-take-the-booking-it-is-in-use = La tablette n'a pas pris le dossier : elle est utilisée (écran du personnel ou client). Verrouillez-la ou attendez, puis renvoyez.
code-for-the-desk = Code pour le poste :
a-shared-demo-server-must-run-on-this-computer = Un serveur de démonstration partagé doit tourner sur cet ordinateur (127.0.0.1 ou ::1), pas à { $url }.
