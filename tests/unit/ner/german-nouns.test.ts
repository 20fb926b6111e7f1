import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isGermanAround,
  rulesWithoutGermanNouns,
  withoutGermanNouns,
} from '../../../electron/services/redaction/ner/german-nouns';
import type { Candidate } from '../../../electron/services/redaction/types';
import { spanOf } from './spans';

const span = spanOf;

const textOf = (text: string, c: Candidate | undefined) => (c ? text.slice(c.start, c.end) : undefined);

describe('German text', () => {
  it('is told by two different German words near the span, or one and an umlaut or ß', () => {
    const de = 'Vielen Dank für Ihre Nachricht.';
    assert.equal(isGermanAround(de, 0, 6), true);
    const short = 'Die Lieferadresse ist Bahnhofstraße 5.';
    assert.equal(isGermanAround(short, 4, 17), true);
    // English, even with "die", "was", "also", and an acronym in capitals.
    const en = 'The patient was also told he might die. MIT DER program.';
    assert.equal(isGermanAround(en, 4, 11), false);
    // One German word alone is not enough.
    assert.equal(isGermanAround('Ich met Anna in Boston.', 8, 12), false);
    // A German title counts as a German word: a delivery label.
    assert.equal(isGermanAround('Lieferadresse: Frau Petra Schulz, Lindenallee 7a, 50968 Köln', 0, 13), true);
  });
});

describe('a model span in German text', () => {
  it('is dropped when none of its words can be a name', () => {
    const cases: [string, string, Candidate['type']][] = [
      ['Sehr geehrte Frau Schneider, vielen Dank für Ihre Nachricht vom 12. Januar.', 'Ihre Nachricht', 'ORG'],
      ['Sehr geehrte Frau Schneider, vielen Dank für Ihre Nachricht vom 12. Januar.', 'vom 12', 'LOCATION'],
      ['Sehr geehrte Frau Schneider, vielen Dank für Ihre Nachricht vom 12. Januar.', 'Januar', 'LOCATION'],
      ['Können Sie mir bitte helfen, einen Brief zu schreiben?', 'Können Sie', 'PERSON'],
      ['Bitte schicken Sie die Rechnung an Herrn Dr. Becker.', 'Rechnung', 'ORG'],
      ['Bitte schicken Sie die Rechnung an Herrn Dr. Becker.', 'Herrn Dr', 'ORG'],
      ['Vielen Dank für Ihre Hilfe bei der Steuererklärung.', 'Steuererklärung', 'PERSON'],
      [
        'Wir haben die Bewerbung erhalten und laden ihn zum Vorstellungsgespräch ein.',
        'Vorstellungsgespräch',
        'LOCATION',
      ],
      ['Bitte übersetze diesen Absatz ins Englische und dann ins Deutsche.', 'Englische', 'ORG'],
      // A noun right after an article (a person or a place only).
      ['Das Protokoll der Sitzung muss noch an alle verschickt werden.', 'Das Protokoll', 'PERSON'],
      ['Ich habe den Betrag gestern an dich überwiesen.', 'Betrag', 'LOCATION'],
      // An English word in German text.
      ['Die Präsentation für das Meeting ist fertig und liegt bei dir.', 'Meeting', 'PERSON'],
      // A university's chair and its field, and a compound ending in one.
      ['Frau Prof. Dr. Annelie Hartmann, Lehrstuhl für Informatik, Universität Passau', 'Lehrstuhl', 'PERSON'],
      ['Frau Prof. Dr. Annelie Hartmann, Lehrstuhl für Informatik, Universität Passau', 'Informatik', 'PERSON'],
      ['Er studiert Wirtschaftsinformatik an der Universität Passau.', 'Wirtschaftsinformatik', 'ORG'],
      // A mail's header words.
      ['Von: Katharina Schulz An: Team Betreff: Urlaub Ich bin vom 3. bis 17. August weg.', 'Betreff', 'PERSON'],
    ];
    for (const [text, value, type] of cases)
      assert.equal(withoutGermanNouns(text, span(text, value, type)), undefined, `${value} in: ${text}`);
  });

  it("keeps a firm's nouns when a word of it can be a name", () => {
    const text = 'I need to email our accountant, Frau Petra Sommer (Steuerberatung Sommer & Partner, Königsallee 14).';
    const firm = span(text, 'Steuerberatung Sommer & Partner', 'ORG');
    assert.equal(textOf(text, withoutGermanNouns(text, firm)), 'Steuerberatung Sommer & Partner');
    // Only the function words at its edges go.
    const mail = 'Von: Katharina Schulz An: Team Betreff: Urlaub Ich bin vom 3. bis 17. August in Mallorca.';
    assert.equal(textOf(mail, withoutGermanNouns(mail, span(mail, 'Urlaub Ich', 'ORG'))), 'Urlaub');
  });

  it('loses the titles, roles and nouns at its edges', () => {
    const mieter = 'Fassen Sie bitte zusammen: Der Mieter Jürgen Schmidt zahlt an die Vermieterin.';
    assert.equal(
      textOf(mieter, withoutGermanNouns(mieter, span(mieter, 'Der Mieter Jürgen Schmidt', 'PERSON'))),
      'Jürgen Schmidt',
    );
    const klinik = 'Der Patient wurde am Montag in das Klinikum Stuttgart eingeliefert.';
    assert.equal(
      textOf(klinik, withoutGermanNouns(klinik, span(klinik, 'Klinikum Stuttgart eingeliefert', 'LOCATION'))),
      'Klinikum Stuttgart',
    );
  });

  it('keeps names: known given names and places, a surname after a given name, a company after an article', () => {
    const keep: [string, string, Candidate['type']][] = [
      ['Mit freundlichen Grüßen, Andreas Fischer, Vertriebsleiter', 'Andreas Fischer', 'PERSON'],
      ['Ich arbeite bei der Deutschen Bank in Frankfurt und mein Chef ist nett.', 'Frankfurt', 'LOCATION'],
      ['Wir fahren im Sommer in die Schweiz und dann nach Wien.', 'Schweiz', 'LOCATION'],
      ['Ich arbeite seit Jahren bei der Telekom und bin zufrieden.', 'Telekom', 'ORG'],
      ['Ich habe gestern mit Yilmaz telefoniert und er ist einverstanden.', 'Yilmaz', 'PERSON'],
      // A surname that ends like a noun ("plan") without being one.
      ['Ich habe gestern mit Kaplan telefoniert und er ist einverstanden.', 'Kaplan', 'PERSON'],
      ['Die Kanzlerin Ursula von der Leyen ist nicht hier.', 'Ursula von der Leyen', 'PERSON'],
    ];
    for (const [text, value, type] of keep) {
      const c = span(text, value, type);
      assert.equal(withoutGermanNouns(text, c), c, `${value} in: ${text}`);
    }
  });

  it('is left alone outside German text', () => {
    const text = 'Please send the Invoice to the Meeting room before Monday.';
    const c = span(text, 'Meeting', 'LOCATION');
    assert.equal(withoutGermanNouns(text, c), c);
  });
});

