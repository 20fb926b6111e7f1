// A capitalised common word that only opens a sentence is no name, whatever the model says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isChatNoise,
  isSentenceOpeningWord,
  opensSentence,
} from '../../../electron/services/redaction/ner/sentence-start';

/** The word `word` in `text`, as the model's span would be. */
function opening(text: string, word: string): boolean {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return isSentenceOpeningWord(text, start, start + word.length);
}

describe('a common word opening a sentence', () => {
  it('knows where a sentence opens', () => {
    assert.equal(opensSentence('Nope, I have sources.', 0), true);
    assert.equal(opensSentence('Searching... Nope, not here.', 'Searching... '.length), true);
    assert.equal(opensSentence('RT @ bwecht : Well , that makes', 'RT @ bwecht : '.length), true);
    assert.equal(opensSentence('first line\n* * Wow , that blew up', 'first line\n* * '.length), true);
    assert.equal(opensSentence('he said." Nope', 'he said." '.length), true);
    assert.equal(opensSentence('Ask Dr. Young', 'Ask Dr. '.length), false);
    assert.equal(opensSentence('It rained. Young people left.', 'It rained. '.length), true);
    assert.equal(opensSentence('hacked by the Devil', 'hacked by the '.length), false);
    assert.equal(opensSentence('a (Running) joke', 'a ('.length), false);
    // A quotation opens its own sentence; an apostrophe inside a word opens nothing.
    assert.equal(opensSentence("fails with 'Module not found'", "fails with '".length), true);
    assert.equal(opensSentence('he wrote "Running late"', 'he wrote "'.length), true);
    assert.equal(opensSentence("rock'N roll", "rock'".length), false);
    // An emoji opens a chat message as a line break does.
    assert.equal(opensSentence('🎉 Congrats to the team', '🎉 '.length), true);
    assert.equal(opensSentence('big news 🎉 Congrats!', 'big news 🎉 '.length), false);
  });

  it("takes chat's noises and stretched words for no name wherever they stand", () => {
    for (const noise of ['Yea', 'Yep', 'Thanku', 'Arghh', 'STFU', 'LMAOOOOOOOO', 'REEEE', 'NAH NAAAHHH', 'Nooooo'])
      assert.equal(isChatNoise(noise), true, noise);
    for (const name of ['Anna', 'Yeats', 'Ackerman', 'Nah Lee', 'Aaron', 'Brooke'])
      assert.equal(isChatNoise(name), false, name);
  });

  it('drops interjections and common words that open a sentence', () => {
    assert.equal(opening('Nope , not an argument in sight .', 'Nope'), true);
    assert.equal(opening('Searching . . . Nope , not an argument in sight .', 'Nope'), true);
    assert.equal(opening('Running a local server inside a virtual machine', 'Running'), true);
    assert.equal(opening('Possible anomaly in Cryptonomicon', 'Possible'), true);
    assert.equal(opening('* * Edit : * * Wow , that blew up .', 'Wow'), true);
    assert.equal(opening('LOL that was great', 'LOL'), true);
    assert.equal(opening('Shoutout to the team at Shopify for hosting us', 'Shoutout'), true);
    assert.equal(opening('Llámame al 612 34 56 78 o al +34 91 123 45 67.', 'Llámame'), true);
    assert.equal(opening("The build fails with 'Module not found: Can't resolve ./Header'", 'Module'), true);
    // Pronouns and articles of other languages; an all-caps word of the same letters is a place.
    assert.equal(opening('Ich bin aus Köln. Meine IBAN lautet DE89…', 'Meine'), true);
    assert.equal(opening('Je suis là. Le train part.', 'Le'), true);
    assert.equal(opening('I moved last year. LA is sunny.', 'LA'), false);
    // The polite "could you" of a request in other languages, also after an inverted question mark.
    assert.equal(opening('Veuillez trouver ci-joint le rapport.', 'Veuillez'), true);
    assert.equal(opening('Gracias. ¿Puede ayudarme a redactar una carta?', 'Puede'), true);
    assert.equal(opening('Può aiutarmi a scrivere una mail?', 'Può'), true);
    assert.equal(opening('Kunt u mij helpen met een brief?', 'Kunt'), true);
    // Possessives, "please" and greetings of Swedish, Polish and Turkish.
    assert.equal(opening('Jag heter Linnea. Mitt personnummer är 850709-9805.', 'Mitt'), true);
    assert.equal(opening('Proszę o kontakt z Panem Tomaszem.', 'Proszę'), true);
    assert.equal(opening('Merhaba, ben Elif.', 'Merhaba'), true);
    assert.equal(opening('Buongiorno, sono il dottor Conti.', 'Buongiorno'), true);
    assert.equal(opening('Goedemiddag, mijn naam is Sanne.', 'Goedemiddag'), true);
    // The words of a short biography.
    assert.equal(opening('Geboren am 3. März 1985 in Köln.', 'Geboren'), true);
  });

  it("drops a common word that is a hashtag's or one word of a title-case headline", () => {
    assert.equal(opening('A heart at peace . # Heart # Prayer # Faith', 'Prayer'), true);
    assert.equal(opening('so blessed today #Prayer', 'Prayer'), true);
    assert.equal(opening('Building a Strategic Relationship With Others is Hard Work', 'Strategic'), true);
    assert.equal(opening('Jimmy Fallon Makes Blake Shelton Try Sushi', 'Try'), true);
    // In a sentence, the same word keeps the model's reading (it may be a surname).
    assert.equal(opening('We met with a Strategic partner yesterday.', 'Strategic'), false);
    assert.equal(opening('Ask Mr. Park about it.', 'Park'), false);
    assert.equal(opening('Signed, J. Young', 'Young'), false);
  });

  it('keeps names, places, lists of names, words within a sentence and entries alone on their line', () => {
    // Given names that are words, known places that are words.
    assert.equal(opening('Will said he would come.', 'Will'), false);
    assert.equal(opening('Grace called back.', 'Grace'), false);
    assert.equal(opening('Reading is an hour from London.', 'Reading'), false);
    assert.equal(opening('Nice was sunny all week.', 'Nice'), false);
    // Not at the start of a sentence, not one word, not a common word.
    assert.equal(opening('They are hacked by the Devil', 'Devil'), false);
    assert.equal(opening('Park Ji-sung scored.', 'Park Ji-sung'), false);
    assert.equal(opening('Zillow raised prices.', 'Zillow'), false);
    // "Park and Mann were…": one of a list of names.
    assert.equal(opening('Is it on this list? Park and Mann were precision engineers.', 'Park'), false);
    // A company on a line of its own in a record.
    assert.equal(opening('Olga Krylova\nCable line installer\nHere\n1610 ul. Zakrzowska 92', 'Here'), false);
  });
});
