### StoreDesk interface texts: German.
### Register: "Sie". "Booking" is "Buchung"; "property" is "Standort".

## api
no-server-address-is-set = es ist keine Serveradresse eingetragen
address-is-not-a-web-address-error = „{ $address }“ ist keine Webadresse ({ $error })
address-is-not-encrypted-http-use-https-or = „{ $address }“ ist nicht verschlüsselt (http). Verwenden Sie https oder aktivieren Sie „Unverschlüsseltes http erlauben“ in den Einstellungen
the-scheme-scheme-is-not-http-or-https = das Schema „{ $scheme }“ ist weder http noch https
address-has-no-host = „{ $address }“ enthält keinen Host
the-http-client-could-not-start-error = der HTTP-Client konnte nicht starten: { $error }
no-reservation-with-this-id = Keine Reservierung mit dieser ID.
no-booking-with-this-id = Keine Buchung mit dieser ID.
no-reservation-or-booking-with-this-id = Keine Reservierung oder Buchung mit dieser ID.
the-server-did-not-accept-this-reservation-id = Der Server hat diese Reservierungs-ID nicht akzeptiert.
the-server-could-not-read-this-reservations-details = Der Server konnte die Details dieser Reservierung nicht lesen.
the-server-did-not-accept-this-booking-id = Der Server hat diese Buchungs-ID nicht akzeptiert.
the-server-could-not-load-this-bookings-details = Der Server konnte die Details dieser Buchung nicht laden.
this-bookings-details-are-incomplete-on-the-server = Die Details dieser Buchung sind auf dem Server unvollständig.
the-server-refused-the-signature-image = Der Server hat das Bild der Unterschrift abgelehnt.
the-server-has-no-contract-document-type-set = Auf dem Server ist für diese Buchung kein Vertragsdokumenttyp eingerichtet.
the-clients-details-on-this-booking-are-incomplete = Die Kundendaten dieser Buchung sind unvollständig.
the-api-key-was-refused = Der API-Schlüssel wurde abgelehnt.
the-server-could-not-complete-the-request = Der Server konnte die Anfrage nicht abschließen.
the-server-had-a-technical-problem = Der Server hatte ein technisches Problem.
the-server-refused-the-request-code = Der Server hat die Anfrage abgelehnt ({ $code }).
check-the-id-on-the-customers-confirmation-email = Prüfen Sie die ID in der Bestätigungs-E-Mail des Kunden und versuchen Sie es erneut.
look-the-booking-up-again-then-retry = Suchen Sie die Buchung erneut und versuchen Sie es dann noch einmal.
ask-the-customer-to-sign-again-larger-then = Bitten Sie den Kunden, noch einmal größer zu unterschreiben, und bestätigen Sie dann.
open-the-booking-in-the-storegister-back-office = Öffnen Sie die Buchung im StoRegister-Backoffice, vervollständigen Sie sie und versuchen Sie es erneut.
enter-a-valid-api-key-in-settings = Geben Sie in den Einstellungen einen gültigen API-Schlüssel ein.
try-again-if-it-keeps-failing-note-the = Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, notieren Sie den Code für den Support.
try-again-in-a-minute-if-it-persists = Versuchen Sie es in einer Minute erneut; wenn das Problem bleibt, wenden Sie sich an Ihren StoRegister-Administrator.
input-is-not-a-valid-reservation-id-reason = „{ $input }“ ist keine gültige Reservierungs-ID: { $reason }
input-is-not-a-valid-booking-id-reason = „{ $input }“ ist keine gültige Buchungs-ID: { $reason }
the-server-refused-the-request = Der Server hat die Anfrage abgelehnt.
no-api-key-is-set = Es ist kein API-Schlüssel eingerichtet.
the-api-key-was-refused-http-401 = Der API-Schlüssel wurde abgelehnt (HTTP 401).
this-api-key-may-not-use-this-function = Dieser API-Schlüssel darf diese Funktion nicht nutzen (HTTP 403).
the-server-has-no-such-address-http-404 = Diese Adresse gibt es auf dem Server nicht (HTTP 404). Die Basis-URL ist möglicherweise falsch.
the-server-is-receiving-too-many-requests-http = Der Server erhält zu viele Anfragen (HTTP 429).
the-server-is-having-trouble-http-status = Der Server hat Probleme (HTTP { $status }).
the-server-answered-with-an-unexpected-status-http = Der Server hat mit einem unerwarteten Status geantwortet (HTTP { $status }).
the-server-did-not-answer-in-time-seconds = Der Server hat nicht rechtzeitig geantwortet ({ $seconds } s).
could-not-connect-to-host-nothing-is-listening = Keine Verbindung zu { $host }: Dort antwortet kein Dienst.
could-not-reach-host-detail = { $host } ist nicht erreichbar: { $detail }
the-secure-connection-to-host-failed-detail = Die sichere Verbindung zu { $host } ist fehlgeschlagen: { $detail }
the-connection-was-interrupted-detail = Die Verbindung wurde unterbrochen: { $detail }
the-server-sent-a-web-page-instead-of = Der Server hat eine Webseite statt Daten gesendet (HTTP { $status }, { $content_type }).
the-servers-answer-is-too-large-over-limit = Die Antwort des Servers ist zu groß (über { $limit } MiB).
the-servers-answer-could-not-be-understood-at = Die Antwort des Servers ist bei `{ $path }` nicht verständlich: { $detail }
the-server-url-is-not-usable-detail = Die Server-URL ist nicht verwendbar: { $detail }
the-redirect-to-another-host-was-refused-to = Die Weiterleitung zu einem anderen Host wurde abgelehnt, um den API-Schlüssel zu schützen ({ $to }).
ids-look-like-3d491954-4ec3-466b-a7bc-a95b506aa8f3 = IDs sehen so aus: 3d491954-4ec3-466b-a7bc-a95b506aa8f3. Kopieren Sie die ID aus der Bestätigungs-E-Mail.
try-again-if-it-keeps-failing-contact-support = Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, wenden Sie sich an den Support.
open-settings-and-enter-the-api-key-from = Öffnen Sie die Einstellungen und geben Sie den API-Schlüssel aus der StoRegister-Verwaltung ein.
ask-your-administrator-for-a-key-with-booking = Bitten Sie Ihren Administrator um einen Schlüssel mit Zugriff auf Buchungen.
check-the-server-address-in-settings = Prüfen Sie die Serveradresse in den Einstellungen.
wait-a-minute-and-try-again = Warten Sie eine Minute und versuchen Sie es erneut.
check-the-network-connection-and-try-again = Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.
check-the-network-and-the-server-address-in = Prüfen Sie das Netzwerk und die Serveradresse in den Einstellungen.
the-servers-certificate-was-not-trusted-check-the = Dem Zertifikat des Servers wird nicht vertraut. Prüfen Sie die Adresse, die Systemuhr und einen eventuellen Proxy.
the-address-may-point-at-a-website-a = Die Adresse führt möglicherweise zu einer Website, einer Anmeldeseite oder einem Proxy. Prüfen Sie die Serveradresse in den Einstellungen.
this-is-a-server-problem-note-the-booking = Das ist ein Serverproblem: Notieren Sie die Buchungs-ID und informieren Sie den Support.
set-the-final-server-address-in-settings = Tragen Sie in den Einstellungen die endgültige Serveradresse ein.
it-is-empty = sie ist leer
an-id-uses-only-the-digits-0-9 = eine ID besteht nur aus den Ziffern 0-9, den Buchstaben a-f und Bindestrichen
an-id-has-32-hexadecimal-digits-this-one = eine ID hat 32 Hexadezimalziffern, diese hat { $count }
the-dashes-are-not-where-an-id-has = die Bindestriche stehen nicht an der richtigen Stelle (8-4-4-4-12)

## hours
monday = Montag
tuesday = Dienstag
wednesday = Mittwoch
thursday = Donnerstag
friday = Freitag
saturday = Samstag
sunday = Sonntag
jan = Jan.
feb = Feb.
mar = März
apr = Apr.
may = Mai
jun = Juni
jul = Juli
aug = Aug.
sep = Sept.
oct = Okt.
nov = Nov.
dec = Dez.
day-month = { $day }. { $month }
closes-at-time = schließt um { $time }
opens-at-time = öffnet um { $time }
closes-at-midnight = schließt um Mitternacht
opens-at-midnight = öffnet um Mitternacht
closes-day-time = schließt { $day } um { $time }
opens-day-time = öffnet { $day } um { $time }
closes-day-date-time = schließt { $day }, { $date } um { $time }
opens-day-date-time = öffnet { $day }, { $date } um { $time }
public-holidays = Feiertage
day-the-time-slot-text-could-not-be = { $day }: Der Zeitraum { $text } ist nicht lesbar; ignoriert.
day-the-time-slot-text-ends-before-it = { $day }: Der Zeitraum { $text } endet, bevor er beginnt; ignoriert.
day-the-time-slots-a-and-b-overlap = { $day }: Die Zeiträume { $a } und { $b } überschneiden sich; gezählt als { $merged }.
day-the-time-slot-slot-is-given-twice = { $day }: Der Zeitraum { $slot } ist doppelt angegeben.
day-no-entry-in-the-opening-hours-treated = { $day }: kein Eintrag in den Öffnungszeiten; als geschlossen behandelt.
day-given-more-than-once-the-first-entry = { $day }: mehrfach angegeben; der erste Eintrag gilt.
day-marked-closed-but-has-time-slots-treated = { $day }: als geschlossen markiert, aber mit Zeiträumen; als geschlossen behandelt.
day-not-marked-closed-but-has-no-hours = { $day }: nicht als geschlossen markiert, aber ohne Zeiten; als geschlossen behandelt.
day-the-entry-is-named-name-another-day = { $day }: Der Eintrag heißt { $name }, ein anderer Tag; die Tagesnummer gilt.
none = keine
an-entry-with-day-number-number-name-is = Ein Eintrag mit der Tagesnummer { $number } ({ $name }) ist kein bekannter Tag; ignoriert.
an-entry-with-day-number-number-is-not = Ein Eintrag mit der Tagesnummer { $number } ist kein bekannter Tag; ignoriert.
not-given = nicht angegeben
country-country-spans-several-time-zones-times-are = Das Land { $country } hat mehrere Zeitzonen; die Zeiten gelten als { $zone }.
no-time-zone-known-for-country-country-times = Für das Land { $country } ist keine Zeitzone bekannt; die Zeiten gelten als { $zone }.
new-years-day = Neujahr
easter-monday = Ostermontag
labour-day = Tag der Arbeit
victory-in-europe-day = Tag des Sieges 1945
ascension-day = Christi Himmelfahrt
whit-monday = Pfingstmontag
bastille-day = Französischer Nationalfeiertag
assumption-day = Mariä Himmelfahrt
all-saints-day = Allerheiligen
armistice-day = Waffenstillstand 1918
christmas-day = 1. Weihnachtstag
good-friday = Karfreitag
st-stephens-day = Stephanstag
german-unity-day = Tag der Deutschen Einheit
second-day-of-christmas = 2. Weihnachtstag
zone-time-zone-guessed = { $zone }, Zeitzone geschätzt
open-now-change-zone = Jetzt geöffnet · { $change } ({ $zone })
open-now-open-for-at-least-the-next = Jetzt geöffnet · { $days ->
        [one] mindestens noch { $days } Tag
       *[other] mindestens die nächsten { $days } Tage
    } ({ $zone })
