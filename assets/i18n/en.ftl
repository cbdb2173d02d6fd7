### StoreDesk interface texts: English (the reference).
### Ids are made from the English words; see README, "Translations".

## api
no-server-address-is-set = no server address is set
address-is-not-a-web-address-error = “{ $address }” is not a web address ({ $error })
address-is-not-encrypted-http-use-https-or = “{ $address }” is not encrypted (http). Use https, or turn on “Allow unencrypted http” in Settings
the-scheme-scheme-is-not-http-or-https = the scheme “{ $scheme }” is not http or https
address-has-no-host = “{ $address }” has no host
the-http-client-could-not-start-error = the HTTP client could not start: { $error }
no-reservation-with-this-id = No reservation with this id.
no-booking-with-this-id = No booking with this id.
no-reservation-or-booking-with-this-id = No reservation or booking with this id.
the-server-did-not-accept-this-reservation-id = The server did not accept this reservation id.
the-server-could-not-read-this-reservations-details = The server could not read this reservation's details.
the-server-did-not-accept-this-booking-id = The server did not accept this booking id.
the-server-could-not-load-this-bookings-details = The server could not load this booking's details.
this-bookings-details-are-incomplete-on-the-server = This booking's details are incomplete on the server.
the-server-refused-the-signature-image = The server refused the signature image.
the-server-has-no-contract-document-type-set = The server has no contract document type set up for this booking.
the-clients-details-on-this-booking-are-incomplete = The client's details on this booking are incomplete.
the-api-key-was-refused = The API key was refused.
the-server-could-not-complete-the-request = The server could not complete the request.
the-server-had-a-technical-problem = The server had a technical problem.
the-server-refused-the-request-code = The server refused the request ({ $code }).
check-the-id-on-the-customers-confirmation-email = Check the id on the customer's confirmation email and try again.
look-the-booking-up-again-then-retry = Look the booking up again, then retry.
ask-the-customer-to-sign-again-larger-then = Ask the customer to sign again, larger, then confirm.
open-the-booking-in-the-storegister-back-office = Open the booking in the StoRegister back office and complete it, then retry.
enter-a-valid-api-key-in-settings = Enter a valid API key in Settings.
try-again-if-it-keeps-failing-note-the = Try again; if it keeps failing, note the code for support.
try-again-in-a-minute-if-it-persists = Try again in a minute; if it persists, contact your StoRegister administrator.
input-is-not-a-valid-reservation-id-reason = “{ $input }” is not a valid reservation id: { $reason }
input-is-not-a-valid-booking-id-reason = “{ $input }” is not a valid booking id: { $reason }
the-server-refused-the-request = The server refused the request.
no-api-key-is-set = No API key is set.
the-api-key-was-refused-http-401 = The API key was refused (HTTP 401).
this-api-key-may-not-use-this-function = This API key may not use this function (HTTP 403).
the-server-has-no-such-address-http-404 = The server has no such address (HTTP 404). The base URL may be wrong.
the-server-is-receiving-too-many-requests-http = The server is receiving too many requests (HTTP 429).
the-server-is-having-trouble-http-status = The server is having trouble (HTTP { $status }).
the-server-answered-with-an-unexpected-status-http = The server answered with an unexpected status (HTTP { $status }).
the-server-did-not-answer-in-time-seconds = The server did not answer in time ({ $seconds } s).
could-not-connect-to-host-nothing-is-listening = Could not connect to { $host }: nothing is listening there.
could-not-reach-host-detail = Could not reach { $host }: { $detail }
the-secure-connection-to-host-failed-detail = The secure connection to { $host } failed: { $detail }
the-connection-was-interrupted-detail = The connection was interrupted: { $detail }
the-server-sent-a-web-page-instead-of = The server sent a web page instead of data (HTTP { $status }, { $content_type }).
the-servers-answer-is-too-large-over-limit = The server's answer is too large (over { $limit } MiB).
the-servers-answer-could-not-be-understood-at = The server's answer could not be understood at `{ $path }`: { $detail }
the-server-url-is-not-usable-detail = The server URL is not usable: { $detail }
the-redirect-to-another-host-was-refused-to = The redirect to another host was refused to protect the API key ({ $to }).
ids-look-like-3d491954-4ec3-466b-a7bc-a95b506aa8f3 = Ids look like 3d491954-4ec3-466b-a7bc-a95b506aa8f3: copy it from the confirmation email.
try-again-if-it-keeps-failing-contact-support = Try again; if it keeps failing, contact support.
open-settings-and-enter-the-api-key-from = Open Settings and enter the API key from the StoRegister management application.
ask-your-administrator-for-a-key-with-booking = Ask your administrator for a key with booking access.
check-the-server-address-in-settings = Check the server address in Settings.
wait-a-minute-and-try-again = Wait a minute and try again.
check-the-network-connection-and-try-again = Check the network connection and try again.
check-the-network-and-the-server-address-in = Check the network and the server address in Settings.
the-servers-certificate-was-not-trusted-check-the = The server's certificate was not trusted. Check the address, the system clock and any proxy.
the-address-may-point-at-a-website-a = The address may point at a website, a login page or a proxy. Check the server address in Settings.
this-is-a-server-problem-note-the-booking = This is a server problem: note the booking id and tell support.
set-the-final-server-address-in-settings = Set the final server address in Settings.
it-is-empty = it is empty
an-id-uses-only-the-digits-0-9 = an id uses only the digits 0-9, the letters a-f and dashes
an-id-has-32-hexadecimal-digits-this-one = an id has 32 hexadecimal digits, this one has { $count }
the-dashes-are-not-where-an-id-has = the dashes are not where an id has them (8-4-4-4-12)

## hours
monday = Monday
tuesday = Tuesday
wednesday = Wednesday
thursday = Thursday
friday = Friday
saturday = Saturday
sunday = Sunday
jan = Jan
feb = Feb
mar = Mar
apr = Apr
may = May
jun = Jun
jul = Jul
aug = Aug
sep = Sep
oct = Oct
nov = Nov
dec = Dec
day-month = { $day } { $month }
closes-at-time = closes at { $time }
opens-at-time = opens at { $time }
closes-at-midnight = closes at midnight
opens-at-midnight = opens at midnight
closes-day-time = closes { $day } { $time }
opens-day-time = opens { $day } { $time }
closes-day-date-time = closes { $day } { $date } { $time }
opens-day-date-time = opens { $day } { $date } { $time }
public-holidays = Public holidays
day-the-time-slot-text-could-not-be = { $day }: the time slot { $text } could not be read; ignored.
day-the-time-slot-text-ends-before-it = { $day }: the time slot { $text } ends before it starts; ignored.
day-the-time-slots-a-and-b-overlap = { $day }: the time slots { $a } and { $b } overlap; counted as { $merged }.
day-the-time-slot-slot-is-given-twice = { $day }: the time slot { $slot } is given twice.
day-no-entry-in-the-opening-hours-treated = { $day }: no entry in the opening hours; treated as closed.
day-given-more-than-once-the-first-entry = { $day }: given more than once; the first entry is used.
day-marked-closed-but-has-time-slots-treated = { $day }: marked closed but has time slots; treated as closed.
day-not-marked-closed-but-has-no-hours = { $day }: not marked closed but has no hours; treated as closed.
day-the-entry-is-named-name-another-day = { $day }: the entry is named { $name }, another day; the day number is trusted.
none = none
an-entry-with-day-number-number-name-is = An entry with day number { $number } ({ $name }) is not a known day; ignored.
an-entry-with-day-number-number-is-not = An entry with day number { $number } is not a known day; ignored.
not-given = not given
country-country-spans-several-time-zones-times-are = Country { $country } spans several time zones; times are read in { $zone }.
no-time-zone-known-for-country-country-times = No time zone known for country { $country }; times are read in { $zone }.
new-years-day = New Year's Day
easter-monday = Easter Monday
labour-day = Labour Day
victory-in-europe-day = Victory in Europe Day
ascension-day = Ascension Day
whit-monday = Whit Monday
bastille-day = Bastille Day
assumption-day = Assumption Day
all-saints-day = All Saints' Day
armistice-day = Armistice Day
christmas-day = Christmas Day
good-friday = Good Friday
st-stephens-day = St Stephen's Day
german-unity-day = German Unity Day
second-day-of-christmas = Second Day of Christmas
zone-time-zone-guessed = { $zone }, time zone guessed
open-now-change-zone = Open now · { $change } ({ $zone })
open-now-open-for-at-least-the-next = Open now · open for at least the next { $days } { $days ->
        [one] day
       *[other] days
    } ({ $zone })
