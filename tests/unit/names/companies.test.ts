// Well-known companies: found by name where the name is nothing else, and typed as organisations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKnownCompany } from '../../../electron/services/redaction/names/companies';
import { ORG_RECOGNIZER } from '../../../electron/services/redaction/names';
import { texts } from '../location/helpers';

const orgs = (text: string) => texts([ORG_RECOGNIZER], text, 'ORG');

describe('well-known companies', () => {
  it('are organisations by their names, of one word or several', () => {
    assert.deepEqual(orgs('My aunt moved from Infosys to Barclays, then to Spotify.'), [
      'Infosys',
      'Barclays',
      'Spotify',
    ]);
    assert.deepEqual(orgs('Goldman Sachs and Morgan Stanley lead the IPO.'), ['Goldman Sachs', 'Morgan Stanley']);
    // In lower-case chat as well.
    assert.deepEqual(orgs('i met carlos from deloitte at the conference'), ['deloitte']);
  });

  it('are not found where the name is also a word, a given name or a place', () => {
    assert.equal(isKnownCompany('Spotify'), true);
    for (const name of ['Apple', 'Shell', 'Amazon', 'Visa', 'Chanel', 'Santander', 'Zurich', 'Oracle'])
      assert.equal(isKnownCompany(name), false, name);
    assert.deepEqual(orgs('The Amazon rainforest; an Apple a day; Visa requirements; Oracle of Delphi.'), []);
  });

  it('are not the company where the name says what a credential or a product is, nor inside a handle or a domain', () => {
    assert.deepEqual(
      orgs('GitHub token: ghp_x, Slack webhook, Google Cloud signed URL, OpenAI key, twilio auth token'),
      [],
    );
    assert.deepEqual(orgs('Multiple API keys: GitHub ghp_16C7e42F292c6912E7710c838347Ae178B4a'), []);
    assert.deepEqual(orgs('See the Google Doc and the Slack thread; follow @Spotify or Netflix.com'), []);
    assert.deepEqual(orgs('VS_BASE = r"Software\\Microsoft\\VisualStudio"'), []);
  });

  it('are no firm of partners when listed together', () => {
    assert.deepEqual(orgs('Contract with Unilever, Nestlé and Siemens renewed.'), ['Unilever', 'Nestlé', 'Siemens']);
  });
});