closed-change-zone = Geschlossen · { $change } ({ $zone })
closed-public-holiday-holiday-change-zone = Geschlossen · Feiertag ({ $holiday }) · { $change } ({ $zone })
closed-does-not-open-in-the-next-days = Geschlossen · öffnet { $days ->
        [one] am nächsten { $days } Tag
       *[other] in den nächsten { $days } Tagen
    } nicht ({ $zone })
closed-public-holiday-holiday-does-not-open-in = Geschlossen · Feiertag ({ $holiday }) · öffnet { $days ->
        [one] am nächsten { $days } Tag
       *[other] in den nächsten { $days } Tagen
    } nicht ({ $zone })
closed = geschlossen
open-no-hours-given = geöffnet (keine Zeiten angegeben)
open-hours = geöffnet { $hours }
public-holidays-no-rule-given = Feiertage: keine Regel angegeben
public-holidays-rule-applied-on-country-national-holidays = Feiertage: { $rule } (gilt an den bundesweiten Feiertagen in { $country }; regionale sind nicht bekannt)
public-holidays-rule-no-holiday-calendar-for-country = Feiertage: { $rule } (kein Feiertagskalender für { $country }: nicht auf Daten angewendet)
public-holidays-rule-no-holiday-calendar-for-this = Feiertage: { $rule } (kein Feiertagskalender für dieses Land: nicht auf Daten angewendet)

## domain_misc
the-pin-may-contain-digits-only = Die PIN darf nur Ziffern enthalten.
the-pin-needs-at-least-4-digits = Die PIN muss mindestens 4 Ziffern haben.
the-pin-may-have-at-most-12-digits = Die PIN darf höchstens 12 Ziffern haben.
use-a-pin-that-is-harder-to-guess = Wählen Sie eine PIN, die schwerer zu erraten ist als eine wiederholte Ziffer oder eine einfache Folge.
the-two-pins-are-not-the-same = Die beiden PINs stimmen nicht überein.
the-stored-kiosk-pin-is-not-in-a = Die gespeicherte Kiosk-PIN hat ein unbekanntes Format; legen Sie in den Einstellungen eine neue PIN fest.
please-sign-on-the-pad-before-confirming = Bitte unterschreiben Sie im Feld, bevor Sie bestätigen.
this-looks-like-a-single-dot-please-sign = Das sieht aus wie ein einzelner Punkt. Bitte unterschreiben Sie mit Ihrem Namen.
the-signature-is-too-small-please-sign-larger = Die Unterschrift ist zu klein. Bitte unterschreiben Sie größer.
the-signature-is-too-short-please-sign-your = Die Unterschrift ist zu kurz. Bitte unterschreiben Sie mit Ihrem vollständigen Namen.
the-signature-could-not-be-prepared-please-try = Die Unterschrift konnte nicht vorbereitet werden. Bitte versuchen Sie es noch einmal.
the-system-keyring = im Schlüsselbund des Systems
this-session-only = nur für diese Sitzung
the-storedesk-api-key-variable = in der Variable STOREDESK_API_KEY
demo-mode = im Demo-Modus
the-saved-settings-could-not-be-read-and = Die gespeicherten Einstellungen waren nicht lesbar und wurden auf die Standardwerte zurückgesetzt ({ $error }).
the-demo-server-could-not-start-on-this = Der Demo-Server konnte auf diesem Computer nicht starten: { $error }
the-current-pin-is-not-right = Die aktuelle PIN ist nicht richtig.
error-the-pin-is-kept-for-this-session = { $error } Die PIN gilt nur für diese Sitzung; legen Sie sie nach einem Neustart erneut fest.

## ui_a
lookup = Suche
quote-comparison = Angebotsvergleich
signature = Unterschrift
property-hours = Öffnungszeiten
settings = Einstellungen
no-name = (ohne Namen)
open-for-the-next-14-days = in den nächsten 14 Tagen geöffnet
not-within-14-days = nicht innerhalb von 14 Tagen
on-this-computers-clock-zone-change = Nach der Uhr dieses Computers ({ $zone }): { $change }
open = Geöffnet
closed-title = Geschlossen
no-property-yet-look-a-reservation-or-booking = Noch kein Standort: Suchen Sie eine Reservierung oder Buchung oder aktualisieren Sie die Liste.
properties-title = Standorte
refresh-list = Liste aktualisieren
ask-the-server-for-its-list-of-properties = Die Standortliste vom Server abrufen
from-this-sessions-lookups-and-the-servers-property = Aus den Suchen dieser Sitzung und der Standortliste des Servers. Die Zeiten sind die des jeweiligen Standorts.
the-property-list-could-not-be-loaded-error = Die Standortliste konnte nicht geladen werden: { $error }
properties-seen-in-lookups-are-still-listed = Standorte aus den Suchen bleiben aufgeführt.
name = Name
city = Ort
now = Jetzt
next-change-propertys-time = Nächste Änderung (Ortszeit des Standorts)
address = Adresse
phone = Telefon
email = E-Mail
times-are-in-zone = Zeiten in { $zone }.
office-hours-week-by-week = Bürozeiten, Woche für Woche
office-staff-at-the-desk = Büro (Personal vor Ort)
as-the-server-writes-it-the-week-table = So wie der Server es schreibt; die Wochentabelle gilt für das Büro.
access-tenants-gate = Zugang (Tor für Mieter)
given-as-text-only-not-part-of-the = Nur als Text angegeben: nicht Teil der Wochentabelle.
not-given-by-the-server = Vom Server nicht angegeben
day = Tag
office-hours = Bürozeiten
status = Status
no-data-closed = keine Angaben (geschlossen)
today = heute
the-servers-opening-hours-for-this-property-look = Die Öffnungszeiten dieses Standorts vom Server wirken ungewöhnlich; so wurden sie gelesen:
the-manager-pin-is-set = Die Manager-PIN ist festgelegt.
the-manager-pin-was-removed = Die Manager-PIN wurde entfernt.
that-pin-is-not-right = Diese PIN ist nicht richtig.
are-you-still-there = Sind Sie noch da?
for-your-privacy-this-screen-will-be-cleared = Zum Schutz Ihrer Daten wird dieser Bildschirm in { $seconds } s geleert.
yes-i-am-still-here = Ja, ich bin noch da
lock = Sperren
close-storedesk = StoreDesk schließen
leave-kiosk-mode = Kioskmodus beenden
staff = Personal
for-staff-needs-the-manager-pin = Für das Personal: erfordert die Manager-PIN.
welcome = Willkommen
a-member-of-staff-will-prepare-your-document = Ein Mitarbeiter bereitet Ihr Dokument zur Unterschrift vor.
no-manager-pin-is-set-anyone-can-leave = Es ist keine Manager-PIN festgelegt: Jeder kann den Kioskmodus beenden oder die App schließen.
set-a-pin-now-before-the-customer-uses = Legen Sie jetzt eine PIN fest, bevor der Kunde den Kiosk benutzt.
staff-screen-look-the-booking-up-then-hand = Personalansicht: Suchen Sie die Buchung und übergeben Sie den Kiosk dann dem Kunden.
ready-to-sign-who = Bereit zur Unterschrift: { $who }
hand-over-for-signing = Zur Unterschrift übergeben
staff-access = Zugang für Personal
enter-the-manager-pin = Geben Sie die Manager-PIN ein.
manager-pin = Manager-PIN
delete = Löschen
ok = OK
checking = Wird geprüft…
too-many-wrong-pins-try-again-in-seconds = Zu viele falsche PINs. Versuchen Sie es in { $seconds } s erneut.
cancel = Abbrechen
current-pin = Aktuelle PIN
new-pin = Neue PIN
new-pin-again = Neue PIN wiederholen
change-pin = PIN ändern
set-pin = PIN festlegen
remove-pin = PIN entfernen
kiosk-and-signature = Kiosk und Unterschrift
start-in-kiosk-mode-also-storedesk-kiosk = Im Kioskmodus starten (auch: storedesk --kiosk)
seconds-without-a-touch-before-are-you-still = Sekunden ohne Berührung vor „Sind Sie noch da?“
signature-images-on-a-white-background-otherwise-transparent = Unterschriftsbilder auf weißem Hintergrund (sonst transparent)
reading-the-credential-store = Anmeldedatenspeicher wird gelesen…
no-pin-is-set-the-pin-protects-leaving = Es ist keine PIN festgelegt. Die PIN schützt das Beenden des Kioskmodus und das Schließen der App.
a-pin-is-set-kept-in-store = Eine PIN ist festgelegt, gespeichert { $store }.
start-kiosk-mode-now = Kioskmodus jetzt starten

## ui_b
look-up-a-reservation-or-booking = Reservierung oder Buchung suchen
reservation-or-booking-id = Reservierungs- oder Buchungs-ID
look-up = Suchen
enter = Eingabetaste
recent = Zuletzt:
type-or-paste-the-id-from-the-customers = Geben Sie die ID aus der Bestätigung des Kunden ein oder fügen Sie sie ein und drücken Sie dann die Eingabetaste.
demo-bookings = Demo-Buchungen…
sample-reservations-and-bookings-from-the-built-in = Beispielreservierungen und -buchungen vom eingebauten Demo-Server.
reservation = Reservierung
booking = Buchung
unit = Lagerraum
storage-type = Lagerart
category-title = Kategorie
space = Stellplatz
dates = Termine
transaction = Transaktion
move-in = Einzug
contract = Vertrag
signed = Unterschrieben
not-signed-yet = Noch nicht unterschrieben
unknown = Unbekannt
the-bookings-quote-could-not-be-loaded-error = Das Angebot der Buchung konnte nicht geladen werden: { $error }
quote = Angebot
first-payment = Erste Zahlung
regular-payment = Regelmäßige Zahlung
open-in-quote-comparison = Im Angebotsvergleich öffnen
take-signature = Unterschrift einholen
opens-the-signature-pad-for-this-booking-with = Öffnet das Unterschriftenfeld für diese Buchung, mit den Beträgen darüber.
client = Kunde
property = Standort
access-hours = Zugangszeiten
count-days-open = { $count } { $count ->
        [one] Öffnungstag
       *[other] Öffnungstage
    }
