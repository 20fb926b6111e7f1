// Street-type vocabularies of many countries and the place gazetteer (countries, states, cities).
import { COUNTRIES, US_STATE_ABBRS, US_STATES, AMBIGUOUS_CITIES, CITIES } from './places.data';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Street types that follow the street name (English order): "Main Street", "Glyn St". Lower-case, no period. */
export const STREET_TYPES = words(
  // USPS suffixes and common abbreviations
  'alley aly allee avenue ave av branch bridge brg brook brooks bypass byp camp canyon cape causeway cswy center ctr ' +
    'centre circle cir circles cliff cliffs close common commons corner corners course court ct courts cove coves creek ' +
    'crescent cres crest crossing xing crossroad curve dale dam divide drive dr drives driveway estate estates ' +
    'expressway expy extension ext extensions fall falls ferry field fields flat flats ford fords forest forge forges ' +
    'fork forks fort ft freeway fwy garden gardens gdns gateway glen glens green greens grove gr groves harbor harbour harbors ' +
    'haven heights hts highway hwy hill hills hollow inlet island islands isle junction jct junctions key keys knoll ' +
    'knolls lake lakes land landing lane ln light lights loaf lock locks lodge loop mall manor manors meadow meadows ' +
    'mews mill mills mission motorway mount mt mountain mountains neck orchard oval overpass park parks parkway pkwy ' +
    'parkways pass passage path pike pine pines place pl plain plains plaza plz point pt points port ports prairie radial ' +
    'ramp ranch rapid rapids rest ridge ridges river road rd roads route rte row rue run shoal shoals shore shores ' +
    'skyway spring springs spur spurs square sq squares station sta stravenue stream street st streets str summit ' +
    'terrace ter tce throughway trace track trafficway trail trl tunnel turnpike underpass union unions valley valleys ' +
    'via viaduct view views village villages ville vista walk walks wall way ways well wells wharf quay rise parade ' +
    'esplanade promenade broadway embankment approach chase gate grange hey brae wynd vale ' +
    // other languages, as separate words after the name
    'strasse straße gasse weg allee platz ring damm ufer chaussee steig vej gade allé vägen gatan gata gränd veien vegen gate ' +
    'straat laan gracht plein kade singel dijk utca út tér körút köz sor fasor sétány ulica cesta ulice náměstí třída ' +
    'terrasse tie katu kuja polku ' +
    // Turkish: "Bağdat Caddesi", "Atatürk Bulvarı", "Gül Sokak"
    'caddesi cadde cad sokak sokağı sok bulvarı bulvar',
);

/** Street types that come before the name: "Rue Gafsa", "Via Franscini", "ul. Stefana". */
export const PREFIX_TYPES = words(
  'rue avenue av ave avda avenida boulevard bd bld blvd chemin allée allee impasse quai place cours route ' +
    'via viale vicolo piazza piazzale corso largo strada contrada borgo lungomare ' +
    'calle camino carrer carretera paseo plaza pasaje ronda travesía travesia glorieta ' +
    'rua travessa alameda rodovia estrada largo praça praca ' +
    'ul ulica ulicy al aleja alei os osiedle osiedlu pl plac placu ' +
    'odos οδός οδος λεωφόρος λεωφ λ πλατεία ' +
    'jalan jl calea strada bulevardul str c ' +
    // Welsh: "12 Heol y Bont", "Ffordd Penrhos", "Stryd Fawr".
    'heol ffordd stryd',
);

/** Endings of one-word street names: "Hauptstraße", "Koskikatu", "Søndergade", "Magasinsgatan". */
export const COMPOUND_SUFFIXES = [
  'straße',
  'strasse',
  'str',
  'gasse',
  'weg',
  'allee',
  'platz',
  'ring',
  'damm',
  'ufer',
  'steig',
  'pfad',
  'chaussee',
  'markt',
  'vej',
  'vænget',
  'gade',
  'stræde',
  'allé',
  'torv',
  'vangen',
  'parken',
  'høj',
  'vägen',
  'gatan',
  'gata',
  'gränd',
  'stigen',
  'backen',
  'torget',
  'veien',
  'vegen',
  'gate',
  'gata',
  'stien',
  'bakken',
  'åsen',
  'lia',
  'haugen',
  'katu',
  'tie',
  'kuja',
  'polku',
  'kaari',
  'ranta',
  'raitti',
  'väylä',
  'rinne',
  'tanhua',
  'puistikko',
  'straat',
  'laan',
  'gracht',
  'plein',
  'kade',
  'singel',
  'dijk',
  'steeg',
  'hof',
  'utca',
  'stræti',
  'straeti',
  'stræti',
  'gata',
  'vegur',
  'braut',
  'stígur',
  'tún',
  'ulica',
  'cesta',
  'ulice',
  'iela',
  'gatvė',
  'tänav',
  'maantee',
  'puiestee',
];

