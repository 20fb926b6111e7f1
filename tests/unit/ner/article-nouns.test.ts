import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNounAfterArticle, rulesWithoutArticleNouns } from '../../../electron/services/redaction/ner/article-nouns';
import type { Candidate } from '../../../electron/services/redaction/types';
import { spanOf } from './spans';

const person = (text: string, value: string, extra: Partial<Candidate> = {}) => spanOf(text, value, 'PERSON', extra);

describe('a person right after an article or possessive of another language', () => {
  it('is a noun: Spanish, Italian, French, Dutch, also the elided article', () => {
    const cases: [string, string][] = [
      ['¿Puede ayudarme con una carta sobre la Licencia de Obras?', 'Licencia de Obras'],
      ['la ringrazio per la sua email riguardo alla Fattura di marzo.', 'Fattura'],
      ['Veuillez trouver ci-joint le Compte Rendu de la réunion.', 'Compte Rendu'],
      ['Kunt u mij helpen met een brief over mijn Parkeervergunning?', 'Parkeervergunning'],
      ["per il rinnovo della carta d'identità e dell'Ufficio Anagrafe", 'Ufficio Anagrafe'],
      // A contract's party or the contract itself, one common English word after an English determiner.
      ['LOAN AGREEMENT\nThis Agreement is made on 12 January 2024', 'Agreement'],
      ['The Borrower shall repay the Lender.', 'Lender'],
    ];
    for (const [text, value] of cases) assert.equal(isNounAfterArticle(text, person(text, value)), true, text);
  });

  it('is a name after "of" words, English words, or when it opens with a known given name', () => {
    const cases: [string, string][] = [
      ['Es la casa de Juan Pérez.', 'Juan Pérez'],
      ['Ho parlato con la Giulia ieri.', 'Giulia'],
      ['There is no Fermi surface here.', 'Fermi'],
      ['I met Anna Berg in Oslo.', 'Anna Berg'],
      ['Il figlio di Mario Rossi.', 'Mario Rossi'],
      // Not a surname that is no word, nor a name of two words, after "the".
      ['I asked the Okafor twins.', 'Okafor'],
      ['a letter from the Jane Smith Foundation', 'Jane Smith'],
    ];
    for (const [text, value] of cases) assert.equal(isNounAfterArticle(text, person(text, value)), false, text);
    // Only persons: "la Caixa" is a bank.
    const bank = 'Tengo una cuenta en la Caixa.';
    assert.equal(isNounAfterArticle(bank, { ...person(bank, 'Caixa'), type: 'ORG' }), false);
  });

  it("drops the rules' names read from their shape alone, not names found by a title", () => {
    const text = 'Può aiutarmi con il Rinnovo della Carta? Scriva alla Sig.ra Bianchi.';
    const shape = person(text, 'Rinnovo della Carta', { source: 'pattern', subtype: 'SHAPE' });
    const title = person(text, 'Bianchi', { source: 'pattern', subtype: 'TITLE' });
    assert.deepEqual(rulesWithoutArticleNouns(text, [shape, title]), [title]);
  });
});