closed-change-zone = Closed · { $change } ({ $zone })
closed-public-holiday-holiday-change-zone = Closed · public holiday ({ $holiday }) · { $change } ({ $zone })
closed-does-not-open-in-the-next-days = Closed · does not open in the next { $days } { $days ->
        [one] day
       *[other] days
    } ({ $zone })
closed-public-holiday-holiday-does-not-open-in = Closed · public holiday ({ $holiday }) · does not open in the next { $days } { $days ->
        [one] day
       *[other] days
    } ({ $zone })
closed = closed
open-no-hours-given = open (no hours given)
open-hours = open { $hours }
public-holidays-no-rule-given = Public holidays: no rule given
public-holidays-rule-applied-on-country-national-holidays = Public holidays: { $rule } (applied on { $country } national holidays; regional ones are not known)
public-holidays-rule-no-holiday-calendar-for-country = Public holidays: { $rule } (no holiday calendar for { $country }: not applied to dates)
public-holidays-rule-no-holiday-calendar-for-this = Public holidays: { $rule } (no holiday calendar for this country: not applied to dates)

## domain_misc
the-pin-may-contain-digits-only = The PIN may contain digits only.
the-pin-needs-at-least-4-digits = The PIN needs at least 4 digits.
the-pin-may-have-at-most-12-digits = The PIN may have at most 12 digits.
use-a-pin-that-is-harder-to-guess = Use a PIN that is harder to guess than the same digit repeated or a simple sequence.
the-two-pins-are-not-the-same = The two PINs are not the same.
the-stored-kiosk-pin-is-not-in-a = The stored kiosk PIN is not in a known format; set a new PIN in Settings.
please-sign-on-the-pad-before-confirming = Please sign on the pad before confirming.
this-looks-like-a-single-dot-please-sign = This looks like a single dot. Please sign your name.
the-signature-is-too-small-please-sign-larger = The signature is too small. Please sign larger.
the-signature-is-too-short-please-sign-your = The signature is too short. Please sign your full name.
the-signature-could-not-be-prepared-please-try = The signature could not be prepared. Please try again.
the-system-keyring = the system keyring
this-session-only = this session only
the-storedesk-api-key-variable = the STOREDESK_API_KEY variable
demo-mode = demo mode
the-saved-settings-could-not-be-read-and = The saved settings could not be read and were reset to the defaults ({ $error }).
the-demo-server-could-not-start-on-this = The demo server could not start on this computer: { $error }
the-current-pin-is-not-right = The current PIN is not right.
error-the-pin-is-kept-for-this-session = { $error } The PIN is kept for this session only; set it again after a restart.