describe("a rule's name in German text", () => {
  const rule = (text: string, value: string, subtype: string) =>
    span(text, value, 'PERSON', { source: 'pattern', subtype, score: 0.55 });

  it('loses the nouns before it, or is dropped when it is nouns alone', () => {
    const text =
      'Hallo Anna, kannst du mir die Adresse von Lukas schicken? Erstelle eine Zusammenfassung der Quartalszahlen.';
    const out = rulesWithoutGermanNouns(text, [
      rule(text, 'Adresse von Lukas', 'SHAPE'),
      rule(text, 'Zusammenfassung der Quartalszahlen', 'SHAPE'),
    ]);
    assert.deepEqual(
      out.map((c) => text.slice(c.start, c.end)),
      ['Lukas'],
    );
    // A noun right after its article is no name either ("Das Passwort").
    const passwort = 'Das Passwort für das Konto ist abgelaufen.';
    assert.deepEqual(rulesWithoutGermanNouns(passwort, [rule(passwort, 'Das Passwort', 'SHAPE')]), []);
    const kollegin = 'Meine Kollegin Sabine Hoffmann hat die Präsentation vorbereitet.';
    assert.deepEqual(
      rulesWithoutGermanNouns(kollegin, [rule(kollegin, 'Kollegin Sabine Hoffmann', 'GAZETTEER')]).map((c) =>
        kollegin.slice(c.start, c.end),
      ),
      ['Sabine Hoffmann'],
    );
    // Two words of a name's shape after an article are a firm's.
    const bahn = 'Guten Tag, mein Name ist Sebastian Krüger, ich arbeite bei der Deutschen Bahn in Frankfurt.';
    assert.deepEqual(
      rulesWithoutGermanNouns(bahn, [rule(bahn, 'Deutschen Bahn', 'SHAPE')]).map((c) => [
        bahn.slice(c.start, c.end),
        c.type,
      ]),
      [['Deutschen Bahn', 'ORG']],
    );
  });

  it('keeps a surname that is also an English word, and names found after a title', () => {
    const text = 'Gestern hat Frau Wolf angerufen, sie möchte den Termin verschieben.';
    const wolf = rule(text, 'Wolf', 'TITLE');
    const shape = rule(text, 'Wolf', 'SHAPE');
    assert.deepEqual(rulesWithoutGermanNouns(text, [wolf, shape]), [wolf, shape]);
  });
});