size-title = Größe
dimensions = Abmessungen
connection = Verbindung
demo-mode-is-on-the-app-talks-to = Der Demo-Modus ist aktiv: Die App verwendet den lokalen Demo-Server unter { $address }. Starten Sie die App ohne --demo neu, um Ihren eigenen Server zu verwenden.
server-address = Serveradresse
send-the-key-as = Schlüssel senden als
timeout-seconds = Zeitlimit (Sekunden)
allow-unencrypted-http-to-other-computers-unsafe-the = Unverschlüsseltes http zu anderen Computern erlauben (unsicher: der Schlüssel wird im Klartext gesendet)
save-connection = Verbindung speichern
connection-saved = Verbindung gespeichert.
api-key = API-Schlüssel
set-ends-with-masked-kept-in-store = Festgelegt, endet auf { $masked } — gespeichert { $store }
new-api-key = Neuer API-Schlüssel
save-key = Schlüssel speichern
use-for-this-session-only = Nur für diese Sitzung verwenden
the-key-is-kept-in-memory-until-the = Der Schlüssel bleibt im Arbeitsspeicher, bis die App geschlossen wird.
remove-key = Schlüssel entfernen
use-use-for-this-session-only-the-key = Verwenden Sie „Nur für diese Sitzung verwenden“: Der Schlüssel bleibt dann im Arbeitsspeicher und wird beim Schließen der App vergessen.
x-api-key-key = X-API-Key: <Schlüssel>
authorization-x-api-key-key = Authorization: X-API-Key <Schlüssel>
appearance = Darstellung
language = Sprache
theme = Design
system = System
light = Hell
dark = Dunkel
undo = Rückgängig
clear = Alles löschen
confirm-and-save = Bestätigen und speichern
saving-the-signature = Unterschrift wird gespeichert…
the-signature-could-not-be-saved-error = Die Unterschrift konnte nicht gespeichert werden. { $error }
the-signature-is-kept-press-confirm-and-save = Die Unterschrift bleibt erhalten: Drücken Sie erneut auf „Bestätigen und speichern“, Sie müssen nicht noch einmal unterschreiben.
no-booking-is-selected-for-signing = Es ist keine Buchung zum Unterschreiben ausgewählt.
look-the-reservation-or-booking-up-first-then = Suchen Sie zuerst die Reservierung oder Buchung und drücken Sie dann auf ihrer Karte auf „Unterschrift einholen“.
take-signature-for-client = Unterschrift von { $client } einholen
go-to-lookup = Zur Suche
by-signing-below-you-accept-this-booking-and = Mit Ihrer Unterschrift unten akzeptieren Sie diese Buchung und die angezeigten Beträge.
signature-saved = Unterschrift gespeichert
thank-you-the-signature-was-received-for-the = Vielen Dank. Die Unterschrift für die folgende Buchung ist eingegangen.
signed-on = Unterschrieben am
reference = Referenz
label-value = { $label }: { $value }
the-signature-image-is-no-longer-kept-on = Das Bild der Unterschrift wird auf diesem Computer nicht mehr gespeichert.
done = Fertig
signature-pad = Unterschriftenfeld
sign-here = Hier unterschreiben
demo-data-at-address = Demo-Daten unter { $address }
starting-the-demo-server = Demo-Server wird gestartet…
no-server-set = Kein Server eingetragen
server-server = Server: { $server }
checking-ellipsis = wird geprüft…
not-set = nicht festgelegt
set-ends-with-masked-store = festgelegt, endet auf { $masked } ({ $store })
api-key-key = API-Schlüssel: { $key }
working = Wird bearbeitet…
welcome-to-storedesk = Willkommen bei StoreDesk
no-api-key-is-set-for-the-storegister = Für den StoRegister-Server ist noch kein API-Schlüssel eingerichtet.
try-with-demo-data = Mit Demo-Daten ausprobieren
starts-a-local-demo-server-on-this-computer = Startet auf diesem Computer einen lokalen Demo-Server mit Beispielbuchungen.
enter-an-api-key = API-Schlüssel eingeben
you-can-still-use-a-key-for-this = Sie können in den Einstellungen trotzdem einen Schlüssel nur für diese Sitzung verwenden.
what-to-do-next = Was ist zu tun: { $next }

## demo
documented-reservation-renaud-pons-box-4-m2-at = Reservierung aus der Dokumentation: Renaud Pons, Box 4 m² in Chalets, Toulouse; der erste Zeitraum ist ein ganzer Monat (27,08 € + 20 % MwSt. = 32,50 €)
quote-for-the-documented-reservation-chalets-toulouse-box = Angebot zur Reservierung aus der Dokumentation: Chalets, Toulouse, Box 4 m², 32,50 € im Monat, kein Rabatt
documented-quote-avenall-pouchard-box-a2-9-m2 = Angebot aus der Dokumentation: Avenall Pouchard, Box A2 9 m² in Emmerich (DE), 23 Tage anteilig, 5 % wiederkehrender Rabatt (mit den widersprüchlichen Beträgen der Dokumentation)
reservation-at-lyon-gerland-elodie-marchand-6-m3 = Reservierung in Lyon Gerland: Élodie Marchand, Lagerraum 6 m³, Versicherung, Vorhängeschloss + Kartons, 10 € Rabatt jeden Monat
quote-for-the-lyon-reservation-18-days-prorated = Angebot zur Reservierung in Lyon: 18 Tage anteilig (66,00 €), dann 69,00 € im Monat
signed-booking-at-berlin-tempelhof-jonas-hartmann-5 = Unterschriebene Buchung in Berlin Tempelhof: Jonas Hartmann, 5 m², 19 % MwSt., 14 Tage anteilig, 10 % Rabatt nur auf die erste Zahlung

## quote
preview = Vorschau
full-cycle = Voller Zeitraum
prorated = Anteilig
live-preview-of-the-booking-subscription = Live-Vorschau der Buchung (subscription)
one-complete-billing-cycle-billingsubscription = Ein vollständiger Abrechnungszeitraum (billingSubscription)
first-period-from-move-in-to-the-end = Erster Zeitraum, vom Einzug bis zum Ende des Abrechnungszeitraums (proRataSubscription)
rent = Miete
discount = Rabatt
insurance = Versicherung
service = Service
merchandise = Waren
admin-fee = Bearbeitungsgebühr
security-deposit = Kaution
taxable = netto
tax = MwSt.
payable = brutto
tax-rate = MwSt.-Satz
non-taxable = steuerfrei
net = Zahlbetrag
gross = Gesamtbetrag
formatting = Formatierung
payable-sum = Bruttosumme
totals = Summen
transaction-summary = Transaktionsübersicht
discount-rule = Rabattregel
space-price = Stellplatzpreis
proration = anteilige Berechnung
msg-1-month = 1 Monat
count-months = { $count } { $count ->
        [one] Monat
       *[other] Monate
    }
msg-1-week = 1 Woche
count-weeks = { $count } { $count ->
        [one] Woche
       *[other] Wochen
    }
start-to-end = { $start } bis { $end }
name-shown-as-text-without-a-number-not = { $name }: als „{ $text }“ ohne Zahl angezeigt; nicht geprüft
name-could-not-read-the-formatted-text-text = { $name }: der formatierte Text „{ $text }“ ist nicht lesbar; nicht geprüft
shown-as-text-a-percentage-but-it-is = als „{ $text }“ angezeigt, ein Prozentsatz, es ist aber ein Betrag von { $amount }
shown-as-text-but-its-price-is-amount = als „{ $text }“ angezeigt, der Preis ist aber { $amount }
shown-as-text-an-amount-but-it-is = als „{ $text }“ angezeigt, ein Betrag, es ist aber ein Satz von { $rate }
shown-as-text-but-the-rate-is-rate = als „{ $text }“ angezeigt, der Satz ist aber { $rate }
tax-is-tax-but-taxable-rate-expected-source = die MwSt. beträgt { $tax }, aber { $taxable } × { $rate } = { $expected }; { $source } zeigt { $amount }
tax-is-tax-but-taxable-rate-expected = die MwSt. beträgt { $tax }, aber { $taxable } × { $rate } = { $expected }
payable-is-payable-but-taxable-taxable-tax-tax = brutto beträgt { $payable }, aber netto { $taxable } + MwSt. { $tax } = { $sum }
payable-is-payable-but-taxable-taxable-tax-tax-sum = brutto beträgt { $payable }, aber netto { $taxable } + MwSt. { $tax } = { $sum }; es passt zur erwarteten MwSt. { $expected }, also ist der MwSt.-Betrag fraglich
the-transaction-summary = die Transaktionsübersicht
the-line-item-says-line-the-transaction-summary = die Position nennt { $line }, die Transaktionsübersicht ({ $key }) nennt { $summary }
total = Summe
the-line-items-taxable-amounts-sum-to-sum = die Nettobeträge der Positionen ergeben { $sum }, die Summe ist { $total }
the-line-items-taxes-sum-to-sum-the = die MwSt.-Beträge der Positionen ergeben { $sum }, die Summe ist { $total }; die Summe passt zu den aus ihren Sätzen neu berechneten MwSt.-Beträgen ({ $recomputed })
the-line-items-taxes-sum-to-sum-the-total = die MwSt.-Beträge der Positionen ergeben { $sum }, die Summe ist { $total }
the-line-items-payable-amounts-sum-to-sum = die Bruttobeträge der Positionen ergeben { $sum }, der Zahlbetrag ist { $total }
net-is-net-but-taxable-taxable-tax-tax = der Zahlbetrag ist { $net }, aber netto { $taxable } + MwSt. { $tax } + steuerfrei { $non_taxable } = { $sum }
net-is-net-but-taxable-taxable-tax-tax-sum = der Zahlbetrag ist { $net }, aber netto { $taxable } + MwSt. { $tax } = { $sum }
item-number = Eintrag { $number }
summary-item = Übersicht { $item }
space-price-title = Stellplatzpreis
discounted = rabattiert
standard = Standard
the-full-cycle-rent = die Miete des vollen Zeitraums
the-full-cycle-rent-with-its-discount = die Miete des vollen Zeitraums mit ihrem Rabatt
amount-differs-from-what-expected = { $amount } weicht von { $what } ab: { $expected }
no-saving-the-standard-and-discounted-prices-are = Keine Ersparnis: Standardpreis und rabattierter Preis sind gleich
saving-payable-per-discounted-cycle-incl-tax-taxable = Ersparnis von { $payable } brutto pro rabattiertem Zeitraum ({ $taxable } netto)
saving-payable-per-discounted-cycle-incl-tax = Ersparnis von { $payable } brutto pro rabattiertem Zeitraum
saving-taxable-per-discounted-cycle-before-tax = Ersparnis von { $taxable } netto pro rabattiertem Zeitraum
saving-not-available-a-price-is-missing = Ersparnis nicht verfügbar: ein Preis fehlt
discount-rule-title = Rabattregel
percentage = Prozentsatz
amount = Betrag
the-rent = die Miete
the-taxable-lines = die steuerpflichtigen Positionen
discount-is-discount-but-the-rules-rate-of = der Rabatt beträgt { $discount }, aber laut Regel { $rate } von { $base_name } { $base } = { $expected }
the-discount-line-says-line-its-rule-says = die Rabattposition nennt { $line }, ihre Regel nennt { $rule }
discount-is-discount-but-the-rules-fixed-amount = der Rabatt beträgt { $discount }, der feste Betrag der Regel ist aber { $amount }
the-discount-rule-name-is-not-applied-in = Die Rabattregel „{ $name }“ wird in keiner Ansicht angewendet
the-discount-rule-is-not-applied-in-any = Die Rabattregel wird in keiner Ansicht angewendet
the-response-has-no-subscription-view-to-compare = Die Antwort enthält keine Abonnementansicht zum Vergleichen
period = Zeitraum
disputed-by-a-check-see-warnings = (! = von einer Prüfung beanstandet, siehe Warnungen)
space-price-per-cycle = Stellplatzpreis (pro Zeitraum)
standard-title = Standard
discounted-title = Rabattiert
saving = Ersparnis
first-period = Erster Zeitraum
discount-name-value-duration = Rabatt: { $name }: { $value }, { $duration }
discount-value-duration = Rabatt: { $value }, { $duration }
projection = Vorausschau
payment = Zahlung
without-discount = Ohne Rabatt
total-of-the-table = Summe der Tabelle
msg-12-month-total-count-payments = Summe über 12 Monate ({ $count } { $count ->
        [one] Zahlung)
       *[other] Zahlungen)
    }