## ui_a
lookup = Lookup
quote-comparison = Quote comparison
signature = Signature
property-hours = Property hours
settings = Settings
no-name = (no name)
open-for-the-next-14-days = open for the next 14 days
not-within-14-days = not within 14 days
on-this-computers-clock-zone-change = On this computer's clock ({ $zone }): { $change }
open = Open
closed-title = Closed
no-property-yet-look-a-reservation-or-booking = No property yet: look a reservation or booking up, or refresh the list.
properties-title = Properties
refresh-list = Refresh list
ask-the-server-for-its-list-of-properties = Ask the server for its list of properties
from-this-sessions-lookups-and-the-servers-property = From this session's lookups and the server's property list. Times are each property's own.
the-property-list-could-not-be-loaded-error = The property list could not be loaded: { $error }
properties-seen-in-lookups-are-still-listed = Properties seen in lookups are still listed.
name = Name
city = City
now = Now
next-change-propertys-time = Next change (property's time)
address = Address
phone = Phone
email = Email
times-are-in-zone = Times are in { $zone }.
office-hours-week-by-week = Office hours, week by week
office-staff-at-the-desk = Office (staff at the desk)
as-the-server-writes-it-the-week-table = As the server writes it; the week table is the office's.
access-tenants-gate = Access (tenants' gate)
given-as-text-only-not-part-of-the = Given as text only: not part of the week table.
not-given-by-the-server = Not given by the server
day = Day
office-hours = Office hours
status = Status
no-data-closed = no data (closed)
today = today
the-servers-opening-hours-for-this-property-look = The server's opening hours for this property look odd; this is how they were read:
the-manager-pin-is-set = The manager PIN is set.
the-manager-pin-was-removed = The manager PIN was removed.
that-pin-is-not-right = That PIN is not right.
are-you-still-there = Are you still there?
for-your-privacy-this-screen-will-be-cleared = For your privacy, this screen will be cleared in { $seconds } s.
yes-i-am-still-here = Yes, I am still here
lock = Lock
close-storedesk = Close StoreDesk
leave-kiosk-mode = Leave kiosk mode
staff = Staff
for-staff-needs-the-manager-pin = For staff: needs the manager PIN.
welcome = Welcome
a-member-of-staff-will-prepare-your-document = A member of staff will prepare your document for signing.
no-manager-pin-is-set-anyone-can-leave = No manager PIN is set: anyone can leave kiosk mode or close the app.
set-a-pin-now-before-the-customer-uses = Set a PIN now, before the customer uses the kiosk.
staff-screen-look-the-booking-up-then-hand = Staff screen: look the booking up, then hand the kiosk over to the customer.
ready-to-sign-who = Ready to sign: { $who }
hand-over-for-signing = Hand over for signing
staff-access = Staff access
enter-the-manager-pin = Enter the manager PIN.
manager-pin = Manager PIN
delete = Delete
ok = OK
checking = Checking…
too-many-wrong-pins-try-again-in-seconds = Too many wrong PINs. Try again in { $seconds } s.
cancel = Cancel
current-pin = Current PIN
new-pin = New PIN
new-pin-again = New PIN again
change-pin = Change PIN
set-pin = Set PIN
remove-pin = Remove PIN
kiosk-and-signature = Kiosk and signature
start-in-kiosk-mode-also-storedesk-kiosk = Start in kiosk mode (also: storedesk --kiosk)
seconds-without-a-touch-before-are-you-still = Seconds without a touch before “Are you still there?”
signature-images-on-a-white-background-otherwise-transparent = Signature images on a white background (otherwise transparent)
reading-the-credential-store = Reading the credential store…
no-pin-is-set-the-pin-protects-leaving = No PIN is set. The PIN protects leaving kiosk mode and closing the app.
a-pin-is-set-kept-in-store = A PIN is set, kept in { $store }.
start-kiosk-mode-now = Start kiosk mode now

## ui_b
look-up-a-reservation-or-booking = Look up a reservation or booking
reservation-or-booking-id = Reservation or booking id
look-up = Look up
enter = Enter
recent = Recent:
type-or-paste-the-id-from-the-customers = Type or paste the id from the customer's confirmation, then press Enter.
demo-bookings = Demo bookings…
sample-reservations-and-bookings-from-the-built-in = Sample reservations and bookings from the built-in demo server.
reservation = Reservation
booking = Booking
unit = Unit
storage-type = Storage type
category-title = Category
space = Space
dates = Dates
transaction = Transaction
move-in = Move-in
contract = Contract
signed = Signed
not-signed-yet = Not signed yet
unknown = Unknown
the-bookings-quote-could-not-be-loaded-error = The booking's quote could not be loaded: { $error }
quote = Quote
first-payment = First payment
regular-payment = Regular payment
open-in-quote-comparison = Open in Quote comparison
take-signature = Take signature
opens-the-signature-pad-for-this-booking-with = Opens the signature pad for this booking, with its amounts shown above it.
client = Client
property = Property
access-hours = Access hours
count-days-open = { $count } { $count ->
        [one] day open
       *[other] days open
    }
size-title = Size
dimensions = Dimensions
connection = Connection
demo-mode-is-on-the-app-talks-to = Demo mode is on: the app talks to the local demo server at { $address }. Restart the app without --demo to use your own server.
server-address = Server address
send-the-key-as = Send the key as
timeout-seconds = Timeout (seconds)
allow-unencrypted-http-to-other-computers-unsafe-the = Allow unencrypted http to other computers (unsafe: the key is sent in clear)
save-connection = Save connection
connection-saved = Connection saved.
api-key = API key
set-ends-with-masked-kept-in-store = Set, ends with { $masked } — kept in { $store }
new-api-key = New API key
save-key = Save key
use-for-this-session-only = Use for this session only
the-key-is-kept-in-memory-until-the = The key is kept in memory until the app closes.
remove-key = Remove key
use-use-for-this-session-only-the-key = Use “Use for this session only”: the key then stays in memory and is forgotten when the app closes.
x-api-key-key = X-API-Key: <key>
authorization-x-api-key-key = Authorization: X-API-Key <key>
appearance = Appearance
language = Language
theme = Theme
system = System
light = Light
dark = Dark
undo = Undo
clear = Clear
confirm-and-save = Confirm and save
saving-the-signature = Saving the signature…
the-signature-could-not-be-saved-error = The signature could not be saved. { $error }
the-signature-is-kept-press-confirm-and-save = The signature is kept: press “Confirm and save” again, there is no need to sign again.
no-booking-is-selected-for-signing = No booking is selected for signing.
look-the-reservation-or-booking-up-first-then = Look the reservation or booking up first, then press “Take signature” on its card.
take-signature-for-client = Take signature for { $client }
go-to-lookup = Go to Lookup
by-signing-below-you-accept-this-booking-and = By signing below you accept this booking and the amounts shown.
signature-saved = Signature saved
thank-you-the-signature-was-received-for-the = Thank you. The signature was received for the booking below.
signed-on = Signed on
reference = Reference
label-value = { $label }: { $value }
the-signature-image-is-no-longer-kept-on = The signature image is no longer kept on this computer.
done = Done
signature-pad = Signature pad
sign-here = Sign here
demo-data-at-address = Demo data at { $address }
starting-the-demo-server = Starting the demo server…
no-server-set = No server set
server-server = Server: { $server }
checking-ellipsis = checking…
not-set = not set
set-ends-with-masked-store = set, ends with { $masked } ({ $store })
api-key-key = API key: { $key }
working = Working…
welcome-to-storedesk = Welcome to StoreDesk
no-api-key-is-set-for-the-storegister = No API key is set for the StoRegister server yet.
try-with-demo-data = Try with demo data
starts-a-local-demo-server-on-this-computer = Starts a local demo server on this computer with sample bookings.
enter-an-api-key = Enter an API key
you-can-still-use-a-key-for-this = You can still use a key for this session only, in Settings.
what-to-do-next = What to do: { $next }

## demo
documented-reservation-renaud-pons-box-4-m2-at = Documented reservation: Renaud Pons, Box 4 m² at Chalets, Toulouse; first cycle is a full month (27,08 € + 20 % VAT = 32,50 €)
quote-for-the-documented-reservation-chalets-toulouse-box = Quote for the documented reservation: Chalets, Toulouse, Box 4 m², 32,50 € a month, no discount
documented-quote-avenall-pouchard-box-a2-9-m2 = Documented quote: Avenall Pouchard, Box A2 9 m² at Emmerich (DE), 23 days prorated, 5 % recurring discount (keeps the documents' inconsistent figures)
reservation-at-lyon-gerland-elodie-marchand-6-m3 = Reservation at Lyon Gerland: Élodie Marchand, 6 m³ unit, insurance, padlock + boxes, 10 € off every month
quote-for-the-lyon-reservation-18-days-prorated = Quote for the Lyon reservation: 18 days prorated (66,00 €), then 69,00 € a month
signed-booking-at-berlin-tempelhof-jonas-hartmann-5 = Signed booking at Berlin Tempelhof: Jonas Hartmann, 5 m², 19 % VAT, 14 days prorated, 10 % off the first payment only

## quote
preview = Preview
full-cycle = Full cycle
prorated = Prorated
live-preview-of-the-booking-subscription = Live preview of the booking (subscription)
one-complete-billing-cycle-billingsubscription = One complete billing cycle (billingSubscription)
first-period-from-move-in-to-the-end = First period, from move-in to the end of the cycle (proRataSubscription)
rent = Rent
discount = Discount
insurance = Insurance
service = Service
merchandise = Merchandise
admin-fee = Admin fee
security-deposit = Security deposit
taxable = taxable
tax = tax
payable = payable
tax-rate = tax rate
non-taxable = non-taxable
net = net
gross = gross
formatting = formatting
payable-sum = payable sum
totals = totals
transaction-summary = transaction summary
discount-rule = discount rule
space-price = space price
proration = proration
msg-1-month = 1 month
count-months = { $count } { $count ->
        [one] month
       *[other] months
    }
msg-1-week = 1 week
count-weeks = { $count } { $count ->
        [one] week
       *[other] weeks
    }
start-to-end = { $start } to { $end }
name-shown-as-text-without-a-number-not = { $name }: shown as "{ $text }" without a number; not checked
name-could-not-read-the-formatted-text-text = { $name }: could not read the formatted text "{ $text }"; not checked
shown-as-text-a-percentage-but-it-is = shown as "{ $text }", a percentage, but it is an amount of { $amount }
shown-as-text-but-its-price-is-amount = shown as "{ $text }", but its price is { $amount }
shown-as-text-an-amount-but-it-is = shown as "{ $text }", an amount, but it is a rate of { $rate }
shown-as-text-but-the-rate-is-rate = shown as "{ $text }", but the rate is { $rate }
tax-is-tax-but-taxable-rate-expected-source = tax is { $tax }, but { $taxable } × { $rate } = { $expected }; { $source } shows { $amount }
tax-is-tax-but-taxable-rate-expected = tax is { $tax }, but { $taxable } × { $rate } = { $expected }
payable-is-payable-but-taxable-taxable-tax-tax = payable is { $payable }, but taxable { $taxable } + tax { $tax } = { $sum }
payable-is-payable-but-taxable-taxable-tax-tax-sum = payable is { $payable }, but taxable { $taxable } + tax { $tax } = { $sum }; it agrees with the expected tax { $expected }, so the tax figure is the one in doubt
the-transaction-summary = the transaction summary
the-line-item-says-line-the-transaction-summary = the line item says { $line }, the transaction summary ({ $key }) says { $summary }
total = Total
the-line-items-taxable-amounts-sum-to-sum = the line items' taxable amounts sum to { $sum }, the total is { $total }
the-line-items-taxes-sum-to-sum-the = the line items' taxes sum to { $sum }, the total is { $total }; the total agrees with the line taxes recomputed from their rates ({ $recomputed })
the-line-items-taxes-sum-to-sum-the-total = the line items' taxes sum to { $sum }, the total is { $total }
the-line-items-payable-amounts-sum-to-sum = the line items' payable amounts sum to { $sum }, the net total is { $total }
net-is-net-but-taxable-taxable-tax-tax = net is { $net }, but taxable { $taxable } + tax { $tax } + non-taxable { $non_taxable } = { $sum }
net-is-net-but-taxable-taxable-tax-tax-sum = net is { $net }, but taxable { $taxable } + tax { $tax } = { $sum }
item-number = item { $number }
summary-item = Summary { $item }
space-price-title = Space price
discounted = discounted
standard = standard
the-full-cycle-rent = the full-cycle rent
the-full-cycle-rent-with-its-discount = the full-cycle rent with its discount
amount-differs-from-what-expected = { $amount } differs from { $what }, { $expected }
no-saving-the-standard-and-discounted-prices-are = No saving: the standard and discounted prices are the same
saving-payable-per-discounted-cycle-incl-tax-taxable = Saving { $payable } per discounted cycle incl. tax ({ $taxable } before tax)
saving-payable-per-discounted-cycle-incl-tax = Saving { $payable } per discounted cycle incl. tax
saving-taxable-per-discounted-cycle-before-tax = Saving { $taxable } per discounted cycle before tax
saving-not-available-a-price-is-missing = Saving not available: a price is missing
discount-rule-title = Discount rule
percentage = percentage
amount = amount
the-rent = the rent
the-taxable-lines = the taxable lines
discount-is-discount-but-the-rules-rate-of = discount is { $discount }, but the rule's { $rate } of { $base_name } { $base } = { $expected }
the-discount-line-says-line-its-rule-says = the discount line says { $line }, its rule says { $rule }
discount-is-discount-but-the-rules-fixed-amount = discount is { $discount }, but the rule's fixed amount is { $amount }
the-discount-rule-name-is-not-applied-in = The discount rule "{ $name }" is not applied in any view
the-discount-rule-is-not-applied-in-any = The discount rule is not applied in any view
the-response-has-no-subscription-view-to-compare = The response has no subscription view to compare
period = Period
disputed-by-a-check-see-warnings = (! = disputed by a check, see Warnings)
space-price-per-cycle = Space price (per cycle)
standard-title = Standard
discounted-title = Discounted
saving = Saving
first-period = First period
discount-name-value-duration = Discount: { $name }: { $value }, { $duration }
discount-value-duration = Discount: { $value }, { $duration }
projection = Projection
payment = Payment
without-discount = Without discount
total-of-the-table = Total of the table
msg-12-month-total-count-payments = 12-month total ({ $count } { $count ->
        [one] payment)
       *[other] payments)
    }
warnings-count = Warnings ({ $count })
notes = Notes
the-full-cycle-view-runs-start-to-end = The full-cycle view runs { $start } to { $end }, which is not one payment period of { $period }.
the-response-has-no-payment-period-one-cycle = The response has no payment period; one cycle is taken as { $period }, the length of the full-cycle view ({ $start } to { $end }).
the-response-has-no-payment-period-cycles-are = The response has no payment period; cycles are assumed monthly.
amount-per-cycle = { $amount } per cycle
as-shown = as shown
duration-not-stated-no-discount-rule-in-the = duration not stated (no discount rule in the response)
amount-not-given = amount not given
first-payment-only = first payment only
msg-1-payment = 1 payment
count-payments = { $count } { $count ->
        [one] payment
       *[other] payments
    }
every-cycle-lifetime = every cycle (lifetime)
duration-until-date-at-the-latest = { $duration }, until { $date } at the latest
no-full-cycle-view-the-cycles-cannot-be = No full-cycle view: the cycles cannot be projected.
the-full-cycle-net-amount-is-missing-the = The full-cycle net amount is missing: the cycles cannot be projected.
first-payment-prorated = First payment (prorated)
cycle-1-first-payment = Cycle 1 (first payment)
cycle-number = Cycle { $number }
the-first-payment-is-the-apis-prorated-net = The first payment is the API's prorated net, { $amount }.
the-first-payment-is-the-apis-first-period = The first payment is the API's first-period net, { $amount }.
a-cycle-costs-the-apis-full-cycle-net = A cycle costs the API's full-cycle net, { $with } with the discount, or { $without } without it ({ $with } less the discount line { $discount }).
a-cycle-costs-the-apis-full-cycle-net-amount = A cycle costs the API's full-cycle net, { $amount }.
billing-cycles-of-period-start-on-date-the = Billing cycles of { $period } start on { $date }, the day after the prorated period.
billing-cycles-of-period-start-on-date = Billing cycles of { $period } start on { $date }.
billing-cycles-of-period-their-dates-are-unknown = Billing cycles of { $period }; their dates are unknown (the views have no dates).
cycle-number-date = cycle { $number } ({ $date })
cycle-number-2 = cycle { $number }
the-price-without-the-discount-amount = the price without the discount ({ $amount })
price-applies-from-cycle = ; { $price } applies from { $cycle }
the-first-payment = the first payment
the-first-payment-and-the-next-cycle = the first payment and the next cycle
the-first-payment-and-the-next-count-cycles = the first payment and the next { $count } { $count ->
        [one] cycle
       *[other] cycles
    }
assumption-the-prorated-first-period-counts-as-the = Assumption: the prorated first period counts as the 1st of the discount's { $count } { $count ->
        [one] occurrence
       *[other] occurrences
    } (the prorated view applies it), so the discount covers { $covers }{ $then }.
the-discount-covers-1-payment-then = The discount covers 1 payment{ $then }.
the-discount-covers-count-payments-then = The discount covers { $count } { $count ->
        [one] payment
       *[other] payments
    }{ $then }.
one-off-discount-only-the-first-payment-that = One-off discount: only the first payment that carries it is discounted{ $then }.
the-response-has-no-discount-rule-the-discount = The response has no discount rule: the discount shown in the full-cycle view is applied to every cycle (its real duration is unknown).
the-discount-recurs-for-life-every-cycle-is = The discount recurs for life: every cycle is discounted.
the-discount-expires-on-date-cycles-starting-after = The discount expires on { $date }: cycles starting after it pay { $price }.
the-discount-lines-say-isrecurring-lines-the-rule = The discount lines say isRecurring={ $lines }, the rule says isRecurring={ $rule }; the projection follows the rule.
recurring-mode-mode-is-not-documented-the-discount = Recurring mode { $mode } is not documented; the discount is counted per billing period.
the-discount-rule-is-not-applied-in-the = The discount rule is not applied in the full-cycle view, so no cycle is discounted.
the-prorated-first-payment-and-the-next-12 = the prorated first payment and the next 12 billing cycles
msg-12-billing-cycles-the-first-one-being-the = 12 billing cycles, the first one being the first payment
msg-12-cycles-vs-12-months-the-table-lists = 12 cycles vs 12 months: the table lists { $table }; the 12-month total adds the { $count } { $count ->
        [one] payment
       *[other] payments
    } due from { $start } to { $end }, each due on the first day of its period.
msg-12-cycles-vs-12-months-the-table-lists-table = 12 cycles vs 12 months: the table lists { $table }; the 12-month total adds the first { $count } { $count ->
        [one] payment
       *[other] payments
    } (dates unknown).
january = January
february = February
march = March
april = April
june = June
july = July
august = August
september = September
october = October
november = November
december = December
the-first-period-is-a-full-cycle-but = the first period is a full cycle, but its rent { $rent } differs from the full-cycle rent { $full }
the-first-period-period-is-a-full-billing = The first period ({ $period }) is a full billing cycle: no proration; rent { $rent }.
the-first-period-period-is-a-full-billing-cycle = The first period ({ $period }) is a full billing cycle: no proration.
the-first-period-is-a-full-billing-cycle = The first period is a full billing cycle: no proration; rent { $rent }.
the-first-period-is-a-full-billing-cycle-no = The first period is a full billing cycle: no proration.
the-rent-line-counts-count-days-but-period = the rent line counts { $count } { $count ->
        [one] day
       *[other] days
    }, but { $period } has { $days } { $days ->
        [one] day
       *[other] days
    }
days = days
the-monthly-rent-is-the-full-cycle-rent = The monthly rent is the full-cycle rent { $rent } ÷ { $months } { $months ->
        [one] month.
       *[other] months.
    }
msg-1-day = 1 day
count-days = { $count } { $count ->
        [one] day
       *[other] days
    }
monthly-rent-monthly-divisor-days-daily-day-rounded = Monthly rent { $monthly } ÷ { $divisor } { $divisor ->
        [one] day
       *[other] days
    } = { $daily }/day (rounded to the cent) × { $days } = { $computed }
monthly-rent-monthly-days-divisor-days-computed-the = Monthly rent { $monthly } × { $days } ÷ { $divisor } { $divisor ->
        [one] day
       *[other] days
    } = { $computed } (the daily rate is not rounded first)
assumption-the-daily-rate-divides-the-monthly-rent = Assumption: the daily rate divides the monthly rent by the days in the month of move-in ({ $month }: 30 days); a fixed 30-day month gives the same divisor here.
the-daily-rate-divides-the-monthly-rent-by = The daily rate divides the monthly rent by the days in the month of move-in ({ $month }: { $days } { $days ->
        [one] day).
       *[other] days).
    }
