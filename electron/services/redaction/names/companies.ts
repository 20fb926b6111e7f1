// Well-known companies, by the names people write them with: the model takes many for people or places
// ("works for Spotify" a person, "Infosys" and "Barclays" places), and without it the rules see only
// capitalised words. Large employers and brands of every sector and region; a list, as places are.
import type { Candidate } from '../types';
import { AMBIGUOUS_GIVEN, GIVEN, isCommon, TOK_CAP, type Tokens } from './lexicon';
import { PLACES } from '../location/lexicon';

const COMPANIES = [
  // Technology and internet
  'Google Alphabet Microsoft Meta Facebook Instagram Apple Netflix Spotify Airbnb Uber Lyft DoorDash ' +
    'Instacart Pinterest Snapchat TikTok ByteDance Twitter LinkedIn Reddit Dropbox Zoom Slack Salesforce ' +
    'IBM AMD Nvidia NVIDIA Qualcomm Broadcom Cisco Dell HP Lenovo Asus Acer Samsung Huawei Xiaomi ' +
    'Sony Panasonic Toshiba Hitachi Fujitsu Nikon Nintendo Tencent Alibaba Baidu JD.com Rakuten ' +
    'SoftBank Shopify PayPal Adyen Klarna Revolut Monzo Coinbase Binance ' +
    'Atlassian Adobe Autodesk ServiceNow SAP Databricks Palantir Cloudflare Okta Twilio ' +
    'MongoDB Datadog GitHub GitLab OpenAI Anthropic DeepMind Nokia Ericsson Siemens Philips Bosch ' +
    'Infosys Wipro TCS Cognizant Capgemini Accenture Deloitte KPMG PwC EY McKinsey BCG Bain Gartner Forrester ' +
    'Booking.com Expedia Tripadvisor Etsy eBay Zalando ASOS Wayfair Yelp Zillow Indeed Glassdoor Upwork Fiverr ' +
    'Grab Gojek Tokopedia Shopee Flipkart Paytm Zomato Swiggy Ola Careem Jumia Flutterwave Paystack MercadoLibre ' +
    'Naver Kakao LG Hyundai SK Foxconn TSMC ASML Yandex Kaspersky',
  // Banks, insurers and investors
  'HSBC Barclays Lloyds NatWest Santander BBVA CaixaBank ' +
    'Commerzbank UBS ING Rabobank Nordea Danske Intesa UniCredit ' +
    'JPMorgan Citigroup Citi Citibank BlackRock ' +
    'Schwab Allianz AXA Generali Zurich MetLife Aviva Chubb AIG Aetna Cigna Humana ' +
    "Mastercard Amex Equifax Experian TransUnion Moody’s Moody's Nomura Mizuho MUFG DBS OCBC Maybank " +
    'ICICI HDFC Axis Kotak Scotiabank RBC TD Desjardins Macquarie Westpac ANZ NAB',
  // Consumer goods, retail and food
  'Unilever Nestlé Nestle Danone P&G Colgate Kellogg Mondelez PepsiCo Coca-Cola Heineken ' +
    "Diageo Carlsberg L’Oréal L'Oréal LVMH Kering Hermès Chanel Gucci Prada Zara Inditex H&M Uniqlo " +
    "IKEA Walmart Costco Tesco Sainsbury’s Sainsbury's Asda Aldi Lidl Carrefour Auchan Kroger Walgreens CVS " +
    "Starbucks McDonald’s McDonald's KFC Domino’s Domino's Nike Adidas Reebok Decathlon Sephora",
  // Cars, transport and industry
  'Toyota Honda Nissan Mazda Subaru Suzuki Volkswagen BMW Mercedes-Benz Daimler Audi Porsche Renault Peugeot ' +
    'Stellantis Volvo Tesla Ford GM Chrysler Ferrari Boeing Airbus Lockheed Raytheon Caterpillar Honeywell ' +
    'ABB Schneider Maersk DHL FedEx UPS Lufthansa Ryanair easyJet KLM Qantas',
  // Energy, pharma, telecoms and media
  'Shell BP ExxonMobil Exxon Chevron TotalEnergies Equinor Aramco Petrobras Gazprom Rosneft Enel Iberdrola ' +
    'Pfizer Moderna AstraZeneca Novartis Roche Sanofi GSK Merck Bayer AbbVie Medtronic ' +
    'Vodafone Telefónica Verizon AT&T T-Mobile Comcast BT Airtel Jio Safaricom MTN ' +
    'Disney Paramount BBC CNN Reuters Bloomberg Netflix',
].join(' ');