export const UNIT_WORDS = words(
  // "col." and "colonia": a Mexican address's neighbourhood ("…, Col. Roma Norte, 06700 Ciudad de México").
  'apt apartment suite ste unit flat floor fl level lvl room rm bldg building office box no nr wohnung etage col colonia ' +
    // An Indonesian lot ("Jl. Sudirman Kav. 52-53")
    'kav kavling',
);

const bar = (s: string) => s.split('|').filter(Boolean);

/** Canonical lower-case place name -> kind. */
export const PLACES = new Map<string, 'country' | 'state' | 'city'>();
for (const c of bar(COUNTRIES)) {
  // "Bolivia (Plurinational State of)" -> also "Bolivia"; "Korea, Republic of" -> "Korea"
  PLACES.set(c.toLowerCase(), 'country');
  const short = c.replace(/\s*\(.*\)$/, '').replace(/,.*$/, '');
  PLACES.set(short.toLowerCase(), 'country');
}
for (const c of [
  'USA',
  'U.S.A',
  'US',
  'U.S',
  'United States',
  'United States of America',
  'America',
  'UK',
  'U.K',
  'Great Britain',
  'Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Russia',
  'South Korea',
  'North Korea',
  'Korea',
  'Czechia',
  'Czech Republic',
  'Vietnam',
  'Iran',
  'Syria',
  'Laos',
  'Taiwan',
  'Palestine',
  'Macedonia',
  'North Macedonia',
  'Moldova',
  'Tanzania',
  'Venezuela',
  'Bolivia',
  'Holland',
  'The Netherlands',
  'Ivory Coast',
  'Greenland',
  // The list's "Svalbard & Jan Mayen Islands", as the two are named ("Jan" is a given name too).
  'Svalbard',
  'Jan Mayen',
  'Kosovo',
  'Deutschland',
  'España',
  'Italia',
  'Österreich',
  'Schweiz',
  'Suisse',
  'Sverige',
  'Norge',
  'Danmark',
  'Suomi',
  'Polska',
  'Nederland',
  'Belgique',
  'België',
  'Brasil',
  'México',
  'Ελλάδα',
  'Κύπρος',
  'Россия',
  'Україна',
  'Magyarország',
  'Česko',
  'Ísland',
  'Eesti',
  'Lietuva',
  'Latvija',
  'Hrvatska',
  'Slovensko',
  'Slovenija',
  'Türkiye',
  'România',
])
  PLACES.set(c.toLowerCase(), 'country');
for (const s of bar(US_STATES)) PLACES.set(s.toLowerCase(), 'state');
for (const c of [
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Middle East',
  'Scandinavia',
  'Balkans',
  'Caribbean',
  'Siberia',
  'Patagonia',
  'Sahara',
  'Mediterranean',
])
  PLACES.set(c.toLowerCase(), 'state');
for (const s of [
  'Ontario',
  'Quebec',
  'Québec',
  'British Columbia',
  'Alberta',
  'Manitoba',
  'Saskatchewan',
  'Nova Scotia',
  'New Brunswick',
  'Newfoundland',
  'New South Wales',
  'Queensland',
  'Tasmania',
  'Bavaria',
  'Bayern',
  'Hessen',
  'Sachsen',
  'Thüringen',
  'Brandenburg',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Baden-Württemberg',
  'Catalonia',
  'Catalunya',
  'Andalusia',
  'Lombardy',
  'Lombardia',
  'Tuscany',
  'Toscana',
  'Sicily',
  'Sicilia',
  'Sardinia',
  'Provence',
  'Normandy',
  'Brittany',
  'Bretagne',
  'Île-de-France',
  'Flanders',
  'Wallonia',
  'Punjab',
  'Maharashtra',
  'Karnataka',
  'Kerala',
  'Bengal',
  'Tamil Nadu',
  'Gujarat',
  'Rajasthan',
  'Uttar Pradesh',
  'Bihar',
  'Ontario',
  'Yukon',
  'Kent',
  'Surrey',
  'Essex',
  'Yorkshire',
  'Lancashire',
  'Cornwall',
  'Devon',
  'Sussex',
  'Hampshire',
  'Cumbria',
  'Northumberland',
])
  PLACES.set(s.toLowerCase(), 'state');
