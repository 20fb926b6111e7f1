import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLACE_RECOGNIZER, POSTCODE_RECOGNIZER } from '../../../electron/services/redaction/location';
import { texts } from './helpers';

const post = (text: string) => texts([POSTCODE_RECOGNIZER], text, 'LOCATION');
const place = (text: string) => texts([PLACE_RECOGNIZER], text, 'LOCATION');

describe('postcodes', () => {
  it('finds labelled postcodes of any country', () => {
    assert.deepEqual(post('ZIP: 94105'), ['94105']);
    assert.deepEqual(post('My zip code is 35350.'), ['35350']);
    assert.deepEqual(post('Postal code: K1A 0B1'), ['K1A 0B1']);
    assert.deepEqual(post('ZIP: 394 13'), ['394 13']);
    assert.deepEqual(post('postcode 7412 SL'), ['7412 SL']);
  });

  it('takes a state code that is also a word only after a city, never after an ID label', () => {
    assert.deepEqual(post('Boise, ID 83702 and Portland OR 97201'), ['ID 83702', 'OR 97201']);
    assert.deepEqual(post('(Employee ID 58821, Customer ID 48392) and IN 46204 alone'), []);
  });

  it('validates UK postcode shapes', () => {
    assert.deepEqual(post('Office: EC1V 9BD'), ['EC1V 9BD']);
    // With the post town before it on its line, in any case, with or without a comma.
    assert.deepEqual(post('Send it to London SW1A 1AA today'), ['London SW1A 1AA']);
    assert.deepEqual(post('Manchester M1 1AE'), ['Manchester M1 1AE']);
    assert.deepEqual(post("Unit 5, Pontypridd CF37 5TQ; PONTYPRIDD CF37 5TQ; Bishop's Stortford, CM23 3DF"), [
      'Pontypridd CF37 5TQ',
      'PONTYPRIDD CF37 5TQ',
      "Bishop's Stortford, CM23 3DF",
    ]);
    // Not the postcode's own name, nor a word on the line before.
    assert.deepEqual(post('Postcode CF37 5TQ, town:\nCF37 5TQ'), ['CF37 5TQ', 'CF37 5TQ']);
    // Q is never a first letter, V is never used in the inward code's letters, C cannot follow a digit there.
    assert.deepEqual(post('QA1 1AA and SW1 1VV and AB1 2CD'), []);
  });

  it('finds Canadian postcodes and US ZIPs after a state code', () => {
    assert.deepEqual(post('Ottawa ON K1A 0B1'), ['K1A 0B1']);
    assert.deepEqual(post('Springfield, IL 62701-1234'), ['IL 62701-1234']);
    // Not a US state code.
    assert.deepEqual(post('Order XY 12345 shipped'), []);
  });

  it('takes a postcode shape written without its space after a code label for the code', () => {
    assert.deepEqual(post('Order #A1B2C3 shipped; ref: SW1A1AA; voucher code M5V3L9'), []);
    assert.deepEqual(post('Toronto ON M5V3L9; London SW1A1AA'), ['M5V3L9', 'SW1A1AA']);
    // Written with its space, it is a postcode whatever comes before.
    assert.deepEqual(post('Order #A1B 2C3'), ['A1B 2C3']);
  });

  it('finds European codes followed by a city', () => {
    assert.deepEqual(post('10115 Berlin'), ['10115 Berlin']);
    assert.deepEqual(post('Adres: 1016 GV Amsterdam'), ['1016 GV Amsterdam']);
    assert.deepEqual(post('ul. Słowicza 10, 53-320 Wrocław'), ['53-320 Wrocław']);
    assert.deepEqual(post('Rua X 5, 1200-195 Lisboa'), ['1200-195 Lisboa']);
    // With a country's letters before it.
    assert.deepEqual(post('Lieferung an D-40210 Düsseldorf'), ['D-40210 Düsseldorf']);
  });

  it('takes a street named by a preposition, with its house number, before a postcode and town', () => {
    assert.deepEqual(post('wohnhaft Am Mühlbach 3a, 79100 Freiburg.'), ['Am Mühlbach 3a, 79100 Freiburg']);
    assert.deepEqual(post('ich wohne An der Alster 12, 20099 Hamburg'), ['An der Alster 12, 20099 Hamburg']);
    // Other words before a number are the address rule's, or no street.
    assert.deepEqual(post('Adresse Lindenstraße 14, 80331 München'), ['80331 München']);
    assert.deepEqual(post('Seite 3, 10115 Berlin'), ['10115 Berlin']);
    assert.deepEqual(post('An der 5, 10115 Berlin'), ['10115 Berlin']);
  });

  it("takes a record's number and the name after it for no postcode and town", () => {
    assert.deepEqual(post('Payroll update: employee #E-40921 Tomasz Nowak, sort code 20-00-00'), []);
    assert.deepEqual(post('employee 40921 Tomasz Nowak joined; Customer 40210 Anna Berg'), []);
  });

  it('finds six-digit codes after the country, Indian state or large Indian city they belong to, ending the address', () => {
    assert.deepEqual(post('Haryana 122015'), ['Haryana 122015']);
    assert.deepEqual(post('Tamil Nadu - 600042'), ['Tamil Nadu - 600042']);
    assert.deepEqual(post('India 123456 units; order 560123 from Singapore'), []);
    assert.deepEqual(post('Mumbai 400050 units were sold'), []);
  });

  it('takes the parts of the address before such a code, one per comma', () => {
    assert.deepEqual(post('Plot 45, Sector 18, Gurugram, Haryana 122015'), [
      'Plot 45, Sector 18, Gurugram, Haryana 122015',
    ]);
    assert.deepEqual(post('#05-67, Singapore 560123.'), ['#05-67, Singapore 560123']);
    // Not a name after a title, nor what comes before "R/o" (resident of).
    assert.deepEqual(post('S/o Late Shri K. Subramaniam, R/o 14/2, 3rd Cross, Malleshwaram, Bengaluru 560003.'), [
      '14/2, 3rd Cross, Malleshwaram, Bengaluru 560003',
    ]);
    assert.deepEqual(post('Chennai, Tamil Nadu - 600042'), ['Chennai, Tamil Nadu - 600042']);
    assert.deepEqual(post('Road No. 12, Banjara Hills, Hyderabad - 500034.'), [
      'Road No. 12, Banjara Hills, Hyderabad - 500034',
    ]);
    // A part that ends a phrase is the first; an ordinary word opening it is left out.
    assert.deepEqual(post('I live at House No. 221, Sector 15A, Noida, Uttar Pradesh 201301'), [
      'House No. 221, Sector 15A, Noida, Uttar Pradesh 201301',
    ]);
    assert.deepEqual(post('Contact Ravi Kumar, Noida, Uttar Pradesh 201301'), [
      'Ravi Kumar, Noida, Uttar Pradesh 201301',
    ]);
    // Ordinary words alone, a line break, or no comma end the parts.
    assert.deepEqual(post('Please Note, Mumbai 400069'), ['Mumbai 400069']);
    assert.deepEqual(post('Flat 302\nMumbai 400069'), ['Mumbai 400069']);
    assert.deepEqual(post('we moved to Mumbai 400069'), ['Mumbai 400069']);
    // Another address's code ends them: a list of addresses stays a list.
    // So do a value's label and a person's title: the person and the numbers before are not the address.
    assert.deepEqual(post('Mr. Rajesh Kumar Sharma, Aadhaar 2345 6789 0124, PAN ABCPS1234D, 22 MG Road, Pune 411001'), [
      '22 MG Road, Pune 411001',
    ]);
    assert.deepEqual(post('Flat 1, Noida, Uttar Pradesh 201301, Flat 2, Thane, Maharashtra 400601'), [
      'Flat 1, Noida, Uttar Pradesh 201301',
      'Flat 2, Thane, Maharashtra 400601',
    ]);
  });

  it("does not take a postcode's own name for its town", () => {
    assert.deepEqual(post('Caro João, seu CEP 01310-100 foi atualizado; PLZ 10115.'), ['01310-100', '10115']);
  });

  it('finds the code after a town named after "in", alone', () => {
    assert.deepEqual(post('Looking to support Factset in Bjert 6091 in its mission'), ['6091']);
    assert.deepEqual(post('an office in ÖVERTURINGEN 840 24, Sweden'), ['840 24']);
    // Not a year, a count, a numbered thing or a standard.
    assert.deepEqual(post('in Excel 2016. in Oslo 2500 people. in Room 1234. as specified in RFC 2822.'), []);
  });

  it('does not flag bare numbers, years or amounts', () => {
    assert.deepEqual(post('Invoice 12345 is due; we sold 54321 units.'), []);
    assert.deepEqual(post('In 2019 Paris hosted the event.'), []);
    assert.deepEqual(post('It costs $12345 Total'), []);
    assert.deepEqual(post('Call 12345 Please'), []);
    // An amount and its currency's code.
    assert.deepEqual(post('fare 15000 XOF, deposit 45000 EUR'), []);
    // A document's number written like a Portuguese postcode; after a city it is one.
    assert.deepEqual(post("mail(to, 'Invoice 2024-113'); Order 2024-114 shipped"), []);
    assert.deepEqual(post('Lisboa 1000-001'), ['Lisboa 1000-001']);
  });
});