the-daily-rate-divides-the-monthly-rent-by-a = The daily rate divides the monthly rent by a fixed 30-day month ({ $month } has { $days } { $days ->
        [one] day).
       *[other] days).
    }
the-daily-rate-divides-the-monthly-rent-by-a-fixed = The daily rate divides the monthly rent by a fixed 30-day month (no start date).
the-period-spans-more-than-one-calendar-month = The period spans more than one calendar month; the divisor is the move-in month's.
calculation-as-the-api-shows = { $calculation }, as the API shows.
the-api-shows-api-but-monthly-divisor-days = the API shows { $api }, but { $monthly } ÷ { $divisor } { $divisor ->
        [one] day
       *[other] days
    }, rounded to { $daily }/day, × { $days } { $days ->
        [one] day
       *[other] days
    } = { $computed }
calculation-but-the-api-shows-api = { $calculation }, but the API shows { $api }.
the-monthly-rent-is-not-available = the monthly rent is not available
the-number-of-days-is-not-available = the number of days is not available
the-prorated-rent-is-not-available = the prorated rent is not available
prorated-rent-amount-for-days-missing-to-explain = Prorated rent { $amount } for { $days }; { $missing } to explain it.
prorated-rent-amount-missing-to-explain-it = Prorated rent { $amount }; { $missing } to explain it.
prorated-rent-for-days-missing-to-explain-it = Prorated rent for { $days }; { $missing } to explain it.
prorated-rent-missing-to-explain-it = Prorated rent; { $missing } to explain it.
discount-rate-of-rent-raw-rounded-to-rounded = Discount: { $rate } of { $rent } = { $raw }, rounded to { $rounded } (the API shows { $shown })
discount-fixed-amount-the-api-shows-shown = Discount: fixed { $amount } (the API shows { $shown })
discount-shown-the-apis-figure = Discount: { $shown } (the API's figure)
amount-unit-per-month = { $amount }/{ $unit } per month
price-per-m3-month-incl-tax = Price per m³ (month, incl. tax)
price-per-m2-m3-month-incl-tax = Price per m² / m³ (month, incl. tax)
price-per-m2-month-incl-tax = Price per m² (month, incl. tax)
payment-period = Payment period
msg-12-month-total = 12-month total
warnings = Warnings

## quote_ui
loading-the-quote = Loading the quote…
this-quote = This quote
side-by-side-count = Side by side ({ $count })
no-quote-is-open = No quote is open.
look-up-a-reservation-or-booking-then-choose = Look up a reservation or booking, then choose "Open in Quote comparison" on its card.
or-load-a-bookings-quote-by-its-id = Or load a booking's quote by its id:
booking-id = Booking id
load-quote = Load quote
the-three-views-of-the-quote = The three views of the quote
marks-a-figure-one-of-our-checks-disagrees = ! marks a figure one of our checks disagrees with; point at it for the reason. The amounts are the API's own.
no-client-name = (no client name)
some-of-the-apis-figures-do-not-add = Some of the API's figures do not add up: they are marked ! below and explained under Checks ({ $count } { $count ->
        [one] check)
       *[other] checks)
    }