/** Major world cities (English and native spellings). */
const MAJOR_CITIES =
  'London|Paris|Berlin|Madrid|Rome|Roma|Milan|Milano|Naples|Napoli|Turin|Torino|Florence|Firenze|Venice|Venezia|Vienna|Wien|' +
  'Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Dresden|Leipzig|Hanover|Hannover|Bremen|Nuremberg|' +
  'Nürnberg|Zurich|Zürich|Geneva|Genève|Basel|Bern|Lausanne|Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Brussels|' +
  'Bruxelles|Brussel|Antwerp|Antwerpen|Ghent|Gent|Liège|Luxembourg|Lisbon|Lisboa|Porto|Barcelona|Valencia|Seville|Sevilla|' +
  'Bilbao|Málaga|Malaga|Zaragoza|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Bordeaux|Lille|Montpellier|Rennes|Dublin|' +
  'Cork|Belfast|Edinburgh|Glasgow|Manchester|Birmingham|Liverpool|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|' +
  'Cardiff|Aberdeen|Oxford|Cambridge|Brighton|Southampton|Copenhagen|København|Aarhus|Odense|Aalborg|Stockholm|Gothenburg|' +
  'Göteborg|Malmö|Uppsala|Oslo|Bergen|Trondheim|Stavanger|Helsinki|Espoo|Tampere|Turku|Oulu|Reykjavik|Reykjavík|Tallinn|Riga|' +
  'Vilnius|Warsaw|Warszawa|Kraków|Krakow|Wrocław|Wroclaw|Gdańsk|Gdansk|Poznań|Poznan|Łódź|Lodz|Prague|Praha|Brno|' +
  'Bratislava|Budapest|Debrecen|Ljubljana|Zagreb|Belgrade|Beograd|Sarajevo|Sofia|Bucharest|București|Cluj-Napoca|Athens|' +
  'Αθήνα|Thessaloniki|Θεσσαλονίκη|Nicosia|Λευκωσία|Limassol|Λεμεσός|Larnaca|Istanbul|İstanbul|Ankara|Izmir|İzmir|Moscow|' +
  'Москва|Saint Petersburg|St. Petersburg|Kyiv|Kiev|Київ|Kharkiv|Odesa|Odessa|Lviv|Minsk|Chisinau|Tbilisi|Yerevan|Baku|' +
  'New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|' +
  'Jacksonville|San Francisco|Columbus|Fort Worth|Indianapolis|Charlotte|Seattle|Denver|Washington|Boston|El Paso|' +
  'Nashville|Detroit|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|' +
  'Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Tulsa|Cleveland|Oakland|Tampa|New Orleans|Honolulu|Pittsburgh|' +
  'Cincinnati|St. Louis|Salt Lake City|Orlando|Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Ottawa|Winnipeg|' +
  'Quebec City|Halifax|Mexico City|Ciudad de México|Guadalajara|Monterrey|Tijuana|Havana|La Habana|Bogotá|Bogota|Medellín|' +
  'Lima|Quito|Caracas|Santiago|Buenos Aires|Córdoba|Rosario|Montevideo|Asunción|La Paz|São Paulo|Sao Paulo|' +
  'Rio de Janeiro|Brasília|Brasilia|Salvador|Fortaleza|Belo Horizonte|Manaus|Curitiba|Recife|Porto Alegre|Tokyo|Osaka|' +
  'Kyoto|Yokohama|Nagoya|Sapporo|Seoul|Busan|Beijing|Shanghai|Guangzhou|Shenzhen|Chengdu|Wuhan|Hong Kong|Macau|Taipei|' +
  'Singapore|Kuala Lumpur|Jakarta|Bangkok|Hanoi|Ho Chi Minh City|Hà Nội|Thành phố Hồ Chí Minh|Hồ Chí Minh|Sài Gòn|' +
  'Saigon|Đà Nẵng|Da Nang|Hải Phòng|Cần Thơ|Huế|Nha Trang|Đà Lạt|Vũng Tàu|Biên Hòa|Hạ Long|Manila|Mumbai|Delhi|New Delhi|Bangalore|Bengaluru|' +
  'Hyderabad|Chennai|Kolkata|Pune|Ahmedabad|Karachi|Lahore|Islamabad|Dhaka|Kathmandu|Colombo|Tehran|Baghdad|Riyadh|' +
  'Jeddah|Dubai|Abu Dhabi|Doha|Kuwait City|Muscat|Amman|Beirut|Damascus|Jerusalem|Tel Aviv|Cairo|Alexandria|Casablanca|' +
  'Rabat|Marrakesh|Tunis|Algiers|Tripoli|Lagos|Abuja|Accra|Dakar|Nairobi|Mombasa|Addis Ababa|Kampala|Kigali|' +
  'Dar es Salaam|Johannesburg|Cape Town|Durban|Pretoria|Harare|Lusaka|Luanda|Kinshasa|Sydney|Melbourne|Brisbane|Perth|' +
  'Adelaide|Canberra|Hobart|Darwin|Auckland|Wellington|Christchurch|' +
  // More capitals and large cities of Asia, Africa and the Americas (not those that are also common
  // words or given names: Male, Victoria, Kingston, León, Praia, Medan, Surat, Kobe, Kano, Cali).
  'Astana|Nur-Sultan|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|Kabul|Thimphu|Naypyidaw|Yangon|' +
  'Rangoon|Mandalay|Phnom Penh|Vientiane|Bandar Seri Begawan|Dili|Port Moresby|Suva|Surabaya|Bandung|Cebu|Davao|' +
  'Quezon City|Makati|Chittagong|Faisalabad|Rawalpindi|Peshawar|Multan|Quetta|Jaipur|Lucknow|Kanpur|Nagpur|' +
  'Indore|Bhopal|Patna|Kochi|Thiruvananthapuram|Coimbatore|Visakhapatnam|Chandigarh|Amritsar|Mysore|Mysuru|' +
  "Guwahati|Noida|Gurgaon|Gurugram|Xi'an|Nanjing|Tianjin|Chongqing|Hangzhou|Suzhou|Qingdao|Dalian|Shenyang|" +
  "Harbin|Kunming|Xiamen|Incheon|Daegu|Gwangju|Daejeon|Fukuoka|Hiroshima|Sendai|Kaohsiung|Taichung|Sana'a|" +
  'Manama|Ibadan|Port Harcourt|Enugu|Benin City|Kumasi|Abidjan|Yamoussoukro|Bamako|Ouagadougou|Niamey|' +
  "N'Djamena|Conakry|Freetown|Monrovia|Lomé|Cotonou|Douala|Yaoundé|Libreville|Brazzaville|Bangui|Khartoum|" +
  'Asmara|Mogadishu|Dodoma|Lilongwe|Blantyre|Maputo|Gaborone|Windhoek|Maseru|Mbabane|Antananarivo|' +
  'Port Louis|Nouakchott|Banjul|Guayaquil|Barranquilla|Cartagena|Maracaibo|Valparaíso|Arequipa|' +
  'Cochabamba|Puebla|Mérida|Cancún|Santo Domingo|Port-au-Prince|Panama City|Managua|Tegucigalpa|San Salvador|' +
  'Guatemala City|' +
  // Regional capitals and university, port and resort towns ("turns 80 on Saturday in Salzburg"): none is
  // also a given name, a common word, a surname or a firm's name as often ("Essen", "Mendoza", "Fargo").
  'Salzburg|Innsbruck|Graz|Linz|Klagenfurt|Bonn|Mainz|Heidelberg|Freiburg|Karlsruhe|Mannheim|Augsburg|' +
  'Wiesbaden|Münster|Lübeck|Rostock|Potsdam|Aachen|Bochum|Dortmund|Duisburg|Bielefeld|Wuppertal|Regensburg|' +
  'Würzburg|Ulm|Göttingen|Magdeburg|Erfurt|Chemnitz|Saarbrücken|Darmstadt|Bologna|Genoa|Genova|Palermo|Pisa|' +
  'Catania|Trieste|Padua|Padova|Bergamo|Brescia|Parma|Modena|Perugia|Cagliari|Alicante|Valladolid|Gijón|Murcia|' +
  'Las Palmas|Pamplona|San Sebastián|Salamanca|Cádiz|Grenoble|Dijon|Reims|Le Havre|Toulon|Avignon|Cannes|Rouen|' +
  'Brest|Clermont-Ferrand|Limoges|Perpignan|Coventry|Plymouth|Sunderland|Swansea|Norwich|Exeter|Dundee|' +
  'Inverness|Wolverhampton|Stoke-on-Trent|Portsmouth|Bournemouth|Middlesbrough|Huddersfield|Canterbury|' +
  'Groningen|Haarlem|Leiden|Delft|Maastricht|Tilburg|Breda|Nijmegen|Arnhem|Bruges|Brugge|Leuven|Namur|' +
  'Charleroi|Mechelen|Lucerne|Luzern|Lugano|St. Gallen|Winterthur|Linköping|Örebro|Västerås|Tromsø|' +
  'Kristiansand|Esbjerg|Katowice|Lublin|Szczecin|Bydgoszcz|Białystok|Ostrava|Plzeň|Coimbra|Funchal|Patras|' +
  'Heraklion|Bursa|Antalya|Adana|Konya|Gaziantep|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Omsk|' +
  'Vladivostok|Dnipro|Zaporizhzhia|Varanasi|Agra|Srinagar|Ranchi|Raipur|Bhubaneswar|Vadodara|Ludhiana|Madurai|' +
  'Nashik|Mangalore|Mangaluru|Guilin|Changsha|Zhengzhou|Jinan|Fuzhou|Nanning|Hefei|Ningbo|Dongguan|Foshan|' +
  'Shijiazhuang|Lhasa|Urumqi|Nagasaki|Okinawa|Ulsan|Suwon|Jeju|Yogyakarta|Semarang|Denpasar|Makassar|Palembang|' +
  'Penang|Johor Bahru|Ipoh|Kota Kinabalu|Chiang Mai|Phuket|Pattaya|Gold Coast|Geelong|Townsville|Dunedin|' +
  'Queenstown|Boise|Spokane|Syracuse|Hartford|Newark|Pasadena|Palo Alto|Scottsdale|Charleston|Knoxville|' +
  'Chattanooga|Des Moines|Wichita|Sioux Falls|Saskatoon|Mississauga|Brampton|Cusco|La Plata|Florianópolis|' +
  'Campinas|Belém|Goiânia|Oaxaca|Querétaro|Acapulco|Veracruz|Hermosillo|Mazatlán|Tulum|Luxor|Aswan|Giza|' +
  'Tangier|Sfax|Zanzibar|Arusha|Kisumu|Nakuru|Eldoret|Bulawayo|Soweto|Stellenbosch|Gqeberha|Port Elizabeth|' +
  'Bloemfontein|Pietermaritzburg|Kaduna|Abeokuta|Onitsha|Warri|Calabar|Takoradi|Mecca|Dammam|Sharjah|Ajman|' +
  'Isfahan|Tabriz|Mashhad|Basra|Mosul|Erbil|Haifa|Eilat|Aqaba';
