// Ghana: the Ghana Card (national ID), "GHA-", nine digits and a check digit whose rule is not
// published. The country prefix and the dashes make the shape its own: reported without a label.
import { idRecognizer, TIER, withScore } from './define';

export const GH_RECOGNIZERS = [
  idRecognizer({
    subtype: 'GH_GHANA_CARD',
    pattern: 'GHA-[0-9]{9}-[0-9]',
    caseSensitive: true,
    validate: () => withScore(TIER.shape, 0.6),
    context: ['ghana card', 'ghanacard', 'nia', 'national id', 'pin'],
  }),
];