warnings-count = Warnungen ({ $count })
notes = Hinweise
the-full-cycle-view-runs-start-to-end = Die Ansicht des vollen Zeitraums reicht von { $start } bis { $end }; das ist kein Zahlungszeitraum von { $period }.
the-response-has-no-payment-period-one-cycle = Die Antwort nennt keinen Zahlungszeitraum; ein Zeitraum wird als { $period } angenommen, die Länge der Ansicht des vollen Zeitraums ({ $start } bis { $end }).
the-response-has-no-payment-period-cycles-are = Die Antwort nennt keinen Zahlungszeitraum; monatliche Zeiträume werden angenommen.
amount-per-cycle = { $amount } pro Zeitraum
as-shown = wie angezeigt
duration-not-stated-no-discount-rule-in-the = Dauer nicht angegeben (keine Rabattregel in der Antwort)
amount-not-given = Betrag nicht angegeben
first-payment-only = nur erste Zahlung
msg-1-payment = 1 Zahlung
count-payments = { $count } { $count ->
        [one] Zahlung
       *[other] Zahlungen
    }
every-cycle-lifetime = jeder Zeitraum (unbegrenzt)
duration-until-date-at-the-latest = { $duration }, spätestens bis { $date }
no-full-cycle-view-the-cycles-cannot-be = Keine Ansicht des vollen Zeitraums: Die Zeiträume lassen sich nicht vorausberechnen.
the-full-cycle-net-amount-is-missing-the = Der Zahlbetrag des vollen Zeitraums fehlt: Die Zeiträume lassen sich nicht vorausberechnen.
first-payment-prorated = Erste Zahlung (anteilig)
cycle-1-first-payment = Zeitraum 1 (erste Zahlung)
cycle-number = Zeitraum { $number }
the-first-payment-is-the-apis-prorated-net = Die erste Zahlung ist der anteilige Zahlbetrag der API, { $amount }.
the-first-payment-is-the-apis-first-period = Die erste Zahlung ist der Zahlbetrag des ersten Zeitraums laut API, { $amount }.
a-cycle-costs-the-apis-full-cycle-net = Ein Zeitraum kostet den Zahlbetrag des vollen Zeitraums laut API, { $with } mit Rabatt oder { $without } ohne ({ $with } abzüglich der Rabattposition { $discount }).
a-cycle-costs-the-apis-full-cycle-net-amount = Ein Zeitraum kostet den Zahlbetrag des vollen Zeitraums laut API, { $amount }.
billing-cycles-of-period-start-on-date-the = Abrechnungszeiträume von { $period } beginnen am { $date }, dem Tag nach dem anteiligen Zeitraum.
billing-cycles-of-period-start-on-date = Abrechnungszeiträume von { $period } beginnen am { $date }.
billing-cycles-of-period-their-dates-are-unknown = Abrechnungszeiträume von { $period }; ihre Daten sind unbekannt (die Ansichten haben keine Daten).
cycle-number-date = Zeitraum { $number } ({ $date })
cycle-number-2 = Zeitraum { $number }
the-price-without-the-discount-amount = der Preis ohne Rabatt ({ $amount })
price-applies-from-cycle = ; { $price } gilt ab { $cycle }
the-first-payment = die erste Zahlung
the-first-payment-and-the-next-cycle = die erste Zahlung und den nächsten Zeitraum
the-first-payment-and-the-next-count-cycles = die erste Zahlung und { $count ->
        [one] der nächste { $count } Zeitraum
       *[other] die nächsten { $count } Zeiträume
    }
assumption-the-prorated-first-period-counts-as-the = Annahme: Der anteilige erste Zeitraum zählt als 1. { $count ->
        [one] von { $count } Anwendung
       *[other] der { $count } Anwendungen
    } des Rabatts (die anteilige Ansicht wendet ihn an), also deckt der Rabatt { $covers } ab{ $then }.
the-discount-covers-1-payment-then = Der Rabatt gilt für 1 Zahlung{ $then }.
the-discount-covers-count-payments-then = Der Rabatt gilt für { $count } { $count ->
        [one] Zahlung
       *[other] Zahlungen
    }{ $then }.
one-off-discount-only-the-first-payment-that = Einmaliger Rabatt: Nur die erste Zahlung, die ihn trägt, ist rabattiert{ $then }.
the-response-has-no-discount-rule-the-discount = Die Antwort enthält keine Rabattregel: Der Rabatt aus der Ansicht des vollen Zeitraums wird auf jeden Zeitraum angewendet (seine tatsächliche Dauer ist unbekannt).
the-discount-recurs-for-life-every-cycle-is = Der Rabatt gilt dauerhaft: Jeder Zeitraum ist rabattiert.
the-discount-expires-on-date-cycles-starting-after = Der Rabatt läuft am { $date } ab: Zeiträume, die danach beginnen, zahlen { $price }.
the-discount-lines-say-isrecurring-lines-the-rule = Die Rabattpositionen nennen isRecurring={ $lines }, die Regel nennt isRecurring={ $rule }; die Vorausschau folgt der Regel.
recurring-mode-mode-is-not-documented-the-discount = Der Wiederholungsmodus { $mode } ist nicht dokumentiert; der Rabatt wird pro Abrechnungszeitraum gezählt.
the-discount-rule-is-not-applied-in-the = Die Rabattregel wird in der Ansicht des vollen Zeitraums nicht angewendet, daher ist kein Zeitraum rabattiert.
the-prorated-first-payment-and-the-next-12 = die anteilige erste Zahlung und die nächsten 12 Abrechnungszeiträume
msg-12-billing-cycles-the-first-one-being-the = 12 Abrechnungszeiträume, der erste davon ist die erste Zahlung
msg-12-cycles-vs-12-months-the-table-lists = 12 Zeiträume oder 12 Monate: Die Tabelle zeigt { $table }; die Summe über 12 Monate addiert { $count ->
        [one] die { $count } Zahlung, die
       *[other] die { $count } Zahlungen, die
    } von { $start } bis { $end } fällig { $count ->
        [one] wird
       *[other] werden
    }, jeweils am ersten Tag ihres Zeitraums.
msg-12-cycles-vs-12-months-the-table-lists-table = 12 Zeiträume oder 12 Monate: Die Tabelle zeigt { $table }; die Summe über 12 Monate addiert { $count ->
        [one] die erste { $count } Zahlung
       *[other] die ersten { $count } Zahlungen
    } (Daten unbekannt).
january = Januar
february = Februar
march = März
april = April
june = Juni
july = Juli
august = August
september = September
october = Oktober
november = November
december = Dezember
the-first-period-is-a-full-cycle-but = der erste Zeitraum ist ein voller Zeitraum, aber seine Miete { $rent } weicht von der Miete des vollen Zeitraums { $full } ab
the-first-period-period-is-a-full-billing = Der erste Zeitraum ({ $period }) ist ein voller Abrechnungszeitraum: keine anteilige Berechnung; Miete { $rent }.
the-first-period-period-is-a-full-billing-cycle = Der erste Zeitraum ({ $period }) ist ein voller Abrechnungszeitraum: keine anteilige Berechnung.
the-first-period-is-a-full-billing-cycle = Der erste Zeitraum ist ein voller Abrechnungszeitraum: keine anteilige Berechnung; Miete { $rent }.
the-first-period-is-a-full-billing-cycle-no = Der erste Zeitraum ist ein voller Abrechnungszeitraum: keine anteilige Berechnung.
the-rent-line-counts-count-days-but-period = die Mietposition zählt { $count } { $count ->
        [one] Tag
       *[other] Tage
    }, aber { $period } hat { $days } { $days ->
        [one] Tag
       *[other] Tage
    }
days = Tage
the-monthly-rent-is-the-full-cycle-rent = Die Monatsmiete ist die Miete des vollen Zeitraums { $rent } ÷ { $months } { $months ->
        [one] Monat.
       *[other] Monate.
    }
msg-1-day = 1 Tag
count-days = { $count } { $count ->
        [one] Tag
       *[other] Tage
    }
monthly-rent-monthly-divisor-days-daily-day-rounded = Monatsmiete { $monthly } ÷ { $divisor } { $divisor ->
        [one] Tag
       *[other] Tage
    } = { $daily }/Tag (auf den Cent gerundet) × { $days } = { $computed }
