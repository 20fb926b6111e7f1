// Models trained on news label any capitalised acronym as an organisation ("the staging API",
// "returns JSON over HTTP"). In prompts these are everyday technical words: redacting them makes
// the prompt useless and protects nothing. Only the exact, whole span is dismissed, or a product's
// name of a tool and common words ("AWS Lambda"); "Acme API" or "JSON Ltd" stay as the model found
// them. Nothing here is also a place or company (PNG is Papua New Guinea).
import { isFieldName, isFormLabel } from '../fields/keys';
import {
  DEMONYMS,
  GIVEN,
  isCodeIdentifier,
  isCommon,
  OTHER_GREETINGS,
  OTHER_JOB_TITLES,
  OTHER_ROLES,
  OTHER_TITLES,
} from '../names/lexicon';

/** Languages, databases, tools and cloud services the model takes for places, people or companies. */
const PRODUCTS =
  // "reverse a list in Python"
  'Python JavaScript TypeScript Kotlin Scala Perl PHP Haskell Elixir Erlang Clojure Lua Fortran COBOL Bash ' +
  'PowerShell Kubernetes Terraform Ansible PostgreSQL Postgres MySQL MongoDB Redis Kafka Hadoop Django Flask ' +
  'Node.js NumPy pandas Pandas Polars PySpark Rust PyTorch TensorFlow Linux Ubuntu Debian ' +
  // "Prometheus metrics", "React Server Components", "AWS Lambda"
  'React Angular Vue Svelte Next.js Nuxt Webpack Vite Babel Jest Mocha Cypress Playwright Selenium ' +
  'Prometheus Grafana Kibana Elasticsearch Logstash CircleCI Docker Istio Nginx Lambda Azure AWS ' +
  'GCP EC2 S3 BigQuery Airflow Jupyter Matplotlib SciPy Keras Tailwind Bootstrap jQuery SQLite DynamoDB ' +
  'MariaDB Neo4j OpenShift Vercel Netlify Heroku Datadog FastAPI LangChain ChatGPT GPT Copilot Server ' +
  // "my Git token", "the Gradle build"
  'Git Maven Gradle Helm ' +
  // Message brokers and frameworks ("Kafka and RabbitMQ", "a Spring Boot service")
  'RabbitMQ ActiveMQ NATS Celery Sidekiq Hibernate Laravel Symfony ';
const PRODUCT_SET = new Set(PRODUCTS.trim().split(' '));

const TERMS = (
  'API APIs REST GraphQL gRPC JSON XML YAML TOML HTML CSS SCSS HTTP HTTPS URL URLs URI URIs SQL NoSQL ' +
  'SDK SDKs CLI GUI UI UX IDE CPU CPUs GPU GPUs TPU RAM SSD HDD PDF PDFs CSV TSV JPEG JPG SVG GIF ' +
  'ID IDs UUID OK FAQ FYI ASAP TBD TODO ETA EOD OOO PTO WFH PR PRs PO POs QA CI CD DevOps GitOps MLOps SecOps FinOps SRE OAuth SSO SAML SSH TLS SSL ' +
  'DNS VPN LAN WAN VLAN VLANs NAT TCP UDP QUIC IP IPv4 IPv6 CRUD ORM MVP KPI KPIs ROI OKR OKRs SLA SLAs PoC AI ML LLM LLMs ' +
  'NLP OCR ETL BI CRM ERP SaaS PaaS IaaS VM VMs OS iOS RSS SMTP IMAP FTP SFTP LDAP CDN WASM ASCII UTF-8 ' +
  'JWT JWTs JWE JWK JWS MFA 2FA TOTP OTP PEM RSA AES HMAC SHA MD5 GUID CORS CSRF XSS CVE ' +
  // Check-digit algorithms named after people ("passes the Luhn check") and values of code.
  'Luhn Verhoeff Damm NaN Infinity WiFi Wi-Fi ' +
  // Standards bodies before a standard's number ("ISO 8601", "RFC 5322", "IEEE 754")
  'ISO RFC IEEE ANSI IEC ECMA NIST W3C IETF ' +
  // Kubernetes pod states ("pods in CrashLoopBackOff")
  'CrashLoopBackOff ImagePullBackOff ErrImagePull OOMKilled ContainerCreating ' +
  // SQL keywords in pasted queries (not AND, OR, IN: state codes like "Portland, OR")
  'SELECT FROM WHERE LIMIT OFFSET JOIN INNER OUTER LEFT RIGHT HAVING UNION DISTINCT INSERT UPDATE DELETE ' +
  'VALUES CREATE ALTER DROP TABLE INDEX VIEW NULL LIKE BETWEEN ASC DESC ' +
  PRODUCTS +
  // Log levels ("[11:22:01] WARN payment failed")
  'TRACE DEBUG INFO WARN WARNING ERROR FATAL CRITICAL NOTICE ' +
  // Business metrics ("Our NPS dropped")
  'NPS ARR MRR CAC LTV EBITDA YoY QoQ CSAT DAU MAU GMV SLO RPO RTO ' +
  // Sales regions ("driven by the EMEA region")
  'EMEA APAC LATAM AMER DACH ANZ ' +
  // Compliance and hiring paperwork ("for the KYC", "the CV of Luca Bianchi")
  'KYC AML CV CVs GDPR HIPAA NDA NDAs ' +
  // Roles written short ("attendees Priyanka (PM), Lars (eng)")
  'CEO CTO CFO COO CIO CISO CMO CPO VP SVP EVP PM PMs EM TL SWE SDE SDET HR HRBP PIP ' +
  // Sales roles ("Marcus (AE), Leila (SDR)"; not SE: Sweden, and a Stack Exchange site)
  'AE SDR BDR CSM ' +
  // Departments and school subjects alone ("Gudrun from Accounting here", "scored 92 in Statistics")
  'Accounting Accountancy Finance Marketing Procurement Payroll Compliance Engineering Statistics Mathematics ' +
  'Maths Physics Chemistry Biology Economics Legal Sales Operations ' +
  // A hospital's departments ("Dr. Chidinma Eze (Head of Radiology)", read in pieces)
  'Radiology Cardiology Oncology Neurology Dermatology Pediatrics Paediatrics Orthopedics Orthopaedics ' +
  'Psychiatry Anesthesiology Anaesthesiology Pathology Urology Gynecology Gynaecology Obstetrics Head ' +
  // A clinical note's shorthand: diagnoses, tests, wards, dosing ("admitted for NSTEMI", "h/o DM2, HTN")
  'NSTEMI STEMI ACS CAD COPD CKD HTN DM DM2 T2DM GERD UTI DVT CVA TIA CABG PCI AFib MRI ECG EKG EEG ' +
  'ICU NICU PICU HPI PMH ROS BMI HbA1c BID TID QID PRN NPO SOB ' +
  // Who a patient sees ("our GP is Dr. Whitcombe", "referred by the PCP")
  'GP GPs PCP ' +
  // Currencies and coins ("send 0.5 BTC", "your Litecoin wallet")
  'USD EUR GBP JPY CHF CNY INR AUD NZD SEK NOK DKK PLN BRL MXN ZAR SGD HKD KRW TRY AED ' +
  'PKR NGN KES GHS EGP THB VND IDR MYR RUB UAH CZK HUF RON ILS SAR QAR TWD COP CLP ' +
  'BTC ETH LTC XRP USDT USDC DOGE SOL ADA XMR Bitcoin Ethereum Litecoin Dogecoin Monero Tether ' +
  // Units named after people ("Convert 72 degrees Fahrenheit to Celsius")
  'Fahrenheit Celsius Kelvin ' +
  // A Windows profile's folders and Python's error number in a pasted trace ("C:\\Users\\…\\AppData\\Roaming")
  'AppData Roaming LocalLow ProgramData Errno ' +
  // iCalendar's and vCard's keys ("DTSTART:20261214T090000Z", "ATTENDEE;CN=…")
  'DTSTART DTEND DTSTAMP ATTENDEE ORGANIZER VEVENT VCALENDAR VCARD RRULE'
).split(' ');

