// Texts that exercise every recognizer: run a few times before the first real text, they have the
// JavaScript engine compile the rules' code and regular expressions, which otherwise makes the first
// texts several times slower than the rest (the command-line tool's first lines, the app's first
// prompt). V8 compiles a regular expression apart for one-byte (Latin-1) and two-byte strings, hence
// one text of each. Every value here is made up.

/** Only Latin-1 characters: most texts are stored this way. */
const LATIN1 = [
  'Hi Dr. Anna Berg, I am Jonas Becker from Acme GmbH in Berlin. Call me at +49 30 1234567 or mail jonas.becker@example.com.',
  'Ship to 221 W 71st Street, New York, NY 10023; Flat 3B, 27 Mill Lane, Cambridge CB2 1RX; Hauptstraße 5, 10115 Berlin.',
  'IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, card 4111 1111 1111 1111 exp 12/26 CVV 123, SSN 219-09-9999.',
  'Server 192.168.10.12 (aa:bb:cc:dd:ee:ff), fe80::1, https://intranet.example.org/login?id=42, born 12 March 1984.',
  'password: 9vKz!pQ2mW, token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8, AKIAIOSFODNN7EXAMPLE, user=jdoe, @ana_k.',
  '{"first_name": "Olu", "city": "Austin", "passport": "X1234567"}',
  'name,city\nMei Ling,Singapore',
  'Wallet 0x71C7656EC7ab88b098defB751B7401B5f6d8976F, plate AB12 CDE, UPI ravi.k@okaxis.',
  // Phones, dates and IDs of several countries: each has rules and number metadata of its own.
  'Tel (415) 555-0199, 020 7946 0958, 0151 23456789, 06 12 34 56 78, 612 345 678, 98765 43210, (11) 91234-5678, ' +
    '090-1234-5678, 0412 345 678, 0532 123 45 67, +7 912 345-67-89, +61 2 9374 4000.',
  'Dates 2024-03-02, 03/04/1985, 3 de marzo de 1985, 12.03.1985, Tue Mar 5 14:22:01 2024.',
  'NHS 943 476 5919, NINO AB 12 34 56 C, BSN 111222333, PESEL 44051401359, CPF 390.533.447-05, DNI 12345678Z, ' +
    'Aadhaar 2345 6789 0124, PAN ABCPD1234F, MRN 00482913, policy #4420019877.',
  'The address of Persint is 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677',
  'Av. Paulista 1578, São Paulo - SP; 8 rue des Lilas, 69003 Lyon; PO Box 4471, Tulsa OK 74101.',
  'Booking ref QX7P2L, frequent flyer 1234567890; GPS: 48.8584° N, 2.2945° E.',
  'mysql -u admin -pS3cr3tPa55 -h db.example.com; postgres://app:Xy7pQ2rT9w@db.example.com:5432/prod',
  // A passport's machine-readable zone (ICAO 9303's specimen).
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');

/** Characters beyond Latin-1: other scripts, and Latin letters such as ł and ń. */
const WIDE = [
  LATIN1,
  '田中太郎さん, 東京都新宿区西新宿2-8-1, 电话 13812345678, ul. Długa 5, 80-827 Gdańsk, Η Μαρία, τηλ. 6912345678.',
].join('\n');

export const WARM_UP_TEXTS: readonly string[] = [LATIN1, WIDE];