monthly-rent-monthly-days-divisor-days-computed-the = Monatsmiete { $monthly } × { $days } ÷ { $divisor } { $divisor ->
        [one] Tag
       *[other] Tage
    } = { $computed } (der Tagessatz wird nicht vorher gerundet)
assumption-the-daily-rate-divides-the-monthly-rent = Annahme: Der Tagessatz teilt die Monatsmiete durch die Tage des Einzugsmonats ({ $month }: 30 Tage); ein fester 30-Tage-Monat ergibt hier denselben Teiler.
the-daily-rate-divides-the-monthly-rent-by = Der Tagessatz teilt die Monatsmiete durch die Tage des Einzugsmonats ({ $month }: { $days } { $days ->
        [one] Tag).
       *[other] Tage).
    }
the-daily-rate-divides-the-monthly-rent-by-a = Der Tagessatz teilt die Monatsmiete durch einen festen 30-Tage-Monat ({ $month } hat { $days } { $days ->
        [one] Tag).
       *[other] Tage).
    }
the-daily-rate-divides-the-monthly-rent-by-a-fixed = Der Tagessatz teilt die Monatsmiete durch einen festen 30-Tage-Monat (kein Startdatum).
the-period-spans-more-than-one-calendar-month = Der Zeitraum erstreckt sich über mehr als einen Kalendermonat; der Teiler ist der des Einzugsmonats.
calculation-as-the-api-shows = { $calculation }, wie die API es zeigt.
the-api-shows-api-but-monthly-divisor-days = die API zeigt { $api }, aber { $monthly } ÷ { $divisor } { $divisor ->
        [one] Tag
       *[other] Tage
    }, gerundet auf { $daily }/Tag, × { $days } { $days ->
        [one] Tag
       *[other] Tage
    } = { $computed }
calculation-but-the-api-shows-api = { $calculation }, die API zeigt aber { $api }.
the-monthly-rent-is-not-available = die Monatsmiete ist nicht verfügbar
the-number-of-days-is-not-available = die Anzahl der Tage ist nicht verfügbar
the-prorated-rent-is-not-available = die anteilige Miete ist nicht verfügbar
prorated-rent-amount-for-days-missing-to-explain = Anteilige Miete { $amount } für { $days }; sie lässt sich nicht erklären, denn { $missing }.
prorated-rent-amount-missing-to-explain-it = Anteilige Miete { $amount }; sie lässt sich nicht erklären, denn { $missing }.
prorated-rent-for-days-missing-to-explain-it = Anteilige Miete für { $days }; sie lässt sich nicht erklären, denn { $missing }.
prorated-rent-missing-to-explain-it = Anteilige Miete; sie lässt sich nicht erklären, denn { $missing }.
discount-rate-of-rent-raw-rounded-to-rounded = Rabatt: { $rate } von { $rent } = { $raw }, gerundet auf { $rounded } (die API zeigt { $shown })
discount-fixed-amount-the-api-shows-shown = Rabatt: fester Betrag { $amount } (die API zeigt { $shown })
discount-shown-the-apis-figure = Rabatt: { $shown } (Betrag der API)
amount-unit-per-month = { $amount }/{ $unit } pro Monat
price-per-m3-month-incl-tax = Preis pro m³ (Monat, brutto)
price-per-m2-m3-month-incl-tax = Preis pro m² / m³ (Monat, brutto)
price-per-m2-month-incl-tax = Preis pro m² (Monat, brutto)
payment-period = Zahlungszeitraum
msg-12-month-total = Summe über 12 Monate
warnings = Warnungen

## quote_ui
loading-the-quote = Angebot wird geladen…
this-quote = Dieses Angebot
side-by-side-count = Nebeneinander ({ $count })
no-quote-is-open = Es ist kein Angebot geöffnet.
look-up-a-reservation-or-booking-then-choose = Suchen Sie eine Reservierung oder Buchung und wählen Sie dann auf ihrer Karte „Im Angebotsvergleich öffnen“.
or-load-a-bookings-quote-by-its-id = Oder laden Sie das Angebot einer Buchung über ihre ID:
booking-id = Buchungs-ID
load-quote = Angebot laden
the-three-views-of-the-quote = Die drei Ansichten des Angebots
marks-a-figure-one-of-our-checks-disagrees = ! markiert einen Betrag, den eine unserer Prüfungen beanstandet; zeigen Sie darauf, um den Grund zu sehen. Die Beträge stammen von der API.
no-client-name = (ohne Kundennamen)
some-of-the-apis-figures-do-not-add = Einige Beträge der API gehen nicht auf: Sie sind unten mit ! markiert und unter Prüfungen erklärt ({ $count } { $count ->
        [one] Prüfung)
       *[other] Prüfungen)
    }
this-quote-is-pinned-already = Dieses Angebot ist bereits angeheftet.
four-quotes-are-pinned-remove-one-under-side = Vier Angebote sind angeheftet: Entfernen Sie zuerst eines unter Nebeneinander.
keep-this-quotes-figures-to-compare-it-with = Die Beträge dieses Angebots behalten, um es mit anderen Buchungen zu vergleichen (nur für diese Sitzung).
pin-this-quote = Dieses Angebot anheften
copy-as-text = Als Text kopieren
the-whole-comparison-as-plain-text-for-an = Der ganze Vergleich als reiner Text, für eine E-Mail oder eine Notiz.
save-as-csv = Als CSV speichern…
choose-a-file-to-save-the-comparison-in = Wählen Sie eine Datei, in der der Vergleich für eine Tabellenkalkulation gespeichert wird. Ohne Auswahl wird nichts gespeichert.
copied-to-the-clipboard = In die Zwischenablage kopiert.
choose-where-to-save-the-file = Wählen Sie, wo die Datei gespeichert werden soll…
saved-to-path = Gespeichert unter { $path }
the-file-was-not-saved-error = Die Datei wurde nicht gespeichert: { $error }
pinned-look-up-another-booking-in-lookup-then = Angeheftet. Suchen Sie unter Suche eine weitere Buchung und heften Sie sie hier an.
look-up-another-booking-in-lookup-then-pin = Suchen Sie unter Suche eine weitere Buchung und heften Sie sie hier an.
pinned-count-max = Angeheftet: { $count }/{ $max }
unnamed = (ohne Namen)
pin-this-quote-client = Dieses Angebot anheften ({ $client })
pinned-count-max-sentence = Angeheftet: { $count }/{ $max }.
pins-are-kept-until-the-app-closes = Angeheftete Angebote bleiben bis zum Schließen der App erhalten.
no-quote-is-pinned-yet-open-a-bookings = Noch ist kein Angebot angeheftet. Öffnen Sie das Angebot einer Buchung, wählen Sie „Dieses Angebot anheften“ und wiederholen Sie das für die anderen Buchungen, die Sie vergleichen möchten.
show = Anzeigen
show-this-quote-in-full = Dieses Angebot vollständig anzeigen
remove = Entfernen
unpin-title = { $title } lösen
from-date = ab { $date }
until-date = bis { $date }
prorated-first-period = Anteiliger erster Zeitraum
net-to-pay = Zahlbetrag
a-check-disagrees-with-this-figure-see-checks = Eine Prüfung beanstandet diesen Betrag: siehe Prüfungen unten.
our-check-disagrees = Unsere Prüfung beanstandet:
the-response-has-no-prices-to-compare = Die Antwort enthält keine Preise zum Vergleichen.
the-first-payment-title = Die erste Zahlung
the-response-has-no-first-period-to-explain = Die Antwort enthält keinen ersten Zeitraum, der zu erklären wäre.
why-is-the-first-payment-different = Warum ist die erste Zahlung anders?
our-reproduction-of-the-prorated-rent-does-not = Unsere Berechnung der anteiligen Miete stimmt nicht mit dem Betrag der API überein.
standard-vs-discounted = Standard oder rabattiert
the-response-has-no-standard-price-to-compare = Die Antwort enthält keinen Standardpreis zum Vergleich.
saving-per-cycle = Ersparnis pro Zeitraum
how-long-does-the-discount-last = Wie lange gilt der Rabatt?
this-quote-has-no-discount = Dieses Angebot enthält keinen Rabatt.
value = Wert
applies-to = Gilt für
ends = Endet
payments-over-the-next-12-cycles = Zahlungen der nächsten 12 Zeiträume
not-enough-figures-to-project-the-next-cycles = Nicht genug Beträge, um die nächsten Zeiträume vorauszuberechnen.
with-discount = Mit Rabatt
cycle = Zeitraum
first = erste
what-is-due-the-discount-applied-where-it = Was fällig ist, mit Rabatt, wo er gilt (vorausberechnet).
without = Ohne
what-would-be-due-without-any-discount-projected = Was ohne jeden Rabatt fällig wäre (vorausberechnet).
the-discount-applies-to-this-payment = Der Rabatt gilt für diese Zahlung.
total-of-this-table = Summe dieser Tabelle
in-bold-the-payments-the-discount-applies-to = Fett: die Zahlungen, für die der Rabatt gilt.
checks = Prüfungen
every-figure-we-could-check-agrees-with-the = Alle Beträge, die wir prüfen konnten, stimmen überein.
checks-count = Prüfungen ({ $count })
our-checks-could-not-reproduce-these-figures-of = Unsere Prüfungen konnten diese Beträge der API nicht nachvollziehen. Die angezeigten Beträge sind weiterhin die der API: Klären Sie sie mit dem Büro, bevor Sie sie einem Kunden nennen.
save-the-quote-comparison = Angebotsvergleich speichern
path-could-not-be-written-error = { $path } konnte nicht geschrieben werden: { $error }

## Desk-to-tablet pairing and hand-off (issue 15, `pair`).
the-credential-store-failed-detail = Der Passwortspeicher ist fehlgeschlagen: { $detail }
that-code-is-not-the-one-on-the = Dieser Code ist nicht der des Tablets. Prüfen Sie ihn und versuchen Sie es erneut.
too-many-wrong-codes-start-the-pairing-again = Zu viele falsche Codes: Starten Sie die Kopplung am Tablet neu, um einen neuen Code zu erhalten.
the-tablet-is-not-pairing-choose-pair-with = Das Tablet ist nicht in der Kopplung: Wählen Sie dort zuerst „Mit einem Schalter koppeln“.
the-tablet-no-longer-knows-this-desk-pair = Das Tablet kennt diesen Schalter nicht mehr: Koppeln Sie beide erneut.
the-tablets-answer-could-not-be-trusted-nothing = Der Antwort des Tablets kann nicht vertraut werden; nichts wurde gesendet.
the-tablet-cannot-be-reached-check-it-is = Das Tablet ist nicht erreichbar: Prüfen Sie, ob es eingeschaltet und in diesem Netzwerk ist.
paired-with-name = Gekoppelt mit { $name }.
a-wrong-code-came-from-address-left-tries = Ein falscher Code kam von { $address } ({ $left } { $left ->
        [one] Versuch übrig).
       *[other] Versuche übrig).
    } Wenn das nicht Ihr Schalter ist, beenden Sie die Kopplung und beginnen Sie neu.