describe('place names', () => {
  it('finds countries, states and major cities', () => {
    assert.deepEqual(place('I will be travelling to Canada next week'), ['Canada']);
    assert.deepEqual(place('She grew up in New South Wales and moved to São Paulo.'), ['New South Wales', 'São Paulo']);
    assert.deepEqual(place('Our office in Tokyo opened in May.'), ['Tokyo']);
    // A city that is also a given name, with its US state's code after it; not without one.
    assert.deepEqual(place('John Smith, 42, Dallas TX, john@smithco.com; Mary Jones, 37, Austin, TX.'), [
      'Dallas TX',
      'Austin, TX',
    ]);
    assert.deepEqual(place('Austin Powers met Dallas yesterday.'), []);
    // Not a value's label that is also a state's code: "ID" before a Hong Kong identity card's number.
    assert.deepEqual(place('Hong Kong ID A123456(3)'), ['Hong Kong']);
    // With a Turkish case ending after its apostrophe.
    assert.deepEqual(place("Ahmet Yıldız'ın İzmir'deki adresi; Ankara'da yaşıyorum"), ["İzmir'deki", "Ankara'da"]);
    // Not when the word with its apostrophe is the place's name.
    assert.deepEqual(place('He moved to Val-d’Or last year.'), ['Val-d’Or']);
    // Capitals and large cities of Asia, Africa and the Americas that faker's lists miss.
    assert.deepEqual(place('Emeka is moving from Enugu to Astana, then to Port Harcourt and Guayaquil.'), [
      'Enugu',
      'Astana',
      'Port Harcourt',
      'Guayaquil',
    ]);
    // Regional capitals and university towns.
    assert.deepEqual(place('She turns 80 on Saturday in Salzburg; the twins study in Leuven and Heidelberg.'), [
      'Salzburg',
      'Leuven',
      'Heidelberg',
    ]);
  });

  it('finds a well-known place written in lower case after a place preposition in a text with capitals', () => {
    assert.deepEqual(place('We are moving to berlin next week, then from new york to paris. Priya lives in london.'), [
      'berlin',
      'new york',
      'paris',
      'london',
    ]);
    // A place that is also a word or needs context, one not after a preposition, or a capitalised
    // name the other rules read.
    assert.deepEqual(place('Priya ran to reading, sat in nice weather, bought china in turkey; berlin walls'), []);
    // As a hashtag too, also tokenized; not one that is a word.
    assert.deepEqual(place('Loving it #london, Sushi # uganda business, #turkey #nice'), ['london', 'uganda']);
  });

  it('finds unknown places after a place cue', () => {
    assert.deepEqual(place('Mr. Pálffy is a 19 year old man who grew up in Remniku.'), ['Remniku']);
    assert.deepEqual(place('Mr. Leiva flew to LEPPEN on Tuesday morning.'), ['LEPPEN']);
    assert.deepEqual(place('The defendant resides in Ouro Preto.'), ['Ouro Preto']);
    assert.deepEqual(place('When: 2000-04-16\nWhere: UPTON SCUDAMORE Country Club.'), ['UPTON SCUDAMORE']);
    // The label of a postcode after the cue is no place.
    assert.deepEqual(place('She lives in ZIP 90210; he lives in Postcode SW1A 1AA'), []);
    // Nor a link's scheme, as text without capitals reads it.
    assert.deepEqual(place('visit https://acme.io/docs/intro now'), []);
  });

  it('needs context for place names that are ordinary words or names', () => {
    assert.deepEqual(place('Nice work! Reading the Mobile docs now.'), []);
    assert.deepEqual(place('We moved to Nice last year.'), ['Nice']);
    assert.deepEqual(place('Paris Hilton and Victoria Beckham were there.'), []);
    // A possessive ends the place's name, without its "'s": no person's name goes on after it.
    assert.deepEqual(place("Japan's Toyota Motor Corp said so; London's mayor spoke."), ['Japan', 'London']);
    assert.deepEqual(place('Call Mr. Washington today.'), []);
  });

  it('takes a city that is also a name after a bare "in", not in its possessive nor when it is a word', () => {
    assert.deepEqual(place('We met in Denver. The conference is in Austin this year.'), ['Denver', 'Austin']);
    assert.deepEqual(place("Let's meet in Austin's office."), []);
    assert.deepEqual(place('I saw it in Reading last week; open it in Split view.'), []);
    assert.deepEqual(place('She believes in Jordan Peterson.'), []);
  });

  it('takes the word after Polish "w" (in) for a place, in the case no list holds', () => {
    assert.deepEqual(place('Mieszkam w Gdańsku, pracuję w Krakowie.'), ['Gdańsku', 'Krakowie']);
    // The two halves of the list's "Svalbard & Jan Mayen Islands", named alone.
    assert.deepEqual(place('Svalbard und Jan Mayen'), ['Svalbard', 'Jan Mayen']);
    // Russian's "in" and "from" before a place in its case form.
    assert.deepEqual(place('Живу в Москве, родом из Казани.'), ['Москве', 'Казани']);
    // Not West's "W", nor the words of a title in title case.
    assert.deepEqual(place('W Broadway Avenue, W Franklin Street; "Dom w Deszczu Maleńkich Kwiatów"'), []);
  });

  it('takes a city that is also a name in a list of places or a journey', () => {
    assert.deepEqual(place('Flights from Denver to Austin are cheap.'), ['Denver', 'Austin']);
    assert.deepEqual(place('We have offices in London, Austin and Phoenix.'), ['London', 'Austin', 'Phoenix']);
    assert.deepEqual(place('Offices in Berlin and Jackson.'), ['Berlin', 'Jackson']);
    // A name addressed or acting after a place is no place.
    assert.deepEqual(place('Thanks for visiting Paris, Austin!'), ['Paris']);
    assert.deepEqual(place('I moved to Boston, Jackson said.'), ['Boston']);
    assert.deepEqual(place('I flew to Boston and Austin said hi.'), ['Boston']);
  });

  it('ignores months and ordinary capitalised words', () => {
    assert.deepEqual(place('May I visit Monday? June was hot. The Report is ready.'), []);
  });

  it('finds regions named by their kind: "the county of X", "X Province", "X County"', () => {
    assert.deepEqual(place('The county of Bedfordshire and the prefecture of Gunma'), ['Bedfordshire', 'Gunma']);
    assert.deepEqual(place('Our plant in Hubei Province is closed.'), ['Hubei Province']);
    assert.deepEqual(place('She moved to Los Angeles County last year.'), ['Los Angeles County']);
    // The region word alone, or a name that goes on past it, is not a region.
    assert.deepEqual(place('The County Council met. Orange County Transit Authority.'), []);
  });
});
