# Integrationsatlas – interface, English. Message ids as in de.ftl.

## Frame
site-name = Integration Atlas
site-tagline = Offers for newcomers near you
skip-to-content = Skip to content
nav-main = Main navigation
nav-home = Home
nav-search = Search
language-switch = Language
demo-notice = This site runs on demo data: all addresses, phone numbers and times are invented.
footer-about = The Integration Atlas is a directory of integration offers. It loads nothing from other servers and sets only one technically necessary cookie when you report a mistake.
footer-data = Open data (HSDS)
footer-api = Programming interface
untranslated-note = This text is only available in German.

## Home
home-title = Integration Atlas – find offers
home-heading = What are you looking for?
search-label = Search term
search-placeholder = e.g. German course, counselling, homework help
search-button = Search
fields-heading = Topics
field-offers = { $count ->
    [one] 1 offer
   *[other] { $count } offers
}
near-heading = Near me
near-label = Postcode
near-radius = Radius
near-button = Search nearby
km = { $km } km
about-heading = What is the Integration Atlas?
about-text = The Integration Atlas shows in one place which offers for newcomers exist in your county and town: counselling, language and integration courses, homework help, parents' cafés, sports clubs, recognition of foreign qualifications and much more.
about-text-2 = Providers, projects and networks enter their offers themselves; an editorial team checks them. This way residents, counselling services and public offices quickly find the right offer.

## Search
search-title = Search
results-heading = Search results
results-for = Results for “{ $q }”
results-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
filters-heading = Filters
filters-apply = Apply filters
filters-reset = Remove all filters
filter-remove = Remove filter: { $name }
facet-type = Kind
facet-field = Topic
facet-group = Target group
facet-lang = Language
facet-free = Cost
facet-region = Region
facet-distance = Distance
facet-open = Open
facet-accessible = Access
type-offer = Offer
type-provider = Provider
type-network = Network
free-badge = free of charge
accessible-label = step-free access
sort-label = Sort
sort-relevance = by relevance
sort-distance = by distance
sort-name = by name
sort-updated = by last update
sort-button = Sort
distance-km = { $km } km away
provider-label = Provider
place-label = Place
languages-label = Languages
groups-label = For
pagination = Pages
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }
no-results-heading = Nothing found
no-results-spelling = Did you mean:
no-results-drop = With fewer filters you will find more:
no-results-drop-one = without “{ $name }”: { $count } results
no-results-nearby = In other regions:
no-results-tip = Try another or a shorter word.

## Offer
offer-what = What?
offer-for-whom = For whom?
offer-age = Age: { $from } to { $to } years
offer-age-from = Age: from { $from } years
offer-age-to = Age: up to { $to } years
offer-cost = Cost
offer-free = Free of charge.
offer-languages = Languages
offer-interpretation = Interpreting
offer-where = Where?
offer-step-free = Step-free access
offer-not-step-free = Not step-free (or unknown)
offer-transport = Getting there
offer-area = For people from
offer-when = When?
offer-open-now = Open now
offer-closed-now = Closed now
offer-how-to-apply = How to sign up
offer-documents = Please bring
offer-contact = Contact
offer-phone = Phone
offer-email = E-mail
offer-website = Website
offer-provider = Provider
offer-networks = Networks
offer-validity = Runs
offer-valid-from-to = from { $from } to { $to }
offer-valid-from = from { $from }
offer-valid-to = until { $to }
offer-ended = This offer has ended.
offer-last-checked = Last checked on { $date }
offer-print = Print this page
offer-report = Report a mistake
offer-fields = Topics

## Opening hours
day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday
open-evening = in the evening
open-weekend = at the weekend
hours-range = { $from } to { $to }

## Provider, network, region
provider-profile = About the provider
provider-parent = Part of
provider-offers = Offers
provider-networks = Member of networks
provider-no-offers = No offers at the moment.
network-goals = Goals
network-coordinator = Coordination
network-members = Members
network-rhythm = Meetings
network-region = Region
role-coordinator = Coordination
role-member = Member
role-partner = Partner
region-offers = Offers by topic
region-part-of = Part of
region-places = Municipalities
region-no-offers = No offers have been entered here yet.
region-search = Search all offers here
level-kreis = County / county-free city
level-gemeinde = Municipality

## Report a mistake
report-heading = Report a mistake
report-intro = Is something wrong with this offer? Tell us what is wrong. The editorial team will check your report.
report-what = What is wrong?
report-what-hint = At most { $max } characters.
report-email = Your e-mail address (optional, for questions)
report-send = Send report
report-thanks = Thank you! Your report has been received.
report-back = Back to the offer
report-error-empty = Please describe the mistake.
report-error-long = Please keep it shorter (at most { $max } characters).
report-error-email = This e-mail address is not valid.
report-error-summary = Please correct the marked fields.

## Error pages
error-not-found-title = Page not found
error-not-found = This page does not exist (any more).
error-bad-request-title = Invalid request
error-bad-parameter = The parameter “{ $parameter }” is invalid: { $message }
error-forbidden-title = Not allowed
error-forbidden = The form has expired or was not sent from this site. Please reload the page and send it again.
error-internal-title = Error
error-internal = Something went wrong. Please try again later.
error-too-many-title = Too many reports
error-too-many-client = { $count } reports came from your connection in the last { $minutes } minutes.
error-too-many-everyone = Very many reports are arriving right now.
error-retry-after = Please try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
error-back-home = Go to the home page

## Topics (fields of action)
field-interkulturelle-oeffnung = Intercultural opening
field-sprachfoerderung = Language support
field-bildung = Education
field-arbeit = Work and training
field-wohnen = Housing and neighbourhood
field-jugend-soziales = Youth and social affairs
field-gesundheit = Health
field-sport = Sport
field-kultur-religion = Culture and religion
field-teilhabe = Participation
field-ehrenamt = Volunteering
field-antidiskriminierung = Anti-discrimination

## Target groups
group-kinder = Children
group-jugendliche = Young people
group-eltern = Parents
group-frauen = Women
group-maenner = Men
group-senioren = Older people
group-gefluechtete = Refugees
group-neuzugewanderte = Newcomers
group-fachkraefte = Skilled workers
group-alle = Everyone

## Languages (names)
lang-de = German
lang-en = English
lang-tr = Turkish
lang-ar = Arabic
lang-ru = Russian
lang-uk = Ukrainian
lang-fa = Persian (Farsi)
lang-pl = Polish
lang-ro = Romanian
lang-bg = Bulgarian
lang-it = Italian
lang-el = Greek
lang-hr = Croatian
lang-sr = Serbian
lang-bs = Bosnian
lang-sq = Albanian
lang-ku = Kurdish
lang-ps = Pashto
lang-ti = Tigrinya
lang-so = Somali
lang-fr = French
lang-es = Spanish
lang-pt = Portuguese
lang-vi = Vietnamese
lang-zh = Chinese
lang-ur = Urdu