too-many-wrong-codes-pairing-stopped-start-again = Zu viele falsche Codes: Kopplung beendet. Starten Sie neu für einen neuen Code.
sending-to-the-tablet = Wird an das Tablet gesendet…
on-tablet-waiting-for-the-signature = Auf { $tablet }, wartet auf die Unterschrift.
signed-time-reference-reference = Unterschrieben um { $time }, Referenz { $reference }.
the-tablet-closed-the-booking-without-a-signature = Das Tablet hat die Buchung ohne Unterschrift geschlossen.
send-to-signing-tablet = An das Unterschrifts-Tablet senden
tablet-address-host-port = Adresse des Tablets (Host:Port)
code-shown-on-the-tablet = Auf dem Tablet angezeigter Code
name-of-this-computer-for-pairing = Name dieses Computers für die Kopplung
pair-with-a-desk = Mit einem Schalter koppeln
signing-tablets = Unterschrifts-Tablets
pair = Koppeln
this-computer-as-a-signing-tablet = Dieser Computer als Unterschrifts-Tablet
listening-on-address = Wartet auf { $address }.
the-tablet-link-could-not-start-error = Die Tablet-Verbindung konnte nicht starten: { $error }
this-tablets-name-name = Name dieses Tablets: { $name }
stop-pairing = Kopplung beenden
choose-the-address-to-listen-on-first = Wählen Sie zuerst die Adresse zum Abhören.
signing-tablet-desks = Unterschrifts-Tablet: Schalter

## Walk-in quotes (issue 14)
the-server-has-no-entries-in-this-list = Der Server hat keine Einträge in dieser Liste.
this-property-has-no-sizes-for-these-choices = Dieser Standort hat keine Größen für diese Auswahl.
the-server-could-not-price-this-size = Der Server konnte für diese Größe keinen Preis berechnen.
the-move-in-date-date-is-in-the = Das Einzugsdatum { $date } liegt in der Vergangenheit (heute ist der { $today }).
choose-a-move-in-date = Wählen Sie ein Einzugsdatum.
the-size-must-be-more-than-0 = Die Größe muss größer als 0 sein.
the-price-must-be-more-than-0 = Der Preis muss größer als 0 sein.
the-price-list-did-not-say-the-part = Die Preisliste nennt { $part } dieser Größe nicht; geben Sie Größe und Preis von Hand ein.
size = die Größe
price = den Preis
size-group = die Größengruppe
category = die Kategorie
sold-out = Ausgebucht
free-of-total-free = { $free } von { $total } frei
free-free = { $free } frei
cheapest = am günstigsten
enter-the-size-and-the-price-as-numbers = Geben Sie Größe und Preis als Zahlen ein.
untick-a-size-first-at-most-4-quotes = Entfernen Sie zuerst ein Häkchen: höchstens 4 Angebote nebeneinander.
by-hand = von Hand
new-quote-walk-in = Neues Angebot (Laufkundschaft)
the-list-of-list-could-not-be-loaded = Die Liste der { $list } konnte nicht geladen werden: { $error }
load-the-lists-again = Listen erneut laden
loading-the-lists = Listen werden geladen…
properties = Standorte
storage-types = Lagerarten
customer-types = Kundenarten
payment-periods = Zahlungsperioden
customer-type = Kundenart
move-in-date = Einzugsdatum
msg-1-day-2 = -1 Tag
msg-1-day-3 = +1 Tag
write-the-move-in-date-as-dd-mm = Schreiben Sie das Einzugsdatum als TT-MM-JJJJ.
loading-the-sizes-and-prices = Größen und Preise werden geladen…
could-not-read-part = Nicht lesbar: { $part }.
tick-up-to-max-sizes-to-quote-them = Wählen Sie bis zu { $max } Größen für den Vergleich nebeneinander ({ $count } gewählt).
group = Gruppe
price-per-m2-m3 = Preis pro m² / m³
availability = Verfügbarkeit
choose-size = { $size } wählen
size-and-price-by-hand = Größe und Preis von Hand
when-the-list-cannot-be-read-type-the = Wenn die Liste nicht lesbar ist, geben Sie die Größe und den Standardpreis einer Periode (netto) ein.
size-by-hand = Größe (von Hand)
price-by-hand = Preis (von Hand)
quote-this-size = Angebot für diese Größe
tick-sizes-in-the-list-to-quote-them = Wählen Sie Größen in der Liste, um sie hier anzubieten.
side-by-side = Nebeneinander
cancel-the-quotes = Angebote abbrechen
the-quote-for-size-failed-error = Das Angebot für { $size } ist fehlgeschlagen: { $error }
quoting-size = Angebot für { $size } wird berechnet…
size-cancelled = { $size }: abgebrochen.
booked-name = Buchung: { $name }
difference-to-the-cheapest-12-months = Unterschied zum günstigsten (12 Monate)
first-payment-and-12-cycles = Erste Zahlung und 12 Zyklen
first-payment-in-words = Erste Zahlung erklärt
walk-in = Laufkundschaft
calendar = Kalender…
choose-other-options-or-enter-the-size-and = Wählen Sie andere Optionen oder geben Sie Größe und Preis von Hand ein.

## sec: kiosk PIN that cannot be read, secrets, signature outcome (issue 19)
the-manager-pin-cannot-be-read-error-the = Die Manager-PIN kann nicht gelesen werden: { $error } Der Kiosk bleibt gesperrt. Versuchen Sie es erneut; um eine neue PIN festzulegen, starten Sie StoreDesk mit --no-kiosk über das Benutzerkonto des Computers und verwenden Sie die Einstellungen.
a-manager-pin-was-set-but-none-can = Eine Manager-PIN war festgelegt, ist aber nicht mehr zu finden (eine nur für diese Sitzung festgelegte PIN wird beim Schließen von StoreDesk vergessen). Der Kiosk bleibt gesperrt; um eine neue PIN festzulegen, starten Sie StoreDesk mit --no-kiosk über das Benutzerkonto des Computers und verwenden Sie die Einstellungen.
no-manager-pin-can-be-found-the-kiosk = Es ist keine Manager-PIN zu finden; der Kiosk bleibt gesperrt.
the-manager-pin-cannot-be-read-the-kiosk = Die Manager-PIN kann nicht gelesen werden; der Kiosk bleibt gesperrt.
try-again = Erneut versuchen
check-whether-it-was-saved = Prüfen, ob sie gespeichert wurde
the-signature-may-have-reached-the-server-but = Die Unterschrift hat den Server vielleicht erreicht, aber es kam keine Antwort: { $error }
the-api-gives-no-way-to-look-a = Die API bietet keine Möglichkeit, eine gespeicherte Unterschrift abzufragen; StoreDesk kann prüfen, ob die Buchung jetzt als unterschrieben markiert ist. Senden Sie sie vorher nicht erneut.
the-booking-is-not-marked-as-signed = Die Buchung ist nicht als unterschrieben markiert.
press-confirm-and-save-to-send-the-signature = Drücken Sie „Bestätigen und speichern“, um die Unterschrift erneut zu senden. Falls die erste doch verspätet ankam, behält der Server möglicherweise beide.
the-server-does-not-say-whether-this-booking = Der Server gibt nicht an, ob diese Buchung unterschrieben ist; das Ergebnis bleibt unbekannt.
ask-storegister-support-whether-a-signature-arrived-before = Fragen Sie beim StoRegister-Support nach, ob eine Unterschrift angekommen ist, bevor Sie sie erneut senden: ein zweites Speichern kann sie doppelt ablegen.
the-check-failed-error = Die Prüfung ist fehlgeschlagen: { $error }
checking-the-booking = Die Buchung wird geprüft …
not-given-the-booking-is-marked-as-signed = nicht angegeben (die Buchung ist als unterschrieben markiert)

## loop (issue 13): the app loop and the customer store.
forget-this-customer = Diesen Kunden vergessen
clears-the-lookups-quotes-and-any-signature-from = Löscht die Suchen, Angebote und jede Unterschrift aus dem Speicher dieses Computers.

## Layout and kiosk fit (issue 17)
this-computer-has-no-password-store-that-storedesk = Dieser Computer hat keinen Passwortspeicher, den StoreDesk nutzen kann (unter Linux: GNOME Keyring oder KWallet, gestartet und entsperrt).
the-computers-password-store-did-not-do-what = Der Passwortspeicher des Computers hat die Anfrage nicht ausgeführt.
details = Details
set-a-manager-pin-first-without-one-the = Legen Sie zuerst eine Manager-PIN fest: Ohne sie könnte der Kunde den Kioskmodus verlassen oder andere Buchungen aufrufen.

## fonts (issue 16): honest messages
the-server-found-no-properties-for-this-api = Der Server hat für diesen API-Schlüssel keine Standorte gefunden.
check-in-the-storegister-back-office-that-this = Prüfen Sie im StoRegister-Backoffice, ob das Konto dieses Schlüssels Standorte hat.
the-servers-answer-was-not-in-the-expected = Die Antwort des Servers hatte nicht die erwartete Form (keine API-Hülle).
the-servers-answer-is-data-nested-too-deeply = Die Antwort des Servers enthält zu tief verschachtelte Daten und wurde abgelehnt.
the-address-may-point-at-another-service-than = Die Adresse verweist vielleicht auf einen anderen Dienst als die StoRegister-API. Prüfen Sie die Serveradresse in den Einstellungen.

## Quote sheet PDF (issue 14, item 4)
storage-quote = Lagerangebot
date = Datum
page-page-of-pages = Seite { $page } von { $pages }
no-quote-to-show = Kein Angebot vorhanden.
the-pdf-could-not-be-made-error = Das PDF konnte nicht erstellt werden: { $error }
save-the-quote-sheet-pdf = Angebotsblatt speichern (PDF)
save-quote-sheet-pdf = Angebotsblatt speichern (PDF)…
sheet-language = Sprache des Blatts
a-pdf-of-these-quotes-for-the-customer = Ein PDF dieser Angebote zum Mitnehmen für den Kunden. Nichts wird gespeichert, solange Sie keine Datei wählen.
open-in-viewer = Im Betrachter öffnen
open-the-sheet-in-the-pdf-viewer-to = Das Blatt im PDF-Betrachter öffnen, um es zu drucken.
the-file-could-not-be-opened-error = Die Datei konnte nicht geöffnet werden: { $error }

