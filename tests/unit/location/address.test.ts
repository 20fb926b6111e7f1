import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS_RECOGNIZER, LOCATION_RECOGNIZERS } from '../../../electron/services/redaction/location';
import { spans, texts } from './helpers';

const loc = (text: string) => texts(LOCATION_RECOGNIZERS, text, 'LOCATION');

describe('street addresses', () => {
  it('finds a single-line US address with unit, city, state and ZIP', () => {
    assert.deepEqual(loc('Ship it to 1600 Pennsylvania Avenue NW, Apt 4, Washington, DC 20500 please.'), [
      '1600 Pennsylvania Avenue NW, Apt 4, Washington, DC 20500',
    ]);
  });

  it('finds an address written as numbered parts, with the area and city after them', () => {
    assert.deepEqual(loc('Reach me at Villa 23, Street 14, Al Barsha 2, Dubai.'), [
      'Villa 23, Street 14, Al Barsha 2, Dubai',
    ]);
    assert.deepEqual(loc('Flat 5, Building 12, Al Nahda, Sharjah'), ['Flat 5, Building 12, Al Nahda, Sharjah']);
    // A lettered block or tower is a numbered part too.
    assert.deepEqual(loc('Resident: Flat 9, Block C, Ridge Towers, Accra; card on file'), [
      'Flat 9, Block C, Ridge Towers, Accra',
    ]);
    assert.deepEqual(loc('see Building A, then Block B, Unit 4 of the course'), []);
    // One numbered part is a phrase; parts of a course or a site are no home.
    assert.deepEqual(loc('see Building 5, then lunch'), []);
    assert.deepEqual(loc('Block 3, Unit 4 of the course'), []);
  });

  it("takes a street without its type's word before a postcode and town of any European shape", () => {
    assert.deepEqual(loc('bytem Husova 12, 602 00 Brno.'), ['Husova 12, 602 00 Brno']);
    assert.deepEqual(loc('Marszałkowska 84, 00-514 Warszawa; Damrak 1, 1012 LG Amsterdam'), [
      'Marszałkowska 84, 00-514 Warszawa',
      'Damrak 1, 1012 LG Amsterdam',
    ]);
    assert.deepEqual(loc('Chapter 12, 2001 Edition'), []);
  });

  it('finds a unit on an industrial estate or business park, which has no street number', () => {
    assert.deepEqual(loc('Deliver to: Unit 5, Riverside Industrial Estate, Pontypridd CF37 5TQ, attn. G. Morgan'), [
      'Unit 5, Riverside Industrial Estate',
      'Pontypridd CF37 5TQ',
    ]);
    assert.deepEqual(loc('Suite 210, Kingsway Business Park; Units 3-4 Fenton Trading Estate'), [
      'Suite 210, Kingsway Business Park',
      'Units 3-4 Fenton Trading Estate',
    ]);
    // Without a unit, or a unit of something else: no address.
    assert.deepEqual(loc('the Fenton Trading Estate project; unit 5 of the Business Park course'), []);
  });

  it('finds abbreviated street types and keeps their period', () => {
    assert.deepEqual(loc('The title refers to 1668 Glyn St. It was great.'), ['1668 Glyn St.']);
    assert.deepEqual(loc('We met at 42 Elm Rd yesterday'), ['42 Elm Rd']);
  });

  it('takes the following lines that are all address (multi-line)', () => {
    const text = 'The address of Persint is 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677';
    assert.deepEqual(loc(text), ['6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677']);
  });

  it('stops at a line that is not address (phone label, prose)', () => {
    const text = 'Julcsa\n50668 Kiannonkatu 98 Apt. 105, ISHAM, United Kingdom\nMobile: 03.93.92.16.85';
    assert.deepEqual(loc(text), ['50668 Kiannonkatu 98 Apt. 105, ISHAM, United Kingdom']);
    assert.deepEqual(loc('Send it to 14 Crown Street\nThanks a lot!'), ['14 Crown Street']);
    // An iCalendar's next key, whose value follows its ';' at once; a country on its own line is address.
    assert.deepEqual(loc('LOCATION:Kungsgatan 44, Stockholm\nORGANIZER;CN=Helena Strand:mailto:h@x.se'), [
      'Kungsgatan 44, Stockholm',
    ]);
    assert.deepEqual(loc('Kungsgatan 44, Stockholm\nSweden'), ['Kungsgatan 44, Stockholm\nSweden']);
  });

  it('does not swallow a person name on the next line', () => {
    assert.deepEqual(loc('Office: 12 High Street\nAnna Berg\nCEO'), ['12 High Street']);
  });

  it('takes no lower-case word of the sentence before a street into its name', () => {
    // "aus", "ich", "bin" are no English words, but no part of a street's name either.
    assert.deepEqual(loc('Hallo, ich bin Jonas Weber aus der Hauptstraße 23 in 80331 München.'), [
      'Hauptstraße 23',
      '80331 München',
    ]);
    assert.deepEqual(loc('ich bin aus der Hauptstraße 23'), ['Hauptstraße 23']);
    // Nor "and" of another language between a number before it and the house number.
    assert.deepEqual(loc("sociale est 2 84 05 75 115 042 78 et j'habite 27 boulevard Haussmann, 75009 Paris."), [
      '27 boulevard Haussmann, 75009 Paris',
    ]);
    // Particles and lower-case street types stay: "Rua do Arenque", "ul. Długiej", "rue de la Paix".
    assert.deepEqual(loc('mieszkam przy ul. Długiej 5'), ['ul. Długiej 5']);
    assert.deepEqual(loc('Tomomi lives at Rua do Arenque 1634'), ['Rua do Arenque 1634']);
  });

  it('finds European order: name + number, postcode + city', () => {
    assert.deepEqual(loc('Ich wohne in der Hauptstraße 5, 10115 Berlin.'), ['Hauptstraße 5, 10115 Berlin']);
    assert.deepEqual(loc('The bus station is on Villacher Strasse 89'), ['Villacher Strasse 89']);
    assert.deepEqual(loc('Tomomi lives at 86036 Rua do Arenque 1634, Goiânia'), ['86036 Rua do Arenque 1634, Goiânia']);
    assert.deepEqual(loc('Bureau: 12 rue de la Paix, 75002 Paris'), ['12 rue de la Paix, 75002 Paris']);
    assert.deepEqual(loc('Adres: Prinsengracht 263, 1016 GV Amsterdam'), ['Prinsengracht 263, 1016 GV Amsterdam']);
    assert.deepEqual(loc('Forward it to 14 avenue des Champs-Élysées, 75008 Paris, France.'), [
      '14 avenue des Champs-Élysées, 75008 Paris, France',
    ]);
    assert.deepEqual(loc('Ul. Marszałkowska 84/92, 00-514 Warszawa'), ['Ul. Marszałkowska 84/92, 00-514 Warszawa']);
    // English names a few streets "… of the …".
    assert.deepEqual(loc('Send it to 1200 Avenue of the Americas, New York.'), [
      '1200 Avenue of the Americas, New York',
    ]);
    assert.deepEqual(loc('I have 3 Avenue of the year awards'), []);
    assert.deepEqual(loc('Apartment 5B, 350 Fifth Avenue, New York, NY 10118'), [
      'Apartment 5B, 350 Fifth Avenue, New York, NY 10118',
    ]);
  });

  it('finds a street type written in lower case before its name, not "via" in English', () => {
    // Italian and Spanish write the type in lower case: after a particle, or after an address word.
    assert.deepEqual(loc('Il suo indirizzo è via del Corso 12, 00186 Roma.'), ['via del Corso 12, 00186 Roma']);
    assert.deepEqual(loc('Il mio indirizzo: via Roma 5, Milano.'), ['via Roma 5, Milano']);
    // "è" (is) is not part of the street written with its capital either.
    assert.deepEqual(loc('Il suo indirizzo è Via del Corso 12, 00186 Roma.'), ['Via del Corso 12, 00186 Roma']);
    assert.deepEqual(loc('Mi dirección es Calle Mayor 5, 28013 Madrid.'), ['Calle Mayor 5, 28013 Madrid']);
    const street = (text: string) => texts([ADDRESS_RECOGNIZER], text, 'LOCATION');
    assert.deepEqual(street('We travelled via de Gaulle 2 days ago.'), []);
    assert.deepEqual(street('Ship via UPS 3, then wait.'), []);
    assert.deepEqual(street('It came via Boston 2 weeks later.'), []);
    // Nor the last group of an amount, nor an acronym after "via".
    assert.deepEqual(street('The tenant paid AED 85,000 via IBAN AE070331234567890123456 last week.'), []);
    assert.deepEqual(street('bought $AAPL, paid $40 via Cash App'), []);
    assert.deepEqual(street('sent 40 via Venmo, paid on 11/01 via Zelle'), []);
    // A capitalised "Via" after its number is a street's: "1234 Via Rodeo, Palos Verdes".
    assert.deepEqual(street('Ship to 1234 Via Rodeo, Palos Verdes'), ['1234 Via Rodeo, Palos Verdes']);
    // Nor a flight's number between its airline's code and its airports.
    assert.deepEqual(street('passenger GARCIA/MARIA ELENA MRS, LH 401 FRA-JFK 12DEC, seat 34K'), []);
    assert.deepEqual(street('We sent 3 via UPS Ground yesterday.'), []);
  });

  it('ends an address before the label of the next value, even one spelt like a region code', () => {
    const street = (text: string) => texts([ADDRESS_RECOGNIZER], text, 'LOCATION');
    assert.deepEqual(street('Forward the lease to 14 Long Street, Cape Town 8001, ID number 8001015009087.'), [
      '14 Long Street, Cape Town 8001',
    ]);
    assert.deepEqual(street('Send to 12 High St, Leeds, ID: 8001015009087'), ['12 High St, Leeds']);
    // A key's run of letters and digits holds no house number, even where nothing is capitalised.
    assert.deepEqual(street('here is the api key 8f14e45fceea167a5a36dedd4bea2543'), []);
    // Idaho stays a region.
    assert.deepEqual(street('Ship to 123 Main St, Boise, ID 83706.'), ['123 Main St, Boise, ID 83706']);
    // Ireland's county after "Co.".
    assert.deepEqual(street("I, Patrick O'Sullivan, of 12 Harbour View, Cobh, Co. Cork, saw the blue Volvo"), [
      '12 Harbour View, Cobh, Co. Cork',
    ]);
    // An Indonesian identity number's label.
    assert.deepEqual(street('tinggal di Jl. Merdeka No. 10, Bandung, NIK 3273010101900001'), [
      'Jl. Merdeka No. 10, Bandung',
    ]);
    // A firm's registration number's label (Singapore's UEN, Colombia's NIT).
    assert.deepEqual(street('88 Robinson Road #12-01, Singapore 068898, UEN 201912345K'), [
      '88 Robinson Road #12-01, Singapore 068898',
    ]);
  });

  it('takes a range of house numbers, and an Indonesian lot ("Kav.")', () => {
    assert.deepEqual(loc('Calle Mayor 52-54, 28013 Madrid'), ['Calle Mayor 52-54, 28013 Madrid']);
    assert.deepEqual(loc('Invoice to PT Maju Bersama, Jl. Sudirman Kav. 52-53, Jakarta Selatan 12190.'), [
      'Jl. Sudirman Kav. 52-53, Jakarta Selatan 12190',
    ]);
  });

  it('ends an address before a time of day', () => {
    assert.deepEqual(loc('Table for 4 at 22706 Pacific Coast Hwy, Malibu, CA 90265, 8 pm.'), [
      '22706 Pacific Coast Hwy, Malibu, CA 90265',
    ]);
    assert.deepEqual(loc('Meet at 10 Downing St, London, 7:30 pm sharp'), ['10 Downing St, London']);
    // Or before a day and its time; a town named like a day stays ("Sun City").
    assert.deepEqual(loc('party at 112 Mulberry St, Sat 7pm; 14 Desert Rd, Sun City, AZ 85351'), [
      '112 Mulberry St',
      '14 Desert Rd, Sun City, AZ 85351',
    ]);
  });

  it("takes a unit's number after '#' into the address", () => {
    assert.deepEqual(loc('Office: 1 Raffles Place, #20-61, Singapore 048616'), [
      '1 Raffles Place, #20-61, Singapore 048616',
    ]);
    assert.deepEqual(loc('Apt at 12 Main St #4, Boston MA 02110'), ['12 Main St #4, Boston MA 02110']);
  });

  it('takes no version after a product name, nor a copyright year before a name, for a street', () => {
    const street = (text: string) => texts([ADDRESS_RECOGNIZER], text, 'LOCATION');
    assert.deepEqual(street('released with the blog post [Introducing Gemma 3: The most capable model'), []);
    assert.deepEqual(street('the blog post of the ERNIE 4.5 Model Family'), []);
    assert.deepEqual(street('License (MIT)\nCopyright (c) 2013 Gary Court, Jens Taylor'), []);
    assert.deepEqual(street('Please post it to Hauptstraße 5. Thanks'), ['Hauptstraße 5']);
  });

  it('finds a German street name abbreviated with "str." and its dot', () => {
    assert.deepEqual(loc('Invoice to: Müller GmbH, Industriestr. 12, 70565 Stuttgart.'), [
      'Industriestr. 12, 70565 Stuttgart',
    ]);
    assert.deepEqual(loc('Send it to Hauptstr. 5, 10115 Berlin'), ['Hauptstr. 5, 10115 Berlin']);
    assert.deepEqual(loc('See Fig. 5 and Nr. 12'), []);
  });

  it('finds addresses in many national formats', () => {
    const cases: [string, string][] = [
      ['Ship to 123 Main St Springfield IL 62704 asap', '123 Main St Springfield IL 62704'],
      ['He lived at 4 Privet Drive, Little Whinging, Surrey.', '4 Privet Drive, Little Whinging, Surrey'],
      ['Flat 2, 10 Downing Street, London SW1A 2AA', 'Flat 2, 10 Downing Street, London SW1A 2AA'],
      // Welsh street types before the name.
      ['driven by Mr. Rhys Bowen of 12 Heol y Bont, Aberystwyth SY23 1PA.', '12 Heol y Bont, Aberystwyth SY23 1PA'],
      ['Meet at 350 5th Ave, New York, NY 10118.', '350 5th Ave, New York, NY 10118'],
      ['Endereço: Rua Augusta 1200, São Paulo - SP, 01304-001', 'Rua Augusta 1200, São Paulo - SP, 01304-001'],
      ['Adresse: Karl Johans gate 22, 0159 Oslo', 'Karl Johans gate 22, 0159 Oslo'],
      ['Osoite: Mannerheimintie 12 B 5, 00100 Helsinki', 'Mannerheimintie 12 B 5, 00100 Helsinki'],
      ['Dirección: C/ Mayor 10, 3º B, 28013 Madrid', 'C/ Mayor 10, 3º B, 28013 Madrid'],
      ['Adres: ul. Długa 5 m. 3, 80-827 Gdańsk', 'ul. Długa 5 m. 3, 80-827 Gdańsk'],
      ['Lieferadresse: Musterweg 12a, 80331 München', 'Musterweg 12a, 80331 München'],
      [
        'Office at Suite 400, 1 Yonge Street, Toronto, ON M5E 1E5, Canada',
        'Suite 400, 1 Yonge Street, Toronto, ON M5E 1E5, Canada',
      ],
      // Malaysia and Indonesia: the house number first, then the street with its type first.
      ['alamat: No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur.', 'No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur'],
      ['No. 5, Jalan SS2/24, 47300 Petaling Jaya', 'No. 5, Jalan SS2/24, 47300 Petaling Jaya'],
      ['tinggal di No. 7, Jl. Merdeka, Bandung', 'No. 7, Jl. Merdeka, Bandung'],
      // A French house number with "bis" or "ter" after it.
      ['demeurant 12 bis rue de la Paix, 75002 Paris.', '12 bis rue de la Paix, 75002 Paris'],
      ['3 ter avenue Foch, Lyon', '3 ter avenue Foch, Lyon'],
      // A street whose type is its whole name, with the unit before it.
      ['Apt 4B, 2250 Broadway, New York, NY 10024', 'Apt 4B, 2250 Broadway, New York, NY 10024'],
    ];
    for (const [text, expected] of cases) assert.deepEqual(loc(text), [expected], text);
  });

  it('takes the value of an address field whatever its shape', () => {
    assert.deepEqual(loc('Email address: bob@example.com\nHome address: Flat 3, Rosebank House, Cape Town\n\nThanks'), [
      'Flat 3, Rosebank House, Cape Town',
    ]);
    assert.deepEqual(loc('Anschrift:\n  Am Markt 1\n  Musterstadt\nTelefon: 123'), ['Am Markt 1\n  Musterstadt']);
  });

  it('finds PO boxes and military addresses', () => {
    assert.deepEqual(loc('Mail it to P.O. Box 149, Juneau, AK 99801.'), ['P.O. Box 149, Juneau, AK 99801']);
    assert.deepEqual(loc('Meet me at PSC 1437, Box 3833\nAPO AA 66791'), ['PSC 1437, Box 3833\nAPO AA 66791']);
    assert.deepEqual(loc('sent to uscgc aslakhanov\nfpo ae 44941?'), ['uscgc aslakhanov\nfpo ae 44941']);
  });

  it('finds a street without its number where someone lives, and a Japanese address after its postal mark', () => {
    assert.deepEqual(loc('he lives on Baker Street near the park. She moved to Rosewood Lane in 2019.'), [
      'Baker Street',
      'Rosewood Lane',
    ]);
    assert.deepEqual(loc('the shop on Elm Road is closed'), []);
    assert.deepEqual(loc('住所：〒530-0001 大阪府大阪市北区梅田1-1 まで'), ['〒530-0001 大阪府大阪市北区梅田1-1']);
    // The code alone when what follows names no prefecture, city or ward.
    assert.deepEqual(loc('〒150-0002 です'), ['〒150-0002']);
  });

  it('finds Japanese and Chinese addresses written without the postal mark', () => {
    assert.deepEqual(loc('田中さんの住所は東京都新宿区西新宿2-8-1です。'), ['東京都新宿区西新宿2-8-1']);
    assert.deepEqual(loc('大阪府大阪市北区梅田3丁目1番1号にあります'), ['大阪府大阪市北区梅田3丁目1番1号']);
    assert.deepEqual(loc('我住在北京市朝阳区建国路88号，谢谢'), ['北京市朝阳区建国路88号']);
    // After "address is" (traditional script), with a space before and after the house number.
    assert.deepEqual(loc('您的地址是台北市信義區松仁路 100 號。'), ['台北市信義區松仁路 100 號']);
    assert.deepEqual(loc('公司地址：广东省深圳市南山区科技园路1号'), ['广东省深圳市南山区科技园路1号']);
    // A prefecture or a city alone is no address.
    assert.deepEqual(loc('京都の町並み。北京市很大。'), []);
  });

  it('does not take the verb of living, a pronoun or the next label into an address', () => {
    assert.deepEqual(loc('Hola, vivo en Calle Mayor 5, 28013 Madrid.'), ['Calle Mayor 5, 28013 Madrid']);
    assert.deepEqual(loc('Jag bor på Storgatan 12 i Uppsala.'), ['Storgatan 12', 'Uppsala']);
    assert.deepEqual(loc('Ik woon op Kerkstraat 5 in Utrecht.'), ['Kerkstraat 5', 'Utrecht']);
    // A street type written first starts the street after lower-case words ("I live on ul. …").
    assert.deepEqual(loc('mieszkam przy ul. Długiej 5 od lat; biuro przy ulicy Piotrkowskiej 104'), [
      'ul. Długiej 5',
      'ulicy Piotrkowskiej 104',
    ]);
    // Nor a phone label after the city, in other languages.
    assert.deepEqual(loc("j'habite au 8 rue des Lilas, 69003 Lyon, tél. 06 12 34 56 78."), [
      '8 rue des Lilas, 69003 Lyon',
    ]);
    assert.deepEqual(loc('zam. ul. Marszałkowska 10/12, 00-590 Warszawa, PESEL 44051401359.'), [
      'ul. Marszałkowska 10/12, 00-590 Warszawa',
    ]);
  });

  it('ends an address before a preposition and a date, and knows a version is no house number', () => {
    assert.deepEqual(loc('appointment at 1198 Oberbrunner Junction, Port Dedric on 2024-02-29 at 10:30 AM'), [
      '1198 Oberbrunner Junction, Port Dedric',
    ]);
    assert.deepEqual(loc('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)'), []);
  });

  it('reads a house number after a comma when the street type comes first', () => {
    // As Brazil, Spain and Italy write it.
    assert.deepEqual(loc('moro na Rua das Flores, 250, Curitiba - PR, CEP 80010-120.'), [
      'Rua das Flores, 250, Curitiba - PR, CEP 80010-120',
    ]);
    assert.deepEqual(loc('Calle Mayor, 15, 28013 Madrid'), ['Calle Mayor, 15, 28013 Madrid']);
    assert.deepEqual(loc('Av. Paulista, 1578 - Bela Vista, São Paulo'), ['Av. Paulista, 1578 - Bela Vista, São Paulo']);
    // The number must end the street: "Via Roma, 10 people came" counts people.
    assert.deepEqual(loc('We met on Via Roma, 10 people came'), ['Roma']);
    assert.deepEqual(loc('Plaza Mayor, 3 cafés and a church'), []);
  });

  it('takes the rest of the sentence after "my address is" when it holds a number', () => {
    assert.deepEqual(loc('my address is Flat 302, Shanti Apartments, MG Road, Bengaluru, Karnataka 560001'), [
      'Flat 302, Shanti Apartments, MG Road, Bengaluru, Karnataka 560001',
    ]);
    // Up to the next clause or sentence; nothing without a number.
    assert.deepEqual(loc('My new address is 12 Main St, Springfield and my phone is 555-0100.'), [
      '12 Main St, Springfield',
    ]);
    assert.deepEqual(loc('my address is the same as before'), []);
    // Nor past a closing quote or a chat's goodbye.
    assert.deepEqual(loc('reply to tom: "sure, my address is 14 baker st, london nw1 6xe, see u sat"'), [
      '14 baker st, london nw1 6xe',
    ]);
  });

  it("takes a Mexican address's colonia ('Col.') into it, not a colonel", () => {
    assert.deepEqual(loc('Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX'), [
      'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX',
    ]);
  });

  it('finds Colombian addresses: the street by its number, then "#" or "No." and the crossing', () => {
    assert.deepEqual(loc('Envíelo a Calle 93 # 11-26, Bogotá, por favor'), ['Calle 93 # 11-26, Bogotá']);
    assert.deepEqual(loc('Oficina: Cra. 7 No. 71-21, Bogotá'), ['Cra. 7 No. 71-21, Bogotá']);
    assert.deepEqual(loc('Av. 68 #22A-15 Sur'), ['Av. 68 #22A-15 Sur']);
    assert.deepEqual(loc('Diagonal 40A Bis # 8-14'), ['Diagonal 40A Bis # 8-14']);
    // A number after "#" is one, in a unit too (it was read as a hashtag, ending the address early).
    assert.deepEqual(loc('123 Main St, Suite #210, Springfield, IL 62701'), [
      '123 Main St, Suite #210, Springfield, IL 62701',
    ]);
    assert.deepEqual(loc('Apt # 5, 20 George St, Sydney'), ['Apt # 5, 20 George St, Sydney']);
    // Not without the crossing's number and its distance from the corner.
    assert.deepEqual(loc('Calle 93 is closed today, try # 11 instead'), []);
  });

  it('finds Turkish addresses: the street and its type, then "No:" and the number', () => {
    assert.deepEqual(loc('Adresim: Atatürk Caddesi No:25 Daire 4, Kadıköy, İstanbul'), [
      'Atatürk Caddesi No:25 Daire 4, Kadıköy, İstanbul',
    ]);
    assert.deepEqual(loc('I live at Atatürk Cad. No: 25, Çankaya, Ankara.'), ['Atatürk Cad. No: 25, Çankaya, Ankara']);
    assert.deepEqual(loc('Teslimat: Moda Mah. Şair Nefi Sk. No:12 D:3'), ['Moda Mah. Şair Nefi Sk. No:12 D:3']);
    assert.deepEqual(loc('Bağdat Cd. No:112/5'), ['Bağdat Cd. No:112/5']);
    // "No:" without a street type before it is some other number.
    assert.deepEqual(loc('Ticket No: 25, Order No.7'), []);
  });

  it('takes a house number with its staircase and door after slashes (Austria, Poland)', () => {
    assert.deepEqual(loc('Wohnhaft in Mariahilfer Straße 45/3/12, 1060 Wien.'), [
      'Mariahilfer Straße 45/3/12, 1060 Wien',
    ]);
    assert.deepEqual(loc('Hauptstraße 145/13'), ['Hauptstraße 145/13']);
    // Not a date or a longer run after a street's name.
    assert.deepEqual(loc('Hauptstraße 12/03/2024; Bahnhofstraße 123456/7'), []);
  });

  it('finds an Eircode in a text that names Ireland or an Irish place', () => {
    assert.deepEqual(loc('Send it to 12 Main Street, Ballsbridge, Dublin 4, D04 X2Y7, Ireland.'), [
      // The street rule ended at "D04 X2Y", the letters and digits of the code being glued.
      '12 Main Street, Ballsbridge, Dublin 4, D04 X2Y7',
      'Ireland',
    ]);
    assert.deepEqual(loc('Eircode: A65F4E2'), ['A65F4E2']);
    // A record's field named in lower case; a text with an Irish phone number.
    assert.deepEqual(loc('{"eircode": "D02 X285"}'), ['D02 X285']);
    assert.deepEqual(loc('Ring +353 87 412 7789, drop-off at T12 K8AF'), ['T12 K8AF']);
    assert.deepEqual(loc('Part number D04 X2Y7 is in stock'), []);
  });

  it('finds Japanese addresses in Latin letters by the suffix of their ward or city', () => {
    assert.deepEqual(loc('I live at 3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002.'), [
      '3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002',
    ]);
    assert.deepEqual(loc('Office: 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo, Japan'), [
      '2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo, Japan',
    ]);
    assert.deepEqual(loc('Our branch is at 4-5-6 Umeda Kita-ku, Osaka'), ['4-5-6 Umeda Kita-ku, Osaka']);
    // Block numbers without a ward or city suffix, a suffix without block numbers.
    assert.deepEqual(loc('Won 3-14-2 against Shibuya; Room 1-2 Tanaka-san; Shinjuku-ku'), []);
  });

  it('finds numbered streets after a direction', () => {
    assert.deepEqual(loc('lives at 221 W 71st Street'), ['221 W 71st Street']);
    assert.deepEqual(loc('350 W 42nd St, New York, NY 10036'), ['350 W 42nd St, New York, NY 10036']);
    assert.deepEqual(loc('lives at 221 E. 71st St.'), ['221 E. 71st St.']);
    // A shipping label in capitals.
    assert.deepEqual(loc('SHIP TO: KAREN MCALLISTER, 4410 W 3RD AVE, VANCOUVER BC V6R 1N2, CANADA'), [
      '4410 W 3RD AVE, VANCOUVER BC V6R 1N2, CANADA',
    ]);
  });

  it('finds crossings of a numbered street with another', () => {
    assert.deepEqual(loc('The suspect was seen near 5th Avenue and 42nd Street in Manhattan.'), [
      '5th Avenue and 42nd Street',
      'Manhattan',
    ]);
    assert.deepEqual(loc('Meet at W 34th St & 8th Ave tonight'), ['W 34th St & 8th Ave']);
    assert.deepEqual(loc('the shop on Main Street and 3rd Avenue'), ['Main Street and 3rd Avenue']);
    // Ordinals that are no streets.
    assert.deepEqual(loc('I finished 2nd place and 3rd Street was closed; the 5th and 6th Street'), []);
  });

  it('finds intersections', () => {
    assert.deepEqual(loc('Please meet at the corner of 159 Eleftheriou Venizelou str and Rennie Union'), [
      'the corner of 159 Eleftheriou Venizelou str and Rennie Union',
    ]);
  });

  it('finds addresses in text written without capitals', () => {
    assert.deepEqual(loc('new office: 3747 3911 fourth avenue suite 112 calgary alberta'), [
      '3747 3911 fourth avenue suite 112 calgary alberta',
    ]);
    assert.deepEqual(loc('address:\n106 rúa olmos 44, belfast, south africa'), [
      '106 rúa olmos 44, belfast, south africa',
    ]);
  });

  it('does not read IBAN groups or codes as house numbers', () => {
    assert.deepEqual(loc('IBAN BG80 BNBG 9661 A020 3456 78. Ref BXYZ AB 1234.'), []);
    // A code that starts with a digit: "1" of "1HGCM..." is no house number (one letter is: "1634B").
    assert.deepEqual(
      loc('Ship to 12 Oak Road. Vehicle VIN 1HGCM82633A004352.').filter((v) => v.includes('VIN')),
      [],
    );
    assert.deepEqual(loc('Rua do Arenque 1634B'), ['Rua do Arenque 1634B']);
  });

  it('does not take a count before "Broadway" for a house number', () => {
    assert.deepEqual(loc('we saw 3 Broadway shows and 2 Broadway musicals'), []);
  });

  it('does not flag numbers in ordinary prose', () => {
    assert.deepEqual(loc('I bought 3 apples and 12 pears for 5 dollars.'), []);
    assert.deepEqual(loc('Take 10 mg x 90 pills on January 20 at 08:30.'), []);
    assert.deepEqual(loc('Windows 10 and Python 3 run on 16 GB of memory.'), []);
    assert.deepEqual(loc('Chapter 12 covers the 2019 results in detail.'), []);
  });

  it('finds Korean road-name addresses and Russian addresses in their own scripts', () => {
    assert.deepEqual(loc('주소는 부산광역시 해운대구 센텀중앙로 79입니다'), ['부산광역시 해운대구 센텀중앙로 79']);
    assert.deepEqual(loc('서울특별시 강남구 테헤란로 152'), ['서울특별시 강남구 테헤란로 152']);
    assert.deepEqual(loc('ул. Тверская, д. 7, кв. 12, Москва, 125009'), ['ул. Тверская, д. 7, кв. 12, Москва, 125009']);
    assert.deepEqual(loc('Мой адрес: улица Ленина, дом 15, квартира 3'), ['улица Ленина, дом 15, квартира 3']);
    // A road word alone is no address.
    assert.deepEqual(loc('이 길 10개'), []);
  });

  it('takes the level of an office building before its street', () => {
    assert.deepEqual(loc('Our office is at Level 5, 100 Pacific Highway, North Sydney NSW 2060.'), [
      'Level 5, 100 Pacific Highway, North Sydney NSW 2060',
    ]);
    assert.deepEqual(loc('We reached level 5 in the game at 100 points'), []);
  });

  it("takes a Spanish flat's side after its floor into the address", () => {
    assert.deepEqual(loc('vive en Calle Gran Vía 28, 4º izquierda, 28013 Madrid'), [
      'Calle Gran Vía 28, 4º izquierda, 28013 Madrid',
    ]);
    assert.deepEqual(loc('Calle Mayor 15, 3º dcha., 28013 Madrid'), ['Calle Mayor 15, 3º dcha., 28013 Madrid']);
    // Danish and Portuguese write the floor with a period before the side.
    assert.deepEqual(loc('din nye adresse Nørrebrogade 45, 2. th., 2200 København N er registreret'), [
      'Nørrebrogade 45, 2. th., 2200 København N',
    ]);
    assert.deepEqual(loc('flat at Rua Garrett 74, 2.º Esq., 1200-204 Lisboa.'), [
      'Rua Garrett 74, 2.º Esq., 1200-204 Lisboa',
    ]);
  });

  it("takes the name on an address label's line for the person the address is for, not for the street", () => {
    const text = 'Billing address: Sara Schwarz\n    28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    53650';
    assert.deepEqual(
      spans([ADDRESS_RECOGNIZER], text).map((s) => [s.type, s.text]),
      [
        ['PERSON', 'Sara Schwarz'],
        ['LOCATION', '28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    53650'],
      ],
    );
    // A house's name stays part of the address.
    assert.deepEqual(loc('Billing address: Rose Cottage\n12 High Street\nLeeds'), [
      'Rose Cottage\n12 High Street\nLeeds',
    ]);
  });

  it('stops before the label of the next value', () => {
    const text = 'Customer: Jean-Luc Martin, 14 rue des Lilas, 69003 Lyon, tel. 04 72 00 00 00.';
    assert.deepEqual(loc(text), ['14 rue des Lilas, 69003 Lyon']);
    assert.deepEqual(loc('Hauptstraße 5, 10115 Berlin, Steuer-ID 86095742719'), ['Hauptstraße 5, 10115 Berlin']);
    // A company's tax and register numbers follow its address in letterheads.
    assert.deepEqual(loc('Hauptstraße 5, 10115 Berlin, USt-IdNr. DE136695976'), ['Hauptstraße 5, 10115 Berlin']);
    assert.deepEqual(loc('500 Market Street, San Francisco, CA 94105, EIN 12-3456789'), [
      '500 Market Street, San Francisco, CA 94105',
    ]);
    // Nor is such a label a street's name before its number.
    assert.deepEqual(loc('Send it to us at Acme, SIRET 732 829 320 00074.'), []);
    // A label in capitals is no region code ("PA" is one, "SSN" is not).
    assert.deepEqual(loc('1418 Pine Street, Philadelphia, PA, SSN 078-05-1120'), [
      '1418 Pine Street, Philadelphia, PA',
    ]);
    // "PH" before a phone number is its label; before a postcode, the Philippines.
    assert.deepEqual(loc('DEEPAK NAIR, 14/2 MG ROAD, BENGALURU 560001, KARNATAKA, PH 080-2558-1234'), [
      '14/2 MG ROAD, BENGALURU 560001, KARNATAKA',
    ]);
    assert.deepEqual(loc('Address: Sunrise Apartments, Kochi, Kerala, PH 0484 123 4567'), [
      'Sunrise Apartments, Kochi, Kerala',
    ]);
    assert.deepEqual(loc('Ship to 12 Ayala Avenue, Makati City, PH 1226'), ['12 Ayala Avenue, Makati City, PH 1226']);
    assert.deepEqual(loc('Keizersgracht 123, 1015 CJ Amsterdam, BSN 123456782'), [
      'Keizersgracht 123, 1015 CJ Amsterdam',
    ]);
    // An address field ends there too.
    assert.deepEqual(loc('Address: Flat 3, Rosebank House, Cape Town, IBAN ZA12 3456; tel +27 21 555 0100'), [
      'Flat 3, Rosebank House, Cape Town',
    ]);
    // A ZIP+4 is a postcode, not an account number.
    assert.deepEqual(loc('Mail it to 12 Oak Ave, Springfield 62704-1234 today.'), [
      '12 Oak Ave, Springfield 62704-1234',
    ]);
    // A two-letter region before its postcode is still part of the address.
    assert.deepEqual(loc('Ship to 500 W Main St, Boise, ID 83702.'), ['500 W Main St, Boise, ID 83702']);
    assert.deepEqual(loc('Ship to 12 Oak Ave, Portland, OR 97201.'), ['12 Oak Ave, Portland, OR 97201']);
  });

  it('does not read a card expiry and security code as a street', () => {
    assert.deepEqual(loc("Bob's card 4111 1111 1111 1111 exp 12/26 CVV 123 was declined."), []);
  });

  it("does not take a phone number's last groups and the sentence's words before a street for its number", () => {
    assert.deepEqual(
      loc('Fru Karin Lindström ringde från 070-987 65 43 angående fakturan till Drottninggatan 53, Stockholm.'),
      ['Drottninggatan 53, Stockholm'],
    );
    // A street's name all in lower case keeps its number ("74678 midtvollen 130").
    assert.deepEqual(loc('The address is 74678 midtvollen 130'), ['74678 midtvollen 130']);
    // Nor does a phone's label and number after the town: Indonesia's "HP" (handphone).
    assert.deepEqual(
      texts([ADDRESS_RECOGNIZER], 'tinggal di Jl. Merdeka No. 17, Bandung, HP 0812-3456-7890.', 'LOCATION'),
      ['Jl. Merdeka No. 17, Bandung'],
    );
    // Nor does chat's word after its postcode belong to it.
    assert.deepEqual(loc('she lives at 221b baker st london nw1 6xe lol her number is'), [
      '221b baker st london nw1 6xe',
    ]);
  });
  it('reads a Russian or Ukrainian street by its type, in any case form, with its house and flat', () => {
    assert.deepEqual(loc('Адрес: ул. Тверская, д. 7, кв. 12'), ['ул. Тверская, д. 7, кв. 12']);
    assert.deepEqual(loc('живу на улице Тверской, дом 7.'), ['улице Тверской, дом 7']);
    assert.deepEqual(loc('проспект Мира 15к2'), ['проспект Мира 15к2']);
    assert.deepEqual(loc('пр. Мира 15, кв. 3'), ['пр. Мира 15, кв. 3']);
    // The name first, as an adjective: "on Nevsky Prospekt 28".
    assert.deepEqual(loc('живу на Невском проспекте 28, кв. 4'), ['Невском проспекте 28, кв. 4']);
    assert.deepEqual(loc('Київ, вул. Хрещатик, 22'), ['Київ', 'вул. Хрещатик, 22']);
    // A street without its house is no address; "on the street" is no street.
    assert.deepEqual(loc('на улице было холодно, 5 градусов'), []);
  });
  it("reads a Vietnamese address by its units' words, from its house number and street", () => {
    assert.deepEqual(loc('Shipping to: Nguyễn Văn An, 45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh, SĐT 0903'), [
      '45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
    ]);
    assert.deepEqual(loc('Số 12 Đường Trần Phú, Xã Tân Lập, Huyện Đan Phượng, Hà Nội'), [
      'Số 12 Đường Trần Phú, Xã Tân Lập, Huyện Đan Phượng, Hà Nội',
    ]);
    // One unit alone, without a street before it, is a district named in a sentence.
    assert.deepEqual(loc('Quận 1 is the busiest district.'), []);
  });
  it('reads an address field labelled in Vietnamese, and ends a Greek one before its phone label', () => {
    assert.deepEqual(loc('Địa chỉ: 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội'), ['25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội']);
    // Swedish labels, also compound ("visiting address").
    assert.deepEqual(loc('Besöksadress: Assar Gabrielssons väg 12, 405 31 Göteborg'), [
      'Assar Gabrielssons väg 12, 405 31 Göteborg',
    ]);
    assert.deepEqual(loc('Οδός Ερμού 25, 105 63 Αθήνα, τηλ. 210 3234567.'), ['Οδός Ερμού 25, 105 63 Αθήνα']);
  });
  it("ends an address's tail before a person's title or a doctor's role", () => {
    assert.deepEqual(loc('wohnhaft Bahnhofstr. 3, 79098 Freiburg, Hausarzt Dr. med. Stefan Braun.'), [
      'Bahnhofstr. 3, 79098 Freiburg',
    ]);
    assert.deepEqual(loc('Ship to 12 Oak St, Springfield, Dr. Anna Berg will sign'), ['12 Oak St, Springfield']);
    // "Dr" is also a street's type.
    assert.deepEqual(loc('Please ship order 88231 to 4521 Maple Ridge Dr, Apt 7, Boise, ID 83706.'), [
      '4521 Maple Ridge Dr, Apt 7, Boise, ID 83706',
    ]);
  });
  it('reads a Vietnamese address named inline, without a colon, up to the end of its sentence', () => {
    assert.deepEqual(loc('Bệnh nhân Hoa, số CCCD 001192012345, địa chỉ 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.'), [
      '25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội',
    ]);
    assert.deepEqual(loc('Tôi tên là Nam, địa chỉ là 12 Nguyễn Huệ, Quận 1; SĐT 0903 123 456'), [
      '12 Nguyễn Huệ, Quận 1',
    ]);
    // Hindi and Arabic name it inline too.
    assert.deepEqual(loc('श्री राजेश कुमार, मोबाइल 98765 43210, पता: 12 गांधी नगर, जयपुर 302015'), [
      '12 गांधी नगर, जयपुर 302015',
    ]);
    assert.deepEqual(loc('العنوان: 15 شارع الملك فهد، الرياض 12345'), ['15 شارع الملك فهد، الرياض 12345']);
    // Without a house number it is no address ("địa chỉ email" is an e-mail address).
    assert.deepEqual(loc('Vui lòng cập nhật địa chỉ email của bạn.'), []);
  });
  it('does not read a name before a phone number as a street and its house number', () => {
    // An address earlier in the text is the cue the name-then-number rule needs.
    assert.deepEqual(loc('House at 42 Wattle Street, Fitzroy VIC 3065. Agent: Chloe Nguyen 0412 345 678.'), [
      '42 Wattle Street, Fitzroy VIC 3065',
    ]);
  });

  it('does not read a line number in a traceback as an address', () => {
    assert.deepEqual(loc('  File "/home/alice/project/main.py", line 42, in <module>'), []);
  });

  it('does not read a product named with a number as a street', () => {
    assert.deepEqual(
      loc('A meeting about renewing the Microsoft 365 E5 licences; we meet on Python 3 and iPhone 15.'),
      [],
    );
    assert.deepEqual(loc('A meeting at Keizersgracht 365 and at 12 Oracle Road.'), [
      'Keizersgracht 365',
      '12 Oracle Road',
    ]);
  });

  it('does not take the label or pronoun before a street into it (other languages)', () => {
    assert.deepEqual(loc('Ihre neue Adresse Lindenstraße 14, 80331 München wurde gespeichert.'), [
      'Lindenstraße 14, 80331 München',
    ]);
    assert.deepEqual(loc('Unsere Anschrift Hauptstraße 5, 10115 Berlin.'), ['Hauptstraße 5, 10115 Berlin']);
    // Articles are part of street names and stay.
    assert.deepEqual(loc('Adresse: Unter den Linden 77, 10117 Berlin'), ['Unter den Linden 77, 10117 Berlin']);
  });

  it('does not read a date with a month of another language as a street', () => {
    assert.deepEqual(loc('nacido el 3 de marzo de 1985, né le 3 mars 1985'), []);
  });

  it('does not read a phone label and its number as a street', () => {
    assert.deepEqual(loc('My GP is at Hyde Park Surgery, tel 0113 295 1000.'), []);
  });

  it('does not read a phone extension as a street', () => {
    assert.deepEqual(loc('Reach me at 0199 ext 42 or 43 tomorrow.'), []);
    assert.deepEqual(loc('Call 555 / 0199 extension 42 or the front desk.'), []);
  });

  it('keeps exact UTF-16 offsets after emoji and CRLF', () => {
    const text = '🎉🎉 moved!\r\nNew address: 221B Baker Street, London NW1 6XE\r\nThanks';
    const [s] = spans(LOCATION_RECOGNIZERS, text, 'LOCATION');
    assert.ok(s);
    assert.equal(text.slice(s.start, s.end), '221B Baker Street, London NW1 6XE');
    assert.equal(s.start, text.indexOf('221B'));
  });

  it('handles large and hostile input without pathological slow-down', () => {
    const big = '12 Main Street, Springfield, IL 62701. '.repeat(20_000) + 'a'.repeat(200_000) + ' 1'.repeat(100_000);
    const t0 = performance.now();
    const found = ADDRESS_RECOGNIZER.detect(big);
    console.log(`# street-address: ${(big.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`);
    assert.equal(found.length, 20_000);
    assert.ok(found.every((c) => big.slice(c.start, c.end) === '12 Main Street, Springfield, IL 62701'));
  });
});
