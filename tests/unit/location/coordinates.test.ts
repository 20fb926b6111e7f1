// GPS coordinates: marked pairs alone, bare decimal pairs only with a location word near.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COORDINATES_RECOGNIZER } from '../../../electron/services/redaction/location/coordinates';

const found = (text: string) => COORDINATES_RECOGNIZER.detect(text).map((c) => text.slice(c.start, c.end));

describe('GPS coordinates', () => {
  it('finds decimal pairs with degree signs or hemisphere letters, and degrees-minutes-seconds', () => {
    assert.deepEqual(found('GPS: 48.8584° N, 2.2945° E (the Eiffel Tower)'), ['48.8584° N, 2.2945° E']);
    assert.deepEqual(found('meet at 48°51\'30"N 2°17\'40"E today'), ['48°51\'30"N 2°17\'40"E']);
    assert.deepEqual(found('Found at 51.5074 N, 0.1278 W.'), ['51.5074 N, 0.1278 W']);
  });

  it('takes a bare pair only next to a location word', () => {
    assert.deepEqual(found('Location: -33.8688, 151.2093'), ['-33.8688, 151.2093']);
    assert.deepEqual(found('lat/lng 40.7128,-74.0060'), ['40.7128,-74.0060']);
    assert.deepEqual(found('values 1.2345, 2.3456 and 3.4567; version 1.234,5.678'), []);
    // Each with its label, as records and logs write them.
    assert.deepEqual(found('GPS: lat=-33.8688, lng=151.2093; {"lat": 51.5074, "lng": -0.1278}'), [
      '-33.8688, lng=151.2093',
      '51.5074, "lng": -0.1278',
    ]);
    assert.deepEqual(found('latitude -33.8688 longitude 151.2093; lat 95.12 lon 3.21'), [
      '-33.8688 longitude 151.2093',
    ]);
  });

  it('takes a bare pair of positions right after a place preposition', () => {
    assert.deepEqual(found('Last seen near [-33.8688, 151.2093] with device'), ['-33.8688, 151.2093']);
    assert.deepEqual(found('Meet me at 40.7128,-74.0060 tomorrow.'), ['40.7128,-74.0060']);
    // Fewer than four decimals after a preposition are figures.
    assert.deepEqual(found('the values at 12.345, 67.890 are'), []);
  });

  it('rejects what cannot be a coordinate', () => {
    assert.deepEqual(found('coordinates 91.1234, 10.1234 and 10.1234, 181.5678'), []);
    assert.deepEqual(found('GPS -48.1234° S, 2.2945° E'), []);
  });

  it('keeps UTF-16 offsets after emoji', () => {
    const text = '📍📍 GPS 48.8584° N, 2.2945° E';
    const [c] = COORDINATES_RECOGNIZER.detect(text);
    assert.equal(text.slice(c!.start, c!.end), '48.8584° N, 2.2945° E');
    assert.equal(c!.type, 'LOCATION');
  });
});