## Issue 21: the contract before the signature, and the signing receipt.
a-pdf-for-the-customer-the-booking-the = Ein PDF für den Kunden: die Buchung, die Beträge, die Fingerabdrücke der Dokumente und die Unterschrift.
consent-given = Erteilte Zustimmung
continue-with-the-amounts-only = Nur mit den Beträgen fortfahren
contract-document = Vertragsdokument
contract-page-page-of-pages = Vertragsseite { $page } von { $pages }
contract-read-and-accepted = Vertrag gelesen und akzeptiert
documents-shown-before-signing = Vor der Unterschrift gezeigte Dokumente
fold-the-contract-away = Vertrag einklappen
front-desk = Empfang
i-have-read-the-contract-and-accept-it = Ich habe den Vertrag gelesen und nehme ihn an
insurance-terms = Versicherungsbedingungen
kiosk = Kiosk
lease-agreement = Mietvertrag
loading-the-contract = Vertrag wird geladen…
next-page = Nächste Seite
no-document = Kein Dokument.
open-in-the-pdf-viewer = Im PDF-Betrachter öffnen…
part-of-the-contract-could-not-be-drawn = Ein Teil des Vertrags konnte hier nicht dargestellt werden.
previous-page = Vorherige Seite
print-the-signing-receipt = Unterschriftsbeleg drucken…
read-to-the-last-page-to-sign = Lesen Sie bis zur letzten Seite, um zu unterschreiben.
sha-256 = SHA-256
save-the-contract-to-open-it = Vertrag zum Öffnen speichern
save-the-signing-receipt = Unterschriftsbeleg speichern
save-the-signing-receipt-ellipsis = Unterschriftsbeleg speichern…
saves-a-copy-where-you-choose-then-opens = Speichert eine Kopie am gewählten Ort und öffnet sie dann im PDF-Betrachter des Systems.
saves-the-receipt-then-prints-it-with-the = Speichert den Beleg am gewählten Ort und druckt ihn dann mit dem PDF-Programm des Computers auf dem Standarddrucker.
server-reference = Referenz des Servers
show-the-contract-again = Vertrag erneut anzeigen
signed-utc = Unterschrieben (UTC)
signed-local-time = Unterschrieben (Ortszeit)
signed-at = Unterschrieben an
signing-on-the-amounts-above-only-the-receipt = Unterschrift nur für die obigen Beträge; der Beleg vermerkt das.
signing-receipt = Unterschriftsbeleg
staff-may-continue-with-the-amounts-only-the = Das Personal kann nur mit den Beträgen fortfahren; der Beleg vermerkt, dass der Vertrag nicht gezeigt wurde.
terms-and-conditions = Allgemeine Geschäftsbedingungen
the-app-could-not-draw-this-document-fully = Die App konnte dieses Dokument nicht vollständig darstellen; es konnte in einem PDF-Betrachter geöffnet werden.
the-contract-could-not-be-loaded-error = Der Vertrag konnte nicht geladen werden: { $error }
the-contract-could-not-be-shown-the-customer = Der Vertrag konnte nicht angezeigt werden: Der Kunde hat nur die obigen Beträge unterschrieben.
the-contract-file-is-damaged-error = Die Vertragsdatei ist beschädigt ({ $error }).
the-contract-is-larger-than-20-mib-and = Der Vertrag ist größer als 20 MiB und wurde nicht geladen.
the-contract-is-password-protected-and-cannot-be = Der Vertrag ist passwortgeschützt und kann nicht angezeigt werden.
the-receipt-could-not-be-made-error = Der Beleg konnte nicht erstellt werden: { $error }
the-server-has-no-contract-document-for-this = Der Server hat kein Vertragsdokument für diese Buchung.
the-server-has-no-such-contract-document = Der Server hat dieses Vertragsdokument nicht.
the-server-sent-a-file-that-is-not = Der Server hat eine Datei gesendet, die kein PDF ist ({ $type }).
zoom-in = Vergrößern
zoom-out = Verkleinern
no-content-type = kein Inhaltstyp

## Issue 15 (tablet): discovery by mDNS, the chosen tablet, the listen interface.
listen-for-desks-on = Auf Schalter warten über
port-for-desks = Port für Schalter
announce-this-tablet-on-that-network-mdns = Dieses Tablet in diesem Netz ankündigen (mDNS)
find-tablets-on = Tablets suchen über
signing-tablet = Unterschrifts-Tablet
desks-on-this-network-can-find-this-tablet = Schalter in diesem Netz können dieses Tablet finden.
not-announced-on-the-network-error-desks-can = Nicht im Netz angekündigt ({ $error }); Schalter können die Adresse weiterhin eintippen.
not-announced-this-computer-only = In keinem Netz angekündigt: Dieses Tablet hört nur auf diesem Computer, ein Schalter gibt seine Adresse ein.
this-computer-only-for-testing-address = Nur dieser Computer, zum Testen ({ $address })
every-network-of-this-computer-0-0-0 = Alle Netze dieses Computers (0.0.0.0)
address-not-on-this-computer-now = { $address } (derzeit nicht auf diesem Computer)
choose = Auswählen…
the-network-interfaces-could-not-be-listed-error = Die Netzwerkschnittstellen konnten nicht aufgelistet werden: { $error }
nowhere-type-the-address = Nirgends: Adresse eintippen
looking-for-tablets = Suche nach Tablets…
tablets-cannot-be-looked-for-on-this-network = In diesem Netz kann nicht nach Tablets gesucht werden: { $error }
use-name = { $name } verwenden
already-paired = bereits gekoppelt
pair-this-desk-with-a-tablet-choose-pair-with = Diesen Schalter mit einem Tablet koppeln: auf dem Tablet „Mit einem Schalter koppeln“ wählen, dann es unten auswählen (oder seine Adresse eintippen) und seinen Code eintippen.

## kiosk: contract steps only staff take (PIN)
the-receipt-will-say-that-the-contract-was = Der Unterschriftsbeleg vermerkt, dass der Vertrag nicht gezeigt wurde.
staff-sign-on-the-amounts-only = Personal: nur auf die Beträge unterschreiben
staff-save-the-receipt = Personal: Unterschriftsbeleg speichern
staff-print-the-receipt = Personal: Unterschriftsbeleg drucken

## contract renderer limits, tablet link refusals (issue 25)
the-contract-is-too-large-to-show-here = Der Vertrag hat mehr Dokumente oder Seiten, als hier angezeigt werden können.
the-contract-could-not-be-drawn-damaged = Der Vertrag konnte nicht angezeigt werden: Die Datei ist beschädigt oder zu komplex, um sie sicher anzuzeigen.
the-tablet-has-no-manager-pin-yet = Das Tablet hat noch keine Manager-PIN: Legen Sie dort eine fest und senden Sie dann erneut.
the-pairing-code-expired-start-again = Der Kopplungscode ist abgelaufen. Starten Sie die Kopplung neu für einen neuen Code.
the-code-is-valid-for-minutes = { $minutes ->
    [one] Der Code ist eine Minute gültig.
   *[other] Der Code ist { $minutes } Minuten gültig.
}

## insurance (issue 28)
the-server-found-no-such-booking-or-property = Der Server kennt diese Buchung oder diesen Standort nicht.
the-server-found-the-insurance-choice-incomplete = Der Server fand die Versicherungswahl unvollständig (ein Wert fehlte oder war ungültig).
the-server-does-not-accept-this-insurance-option = Der Server nimmt diese Versicherung für diese Buchung nicht an.
load-the-insurance-options-again-and-choose-one = Laden Sie die Versicherungen neu und wählen Sie eine davon.
input-is-not-a-valid-insurance-id-reason = „{ $input }“ ist keine gültige Versicherungs-ID: { $reason }
input-is-not-a-valid-price-id-reason = „{ $input }“ ist keine gültige Preis-ID: { $reason }
this-option-has-no-price-it-cannot-be-linked = Diese Versicherung hat keinen Preis: Sie kann nicht hinzugefügt werden.
this-options-premium-could-not-be-read = Die Prämie dieser Versicherung konnte nicht gelesen werden.
the-quote-has-no-billing-cycle-to-add-insurance-to = Das Angebot hat keinen Abrechnungszeitraum, dem die Versicherung hinzugefügt werden kann.
the-booking-is-billed-by-the-week-the-premium = Die Buchung wird wöchentlich abgerechnet; eine Monatsprämie lässt sich nicht darauf verteilen.
no-tax-rate-is-stated-for-the-premium-or-the-rent = Weder für die Prämie noch für die Miete ist ein Steuersatz angegeben.
the-amounts-are-too-large-to-compute = Die Beträge sind zu groß, um sie zu berechnen.
the-first-payment-is-a-full-cycle-it-carries = Die erste Zahlung umfasst einen ganzen Zeitraum: Sie enthält die ganze Prämie ({ $premium } netto).
assumption-the-premium-is-prorated-like-the-rent = Annahme: Die erste Zahlung enthält die Prämie anteilig wie die Miete: { $premium } im Monat ÷ { $divisor } Tage × { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} = { $amount } netto.
assumption-the-premium-is-prorated-by-30-days = Annahme: Die erste Zahlung enthält die Prämie tageweise anteilig, da die anteilige Miete nicht nachvollzogen werden konnte: { $premium } im Monat ÷ { $divisor } Tage × { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} = { $amount } netto.
assumption-the-premium-of-premium-for-months-is = Annahme: Die Prämie von { $premium } für { $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
} wird gleichmäßig auf den Abrechnungszeitraum der Buchung ({ $cycle ->
    [one] { $cycle } Monat
   *[other] { $cycle } Monate
}) verteilt: { $amount } netto je Zeitraum.
linking-replaces-the-insurance-already-on-this-booking = Das Hinzufügen ersetzt die Versicherung, die diese Buchung schon hat ({ $name }).
assumption-the-premium-is-taxed-at-the-rents-rate = Annahme: Die Prämie wird mit dem Steuersatz der Miete besteuert ({ $rate }).
the-servers-quotation-has-no-insurance-line-staff-were = Das Angebot des Servers hat keine Versicherungszeile; gezeigt wurde { $name }.
the-server-shows-count-insurance-lines-staff-were-shown = Der Server zeigt { $count } Versicherungszeilen; gezeigt wurde eine ({ $name }).
the-servers-insurance-is-found-staff-were-shown-expected = Die Versicherung des Servers ist { $found }; gezeigt wurde { $expected }.
staff-were-shown-expected-the-server-says-found = Gezeigt wurde { $expected }; der Server nennt { $found }.