const SET = new Set([
  ...TERMS,
  // A number's short label ("Rechnung Nr. 2024-0815") and a clinical note's patient ("Pt. Rosa Jiménez").
  'Nr',
  'Pt',
  // A card's name once its number is cut from the model's span ("Ghana Card GHA-…").
  'Card',
  // "Let's Encrypt", which the model reads in two pieces.
  'Let',
  'Encrypt',
  // An Indian declaration's "S/o Late Shri Ram Sharma" once the name is cut; a French appointment.
  'Late',
  'Late Shri',
  'Late Smt',
  'RDV',
  // Weekdays abbreviated in logs and mail headers ("Date: Tue Mar 5 14:22:01 2024").
  ...'Mon Tue Wed Thu Fri Sat Sun'.split(' '),
  // An article that opens a sentence in another language ("Il mio numero è..."), capitalised only.
  ...'Il El Los Las Les Der Die Das Het Gli'.split(' '),
  'Spring Boot',
  'Ruby on Rails',
  'Server-Sent Events',
  // HTTP's reason phrases ("What does HTTP 429 Too Many Requests mean?")
  'Bad Request',
  'Unauthorized',
  'Forbidden',
  'Not Found',
  'Method Not Allowed',
  'Too Many Requests',
  'Internal Server Error',
  'Bad Gateway',
  'Service Unavailable',
  'Gateway Timeout',
  'ORDER BY',
  'GROUP BY',
  'PRIMARY KEY',
  'FOREIGN KEY',
  'INSERT INTO',
  'LEFT JOIN',
  'INNER JOIN',
]);

/** Verbs that open a request to an assistant, in English and as other languages' users write them. */
const PROMPT_VERBS =
  'draft write summarize summarise translate explain compare review rewrite refactor generate describe ' +
  'analyze analyse proofread reply respond calculate convert format outline reset revoke unlock ' +
  'riassumi traduci scrivi spiega correggi riscrivi résume résumez traduis traduisez écris écrivez corrige ' +
  'corrigez explique expliquez rédige rédigez reformule reformulez zusammenfassen fasse übersetze übersetzen ' +
  'schreibe schreib erkläre korrigiere formuliere resumir resume resumen traduce traduzca escribe escriba ' +
  'explica redacta reescribe resuma traduza escreva reescreva vertaal schrijf herschrijf';