this-quote-is-pinned-already = This quote is pinned already.
four-quotes-are-pinned-remove-one-under-side = Four quotes are pinned: remove one under Side by side first.
keep-this-quotes-figures-to-compare-it-with = Keep this quote's figures to compare it with other bookings (this session only).
pin-this-quote = Pin this quote
copy-as-text = Copy as text
the-whole-comparison-as-plain-text-for-an = The whole comparison as plain text, for an email or a note.
save-as-csv = Save as CSV…
choose-a-file-to-save-the-comparison-in = Choose a file to save the comparison in, for a spreadsheet. Nothing is saved unless you choose one.
copied-to-the-clipboard = Copied to the clipboard.
choose-where-to-save-the-file = Choose where to save the file…
saved-to-path = Saved to { $path }
the-file-was-not-saved-error = The file was not saved: { $error }
pinned-look-up-another-booking-in-lookup-then = Pinned. Look up another booking in Lookup, then pin it here.
look-up-another-booking-in-lookup-then-pin = Look up another booking in Lookup, then pin it here.
pinned-count-max = Pinned: { $count }/{ $max }
unnamed = (unnamed)
pin-this-quote-client = Pin this quote ({ $client })
pinned-count-max-sentence = Pinned: { $count }/{ $max }.
pins-are-kept-until-the-app-closes = Pins are kept until the app closes.
no-quote-is-pinned-yet-open-a-bookings = No quote is pinned yet. Open a booking's quote, choose "Pin this quote", then do the same for the other bookings to compare.
show = Show
show-this-quote-in-full = Show this quote in full
remove = Remove
unpin-title = Unpin { $title }
from-date = from { $date }
until-date = until { $date }
prorated-first-period = Prorated first period
net-to-pay = net (to pay)
a-check-disagrees-with-this-figure-see-checks = A check disagrees with this figure: see Checks below.
our-check-disagrees = Our check disagrees:
the-response-has-no-prices-to-compare = The response has no prices to compare.
the-first-payment-title = The first payment
the-response-has-no-first-period-to-explain = The response has no first period to explain.
why-is-the-first-payment-different = Why is the first payment different?
our-reproduction-of-the-prorated-rent-does-not = Our reproduction of the prorated rent does not match the API's figure.
standard-vs-discounted = Standard vs discounted
the-response-has-no-standard-price-to-compare = The response has no standard price to compare with.
saving-per-cycle = Saving per cycle
how-long-does-the-discount-last = How long does the discount last?
this-quote-has-no-discount = This quote has no discount.
value = Value
applies-to = Applies to
ends = Ends
payments-over-the-next-12-cycles = Payments over the next 12 cycles
not-enough-figures-to-project-the-next-cycles = Not enough figures to project the next cycles.
with-discount = With discount
cycle = Cycle
first = first
what-is-due-the-discount-applied-where-it = What is due, the discount applied where it applies (projected).
without = Without
what-would-be-due-without-any-discount-projected = What would be due without any discount (projected).
the-discount-applies-to-this-payment = The discount applies to this payment.
total-of-this-table = Total of this table
in-bold-the-payments-the-discount-applies-to = In bold: the payments the discount applies to.
checks = Checks
every-figure-we-could-check-agrees-with-the = Every figure we could check agrees with the others.
checks-count = Checks ({ $count })
our-checks-could-not-reproduce-these-figures-of = Our checks could not reproduce these figures of the API. The amounts shown are still the API's own: check them with the office before quoting them to a customer.
save-the-quote-comparison = Save the quote comparison
path-could-not-be-written-error = { $path } could not be written: { $error }

## Desk-to-tablet pairing and hand-off (issue 15, `pair`).
the-credential-store-failed-detail = The credential store failed: { $detail }
that-code-is-not-the-one-on-the = That code is not the one on the tablet. Check it and try again.
too-many-wrong-codes-start-the-pairing-again = Too many wrong codes: start the pairing again on the tablet for a new code.
the-tablet-is-not-pairing-choose-pair-with = The tablet is not pairing: choose "Pair with a desk" on it first.
the-tablet-no-longer-knows-this-desk-pair = The tablet no longer knows this desk: pair them again.
the-tablets-answer-could-not-be-trusted-nothing = The tablet's answer could not be trusted; nothing was sent.
the-tablet-cannot-be-reached-check-it-is = The tablet cannot be reached: check it is on and on this network.
paired-with-name = Paired with { $name }.
a-wrong-code-came-from-address-left-tries = A wrong code came from { $address } ({ $left } { $left ->
        [one] try left).
       *[other] tries left).
    } If that is not your desk, stop pairing and start again.