cadence-months = { $months ->
    [1] monatlich
   *[other] alle { $months } Monate
}
cadence-weeks = { $weeks ->
    [1] wöchentlich
   *[other] alle { $weeks } Wochen
}

# Versicherung im Angebot (Ticket 28)
show-the-insurance-options = Versicherungsoptionen anzeigen
the-options-that-fit-this-bookings-unit = Die Versicherungsoptionen, die zur Einheit dieser Buchung passen
loading-the-insurance-options = Versicherungsoptionen werden geladen…
no-insurance-is-offered-for-this-unit = Für diese Einheit wird keine Versicherung angeboten.
tick-up-to-count-options-to-compare = Bis zu { $count } Optionen ankreuzen, um sie mit dem Angebot zu vergleichen.
goods-covered-up-to-amount = Waren versichert bis { $amount }
no-premium-stated = keine Prämie angegeben
could-not-be-read-what = nicht lesbar: { $what }
some-options-could-not-be-read-what = Einige Optionen sind nicht lesbar: { $what }
without-insurance = Ohne Versicherung
insurance-option = Versicherungsoption
goods-covered = Versicherte Waren
premium-before-tax = Prämie (netto)
change-to-each-payment = Änderung je Zahlung
change-over-12-payments = Änderung über 12 Zahlungen
as-booked = Wie gebucht
link-name-ellipsis = „{ $name }“ verknüpfen…
attaches-this-option-to-the-booking-on-the = Verknüpft diese Option auf dem Server mit der Buchung und ersetzt eine vorhandene Versicherung
linking-the-insurance = Versicherung wird verknüpft…
name-is-linked-to-the-booking = „{ $name }“ ist mit der Buchung verknüpft.
the-answer-was-lost-the-booking-read-again = Die Antwort des Servers ging verloren; die erneut gelesene Buchung zeigt die Option verknüpft.
the-insurance-was-not-linked = Die Versicherung wurde nicht verknüpft. An der Buchung hat sich nichts geändert.
the-answer-was-lost-name-is-not-linked = Die Antwort des Servers ging verloren; die erneut gelesene Buchung zeigt, dass „{ $name }“ nicht verknüpft ist. Nichts hat sich geändert: Sie können erneut verknüpfen.
the-answer-was-lost-name-may-be-linked = Die Antwort des Servers ging verloren und die Buchung konnte nicht erneut gelesen werden: „{ $name }“ ist vielleicht verknüpft. Suchen Sie die Buchung erneut, bevor Sie erneut verknüpfen.
the-servers-figures-after-the-link-differ = Die Beträge des Servers nach der Verknüpfung weichen von den vorher gezeigten ab:
link-this-insurance-to-the-booking = Diese Versicherung mit der Buchung verknüpfen?
first-payment-before-after = Erste Zahlung: jetzt { $before }, mit dieser Versicherung { $after }.
each-payment-adds-amount = Jede weitere Zahlung: { $amount } mehr.
it-replaces-names = Sie ersetzt: { $names }.
this-booking-is-already-signed-linking-now = Diese Buchung ist bereits unterschrieben. Eine Verknüpfung ändert jetzt eine unterschriebene Buchung: der Kunde sollte den neuen Vertrag unterschreiben.
i-understand-the-signed-booking-changes = Verstanden: die unterschriebene Buchung ändert sich
link-the-insurance = Versicherung verknüpfen
the-booking-changed-this-is-its-new-contract = Die Buchung hat sich geändert (Versicherung): dies ist ihr neuer Vertrag, erneut zu lesen und zu bestätigen.
insurance-for-size = Versicherung für { $size }:
offer-insurance-for-size = Versicherungsoptionen für { $size }…
no-insurance = Keine Versicherung

## Die erste Zahlung von der Miete bis zum Zahlbetrag (issue 27)
walk-minus = − { $amount } { $what }
walk-plus = + { $amount } { $what }
walk-equals = = { $amount }
walk-tax-rate = + { $rate } MwSt. { $amount }
walk-tax = + MwSt. { $amount }
walk-not-taxed = ohne MwSt.
walk-discount = Rabatt
walk-admin-fee = Bearbeitungsgebühr
walk-deposit = Kaution
walk-insurance = Versicherung
walk-service = Service
walk-merchandise = Artikel
first-payment-rent-walk = Erste Zahlung: Miete { $rent }{ $walk }.

## Labels that say what they count (issue 27)
msg-12-month-total-count-payments-due = Summe über 12 Monate ({ $count } { $count ->
        [one] Zahlung fällig
       *[other] Zahlungen fällig
    } vom { $start } bis { $end })
price-per-m2 = Preis pro m²
price-per-m3 = Preis pro m³
label-sorted-ascending = { $label }, aufsteigend sortiert
label-sorted-descending = { $label }, absteigend sortiert

## Billing periods by name (the API names them in English)
period-weekly = Wöchentlich
period-monthly = Monatlich
period-quarterly = Vierteljährlich
period-semi-annually = Halbjährlich
period-annually = Jährlich

## Issue 27: überall speichern und drucken, das Tablet, wie es ist
nothing-was-saved-the-dialog-was-closed = Es wurde nichts gespeichert: Das Speicherfenster wurde ohne gewählte Datei geschlossen.
type-a-file-name = Geben Sie einen Dateinamen ein.
a-file-name-cannot-contain-or = Ein Dateiname darf weder / noch \ enthalten: Wählen Sie oben den Ordner und geben Sie nur den Namen ein.
a-file-name-cannot-start-with-a-dot = Ein Dateiname darf nicht mit einem Punkt beginnen.
a-file-name-cannot-contain-control-characters = Ein Dateiname darf keine Steuerzeichen enthalten.
that-file-name-is-too-long = Dieser Dateiname ist zu lang.
a-folder-or-link-has-that-name-choose-another = Ein Ordner oder eine Verknüpfung hat diesen Namen: Wählen Sie einen anderen.
file-name = Dateiname
save-here = Speichern
cancel-saving = Abbrechen
up-one-folder = Übergeordneter Ordner
folder-path = Ordner: { $path }
reading-the-folder = Ordner wird gelesen…
this-folder-is-empty = Dieser Ordner ist leer.
not-every-entry-of-this-folder-is-shown = Nicht alle Einträge dieses Ordners werden angezeigt.
name-already-exists-replace-it = „{ $name }“ ist schon vorhanden. Ersetzen?
replace-the-file = Datei ersetzen
keep-it = Behalten
files-are-saved-in-the-folder-set-in = Dateien werden in dem in den Einstellungen gewählten Ordner gespeichert (nur Personal).
no-folder-for-saved-files-is-set = Auf diesem Kiosk ist kein Ordner zum Speichern gewählt: Das Personal wählt einen unter Einstellungen › Dateien und Drucken.
no-folder-to-start-in-was-found = Es wurde kein Startordner gefunden (kein Benutzerordner).
that-folder-is-outside-the-one-set-for = Dieser Ordner liegt außerhalb des Ordners für gespeicherte Dateien.
the-folder-path-cannot-be-read-error = Der Ordner { $path } kann nicht gelesen werden: { $error }
path-is-a-link-nothing-was-written = { $path } ist eine Verknüpfung: Es wurde nichts geschrieben. Wählen Sie einen anderen Namen.
files-and-printing = Dateien und Drucken
printer = Drucker
folder-for-files-saved-at-the-kiosk = Ordner für am Kiosk gespeicherte Dateien
the-kiosks-save-form-shows-only-this-folder = Das Speicherfenster des Kiosks zeigt nur diesen Ordner und die Ordner darin.
the-systems-default-printer = Standarddrucker des Systems
look-for-printers = Drucker suchen
printers-found-count = { $count ->
    [one] Ein Drucker gefunden.
   *[other] { $count } Drucker gefunden.
}
no-printing-system-is-installed-cups = Auf diesem Computer ist kein Drucksystem installiert (CUPS: lp und lpstat). Es wurde nichts gedruckt; speichern Sie den Beleg stattdessen.
no-printer-is-set-up-on-this-computer = Auf diesem Computer ist kein Drucker eingerichtet. Es wurde nichts gedruckt.
the-printer-name-is-not-offered-any-more = Der Drucker { $name } wird nicht mehr angeboten: Wählen Sie unter Einstellungen › Dateien und Drucken einen anderen. Es wurde nichts gedruckt.
the-printing-system-refused-the-job-reason = Das Drucksystem hat den Auftrag abgelehnt: { $reason }
the-printing-system-did-not-answer-in-time = Das Drucksystem hat nicht rechtzeitig geantwortet. Es wurde nichts gedruckt.
printing-failed-error = Drucken fehlgeschlagen: { $error }
no-program-on-this-computer-prints-pdf-files = Kein Programm auf diesem Computer druckt PDF-Dateien (Windows hat keines für deren Befehl „Drucken“). Der Beleg wurde gespeichert: Öffnen Sie ihn und drucken Sie ihn von dort, oder installieren Sie einen PDF-Reader, der drucken kann.
sending-the-receipt-to-the-printer = Beleg wird an den Drucker gesendet…
sent-to-the-default-printer = An den Standarddrucker gesendet.
sent-to-the-printer-name = An den Drucker { $name } gesendet.
sends-the-receipt-to-the-printer-chosen-in = Sendet den Beleg an den in den Einstellungen gewählten Drucker (auf diesem Computer wird nichts gespeichert).
no-pdf-viewer-is-installed-install-one = Es ist kein PDF-Betrachter installiert: Installieren Sie einen (zum Beispiel Evince oder Okular) oder speichern Sie die Datei und öffnen Sie sie anderswo.
xdg-mime-is-not-installed-no-pdf-viewer = Es kann kein PDF-Betrachter gefunden werden: xdg-utils (xdg-mime) ist nicht installiert.
the-pdf-viewer-could-not-be-found-in-time = Der PDF-Betrachter konnte nicht rechtzeitig gefunden werden.
the-tablet-is-on-its-staff-screen-lock-it = Das Tablet zeigt seine Personalansicht: Sperren Sie es dort (Sperren) und senden Sie dann erneut.
a-customer-is-using-the-tablet-wait = Ein Kunde verwendet das Tablet: Warten Sie, bis er fertig ist, und senden Sie dann erneut.
the-tablet-did-not-take-the-booking-it-is-in-use = Das Tablet hat die Buchung nicht angenommen: Es wird verwendet (Personalansicht oder ein Kunde). Sperren Sie es oder warten Sie und senden Sie dann erneut.
code-for-the-desk = Code für den Schalter:
a-shared-demo-server-must-run-on-this-computer = Ein gemeinsamer Demo-Server muss auf diesem Computer laufen (127.0.0.1 oder ::1), nicht unter { $url }.
