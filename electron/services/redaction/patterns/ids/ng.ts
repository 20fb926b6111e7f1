// Nigeria: vehicle registration plates (LGA code, serial, letters); the NIN (national identification
// number) and the BVN (bank verification number), eleven digits each, only where named.
import { idRecognizer, namedIdRecognizer, TIER } from './define';

export const NG_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NG_VEHICLE_REGISTRATION',
    pattern: '[A-Z]{3}[\\- ]?[0-9]{3}[A-Z]{2}',
    wordWithoutDigits: true,
    validate: () => TIER.shape,
    context: ['plate', 'plates', 'plate number', 'number plate', 'vehicle', 'registration', 'car', 'reg'],
  }),
  namedIdRecognizer({
    subtype: 'NG_NIN',
    names: ['nin'],
    nearby: ['national identification number', 'nimc'],
    pattern: '[0-9]{11}',
  }),
  namedIdRecognizer({
    subtype: 'NG_BVN',
    names: ['bvn', 'bank verification number'],
    pattern: '[0-9]{11}',
  }),
];