// Form labels and roles the model takes for names when they open a line or sentence ("Patient MRN:",
// "DOB 03/14/1985", "Customer ID"). Only a span that is exactly one of these is dismissed.
const LABELS = new Set(
  (
    'dob ssn pin mrn ein tin vat bic swift cvv cvc zip iban tax ' +
    'patient customer client user username employee applicant candidate tenant sender recipient subject ' +
    'name surname address phone mobile email note notes summary steuer-id birth location country province region ' +
    // Ticket fields ("Assignee: Platform Team", "Component: Auth")
    'assignee reporter owner priority component status severity sprint epic watchers ' +
    // Payment form labels ("Beneficiary: Helga Sørensen, Routing 021000021")
    'beneficiary payee payer remitter routing account amount reference memo currency ' +
    'kontonummer konto blz bankleitzahl inhaber kontoinhaber verwendungszweck betrag ' +
    // Health plans and postal-code labels ("Medicare number 1EG4-…", "Código postal 01310-100")
    'medicare medicaid medi-cal código codigo ' +
    // ID and phone labels in other countries' forms ("Aadhaar 4591...", "USt-IdNr. DE81...", "Tel. 069...")
    'aadhaar iqama pan vin vrm tel fax ust-idnr ust-id steuernummer nif nie dni cpf curp tckn plaka ' +
    // "Phone" in other languages ("Telefon numaram +90…", "Teléfono: …")
    'telefon telefono teléfono telefone telefoon handy ' +
    // "Identity" of an identity card's name ("Carta d'Identità", "carte d'identité")
    'identità identité identidad identidade ' +
    'cpr nhs nino bsn pesel nir insee rut rfc inn snils ppsn nric hkid mbi vehicle certificate nin ' +
    'jmbg egn oib emšo emso amka afm cnp nik npwp ktp ' +
    // National numbers written out in their own language ("Personnummer 811228-9874", "Henkilötunnus …"),
    // and "number" itself ("Numéro de sécurité sociale : 1 84 12 …")
    'personnummer personnumer fødselsnummer fodselsnummer födelsenummer henkilötunnus hetu cpr-nummer ' +
    'burgerservicenummer rijksregisternummer sozialversicherungsnummer steuer-idnr nip regon ohip ' +
    'numéro número numero nummer ' +
    // Device numbers and a parcel's addressee line ("The IMEI of…", "Attn. Wei Zhang")
    'imei imsi iccid meid serial attn sid mac orcid scopus gmc isbn issn doi taj gps ' +
    // A form's roles and sections ("Manager: Yuki Tanaka", "Dept: Finance")
    'manager supervisor dept department prescriber student advisor passenger guest resident ' +
    // A board's offices ("Present: J. Whitfield (Chair), R. Oyelaran")
    'chair chairman chairwoman chairperson treasurer ' +
    // A record's other fields ("Policy No. PL-77123", "Fingerprint hash 9f86…")
    'policy claim fingerprint ' +
    // Papers numbered like a record ("Rechnung Nr. 2024-0815", "Invoice No.")
    'invoice order rechnung bestellung auftrag vertrag factura facture fattura fatura pedido commande ordine ' +
    // German staff records ("Personalnummer 88213", "in der Abteilung IT")
    'personalnummer abteilung mitarbeiter mitarbeiterin ' +
    // A student's record ("Index No. 0123456789", "…, Kumasi, GPA 3.7", "Roll No. 21BCE1234")
    'index roll matric matriculation admission enrolment enrollment registration gpa cgpa ' +
    // German insurance papers and India's GST number ("Krankenkasse KVNR: …", "My GSTIN number is …")
    'krankenkasse sozialversicherungsausweis versicherungskarte gstin ' +
    // More labels the model reads as places ("Eircode D04 X2Y6", "passcode 482913", "Kundennr. 4711")
    'passcode password passwort eircode ird kundennr kundennummer versichertennummer versichertennr versicherungsnummer ' +
    // A signature's labels: a German firm's seat ("Sitz: Stuttgart"), "Mobil", an Italian certified mail ("PEC:")
    'sitz mobil pec ' +
    // Vietnamese labels' first words: "Ngày sinh:" (date of birth), "Địa chỉ:" (address), "SĐT:" (phone)
    'ngày địa sđt ' +
    // A patient record's fields ("Blood type: O+, Allergies: none")
    'blood allergies allergy diagnosis medications medication symptoms ' +
    // A title alone ("Estimada Sra." once its first word is cut, "Gentile Dott. Rossi")
    'mr mrs ms dr dra prof sir madam herr frau mme mlle sra srta sr señor señora fr rev revd ' +
    'dott dottssa sig signor signora mgr meneer mevrouw dhr mevr ' +
    // Titles of other languages' letters alone ("Fru", "Maître", "Κύριος", "Уважаемый", "Bà", "Shri")
    'fru ' +
    OTHER_TITLES.join(' ') +
    ' ' +
    // Roles of other languages alone ("Kunde", "Hausarzt" of "…, Hausarzt Dr. med. Braun")
    OTHER_ROLES.join(' ') +
    ' ' +
    // A prompt's opening verb ("Draft a board update", "Summarize Slack thread")
    PROMPT_VERBS +
    // Greetings, thanks and pronouns of letters in other languages ("Merci, Julien", "Ihre Nummer ist")
    ' merci danke bitte ciao hola hallo hoi hej moin servus salut bonjour bonsoir groetjes saludos ' +
    'cordialement atentamente saluti grazie gracias obrigado obrigada ihre ihr sie ' +
    'olá ola dobrý czesc hallå halo γεια telefonum'
  )
    .split(' ')
    // "Merhaba", "Zdravo", "Kumusta" (lexicon.ts).
    .concat(OTHER_GREETINGS)
    .concat([
      // The UK's number's name ("my National Insurance number QQ 12 34 56 C").
      'national insurance',
      'national insurance number',
      'viele grüße',
      'liebe grüße',
      // Sign-offs of other languages' letters ("Atenciosamente,⏎Rodrigo", "Pozdrawiam,⏎Tomasz").
      'atenciosamente',
      'cordiali',
      'cordiali saluti',
      'distinti saluti',
      'abraços',
      // …and of family letters ("Besos, tu abuela Carmen", "Bisous, Mamie").
      'besos',
      'abrazos',
      'cariños',
      'bisous',
      'baci',
      'beijos',
      'beijinhos',
      'küsse',
      'pozdrawiam',
      'z poważaniem',
      'med vänliga hälsningar',
      'vänliga hälsningar',
      'med venlig hilsen',
      'med vennlig hilsen',
      'ystävällisin terveisin',
      's pozdravem',
      'üdvözlettel',
      'saygılarımla',
      'с уважением',
      'beste grüße',
      'mit freundlichen grüßen',
      'un saludo',
      'cordiali saluti',
      'met vriendelijke groet',
      'customer id',
      'patient id',
      'employee id',
      'user id',
      'member id',
      'account number',
      'customer number',
      'kundennummer',
      'kunden-nr',
      'numéro client',
      'número de cliente',
      'klantnummer',
      'emirates id',
      // National numbers' names the model reads as names or places: "T.C. Kimlik No", "Teudat Zehut",
      // Morocco's "CIN", and the labels of an address or a resident number in Chinese, Japanese, Korean.
      't.c. kimlik',
      'kimlik',
      'teudat zehut',
      'cin',
      '地址',
      '住所',
      '주소',
      '주민등록번호',
      'account',
      'account name',
      'vehicle vin',
    ]),
);