/** Names of two words or more, written whole. */
const MULTI_WORD = [
  'Deutsche Bank',
  'Goldman Sachs',
  'Morgan Stanley',
  'Wells Fargo',
  'Credit Suisse',
  'Standard Chartered',
  'BNP Paribas',
  'Société Générale',
  'Crédit Agricole',
  'ABN AMRO',
  'AB InBev',
  'Procter & Gamble',
  'Johnson & Johnson',
  'Novo Nordisk',
  'Warner Bros',
  'General Motors',
  'General Electric',
  'Bank of America',
  'American Express',
  'Capital One',
  'Tata Consultancy Services',
  'Reliance Industries',
  'Saudi Aramco',
];

/**
 * Left out above: names that are as often something else ("Amazon", the river; "Visa", the travel
 * document; "Oracle", "Snowflake", "Intel", "Canon", "Vanguard").
 * The names that are nothing else: no common word ("Shell", "Apple", "Target"), no given name
 * ("Chanel", "Ford"), no place ("Santander", "Zurich"), no acronym of two or three letters ("BT", "SK").
 * Only these type a span or are reported where they stand; the others are left to the model.
 */
const SINGLE = new Set(
  COMPANIES.split(' ').filter(
    (n) =>
      n.length > 1 &&
      !/^[A-Z&]{1,3}$/.test(n) &&
      !isCommon(n) &&
      !GIVEN.has(n.toLowerCase()) &&
      !AMBIGUOUS_GIVEN.has(n.toLowerCase()) &&
      !PLACES.has(n.toLowerCase()),
  ),
);
const MULTI = new Set(MULTI_WORD);
/** The names of several words by their first word. */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const n of MULTI_WORD) {
  const first = n.split(' ')[0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), n]);
}

/** True when `span` is a well-known company's name as people write it ("Spotify", "Goldman Sachs"). */
export function isKnownCompany(span: string): boolean {
  return SINGLE.has(span) || MULTI.has(span);
}

/**
 * What a company's name labels when it names a kind of thing rather than the company: "GitHub token",
 * "Slack webhook", "Google Cloud signed URL", "Cisco MAC", "OpenAI key", a "Google Doc", a "Slack
 * thread". The credential is what must be hidden; its provider's name only says what it is.
 */
const PRODUCT_AFTER =
  /^[ \t]+(?:(?:new|old|bot|user|app|auth|project|personal|service|signed|access|api|oauth|cloud|pay|workspace)[ \t]+){0,2}(?:api|apis|key|keys|token|tokens|webhook|webhooks|oauth|secret|secrets|credentials?|password|passwords|pat|sdk|cli|cloud|mac|url|urls|login|account|accounts|id|ids|docs?|drive|sheets?|slides|maps|meet|calendar|forms?|threads?|channels?|messages?|dms?|chat|workspace|call|huddle)\b/i;

/** Or a long value right after it: "GitHub ghp_16C7e42F292c6912E7710c838347Ae178B4a". */
const VALUE_AFTER = /^[ \t]*:?[ \t]*[A-Za-z0-9_./+=-]{20,}/;

/** A character that glues a word to a handle, a hashtag, a path or a domain: "@Spotify", "Software\\Microsoft". */
const GLUE_BEFORE = /[@#/\\._-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Each well-known company's name in `text` (its words `toks`), as an organisation. */
export function knownCompanies(text: string, toks: Tokens, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (!(toks.flags(i) & TOK_CAP)) continue;
    const start = toks.start(i);
    if (start > 0 && GLUE_BEFORE.test(text[start - 1]!)) continue;
    const word = text.slice(start, toks.end(i));
    let end = SINGLE.has(word) ? toks.end(i) : -1;
    for (const name of BY_FIRST_WORD.get(word) ?? []) {
      if (text.startsWith(name, start) && !LETTER_OR_DIGIT.test(text[start + name.length] ?? ''))
        end = start + name.length;
    }
    if (end < 0 || (text[end] === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? ''))) continue;
    const after = text.slice(end, end + 40);
    if (PRODUCT_AFTER.test(after) || VALUE_AFTER.test(after)) continue;
    // A name of several words is the company's whatever its first word ("Morgan Stanley", not Morgan).
    const score = text.slice(start, end).includes(' ') ? 0.8 : 0.6;
    out.push({ start, end, type: 'ORG', subtype: 'KNOWN', score, source: 'pattern' });
  }
}
