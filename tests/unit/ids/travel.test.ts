// Booking references, e-ticket and frequent-flyer numbers: reported only right after their label.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { travelRecognizer } from '../../../electron/services/redaction/patterns/travel';

const found = (text: string) => travelRecognizer.detect(text).map((c) => `${c.subtype}:${text.slice(c.start, c.end)}`);

describe('travel identifiers', () => {
  it("takes a traveller's name as airlines write it: with its title, or after a passenger label", () => {
    assert.deepEqual(found('Flight LH 401, passenger DOE/JOHN MR, seat 34C; NGUYEN/THI LAN MRS 1A'), [
      'PASSENGER_NAME:DOE/JOHN MR',
      'PASSENGER_NAME:NGUYEN/THI LAN MRS',
    ]);
    assert.deepEqual(found('Passenger: SMITH/ANNA MARIE'), ['PASSENGER_NAME:SMITH/ANNA MARIE']);
    // Capitals around a slash are anything else without either.
    assert.deepEqual(found('TCP/IP and AND/OR, I/O MR, the HTTP/2 API and the EN/DE docs'), []);
  });

  it('takes the values after booking, ticket and loyalty labels', () => {
    assert.deepEqual(
      found('Mr. Olusegun Adeyemi — Booking ref QX7P2M, ticket 125-2345678901. Frequent flyer BA 48291736.'),
      ['BOOKING_REFERENCE:QX7P2M', 'TICKET_NUMBER:125-2345678901', 'FREQUENT_FLYER:BA 48291736'],
    );
    assert.deepEqual(
      found('PNR: ABCDEF. Record locator is K7Q2ZP; e-ticket number 0162345678901; Miles & More 992004123456789'),
      [
        'BOOKING_REFERENCE:ABCDEF',
        'BOOKING_REFERENCE:K7Q2ZP',
        'TICKET_NUMBER:0162345678901',
        'FREQUENT_FLYER:992004123456789',
      ],
    );
    assert.deepEqual(
      found('Your reservation code: HX44P1 and SkyMiles # 2218765432, hotel confirmation number 8823412'),
      ['BOOKING_REFERENCE:HX44P1', 'FREQUENT_FLYER:2218765432', 'BOOKING_REFERENCE:8823412'],
    );
  });

  it('leaves prose, short ticket numbers and labels inside words alone', () => {
    assert.deepEqual(
      found(
        'Booking reference REQUIRED. Booking reference NEEDED. Ticket 4521 closed. The booking code is abc. ' +
          'Frequent flyer programmes differ. unpnr ABC123. See ticket #88.',
      ),
      [],
    );
  });

  it('keeps looking after a label whose value does not fit', () => {
    assert.deepEqual(found('PNR pending, ticket 125-2345678901'), ['TICKET_NUMBER:125-2345678901']);
  });
});
