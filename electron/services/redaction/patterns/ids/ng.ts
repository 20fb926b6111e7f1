// Nigeria: vehicle registration plates (LGA code, serial, letters).
import { idRecognizer, TIER } from './define';

export const NG_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NG_VEHICLE_REGISTRATION',
    pattern: '[A-Z]{3}[\\- ]?[0-9]{3}[A-Z]{2}',
    wordWithoutDigits: true,
    validate: () => TIER.shape,
    context: ['plate', 'plates', 'plate number', 'number plate', 'vehicle', 'registration', 'car', 'reg'],
  }),
];