// The words of a letter's salutation without the name: "Sehr geehrte Frau", "Cher Monsieur".
const SALUTATION = new Set(
  (
    'dear sehr geehrte geehrter geehrtes liebe lieber cher chère chers chères estimado estimada estimados ' +
    'distinguido distinguida gentile gentili egregio egregia spettabile geachte beste caro cara prezado prezada ' +
    'mr mrs ms miss dr prof sir madam herr frau monsieur madame mademoiselle messieurs dames m mme mlle ' +
    'señor señora señorita sr sra srta signor signore signora sig sig.ra dott heer mevrouw dhr mevr'
  ).split(' '),
);

/** Greetings that open a letter before its salutation: "Bonjour Monsieur", "Hello Sir". */
const GREETING = new Set(
  'hello hi hey hola hallo bonjour bonsoir salut buongiorno buonasera ciao hoi hej moin servus'.split(' '),
);

/** The polite "you" before a title: "Bitte rufen Sie Frau Hoffmann an", "Je vous prie, Madame". */
const YOU_BEFORE_TITLE = new Set('sie ihnen vous usted ustedes lei u'.split(' '));

function isSalutation(span: string): boolean {
  const words = span
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => w.replace(/\.$/, ''));
  return (
    words.length > 1 &&
    words.every((w, i) => SALUTATION.has(w) || (i === 0 && (GREETING.has(w) || YOU_BEFORE_TITLE.has(w))))
  );
}

/** An issue tracker's key ("PROJ-1234", "ABC-12"): the model calls them organisations. */
const ISSUE_KEY = /^[A-Z][A-Z0-9]{1,9}-[0-9]+$/;

/** A job title the model takes for an organisation: "the Head of Procurement", "Director of Sales". */
const ROLE_TITLE = /^(?:head|director|vp|vice president|chief|manager|lead|dean) of [\p{L} &-]+$/iu;
/** A vice-president's title before the department, without "of": "VP Engineering", "SVP Global Sales". */
const VP_TITLE = /^(?:VP|SVP|EVP|AVP)(?:[ \t]+\p{Lu}[\p{L}&-]*){1,3}$/u;
/** A school subject with its course's level: "Calculus II", "English 101". */
const NUMBERED_SUBJECT =
  /^(?:Calculus|Algebra|Geometry|Statistics|Physics|Chemistry|Biology|Economics|Accounting|Mathematics|Math|English|History|Spanish|French|German|Psychology|Sociology|Philosophy) (?:I{1,3}|IV|V|[1-9]\d{0,2})$/;
/** A job title written as words before a job noun: "Senior Accountability Officer", "Lead Paradigm Engineer". */
const JOB_TITLE =
  /^(?:[\p{L}-]+ ){1,4}(?:officer|engineer|manager|director|specialist|consultant|analyst|developer|architect|coordinator|administrator|executive|designer|assistant|supervisor|strategist|planner|technician|representative|liaison|facilitator|orchestrator|producer|scientist|accountant|agent|buyer|recruiter|auditor|controller|paralegal|receptionist|cashier|bookkeeper|programmer|pharmacist|therapist|physician|surgeon|lecturer|researcher|editor|intern|advisor|adviser|associate|attorney|lawyer|counsel|secretary|treasurer|nurse)$/iu;

/**
 * Workplace apps and card brands the model takes for people or places ("Slack message from...",
 * "Visa application"). As organisations they stay: the companies behind them are organisations.
 */
const APPS = new Set(
  (
    'Slack Teams Zoom Jira Confluence GitHub GitLab Bitbucket Notion Trello Asana Excel Outlook Word PowerPoint ' +
    'SharePoint OneDrive Dropbox Gmail WhatsApp Telegram Signal Skype Webex Figma Miro Salesforce Workday Zendesk ' +
    // Card brands ("Visa application", "paid by Amex") and payment apps ("My Venmo is @…")
    'Visa Mastercard Amex Maestro Venmo Zelle PayPal Revolut Klarna Alipay WeChat ' +
    // Voice assistants ("Hey Siri, text Mom…"; not Alexa, a given name too)
    'Siri Cortana'
  ).split(' '),
);

const NEXT_WORD = /^[ \t]+([\p{L}-]+)/u;

/**
 * True when the span is a job title cut before its job noun: the model's "Senior Account" of
 * "Senior Account Manager" in a signature. Its words must all be ordinary ones: "Anna Berg Manager"
 * keeps the name.
 */
export function isJobTitleStart(span: string, after: string): boolean {
  const next = NEXT_WORD.exec(after);
  return !!next && JOB_TITLE.test(`${span} ${next[1]}`) && span.split(/[ \t]+/).every((w) => isCommon(w.toLowerCase()));
}

const WORDS_BEFORE = /(?:^|[^\p{L}-])((?:\p{Lu}[\p{L}-]* ){1,4})$/u;

/**
 * True when the span is the job noun of a job title whose other words the model left out: "Officer"
 * of "works as a Senior Branding Officer". The words before must all be ordinary ones.
 */