for (const c of bar(MAJOR_CITIES)) PLACES.set(c.toLowerCase(), 'city');
/** Countries, states and major cities: places first, whatever else the word may be. */
export const WELL_KNOWN_PLACES = new Set(PLACES.keys());
for (const c of bar(CITIES)) if (!PLACES.has(c.toLowerCase())) PLACES.set(c.toLowerCase(), 'city');

/** Places that are also common words or names ("Nice", "Reading", "Mobile", "Jordan"): need place context. */
export const AMBIGUOUS_PLACES = new Set<string>([
  // Long-list city names that are also words or given names, unless they are well-known places.
  ...bar(AMBIGUOUS_CITIES)
    .map((c) => c.toLowerCase())
    .filter((c) => !WELL_KNOWN_PLACES.has(c)),
  // Well-known places that are also common words or first names.
  'nice',
  'reading',
  'mobile',
  'jordan',
  'chad',
  'georgia',
  'turkey',
  'guinea',
  'china',
  'us',
  'america',
  'victoria',
  'florence',
  'washington',
  'lima',
  'santiago',
  'salvador',
  'split',
  'bath',
  'cork',
  'darwin',
  'kent',
  'essex',
  'devon',
  'surrey',
  'wellington',
  'columbus',
  'charlotte',
  'austin',
  'phoenix',
  'cleveland',
  'portland',
  'orlando',
  'jersey',
  'man',
  'niger',
  'dominica',
  'sofia',
  'regina',
  'alexandria',
  'hamilton',
  'lincoln',
  'madison',
  'jackson',
  'virginia',
  'carolina',
  'dallas',
  'houston',
  'denver',
  'nancy',
  'angers',
  'granada',
  'valencia',
  'santa',
]);
for (const c of bar(AMBIGUOUS_CITIES)) if (!PLACES.has(c.toLowerCase())) PLACES.set(c.toLowerCase(), 'city');

/** First word (lower-case) of every place name -> the longest place name length in words starting with it. */
export const PLACE_FIRST = new Map<string, number>();
for (const p of PLACES.keys()) {
  const ws = p.split(/[\s]+/);
  PLACE_FIRST.set(ws[0]!, Math.max(PLACE_FIRST.get(ws[0]!) ?? 0, ws.length));
}

export const US_STATE_CODES = new Set(bar(US_STATE_ABBRS));
for (const c of ['DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP']) US_STATE_CODES.add(c);
/** Canadian provinces and Australian states, as written in addresses. */
export const REGION_CODES = new Set([
  ...US_STATE_CODES,
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
  'NSW',
  'VIC',
  'QLD',
  'WA',
  'SA',
  'TAS',
  'ACT',
]);