too-many-wrong-codes-pairing-stopped-start-again = Too many wrong codes: pairing stopped. Start again for a new code.
sending-to-the-tablet = Sending to the tablet…
on-tablet-waiting-for-the-signature = On { $tablet }, waiting for the signature.
signed-time-reference-reference = Signed { $time }, reference { $reference }.
the-tablet-closed-the-booking-without-a-signature = The tablet closed the booking without a signature.
send-to-signing-tablet = Send to signing tablet
tablet-address-host-port = Tablet address (host:port)
code-shown-on-the-tablet = Code shown on the tablet
name-of-this-computer-for-pairing = Name of this computer for pairing
pair-with-a-desk = Pair with a desk
signing-tablets = Signing tablets
pair = Pair
this-computer-as-a-signing-tablet = This computer as a signing tablet
listening-on-address = Listening on { $address }.
the-tablet-link-could-not-start-error = The tablet link could not start: { $error }
this-tablets-name-name = This tablet's name: { $name }
stop-pairing = Stop pairing
choose-the-address-to-listen-on-first = Choose the address to listen on first.
signing-tablet-desks = Signing tablet: desks

## Walk-in quotes (issue 14)
the-server-has-no-entries-in-this-list = The server has no entries in this list.
this-property-has-no-sizes-for-these-choices = This property has no sizes for these choices.
the-server-could-not-price-this-size = The server could not price this size.
the-move-in-date-date-is-in-the = The move-in date { $date } is in the past (today is { $today }).
choose-a-move-in-date = Choose a move-in date.
the-size-must-be-more-than-0 = The size must be more than 0.
the-price-must-be-more-than-0 = The price must be more than 0.
the-price-list-did-not-say-the-part = The price list did not say the { $part } of this size; enter size and price by hand.
size = size
price = price
size-group = size group
category = category
sold-out = Sold out
free-of-total-free = { $free } of { $total } free
free-free = { $free } free
cheapest = cheapest
enter-the-size-and-the-price-as-numbers = Enter the size and the price as numbers.
untick-a-size-first-at-most-4-quotes = Untick a size first: at most 4 quotes side by side.
by-hand = by hand
new-quote-walk-in = New quote (walk-in)
the-list-of-list-could-not-be-loaded = The list of { $list } could not be loaded: { $error }
load-the-lists-again = Load the lists again
loading-the-lists = Loading the lists…
properties = properties
storage-types = storage types
customer-types = customer types
payment-periods = payment periods
customer-type = Customer type
move-in-date = Move-in date
msg-1-day-2 = -1 day
msg-1-day-3 = +1 day
write-the-move-in-date-as-dd-mm = Write the move-in date as DD-MM-YYYY.
loading-the-sizes-and-prices = Loading the sizes and prices…
could-not-read-part = Could not read { $part }.
tick-up-to-max-sizes-to-quote-them = Tick up to { $max } sizes to quote them side by side ({ $count } ticked).
group = Group
price-per-m2-m3 = Price per m² / m³
availability = Availability
choose-size = Choose { $size }
size-and-price-by-hand = Size and price by hand
when-the-list-cannot-be-read-type-the = When the list cannot be read, type the size and the standard price of one period (before tax).
size-by-hand = Size (by hand)
price-by-hand = Price (by hand)
quote-this-size = Quote this size
tick-sizes-in-the-list-to-quote-them = Tick sizes in the list to quote them here.
side-by-side = Side by side
cancel-the-quotes = Cancel the quotes
the-quote-for-size-failed-error = The quote for { $size } failed: { $error }
quoting-size = Quoting { $size }…
size-cancelled = { $size }: cancelled.
booked-name = Booked: { $name }
difference-to-the-cheapest-12-months = Difference to the cheapest (12 months)
first-payment-and-12-cycles = First payment and 12 cycles
first-payment-in-words = First payment in words
walk-in = Walk-in
calendar = Calendar…
choose-other-options-or-enter-the-size-and = Choose other options, or enter the size and price by hand.

## sec: kiosk PIN that cannot be read, secrets, signature outcome (issue 19)
the-manager-pin-cannot-be-read-error-the = The manager PIN cannot be read: { $error } The kiosk stays locked. Try again; to set a new PIN, start StoreDesk with --no-kiosk from the computer's account and use Settings.
a-manager-pin-was-set-but-none-can = A manager PIN was set, but none can be found now (a PIN kept for this session only is forgotten when StoreDesk closes). The kiosk stays locked; to set a new PIN, start StoreDesk with --no-kiosk from the computer's account and use Settings.
no-manager-pin-can-be-found-the-kiosk = No manager PIN can be found; the kiosk stays locked.
the-manager-pin-cannot-be-read-the-kiosk = The manager PIN cannot be read; the kiosk stays locked.
try-again = Try again
check-whether-it-was-saved = Check whether it was saved
the-signature-may-have-reached-the-server-but = The signature may have reached the server, but no answer came: { $error }
the-api-gives-no-way-to-look-a = The API gives no way to look a saved signature up; StoreDesk can check whether the booking is now marked as signed. Do not send it again before that.
the-booking-is-not-marked-as-signed = The booking is not marked as signed.
press-confirm-and-save-to-send-the-signature = Press “Confirm and save” to send the signature again. If the first one arrived late after all, the server may keep both.
the-server-does-not-say-whether-this-booking = The server does not say whether this booking is signed, so the outcome stays unknown.
ask-storegister-support-whether-a-signature-arrived-before = Ask StoRegister support whether a signature arrived before sending it again: a second save may store it twice.
the-check-failed-error = The check failed: { $error }
checking-the-booking = Checking the booking…
not-given-the-booking-is-marked-as-signed = not given (the booking is marked as signed)

## loop (issue 13): the app loop and the customer store.
forget-this-customer = Forget this customer
clears-the-lookups-quotes-and-any-signature-from = Clears the lookups, quotes and any signature from this computer's memory.

## Layout and kiosk fit (issue 17)
this-computer-has-no-password-store-that-storedesk = This computer has no password store that StoreDesk can use (on Linux: GNOME Keyring or KWallet, running and unlocked).
the-computers-password-store-did-not-do-what = The computer's password store did not do what was asked.
details = Details
set-a-manager-pin-first-without-one-the = Set a manager PIN first: without one, the customer could leave the kiosk or look up other bookings.

## fonts (issue 16): honest messages
the-server-found-no-properties-for-this-api = The server found no properties for this API key.
check-in-the-storegister-back-office-that-this = Check in the StoRegister back office that this key's account has properties.
the-servers-answer-was-not-in-the-expected = The server's answer was not in the expected form (no API envelope).
the-servers-answer-is-data-nested-too-deeply = The server's answer is data nested too deeply to read; it was refused.
the-address-may-point-at-another-service-than = The address may point at another service than the StoRegister API. Check the server address in Settings.

## Quote sheet PDF (issue 14, item 4)
storage-quote = Storage quote
date = Date
page-page-of-pages = Page { $page } of { $pages }
no-quote-to-show = No quote to show.
the-pdf-could-not-be-made-error = The PDF could not be made: { $error }
save-the-quote-sheet-pdf = Save the quote sheet (PDF)
save-quote-sheet-pdf = Save quote sheet (PDF)…
sheet-language = Sheet language
a-pdf-of-these-quotes-for-the-customer = A PDF of these quotes for the customer to take home. Nothing is saved unless you choose a file.
open-in-viewer = Open in viewer
open-the-sheet-in-the-pdf-viewer-to = Open the sheet in the PDF viewer, to print it.
the-file-could-not-be-opened-error = The file could not be opened: { $error }