export function isJobTitleEnd(span: string, before: string): boolean {
  if (span.includes(' ')) return false;
  const words = WORDS_BEFORE.exec(before)?.[1];
  return (
    !!words &&
    JOB_TITLE.test(words + span) &&
    words
      .trim()
      .split(' ')
      .every((w) => isCommon(w.toLowerCase()))
  );
}

/** True when a model's span of `type` is an app's name taken for a person or a place. */
export function isAppName(span: string, type: string): boolean {
  return (type === 'PERSON' || type === 'LOCATION') && APPS.has(span);
}

const PHRASE_WORD = /[\p{L}\p{N}][\p{L}\p{N}.+#-]*/gu;

/**
 * A product's name made of a product word and ordinary words: "AWS Lambda", "React Server
 * Components", "Azure Functions". Every word is one or the other, and one at least a product.
 */
function isTechPhrase(span: string): boolean {
  const words = span.match(PHRASE_WORD) ?? [];
  if (words.length < 2 || !words.some((w) => PRODUCT_SET.has(w))) return false;
  // A product's name with a technical term ("Datadog API", "Kafka TLS") as with a common word.
  return words.every((w) => PRODUCT_SET.has(w) || SET.has(w) || (isCommon(w) && !GIVEN.has(w.toLowerCase())));
}

// An article or a possessive before a label: "The IMEI", "your account number", "Ihre Kundennummer", "Mi Número".
const LEADING_ARTICLE =
  /^(?:the|your|my|our|his|her|their|ihre|ihr|seine|meine|unsere|votre|mon|ma|uw|su|tu|mi)[ \t]+/i;

/** True when the span is just a technical term or a form label, not a name ("The IMEI" too). */
export function isTechTerm(span: string): boolean {
  const article = LEADING_ARTICLE.exec(span);
  return article ? isTerm(span.slice(article[0].length)) : isTerm(span);
}

/**
 * Function words and auxiliaries of other languages the model, trained on English, takes for a name
 * ("Ihre Kundennummer 4711 wurde aktualisiert": "wurde" a place). Never a name in any case.
 */
const FOREIGN_FUNCTION_WORDS = new Set(
  (
    'wurde wurden wird werden ist sind war waren hat haben hatte und oder nicht auch noch schon bitte ' +
    'est sont était avec pour dans sur mais aussi très ' +
    'fue está están pero también muy ' +
    'è sono anche molto ' +
    'werd wordt zijn niet ook ' +
    'são foi estão mas também muito ' +
    'mój moja moje jest są był była było oraz ale także bardzo ' +
    // Vietnamese: "địa chỉ là 12 Nguyễn Huệ" (is), "và" (and), "của" (of), "tại" (at)
    'là và của tại với không được cho này ' +
    // Hindi: is, and, my, name, of, in, number (the model reads "है और" as a place)
    'है हैं हूँ हूं मैं और मेरा मेरी नाम का की के में नंबर ' +
    // Hebrew and Arabic greetings and "my name", "I", "thanks" (the model reads "שלום, שמי" as firms)
    'שלום שמי אני היי תודה בברכה שלי ' +
    'مرحبا مرحباً اسمي أنا انا شكرا شكراً ' +
    // Russian: "my name is", "hello", "I", "my", "I live" ("Меня зовут" was a person)
    'меня зовут привет здравствуйте я мой моя мои живу спасибо ' +
    // German "z. Hd." ("for the attention of") before a name: "Hd" was a firm
    'hd'
  ).split(' '),
);

const DEVANAGARI = /^[\u0900-\u097F \t]+$/;

/**
 * A dotted name in code whose parts are ordinary words, tools' names or written in camel case:
 * "React.Component", "System.out", "TensorFlow.Keras" (not "John.Smith").
 */
const DOTTED = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const CAMEL_PART = /^[a-z_$]*[A-Z]?[a-z0-9_$]+[A-Z]/;

function isDottedCode(span: string): boolean {
  return (
    DOTTED.test(span) &&
    span.split('.').every((part) => isCommon(part.toLowerCase()) || PRODUCT_SET.has(part) || CAMEL_PART.test(part))
  );
}

/**
 * A class's name in code, words run together and ending in what the class is: "BeanCreationException",
 * "ModuleNotFoundError", "UserService". Not any camel case: hashtags, handles and projects are written
 * so too ("CalgaryNEXT", "TeamJOA").
 */
const CAMEL_IDENTIFIER =
  /^(?:\p{Lu}\p{Ll}+)+(?:Exception|Error|Warning|Handler|Service|Controller|Factory|Provider|Repository|Builder|Listener|Adapter|Helper|Utils?|Impl|Interface|Component|Module|Config|Configuration|Manager|Client)$/u;

/**
 * A nationality and a number's acronym: "Korean RRN", "Thai ID", "Swiss AHV" (the label of a number), or
 * the word "National" of a national number's name ("Thai National ID" cut before its "ID").
 */
const NATIONALITY_ACRONYM = /^(\p{L}+)[ \t]+(?:\p{Lu}{2,5}|National)$/u;

function isNationalityLabel(span: string): boolean {
  const m = NATIONALITY_ACRONYM.exec(span);
  return !!m && DEMONYMS.has(m[1]!.toLowerCase());
}

/**
 * A class of code named for its role ("PaymentService", "OrderController", "UserRepository"): PascalCase
 * words of the word list ending in a role of code. Not "YouTube" or "DoorDash": no role ends them.
 */
const CODE_ROLE =
  /[a-z](?:Service|Controller|Handler|Manager|Factory|Repository|Repo|Provider|Component|Module|Helper|Utils|Client|Adapter|Listener|Builder|Config|Impl|Spec|View|Model|Store|Router|Resolver|Middleware|Validator|Serializer|Mapper|Dao|Dto|Entity|Request|Response|Event|Worker|Context|Reducer|Screen|Widget|Activity|Fragment|Delegate|Servlet|Processor|Parser|Loader|Wrapper|Gateway|Registry|Scheduler)$/;

function isCodeClass(span: string): boolean {
  return CODE_ROLE.test(span) && isCodeIdentifier(span);
}

/**
 * A named concept of science or medicine, which the model takes for a firm or a place: "Pythagorean
 * Theorem", "Krebs Cycle", "Eukaryotic Cells", "Vitamin D". Its head word names a kind of idea or
 * substance, never a firm or a place (not "Law", "Triangle" or "Institute", which can).
 */
const CONCEPT_HEADS = new Set(
  (
    'theorem lemma conjecture hypothesis paradox principle equation formula cycle cell effect syndrome ' +
    'disease disorder deficiency theory algorithm constant transform distribution acid protein enzyme hormone'
  ).split(' '),
);
const CONCEPT_FIRST = new Set(['vitamin']);
/** Greetings and wishes written in title case: "Good Morning", "Happy Birthday". */
const GREETING_PHRASE =
  /^(?:good (?:morning|afternoon|evening|night|day)|happy (?:birthday|new year|holidays)|merry christmas)$/i;

function isConcept(span: string): boolean {
  const words = span.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  if (CONCEPT_FIRST.has(words[0]!.toLowerCase())) return words.length === 2;
  let head = words[words.length - 1]!.toLowerCase();
  if (head.length > 4 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('sis')) head = head.slice(0, -1);
  return CONCEPT_HEADS.has(head) || (head.endsWith('ie') && CONCEPT_HEADS.has(`${head.slice(0, -2)}y`));
}

/**
 * Japanese the model, trained on English, reads as names: a span opening with a particle ("で承りました",
 * "with … received") or ending in a polite verb ending; everyday loanwords in katakana ("メール", mail), and
 * form labels and greetings of Japanese, Chinese and Korean (CJK_NOT_NAMES).
 */
const JAPANESE_NO_NAME = /^[でにをはがとへも][\u3040-\u30FF\u4E00-\u9FFF]|(?:ます|ました|です|でした|ません)$/;
const CJK_NOT_NAMES = new Set(
  (
    'メール アドレス メールアドレス パスワード アカウント ユーザー サーバー ファイル データ システム サービス ログイン ' +
    // A form's labels in Japanese, Chinese and Korean ("担当者：", "電話：", "电话", "주소"), and Korean's
    // greeting and copula, which the model reads as places.
    '担当者 担当 氏名 名前 住所 電話 電話番号 連絡先 生年月日 会社 部署 电话 地址 姓名 联系人 手机 邮箱 公司 ' +
    '이름 주소 전화 전화번호 연락처 안녕하세요 감사합니다 입니다'
  ).split(' '),
);

const KOREAN_PARTICLE_END = /[\uAC00-\uD7A3][은는이가을를에의도]$/;

/** A pronoun's contraction ("I'm", "we've"), alone or with "and" before it ("and I'm"): no name. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it)['’](?:m|ve|ll|d|re|s)$/;
const JOINERS = new Set(['and', 'or', 'but', 'so']);
function onlyContractions(span: string): boolean {
  const words = span.toLowerCase().split(/[ \t]+/);
  return words.some((w) => CONTRACTION.test(w)) && words.every((w) => CONTRACTION.test(w) || JOINERS.has(w));
}

/**
 * Job titles of other languages' signatures, which the model reads as names or firms: "Directeur
 * commercial", "Responsable de RR.HH", "Kierownik Projektu", "HR-chef". Not when a given name follows.
 */
const OTHER_JOB_HEADS = new Set(OTHER_JOB_TITLES);
function isOtherJobTitle(span: string): boolean {
  const words = span.split(/[ \t]+/);
  const head = words[0]!.toLowerCase();
  if (!OTHER_JOB_HEADS.has(head) && !/^[\p{L}]{2,}-chef$/u.test(head)) return false;
  return !words.slice(1).some((w) => GIVEN.has(w.toLowerCase()));
}
/** A doctor's specialty in a signature, which the model reads as a name: "Consultant Cardiologist". */
const SPECIALISTS = new Set(
  (
    'cardiologist neurologist radiologist oncologist dermatologist psychiatrist psychologist paediatrician ' +
    'pediatrician anaesthetist anesthetist anesthesiologist gynaecologist gynecologist obstetrician urologist ' +
    'ophthalmologist physiotherapist midwife haematologist hematologist nephrologist gastroenterologist ' +
    'endocrinologist rheumatologist pulmonologist neurosurgeon surgeon registrar sonographer optometrist ' +
    'podiatrist dietitian dietician pharmacist'
  ).split(' '),
);
const SPECIALIST_RANKS = new Set(['consultant', 'senior', 'junior', 'chief', 'staff', 'attending', 'head', 'lead']);
function isSpecialist(span: string): boolean {
  const words = span.toLowerCase().split(/[ \t]+/);
  return SPECIALISTS.has(words[words.length - 1]!) && words.every((w) => SPECIALISTS.has(w) || SPECIALIST_RANKS.has(w));
}
/** One letter alone ("T" of a phone's "T 030 …") names nothing. */
const ONE_LETTER = /^\p{L}\.?$/u;

function isTerm(span: string): boolean {
  return (
    SET.has(span) ||
    ONE_LETTER.test(span) ||
    isOtherJobTitle(span) ||
    isSpecialist(span) ||
    onlyContractions(span) ||
    JAPANESE_NO_NAME.test(span) ||
    CJK_NOT_NAMES.has(span) ||
    // A Korean label with its particle: "전화번호는" (the phone number, as topic).
    (KOREAN_PARTICLE_END.test(span) && CJK_NOT_NAMES.has(span.slice(0, -1))) ||
    isConcept(span) ||
    GREETING_PHRASE.test(span) ||
    isCodeClass(span) ||
    isDottedCode(span) ||
    isNationalityLabel(span) ||
    FOREIGN_FUNCTION_WORDS.has(span.toLowerCase()) ||
    // Function words in a row of a script the word lists do not hold: "है और" (Hindi "is and").
    (DEVANAGARI.test(span) && span.split(/[ \t]+/).every((w) => FOREIGN_FUNCTION_WORDS.has(w))) ||
    isTechPhrase(span) ||
    LABELS.has(span.toLowerCase()) ||
    isNumberedLabel(span) ||
    isPostnominals(span) ||
    isFieldName(span) ||
    ISSUE_KEY.test(span) ||
    ROLE_TITLE.test(span) ||
    VP_TITLE.test(span) ||
    NUMBERED_SUBJECT.test(span) ||
    JOB_TITLE.test(span) ||
    AGE_AND_SEX.test(span) ||
    CAMEL_IDENTIFIER.test(span) ||
    AIRPORT_ROUTE.test(span) ||
    isSalutation(span)
  );
}

/** A flight's route by its airports' codes ("FRA-JFK", "LHR→SFO"). */
const AIRPORT_ROUTE = /^[A-Z]{3}[ \t]?(?:-|–|>|→|->)[ \t]?[A-Z]{3}$/;
/** A clinical note's age and sex ("58F", "34 yo M"): no name or place. */
const AGE_AND_SEX = /^[0-9]{1,3}[ \t]?(?:[MF]|y\/?o(?:[ \t]?[MF])?)$/;

/**
 * Degrees and fellowships written after a name ("Dr. Amara Nwosu, MBBS, FWACS"): a run of them is no
 * place. Not those that are also a state's or country's code (MD, MA, DO, PE, QC, BA).
 */
const POSTNOMINALS = new Set(
  (
    'MBBS MBChB MBBCh PhD DPhil MPhil MSc BSc MBA MPH MRCP FRCP MRCS FRCS FRCSEd FWACS FACS FACP ' +
    'FRCPath FRCOG MRCGP FRACS FRCPC DDS DMD RN BSN MSN PharmD CPA CFA CISSP PMP Esq KC OBE MBE CBE'
  ).split(' '),
);
const POSTNOMINAL_RUN = /^[\p{L}.-]+(?:,?[ \t]+[\p{L}.-]+)*$/u;

function isPostnominals(span: string): boolean {
  if (!POSTNOMINAL_RUN.test(span)) return false;
  const parts = span.split(/,?[ \t]+/).map((p) => p.replace(/\.$/, '').replace(/\./g, ''));
  return parts.length > 0 && parts.every((p) => POSTNOMINALS.has(p));
}

/** A label and the word for its number: "Medicare No", "Patient ID", "Medicare Beneficiary Identifier". */
const LABEL_AND_NUMBER =
  /^(\p{L}[\p{L}-]*)(?:[ \t]+(\p{L}[\p{L}-]*))?[ \t]*(?:no\.?|nr\.?|number|num|#|id|identifier)$/iu;

function isNumberedLabel(span: string): boolean {
  const m = LABEL_AND_NUMBER.exec(span);
  return !!m && LABELS.has(m[1]!.toLowerCase()) && (m[2] === undefined || LABELS.has(m[2].toLowerCase()));
}

/** The roles among the words below: a role, then a given name, is a person ("Inspector Helen Park"). */
const LEADING_ROLES = new Set(
  (
    'caller patient customer client user contact applicant candidate tenant sender recipient employee ' +
    'student pupil passenger guest landlord buyer seller borrower claimant defendant plaintiff witness ' +
    'inspector detective constable sergeant officer agent ' +
    'consultant contractor engineer developer analyst accountant technician recruiter auditor adjuster courier ' +
    // Not "son": a surname too ("Son Heung-min").
    'wife husband daughter mother father partner sra srta herr frau ' +
    // Polish: "Szanowna Pani Anna", "z Panem Tomaszem" (not "Pan": a Chinese surname too)
    'pani panie panem panią pana panu ' +
    // Roles in other languages: "Der Mitarbeiter Lukas Hoffmann", "La cliente Ana Ruiz", "Il dipendente Marco Ferrari"
    OTHER_ROLES.join(' ')
  ).split(' '),
);
/** Articles before a role word: cut with it ("Der Mitarbeiter …"), never alone ("Der Spiegel"). */
const ROLE_ARTICLES = new Set('der die das le la el il lo de het'.split(' '));
/**
 * Words that open a line or a form and that the model takes into the name after them: "Caller
 * Fatima Benali", "Wife Keiko", "Estimada Sra. Gómez". Titles (Dr, Mr) are left: the model's
 * training data often counts them in.
 */
const LEADING_LABELS = new Set(
  (
    [...LEADING_ROLES].join(' ') +
    ' attn attention estimada estimado querida querido ' +
    'sehr geehrte geehrter cher chère chers gentile egregio egregia geachte szanowny szanowna szanowni ' +
    // Greetings: "Hola Javier", "Dear Anna", "Beste Pieter", "Kære Mette", "Caro João" (not "Cara": a
    // given name too; "Caro" is one less often than it opens a Portuguese or Italian letter)
    'dear hi hello hey greetings hola hallo hoi hej ciao bonjour salut servus moin merhaba witam olá ola cześć ahoj szia halo caro ' +
    'beste lieve lieber liebe prezado prezada kedves drogi droga kære kjære bästa hyvä ' +
    // Titles of other languages before a given name ("Meneer Pieter van Dijk", "Fru Karin Lindström")
    'meneer mevrouw fru chief ' +
    OTHER_TITLES.join(' ') +
    ' ' +
    // Wishes that open a message to someone ("Congrats Anna on the promotion")
    'congrats congratulations ' +
    OTHER_GREETINGS.join(' ') +
    ' ' +
    PROMPT_VERBS
  ).split(' '),
);
const FIRST_WORD = /^([\p{L}]+)\.?[ \t]+(?=(\p{Lu})?)/u;
const WORD = /^[\p{L}]+/u;

const LAST_WORD = /[ \t,;:·|–—]+([\p{L}-]+)(\.?)$/u;
const INNER_CAPITAL = /.\p{Lu}/u;

/** True when the span opens with a role before the name: "Inspector Helen Park", "Student Lily Zhang". */
export function opensWithRole(span: string): boolean {
  const m = FIRST_WORD.exec(span);
  return !!m && !!m[2] && LEADING_ROLES.has(m[1]!.toLowerCase());
}

/**
 * How many characters at the end of a model's span are the label of the next value and what
 * joins it: "Warszawa, PESEL" (of "…, 00-590 Warszawa, PESEL 44051401359").
 */
export function trailingLabelLength(span: string): number {
  const m = LAST_WORD.exec(span);
  if (!m || m.index === 0 || !LABELS.has(m[1]!.toLowerCase())) return 0;
  // Written as a label: in capitals, abbreviated or with a capital inside ("PESEL", "Tel.", "Steuer-ID",
  // "USt-IdNr"); "Marie Pan" keeps her surname.
  const word = m[1]!;
  if (m[2] || (word.length > 1 && word === word.toUpperCase()) || INNER_CAPITAL.test(word)) return m[0].length;
  // A contact label after a comma or a signature's separator is one however written: "80331 München,
  // Telefon 089 …", "28013 Madrid · Tel. 91 …".
  return /[,;·|–—]/.test(m[0]) && CONTACT_LABELS.has(word.toLowerCase()) ? m[0].length : 0;
}

const COMMA_WORD = /[,;][ \t]*(\p{L}[\p{L}-]*)\.?[ \t:]/gu;

/**
 * How many characters at the end of a model's span are another value with its label after a comma:
 * "14 Hollybush Lane, Harrogate HG1 2QE, VAT GB 123" (the VAT number's label and part of it). The
 * label is written as one: in capitals, or a contact label however written.
 */
export function labelledValueTailLength(span: string): number {
  COMMA_WORD.lastIndex = 0;
  for (let m = COMMA_WORD.exec(span); m; m = COMMA_WORD.exec(span)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (!LABELS.has(lower)) continue;
    if ((word.length > 1 && word === word.toUpperCase()) || CONTACT_LABELS.has(lower)) return span.length - m.index;
  }
  return 0;
}

/** Words that name a way to reach someone, never a name after a comma. */
const CONTACT_LABELS = new Set(
  'phone telephone tel fax mobile cell email e-mail telefon telefono teléfono telefone telefoon handy tlf'.split(' '),
);

const TRAILING_LOWER_WORD = /[ \t]+\p{Ll}[\p{Ll}'’-]*$/u;
const CAPITALISED_WORD_START = /(?:^|[ \t])\p{Lu}/u;

/**
 * How many characters at the end of a model's PERSON span are a lower-case word after a capitalised
 * name: "Sanne de Vries uit" (Dutch "from"). A name written with capitals ends with one; in a text
 * written all in lower case ("homer simpson") the span is left whole.
 */
export function trailingLowerWordLength(span: string): number {
  const m = TRAILING_LOWER_WORD.exec(span);
  return m && CAPITALISED_WORD_START.test(span.slice(0, m.index)) ? m[0].length : 0;
}

const PROMPT_VERB_SET = new Set(PROMPT_VERBS.split(' '));

/**
 * How many characters of a model's span are a prompt's opening verb and its space, before a
 * capitalised word: "Compare Apple, Microsoft" (0 if none). The caller checks that the span opens
 * a sentence.
 */
export function leadingVerbLength(span: string): number {
  const m = FIRST_WORD.exec(span);
  return m && m[2] && PROMPT_VERB_SET.has(m[1]!.toLowerCase()) ? m[0].length : 0;
}

const FORM_LABEL_OPENING = /^([\p{L}][\p{L} ._-]{0,28}?)[ \t]*:[ \t]*(?=\S)/u;

/**
 * How many characters at the start of a model's span are a form's label and its colon ("Address: Lenina
 * 15-42, …", "Domicilio: Calle Madero 22"): the label is no part of the value.
 */
export function formLabelLength(span: string): number {
  const m = FORM_LABEL_OPENING.exec(span);
  return m && isFormLabel(m[1]!) ? m[0].length : 0;
}

/** How many characters of a model's PERSON span are a leading label word and its space (0 if none). */
export function leadingLabelLength(span: string): number {
  // Several may come in a row: "Sehr geehrte Frau Weber".
  let cut = 0;
  for (;;) {
    const m = FIRST_WORD.exec(span.slice(cut));
    if (!m) return cut;
    // A capitalised word follows, or another label word ("geehrte" of "Sehr geehrte Frau").
    const next = WORD.exec(span.slice(cut + m[0].length))?.[0];
    const article = ROLE_ARTICLES.has(m[1]!.toLowerCase()) && !!next && LEADING_ROLES.has(next.toLowerCase());
    if (!article && !LEADING_LABELS.has(m[1]!.toLowerCase())) return cut;
    if (!m[2] && !(next && LEADING_LABELS.has(next.toLowerCase()))) return cut;
    cut += m[0].length;
  }
}