## Issue 21: the contract before the signature, and the signing receipt.
a-pdf-for-the-customer-the-booking-the = A PDF for the customer: the booking, the amounts, the documents' fingerprints and the signature.
consent-given = Consent given
continue-with-the-amounts-only = Continue with the amounts only
contract-document = Contract document
contract-page-page-of-pages = Contract page { $page } of { $pages }
contract-read-and-accepted = Contract read and accepted
documents-shown-before-signing = Documents shown before signing
fold-the-contract-away = Fold the contract away
front-desk = Front desk
i-have-read-the-contract-and-accept-it = I have read the contract and accept it
insurance-terms = Insurance terms
kiosk = Kiosk
lease-agreement = Lease agreement
loading-the-contract = Loading the contract…
next-page = Next page
no-document = No document.
open-in-the-pdf-viewer = Open in the PDF viewer…
part-of-the-contract-could-not-be-drawn = Part of the contract could not be drawn here.
previous-page = Previous page
print-the-signing-receipt = Print the signing receipt…
read-to-the-last-page-to-sign = Read to the last page to sign.
sha-256 = SHA-256
save-the-contract-to-open-it = Save the contract to open it
save-the-signing-receipt = Save the signing receipt
save-the-signing-receipt-ellipsis = Save the signing receipt…
saves-a-copy-where-you-choose-then-opens = Saves a copy where you choose, then opens it in the system's PDF viewer.
saves-the-receipt-then-prints-it-with-the = Saves the receipt where you choose, then prints it on the default printer with the computer's PDF program.
server-reference = Server reference
show-the-contract-again = Show the contract again
signed-utc = Signed (UTC)
signed-local-time = Signed (local time)
signed-at = Signed at
signing-on-the-amounts-above-only-the-receipt = Signing on the amounts above only; the receipt will say so.
signing-receipt = Signing receipt
staff-may-continue-with-the-amounts-only-the = Staff may continue with the amounts only; the receipt will say that the contract was not shown.
terms-and-conditions = Terms and conditions
the-app-could-not-draw-this-document-fully = The app could not draw this document fully; it could be opened in a PDF viewer.
the-contract-could-not-be-loaded-error = The contract could not be loaded: { $error }
the-contract-could-not-be-shown-the-customer = The contract could not be shown: the customer signed on the amounts above only.
the-contract-file-is-damaged-error = The contract file is damaged ({ $error }).
the-contract-is-larger-than-20-mib-and = The contract is larger than 20 MiB and was not loaded.
the-contract-is-password-protected-and-cannot-be = The contract is password-protected and cannot be shown.
the-receipt-could-not-be-made-error = The receipt could not be made: { $error }
the-server-has-no-contract-document-for-this = The server has no contract document for this booking.
the-server-has-no-such-contract-document = The server has no such contract document.
the-server-sent-a-file-that-is-not = The server sent a file that is not a PDF ({ $type }).
zoom-in = Zoom in
zoom-out = Zoom out
no-content-type = no content type

## Issue 15 (tablet): discovery by mDNS, the chosen tablet, the listen interface.
listen-for-desks-on = Listen for desks on
port-for-desks = Port for desks
announce-this-tablet-on-that-network-mdns = Announce this tablet on that network (mDNS)
find-tablets-on = Find tablets on
signing-tablet = Signing tablet
desks-on-this-network-can-find-this-tablet = Desks on this network can find this tablet.
not-announced-on-the-network-error-desks-can = Not announced on the network ({ $error }); desks can still type the address.
not-announced-this-computer-only = Not announced on any network: this tablet listens on this computer only, so a desk types its address.
this-computer-only-for-testing-address = This computer only, for testing ({ $address })
every-network-of-this-computer-0-0-0 = Every network of this computer (0.0.0.0)
address-not-on-this-computer-now = { $address } (not on this computer now)
choose = Choose…
the-network-interfaces-could-not-be-listed-error = The network interfaces could not be listed: { $error }
nowhere-type-the-address = Nowhere: type the address
looking-for-tablets = Looking for tablets…
tablets-cannot-be-looked-for-on-this-network = Tablets cannot be looked for on this network: { $error }
use-name = Use { $name }
already-paired = already paired
pair-this-desk-with-a-tablet-choose-pair-with = Pair this desk with a tablet: choose “Pair with a desk” on the tablet, then pick it below (or type its address) and type its code.

## kiosk: contract steps only staff take (PIN)
the-receipt-will-say-that-the-contract-was = The receipt will say that the contract was not shown.
staff-sign-on-the-amounts-only = Staff: sign on the amounts only
staff-save-the-receipt = Staff: save the receipt
staff-print-the-receipt = Staff: print the receipt

## contract renderer limits, tablet link refusals (issue 25)
the-contract-is-too-large-to-show-here = The contract has more documents or pages than can be shown here.
the-contract-could-not-be-drawn-damaged = The contract could not be drawn: the file is damaged or too complex to show safely.
the-tablet-has-no-manager-pin-yet = The tablet has no manager PIN yet: set one on the tablet, then send again.
the-pairing-code-expired-start-again = The pairing code expired. Start pairing again for a new code.
the-code-is-valid-for-minutes = { $minutes ->
    [one] The code is valid for one minute.
   *[other] The code is valid for { $minutes } minutes.
}

## insurance (issue 28)
the-server-found-no-such-booking-or-property = The server found no such booking or property.
the-server-found-the-insurance-choice-incomplete = The server found the insurance choice incomplete (a value was missing or not valid).
the-server-does-not-accept-this-insurance-option = The server does not accept this insurance option for this booking.
load-the-insurance-options-again-and-choose-one = Load the insurance options again and choose one of them.
input-is-not-a-valid-insurance-id-reason = “{ $input }” is not a valid insurance id: { $reason }
input-is-not-a-valid-price-id-reason = “{ $input }” is not a valid price id: { $reason }
this-option-has-no-price-it-cannot-be-linked = This option has no price: it cannot be linked.
this-options-premium-could-not-be-read = This option's premium could not be read.
the-quote-has-no-billing-cycle-to-add-insurance-to = The quote has no billing cycle to add insurance to.
the-booking-is-billed-by-the-week-the-premium = The booking is billed by the week; a premium per month cannot be spread over it.
no-tax-rate-is-stated-for-the-premium-or-the-rent = No tax rate is stated for the premium or for the rent.
the-amounts-are-too-large-to-compute = The amounts are too large to compute.
the-first-payment-is-a-full-cycle-it-carries = The first payment is a full cycle: it carries the whole premium ({ $premium } before tax).
assumption-the-premium-is-prorated-like-the-rent = Assumption: the first payment carries the premium prorated like the rent: { $premium } a month ÷ { $divisor } days × { $days ->
    [one] { $days } day
   *[other] { $days } days
} = { $amount } before tax.
assumption-the-premium-is-prorated-by-30-days = Assumption: the first payment carries the premium prorated by day, as the rent's proration could not be reproduced: { $premium } a month ÷ { $divisor } days × { $days ->
    [one] { $days } day
   *[other] { $days } days
} = { $amount } before tax.
assumption-the-premium-of-premium-for-months-is = Assumption: the premium of { $premium } for { $months ->
    [one] { $months } month
   *[other] { $months } months
} is spread evenly over the booking's cycle of { $cycle ->
    [one] { $cycle } month
   *[other] { $cycle } months
}: { $amount } a cycle before tax.
linking-replaces-the-insurance-already-on-this-booking = Linking replaces the insurance already on this booking ({ $name }).
assumption-the-premium-is-taxed-at-the-rents-rate = Assumption: the premium is taxed at the rent's rate ({ $rate }).
the-servers-quotation-has-no-insurance-line-staff-were = The server's quotation has no insurance line; staff were shown { $name }.
the-server-shows-count-insurance-lines-staff-were-shown = The server shows { $count } insurance lines; staff were shown one ({ $name }).
the-servers-insurance-is-found-staff-were-shown-expected = The server's insurance is { $found }; staff were shown { $expected }.
staff-were-shown-expected-the-server-says-found = Staff were shown { $expected }; the server says { $found }.

cadence-months = { $months ->
    [1] monthly
   *[other] every { $months } months
}
cadence-weeks = { $weeks ->
    [1] weekly
   *[other] every { $weeks } weeks
}

# Insurance in the quote (issue 28)
show-the-insurance-options = Show the insurance options
the-options-that-fit-this-bookings-unit = The insurance options that fit this booking's unit
loading-the-insurance-options = Loading the insurance options…
no-insurance-is-offered-for-this-unit = No insurance is offered for this unit.
tick-up-to-count-options-to-compare = Tick up to { $count } options to compare them with the quote.
goods-covered-up-to-amount = goods covered up to { $amount }
no-premium-stated = no premium stated
could-not-be-read-what = could not be read: { $what }
some-options-could-not-be-read-what = Some options could not be read: { $what }
without-insurance = Without insurance
insurance-option = Insurance option
goods-covered = Goods covered
premium-before-tax = Premium (before tax)
change-to-each-payment = Change to each payment
change-over-12-payments = Change over 12 payments
as-booked = As booked
link-name-ellipsis = Link “{ $name }”…
attaches-this-option-to-the-booking-on-the = Attaches this option to the booking on the server, replacing any insurance it has
linking-the-insurance = Linking the insurance…
name-is-linked-to-the-booking = “{ $name }” is linked to the booking.
the-answer-was-lost-the-booking-read-again = The server's answer was lost; the booking, read again, shows the option linked.
the-insurance-was-not-linked = The insurance was not linked. Nothing changed on the booking.
the-answer-was-lost-name-is-not-linked = The server's answer was lost; the booking, read again, shows “{ $name }” is not linked. Nothing changed: you may link it again.
the-answer-was-lost-name-may-be-linked = The server's answer was lost and the booking could not be read again: “{ $name }” may be linked. Look the booking up again before linking again.
the-servers-figures-after-the-link-differ = The server's figures after the link differ from those shown before it:
link-this-insurance-to-the-booking = Link this insurance to the booking?
first-payment-before-after = First payment: { $before } now, { $after } with this insurance.
each-payment-adds-amount = Each payment after it: { $amount } more.
it-replaces-names = It replaces: { $names }.
this-booking-is-already-signed-linking-now = This booking is already signed. Linking now changes a signed booking: the customer should sign its new contract.
i-understand-the-signed-booking-changes = I understand: the signed booking changes
link-the-insurance = Link the insurance
the-booking-changed-this-is-its-new-contract = The booking changed (insurance): this is its new contract, to be read and agreed to again.
insurance-for-size = Insurance for { $size }:
offer-insurance-for-size = Insurance options for { $size }…
no-insurance = No insurance

## The first payment walked from the rent to the payable amount (issue 27)
walk-minus = − { $amount } { $what }
walk-plus = + { $amount } { $what }
walk-equals = = { $amount }
walk-tax-rate = + { $rate } VAT { $amount }
walk-tax = + VAT { $amount }
walk-not-taxed = not taxed
walk-discount = discount
walk-admin-fee = admin fee
walk-deposit = deposit
walk-insurance = insurance
walk-service = service
walk-merchandise = merchandise
first-payment-rent-walk = First payment: rent { $rent }{ $walk }.

## Labels that say what they count (issue 27)
msg-12-month-total-count-payments-due = 12-month total ({ $count } { $count ->
        [one] payment
       *[other] payments
    } due { $start } to { $end })
price-per-m2 = Price per m²
price-per-m3 = Price per m³
label-sorted-ascending = { $label }, sorted ascending
label-sorted-descending = { $label }, sorted descending

## Billing periods by name (the API names them in English)
period-weekly = Weekly
period-monthly = Monthly
period-quarterly = Quarterly
period-semi-annually = Semi-annually
period-annually = Annually

## Issue 27: saving and printing anywhere, the hand-off as it is
nothing-was-saved-the-dialog-was-closed = Nothing was saved: the save dialog was closed without a file chosen.
type-a-file-name = Type a file name.
a-file-name-cannot-contain-or = A file name cannot contain / or \: choose the folder above, then type only the name.
a-file-name-cannot-start-with-a-dot = A file name cannot start with a dot.
a-file-name-cannot-contain-control-characters = A file name cannot contain control characters.
that-file-name-is-too-long = That file name is too long.
a-folder-or-link-has-that-name-choose-another = A folder or a link has that name: choose another name.
file-name = File name
save-here = Save
cancel-saving = Cancel
up-one-folder = Up one folder
folder-path = Folder: { $path }
reading-the-folder = Reading the folder…
this-folder-is-empty = This folder is empty.
not-every-entry-of-this-folder-is-shown = Not every entry of this folder is shown.
name-already-exists-replace-it = “{ $name }” already exists. Replace it?
replace-the-file = Replace the file
keep-it = Keep it
files-are-saved-in-the-folder-set-in = Files are saved in the folder set in Settings (staff only).
no-folder-for-saved-files-is-set = No folder for saved files is set on this kiosk: staff set one under Settings › Files and printing.
no-folder-to-start-in-was-found = No folder to start in was found (no home folder).
that-folder-is-outside-the-one-set-for = That folder is outside the one set for saved files.
the-folder-path-cannot-be-read-error = The folder { $path } cannot be read: { $error }
path-is-a-link-nothing-was-written = { $path } is a link: nothing was written. Choose another name.
files-and-printing = Files and printing
printer = Printer
folder-for-files-saved-at-the-kiosk = Folder for files saved at the kiosk
the-kiosks-save-form-shows-only-this-folder = The kiosk's save form shows only this folder and the folders in it.
the-systems-default-printer = The system's default printer
look-for-printers = Look for printers
printers-found-count = { $count ->
    [one] One printer found.
   *[other] { $count } printers found.
}
no-printing-system-is-installed-cups = No printing system is installed on this computer (CUPS: lp and lpstat). Nothing was printed; save the receipt instead.
no-printer-is-set-up-on-this-computer = No printer is set up on this computer. Nothing was printed.
the-printer-name-is-not-offered-any-more = The printer { $name } is not offered any more: choose another in Settings › Files and printing. Nothing was printed.
the-printing-system-refused-the-job-reason = The printing system refused the job: { $reason }
the-printing-system-did-not-answer-in-time = The printing system did not answer in time. Nothing was printed.
printing-failed-error = Printing failed: { $error }
no-program-on-this-computer-prints-pdf-files = No program on this computer prints PDF files (Windows has none for their Print command). The receipt was saved: open it and print it from there, or install a PDF reader that can print.
sending-the-receipt-to-the-printer = Sending the receipt to the printer…
sent-to-the-default-printer = Sent to the default printer.
sent-to-the-printer-name = Sent to the printer { $name }.
sends-the-receipt-to-the-printer-chosen-in = Sends the receipt to the printer chosen in Settings (nothing is saved on this computer).
no-pdf-viewer-is-installed-install-one = No PDF viewer is installed: install one (for example Evince or Okular), or save the file and open it elsewhere.
xdg-mime-is-not-installed-no-pdf-viewer = No PDF viewer can be found: xdg-utils (xdg-mime) is not installed.
the-pdf-viewer-could-not-be-found-in-time = The PDF viewer could not be found in time.
the-tablet-is-on-its-staff-screen-lock-it = The tablet is on its staff screen: lock it there (Lock), then send again.
a-customer-is-using-the-tablet-wait = A customer is using the tablet: wait until they have finished, then send again.
the-tablet-did-not-take-the-booking-it-is-in-use = The tablet did not take the booking: it is in use (its staff screen or a customer). Lock it or wait, then send again.
code-for-the-desk = Code for the desk:
a-shared-demo-server-must-run-on-this-computer = A shared demo server must run on this computer (127.0.0.1 or ::1), not at { $url }.
